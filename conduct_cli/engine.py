"""The engine: given the content and the answers so far, the next question or the outcome.

Pure: no prompts, no output, no files. Every way of answering (a prompt, `--answer`, an
answers file, a trainer's scenario) gives it a map of answers and gets back the next step, so
they all walk the trees the same way. Answers are looked up as `TOPIC.QUESTION` first; a plain
`QUESTION` answers the first question with that id on the walk, so a walk that crosses into
another topic is never answered by accident.
"""
from __future__ import annotations

from typing import Any, Mapping, NamedTuple

from .answers import Value, parse_answer, shown
from .errors import ConductError, UsageError
from .interface import choice_label
from .model import NOT_SURE, Choice, Library, Outcome, Question, QuestionKind, Route, Text, Topic

CONTINUE_PREFIX = "continue_"



class Step(NamedTuple):
    """One question on the path, with the answer it got."""

    topic: str
    question: Question
    answer: Value

    @property
    def choice(self) -> Choice | None:
        """The choice picked, or for an amount the band it fell in (as a choice-like label)."""
        if isinstance(self.answer, float):
            return None
        return self.question.choice(self.answer)


class NeedsAnswer(NamedTuple):
    topic: Topic
    question: Question
    path: tuple[Step, ...]
    pending: Outcome | None = None     # for a handover question: the advice reached so far

    @property
    def key(self) -> str:
        """The answer key that answers exactly this question."""
        return f"{self.topic.id}.{self.question.id}"


class Advice(NamedTuple):
    topic: Topic
    outcome: Outcome
    path: tuple[Step, ...]
    earlier: tuple[tuple[Topic, Outcome], ...] = ()   # outcomes handed over from, in order


Next = NeedsAnswer | Advice


def handover_question(outcome: Outcome, labels: Mapping[str, Text]) -> Question:
    """The yes/no question an outcome with a handover asks: continue with the other topic?"""
    assert outcome.handover is not None
    target = outcome.handover.topic
    choices = (
        Choice("yes", labels["yes"], target),
        Choice("no", labels["no"], ""),
        Choice(NOT_SURE, labels[NOT_SURE], ""),
    )
    return Question(f"{CONTINUE_PREFIX}{target}", QuestionKind.YES_NO, outcome.handover.text, choices)


def _lookup(answers: Mapping[str, Any], topic_id: str, question_id: str,
            used: set[str]) -> tuple[bool, Any]:
    """`TOPIC.QUESTION` first; a plain `QUESTION` answers only the first question with that id
    on the walk, so an answer meant for one topic never lands on a namesake in the next."""
    exact = f"{topic_id}.{question_id}"
    if exact in answers:
        return True, answers[exact]
    if question_id in answers and question_id not in used:
        used.add(question_id)
        return True, answers[question_id]
    return False, None


def _follow(question: Question, value: Value) -> str:
    if isinstance(value, float):
        for band in question.bands:
            if band.below is None or value < band.below:
                return band.next
        raise ConductError(f"question '{question.id}' has no band for {value}")  # pragma: no cover
    choice = question.choice(value)
    assert choice is not None  # parse_answer only returns values among the choices
    return choice.next


def next_step(library: Library, topic_id: str, answers: Mapping[str, Any],
              labels: Mapping[str, Text] | None = None) -> Next:
    """Walk from the start of `topic_id` as far as `answers` reach.

    Raises UsageError for an unknown topic and AnswerError (with the question) for an answer
    that does not fit its question.
    """
    labels = labels or {k: choice_label(k) for k in ("yes", "no", NOT_SURE)}
    topic = library.topic(topic_id)
    if topic is None:
        raise UsageError(f"unknown topic '{shown(topic_id)}'; run 'conduct topics' to see them",
                         f"onbekend onderwerp '{shown(topic_id)}'; 'conduct topics' toont ze")
    path: list[Step] = []
    used: set[str] = set()
    earlier: list[tuple[Topic, Outcome]] = []
    node_id = topic.start
    visited_topics = {topic.id}
    budget = sum(len(t.nodes) for t in library.topics.values()) + len(topic.nodes) + 10
    while budget > 0:
        budget -= 1
        node = topic.nodes[node_id]
        if isinstance(node, Route):
            topic = _enter(library, node.topic, visited_topics)
            node_id = topic.start
            continue
        if isinstance(node, Outcome):
            if node.handover is None or node.handover.topic in visited_topics:
                return Advice(topic, node, tuple(path), tuple(earlier))
            question = handover_question(node, labels)
            found, raw = _lookup(answers, topic.id, question.id, used)
            if not found:
                return NeedsAnswer(topic, question, tuple(path), pending=node)
            value = parse_answer(question, raw)
            path.append(Step(topic.id, question, value))
            if value != "yes":
                return Advice(topic, node, tuple(path), tuple(earlier))
            earlier.append((topic, node))
            topic = _enter(library, node.handover.topic, visited_topics)
            node_id = topic.start
            continue
        found, raw = _lookup(answers, topic.id, node.id, used)
        if not found:
            return NeedsAnswer(topic, node, tuple(path))
        value = parse_answer(node, raw)
        path.append(Step(topic.id, node, value))
        node_id = _follow(node, value)
    raise ConductError(f"topic '{topic_id}' does not come to an end; run 'conduct validate'")


def _enter(library: Library, topic_id: str, visited: set[str]) -> Topic:
    topic = library.topic(topic_id)
    if topic is None:
        raise ConductError(f"a link points to unknown topic '{topic_id}'; run 'conduct validate'")
    visited.add(topic_id)
    return topic


def questions_by_key(library: Library, topic_id: str) -> dict[str, Question]:
    """Every answer key that can be asked starting from a topic (links followed), with its
    question; plain ids map to the first topic that asks them."""
    keys: dict[str, Question] = {}
    todo, seen = [topic_id], set()
    while todo:
        current = todo.pop(0)
        topic = library.topic(current)
        if current in seen or topic is None:
            continue
        seen.add(current)
        for node in topic.nodes.values():
            if isinstance(node, Question):
                questions = [node]
            elif isinstance(node, Outcome) and node.handover:
                questions = [handover_question(node, {k: choice_label(k) for k in ("yes", "no", NOT_SURE)})]
                todo.append(node.handover.topic)
            else:
                if isinstance(node, Route):
                    todo.append(node.topic)
                continue
            for question in questions:
                keys.setdefault(question.id, question)
                keys[f"{topic.id}.{question.id}"] = question
    return keys


def check_answers(library: Library, topic_id: str, answers: Mapping[str, Any]) -> None:
    """Check every given answer before walking, so a mistake is reported even when the walk
    would not reach its question: unknown ids and values that do not fit."""
    known = questions_by_key(library, topic_id)
    for key, raw in answers.items():
        if key not in known:
            plain = sorted(k for k in known if "." not in k)
            raise UsageError(f"unknown question '{shown(key)}' in topic '{topic_id}'; "
                             f"questions: {', '.join(plain)}",
                             f"onbekende vraag '{shown(key)}' in onderwerp '{topic_id}'; "
                             f"vragen: {', '.join(plain)}")
        parse_answer(known[key], raw)
