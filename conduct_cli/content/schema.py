"""Tree files to model: schema checks with file, line and node in every problem.

Reads the data of one file (a topic, the contact roles, the sources) and reports every problem
it can find in one pass (an author fixing a tree wants the whole list); builds the model only
from a file without problems. Which files there are is `layout`'s business; graph checks that
need the whole tree (reachability, cycles, links between topics) live in `validation`. Each
node kind has one reader, listed in `NODE_READERS`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeGuard

from ..errors import Problem
from .located import Mapping, Sequence
from .model import (
    ANSWER_LABELS,
    LANGUAGES,
    NOT_SURE,
    OTHER_ORGANISATION,
    Band,
    Choice,
    ContactRole,
    Handover,
    Node,
    OrganisationRoute,
    Outcome,
    Question,
    QuestionKind,
    Route,
    Source,
    SourceCode,
    Text,
    Topic,
    Verdict,
)

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
START_LINE = ":start"  # key in Topic.lines for the line of the topic's 'start' field


class Checker:
    """Collects problems for one file while reading its data: the shared field, text and id
    checks of every file kind (topics, contacts, sources, scenarios, policies).
    """

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []

    def add(self, message: str, line: int | None = None, node: str | None = None) -> None:
        """Record a problem at a line (and node)."""
        self.problems.append(Problem(self.file, message, line, node))

    def mapping(self, value: Any, what: str, line: int | None, node: str | None = None) -> TypeGuard[Mapping]:
        """Whether `value` is a mapping; a problem if not."""
        if not isinstance(value, Mapping):
            self.add(f"{what} must be a mapping, not {_type_name(value)}", line, node)
            return False
        return True

    def fields(self, data: Mapping, required: set[str], optional: set[str],
               what: str, node: str | None = None) -> None:
        """A problem for every unknown field and every missing required one."""
        for key in data:
            if key not in required and key not in optional:
                allowed = ", ".join(sorted(required | optional))
                self.add(f"unknown field '{key}' in {what} (allowed: {allowed})",
                         data.line_of(key), node)
        for key in sorted(required):
            if key not in data:
                self.add(f"missing field '{key}' in {what}", data.line, node)

    def text(self, data: Mapping, key: str, node: str | None = None,
             what: str | None = None) -> Text | None:
        """The bilingual text under `key`: both languages, printable; None and a problem if not.

        A missing key is not reported here: `fields` reports it once, as a missing field.
        """
        if key not in data:
            return None
        value = data.get(key)
        line = data.line_of(key)
        label = what or f"'{key}'"
        if not isinstance(value, Mapping):
            self.add(f"{label} must have a Dutch and an English text ({{nl: ..., en: ...}}), "
                     f"not {_type_name(value)}", line, node)
            return None
        texts = {}
        for lang in LANGUAGES:
            text = value.get(lang)
            where = value.line_of(lang)
            if not isinstance(text, str) or not text.strip():
                self.add(f"{label} has no {'Dutch' if lang == 'nl' else 'English'} text ('{lang}')",
                         where, node)
            elif not text.replace("\n", "").isprintable():
                self.add(f"{label} ('{lang}') contains a control character; only printable text "
                         "is allowed", where, node)
            else:
                texts[lang] = text.strip()
        for extra in value:
            if extra not in LANGUAGES:
                self.add(f"{label} has an unknown language '{extra}' (allowed: nl, en)",
                         value.line_of(extra), node)
        return Text(**texts) if len(texts) == 2 else None

    def tags(self, value: Any, line: int | None, node: str | None = None) -> tuple[str, ...]:
        """A list of tag ids (lower-case ids); problems for anything else."""
        if not isinstance(value, Sequence):
            self.add(f"tags must be a list of tag ids, e.g. [acute_danger]; got {_show(value)}", line, node)
            return ()
        found = [self.ident(item, "a tag", value.item_lines[index], node) for index, item in enumerate(value)]
        return tuple(tag for tag in found if tag)

    def flag(self, data: Mapping, key: str, node: str | None = None) -> bool:
        """An optional true/false field; false when absent, a problem when not a boolean."""
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.add(f"'{key}' must be true or false; got {_show(value)}", data.line_of(key), node)
            return False
        return value

    def item_text(self, items: Sequence, index: int, node: str | None, what: str) -> Text | None:
        """The text that is item `index` of a list (an advice step, a discussion question)."""
        holder = Mapping.at(items.item_lines[index], item=items[index])
        return self.text(holder, "item", node, what=what)

    def ident(self, value: Any, what: str, line: int | None, node: str | None = None) -> str | None:
        """`value` if it is a valid id; None and a problem if not."""
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.add(f"{what} must be an id of lower-case letters, digits and '_', starting "
                     f"with a letter; got {_show(value)}", line, node)
            return None
        return value


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (int, float)):
        return "a number"
    return type(value).__name__


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def read(path: str) -> tuple[Any, list[Problem]]:
    """A file's data, or the problem that stops it from being read."""
    from . import yamlsafe  # not at the top: a start from the compiled trees needs no YAML

    try:
        return yamlsafe.load_file(path), []
    except yamlsafe.YamlProblem as problem:
        return None, [Problem(path, problem.message, problem.line)]


