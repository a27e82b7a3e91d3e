"""The engine, node by node, on the small sample tree: this answer leads to that node, this
input is rejected. No terminal and no CLI: the engine is pure. `sample_library` (conftest) is
tests/fixtures/valid/sample.yaml with the shipped contact roles and codes."""
import shutil

import pytest

from conduct_cli.bilingual import Text
from conduct_cli.content.model import LazyMapping, Route, Topic
from conduct_cli.errors import AnswerError, BrokenTreeError, UsageError
from conduct_cli.walk.engine import Advice, NeedsAnswer, check_answers, next_step


def test_no_answers_asks_the_start_question(sample_library):
    step = next_step(sample_library, "sample", {})
    assert isinstance(step, NeedsAnswer)
    assert step.question.id == "first"
    assert step.path == ()
    assert [c.value for c in step.question.choices] == ["left", "right", "not_sure"]


def test_a_choice_leads_to_its_next_node(sample_library):
    step = next_step(sample_library, "sample", {"first": "right"})
    assert isinstance(step, NeedsAnswer) and step.question.id == "sure"
    assert [(s.question.id, s.answer) for s in step.path] == [("first", "right")]


def test_yes_no_routes_both_ways(sample_library):
    yes = next_step(sample_library, "sample", {"first": "right", "sure": "yes"})
    no = next_step(sample_library, "sample", {"first": "right", "sure": "no"})
    assert isinstance(yes, Advice) and yes.outcome.id == "fine"
    assert isinstance(no, Advice) and no.outcome.id == "unsure"


@pytest.mark.parametrize("amount, outcome", [
    ("0", "fine"), ("9.99", "fine"), ("10", "ask"), ("99,99", "ask"), ("100", "no"),
    ("1.000", "no"), (5, "fine"), (250.5, "no"),
])
def test_amounts_route_by_thresholds(sample_library, amount, outcome):
    step = next_step(sample_library, "sample", {"first": "left", "amount": amount})
    assert isinstance(step, Advice)
    assert step.outcome.id == outcome


def test_not_sure_is_an_answer_to_every_question(sample_library):
    assert next_step(sample_library, "sample", {"first": "not_sure"}).outcome.id == "unsure"
    assert next_step(sample_library, "sample", {"first": "left", "amount": "not_sure"}).outcome.id == "ask"
    assert next_step(sample_library, "sample", {"first": "right", "sure": "not_sure"}).outcome.id == "unsure"


def test_the_path_records_every_answer_in_order(sample_library):
    step = next_step(sample_library, "sample", {"sure": "yes", "first": "right"})
    assert [(s.topic, s.question.id, s.answer) for s in step.path] == [
        ("sample", "first", "right"), ("sample", "sure", "yes")]


def test_answers_may_be_qualified_by_topic(sample_library):
    step = next_step(sample_library, "sample", {"sample.first": "right", "sure": "yes"})
    assert step.outcome.id == "fine"


def test_answers_off_the_path_are_ignored(sample_library):
    step = next_step(sample_library, "sample", {"first": "right", "sure": "yes", "amount": "50"})
    assert step.outcome.id == "fine"
    assert "amount" not in [s.question.id for s in step.path]


@pytest.mark.parametrize("answers, fragment", [
    ({"first": "up"}, "'up' is not an answer to question 'first'; allowed: left, right, not_sure"),
    ({"first": "left", "amount": "lots"}, "'lots' is not an amount for question 'amount'"),
    ({"first": "left", "amount": "-5"}, "not an amount"),
    ({"first": "right", "sure": "perhaps"}, "allowed: yes, no, not_sure"),
])
def test_an_answer_that_does_not_fit_is_rejected_naming_question_and_allowed_values(sample_library, answers, fragment):
    with pytest.raises(AnswerError) as caught:
        next_step(sample_library, "sample", answers)
    assert fragment in str(caught.value)


def test_unknown_question_ids_are_rejected_before_walking(sample_library):
    with pytest.raises(UsageError) as caught:
        check_answers(sample_library, "sample", {"colour": "red"})
    assert "unknown question 'colour'" in str(caught.value)
    assert "first" in str(caught.value) and "amount" in str(caught.value)


def test_a_bad_answer_off_the_path_is_still_reported(sample_library):
    with pytest.raises(AnswerError):
        check_answers(sample_library, "sample", {"first": "right", "amount": "lots"})


def test_unknown_topic(sample_library):
    with pytest.raises(UsageError) as caught:
        next_step(sample_library, "sample_x", {})
    assert "unknown topic 'sample_x'" in str(caught.value)


def test_routes_that_loop_in_a_damaged_copy_end_in_an_error_not_a_hang(sample_library):
    title = Text("x", "x")
    looping = {
        "a": Topic("a", title, title, "to_b", {"to_b": Route("to_b", "b")}),
        "b": Topic("b", title, title, "to_a", {"to_a": Route("to_a", "a")}),
    }
    with pytest.raises(BrokenTreeError):
        next_step(sample_library._replace(topics=looping), "a", {})


def test_a_walk_decodes_only_the_topics_it_enters(tmp_path):
    from conduct_cli.content import snapshot
    from conduct_cli.content.layout import ContentDir, shipped_trees_dir
    from conduct_cli.content.library import read_library

    trees = tmp_path / "trees"
    shutil.copytree(shipped_trees_dir(), trees, ignore=shutil.ignore_patterns(snapshot.FILE_NAME))
    content = ContentDir(trees.resolve())
    snapshot.write(read_library(content), content, trees / snapshot.FILE_NAME)
    library = snapshot.load(content)
    assert library is not None and isinstance(library.topics, LazyMapping)
    step = next_step(library, "triage", {"in_danger": "no", "subject": "offer", "offer_kind": "present"})
    assert isinstance(step, NeedsAnswer)
    entered = {s.topic for s in step.path} | {step.topic.id}
    assert step.topic.id == "gifts"
    assert set(library.topics._made) == entered - {"triage"} == {"gifts"}
    assert len(library.topics._made) < len(library.topics)
