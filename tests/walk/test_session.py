"""The one ask-until-advice loop (`walk.session.run`), in-process with a scripted person: going
back, answers kept as defaults, and reviewing the answers before the advice."""
from __future__ import annotations

from typing import Any

from conduct_cli.content.library import load_library
from conduct_cli.terminal.advice import answer_label
from conduct_cli.walk.engine import Advice
from conduct_cli.walk.session import BACK, RESTART, run

LIBRARY = load_library(only="gifts")


class ScriptedPerson:
    """Answers by question id from a list per question; records what it was asked and offered."""

    def __init__(self, answers: dict[str, list[Any]], reviews: list[int | None] | None = None):
        self.answers = {k: list(v) for k, v in answers.items()}
        self.reviews = list(reviews or [None])
        self.asked: list[tuple[str, Any, bool]] = []   # (question, default offered, back offered)
        self.reviewed: list[list[str]] = []

    def ask(self, step, default, back):
        self.asked.append((step.question.id, default, back))
        return self.answers[step.question.id].pop(0)

    def review(self, advice):
        self.reviewed.append([f"{s.question.text.get('en')} → {answer_label(s, 'en')}" for s in advice.path])
        return self.reviews.pop(0)

    def show_pending(self, step, library):
        pass


def test_back_returns_to_the_previous_question_with_its_answer_as_default():
    person = ScriptedPerson({"giver": ["business", "client"], "negotiating": [BACK],
                             "client_already_accepted": ["no"]})
    result = run(LIBRARY, "gifts", {}, person)
    assert isinstance(result, Advice)
    assert result.outcome.id == "client_gift"
    assert person.asked == [("giver", None, False), ("negotiating", None, True),
                            ("giver", "business", False), ("client_already_accepted", None, True)]


def test_answers_given_later_are_kept_as_defaults_after_going_back():
    person = ScriptedPerson({"giver": ["business"], "negotiating": ["no", "no"],
                             "obliged": ["no", BACK, "no"], "rather_hidden": [BACK, "no"],
                             "value": [15], "gift_kind": ["goods"]})
    result = run(LIBRARY, "gifts", {}, person)
    assert result.outcome.id == "small_gift_accept"
    offered = [(q, d) for q, d, _ in person.asked]
    # back from rather_hidden to obliged (default no), back again to negotiating (default no)
    assert offered[3:6] == [("rather_hidden", None), ("obliged", "no"), ("negotiating", "no")]
    # going forward again, obliged offers the answer given before
    assert ("obliged", "no") in offered[6:]


def test_the_first_question_offers_back_only_when_there_is_a_menu_to_go_back_to():
    person = ScriptedPerson({"giver": [BACK]})
    assert run(LIBRARY, "gifts", {}, person, back_to_menu=True) == BACK
    assert person.asked == [("giver", None, True)]


def test_review_lists_the_answers_and_changing_one_continues_from_there():
    person = ScriptedPerson({"giver": ["business"], "negotiating": ["no"], "obliged": ["no"],
                             "rather_hidden": ["no"], "value": [15, 40], "gift_kind": ["goods"]},
                            reviews=[4, None])
    result = run(LIBRARY, "gifts", {}, person)
    assert result.outcome.id == "over_limit_ask"
    first_review = person.reviewed[0]
    assert len(first_review) == 6
    assert first_review[4] == "Roughly what is the gift worth, in euro? → € 15"
    assert person.reviewed[1][4].endswith("€ 40")
    assert person.asked[-1] == ("value", 15.0, True)     # the change offers the old answer


def test_changing_an_early_answer_keeps_later_answers_that_still_apply():
    person = ScriptedPerson({"giver": ["business"], "negotiating": ["no", "yes", "no"],
                             "obliged": ["no"], "rather_hidden": ["no"], "value": [15], "gift_kind": ["goods"],
                             "negotiating_already_accepted": ["no"]},
                            reviews=[1, 1, None])
    result = run(LIBRARY, "gifts", {}, person)
    # negotiating yes ends early (after one question); back to no: obliged, rather_hidden, value and kind still apply
    assert result.outcome.id == "small_gift_accept"
    assert [q for q, _, _ in person.asked].count("value") == 1
    assert [q for q, _, _ in person.asked].count("gift_kind") == 1
    assert len(person.reviewed[1]) == 3 and len(person.reviewed[2]) == 6


def test_no_review_goes_straight_to_the_advice():
    person = ScriptedPerson({"giver": ["client"], "client_already_accepted": ["no"]})
    assert run(LIBRARY, "gifts", {}, person, review=False).outcome.id == "client_gift"
    assert person.reviewed == []


def test_back_at_the_review_asks_the_last_question_again():
    person = ScriptedPerson({"giver": ["business"], "negotiating": ["no"], "obliged": ["no"],
                             "rather_hidden": ["no"], "value": [15], "gift_kind": ["goods", "money"]},
                            reviews=[BACK, None])
    result = run(LIBRARY, "gifts", {}, person)
    assert result.outcome.id == "money_gift_ask"
    assert person.asked[-1] == ("gift_kind", "goods", True)     # the last question, its answer offered


def test_start_again_asks_from_the_first_question_with_the_answers_offered():
    person = ScriptedPerson({"giver": ["business", "client"], "negotiating": ["no"], "obliged": ["no"],
                             "rather_hidden": ["no"], "value": [15], "gift_kind": ["goods"],
                             "client_already_accepted": ["no"]}, reviews=[RESTART, None])
    result = run(LIBRARY, "gifts", {}, person)
    assert result.outcome.id == "client_gift"
    assert person.asked[6] == ("giver", "business", False)


def test_start_again_from_a_check_that_began_at_the_menu_goes_back_to_the_menu():
    person = ScriptedPerson({"giver": ["client"], "client_already_accepted": ["no"]}, reviews=[RESTART])
    remembered: dict[str, Any] = {}
    assert run(LIBRARY, "gifts", {}, person, back_to_menu=True, remembered=remembered) == BACK
    assert remembered == {"gifts.giver": "client", "gifts.client_already_accepted": "no"}       # offered again when the topic is picked again


def test_acute_danger_skips_the_review():
    library = load_library(only="confidentiality")
    person = ScriptedPerson({"acute_danger": ["yes"]}, reviews=[])
    result = run(library, "confidentiality", {}, person)
    assert result.outcome.verdict.value == "emergency"
    assert person.reviewed == []