# --- topics ------------------------------------------------------------------------------------

_QUESTION_FIELDS = {
    QuestionKind.CHOICE: ({"kind", "text", "choices", "not_sure"}, {"help", "short", "fact", "tags"}),
    QuestionKind.YES_NO: ({"kind", "text", "if_yes", "if_no", "not_sure"}, {"help", "short", "fact", "tags"}),
    QuestionKind.AMOUNT: ({"kind", "text", "unit", "bands", "not_sure"}, {"help", "short", "fact"}),
}
_OUTCOME_FIELDS = ({"kind", "verdict", "title", "advice", "contacts", "sources"}, {"handover", "tags"})
_ROUTE_FIELDS: tuple[set[str], set[str]] = ({"kind", "topic"}, {"at"})


def _target(check: Checker, data: Mapping, key: str, node: str) -> str:
    if key not in data:
        return ""  # reported as a missing field already
    value = data.get(key)
    return check.ident(value, f"'{key}'", data.line_of(key), node) or ""


def _question(check: Checker, node_id: str, data: Mapping, kind: QuestionKind) -> Question | None:
    labels = ANSWER_LABELS.__getitem__
    required, optional = _QUESTION_FIELDS[kind]
    check.fields(data, required, optional, f"a {kind.value} question", node_id)
    before = len(check.problems)
    text = check.text(data, "text", node_id)
    help_text = check.text(data, "help", node_id) if "help" in data else None
    short = check.text(data, "short", node_id) if "short" in data else None
    choices: list[Choice] = []
    bands: list[Band] = []
    unit = None
    if kind is QuestionKind.CHOICE:
        raw = data.get("choices")
        if not isinstance(raw, Sequence) or not raw:
            check.add("'choices' must be a list of at least one choice", data.line_of("choices"), node_id)
        else:
            seen: set[str] = set()
            for index, item in enumerate(raw):
                line = raw.item_lines[index]
                if not check.mapping(item, f"choice {index + 1}", line, node_id):
                    continue
                check.fields(item, {"value", "label", "next"}, set(), "a choice", node_id)
                value = check.ident(item.get("value"), "a choice's 'value'", item.line_of("value"), node_id)
                if value == NOT_SURE:
                    check.add("'not_sure' is added to every question; use the 'not_sure' field",
                              item.line_of("value"), node_id)
                elif value in seen:
                    check.add(f"duplicate choice value '{value}'", item.line_of("value"), node_id)
                if value:
                    seen.add(value)
                label = check.text(item, "label", node_id, what=f"the label of choice '{value}'")
                target = _target(check, item, "next", node_id)
                if value and label and target:
                    choices.append(Choice(value, label, target))
    elif kind is QuestionKind.YES_NO:
        yes, no = _target(check, data, "if_yes", node_id), _target(check, data, "if_no", node_id)
        choices = [Choice("yes", labels("yes"), yes), Choice("no", labels("no"), no)]
    else:
        unit = data.get("unit")
        if unit != "EUR":
            check.add(f"'unit' must be EUR; got {_show(unit)}", data.line_of("unit"), node_id)
        raw = data.get("bands")
        if not isinstance(raw, Sequence) or not raw:
            check.add("'bands' must be a list of at least one band", data.line_of("bands"), node_id)
        else:
            previous = None
            for index, item in enumerate(raw):
                line = raw.item_lines[index]
                if not check.mapping(item, f"band {index + 1}", line, node_id):
                    continue
                last = index == len(raw) - 1
                check.fields(item, {"next"} if last else {"next", "below"}, set(),
                             "the last band (which catches every larger amount)" if last else "a band",
                             node_id)
                below = item.get("below")
                if not last:
                    if isinstance(below, bool) or not isinstance(below, (int, float)) or below <= 0:
                        check.add(f"a band's 'below' must be a positive number; got {_show(below)}",
                                  item.line_of("below"), node_id)
                        below = None
                    elif previous is not None and below <= previous:
                        check.add("bands must be in increasing order of 'below'",
                                  item.line_of("below"), node_id)
                    else:
                        previous = below
                target = _target(check, item, "next", node_id)
                bands.append(Band(float(below) if isinstance(below, (int, float)) and not last else None, target))
    not_sure = _target(check, data, "not_sure", node_id)
    fact = check.ident(data.get("fact"), "'fact'", data.line_of("fact"), node_id) if "fact" in data else None
    values = {c.value for c in choices} | {NOT_SURE}
    tags: dict[str, tuple[str, ...]] = {}
    raw = data.get("tags", Mapping())
    if not isinstance(raw, Mapping):
        check.add("'tags' must map answers to lists of tags, e.g. {yes: [acute_danger]}", data.line_of("tags"), node_id)
    else:
        for value, listed in raw.items():
            if value not in values:
                check.add(f"'tags' names '{value}', which is not an answer to this question "
                          f"(answers: {', '.join(sorted(values))})", raw.line_of(value), node_id)
                continue
            tags[value] = check.tags(listed, raw.line_of(value), node_id)
    if len(check.problems) > before or text is None:
        return None
    choices.append(Choice(NOT_SURE, labels(NOT_SURE), not_sure))
    return Question(node_id, kind, text, tuple(choices), help_text, unit, tuple(bands), fact, tags, short)


