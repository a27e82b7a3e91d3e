"""The command line: thin typer commands that parse options and hand over to the layers below.

Each command runs inside `guard`, which turns the project's errors into one line on standard
error with the documented exit code. Modules below are imported inside the command bodies, so
`--help` and scripted runs load only what they use (and never the prompt library).
"""
from __future__ import annotations

import typer

from .check import check
from .lists import config_app, contacts, organisations, topics
from .trainer import scenario_app, tree_app
from .validate import validate

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,   # plain help: on screen at once, and easy on screen readers
    help="Integrity self-assessment: check a dilemma against your code of conduct.",
)
app.command()(check)
app.command()(topics)
app.command()(organisations)
app.command()(validate)
app.add_typer(scenario_app, name="scenario")
app.add_typer(tree_app, name="tree")
app.command()(contacts)
app.add_typer(config_app, name="config")
