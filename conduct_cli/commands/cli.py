"""The command line's habits, for every command at once: `-h` as well as `--help`, help and
usage errors in the user's language, and a usage error as one line with its hint on it.

The language is decided from the arguments and the environment before typer parses anything
(`--lang` may come after the point where a usage error is found). Help texts are written in
English beside the options they describe; their Dutch is in `dutch.py`, applied to the
command tree when the language is Dutch.
"""
from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from typer.core import TyperCommand, TyperGroup

CONTEXT = {"help_option_names": ["-h", "--help"]}

_SUGGESTION = {"nl": " (bedoel je {0}?)", "en": " (did you mean {0}?)"}


class _State:
    lang = "en"


def language(args: Sequence[str]) -> str:
    """The interface language for this run, from `--lang` anywhere in `args`, else as
    `pick_language` decides; English when the choice is not valid (guard reports that).
    """
    option = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            option = args[index + 1]
        elif arg.startswith("--lang="):
            option = arg.split("=", 1)[1]
    if option is None and not any("nl" in os.environ.get(name, "").lower()
                                  for name in ("CONDUCT_LANG", "LC_ALL", "LC_MESSAGES", "LANG")):
        return "en"   # the common case, decided without loading the words
    from ..errors import UsageError
    from ..words import pick_language

    try:
        return pick_language(option)
    except UsageError:
        return "en"


def dutch(text: str) -> str:
    """A help text in Dutch when the run is in Dutch."""
    if _State.lang != "nl":
        return text
    from .dutch import DUTCH

    return DUTCH.get(text, text)


def _dutch_gettext(message: str) -> str:
    from .dutch import DUTCH

    return DUTCH.get(message, message)


def _translate(command: Any) -> None:
    """The help texts of a command and everything under it, in Dutch."""
    from .dutch import DUTCH

    command.help = DUTCH.get(command.help, command.help) if command.help else command.help
    command.options_metavar = DUTCH.get(command.options_metavar, command.options_metavar)
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = DUTCH.get(command.subcommand_metavar, command.subcommand_metavar)
    for param in command.params:
        if getattr(param, "help", None):
            param.help = DUTCH.get(param.help, param.help)
    for sub in getattr(command, "commands", {}).values():
        _translate(sub)


def usage_line(error: Any, lang: str) -> str:
    """A usage error as one line, in `lang`, with the way to help on the same line."""
    message = error.format_message().strip()
    if lang == "nl":
        from .dutch import DUTCH_ERRORS

        for pattern, template in DUTCH_ERRORS:
            found = re.fullmatch(pattern, message, flags=re.DOTALL)
            if found:
                parts = [part or "" for part in found.groups()]
                if template.startswith("onbekende"):   # click's suggestion, in our words
                    close = next((part for part in parts[1:] if part), "")
                    parts[1:] = [_SUGGESTION["nl"].format(close) if close else ""]
                message = template.format(*parts)
                break
    else:
        message = re.sub(r"\.? (?:Did you mean (.*)\?|\(Possible options: (.*)\))$",
                         lambda m: _SUGGESTION["en"].format(m.group(1) or m.group(2)), message)
        message = message[:1].lower() + message[1:] if message[:2] != message[:2].upper() else message
        message = message.rstrip(".")
    path = error.ctx.command_path if getattr(error, "ctx", None) is not None else "conduct"
    hint = f"zie '{path} --help'" if lang == "nl" else f"see '{path} --help'"
    return f"conduct: {' '.join(message.split())} ({hint})"


class _Habits:
    """What every command and group of `conduct` shares: the usage line and the help option in
    the run's language.
    """

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        """The usage line, its prefix in the run's language."""
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=dutch("Usage: "))

    def get_help_option(self, ctx: Any) -> Any:
        """-h and --help, explained in the run's language."""
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = dutch("Show this message and exit.")
        return option


class ConductCommand(_Habits, TyperCommand):
    """A command of `conduct`."""


class ConductGroup(_Habits, TyperGroup):
    """`conduct` and its groups of commands; the root runs the whole command line."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        """Run the command line: help and usage errors in the user's language, a usage error
        as one line (exit 2), help for a group without a command (exit 0).
        """
        import typer.core
        from typer import Abort
        from typer._click.exceptions import ClickException, NoArgsIsHelpError

        arguments = list(sys.argv[1:] if args is None else args)
        lang = _State.lang = language(arguments)
        headings = typer.core._
        if lang == "nl":
            _translate(self)
            typer.core._ = _dutch_gettext   # the help screen's headings
        try:
            code = super().main(args=arguments, prog_name=prog_name, complete_var=complete_var,
                                standalone_mode=False, windows_expand_args=windows_expand_args, **extra)
        except NoArgsIsHelpError as error:
            print(error.ctx.get_help())
            code = 0
        except ClickException as error:
            from .guard import say

            say(usage_line(error, lang))
            code = error.exit_code
        except Abort:   # Ctrl-C or Ctrl-D before a command's own guard was in place
            from ..words import word
            from .guard import say

            say(f"conduct: {word('interrupted', lang)}")
            code = 130
        finally:
            typer.core._ = headings
            _State.lang = "en"
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code
