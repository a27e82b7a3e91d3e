"""Trainer mode: `conduct scenario list|play` and `conduct tree show|export`."""
from __future__ import annotations

import sys
from enum import Enum
from typing import Any, Optional

import typer

from ..errors import TreeError
from .cli import ConductCommand, ConductGroup
from .guard import emit_json, guard, interactive, screen
from .options import FORMAT, LANG, PLAIN, Format

scenario_app = typer.Typer(help="Scenarios for trainers: play a situation in front of a group.",
                           rich_markup_mode=None, no_args_is_help=True, cls=ConductGroup)
tree_app = typer.Typer(help="Pictures of the trees: in the terminal, or for slides and other tools.",
                       rich_markup_mode=None, no_args_is_help=True, cls=ConductGroup)


class ExportFormat(str, Enum):
    """The picture and data formats of `tree export`."""

    mermaid = "mermaid"
    dot = "dot"
    svg = "svg"
    json = "json"


class Direction(str, Enum):
    """Which way a dot or svg picture runs: top to bottom, or left to right."""

    TB = "TB"
    LR = "LR"


def _shipped_scenarios() -> list[Any]:
    from ..content.layout import shipped
    from ..content.scenarios import load_scenarios

    scenarios, problems = load_scenarios(shipped())
    if problems:
        raise TreeError(problems)
    return scenarios


@scenario_app.command("list", cls=ConductCommand)
def scenario_list(format: Format = FORMAT, plain: bool = PLAIN, lang: Optional[str] = LANG) -> None:
    """List the scenarios."""
    with guard(lang) as language:
        _list_scenarios(format, language, plain)


def _list_scenarios(format: Format, language: str, plain: bool) -> None:
    scenarios = _shipped_scenarios()
    if format is Format.json:
        from ..outputs.protocol import scenarios_json

        emit_json(scenarios_json(scenarios, language))
    else:
        from ..terminal.lists import print_scenarios

        print_scenarios(screen(plain), scenarios, language)


@scenario_app.command("play", cls=ConductCommand)
def scenario_play(
    scenario_id: Optional[str] = typer.Argument(
        None, metavar="[ID]", help="The scenario (see 'conduct scenario list'); without it, the list."),
    quiz: bool = typer.Option(False, "--quiz", help="Let the group vote before each answer and the advice."),
    what_if: bool = typer.Option(False, "--what-if",
                                 help="After the advice, change one answer and see where it leads."),
    no_input: bool = typer.Option(False, "--no-input", help="Play straight through without waiting."),
    format: Format = FORMAT,
    plain: bool = PLAIN,
    lang: Optional[str] = LANG,
) -> None:
    """Play a scenario: the story, each question with the scripted answer, the advice."""
    with guard(lang) as language:
        from ..content.library import load_library
        from ..content.scenarios import find
        from ..walk.replay import replay

        if scenario_id is None:   # which ones are there: the list, to pick from
            _list_scenarios(format, language, plain)
            return
        scenario = find(_shipped_scenarios(), scenario_id)
        library = load_library()
        replayed, problems = replay(scenario, library)
        if replayed is None:
            raise TreeError(problems)
        if format is Format.json:
            from ..outputs.protocol import scenario_json

            emit_json(scenario_json(replayed, library, language))
            return
        from ..terminal.trainer import TerminalIO, play

        shown = screen(plain)
        io = TerminalIO(shown.plain) if interactive(no_input) else None
        play(scenario, replayed, library, language, shown, io, quiz=quiz, what_if=what_if)


def _topic_for_picture(topic_id: str) -> tuple[Any, Any]:
    from ..content.library import load_library
    from ..walk.engine import unknown_topic

    library = load_library()
    topic = library.topic(topic_id)
    if topic is None:
        raise unknown_topic(library, topic_id)
    return library, topic


@tree_app.command("show", cls=ConductCommand)
def tree_show(topic_id: str = typer.Argument(..., metavar="TOPIC"), plain: bool = PLAIN,
              lang: Optional[str] = LANG) -> None:
    """Show a topic's tree: questions, answers, outcomes coloured by verdict, the next contact."""
    with guard(lang) as language:
        from ..terminal.tree import plain_lines, topic_tree

        library, topic = _topic_for_picture(topic_id)
        shown = screen(plain)
        if shown.plain:
            for line in plain_lines(topic, library, language):
                shown.print(line)
        else:
            shown.print(topic_tree(topic, library, language))


@tree_app.command("export", cls=ConductCommand)
def tree_export(
    topic_id: str = typer.Argument(..., metavar="TOPIC"),
    format: ExportFormat = typer.Option(ExportFormat.mermaid, "--format", metavar="<mermaid|dot|svg|json>",
                                        help="mermaid, dot (Graphviz), svg (drawn by Graphviz) or json."),
    direction: Direction = typer.Option(Direction.TB, "--direction", metavar="<TB|LR>",
                                        help="Layout of dot and svg: TB top to bottom (fits a slide), LR left to "
                                             "right."),
    lang: Optional[str] = LANG,
) -> None:
    """Export a topic's tree for slides (Mermaid, Graphviz dot or SVG) or other tools (JSON)."""
    with guard(lang) as language:
        from ..outputs.export import to_dot, to_json, to_mermaid

        library, topic = _topic_for_picture(topic_id)
        if format is ExportFormat.json:
            emit_json(to_json(topic, library))
        elif format is ExportFormat.dot:
            sys.stdout.write(to_dot(topic, library, language, direction.value))
        elif format is ExportFormat.svg:
            from ..outputs.export import to_svg

            sys.stdout.write(to_svg(to_dot(topic, library, language, direction.value)))
        else:
            sys.stdout.write(to_mermaid(topic, library, language))
