"""The domain model: plain, immutable data that the loader builds and the engine walks.

Nothing here knows about YAML or terminals, so the engine can be tested with trees built in
code and the renderers can trust what they are given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

LANGUAGES = ("nl", "en")
NOT_SURE = "not_sure"
TRIAGE_ID = "triage"   # the tree that finds the topic for someone who is not sure which


@dataclass(frozen=True)
class Text:
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


@dataclass(frozen=True)
class Choice:
    value: str
    label: Text
    next: str


@dataclass(frozen=True)
class Band:
    """Amounts strictly below `below` go to `next`; `below=None` catches everything else."""

    below: float | None
    next: str


@dataclass(frozen=True)
class Question:
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


@dataclass(frozen=True)
class Source:
    code: str
    section: str


@dataclass(frozen=True)
class Handover:
    """An offer, at the end of an outcome, to continue with another topic."""

    topic: str
    text: Text


@dataclass(frozen=True)
class Outcome:
    id: str
    verdict: Verdict
    title: Text
    advice: tuple[Text, ...]
    contacts: tuple[str, ...]         # role ids, the next contact first
    sources: tuple[Source, ...]
    handover: Handover | None = None


@dataclass(frozen=True)
class Route:
    """A node that continues straight into another topic (used by the triage tree)."""

    id: str
    topic: str


Node = Question | Outcome | Route


@dataclass(frozen=True)
class Topic:
    id: str
    title: Text
    summary: Text
    start: str
    nodes: dict[str, Node]
    file: str = ""
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # node id -> line

    def node(self, node_id: str) -> Node:
        return self.nodes[node_id]


@dataclass(frozen=True)
class ContactRole:
    id: str
    name: Text
    purpose: Text
    confidentiality: Text


@dataclass(frozen=True)
class SourceCode:
    id: str
    title: Text
    reference: str


@dataclass(frozen=True)
class Library:
    """Everything the shipped content holds: topics, contact roles and citable codes."""

    topics: dict[str, Topic]
    roles: dict[str, ContactRole]
    codes: dict[str, SourceCode]
    triage: Topic | None = None

    def topic(self, topic_id: str) -> Topic | None:
        if self.triage is not None and topic_id == self.triage.id:
            return self.triage
        return self.topics.get(topic_id)
