"""A compiled copy of a trees folder, so a check starts without the YAML parser.

`conduct` is opened in a moment of doubt and must be on screen at once; parsing YAML (and
importing a YAML library) is most of what it would otherwise do before the first question.
The build compiles the shipped trees once into `compiled.json` beside them, with a hash of
every source file. At start the hashes are compared with the files as they are now: if any
tree was edited since, the snapshot is ignored and the YAML is read as usual, so the snapshot
can be stale but never wrong. `conduct validate` always reads the YAML.

An organisation's own trees get the same fast path once they are known to be good: `conduct
tree init` and a `conduct validate DIR` without problems write a snapshot marked `checked`
(schema, graph, every profile, policy rules and scenarios all passed for exactly these files).
Only such a snapshot stands in for the full check of own trees at start.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from .. import bilingual
from . import model, verdicts
from .layout import ContentDir
from .model import Library

FILE_NAME = "compiled.json"
FORMAT = 4
_TYPES = {cls.__name__: cls for cls in (
    bilingual.Text, model.Choice, model.Band, model.Question, model.Source, model.Handover,
    model.Outcome, model.Route, model.OrganisationRoute, model.Organisation, model.Topic, model.ContactRole,
    model.SourceCode, model.Library)}
_ENUMS = {"Verdict": verdicts.Verdict, "QuestionKind": model.QuestionKind}


def fingerprint(content: ContentDir) -> dict[str, str]:
    """Size and CRC-32 of every source file: enough to notice an edit (this guards against a
    stale copy, not against tampering: whoever can edit the snapshot can edit the trees).
    """
    result = {}
    for f in content.source_files():
        data = f.read_bytes()
        result[f.relative_to(content.root).as_posix()] = f"{len(data)}:{zlib.crc32(data):08x}"
    return result


def _encode(value: Any) -> Any:
    if isinstance(value, model.Library):   # each topic as a JSON text of its own: decoded on first use
        topics = {"$lazy": [[k, json.dumps(_encode(t), ensure_ascii=False, separators=(",", ":"))]
                            for k, t in value.topics.items()]}
        return {"$t": "Library", "f": [topics, *(_encode(v) for v in value[1:])]}
    if isinstance(value, Enum):
        return {"$e": type(value).__name__, "v": value.value}
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {"$t": type(value).__name__, "f": [_encode(v) for v in value]}
    if isinstance(value, (list, tuple)):
        return {"$l": [_encode(v) for v in value]}
    if isinstance(value, dict):
        return {"$d": [[k, _encode(v)] for k, v in value.items()]}
    return value


def _decode(value: dict[str, Any]) -> Any:
    """One JSON object back to what it encodes. Called by the JSON parser for every object,
    innermost first, so the values inside are decoded already (faster than a second walk).
    """
    if "$t" in value:
        return _TYPES[value["$t"]](*value["f"])
    if "$l" in value:
        return tuple(value["$l"])
    if "$d" in value:
        return dict(value["$d"])
    if "$e" in value:
        return _ENUMS[value["$e"]](value["v"])
    if "$lazy" in value:
        texts = dict(value["$lazy"])
        return model.LazyMapping(texts, lambda key: _topic(texts[key]))
    return value


# what decoding a file damaged by hand raises
DAMAGED = (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError)


def _topic(text: str) -> model.Topic:
    """One topic of the snapshot, decoded. Raises one of `DAMAGED` if the text is not a topic."""
    topic = json.loads(text, object_hook=_decode)
    if not isinstance(topic, model.Topic):
        raise ValueError("not a topic")
    return topic


def dumps(library: Library, content: ContentDir, checked: bool = False) -> str:
    """The compiled form of a library read from `content`; `checked` when the files passed
    every check of `conduct validate`.
    """
    return json.dumps({"format": FORMAT, "checked": checked, "sources": fingerprint(content),
                       "library": _encode(library)}, ensure_ascii=False, separators=(",", ":"))


def load(content: ContentDir, checked: bool = False,
         fallback: Callable[[str], model.Topic] | None = None) -> Library | None:
    """The compiled library, or None when there is none, any tree changed since, or (with
    `checked`) the snapshot was not written after a full check. Topics are decoded on first
    use; one that cannot be decoded (the file damaged by hand) comes from `fallback` (its id),
    or raises ValueError without one.
    """
    path = content.root / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_hook=_decode)
        if data.get("format") != FORMAT or data.get("sources") != fingerprint(content):
            return None
        if checked and data.get("checked") is not True:
            return None
        library = data["library"]
    except (OSError, MemoryError, *DAMAGED):
        return None   # unreadable, damaged or planted (nested too deep to parse): read the trees instead
    if not isinstance(library, Library):
        return None
    if fallback is not None and isinstance(library.topics, model.LazyMapping):
        compiled, read_instead = library.topics, fallback

        def topic(topic_id: str) -> model.Topic:
            try:
                return compiled[topic_id]
            except DAMAGED:
                return read_instead(topic_id)

        library = library._replace(topics=model.LazyMapping(compiled, topic))
    return library


def write(library: Library, content: ContentDir, target: Path, checked: bool = False) -> None:
    """Write the compiled form of `library`, read from `content`, to `target` (the build, or
    an organisation's checked trees). Raises OSError.
    """
    target.write_text(dumps(library, content, checked), encoding="utf-8")
