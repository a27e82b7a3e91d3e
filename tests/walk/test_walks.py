"""Every path of every shipped tree ends in advice with a contact and a source.

Two walkers: an exhaustive one that knows nothing but the public JSON protocol
(needs_answer -> answer -> ... -> advice), as any script would; and a hypothesis random walk
through the engine, with random amounts, for breadth at speed.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conduct_cli.content.model import QuestionKind
from conduct_cli.walk.engine import Advice, NeedsAnswer, next_step
from tests.helpers import check, choice_values, shipped_library

LIBRARY = shipped_library()
AMOUNTS_TO_TRY = ["0", "10", "24.99", "25", "100", "10000", "not_sure"]


def _check_advice(data: dict) -> None:
    outcome = data["outcome"]
    assert outcome["contacts"], outcome["id"]
    assert all(role in LIBRARY.roles for role in outcome["contacts"]), outcome
    assert outcome["sources"], outcome["id"]
    assert all(s["code"] in LIBRARY.codes and s["section"] for s in outcome["sources"]), outcome
    assert outcome["advice"] and outcome["title"]


def walk_protocol(topic: str, lang: str = "en") -> set[str]:
    """Every outcome id reachable from `topic`, found only through the JSON protocol."""
    outcomes: set[str] = set()
    todo: list[dict[str, str]] = [{}]
    walks = 0
    while todo:
        answers = todo.pop()
        walks += 1
        assert walks < 5000, f"{topic}: more paths than a person could walk"
        reply = check(topic, answers, lang=lang)
        if reply.exit_code == 0:
            assert reply.data["status"] == "advice"
            _check_advice(reply.data)
            outcomes.add(f"{reply.data['topic']}:{reply.data['outcome']['id']}")
            continue
        assert reply.exit_code == 3, (answers, reply.stderr)
        question = reply.data["question"]
        key = f"{reply.data['topic']}.{question['id']}"
        assert key not in answers, f"{key} asked twice"
        values = AMOUNTS_TO_TRY if question["kind"] == "amount" else choice_values(question)
        assert "not_sure" in values
        for value in values:
            todo.append({**answers, key: value})
    return outcomes


def test_every_topic_is_walked_to_advice_through_the_protocol():
    for topic in LIBRARY.topics:
        outcomes = walk_protocol(topic)
        own = {f"{topic}:{o}" for o, node in LIBRARY.topics[topic].nodes.items()
               if type(node).__name__ == "Outcome"}
        assert own <= outcomes, f"{topic}: outcomes never reached: {sorted(own - outcomes)}"


def test_the_dutch_walk_reaches_the_same_outcomes():
    for topic in LIBRARY.topics:
        assert walk_protocol(topic, lang="nl") == walk_protocol(topic, lang="en")


@settings(max_examples=300, deadline=None)
@given(topic=st.sampled_from(sorted(LIBRARY.topics)), data=st.data())
def test_random_walks_end_in_advice_with_a_contact(topic, data):
    answers: dict[str, object] = {}
    for _ in range(200):
        step = next_step(LIBRARY, topic, answers)
        if isinstance(step, Advice):
            assert step.outcome.contacts and step.outcome.contacts[0] in LIBRARY.roles
            assert step.outcome.sources
            return
        assert isinstance(step, NeedsAnswer)
        question = step.question
        if question.kind is QuestionKind.AMOUNT and data.draw(st.booleans()):
            value: object = data.draw(st.floats(min_value=0, max_value=1e6, allow_nan=False))
        else:
            value = data.draw(st.sampled_from([c.value for c in question.choices]))
        answers[step.key] = value
    raise AssertionError(f"{topic}: no advice after 200 answers")
