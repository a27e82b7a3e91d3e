"""Data read from a file that remembers where it was written: the mapping and list types the
safe YAML reader builds, so every problem can name its line. Imports nothing, so the schema can
use these types without loading the YAML library.
"""
from __future__ import annotations

from typing import Any


class Mapping(dict[Any, Any]):
    """A dict that knows its own line and the line of each of its keys."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        """The line of a key, or of the mapping itself when the key is not there."""
        return self.key_lines.get(key, self.line)

    @classmethod
    def at(cls, line: int, **items: Any) -> Mapping:
        """A mapping whose keys all sit on `line`."""
        made = cls(items)
        made.line = line
        made.key_lines = dict.fromkeys(items, line)
        return made


class Sequence(list[Any]):
    """A list that knows its own line and the line of each item."""

    line: int = 0
    item_lines: list[int]
