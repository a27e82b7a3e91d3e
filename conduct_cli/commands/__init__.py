"""The command line: thin typer commands that parse options and hand over to the layers below.

Each command runs inside `guard`, which turns the project's errors into one line on standard
error with the documented exit code. Modules below are imported inside the command bodies, so
`--help` and scripted runs load only what they use (and never the prompt library).
"""
from __future__ import annotations

import typer

from .check import check
from .cli import CONTEXT, ConductCommand, ConductGroup
from .lists import config_app, contacts, organisations, topics
from .trainer import scenario_app, tree_app
from .validate import validate

app = typer.Typer(
    name="conduct",
    cls=ConductGroup,
    context_settings=CONTEXT,  # -h as well as --help, for every command
    add_completion=False,
    no_args_is_help=True,      # a bare `conduct` shows the help (exit 0, see cli.py)
    pretty_exceptions_enable=False,
    rich_markup_mode=None,   # plain help: on screen at once, and easy on screen readers
    help="Integrity self-assessment: check a dilemma against your code of conduct.",
)


def _version(shown: bool) -> None:
    if shown:
        from .. import __version__

        print(f"conduct {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")) -> None:
    """Integrity self-assessment: check a dilemma against your code of conduct."""


app.command(cls=ConductCommand)(check)
app.command(cls=ConductCommand)(topics)
app.command(cls=ConductCommand)(organisations)
app.command(cls=ConductCommand)(validate)
app.add_typer(scenario_app, name="scenario")
app.add_typer(tree_app, name="tree")
app.command(cls=ConductCommand)(contacts)
app.add_typer(config_app, name="config")
