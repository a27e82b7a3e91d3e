"""Organisation profiles, and the library as one organisation's employee sees it.

An employee is bound by their own organisation's code only. A profile names that code and the
roles and procedures the organisation has; `profiled` gives the library as seen under it:
each outcome cites only that code and the law, roles carry the names that code uses, and a
walk follows that organisation's branch of every `by_organisation` node. Roles and sources
marked `law: true` (112, Veilig Thuis, the meldcode, the whistleblower law, ...) belong to every
profile: no profile can lose a safety route. Without a profile the library is used as it is:
both codes, the stricter rule, and the advice says where the codes differ.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import Problem
from .located import Mapping, Sequence
from .model import ContactRole, LazyMapping, Library, Organisation, OrganisationRoute, Outcome, SourceCode, Topic
from .schema import Checker, read

_FIELDS = ({"id", "name", "code", "code_title", "roles"}, {"version", "date", "names"})


def parse_organisation(data: Any, file: str) -> tuple[Organisation | None, list[Problem]]:
    """A profile from a file's data, or the problems found in it."""
    check = Checker(file)
    if not check.mapping(data, "an organisation file", 1):
        return None, check.problems
    check.fields(data, *_FIELDS, "an organisation")
    org_id = check.ident(data.get("id"), "'id'", data.line_of("id"))
    name = check.text(data, "name")
    code_title = check.text(data, "code_title")
    code = data.get("code")
    if "code" in data and not isinstance(code, str):
        check.add("'code' must be the id of the organisation's code in sources.yaml", data.line_of("code"))
    texts = {}
    for key in ("version", "date"):
        value = data.get(key, "")
        if not isinstance(value, str):
            check.add(f"'{key}' must be text (quote it: {key}: \"...\")", data.line_of(key))
        texts[key] = value if isinstance(value, str) else ""
    roles: list[str] = []
    raw = data.get("roles")
    if "roles" in data and not isinstance(raw, Sequence):
        check.add("'roles' must be a list of contact role ids", data.line_of("roles"))
    elif isinstance(raw, Sequence):
        for index, item in enumerate(raw):
            role = check.ident(item, "a role", raw.item_lines[index])
            if role:
                roles.append(role)
    names: dict[str, Any] = {}
    raw = data.get("names", Mapping())
    if not isinstance(raw, Mapping):
        check.add("'names' must map role ids to the names this code uses", data.line_of("names"))
    else:
        for role in raw:
            if check.ident(role, "a role in 'names'", raw.line_of(role)):
                names[role] = check.text(raw, role, what=f"the name of '{role}'")
    if org_id and Path(file).stem != org_id:
        check.add(f"the organisation id '{org_id}' must match the file name '{Path(file).name}'",
                  data.line_of("id"))
    if check.problems or not (org_id and name and code_title and isinstance(code, str)):
        return None, check.problems
    return Organisation(org_id, name, code, code_title, texts["version"], texts["date"], tuple(roles),
                        {role: text for role, text in names.items() if text}, file), []


def load_organisation(path: str) -> tuple[Organisation | None, list[Problem]]:
    """A profile file as an Organisation, or the problems found in it."""
    data, problems = read(path)
    if problems:
        return None, problems
    return parse_organisation(data, path)


def has_role(library: Library, organisation: Organisation, role: str) -> bool:
    """Whether the organisation has this role: one of its own, or one the law gives everyone."""
    known = library.roles.get(role)
    return role in organisation.roles or (known is not None and known.law)


def cited_under(codes: dict[str, SourceCode], organisation: Organisation, code: str) -> bool:
    """Whether a source of this code is shown under the profile: its own code, or the law."""
    known = codes.get(code)
    return code == organisation.code or (known is not None and known.law)


def exits(node: OrganisationRoute, library: Library, lang: str) -> list[tuple[str, str]]:
    """A branch on the organisation as pictures show it: each exit labelled with the
    organisation's name; under a profile, only that organisation's exit.
    """
    organisation = library.organisation
    if organisation is not None:
        return [(organisation.name.get(lang), node.target(organisation.id))]
    return [(library.organisations[label].name.get(lang) if label in library.organisations else label, target)
            for label, target in node.exits(lang)]


def reachable(topic: Topic, library: Library) -> list[str]:
    """The ids of the nodes a walk under the library's profile can reach, in the topic's order
    (without a profile: every node, each organisation's branch included).
    """
    seen: set[str] = set()
    stack = [topic.start]
    while stack:
        node_id = stack.pop()
        if node_id in seen or node_id not in topic.nodes:
            continue
        seen.add(node_id)
        node = topic.nodes[node_id]
        if isinstance(node, OrganisationRoute) and library.organisation is not None:
            stack.append(node.target(library.organisation.id))
        else:
            stack += [target for _, target in node.steps()]
    return [node_id for node_id in topic.nodes if node_id in seen]


def roles_under(library: Library) -> list[ContactRole]:
    """The roles someone can turn to: under a profile, that organisation's and the law's."""
    organisation = library.organisation
    return [role for role in library.roles.values()
            if organisation is None or has_role(library, organisation, role.id)]


def _outcome(outcome: Outcome, codes: dict[str, SourceCode], organisation: Organisation) -> Outcome:
    sources = tuple(s for s in outcome.sources if cited_under(codes, organisation, s.code))
    return outcome if sources == outcome.sources else outcome._replace(sources=sources)


def _topic(topic: Topic, codes: dict[str, SourceCode], organisation: Organisation) -> Topic:
    nodes = {node_id: _outcome(node, codes, organisation) if isinstance(node, Outcome) else node
             for node_id, node in topic.nodes.items()}
    return topic._replace(nodes=nodes)


def profiled(library: Library, organisation_id: str) -> Library:
    """The library as an employee of this organisation sees it (the id must be known)."""
    organisation = library.organisations[organisation_id]
    codes = library.codes
    roles = {role_id: role._replace(name=organisation.names.get(role_id, role.name))
             for role_id, role in library.roles.items()}
    seen = library.topics
    topics = LazyMapping(seen, lambda topic_id: _topic(seen[topic_id], codes, organisation))
    triage = _topic(library.triage, codes, organisation) if library.triage is not None else None
    return library._replace(topics=topics, roles=roles, triage=triage, organisation=organisation)
