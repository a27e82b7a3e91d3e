"""Text from outside the program (a tree, an answer, a file name), made safe to print.

One helper for every output line: control characters are escaped, so nothing a user typed or a
tree holds can move the cursor, change colours or hide a line. Part of the ground floor.
"""
from __future__ import annotations

from typing import Any


def escaped(value: Any) -> str:
    r"""`value` as text with every non-printable character written as an escape (`\x1b`)."""
    text = str(value)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)


def shown(value: Any, limit: int = 40) -> str:
    """A user's value as safe, short text for a message: escaped, and cut at `limit`."""
    text = escaped(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def clean(text: str) -> str:
    """Tree or user text, safe to print: escaped line by line, newlines kept."""
    return "\n".join(escaped(line) for line in str(text).split("\n"))
