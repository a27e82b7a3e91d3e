"""How every command ends: one line on standard error with the documented exit code for the
project's errors, exit 130 for Ctrl-C and Ctrl-D, and still one line, never a traceback, for a
bug. Also the small things every command needs: JSON on stdout, whether a person is there,
the screen, the config in use.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer

from ..errors import ConductError, ExitCode


def err(message: str) -> None:
    """One line on standard error, escaped (at a terminal wrapped by word, see `say`)."""
    from ..printable import shown

    say(f"conduct: {shown(message, limit=2000)}")


def say(line: str) -> None:
    """A line for standard error. A script gets it as one line; a person at a terminal gets it
    wrapped by word to the terminal's width (rich), so no word is split at the edge.
    """
    try:
        at_terminal = sys.stderr.isatty()
    except (AttributeError, ValueError):
        at_terminal = False
    if at_terminal:
        from ..terminal.console import print_error

        print_error(line)
    else:
        print(line, file=sys.stderr)


@contextmanager
def guard(lang_option: str | None = None) -> Iterator[str]:
    """Run a command body; yields the interface language. Errors become one line in that
    language, Ctrl-C and Ctrl-D exit 130, and a bug still gives one line, not a traceback.
    """
    from ..words import pick_language, word

    lang = "en"
    try:
        lang = pick_language(lang_option)
        yield lang
    except typer.Exit:
        raise
    except ConductError as error:
        err(error.text(lang))
        raise typer.Exit(error.exit_code) from None
    except (KeyboardInterrupt, EOFError):
        err(word("interrupted", lang))
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except Exception as error:  # a bug: still one line, with a way to see more
        if os.environ.get("CONDUCT_DEBUG"):
            raise
        err(word("unexpected", lang).format(detail=f"{type(error).__name__}: {error}"))
        raise typer.Exit(ExitCode.INTERNAL) from None


def interactive(no_input: bool) -> bool:
    """Whether a person can answer prompts: not with --no-input, and only at a terminal."""
    if no_input:
        return False
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def emit_json(data: Any) -> None:
    """Protocol data on standard output."""
    from ..outputs.protocol import dumps

    sys.stdout.write(dumps(data) + "\n")


def screen(plain: bool = False) -> Any:
    """The terminal screen (rich is imported only here, when text is shown)."""
    from ..terminal.console import Screen

    return Screen(plain)


def load_config(option: str | None) -> Any:
    """The contacts config in use, checked against the shipped roles."""
    from ..content import config
    from ..content.library import shipped_roles

    return config.load(option, set(shipped_roles()))
