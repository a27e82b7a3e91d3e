"""The check: from "where do you work?" and "what is your question about?" to advice.

Asks once, first, where the person works when no organisation is set and someone is there to
answer (a script is never asked: it gets both codes, as before); picks the topic (given, from
the menu, or found by the triage tree for someone who is not sure); loads just what that topic
needs, seen through the organisation's profile; checks every answer given in advance; and walks
it with the one loop in `session`. The command only parses options and shows the result.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..content.library import load_library
from ..content.model import NOT_SURE, TRIAGE_ID, Choice, Library, Organisation, Question, QuestionKind, Topic
from ..words import words
from .engine import MENU, TOPIC_QUESTION, Advice, NeedsAnswer, check_answers, unknown_topic
from .session import BACK, UNASKED, run

if TYPE_CHECKING:  # the interface, for the type checker; not built at run time
    from typing import Protocol

    from .session import WalkIO

    class CheckIO(WalkIO, Protocol):
        """A WalkIO that can also offer the topic menu."""

        def pick_topic(self, topics: list[Topic], triage: bool, default: str | None = None) -> str:
            """The topic id picked (NOT_SURE for the triage tree), or UNASKED; `default` is
            the topic picked before, when the person came back to the menu.
            """

        def pick_organisation(self, organisations: list[Organisation]) -> str | None:
            """The organisation picked; None for another one or rather not say; or UNASKED."""


class Result(NamedTuple):
    """Where a check ended, and the library it was walked in (for showing it)."""

    step: Advice | NeedsAnswer
    library: Library


def topic_question(library: Library) -> Question:
    """The topic menu as a question: every topic, and "not sure which" when there is a triage."""
    choices = tuple(Choice(t.id, t.title, t.id) for t in library.topics.values())
    if library.triage is not None:
        choices += (Choice(NOT_SURE, words("which_topic_unsure"), TRIAGE_ID),)
    return Question(TOPIC_QUESTION, QuestionKind.CHOICE, words("pick_topic"), choices)


def _normalised(topic_id: Any) -> str:
    text = str(topic_id).strip()
    return TRIAGE_ID if text.lower().replace(" ", "_") == NOT_SURE else text


def check(topic_id: str | None, answers: dict[str, Any], io: CheckIO, review: bool = True,
          trees: Path | None = None, organisation: str | None = None, ask_organisation: bool = True) -> Result:
    """Walk a check to its end: advice, or the first question `io` could not ask.

    `trees` is the content directory (None: the shipped trees); `organisation` the profile to
    see it through (None: ask, when someone is there to answer, there are profiles and
    `ask_organisation` allows it: it is asked once, also when a second topic is checked).
    """
    if topic_id is None:
        topic_id = answers.get(TOPIC_QUESTION)
    answers.pop(TOPIC_QUESTION, None)
    if organisation is None and ask_organisation:
        profiles = load_library(trees).organisations
        if profiles:
            picked = io.pick_organisation(list(profiles.values()))
            organisation = None if picked is UNASKED else picked
    from_menu = topic_id is None
    remembered: dict[str, Any] = {}   # answers given before going back to the menu: defaults again
    last_topic: str | None = None
    while True:
        if topic_id is None:
            everything = load_library(trees, organisation=organisation)
            picked = io.pick_topic(list(everything.topics.values()), everything.triage is not None,
                                   last_topic)
            if picked is UNASKED:
                return Result(NeedsAnswer(MENU, topic_question(everything), ()), everything)
            topic_id = picked
        topic_id = _normalised(topic_id)
        library = load_library(trees, only=topic_id, organisation=organisation)
        if library.topic(topic_id) is None:
            raise unknown_topic(load_library(trees), topic_id)
        check_answers(library, topic_id, answers)
        step = run(library, topic_id, answers, io, review=review, back_to_menu=from_menu,
                   remembered=remembered)
        if step is BACK:
            last_topic = NOT_SURE if topic_id == TRIAGE_ID else topic_id
            topic_id = None
            continue
        assert isinstance(step, (Advice, NeedsAnswer))
        return Result(step, library)
