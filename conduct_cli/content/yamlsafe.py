"""Read a YAML file into plain data, safely, remembering the line of every mapping key.

Tree files are input like any other: they may be mistyped, huge, or planted. So this reader
builds values from the parser's event stream itself instead of using a constructor:
- only the standard scalar tags are accepted, so no tag can ever run code;
- aliases are counted by the size of what they repeat, so an alias bomb stops early;
- nesting depth, file size and the number of values are bounded;
- duplicate keys are an error, not a silent overwrite;
- it never recurses, so deep nesting cannot exhaust the stack;
- as in YAML 1.2, only true/false are booleans: yes, no, on and off stay text.
libyaml's C parser is used when present, the pure-Python one otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode

from ..bilingual import Text
from .located import Mapping, Sequence

try:  # pragma: no cover - depends on how PyYAML was built
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 2 * 1024 * 1024   # a tree file larger than 2 MiB is refused unread
MAX_DEPTH = 64                # mappings and lists nested deeper than this are refused
MAX_VALUES = 500_000          # values, counting every value an alias repeats

_ALLOWED_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
}


class YamlProblem(Exception):
    """A file that cannot be read as YAML; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class _Open:
    container: Any
    start_count: int
    anchor: str | None
    key: Any = None
    has_key: bool = False


_constructor = SafeConstructor()


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MiB" if count >= 1024 * 1024 else f"{count // 1024} KiB"


def read_text(path: str, max_bytes: int = MAX_BYTES) -> str:
    """The file's text, refusing what is too large, binary or not UTF-8."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise YamlProblem("the file does not exist") from None
    except IsADirectoryError:
        raise YamlProblem("is a folder, not a file") from None
    except OSError as error:
        raise YamlProblem(f"the file cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise YamlProblem(f"the file is larger than the limit of {_size(max_bytes)}")
    if b"\x00" in data:
        raise YamlProblem("the file is a binary file, not YAML text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise YamlProblem(f"the file is not UTF-8 text (byte {error.start})", line) from None
    return text.removeprefix("\ufeff")


_MAYBE_TYPED = frozenset("0123456789+-.~")   # how a plain int, float or null can begin


def _scalar(event: Any, loader: Any) -> Any:
    tag = event.tag
    value = event.value
    if tag is None or tag == "!":
        if not event.implicit[0]:
            return value                       # quoted or block text
        if value and value[0] not in _MAYBE_TYPED and value.lower() not in ("true", "false", "null"):
            return value                       # plain text (yes/no/on/off too, as in YAML 1.2)
        tag = loader.resolve(ScalarNode, value, event.implicit)
    elif tag not in _ALLOWED_TAGS:
        raise YamlProblem(f"tag '{tag}' is not allowed in a tree file", event.start_mark.line + 1)
    if (tag == "tag:yaml.org,2002:bool" and event.implicit[0]
            and value.lower() not in ("true", "false")):
        return value
    if tag not in _ALLOWED_TAGS:
        # implicit timestamps, binary and merge keys: keep the text as it was written
        return value
    return _constructor.construct_object(ScalarNode(tag, value))


def loads(text: str) -> Any:
    """Parse one YAML document into Mapping/Sequence/scalars. Raises YamlProblem."""
    loader = _Loader(text)
    stack: list[_Open] = []
    anchors: dict[str, tuple[Any, int]] = {}
    root: Any = None
    have_root = False
    documents = 0
    count = 0

    def place(value: Any, line: int, weight: int) -> None:
        nonlocal root, have_root, count
        count += weight
        if count > MAX_VALUES:
            raise YamlProblem(f"the file holds more than {MAX_VALUES} values (an alias bomb?)", line)
        if not stack:
            root, have_root = value, True
            return
        top = stack[-1]
        container = top.container
        if type(container) is Sequence:
            container.append(value)
            container.item_lines.append(line)
        elif not top.has_key:
            if isinstance(value, (Mapping, Sequence)):
                raise YamlProblem("a key must be a plain value, not a mapping or list", line)
            if value in container.key_lines:
                raise YamlProblem(f"duplicate key '{value}'", line)
            top.key, top.has_key = value, True
            container.key_lines[value] = line
        else:
            container[top.key] = value
            top.has_key = False

    ScalarEvent, AliasEvent = yaml.ScalarEvent, yaml.AliasEvent
    MappingStart, SequenceStart = yaml.MappingStartEvent, yaml.SequenceStartEvent
    MappingEnd, SequenceEnd = yaml.MappingEndEvent, yaml.SequenceEndEvent
    get_event = loader.get_event
    try:
        while True:
            event: Any = get_event()
            kind = type(event)
            if kind is ScalarEvent:             # by far the most common: checked first
                line = event.start_mark.line + 1
                value = _scalar(event, loader)
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
                place(value, line, 1)
            elif kind is MappingEnd or kind is SequenceEnd:
                done = stack.pop()
                weight = count - done.start_count + 1
                count = done.start_count
                if done.anchor:
                    anchors[done.anchor] = (done.container, weight)
                place(done.container, done.container.line, weight)
            elif kind is MappingStart or kind is SequenceStart:
                line = event.start_mark.line + 1
                if event.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                    raise YamlProblem(f"tag '{event.tag}' is not allowed in a tree file", line)
                if len(stack) >= MAX_DEPTH:
                    raise YamlProblem(f"the file is nested deeper than the limit of {MAX_DEPTH} levels", line)
                if kind is MappingStart:
                    container: Any = Mapping()
                    container.key_lines = {}
                else:
                    container = Sequence()
                    container.item_lines = []
                container.line = line
                stack.append(_Open(container, count, event.anchor))
            elif kind is AliasEvent:
                line = event.start_mark.line + 1
                if event.anchor not in anchors:
                    raise YamlProblem(f"unknown alias '*{event.anchor}'", line)
                value, weight = anchors[event.anchor]
                place(value, line, weight)
            elif event is None or isinstance(event, yaml.StreamEndEvent):
                break
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    line = event.start_mark.line + 1 if event.start_mark else None
                    raise YamlProblem("the file holds more than one YAML document", line)
    except yaml.MarkedYAMLError as error:
        mark: Any = error.problem_mark or error.context_mark
        problem = (error.problem or error.context or "not valid YAML").strip()
        raise YamlProblem(f"YAML syntax error: {problem}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"YAML error: {str(error).splitlines()[0]}") from None
    except RecursionError:  # pragma: no cover - the reader is iterative; belt and braces
        raise YamlProblem(f"the file is nested deeper than the limit of {MAX_DEPTH} levels") from None
    finally:
        loader.dispose()
    return root if have_root else None


def load_file(path: str) -> Any:
    """A tree file's data. Raises YamlProblem."""
    return loads(read_text(path))


def load_user_file(path: str, max_bytes: int, kind: Text) -> Any:
    """A file the user names (answers, config): its data, or one UsageError line naming it."""
    from ..errors import USER_FILE_PROBLEM, UsageError

    try:
        return loads(read_text(path, max_bytes=max_bytes))
    except YamlProblem as problem:
        where = f"{path}:{problem.line}" if problem.line else path
        raise UsageError(USER_FILE_PROBLEM, kind=kind, where=where, problem=problem.message) from None
