"""The engine: given the content and the answers so far, the next question or the outcome.

Pure: no prompts, no output, no files. Every way of answering (a prompt, `--answer`, an
answers file, a trainer's scenario) gives it a map of answers and gets back the next step, so
they all walk the trees the same way. Answers are looked up as `TOPIC.QUESTION` first; a plain
`QUESTION` answers the first question with that id on the walk, so a walk that crosses into
another topic is never answered by accident.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from ..content.model import (
    ANSWER_LABELS,
    NOT_SURE,
    Choice,
    Library,
    OrganisationRoute,
    Outcome,
    Question,
    QuestionKind,
    Route,
    Text,
    Topic,
)
from ..errors import (
    BROKEN_TREE,
    CONFLICTING_ANSWERS,
    NO_END,
    UNKNOWN_LINK,
    UNKNOWN_NODE,
    UNKNOWN_QUESTION,
    UNKNOWN_TOPIC,
    AnswerError,
    BrokenTreeError,
    UsageError,
)
from ..printable import shown
from .answers import Value, answer_key, parse_answer

CONTINUE_PREFIX = "continue_"
TOPIC_QUESTION = "topic"   # the answer key that picks the topic, in scripts as in the menu

# The topic menu as a walk's first step, so a script is asked for a topic like any other answer.
MENU = Topic(TOPIC_QUESTION, Text("", ""), Text("", ""), TOPIC_QUESTION, {})


class Step(NamedTuple):
    """One question on the path, with the answer it got. `carried` marks a question whose fact
    was answered earlier on the walk (another topic asked it): it is not asked again.
    """

    topic: str
    question: Question
    answer: Value
    carried: bool = False

    @property
    def key(self) -> str:
        """The answer key of this step's question."""
        return answer_key(self.topic, self.question.id)


class NeedsAnswer(NamedTuple):
    """The walk stops here: this question has no answer yet."""

    topic: Topic
    question: Question
    path: tuple[Step, ...]
    pending: Outcome | None = None     # for a handover question: the advice reached so far

    @property
    def key(self) -> str:
        """The answer key that answers exactly this question."""
        return answer_key(self.topic.id, self.question.id)


class Advice(NamedTuple):
    """The walk has ended in an outcome."""

    topic: Topic
    outcome: Outcome
    path: tuple[Step, ...]
    earlier: tuple[tuple[Topic, Outcome], ...] = ()   # outcomes handed over from, in order


Next = NeedsAnswer | Advice


def handover_question(outcome: Outcome) -> Question:
    """The yes/no question an outcome with a handover asks: continue with the other topic."""
    assert outcome.handover is not None
    target = outcome.handover.topic
    choices = (
        Choice("yes", ANSWER_LABELS["yes"], target),
        Choice("no", ANSWER_LABELS["no"], ""),
        Choice(NOT_SURE, ANSWER_LABELS[NOT_SURE], ""),
    )
    return Question(f"{CONTINUE_PREFIX}{target}", QuestionKind.YES_NO, outcome.handover.text, choices)


def _lookup(answers: Mapping[str, Any], topic_id: str, question_id: str,
            used: set[str]) -> tuple[bool, Any]:
    """`TOPIC.QUESTION` first; a plain `QUESTION` answers only the first question with that id
    on the walk, so an answer meant for one topic never lands on a namesake in the next.
    """
    exact = answer_key(topic_id, question_id)
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
        raise AssertionError(f"question '{question.id}' has no band for {value}")  # pragma: no cover
    choice = question.choice(value)
    assert choice is not None  # parse_answer only returns values among the choices
    return choice.next


