"""The domain model: plain, immutable data that the loader builds and the engine walks.

Nothing here knows about YAML or terminals, so the engine can be tested with trees built in
code and the renderers can trust what they are given. The types are NamedTuples rather than
dataclasses: as immutable, and several times cheaper to define, which `conduct` pays on every
start.

Each node kind says here what leaves it: `steps()` lists the nodes of the same topic it leads
to, `links()` the topics it leads into. Validation, the engine's checks, the tree pictures and
the exports all read a node's exits through these two methods.
"""
from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from ..bilingual import LANGUAGES, Text
from .verdicts import Verdict

__all__ = [
    "ANSWER_LABELS",
    "LANGUAGES",
    "NOT_SURE",
    "TRIAGE_ID",
    "Band",
    "Choice",
    "ContactRole",
    "Handover",
    "Library",
    "Node",
    "Outcome",
    "Question",
    "QuestionKind",
    "Route",
    "Source",
    "SourceCode",
    "Text",
    "Topic",
    "Verdict",
]

NOT_SURE = "not_sure"
TRIAGE_ID = "triage"   # the tree that finds the topic for someone who is not sure which

# The labels of the answers every yes/no question (yes, no) and every question (not sure) has.
ANSWER_LABELS: dict[str, Text] = {
    "yes": Text("Ja", "Yes"),
    "no": Text("Nee", "No"),
    NOT_SURE: Text("Ik weet het niet zeker", "I'm not sure"),
}


class QuestionKind(str, Enum):
    """The kinds of question: pick one of several, yes or no, or an amount in euro."""

    CHOICE = "choice"
    YES_NO = "yes_no"
    AMOUNT = "amount"


class Choice(NamedTuple):
    """One answer that can be picked, and the node it leads to."""

    value: str
    label: Text
    next: str


class Band(NamedTuple):
    """Amounts strictly below `below` go to `next`; `below=None` catches everything else."""

    below: float | None
    next: str


class Question(NamedTuple):
    """A question of one of the QuestionKinds; "not sure" is always its last choice."""

    id: str
    kind: QuestionKind
    text: Text
    choices: tuple[Choice, ...]       # every answer that can be picked, "not sure" last
    help: Text | None = None
    unit: str | None = None           # amount questions only
    bands: tuple[Band, ...] = ()      # amount questions only
    short: Text | None = None         # a few words naming a long question, for the review

    def label(self) -> Text:
        """What names the question where space is short (the review): `short`, else its text."""
        return self.short if self.short is not None else self.text

    def choice(self, value: str) -> Choice | None:
        """The choice with this value, if there is one."""
        for choice in self.choices:
            if choice.value == value:
                return choice
        return None

    def steps(self) -> list[tuple[str, str]]:
        """(what leads there, node id) for every way out: choices, then amount bands."""
        exits = [(f"choice '{c.value}'", c.next) for c in self.choices]
        exits += [("band", b.next) for b in self.bands]
        return exits

    def links(self) -> list[str]:
        """A question leads into no other topic."""
        return []

    def exits(self, lang: str) -> list[tuple[str, str]]:
        """(label, node id) for every way out, as pictures show them: amount bands as ranges."""
        result = []
        lower = 0.0
        for band in self.bands:
            if band.below is None:
                result.append((f"≥ {lower:g} {self.unit}", band.next))
            else:
                result.append((f"< {band.below:g} {self.unit}", band.next))
                lower = band.below
        return result + [(c.label.get(lang), c.next) for c in self.choices]


class Source(NamedTuple):
    """Where an outcome's rule comes from: a code (or law) and a section of it."""

    code: str
    section: str


class Handover(NamedTuple):
    """An offer, at the end of an outcome, to continue with another topic."""

    topic: str
    text: Text


class Outcome(NamedTuple):
    """Advice: a verdict, what to do, whom to contact (the next contact first), and why."""

    id: str
    verdict: Verdict
    title: Text
    advice: tuple[Text, ...]
    contacts: tuple[str, ...]         # role ids, the next contact first
    sources: tuple[Source, ...]
    handover: Handover | None = None

    def steps(self) -> list[tuple[str, str]]:
        """An outcome ends a walk inside its topic."""
        return []

    def links(self) -> list[str]:
        """The topic a handover offers to continue with."""
        return [self.handover.topic] if self.handover is not None else []

    def exits(self, lang: str) -> list[tuple[str, str]]:
        """An outcome has no way out inside its topic."""
        return []


class Route(NamedTuple):
    """A node that continues straight into another topic (used by the triage tree)."""

    id: str
    topic: str

    def steps(self) -> list[tuple[str, str]]:
        """A route leaves its topic."""
        return []

    def links(self) -> list[str]:
        """The topic it continues in."""
        return [self.topic]

    def exits(self, lang: str) -> list[tuple[str, str]]:
        """A route has no way out inside its topic."""
        return []


Node = Question | Outcome | Route


class Topic(NamedTuple):
    """One topic's tree: its nodes by id, where it starts, and where it was read from."""

    id: str
    title: Text
    summary: Text
    start: str
    nodes: dict[str, Node]
    file: str = ""
    lines: dict[str, int] = {}  # noqa: RUF012  (a NamedTuple field: node id -> line; never mutated)

    def node(self, node_id: str) -> Node:
        """The node with this id."""
        return self.nodes[node_id]


class ContactRole(NamedTuple):
    """Someone an employee can turn to: who, what for, and what they keep confidential."""

    id: str
    name: Text
    purpose: Text
    confidentiality: Text


class SourceCode(NamedTuple):
    """A code of conduct or a law that outcomes cite."""

    id: str
    title: Text
    reference: str


class Library(NamedTuple):
    """Everything the shipped content holds: topics, contact roles and citable codes."""

    topics: dict[str, Topic]
    roles: dict[str, ContactRole]
    codes: dict[str, SourceCode]
    triage: Topic | None = None

    def topic(self, topic_id: str) -> Topic | None:
        """A topic, or the triage tree, by id."""
        if self.triage is not None and topic_id == self.triage.id:
            return self.triage
        return self.topics.get(topic_id)

    def all_topics(self) -> list[Topic]:
        """Every topic, the triage tree last."""
        return list(self.topics.values()) + ([self.triage] if self.triage is not None else [])
