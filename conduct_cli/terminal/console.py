"""The screen: a rich Console and how to draw on it (in colour with boxes, or plain).

`--plain` and NO_COLOR give text without colour or box drawing, for screen readers and
terminals that cannot show them (an output that takes only ASCII gets it too); every renderer
asks `Screen.plain` rather than guessing.
"""
from __future__ import annotations

import os
import sys
from typing import Any

from rich.console import Console

MIN_WIDTH = 20       # narrower than this (COLUMNS=0, COLUMNS=1) is taken as unknown...
DEFAULT_WIDTH = 80   # ...and the usual width is used instead


def _can_show_unicode() -> bool:
    """Whether standard output takes any character. If not (PYTHONIOENCODING=ascii, an old
    terminal), text is written as ASCII (see `printable`) and plain: no box lines to misalign.
    """
    return (getattr(sys.stdout, "encoding", None) or "utf-8").lower().startswith("utf")


def _reader_gone() -> None:
    """A broken pipe is the command's to handle (quietly, one exit code for all output), not
    rich's (which would exit 1 on its own).
    """
    raise BrokenPipeError


class Screen:
    """Where output goes, and whether it is plain."""

    def __init__(self, plain: bool = False, console: Console | None = None):
        self.plain = plain or bool(os.environ.get("NO_COLOR")) or (console is None and not _can_show_unicode())
        if console is None:
            console = (Console(highlight=False, emoji=False, no_color=True, color_system=None) if self.plain
                       else Console(highlight=False, emoji=False))
            console.on_broken_pipe = _reader_gone  # type: ignore[method-assign]
            if console.width < MIN_WIDTH:   # COLUMNS=0 drew nothing, COLUMNS=1 two box corners
                console.width = DEFAULT_WIDTH
        self.console = console

    def print(self, *renderables: Any) -> None:
        """Print renderables (rich Text, tables, panels) on the screen."""
        self.console.print(*renderables)


def print_error(line: str) -> None:
    """An error or warning line on standard error, wrapped by word to the terminal's width."""
    from rich.text import Text

    Console(stderr=True, highlight=False, markup=False, emoji=False, color_system=None).print(
        Text(line, overflow="fold"))
