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

from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import Enum
from typing import NamedTuple, TypeVar

from ..bilingual import LANGUAGES, Text
from .verdicts import Verdict

__all__ = ["ANSWER_LABELS", "LANGUAGES", "NOT_SURE", "OTHER_ORGANISATION", "TRIAGE_ID", "Band", "Choice",
           "ContactRole", "Handover", "LazyMapping", "Library", "Node", "Organisation", "OrganisationRoute", "Outcome",
           "Question", "QuestionKind", "Route", "Source", "SourceCode", "Text", "Topic", "Verdict"]

NOT_SURE = "not_sure"
TRIAGE_ID = "triage"   # the tree that finds the topic for someone who is not sure which
OTHER_ORGANISATION = "other"   # in a by_organisation node: no profile, or one the node does not name

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
    fact: str | None = None           # the fact it asks; answered once, it is not asked again
    tags: dict[str, tuple[str, ...]] = {}  # noqa: RUF012  (answer value -> tags it puts on the path)
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
    tags: tuple[str, ...] = ()        # what this advice is about, for the policy rules

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
    """A node that continues straight into another topic (used by the triage tree): at its
    start, or at the node `at` when the questions before it were answered already here.
    """

    id: str
    topic: str
    at: str | None = None

    def steps(self) -> list[tuple[str, str]]:
        """A route leaves its topic."""
        return []

    def links(self) -> list[str]:
        """The topic it continues in."""
        return [self.topic]

    def exits(self, lang: str) -> list[tuple[str, str]]:
        """A route has no way out inside its topic."""
        return []


class OrganisationRoute(NamedTuple):
    """Where the codes differ: each organisation's own rule, and `other` for everyone else.

    `other` serves a walk without an organisation (someone who works elsewhere or would rather
    not say: both codes, the stricter rule) and any organisation the node does not name.
    """

    id: str
    routes: tuple[tuple[str, str], ...]   # (organisation id, node id), in the order written
    other: str

    def target(self, organisation: str | None) -> str:
        """The node this organisation's walk continues at."""
        for name, target in self.routes:
            if name == organisation:
                return target
        return self.other

    def steps(self) -> list[tuple[str, str]]:
        """Every branch, the organisations' first and `other` last."""
        return [(f"organisation '{name}'", target) for name, target in self.routes] + [("other", self.other)]

    def links(self) -> list[str]:
        """A branch on the organisation stays in its topic."""
        return []

    def exits(self, lang: str) -> list[tuple[str, str]]:
        """(label, node id) for every branch, as pictures show them."""
        return [*self.routes, (ORGANISATION_OTHER_LABEL.get(lang), self.other)]


ORGANISATION_OTHER_LABEL = Text("Andere organisatie of niet gezegd", "Another organisation, or not said")
BY_ORGANISATION_LABEL = Text("Hier verschillen de codes: per organisatie", "The codes differ here: by organisation")

Node = Question | Outcome | Route | OrganisationRoute


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
    law: bool = False     # given by law to every organisation of this kind (112, Veilig Thuis, ...)


class SourceCode(NamedTuple):
    """A code of conduct or a law that outcomes cite."""

    id: str
    title: Text
    reference: str
    law: bool = False     # law or common practice, which applies whatever the organisation


class Organisation(NamedTuple):
    """An organisation's profile: its own code, and the roles and procedures it has.

    Advice under a profile cites only this code (and the law), names only these roles (and
    those the law gives every organisation), and follows this organisation's branch wherever
    the codes differ.
    """

    id: str
    name: Text
    code: str                         # the id of its code in sources.yaml
    code_title: Text
    version: str
    date: str
    roles: tuple[str, ...]            # its own roles; law roles come on top
    names: dict[str, Text] = {}  # noqa: RUF012  (a NamedTuple field: role id -> name in this code)
    file: str = ""


V = TypeVar("V")


class LazyMapping(Mapping[str, V]):
    """A mapping whose values are made on first use, in the order of its keys: a check reads one
    topic (and the ones it leads to), so the others are never decoded or seen through a profile.
    Equal to any mapping with the same items.
    """

    def __init__(self, keys: Iterable[str], make: Callable[[str], V]):
        self._keys = list(keys)
        self._known = set(self._keys)
        self._make = make
        self._made: dict[str, V] = {}

    def __getitem__(self, key: str) -> V:
        if key not in self._made:
            if key not in self._known:
                raise KeyError(key)
            self._made[key] = self._make(key)
        return self._made[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._known


class Library(NamedTuple):
    """Everything a content directory holds: topics, contact roles, citable codes, profiles.

    `organisation` is set on a library seen through one organisation's profile (see
    `content.organisations.profiled`): its outcomes cite only that code and the law, its
    roles carry that code's names, and walks follow that organisation's branches.
    """

    topics: Mapping[str, Topic]      # a dict, or a LazyMapping that decodes a topic on first use
    roles: dict[str, ContactRole]
    codes: dict[str, SourceCode]
    triage: Topic | None = None
    organisations: dict[str, Organisation] = {}  # noqa: RUF012  (a NamedTuple field; never mutated)
    organisation: Organisation | None = None

    def topic(self, topic_id: str) -> Topic | None:
        """A topic, or the triage tree, by id."""
        if self.triage is not None and topic_id == self.triage.id:
            return self.triage
        return self.topics.get(topic_id)

    def all_topics(self) -> list[Topic]:
        """Every topic, the triage tree last."""
        return list(self.topics.values()) + ([self.triage] if self.triage is not None else [])

    @property
    def organisation_id(self) -> str | None:
        """The id of the profile this library is seen through, or None for both codes."""
        return self.organisation.id if self.organisation is not None else None