def _outcome(check: Checker, node_id: str, data: Mapping) -> Outcome | None:
    required, optional = _OUTCOME_FIELDS
    check.fields(data, required, optional, "an outcome", node_id)
    before = len(check.problems)
    verdict = None
    raw_verdict = data.get("verdict")
    try:
        verdict = Verdict(raw_verdict)
    except ValueError:
        allowed = ", ".join(v.value for v in Verdict)
        check.add(f"unknown verdict {_show(raw_verdict)} (allowed: {allowed})",
                  data.line_of("verdict"), node_id)
    title = check.text(data, "title", node_id)
    advice: list[Text] = []
    raw = data.get("advice")
    if not isinstance(raw, Sequence) or not raw:
        check.add("'advice' must be a list of at least one step", data.line_of("advice"), node_id)
    else:
        for index in range(len(raw)):
            step = check.item_text(raw, index, node_id, what=f"advice step {index + 1}")
            if step:
                advice.append(step)
    contacts: list[str] = []
    raw = data.get("contacts")
    if not isinstance(raw, Sequence) or not raw:
        check.add("'contacts' must be a list of at least one contact role", data.line_of("contacts"), node_id)
    else:
        for index, item in enumerate(raw):
            role = check.ident(item, "a contact", raw.item_lines[index], node_id)
            if role:
                contacts.append(role)
    sources: list[Source] = []
    raw = data.get("sources")
    if not isinstance(raw, Sequence) or not raw:
        check.add("'sources' must be a list of at least one source", data.line_of("sources"), node_id)
    else:
        for index, item in enumerate(raw):
            if not check.mapping(item, f"source {index + 1}", raw.item_lines[index], node_id):
                continue
            check.fields(item, {"code", "section"}, set(), "a source", node_id)
            code, section = item.get("code"), item.get("section")
            if not isinstance(code, str) or not isinstance(section, (str, int, float)) or not str(section).strip():
                check.add("a source needs a 'code' and a 'section'", item.line, node_id)
            else:
                sources.append(Source(code, str(section).strip()))
    handover = None
    if "handover" in data:
        raw = data["handover"]
        if check.mapping(raw, "'handover'", data.line_of("handover"), node_id):
            check.fields(raw, {"topic", "text"}, set(), "a handover", node_id)
            topic = check.ident(raw.get("topic"), "the handover's 'topic'", raw.line_of("topic"), node_id)
            text = check.text(raw, "text", node_id, what="the handover's 'text'")
            if topic and text:
                handover = Handover(topic, text)
    tags = check.tags(data["tags"], data.line_of("tags"), node_id) if "tags" in data else ()
    if len(check.problems) > before or verdict is None or title is None:
        return None
    return Outcome(node_id, verdict, title, tuple(advice), tuple(contacts), tuple(sources), handover, tags)


