"""Text from outside the program (a tree, an answer, a file name), made safe to print.

One helper for every output line: control characters are escaped, so nothing a user typed or a
tree holds can move the cursor, change colours or hide a line. And for an output that cannot
show every character (an ASCII terminal, PYTHONIOENCODING=ascii), the same text in ASCII
instead of a failure. Part of the ground floor.
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


_ASCII = {"€": "EUR", "→": "->", "←": "<-", "▶": ">", "●": "*", "•": "*", "✓": "v", "≥": ">=", "≤": "<=",
          "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "×": "x", "\u00a0": " "}
ASCII_FALLBACK = "conduct-ascii"


def _to_ascii(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: what the output cannot encode, as ASCII (é as e, € as EUR)."""
    import unicodedata

    if not isinstance(error, UnicodeEncodeError):
        raise error
    replaced = []
    for ch in error.object[error.start:error.end]:
        plain = _ASCII.get(ch) or unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
        replaced.append(plain or "?")
    return "".join(replaced), error.end


def ascii_fallback() -> str:
    """The name of the codec error handler that writes what an output cannot show as ASCII."""
    import codecs

    codecs.register_error(ASCII_FALLBACK, _to_ascii)
    return ASCII_FALLBACK
