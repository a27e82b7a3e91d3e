"""The screen: a rich Console and how to draw on it (in colour with boxes, or plain).

`--plain` and NO_COLOR give text without colour or box drawing, for screen readers and
terminals that cannot show them; every renderer asks `Screen.plain` rather than guessing.
"""
from __future__ import annotations

import os
from typing import Any

from rich.console import Console


class Screen:
    """Where output goes, and whether it is plain."""

    def __init__(self, plain: bool = False, console: Console | None = None):
        self.plain = plain or bool(os.environ.get("NO_COLOR"))
        if console is None:
            console = (Console(highlight=False, emoji=False, no_color=True, color_system=None) if self.plain
                       else Console(highlight=False, emoji=False))
        self.console = console

    def print(self, *renderables: Any) -> None:
        """Print renderables (rich Text, tables, panels) on the screen."""
        self.console.print(*renderables)


def print_error(line: str) -> None:
    """An error or warning line on standard error, wrapped by word to the terminal's width."""
    from rich.text import Text

    Console(stderr=True, highlight=False, markup=False, emoji=False, color_system=None).print(
        Text(line, overflow="fold"))
