"""The project's own error types. Every failure a user can cause ends in one of these, so the
command line can print one clear line and exit with the documented code, never a traceback."""
from __future__ import annotations

from typing import NamedTuple


class ConductError(Exception):
    """Base class: `str(error)` is the one line shown to the user, in English; `text(lang)`
    gives it in the user's language where a Dutch wording was given."""

    exit_code = 2

    def __init__(self, message: str, nl: str | None = None):
        super().__init__(message)
        self.nl = nl

    def text(self, lang: str) -> str:
        return self.nl if lang == "nl" and self.nl else str(self)


class UsageError(ConductError):
    """Bad input on the command line or in an answers file (exit 2)."""


class AnswerError(UsageError):
    """An answer that does not fit its question (exit 2). The same text is shown at a prompt."""

    def __init__(self, message: str, nl: str | None = None, question_id: str | None = None):
        super().__init__(message, nl)
        self.question_id = question_id


class Problem(NamedTuple):
    """One problem in a tree file, with where it is."""

    file: str
    message: str
    line: int | None = None
    node: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.node:
            where += f": node '{self.node}'"
        return f"{where}: {self.message}"


class TreeError(ConductError):
    """A tree file that cannot be used; holds every problem found (exit 1)."""

    exit_code = 1

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else Problem("?", "unknown problem")
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''}; run 'conduct validate')" if more else ""
        super().__init__(f"{first}{suffix}")
