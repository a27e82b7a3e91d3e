"""A check at the terminal: ask, go back, review, until the engine gives advice.

The engine stays pure; this module holds the person's side of the walk: which answers are
active, which were given earlier and are offered again as defaults after going back, and the
review of all answers before the advice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from .engine import Advice, NeedsAnswer, Step, next_step
from .model import Library, Question

BACK = "<back>"


class SessionIO(Protocol):
    def ask(self, question: Question, lang: str, default: Any, back: bool) -> Any: ...
    def review(self, rows: list[str], lang: str) -> int | None: ...


class TerminalSessionIO:
    def ask(self, question: Question, lang: str, default: Any, back: bool) -> Any:
        from . import prompts

        value = prompts.ask(question, lang, default=default, back=back)
        return BACK if value == prompts.BACK else value

    def review(self, rows: list[str], lang: str) -> int | None:
        from . import prompts

        return prompts.review(rows, lang)


@dataclass
class Walk:
    """The state of one person's walk through a topic."""

    library: Library
    topic_id: str
    answers: dict[str, Any]
    remembered: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def key(step: Step) -> str:
        return f"{step.topic}.{step.question.id}"

    def forget(self, step: Step) -> None:
        """Make a question unanswered again, remembering the answer as the default."""
        key = self.key(step)
        self.remembered[key] = step.answer
        self.answers.pop(key, None)
        self.answers.pop(step.question.id, None)


def review_rows(advice: Advice, lang: str) -> list[str]:
    from .render_text import answer_label

    return [f"{step.question.text.get(lang)} → {answer_label(step, lang)}" for step in advice.path]


def run(library: Library, topic_id: str, answers: dict[str, Any], lang: str, io: SessionIO,
        review: bool = True, back_to_menu: bool = False,
        show_pending: Callable[[NeedsAnswer], None] | None = None) -> Advice | str:
    """Walk interactively. Returns the advice, or BACK when the user goes back from the first
    question and `back_to_menu` allows it."""
    walk = Walk(library, topic_id, answers)
    while True:
        step = next_step(library, topic_id, walk.answers)
        if isinstance(step, Advice):
            if not review or not step.path:
                return step
            choice = io.review(review_rows(step, lang), lang)
            if choice is None:
                return step
            target = step.path[choice]
            value = io.ask(target.question, lang, default=target.answer, back=True)
            if value != BACK:  # back from changing an answer: the review again
                walk.answers[Walk.key(target)] = value
            continue
        if step.pending is not None and show_pending is not None:
            show_pending(step)
        can_go_back = bool(step.path) or back_to_menu
        value = io.ask(step.question, lang, default=walk.remembered.get(step.key), back=can_go_back)
        if value == BACK:
            if not step.path:
                return BACK
            walk.forget(step.path[-1])
            continue
        walk.answers[step.key] = value
