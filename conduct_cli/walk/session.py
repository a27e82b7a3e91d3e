"""The one ask-until-advice loop: a person at a terminal, a script, and a trainer's "what if"
all walk a topic through `run`.

The engine stays pure; this module holds the asking side of a walk: which answers are active,
which were given earlier and are offered again as defaults after going back, and the review of
all answers before the advice. Who answers is a `WalkIO`: a prompt at the terminal, or
`Scripted`, which cannot ask, so the walk stops at the first question the answers do not cover.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..content.model import Library, Question
from ..content.verdicts import Verdict
from .engine import Advice, NeedsAnswer, Step, next_step, questions_by_key


class _Signal(str):
    """A value an IO returns instead of an answer; never a choice value (those are ids)."""


BACK = _Signal("<back>")        # go back one question (or, from the first, to the topic menu)
UNASKED = _Signal("<unasked>")  # the IO may not ask: stop the walk here
RESTART = _Signal("<restart>")  # from the review: start again (every answer becomes a default)


if TYPE_CHECKING:  # the interface, for the type checker; not built at run time (it costs a start)
    from typing import Protocol

    class WalkIO(Protocol):
        """Whoever answers the questions of a walk."""

        def ask(self, step: NeedsAnswer, default: Any, back: bool) -> Any:
            """The answer to `step.question`: a value, BACK (only when `back`), or UNASKED."""

        def review(self, advice: Advice) -> int | str | None:
            """Before the advice: None to see it, the index in `advice.path` to change, BACK for
            the last question again, or RESTART.
            """

        def show_pending(self, step: NeedsAnswer, library: Library) -> None:
            """Before a handover question: show the advice reached so far (`step.pending`)."""


class Scripted:
    """An IO that cannot ask: for scripts, tests, and runs without a terminal."""

    def pick_topic(self, topics: list[Any], triage: bool, default: str | None = None) -> str:
        """Cannot offer the topic menu either."""
        return UNASKED

    def pick_organisation(self, organisations: list[Any]) -> str | None:
        """Never asks where you work: a script without an organisation gets both codes."""
        return UNASKED

    def ask(self, step: NeedsAnswer, default: Any, back: bool) -> Any:
        """Never asks."""
        return UNASKED

    def review(self, advice: Advice) -> int | str | None:
        """Nothing to review: the advice stands."""
        return None

    def show_pending(self, step: NeedsAnswer, library: Library) -> None:
        """Nothing to show: the JSON of a needs_answer carries the pending advice."""


class Walk:
    """The state of one person's walk: the answers that count, and earlier ones to offer again.

    A plain class: a dataclass would cost every scripted run the import of `inspect`.
    """

    def __init__(self, answers: dict[str, Any], remembered: dict[str, Any] | None = None):
        self.answers = answers
        self.remembered: dict[str, Any] = {} if remembered is None else remembered

    def answer(self, key: str, question: Question, value: Any, by_key: Callable[[], dict[str, Question]]) -> None:
        """The person answers `question` now. An answer given in advance to the same question in
        another topic (its fact) gives way: what was said last counts, and never contradicts it.
        `by_key` gives every answer key of the walk with its question (only looked up if needed).
        """
        if question.fact is not None and any(k != key for k in self.answers):
            questions = by_key()
            for other in [k for k in self.answers if k != key and k in questions]:
                if questions[other].fact == question.fact:
                    del self.answers[other]
        self.answers[key] = value

    def forget(self, step: Step) -> None:
        """Make a question unanswered again, remembering the answer as the default."""
        self.remembered[step.key] = step.answer
        self.answers.pop(step.key, None)
        self.answers.pop(step.question.id, None)


def run(library: Library, topic_id: str, answers: dict[str, Any], io: WalkIO,
        review: bool = True, back_to_menu: bool = False,
        remembered: dict[str, Any] | None = None) -> Advice | NeedsAnswer | str:
    """Walk until advice. Returns the Advice; the NeedsAnswer where `io` could not ask; or BACK
    when the person goes back from the first question (or starts again) and `back_to_menu`
    allows it. `remembered` keeps the answers offered again as defaults across walks.

    Acute danger is never held up: an emergency outcome skips the review.
    """
    walk = Walk(answers, remembered)
    by_key = functools.partial(questions_by_key, library, topic_id)   # looked up only when a fact is answered
    while True:
        step = next_step(library, topic_id, walk.answers)
        if isinstance(step, Advice):
            if not review or not step.path or step.outcome.verdict is Verdict.EMERGENCY:
                return step
            index = io.review(step)
            if index is None:
                return step
            if index is BACK:       # ← or Esc at the review: the last question again
                walk.forget(step.path[-1])
                continue
            if index is RESTART:
                for taken in reversed(step.path):
                    walk.forget(taken)
                if back_to_menu:
                    return BACK
                continue
            assert isinstance(index, int)
            target = step.path[_source(step.path, index)]
            value = io.ask(NeedsAnswer(library.topic(target.topic) or step.topic, target.question,
                                       step.path[:index]), target.answer, True)
            if value not in (BACK, UNASKED):  # back from changing an answer: the review again
                walk.answer(target.key, target.question, value, by_key)
            continue
        if step.pending is not None:
            io.show_pending(step, library)
        can_go_back = bool(step.path) or back_to_menu
        value = io.ask(step, walk.remembered.get(step.key), can_go_back)
        if value is UNASKED:
            return step
        if value is BACK:
            if not step.path:
                return BACK
            walk.forget(step.path[-1])
            continue
        walk.answer(step.key, step.question, value, by_key)


def _source(path: tuple[Step, ...], index: int) -> int:
    """Where an answer on the path was given: a carried answer was given where its fact was
    first asked, so changing it means changing that one.
    """
    step = path[index]
    if not step.carried:
        return index
    return next(i for i, s in enumerate(path) if s.question.fact == step.question.fact and not s.carried)
