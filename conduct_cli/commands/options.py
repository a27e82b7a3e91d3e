"""The options several commands share, declared once.

Each is a typer `Option` used as a parameter's default (`lang: Optional[str] = LANG`). typer's
`Annotated` aliases would read as well, but cost every start of `conduct` several milliseconds
while typer resolves them, so the default-value style is kept throughout.
"""
from __future__ import annotations

from enum import Enum

import typer


class Format(str, Enum):
    """Output for people or for scripts."""

    text = "text"
    json = "json"


LANG = typer.Option(None, "--lang", metavar="<nl|en>",
                    help="Language: nl or en (default: CONDUCT_LANG, else your locale).")
FORMAT = typer.Option(Format.text, "--format", metavar="<text|json>",
                      help="text for people, json for scripts (see the README for the protocol).")
PLAIN = typer.Option(False, "--plain",
                     help="No colour and no box drawing (easier on screen readers); NO_COLOR does the same.")
CONFIG = typer.Option(None, "--config", metavar="FILE",
                      help="Your organisation's contacts (YAML); default: CONDUCT_CONFIG, then the user config "
                           "directory.")
NO_INPUT = typer.Option(False, "--no-input", help="Never prompt; exit 3 when an answer is missing.")
ORG = typer.Option(None, "--org", metavar="ID",
                   help="The organisation you work for, so the advice follows your own code (see 'conduct "
                        "organisations'); default: CONDUCT_ORG, then 'organisation:' in the config file.")
TREES = typer.Option(None, "--trees", metavar="DIR",
                     help="Your organisation's own trees (made with 'conduct tree init DIR'); default: "
                          "CONDUCT_TREES, then 'trees:' in the config file, else the trees that ship with conduct.")