def next_step(library: Library, topic_id: str, answers: Mapping[str, Any]) -> Next:
    """Walk from the start of `topic_id` as far as `answers` reach.

    Where the codes differ the walk follows the branch of the library's organisation (none:
    the `other` branch) without asking. Raises UsageError for an unknown topic and AnswerError
    (with the question) for an answer that does not fit its question.
    """
    topic = library.topic(topic_id)
    if topic is None:
        raise unknown_topic(library, topic_id)
    path: list[Step] = []
    facts: dict[str, Value] = {}      # fact id -> the answer it got on this walk
    used: set[str] = set()
    earlier: list[tuple[Topic, Outcome]] = []
    node_id = topic.start
    visited_topics = {topic.id}
    budget = len(topic.nodes) + 10    # a step per node: ends a loop in a damaged copy; grows per topic entered
    while budget > 0:
        budget -= 1
        node = topic.nodes.get(node_id)
        if node is None:   # loading checks every target; this keeps a damaged copy from crashing
            raise BrokenTreeError(BROKEN_TREE, topic=topic.id, problem=UNKNOWN_NODE)
        if isinstance(node, OrganisationRoute):
            node_id = node.target(library.organisation_id)
            continue
        if isinstance(node, Route):
            first_time = node.topic not in visited_topics
            topic = _enter(library, node.topic, visited_topics)
            budget += len(topic.nodes) if first_time else 0
            node_id = node.at or topic.start
            continue
        if isinstance(node, Outcome):
            if node.handover is None or node.handover.topic in visited_topics:
                return Advice(topic, node, tuple(path), tuple(earlier))
            question = handover_question(node)
            found, raw = _lookup(answers, topic.id, question.id, used)
            if not found:
                return NeedsAnswer(topic, question, tuple(path), pending=node)
            value = parse_answer(question, raw)
            path.append(Step(topic.id, question, value))
            if value != "yes":
                return Advice(topic, node, tuple(path), tuple(earlier))
            earlier.append((topic, node))
            topic = _enter(library, node.handover.topic, visited_topics)
            budget += len(topic.nodes)   # a handover only ever enters a topic not yet visited
            node_id = topic.start
            continue
        known = facts.get(node.fact) if node.fact is not None else None
        if known is not None and (isinstance(known, float) or node.choice(known) is not None):
            found, raw = _lookup(answers, topic.id, node.id, used)   # answered here too: it must agree
            if found and parse_answer(node, raw) != known:
                given = next(s for s in path if s.question.fact == node.fact and not s.carried)
                raise _conflict(answer_key(topic.id, node.id), raw, given.key, given.answer)
            path.append(Step(topic.id, node, known, carried=True))   # answered once: not asked again
            node_id = _follow(node, known)
            continue
        found, raw = _lookup(answers, topic.id, node.id, used)
        if not found:
            return NeedsAnswer(topic, node, tuple(path))
        value = parse_answer(node, raw)
        path.append(Step(topic.id, node, value))
        if node.fact is not None:
            facts[node.fact] = value
        node_id = _follow(node, value)
    raise BrokenTreeError(BROKEN_TREE, topic=topic_id, problem=NO_END)


def unknown_topic(library: Library, topic_id: str) -> UsageError:
    """The error for a topic id that is not in the library, listing the ones that are."""
    from ..errors import did_you_mean

    return UsageError(UNKNOWN_TOPIC, topic=shown(topic_id), known=", ".join(library.topics),
                      suggestion=did_you_mean(topic_id, library.topics))


def _enter(library: Library, topic_id: str, visited: set[str]) -> Topic:
    topic = library.topic(topic_id)
    if topic is None:
        raise BrokenTreeError(BROKEN_TREE, topic=topic_id, problem=UNKNOWN_LINK)
    visited.add(topic_id)
    return topic


def questions_by_key(library: Library, topic_id: str) -> dict[str, Question]:
    """Every answer key that can be asked starting from a topic (links followed), with its
    question; plain ids map to the first topic that asks them.
    """
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
                questions = [handover_question(node)]
            else:
                questions = []
            todo += node.links()
            for question in questions:
                keys.setdefault(question.id, question)
                keys[answer_key(topic.id, question.id)] = question
    return keys


def check_answers(library: Library, topic_id: str, answers: Mapping[str, Any]) -> None:
    """Check every given answer before walking, so a mistake is reported even when the walk
    would not reach its question: unknown ids, values that do not fit, and two answers to one
    shared question (a fact asked in two topics) that contradict each other.
    """
    known = questions_by_key(library, topic_id)
    given: dict[str, tuple[str, Value]] = {}     # fact -> the first key that answers it, its value
    for key, raw in answers.items():
        if key not in known:
            from ..errors import did_you_mean

            plain = sorted(k for k in known if "." not in k)
            raise UsageError(UNKNOWN_QUESTION, key=shown(key), topic=topic_id, known=", ".join(plain),
                             suggestion=did_you_mean(key, known))
        question = known[key]
        value = parse_answer(question, raw)
        if question.fact is None:
            continue
        earlier = given.setdefault(question.fact, (key, value))
        would_be_carried = isinstance(earlier[1], float) or question.choice(earlier[1]) is not None
        if earlier[0] != key and earlier[1] != value and would_be_carried:
            raise _conflict(key, raw, earlier[0], answers[earlier[0]])


def _conflict(key: str, raw: Any, earlier_key: str, earlier: Any) -> AnswerError:
    """The error for the answer `raw` to `key` that contradicts `earlier`, given to the same fact."""
    return AnswerError(CONFLICTING_ANSWERS, shown(key), value=shown(str(raw)), earlier=shown(earlier_key),
                       known=shown(str(earlier)))
