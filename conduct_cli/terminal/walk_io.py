"""A person at the terminal as the one who answers a check: the topic menu, each question,
the review of all answers, the advice reached before a handover, and what to do after the
advice (show more, save a summary, check another topic, quit).

Each prompt erases itself when done; what was answered is printed here, one short block per
question, and remembered with its number of lines. When a question is asked again (the person
went back, or changes it from the review), everything printed from its earlier answer on is
taken off the screen, so no abandoned question is left standing.
"""
from __future__ import annotations

from typing import Any

from ..content.config import Config
from ..content.model import OTHER_ORGANISATION, Library, Organisation, Question, Topic
from ..printable import clean
from ..walk.engine import Advice, NeedsAnswer
from ..walk.session import RESTART
from ..words import word
from .advice import advice_first, advice_more, answer_label, marked_list
from .console import Screen

SHOW_MORE, SAVE, ANOTHER, QUIT = "more", "save", "another", "quit"


def question_label(question: Question, lang: str) -> str:
    """A question as the review and the answers shown so far name it: its short label if it
    has one, else its text.
    """
    return question.label().get(lang)


class TerminalIO:
    """Asks through the prompts (imported only when a prompt is shown)."""

    def __init__(self, lang: str, screen: Screen | None, library: Library | None = None,
                 config: Config | None = None):
        self.lang = lang
        self.screen = screen            # None with --format json: nothing but JSON on stdout
        self.library = library
        self.config = config
        self.plain = screen.plain if screen is not None else False
        self._printed: list[tuple[str | None, int]] = []   # (answer key or None, lines), in order

    # --- what is on the screen ---------------------------------------------------------------

    def _print(self, renderable: Any, key: str | None = None) -> None:
        """Print, and remember how many lines it took (to take them off again)."""
        if self.screen is None:
            return
        console = self.screen.console
        with console.capture() as capture:
            console.print(renderable)
        shown = capture.get()
        console.file.write(shown)
        console.file.flush()
        self._printed.append((key, shown.count("\n")))

    def _erase_from(self, index: int) -> None:
        from . import prompts

        count = sum(lines for _, lines in self._printed[index:])
        del self._printed[index:]
        if self.screen is not None:
            prompts.erase_lines(count)

    def _forget_answer(self, key: str) -> None:
        """Before a question is asked again: take its earlier answer, and all after, off the screen."""
        for index, (printed_key, _) in enumerate(self._printed):
            if printed_key == key:
                self._erase_from(index)
                return

    def _answered(self, key: str, question: str, answer: str) -> None:
        from rich.text import Text

        self._print(marked_list([("?", Text(clean(question)) + Text("  " + clean(answer), style="bold cyan"))]),
                    key)

    # --- the WalkIO --------------------------------------------------------------------------

    def pick_organisation(self, organisations: list[Organisation]) -> str | None:
        """Where do you work? Asked once, first; the hint says how to set it for good."""
        from rich.text import Text

        from . import prompts

        choices = [(o.name.get(self.lang), o.id) for o in organisations]
        choices.append((word("org_other", self.lang), OTHER_ORGANISATION))
        picked = prompts.ask_choice(word("where_work", self.lang), choices, self.lang, plain=self.plain)
        names = {o.id: o.name.get(self.lang) for o in organisations}
        self._answered("organisation", word("where_work", self.lang),
                       names.get(picked, word("org_other", self.lang)))
        note = word("org_other_note", self.lang) + " " if picked == OTHER_ORGANISATION else ""
        self._print(Text(note + word("org_hint", self.lang), style="dim"))
        return None if picked == OTHER_ORGANISATION else picked

    def pick_topic(self, topics: list[Topic], triage: bool, default: str | None = None) -> str:
        """The topic menu; `default` is the topic picked before."""
        from . import prompts

        self._forget_answer("topic")
        picked = prompts.ask_topic(topics, self.lang, triage=triage, default=default, plain=self.plain)
        labels = {t.id: t.title.get(self.lang) for t in topics}
        unsure = word("which_topic_unsure", self.lang)
        self._answered("topic", word("pick_topic", self.lang), labels.get(picked, unsure))
        return picked

    def ask(self, step: NeedsAnswer, default: Any, back: bool) -> Any:
        """One question; BACK when the person goes back."""
        from ..walk.session import BACK
        from . import prompts

        self._forget_answer(step.key)
        value = prompts.ask(step.question, self.lang, default=default, back=back, plain=self.plain)
        if value is not BACK:
            from ..walk.answers import answer_text

            self._answered(step.key, question_label(step.question, self.lang),
                           answer_text(step.question, value, self.lang))
        return value

    def review(self, advice: Advice) -> int | str | None:
        """All answers before the advice: None to see it, the index of one to change, BACK for
        the last question again, or RESTART.
        """
        from . import prompts

        rows = [(question_label(step.question, self.lang), answer_label(step, self.lang)) for step in advice.path]
        # the review lists every answer: the answers printed while asking would only repeat it
        shown_last = max((i for i, (key, _) in enumerate(self._printed) if key is None), default=-1)
        self._erase_from(shown_last + 1)
        choice = prompts.review(rows, self.lang, plain=self.plain)
        if choice is RESTART:
            self._erase_from(0)
        return choice

    def show_pending(self, step: NeedsAnswer, library: Library) -> None:
        """The advice so far (in the library the walk is in: the organisation's code), before
        asking whether to continue with another topic.
        """
        if self.screen is None or step.pending is None:
            return
        self._print(advice_first(Advice(step.topic, step.pending, ()), library, self.lang, self.plain,
                                 self.config))

    # --- after the advice ----------------------------------------------------------------------

    def after_advice(self, advice: Advice, library: Library, save: Any) -> str:
        """Offer what comes next until the person checks another topic (ANOTHER) or quits (QUIT;
        Ctrl-C and Ctrl-D here quit too: the advice was given, and a summary may have been saved).
        `save(path)` writes the summary and says where; it raises a ConductError when it cannot.
        """
        from . import prompts

        self._printed.clear()   # the advice stays on the screen from here on
        offered = [SHOW_MORE, SAVE, ANOTHER, QUIT]
        while True:
            labels = {SHOW_MORE: word("show_more", self.lang), SAVE: word("save_summary", self.lang),
                      ANOTHER: word("another_topic", self.lang), QUIT: word("quit", self.lang)}
            try:
                picked = prompts.select_inline(word("what_next", self.lang), [(labels[o], o) for o in offered],
                                               self.lang, plain=self.plain)
            except (KeyboardInterrupt, EOFError):   # the advice was given: stopping now is quitting
                return QUIT
            if picked == SHOW_MORE:
                offered.remove(SHOW_MORE)
                if self.screen is not None:
                    self.screen.print(advice_more(advice, library, self.lang, self.plain, self.config))
            elif picked == SAVE:
                if self._save(save):
                    offered.remove(SAVE)
            else:
                return str(picked)

    def _save(self, save: Any) -> bool:
        """Ask for a file name and save; False when the person goes back without saving."""
        from ..errors import ConductError
        from ..walk.session import BACK
        from . import prompts

        def check(typed: str) -> bool | str:
            from ..outputs.files import check_target

            if not typed.strip():
                return word("file_name_needed", self.lang)
            try:
                check_target(typed.strip(), force=False)
            except ConductError as error:
                return error.text(self.lang)
            return True

        while True:
            typed = prompts.text(word("save_as", self.lang), check, hint=word("save_hint", self.lang),
                                 default=word("summary_file", self.lang), back=True, plain=self.plain)
            if typed is BACK:
                return False
            try:
                save(typed.strip())
                return True
            except ConductError as error:   # written between the check and now, or a disk error
                if self.screen is not None:
                    from rich.text import Text

                    self.screen.print(Text(f"conduct: {error.text(self.lang)}"))