def _route(check: Checker, node_id: str, data: Mapping) -> Route | None:
    before = len(check.problems)
    check.fields(data, *_ROUTE_FIELDS, "a route", node_id)
    target = check.ident(data.get("topic"), "a route's 'topic'", data.line_of("topic"), node_id)
    at = check.ident(data.get("at"), "a route's 'at'", data.line_of("at"), node_id) if "at" in data else None
    return Route(node_id, target, at) if target and len(check.problems) == before else None


def _by_organisation(check: Checker, node_id: str, data: Mapping) -> OrganisationRoute | None:
    """Where the codes differ: `ORGANISATION_ID: node` for each organisation, and `other`."""
    before = len(check.problems)
    if OTHER_ORGANISATION not in data:
        check.add(f"missing field '{OTHER_ORGANISATION}' in a by_organisation node (where a walk without "
                  "an organisation goes: both codes, the stricter rule)", data.line, node_id)
    routes: list[tuple[str, str]] = []
    for key in data:
        if key in ("kind", OTHER_ORGANISATION):
            continue
        if check.ident(key, "an organisation id", data.line_of(key), node_id):
            routes.append((key, _target(check, data, key, node_id)))
    if not routes:
        check.add("a by_organisation node must name at least one organisation", data.line, node_id)
    other = _target(check, data, OTHER_ORGANISATION, node_id)
    if len(check.problems) > before:
        return None
    return OrganisationRoute(node_id, tuple(routes), other)


NodeReader = Callable[[Checker, str, Mapping], Node | None]

# One reader per node kind, by the `kind` a tree file gives. A new kind is a reader here, a
# type with steps() and links() in `model`, a case in the engine, and a drawing in each picture.
NODE_READERS: dict[str, NodeReader] = {
    QuestionKind.CHOICE.value: lambda c, i, d: _question(c, i, d, QuestionKind.CHOICE),
    QuestionKind.YES_NO.value: lambda c, i, d: _question(c, i, d, QuestionKind.YES_NO),
    QuestionKind.AMOUNT.value: lambda c, i, d: _question(c, i, d, QuestionKind.AMOUNT),
    "outcome": _outcome,
    "route": _route,
    "by_organisation": _by_organisation,
}


