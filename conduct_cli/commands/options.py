"""The options several commands share, declared once (typer `Annotated` aliases)."""
from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer


class Format(str, Enum):
    """Output for people or for scripts."""

    text = "text"
    json = "json"


LangOption = Annotated[Optional[str], typer.Option(
    "--lang", help="Language: nl or en (default: CONDUCT_LANG, else your locale).")]
FormatOption = Annotated[Format, typer.Option(
    "--format", help="text for people, json for scripts (see the README for the protocol).")]
PlainOption = Annotated[bool, typer.Option(
    "--plain", help="No colour and no box drawing (easier on screen readers); NO_COLOR does the same.")]
ConfigOption = Annotated[Optional[str], typer.Option(
    "--config", metavar="FILE",
    help="Your organisation's contacts (YAML); default: CONDUCT_CONFIG, then the user config directory.")]
NoInputOption = Annotated[bool, typer.Option(
    "--no-input", help="Never prompt; exit 3 when an answer is missing.")]
