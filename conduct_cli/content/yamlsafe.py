"""Read a YAML file into plain data, safely, remembering the line of every mapping key.

Tree files are input like any other: they may be mistyped, huge, or planted. So this reader
builds values from the parser's event stream itself instead of using a constructor:
- only the standard scalar tags are accepted, so no tag can ever run code;
- aliases are counted by the size of what they repeat, so an alias bomb stops early;
- nesting depth, file size and the number of values are bounded;
- duplicate keys are an error, not a silent overwrite;
- it never recurses, so deep nesting cannot exhaust the stack;
- plain values follow the YAML 1.2 core schema, not PyYAML's YAML 1.1: a value is text unless
  it is exactly a 1.2 integer, float, boolean or null. So yes/no/on/off, 1_000, 1:30 and
  2024-01-01 stay text and 030 is thirty, never an octal 24. Octal (0o17) and hexadecimal
  (0x1F), which 1.2 also reads as integers, are kept as text here: no file of `conduct` needs
  them, and a number written in a way nobody meant must not change silently.
Files a user names (answers, config) are read with every value as the text written
(`as_text`): a phone number keeps its leading 0 and its +, and an answer means exactly what it
means on the command line, because the one answer parser reads both.
libyaml's C parser is used when present, the pure-Python one otherwise.
"""
from __future__ import annotations

import math
import os
import re
import stat
from dataclasses import dataclass
from typing import Any

import yaml

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
    """A file that cannot be read as YAML; `line` is 1-based when known. `message` is English
    (for tree authors); `text` has both languages (for the files a user names).
    """

    def __init__(self, message: str | Text, line: int | None = None):
        self.text = message if isinstance(message, Text) else Text(message, message)
        self.message = self.text.en
        super().__init__(self.message)
        self.line = line


@dataclass
class _Open:
    container: Any
    start_count: int
    anchor: str | None
    key: Any = None
    has_key: bool = False


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MiB" if count >= 1024 * 1024 else f"{count // 1024} KiB"


def _unreadable(error: OSError, path: str, searching: bool = False) -> Text:
    from ..errors import FILE_MISSING, FILE_UNREADABLE, REASON_MISSING, fill, os_reason

    reason = os_reason(error, path, searching)
    return FILE_MISSING if reason is REASON_MISSING else fill(FILE_UNREADABLE, reason=reason)


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def read_text(path: str, max_bytes: int = MAX_BYTES) -> str:
    """The file's text, refusing what is too large, binary or not UTF-8.

    Only a regular file is read: a folder, a FIFO or a device (/dev/zero) is refused before it
    is opened, and it is opened without blocking, so a FIFO put in its place meanwhile cannot
    make `conduct` wait forever.
    """
    from ..errors import FILE_BINARY, FILE_IS_FOLDER, FILE_NOT_REGULAR, FILE_NOT_UTF8, FILE_TOO_LARGE, fill

    try:
        found = os.stat(path)
    except OSError as error:
        raise YamlProblem(_unreadable(error, path, searching=True)) from None
    if stat.S_ISDIR(found.st_mode):
        raise YamlProblem(FILE_IS_FOLDER)
    if not stat.S_ISREG(found.st_mode):
        raise YamlProblem(FILE_NOT_REGULAR)
    try:
        with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise YamlProblem(FILE_NOT_REGULAR)
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise YamlProblem(_unreadable(error, path)) from None
    if len(data) > max_bytes:
        raise YamlProblem(fill(FILE_TOO_LARGE, size=_size(max_bytes)))
    if b"\x00" in data:
        raise YamlProblem(FILE_BINARY)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise YamlProblem(fill(FILE_NOT_UTF8, byte=error.start), line) from None
    return text.removeprefix("\ufeff")


_MAYBE_TYPED = frozenset("0123456789+-.~nNtTfF")   # how a 1.2 int, float, bool or null can begin
_NULL = frozenset(("", "~", "null", "Null", "NULL"))
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = frozenset((".inf", ".Inf", ".INF"))
_NAN = frozenset((".nan", ".NaN", ".NAN"))


def _core(value: str) -> Any:
    """A plain value as the YAML 1.2 core schema reads it (octal and hex kept as text)."""
    if value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.fullmatch(value):
        return int(value)
    if _FLOAT.fullmatch(value):
        return float(value)
    if (value[1:] if value[:1] in "+-" else value) in _INF:
        return -math.inf if value[0] == "-" else math.inf
    if value in _NAN:
        return math.nan
    return value


def _tagged(tag: str, value: str, line: int) -> Any:
    """A value with an explicit standard tag (`!!int 15`): it must be what the tag says."""
    if tag == "tag:yaml.org,2002:str":
        return value
    found = _core(value)
    kind = tag.rsplit(":", 1)[-1]
    fits = {"int": type(found) is int, "float": type(found) in (int, float),
            "bool": type(found) is bool, "null": found is None}[kind]
    if not fits:
        raise YamlProblem(f"'{value}' is not a valid {kind}", line)
    return float(found) if kind == "float" else found


def _scalar(event: Any, as_text: bool) -> Any:
    tag = event.tag
    value = event.value
    if tag is None or tag == "!":
        if not event.implicit[0]:
            return value                       # quoted or block text
        if as_text:
            return None if value in _NULL else value
        if value and value[0] not in _MAYBE_TYPED:
            return value                       # plain text (yes/no/on/off too, as in YAML 1.2)
        try:
            return _core(value)
        except ValueError:   # an integer of thousands of digits, more than Python reads
            raise YamlProblem("a number with too many digits", event.start_mark.line + 1) from None
    if tag not in _ALLOWED_TAGS:
        raise YamlProblem(f"tag '{tag}' is not allowed in a tree file", event.start_mark.line + 1)
    try:
        return _tagged(tag, value, event.start_mark.line + 1)
    except ValueError:
        raise YamlProblem("a number with too many digits", event.start_mark.line + 1) from None


def loads(text: str, as_text: bool = False) -> Any:
    """Parse one YAML document into Mapping/Sequence/scalars. Raises YamlProblem.

    With `as_text`, every plain value is the text as written (only an empty value, ~ and null
    are nothing), for files whose values are text or are parsed by what they answer.
    """
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
                value = _scalar(event, as_text)
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
    """A file the user names (answers, config): its data with every value the text as written,
    or one UsageError line naming it.
    """
    from ..errors import USER_FILE_PROBLEM, UsageError

    try:
        return loads(read_text(path, max_bytes=max_bytes), as_text=True)
    except YamlProblem as problem:
        where = f"{path}:{problem.line}" if problem.line else path
        raise UsageError(USER_FILE_PROBLEM, kind=kind, where=where, problem=problem.text) from None