def parse_topic(data: Any, file: str) -> tuple[Topic | None, list[Problem]]:
    """Build a Topic from a file's data; returns the problems found (schema only)."""
    check = Checker(file)
    if not check.mapping(data, "a topic file", 1):
        return None, check.problems
    check.fields(data, {"id", "title", "summary", "start", "nodes"}, set(), "a topic")
    topic_id = check.ident(data.get("id"), "'id'", data.line_of("id"))
    title = check.text(data, "title")
    summary = check.text(data, "summary")
    start = check.ident(data.get("start"), "'start'", data.line_of("start"))
    raw_nodes = data.get("nodes")
    nodes: dict[str, Node] = {}
    lines: dict[str, int] = {START_LINE: data.line_of("start")}
    if not isinstance(raw_nodes, Mapping) or not raw_nodes:
        check.add("'nodes' must be a mapping of node ids to nodes", data.line_of("nodes"))
    else:
        for node_id, raw in raw_nodes.items():
            line = raw_nodes.line_of(node_id)
            if not check.ident(node_id, "a node id", line):
                continue
            lines[node_id] = line
            if not check.mapping(raw, "a node", line, node_id):
                continue
            kind = raw.get("kind")
            reader = NODE_READERS.get(kind) if isinstance(kind, str) else None
            if reader is None:
                check.add(f"unknown kind {_show(kind)} (allowed: {', '.join(NODE_READERS)})",
                          raw.line_of("kind"), node_id)
                continue
            node = reader(check, node_id, raw)
            if node is not None:
                nodes[node_id] = node
    if topic_id and Path(file).stem != topic_id:
        check.add(f"the topic id '{topic_id}' must match the file name '{Path(file).name}'",
                  data.line_of("id"))
    if check.problems or not (topic_id and title and summary and start):
        return None, check.problems
    return Topic(topic_id, title, summary, start, nodes, file, lines), []


def load_topic(path: str) -> tuple[Topic | None, list[Problem]]:
    """A topic file as a Topic, or the problems found in it."""
    data, problems = read(path)
    if problems:
        return None, problems
    return parse_topic(data, path)


# --- contacts and sources ------------------------------------------------------------------------

def _entries(path: str, key: str, file_what: str, entry_what: str,
             is_id: Callable[[Checker, Any, int | None], bool]) -> tuple[Checker, Iterator[tuple[str, Mapping]]]:
    """The entries under `key` of a contacts or sources file, each a mapping with its id, in
    file order; what is wrong (the file, the map, an id, an entry) goes to the checker's
    problems as the entries are taken, so problems stay in the order of the file.
    """
    data, problems = read(path)
    check = Checker(path)
    check.problems += problems

    def entries() -> Iterator[tuple[str, Mapping]]:
        if problems or not check.mapping(data, file_what, 1) or \
                not check.mapping(data.get(key), f"'{key}'", data.line_of(key)):
            return
        for entry_id, raw in data[key].items():
            line = data[key].line_of(entry_id)
            if is_id(check, entry_id, line) and check.mapping(raw, entry_what, line, str(entry_id)):
                yield entry_id, raw

    return check, entries()


def load_roles(path: str) -> tuple[dict[str, ContactRole], list[Problem]]:
    """The contact roles of a contacts file, and the problems found in it."""
    check, entries = _entries(path, "roles", "a contacts file", "a role",
                              lambda check, role_id, line: check.ident(role_id, "a role id", line) is not None)
    roles: dict[str, ContactRole] = {}
    for role_id, raw in entries:
        check.fields(raw, {"name", "purpose", "confidentiality"}, {"law"}, "a contact role", role_id)
        name, purpose, secrecy = (check.text(raw, key, role_id) for key in ("name", "purpose", "confidentiality"))
        law = check.flag(raw, "law", role_id)
        if name and purpose and secrecy:
            roles[role_id] = ContactRole(role_id, name, purpose, secrecy, law)
    return roles, check.problems


def load_codes(path: str) -> tuple[dict[str, SourceCode], list[Problem]]:
    """The citable codes of a sources file, and the problems found in it."""
    check, entries = _entries(path, "codes", "a sources file", "a source code",
                              lambda check, code_id, line: isinstance(code_id, str))
    codes: dict[str, SourceCode] = {}
    for code_id, raw in entries:
        check.fields(raw, {"title", "reference"}, {"law"}, "a source code", code_id)
        title = check.text(raw, "title", code_id)
        law = check.flag(raw, "law", code_id)
        if title and isinstance(raw.get("reference"), str):
            codes[code_id] = SourceCode(code_id, title, raw["reference"], law)
    return codes, check.problems
