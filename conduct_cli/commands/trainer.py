"""Trainer mode: `conduct scenario list|play` and `conduct tree show|export|init`."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from ..errors import TreeError
from .cli import ConductCommand, ConductGroup
from .guard import content, emit_json, guard, interactive, screen, settings
from .guard import library as library_in_use
from .options import CONFIG, FORMAT, LANG, ORG, PLAIN, TREES, Format

scenario_app = typer.Typer(help="Scenarios for trainers: play a situation in front of a group.",
                           rich_markup_mode=None, no_args_is_help=True, cls=ConductGroup)
tree_app = typer.Typer(help="Pictures of the trees: in the terminal, or for slides and other tools; and "
                            "a copy of them to make your own.",
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


def _scenarios(chosen: Any) -> list[Any]:
    from ..content.scenarios import load_scenarios

    scenarios, problems = load_scenarios(content(chosen))
    if problems:
        raise TreeError(problems)
    return scenarios


def _list_scenarios(chosen: Any, format: Format, language: str, plain: bool) -> None:
    scenarios = _scenarios(chosen)
    if format is Format.json:
        from ..outputs.protocol import scenarios_json

        emit_json(scenarios_json(scenarios, language))
    else:
        from ..terminal.lists import print_scenarios

        print_scenarios(screen(plain), scenarios, language)


@scenario_app.command("list", cls=ConductCommand)
def scenario_list(trees: Optional[str] = TREES, config: Optional[str] = CONFIG, format: Format = FORMAT,
                  plain: bool = PLAIN, lang: Optional[str] = LANG) -> None:
    """List the scenarios."""
    with guard(lang) as language:
        _list_scenarios(settings(config, None, trees), format, language, plain)


@scenario_app.command("play", cls=ConductCommand)
def scenario_play(
    scenario_id: Optional[str] = typer.Argument(
        None, metavar="[ID]", help="The scenario (see 'conduct scenario list'); without it, the list."),
    quiz: bool = typer.Option(False, "--quiz", help="Let the group vote before each answer and the advice."),
    what_if: bool = typer.Option(False, "--what-if",
                                 help="After the advice, change one answer and see where it leads."),
    no_input: bool = typer.Option(False, "--no-input", help="Play straight through without waiting."),
    org: Optional[str] = ORG,
    trees: Optional[str] = TREES,
    config: Optional[str] = CONFIG,
    format: Format = FORMAT,
    plain: bool = PLAIN,
    lang: Optional[str] = LANG,
) -> None:
    """Play a scenario: the story, each question with the scripted answer, the advice.

    A scenario written for one organisation plays under that organisation's code; one written
    for both codes plays under yours (--org), showing what your code says.
    """
    with guard(lang) as language:
        from ..content.scenarios import find
        from ..walk.replay import replay, under

        chosen = settings(config, org, trees)
        if scenario_id is None:   # which ones are there: the list, to pick from
            _list_scenarios(chosen, format, language, plain)
            return
        scenario = find(_scenarios(chosen), scenario_id)
        library, expect = under(scenario, library_in_use(chosen, organisation=False), chosen.profile)
        replayed, problems = replay(scenario, library, expect)
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


def _topic_for_picture(topic_id: str, chosen: Any) -> tuple[Any, Any]:
    from ..walk.engine import unknown_topic

    library = library_in_use(chosen)
    topic = library.topic(topic_id)
    if topic is None:
        raise unknown_topic(library, topic_id)
    return library, topic


@tree_app.command("show", cls=ConductCommand)
def tree_show(topic_id: str = typer.Argument(..., metavar="TOPIC"), org: Optional[str] = ORG,
              trees: Optional[str] = TREES, config: Optional[str] = CONFIG, plain: bool = PLAIN,
              lang: Optional[str] = LANG) -> None:
    """Show a topic's tree: questions, answers, outcomes coloured by verdict, the next contact.

    With an organisation, the tree as that organisation's code has it.
    """
    with guard(lang) as language:
        from ..terminal.tree import plain_lines, topic_tree

        library, topic = _topic_for_picture(topic_id, settings(config, org, trees))
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
    org: Optional[str] = ORG,
    trees: Optional[str] = TREES,
    config: Optional[str] = CONFIG,
    lang: Optional[str] = LANG,
) -> None:
    """Export a topic's tree for slides (Mermaid, Graphviz dot or SVG) or other tools (JSON).

    With an organisation, the tree as that organisation's code has it.
    """
    with guard(lang) as language:
        from ..outputs.export import to_dot, to_json, to_mermaid

        library, topic = _topic_for_picture(topic_id, settings(config, org, trees))
        if format is ExportFormat.json:
            emit_json(to_json(topic, library))
        elif format is ExportFormat.dot:
            sys.stdout.write(to_dot(topic, library, language, direction.value))
        elif format is ExportFormat.svg:
            from ..outputs.export import to_svg

            sys.stdout.write(to_svg(to_dot(topic, library, language, direction.value)))
        else:
            sys.stdout.write(to_mermaid(topic, library, language))


@tree_app.command("init", cls=ConductCommand)
def tree_init(
    folder: str = typer.Argument(..., metavar="DIR", help="An empty or new folder for your own trees."),
    lang: Optional[str] = LANG,
) -> None:
    """Copy the shipped trees into DIR, to adapt to your organisation's own code.

    Then edit them, check them with 'conduct validate DIR', and use them with --trees DIR,
    CONDUCT_TREES or 'trees:' in the config file.
    """
    with guard(lang) as language:
        from ..content.layout import copy_content
        from ..printable import escaped
        from ..words import word

        if not folder:
            from ..errors import EMPTY_VALUE, UsageError

            raise UsageError(EMPTY_VALUE, option="DIR")
        target = copy_content(Path(folder).expanduser())
        from ..content.library import write_checked_snapshot

        try:
            write_checked_snapshot(target)   # the copy is good as it is: checks start fast at once
        except OSError:
            pass                             # only the start is slower; validate says why
        print(word("trees_written", language).format(path=escaped(target)))
