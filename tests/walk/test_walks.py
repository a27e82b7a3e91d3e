"""Every path of every shipped tree ends in advice with a contact and a source, under every
organisation profile and without one.

Two walkers: an exhaustive one that knows nothing but the public JSON protocol
(needs_answer -> answer -> ... -> advice), as any script would; and a hypothesis random walk
through the engine, with random amounts, for breadth at speed. Under a profile every advice
cites only that organisation's code and the law, names only roles it has, and never speaks of
"the stricter rule" (`assert_own_code`): this walk is where that is checked, for every topic.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conduct_cli.content.model import QuestionKind
from conduct_cli.walk.engine import Advice, NeedsAnswer, next_step
from tests.helpers import assert_own_code, check, choice_values, shipped_library

LIBRARY = shipped_library()
AMOUNTS_TO_TRY = ["0", "10", "24.99", "25", "100", "10000", "not_sure"]


PROFILES = [None, *sorted(LIBRARY.organisations)]


def _check_advice(data: dict, organisation: str | None) -> None:
    outcome = data["outcome"]
    assert data["organisation"] == organisation
    assert outcome["contacts"], outcome["id"]
    assert all(role in LIBRARY.roles for role in outcome["contacts"]), outcome
    assert outcome["sources"], outcome["id"]
    assert all(s["code"] in LIBRARY.codes and s["section"] for s in outcome["sources"]), outcome
    assert outcome["advice"] and outcome["title"]
    if organisation is not None:   # your own code and the law; only roles your organisation has
        assert_own_code(data, organisation)


def walk_protocol(topic: str, lang: str = "en", organisation: str | None = None) -> set[str]:
    """Every outcome id reachable from `topic`, found only through the JSON protocol. No walk
    asks a question twice, by id or by text."""
    outcomes: set[str] = set()
    todo: list[tuple[dict[str, str], tuple[str, ...]]] = [({}, ())]
    walks = 0
    extra = ("--org", organisation) if organisation else ()
    while todo:
        answers, texts = todo.pop()
        walks += 1
        assert walks < 5000, f"{topic}: more paths than a person could walk"
        reply = check(topic, answers, *extra, lang=lang)
        if reply.exit_code == 0:
            assert reply.data["status"] == "advice"
            _check_advice(reply.data, organisation)
            outcomes.add(f"{reply.data['topic']}:{reply.data['outcome']['id']}")
            continue
        assert reply.exit_code == 3, (answers, reply.stderr)
        question = reply.data["question"]
        key = f"{reply.data['topic']}.{question['id']}"
        assert key not in answers, f"{key} asked twice"
        assert question["text"] not in texts, f"{topic}: '{question['text']}' asked twice ({organisation})"
        texts = (*texts, question["text"])
        values = AMOUNTS_TO_TRY if question["kind"] == "amount" else choice_values(question)
        assert "not_sure" in values
        for value in values:
            todo.append(({**answers, key: value}, texts))
    return outcomes


def test_every_topic_is_walked_to_advice_through_the_protocol_under_every_profile():
    for topic in [*LIBRARY.topics, "triage"]:
        outcomes: set[str] = set()
        for organisation in PROFILES:
            outcomes |= walk_protocol(topic, organisation=organisation)
        nodes = LIBRARY.topic(topic).nodes
        own = {f"{topic}:{o}" for o, node in nodes.items() if type(node).__name__ == "Outcome"}
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
