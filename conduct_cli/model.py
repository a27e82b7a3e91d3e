"""The domain model: plain, immutable data that the loader builds and the engine walks.

Nothing here knows about YAML or terminals, so the engine can be tested with trees built in
code and the renderers can trust what they are given. The types are NamedTuples rather than
dataclasses: as immutable, and several times cheaper to define, which `conduct` pays on every
start.
"""
from __future__ import annotations

from enum import Enum
from typing import NamedTuple

LANGUAGES = ("nl", "en")
NOT_SURE = "not_sure"
TRIAGE_ID = "triage"   # the tree that finds the topic for someone who is not sure which


class Text(NamedTuple):
    """A user-facing text in both languages; Dutch is the original."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


class Verdict(str, Enum):
    """The fixed set of verdicts an outcome can give (documented in the README)."""

    ALLOWED = "allowed"
    ALLOWED_TELL_MANAGER = "allowed_tell_manager"
    ASK_FIRST = "ask_first"
    NOT_ALLOWED = "not_allowed"
    SHARE_WITH_CARE = "share_with_care"
    DO_NOT_SHARE = "do_not_share"
    REPORT = "report"
    SEEK_ADVICE = "seek_advice"
    EMERGENCY = "emergency"


class QuestionKind(str, Enum):
    CHOICE = "choice"
    YES_NO = "yes_no"
    AMOUNT = "amount"


class Choice(NamedTuple):
    value: str
    label: Text
    next: str


class Band(NamedTuple):
    """Amounts strictly below `below` go to `next`; `below=None` catches everything else."""

    below: float | None
    next: str


class Question(NamedTuple):
    id: str
    kind: QuestionKind
    text: Text
    choices: tuple[Choice, ...]       # every answer that can be picked, "not sure" last
    help: Text | None = None
    unit: str | None = None           # amount questions only
    bands: tuple[Band, ...] = ()      # amount questions only

    def choice(self, value: str) -> Choice | None:
        for choice in self.choices:
            if choice.value == value:
                return choice
        return None


class Source(NamedTuple):
    code: str
    section: str


class Handover(NamedTuple):
    """An offer, at the end of an outcome, to continue with another topic."""

    topic: str
    text: Text


class Outcome(NamedTuple):
    id: str
    verdict: Verdict
    title: Text
    advice: tuple[Text, ...]
    contacts: tuple[str, ...]         # role ids, the next contact first
    sources: tuple[Source, ...]
    handover: Handover | None = None


class Route(NamedTuple):
    """A node that continues straight into another topic (used by the triage tree)."""

    id: str
    topic: str


Node = Question | Outcome | Route


class Topic(NamedTuple):
    id: str
    title: Text
    summary: Text
    start: str
    nodes: dict[str, Node]
    file: str = ""
    lines: dict[str, int] = {}        # node id -> line, for problems; never mutated

    def node(self, node_id: str) -> Node:
        return self.nodes[node_id]


class ContactRole(NamedTuple):
    id: str
    name: Text
    purpose: Text
    confidentiality: Text


class SourceCode(NamedTuple):
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
        if self.triage is not None and topic_id == self.triage.id:
            return self.triage
        return self.topics.get(topic_id)
