"""A person at the terminal as the one who answers a check: the topic menu, each question,
the review of all answers, and the advice reached before a handover.
"""
from __future__ import annotations

from typing import Any

from rich.text import Text

from ..content.config import Config
from ..content.model import OTHER_ORGANISATION, Library, Organisation, Topic
from ..walk.engine import Advice, NeedsAnswer
from ..words import word
from .advice import answer_label, print_advice
from .console import Screen


class TerminalIO:
    """Asks through the questionary prompts (imported only when a prompt is shown)."""

    def __init__(self, lang: str, screen: Screen | None, library: Library | None = None,
                 config: Config | None = None):
        self.lang = lang
        self.screen = screen            # None with --format json: nothing but JSON on stdout
        self.library = library
        self.config = config

    def pick_organisation(self, organisations: list[Organisation]) -> str | None:
        """Where do you work? Asked once, first; the hint says how to set it for good."""
        from . import prompts

        choices = [(o.name.get(self.lang), o.id) for o in organisations]
        choices.append((word("org_other", self.lang), OTHER_ORGANISATION))
        picked = prompts.ask_choice(word("where_work", self.lang), choices, self.lang)
        if self.screen is not None:
            note = word("org_other_note", self.lang) + " " if picked == OTHER_ORGANISATION else ""
            self.screen.print(Text(note + word("org_hint", self.lang), style="dim"))
        return None if picked == OTHER_ORGANISATION else picked

    def pick_topic(self, topics: list[Topic], triage: bool) -> str:
        """The topic menu."""
        from . import prompts

        return prompts.ask_topic(topics, self.lang, triage=triage)

    def ask(self, step: NeedsAnswer, default: Any, back: bool) -> Any:
        """One question; BACK when the person goes back."""
        from . import prompts

        return prompts.ask(step.question, self.lang, default=default, back=back)

    def review(self, advice: Advice) -> int | None:
        """All answers before the advice: None to see it, or the index of one to change."""
        from . import prompts

        rows = [f"{step.question.text.get(self.lang)} → {answer_label(step, self.lang)}"
                for step in advice.path]
        return prompts.review(rows, self.lang)

    def show_pending(self, step: NeedsAnswer) -> None:
        """The advice so far, before asking whether to continue with another topic."""
        if self.screen is None or step.pending is None:
            return
        from ..content.library import load_library

        print_advice(self.screen, Advice(step.topic, step.pending, ()), self.library or load_library(),
                     self.lang, config=self.config)
