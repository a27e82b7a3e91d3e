"""How every command ends: one line on standard error with the documented exit code for the
project's errors, exit 130 for Ctrl-C and Ctrl-D (128 + n for a signal that stops it), exit 1
and one line when the output cannot be written, quietly 141 when its reader went away, and
still one line, never a traceback, for a bug. Also the small things every command needs: JSON
on stdout, whether a person is there, the screen, the config in use.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer

from ..errors import ConductError, ExitCode

_saved: list[Any] = []   # the summary this run has written, for the line of a run that then fails


def err(message: str) -> None:
    """One line on standard error, escaped (nowhere when standard error is closed: never on
    standard output, which may hold JSON).
    """
    from ..printable import shown

    if sys.stderr is not None:
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


def saved(path: Any) -> None:
    """Note that the summary is written, so a stop or an output failure after it says so."""
    _saved.append(path)


def _flush_output() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


def _silence_output() -> None:
    """After the output failed: send what is left of it nowhere, so leaving cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):  # not a real stream (tests), or closed
        pass


def _output_failed(error: OSError, lang: str) -> str:
    """The line for an OSError no command handled: writing the output (no file name), or a
    file (its name).
    """
    from ..errors import FILE_FAILED, OUTPUT_FAILED, OUTPUT_FAILED_SAVED, UsageError, os_reason

    if error.filename is not None:
        return UsageError(FILE_FAILED, path=error.filename, reason=os_reason(error, error.filename)).text(lang)
    reason = os_reason(error)
    if _saved:
        return UsageError(OUTPUT_FAILED_SAVED, reason=reason, path=_saved[-1]).text(lang)
    return UsageError(OUTPUT_FAILED, reason=reason).text(lang)


def _finish_output(lang: str) -> None:
    """Before ending on an error: flush what was printed, so a failure to write it is a line
    now and not a traceback at exit.
    """
    try:
        _flush_output()
    except BrokenPipeError:
        _silence_output()
    except OSError as error:
        output_failed(error, lang)


def output_failed(error: OSError, lang: str = "en") -> int:
    """End after writing failed: what is left of the output goes nowhere, one line says why.
    Returns the exit code (1).
    """
    _silence_output()
    err(_output_failed(error, lang))
    return ExitCode.PROBLEMS


@contextmanager
def guard(lang_option: str | None = None) -> Iterator[str]:
    """Run a command body; yields the interface language. Errors become one line in that
    language, Ctrl-C and Ctrl-D exit 130 (a signal 128 + n), an output that cannot be written
    exit 1, a reader that went away exit 141 without a word, and a bug still gives one line,
    not a traceback.
    """
    from ..words import pick_language, word

    lang = "en"
    _saved.clear()
    try:
        lang = pick_language(lang_option)
        try:
            yield lang
        except typer.Exit:
            _flush_output()
            raise
        _flush_output()   # here, not at exit, so a full disk is one line and not a traceback
    except typer.Exit:
        raise
    except ConductError as error:
        err(error.text(lang))
        _finish_output(lang)
        raise typer.Exit(error.exit_code) from None
    except BrokenPipeError:   # like other Unix tools: the reader went away, so stop quietly
        _silence_output()
        raise typer.Exit(ExitCode.BROKEN_PIPE) from None
    except (KeyboardInterrupt, EOFError) as stop:
        if _saved:
            err(word("interrupted_saved", lang).format(path=_saved[-1]))
        else:
            err(word("interrupted", lang))
        _finish_output(lang)
        raise typer.Exit(getattr(stop, "exit_code", ExitCode.INTERRUPTED)) from None
    except OSError as error:   # every known file is handled where it is used: this is the output
        raise typer.Exit(output_failed(error, lang)) from None
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


def settings(config: str | None, organisation: str | None = None, trees: str | None = None,
             check_contacts: bool = True, on_config_problem: Any = None) -> Any:
    """The settings in use: the config file, the organisation and the trees (option, then
    environment, then config file).
    """
    from ..content.settings import resolve

    return resolve(config, organisation, trees, check_contacts, on_config_problem)


def library(settings: Any, only: str | None = None, organisation: bool = True) -> Any:
    """The trees in use, seen through the organisation's profile when one is set."""
    from ..content.library import load_library

    return load_library(settings.trees, only, settings.profile if organisation else None)


def content(settings: Any) -> Any:
    """The content directory in use (for its scenarios and profiles)."""
    from ..content.layout import ContentDir, shipped

    return ContentDir(settings.trees) if settings.trees is not None else shipped()
