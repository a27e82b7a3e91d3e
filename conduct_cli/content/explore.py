"""Every way through the trees, as a walk would go: for checks that must hold on every path.

The walk's rules are the engine's (`walk.engine.next_step`), taken from the model: each answer
to a question (amounts: one per band), a fact answered earlier carried instead of asked again,
the organisation's branch of a `by_organisation` node, routes and handovers into other topics
(a handover never back into a topic already visited). Each distinct state is visited once (the
topic, the node, the tags on the path, the facts known, the topics visited), so even a tree of
10,000 nodes is explored in linear time. A test checks that the outcomes found here are the
ones the engine reaches.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from .model import NOT_SURE, Library, OrganisationRoute, Outcome, Question, QuestionKind, Route, Topic

Answer = str | float


class Reached(NamedTuple):
    """An outcome a walk can reach, the tags on its way (answers and the outcome's own), and
    one path that reaches it with them: (topic, question, answer) steps.
    """

    topic: Topic
    outcome: Outcome
    tags: frozenset[str]
    path: tuple[tuple[str, str, Answer], ...]


def answers(question: Question) -> list[tuple[Answer, str]]:
    """(answer, next node) for every way to answer a question: each choice, and for an amount
    a representative amount in each band.
    """
    if question.kind is not QuestionKind.AMOUNT:
        return [(choice.value, choice.next) for choice in question.choices]
    found: list[tuple[Answer, str]] = []
    lower = 0.0
    for band in question.bands:
        if band.below is None:
            found.append((lower + 1.0, band.next))
        else:
            found.append(((lower + band.below) / 2, band.next))
            lower = band.below
    not_sure = question.choice(NOT_SURE)
    return [*found, (NOT_SURE, not_sure.next)] if not_sure is not None else found


def follow(question: Question, answer: Answer) -> str | None:
    """Where an answer leads (the engine's rule), or None when it does not fit the question."""
    if isinstance(answer, float):
        for band in question.bands:
            if band.below is None or answer < band.below:
                return band.next
        return None
    choice = question.choice(answer)
    return choice.next if choice is not None else None


class _Step(NamedTuple):
    topic: Topic
    node: str
    tags: frozenset[str]
    facts: frozenset[tuple[str, Answer]]
    visited: frozenset[str]
    path: tuple[tuple[str, str, Answer], ...]


def explore(library: Library, start: Topic) -> Iterator[Reached]:
    """Every (outcome, tags) a walk from `start` can end in, under the library's organisation."""
    organisation = library.organisation_id
    seen: set[tuple[str, str, frozenset[str], frozenset[tuple[str, Answer]], frozenset[str]]] = set()
    stack = [_Step(start, start.start, frozenset(), frozenset(), frozenset({start.id}), ())]
    while stack:
        step = stack.pop()
        key = (step.topic.id, step.node, step.tags, step.facts, step.visited)
        if key in seen:
            continue
        seen.add(key)
        node = step.topic.nodes[step.node]
        if isinstance(node, OrganisationRoute):
            stack.append(step._replace(node=node.target(organisation)))
        elif isinstance(node, Route):
            stack += _enter(library, step, node.topic, node.at)
        elif isinstance(node, Outcome):
            yield Reached(step.topic, node, step.tags | set(node.tags), step.path)
            if node.handover is not None and node.handover.topic not in step.visited:
                stack += _enter(library, step, node.handover.topic)
        else:
            stack += _answer(step, node)


def _enter(library: Library, step: _Step, topic_id: str, at: str | None = None) -> list[_Step]:
    topic = library.topic(topic_id)
    if topic is None or (at is not None and at not in topic.nodes):
        return []
    return [step._replace(topic=topic, node=at or topic.start, visited=step.visited | {topic_id})]


def _answer(step: _Step, question: Question) -> list[_Step]:
    known = dict(step.facts).get(question.fact) if question.fact is not None else None
    options = answers(question)
    if known is not None and follow(question, known) is not None:
        options = [(known, follow(question, known) or "")]     # answered before: carried, not asked
    result = []
    for answer, target in options:
        tags = step.tags | set(question.tags.get(str(answer), ()))
        facts = step.facts
        if question.fact is not None and known is None:
            facts = facts | {(question.fact, answer)}
        result.append(step._replace(node=target, tags=tags, facts=facts,
                                    path=(*step.path, (step.topic.id, question.id, answer))))
    return result
