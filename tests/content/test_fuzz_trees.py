"""Fuzzing: random trees (valid and broken) and random answers. Whatever comes in, the reader,
loader, validator and engine raise only the project's own errors, never anything else."""
from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conduct_cli.content import yamlsafe
from conduct_cli.content.library import load_library
from conduct_cli.content.model import Library, Question
from conduct_cli.content.schema import parse_topic
from conduct_cli.content.validation import check_references, check_topic
from conduct_cli.errors import ConductError
from conduct_cli.walk.answers import parse_answer
from conduct_cli.walk.engine import Advice, next_step

LIBRARY = load_library()
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ids = st.sampled_from(["a", "b", "c", "d", "e", "start", "fine", "x1"])
texts = st.fixed_dictionaries({"nl": st.text(max_size=8), "en": st.text(max_size=8)})
scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 50), st.floats(allow_nan=True),
                    st.text(max_size=6), ids)


def node() -> st.SearchStrategy:
    question = st.fixed_dictionaries({
        "kind": st.sampled_from(["choice", "yes_no", "amount", "maybe"]),
        "text": texts,
        "choices": st.lists(st.fixed_dictionaries({"value": ids, "label": texts, "next": ids}), max_size=3),
        "if_yes": ids, "if_no": ids, "not_sure": ids, "unit": st.sampled_from(["EUR", "USD"]),
        "bands": st.lists(st.fixed_dictionaries({"below": scalars, "next": ids}), max_size=3),
    })
    outcome = st.fixed_dictionaries({
        "kind": st.just("outcome"),
        "verdict": st.sampled_from(["allowed", "ask_first", "nope"]),
        "title": texts, "advice": st.lists(texts, max_size=2),
        "contacts": st.lists(st.sampled_from(["manager", "counsellor", "boss"]), max_size=2),
        "sources": st.lists(st.fixed_dictionaries({"code": st.sampled_from(["IC", "L", "XYZ"]),
                                                   "section": st.text(max_size=5)}), max_size=2),
    })
    route = st.fixed_dictionaries({"kind": st.just("route"), "topic": ids})
    return st.one_of(question, outcome, route, scalars)


def mutate(draw, tree: dict) -> dict:
    """Break a tree a little: drop or retype a field somewhere."""
    if draw(st.booleans()) and tree["nodes"]:
        name = draw(st.sampled_from(sorted(tree["nodes"])))
        value = tree["nodes"][name]
        if isinstance(value, dict) and value and draw(st.booleans()):
            key = draw(st.sampled_from(sorted(value)))
            value[key] = draw(scalars) if draw(st.booleans()) else value.pop(key)
        else:
            tree["nodes"][name] = draw(scalars)
    if draw(st.booleans()):
        tree[draw(st.sampled_from(["id", "title", "start", "summary", "nodes"]))] = draw(scalars)
    return tree


@st.composite
def trees(draw) -> dict:
    tree = {"id": "fuzz", "title": draw(texts), "summary": draw(texts), "start": draw(ids),
            "nodes": draw(st.dictionaries(ids, node(), max_size=6))}
    return mutate(draw, tree) if draw(st.booleans()) else tree


def walk(library: Library, topic_id: str, data) -> None:
    answers: dict = {}
    for _ in range(20):
        step = next_step(library, topic_id, answers)
        if isinstance(step, Advice):
            return
        answers[step.key] = data.draw(st.one_of(
            st.sampled_from([c.value for c in step.question.choices]), scalars))


@FUZZ
@given(text=st.text(max_size=300))
def test_random_text_gives_data_or_a_yaml_problem(text):
    try:
        yamlsafe.loads(text)
    except yamlsafe.YamlProblem:
        pass


@FUZZ
@given(tree=trees(), data=st.data())
def test_random_trees_raise_only_the_projects_errors(tree, data):
    text = yaml.safe_dump(tree, allow_unicode=True)
    try:
        parsed = yamlsafe.loads(text)
    except yamlsafe.YamlProblem:
        return
    topic, problems = parse_topic(parsed, "fuzz.yaml")
    assert all(p.file == "fuzz.yaml" and p.message for p in problems)
    if topic is None:
        assert problems
        return
    library = Library({"fuzz": topic}, LIBRARY.roles, LIBRARY.codes)
    problems = check_topic(topic) + check_references(topic, library)
    if problems:
        return
    try:
        walk(library, "fuzz", data)
    except ConductError:
        pass


answers = st.one_of(scalars, st.text(max_size=20), st.lists(st.integers(), max_size=2),
                    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
                    st.floats(), st.integers())


@FUZZ
@given(topic=st.sampled_from(sorted(LIBRARY.topics)), data=st.data())
def test_random_answers_raise_only_the_projects_errors(topic, data):
    questions = [n for n in LIBRARY.topics[topic].nodes.values() if isinstance(n, Question)]
    given_answers = {data.draw(st.sampled_from([q.id for q in questions])): data.draw(answers)
                     for _ in range(data.draw(st.integers(1, 4)))}
    for question in questions:
        try:
            parse_answer(question, given_answers.get(question.id, data.draw(answers)))
        except ConductError:
            pass
    try:
        next_step(LIBRARY, topic, given_answers)
    except ConductError:
        pass
