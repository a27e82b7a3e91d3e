"""Answered once: a fact a walk already has is carried to the next topic, not asked again."""
from __future__ import annotations

import json

import pytest

from conduct_cli.content.library import load_library
from conduct_cli.walk.engine import Advice, NeedsAnswer, next_step
from conduct_cli.walk.session import run
from tests.helpers import conduct
from tests.own_trees import ORGS, own_trees


@pytest.fixture
def trees(tmp_path):
    return own_trees(tmp_path)


def test_a_fact_answered_before_a_handover_is_not_asked_again(trees):
    library = load_library(trees)
    step = next_step(library, "gift_rule", {"danger": "yes", "continue_follow_up": "yes"})
    assert isinstance(step, Advice) and step.topic.id == "follow_up" and step.outcome.id == "still_112"
    carried = [s for s in step.path if s.carried]
    assert [(s.topic, s.question.id, s.answer) for s in carried] == [("follow_up", "danger", "yes")]


def test_without_the_earlier_answer_the_question_is_asked(trees):
    step = next_step(load_library(trees), "follow_up", {})
    assert isinstance(step, NeedsAnswer) and step.question.id == "danger"


def test_the_json_path_shows_the_carried_answer_as_answered_before(trees):
    result = conduct("check", "gift_rule", "--trees", trees, "--no-input", "--format", "json",
                     "--answer", "danger=yes", "--answer", "continue_follow_up=yes")
    data = json.loads(result.stdout)
    assert data["outcome"]["id"] == "still_112"
    assert data["path"][-1] == {"topic": "follow_up", "question": "danger", "answer": "yes",
                                "answered_before": True}
    assert all("answered_before" not in step for step in data["path"][:-1])


class Person:
    """Answers and reviews as scripted; records what it was asked."""

    def __init__(self, answers, reviews):
        self.answers, self.reviews, self.asked = answers, list(reviews), []

    def ask(self, step, default, back):
        self.asked.append(f"{step.topic.id}.{step.question.id}")
        return self.answers[f"{step.topic.id}.{step.question.id}"].pop(0)

    def review(self, advice):
        return self.reviews.pop(0)

    def show_pending(self, step, library):
        pass


ASKED_FIRST = """\
id: asked_first
title: {nl: Eerst, en: First}
summary: {nl: Eerst, en: First}
start: accepted
nodes:
  accepted:
    kind: yes_no
    fact: already_accepted
    text: {nl: Al aangenomen?, en: Accepted already?}
    if_yes: hand_back
    if_no: decline
    not_sure: decline
  hand_back:
    kind: outcome
    verdict: seek_advice
    title: {nl: Geef het terug, en: Hand it back}
    advice:
      - {nl: Geef het terug., en: Hand it back.}
    contacts: [manager]
    sources:
      - {code: L, section: 4.4 Relatiegeschenken}
      - {code: IC, section: Relatiegeschenken}
    handover:
      topic: asked_again
      text: {nl: Verder?, en: Continue?}
  decline:
    kind: outcome
    verdict: not_allowed
    title: {nl: Sla het af, en: Decline it}
    advice:
      - {nl: Sla het af., en: Decline it.}
    contacts: [manager]
    sources:
      - {code: L, section: 4.4 Relatiegeschenken}
      - {code: IC, section: Relatiegeschenken}
"""

ASKED_AGAIN = """\
id: asked_again
title: {nl: Daarna, en: Then}
summary: {nl: Daarna, en: Then}
start: accepted
nodes:
  accepted:
    kind: yes_no
    fact: already_accepted
    text: {nl: Heb je het al aangenomen?, en: Have you accepted it already?}
    if_yes: register
    if_no: nothing
    not_sure: register
  register:
    kind: outcome
    verdict: seek_advice
    title: {nl: Meld het, en: Report it}
    advice:
      - {nl: Meld het je leidinggevende., en: Tell your manager.}
    contacts: [manager]
    sources:
      - {code: L, section: 4.4 Relatiegeschenken}
      - {code: IC, section: Relatiegeschenken}
  nothing:
    kind: outcome
    verdict: allowed
    title: {nl: Niets te doen, en: Nothing to do}
    advice:
      - {nl: Er is niets te melden., en: There is nothing to report.}
    contacts: [manager]
    sources:
      - {code: L, section: 4.4 Relatiegeschenken}
      - {code: IC, section: Relatiegeschenken}
"""


