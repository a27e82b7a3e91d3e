"""The check flow (`walk.check`): without a topic a script is asked for one like any other
answer, "not sure which topic" enters the triage tree, and an unknown topic is refused."""
from __future__ import annotations

import pytest

from conduct_cli.content.model import NOT_SURE, TRIAGE_ID
from conduct_cli.errors import UNKNOWN_TOPIC, ExitCode, UsageError
from conduct_cli.walk.check import MENU, TOPIC_QUESTION, check, topic_question
from conduct_cli.walk.engine import Advice, NeedsAnswer
from conduct_cli.walk.session import Scripted
from tests.helpers import assert_next, choice_values


def test_without_a_topic_a_script_is_asked_for_one():
    data = assert_next(None, {}, asks="topic")
    assert "gifts" in choice_values(data["question"])
    # and can answer it like any other question
    data = assert_next(None, {"topic": "gifts", "giver": "client", "client_already_accepted": "no"},
                       reaches="client_gift")
    assert data["topic"] == "gifts"


def test_the_topic_menu_offers_every_topic_and_not_sure_which_last(library):
    question = topic_question(library)
    assert question.id == TOPIC_QUESTION
    assert [c.value for c in question.choices] == [*library.topics, NOT_SURE]
    assert question.choices[-1].next == TRIAGE_ID
    assert question.choice("gifts").label == library.topics["gifts"].title


def test_a_check_that_may_not_ask_stops_at_the_topic_menu():
    result = check(None, {}, Scripted())
    assert isinstance(result.step, NeedsAnswer)
    assert result.step.topic is MENU
    assert result.step.question.id == TOPIC_QUESTION
    assert result.step.path == ()


@pytest.mark.parametrize("written", ["not_sure", "Not sure", " not sure "])
def test_not_sure_which_topic_enters_the_triage_tree(written):
    result = check(None, {TOPIC_QUESTION: written}, Scripted())
    assert isinstance(result.step, NeedsAnswer)
    assert result.step.topic.id == TRIAGE_ID


def test_a_topic_given_as_an_answer_is_walked_with_the_other_answers():
    answers = {TOPIC_QUESTION: "gifts", "giver": "client", "client_already_accepted": "no"}
    result = check(None, answers, Scripted())
    assert isinstance(result.step, Advice)
    assert (result.step.topic.id, result.step.outcome.id) == ("gifts", "client_gift")
    assert [step.question.id for step in result.step.path] == ["giver", "client_already_accepted"]  # no menu step


def test_an_unknown_topic_is_refused_naming_the_topics():
    with pytest.raises(UsageError) as caught:
        check("holidays", {}, Scripted())
    assert caught.value.message == UNKNOWN_TOPIC and caught.value.exit_code == ExitCode.USAGE
    assert "unknown topic 'holidays'" in str(caught.value) and "gifts" in str(caught.value)


def test_back_to_the_menu_keeps_the_topic_selected_and_the_answers_as_defaults():
    from conduct_cli.walk.session import BACK

    class Person(Scripted):
        def __init__(self):
            self.menu_defaults, self.asked = [], []
            self.picks, self.replies = ["gifts", "gifts"], ["business", BACK, BACK, "client", "no"]

        def pick_topic(self, topics, triage, default=None):
            self.menu_defaults.append(default)
            return self.picks.pop(0)

        def ask(self, step, default, back):
            self.asked.append((step.question.id, default))
            return self.replies.pop(0)

    person = Person()
    result = check(None, {}, person)
    assert isinstance(result.step, Advice) and result.step.outcome.id == "client_gift"
    assert person.menu_defaults == [None, "gifts"]                 # the topic picked before
    assert person.asked[-2] == ("giver", "business")                # the answer given before
