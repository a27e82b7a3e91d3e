"""The explorer behind the policy and profile checks follows the engine's rules: every outcome
it finds, the engine reaches, and every outcome the engine reaches, it finds."""
from __future__ import annotations

import pytest

from conduct_cli.content.explore import answers, explore
from conduct_cli.content.library import load_library
from conduct_cli.content.organisations import profiled
from conduct_cli.walk.engine import Advice, next_step
from tests.own_trees import own_trees

SHIPPED = load_library()


def engine_outcomes(library, topic_id):
    """Every (topic, outcome) the engine reaches from a topic, by answering every question
    every way (amounts: the explorer's representative amounts)."""
    found, todo = set(), [{}]
    while todo:
        given = todo.pop()
        step = next_step(library, topic_id, given)
        if isinstance(step, Advice):
            found.add((step.topic.id, step.outcome.id))
            continue
        for answer, _ in answers(step.question):
            todo.append({**given, step.key: answer})
    return found


def views(library):
    return [library] + [profiled(library, org) for org in library.organisations]


@pytest.mark.parametrize("topic_id", sorted(t.id for t in SHIPPED.all_topics()))
def test_the_explorer_and_the_engine_reach_the_same_outcomes_in_every_shipped_topic(topic_id):
    for library in views(SHIPPED):
        explored = {(r.topic.id, r.outcome.id) for r in explore(library, library.topic(topic_id))}
        assert explored == engine_outcomes(library, topic_id), library.organisation_id


def test_the_explorer_follows_facts_and_organisations_as_the_engine_does(tmp_path):
    library = load_library(own_trees(tmp_path))
    for view in views(library):
        explored = {(r.topic.id, r.outcome.id) for r in explore(view, view.topic("gift_rule"))}
        assert explored == engine_outcomes(view, "gift_rule"), view.organisation_id
    # the carried fact: after danger=yes and the handover, follow_up's danger is not asked again
    reached = {(r.topic.id, r.outcome.id) for r in explore(library, library.topic("gift_rule"))}
    assert ("follow_up", "talk") not in reached and ("follow_up", "still_112") in reached


def test_the_tags_on_a_path_are_those_of_its_answers_and_its_outcome(tmp_path):
    library = load_library(own_trees(tmp_path))
    by_outcome = {}
    for reached in explore(library, library.topic("gift_rule")):
        by_outcome.setdefault(reached.outcome.id, set()).add(reached.tags)
    assert by_outcome["call_112"] == {frozenset({"acute_danger"})}
    assert by_outcome["stricter"] == {frozenset()}