def test_changing_a_carried_answer_in_the_review_changes_where_it_was_given(tmp_path):
    trees = own_trees(tmp_path, topics={"asked_first": ASKED_FIRST, "asked_again": ASKED_AGAIN})
    person = Person({"asked_first.accepted": ["yes", "no"], "asked_first.continue_asked_again": ["yes"]},
                    reviews=[2, None])   # path: accepted, continue, asked_again.accepted (carried)
    result = run(load_library(trees), "asked_first", {}, person)
    # the carried answer is changed where it was given, and the walk goes on from there
    assert person.asked == ["asked_first.accepted", "asked_first.continue_asked_again", "asked_first.accepted"]
    assert isinstance(result, Advice) and result.outcome.id == "decline"


def test_questions_of_one_fact_must_take_the_same_answers(trees):
    path = trees / "topics" / "follow_up.yaml"
    path.write_text(path.read_text().replace("    kind: yes_no\n    fact: acute_danger",
                                             "    kind: choice\n    fact: acute_danger").replace(
        "    if_yes: still_112\n    if_no: talk\n",
        "    choices:\n      - {value: yes_now, label: {nl: Ja, en: 'Yes'}, next: still_112}\n"
        "      - {value: 'no', label: {nl: Nee, en: 'No'}, next: talk}\n").replace(
        "    tags: {yes: [acute_danger], not_sure: [acute_danger]}\n", "", 1))
    result = conduct("validate", trees)
    assert result.exit_code == 1
    assert "fact 'acute_danger' is also asked by '" in result.stderr
    assert "with other answers; questions of one fact take the same answers" in result.stderr


ENTER_AT = """\
id: start_here
title: {nl: Begin, en: Start}
summary: {nl: Begin, en: Start}
start: what
nodes:
  what:
    kind: choice
    text: {nl: Waarover?, en: About what?}
    choices:
      - {value: client_gift, label: {nl: Een geschenk van een cliënt, en: A gift from a client}, next: to_rule}
    not_sure: to_start
  to_rule:
    kind: route
    topic: gift_rule
    at: rule
  to_start:
    kind: route
    topic: gift_rule
"""


def test_a_route_may_enter_a_topic_past_questions_answered_already(tmp_path):
    trees = own_trees(tmp_path, topics={"gift_rule": (ORGS / "gift_rule.yaml").read_text(),
                                        "follow_up": (ORGS / "follow_up.yaml").read_text(),
                                        "start_here": ENTER_AT})
    library = load_library(trees, organisation="lumens")
    step = next_step(library, "start_here", {"what": "client_gift"})
    assert isinstance(step, NeedsAnswer) and step.question.id == "embarrassing"   # 'danger' not asked
    step = next_step(library, "start_here", {"what": "not_sure"})
    assert step.question.id == "danger"


def test_a_route_into_a_node_that_does_not_exist_is_reported(tmp_path):
    trees = own_trees(tmp_path, topics={"gift_rule": (ORGS / "gift_rule.yaml").read_text(),
                                        "follow_up": (ORGS / "follow_up.yaml").read_text(),
                                        "start_here": ENTER_AT.replace("at: rule", "at: nowhere")})
    result = conduct("validate", trees)
    assert result.exit_code == 1
    assert "route into 'gift_rule' at 'nowhere', which is not a node of that topic" in result.stderr


# --- one question, two answers: a contradiction is said, never silently dropped ---------------

def test_two_answers_in_advance_that_agree_are_fine(trees):
    result = conduct("check", "gift_rule", "--trees", trees, "--no-input", "--format", "json",
                     "--answer", "danger=yes", "--answer", "continue_follow_up=yes",
                     "--answer", "follow_up.danger=yes")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["outcome"]["id"] == "still_112"


def test_an_answer_that_contradicts_a_carried_one_is_refused_by_the_engine_too(trees):
    from conduct_cli.errors import AnswerError

    with pytest.raises(AnswerError) as raised:
        next_step(load_library(trees), "gift_rule", {"danger": "yes", "continue_follow_up": "yes",
                                                      "follow_up.danger": "no"})
    assert "contradicts 'gift_rule.danger=yes'" in raised.value.text("en")


def test_at_a_terminal_what_the_person_answers_wins_over_an_answer_given_in_advance(tmp_path):
    # `--answer asked_again.accepted=no` given in advance; the person then says "yes" to the
    # same question in the first topic: no contradiction error mid-walk, the person's word counts
    trees = own_trees(tmp_path, topics={"asked_first": ASKED_FIRST, "asked_again": ASKED_AGAIN})
    person = Person({"asked_first.accepted": ["yes"], "asked_first.continue_asked_again": ["yes"]},
                    reviews=[None])
    result = run(load_library(trees), "asked_first", {"asked_again.accepted": "no"}, person)
    assert isinstance(result, Advice)
    assert result.outcome.id == "register"
    assert [(s.question.id, s.answer, s.carried) for s in result.path][-1] == ("accepted", "yes", True)
