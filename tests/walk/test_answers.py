"""parse_answer: the one path every typed, scripted or file answer goes through."""
import pytest

from conduct_cli.content.model import ANSWER_LABELS, Band, Choice, Question, QuestionKind, Text
from conduct_cli.errors import AnswerError
from conduct_cli.walk.answers import parse_amount, parse_answer

YES_NO = Question("q", QuestionKind.YES_NO, Text("?", "?"), (
    Choice("yes", ANSWER_LABELS["yes"], "a"), Choice("no", ANSWER_LABELS["no"], "b"),
    Choice("not_sure", ANSWER_LABELS["not_sure"], "c")))
AMOUNT = Question("value", QuestionKind.AMOUNT, Text("?", "?"),
                  (Choice("not_sure", ANSWER_LABELS["not_sure"], "c"),), unit="EUR",
                  bands=(Band(25, "a"), Band(None, "b")))


@pytest.mark.parametrize("raw, value", [
    ("yes", "yes"), ("YES", "yes"), (" ja ", "yes"), ("nee", "no"), (True, "yes"), (False, "no"),
    ("not_sure", "not_sure"), ("not sure", "not_sure"), ("?", "not_sure"), ("weet niet", "not_sure"),
])
def test_yes_no_accepts_both_languages(raw, value):
    assert parse_answer(YES_NO, raw) == value


@pytest.mark.parametrize("text, amount", [
    ("15", 15.0), ("12,50", 12.5), ("12.50", 12.5), ("€ 15", 15.0), ("15 euro", 15.0),
    ("1.000", 1000.0), ("1,000", 1000.0), ("1.000,50", 1000.5), ("1,000.50", 1000.5), ("0", 0.0),
    ("030", 30.0), ("1.5e1", 15.0), ("1E3", 1000.0), ("2.5e-1", 0.25),
])
def test_amounts_as_dutch_and_english_speakers_write_them(text, amount):
    assert parse_amount(text) == amount
    assert parse_answer(AMOUNT, text) == amount


@pytest.mark.parametrize("text", ["", "lots", "-5", "1e9999", "nan", "12.345.6", "15 dollar", "1,5,5",
                                  "0x1F", "1_5", "1:30", ".inf", "1e", "e5"])
def test_what_is_not_an_amount_is_rejected(text):
    with pytest.raises(AnswerError) as caught:
        parse_answer(AMOUNT, text)
    assert "question 'value'" in str(caught.value)
    assert "a number in euro" in str(caught.value)


def test_control_characters_in_a_rejected_answer_are_shown_escaped():
    with pytest.raises(AnswerError) as caught:
        parse_answer(YES_NO, "\x1b[31mred")
    assert "\x1b" not in str(caught.value)
    assert "\\x1b[31mred" in str(caught.value)
