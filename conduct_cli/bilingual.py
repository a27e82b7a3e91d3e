"""A user-facing text in both languages. Part of the ground floor: it imports nothing."""
from __future__ import annotations

from typing import NamedTuple

LANGUAGES = ("nl", "en")


class Text(NamedTuple):
    """A user-facing text in both languages; Dutch is the original."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        """The text in `lang` ("nl" or "en")."""
        return self.nl if lang == "nl" else self.en
