"""The one parse-and-validate path for answers.

A value typed at a prompt, given with `--answer` or read from an answers file passes through
`parse_answer`, so all three accept the same values and reject the rest with the same words.
"""
from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path
from typing import Any

from ..bilingual import Text
from ..content.model import NOT_SURE, Question, QuestionKind
from ..errors import (
    ANSWERS_FILE,
    ANSWERS_KEY_NOT_TEXT,
    ANSWERS_NOT_A_MAP,
    ANSWERS_VALUE_NOT_SINGLE,
    BAD_ASSIGNMENT,
    EMPTY_OPTION,
    NOT_A_SINGLE_VALUE,
    NOT_AN_AMOUNT,
    NOT_AN_ANSWER,
    AnswerError,
    UsageError,
)
from ..printable import shown

Value = str | float


def answer_key(topic_id: str, question_id: str) -> str:
    """The key that answers exactly one question: `TOPIC.QUESTION`."""
    return f"{topic_id}.{question_id}"


def answer_text(question: Question, value: Value, lang: str) -> str:
    """An answer as a person reads it: the choice's label, or an amount in euro."""
    if isinstance(value, float):
        amount = f"{value:,.2f}".removesuffix(".00")
        if lang == "nl":
            amount = amount.replace(",", "_").replace(".", ",").replace("_", ".")
        return f"€ {amount}"
    choice = question.choice(value)
    return choice.label.get(lang) if choice else str(value)

_NOT_SURE_WORDS = {"not_sure", "not sure", "notsure", "?", "unsure", "don't know", "dont know",
                   "weet niet", "weet ik niet", "niet zeker", "twijfel"}
_YES_NO_WORDS = {"yes": "yes", "y": "yes", "ja": "yes", "j": "yes", "true": "yes",
                 "no": "no", "n": "no", "nee": "no", "false": "no"}

_DECIMAL = re.compile(r"^\d+([.,]\d{1,2})?$")
_DUTCH_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+(,\d{1,2})?$")
_ENGLISH_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d{1,2})?$")
_EXPONENT = re.compile(r"^\d+(\.\d+)?[eE][-+]?\d+$")   # as JSON and YAML write numbers: 1.5e1
_CURRENCY = re.compile(r"^(€|eur|euro)\s*|\s*(€|eur|euro|euros)$", re.IGNORECASE)
MAX_AMOUNT = 1_000_000_000


def allowed_values(question: Question, lang: str = "en") -> str:
    """What a question accepts, for an error message."""
    if question.kind is QuestionKind.AMOUNT:
        if lang == "nl":
            return "een getal in euro (bijv. 15 of 12,50), of not_sure"
        return "a number in euro (e.g. 15 or 12.50), or not_sure"
    return ", ".join(choice.value for choice in question.choices)


def _allowed(question: Question) -> Text:
    return Text(allowed_values(question, "nl"), allowed_values(question, "en"))


def _not_an_amount(value: str, question: Question) -> AnswerError:
    return AnswerError(NOT_AN_AMOUNT, question.id, value=value, allowed=_allowed(question))


def parse_amount(text: str) -> float | None:
    """An amount in euro as written by a Dutch or English speaker; None if it is not one.

    '12,50' and '12.50' are twelve and a half; '1.000' and '1,000' are a thousand (reading a
    thousands separator as a decimal point would make a large gift look small); '1.5e1' is
    fifteen, as JSON and YAML write a number. Prompt, --answer and answers file all come here,
    so an amount means the same whichever way it was given.
    """
    text = _CURRENCY.sub("", text.strip()).strip().replace(" ", "")
    if _DUTCH_THOUSANDS.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif _ENGLISH_THOUSANDS.match(text):
        text = text.replace(",", "")
    elif _DECIMAL.match(text):
        text = text.replace(",", ".")
    elif not _EXPONENT.match(text):
        return None
    number = float(text)
    if not math.isfinite(number) or number > MAX_AMOUNT:
        return None
    return number


def parse_answer(question: Question, raw: Any) -> Value:
    """The canonical value for an answer to `question`, or AnswerError naming what is allowed."""
    if isinstance(raw, bool):  # a YAML answers file reads `yes` as true
        raw = "yes" if raw else "no"
    if question.kind is QuestionKind.AMOUNT and isinstance(raw, (int, float)):
        if raw < 0 or not math.isfinite(raw) or raw > MAX_AMOUNT:
            raise _not_an_amount(shown(raw), question)
        return float(raw)
    if not isinstance(raw, (str, int, float)):
        raise AnswerError(NOT_A_SINGLE_VALUE, question.id, allowed=_allowed(question))
    text = unicodedata.normalize("NFC", str(raw)).strip()
    folded = text.lower().replace("-", " ").replace("_", " ")
    if folded.replace(" ", "_") == NOT_SURE or folded in _NOT_SURE_WORDS:
        return NOT_SURE
    if question.kind is QuestionKind.AMOUNT:
        number = parse_amount(text)
        if number is None:
            raise _not_an_amount(f"'{shown(text)}'", question)
        return number
    candidate = folded.replace(" ", "_")
    if question.kind is QuestionKind.YES_NO:
        candidate = _YES_NO_WORDS.get(folded, candidate)
    if question.choice(candidate) is not None:
        return candidate
    raise AnswerError(NOT_AN_ANSWER, question.id, value=shown(text), allowed=_allowed(question))


def json_value(value: Value) -> Any:
    """An answer as it appears in the JSON protocol: amounts as numbers, whole ones as ints."""
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return value


def parse_assignment(text: str) -> tuple[str, str]:
    """`ID=VALUE` from the command line."""
    key, sep, value = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise UsageError(BAD_ASSIGNMENT, given=shown(text))
    return key, value.strip()


def read_answers_file(path: str) -> dict[str, Any]:
    """A YAML or JSON map of question id to value (JSON is YAML, so one reader serves both).

    Every value is the text as written, so `parse_answer` reads it exactly as it reads
    `--answer ID=VALUE`: `value: 030` is thirty and `value: 1.000` a thousand, in a file as on
    the command line.
    """
    from ..content import yamlsafe

    if not path:
        raise UsageError(EMPTY_OPTION, option="--answers")
    name = Path(path).name
    data = yamlsafe.load_user_file(path, 1024 * 1024, ANSWERS_FILE)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise UsageError(ANSWERS_NOT_A_MAP, name=name)
    answers: dict[str, Any] = {}
    for key, value in data.items():
        if not isinstance(key, str):
            raise UsageError(ANSWERS_KEY_NOT_TEXT, name=name, key=shown(key))
        if isinstance(value, (dict, list)) or value is None:
            raise UsageError(ANSWERS_VALUE_NOT_SINGLE, name=name, key=shown(key))
        answers[key] = value
    return answers

