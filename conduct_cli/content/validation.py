"""Checks that need the whole tree or the whole library: like a story compiler, an author's
mistake (a dangling target, an unreachable node, a loop, an unknown contact) is found before
anyone is walked into it. `library` runs them on every library it reads from YAML, so an edited
tree is refused before a walk; `walk.audit` runs them for `conduct validate`, with the files
given and the scenario replays on top.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..errors import Problem
from .model import Library, Organisation, OrganisationRoute, Outcome, Question, Route, Topic
from .organisations import cited_under, has_role
from .policy import Rule, check_policy, check_rules
from .schema import START_LINE


def check_topic(topic: Topic) -> list[Problem]:
    """Targets exist, every node is reachable from start, no cycles."""
    problems: list[Problem] = []

    def add(message: str, node: str | None = None) -> None:
        problems.append(Problem(topic.file, message, topic.lines.get(node or "", None), node))

    if topic.start not in topic.nodes:
        problems.append(Problem(topic.file, f"'start' points to '{topic.start}', which is not a node "
                                "of this topic", topic.lines.get(START_LINE)))
        return problems
    for node in topic.nodes.values():
        for field, target in node.steps():
            if target not in topic.nodes:
                add(f"{field} points to '{target}', which is not a node of this topic", node.id)
    if problems:
        return problems

    def children(node_id: str) -> Iterable[str]:
        return iter([target for _, target in topic.nodes[node_id].steps()])

    # iterative depth-first walk: reachability and cycles in one pass
    state: dict[str, int] = {topic.start: 1}  # 1 = on the current path, 2 = done
    stack: list[tuple[str, Iterable[str]]] = [(topic.start, children(topic.start))]
    while stack:
        node_id, pending = stack[-1]
        for child in pending:
            if state.get(child) == 1:
                add(f"a cycle: '{child}' leads back to itself (via '{node_id}')", node_id)
            elif child not in state:
                state[child] = 1
                stack.append((child, children(child)))
                break
        else:
            state[node_id] = 2
            stack.pop()
    for node_id in topic.nodes:
        if node_id not in state:
            add("cannot be reached from 'start'", node_id)
    return problems


def check_references(topic: Topic, library: Library) -> list[Problem]:
    """Contacts are known roles, sources known codes, links point to real topics."""
    problems: list[Problem] = []
    known_topics = {t.id for t in library.all_topics()}
    for node in topic.nodes.values():
        line = topic.lines.get(node.id)

        def add(message: str, node_id: str = node.id, line: int | None = line) -> None:
            problems.append(Problem(topic.file, message, line, node_id))

        if isinstance(node, Outcome):
            for role in node.contacts:
                if library.roles and role not in library.roles:
                    add(f"unknown contact role '{role}' (known: {', '.join(sorted(library.roles))})")
            for source in node.sources:
                if library.codes and source.code not in library.codes:
                    add(f"unknown source code '{source.code}' (known: {', '.join(sorted(library.codes))})")
        what = "route" if isinstance(node, Route) else "handover"
        for target in node.links():
            if target not in known_topics:
                add(f"{what} to unknown topic '{target}'")
            elif target == topic.id and what == "handover":
                add("a handover cannot lead to its own topic")
        if isinstance(node, Route) and node.at is not None:
            linked = library.topic(node.topic)
            if linked is not None and node.at not in linked.nodes:
                add(f"route into '{node.topic}' at '{node.at}', which is not a node of that topic")
    return problems


def topic_links(topic: Topic) -> list[tuple[str, str]]:
    """(node id, topic id) for every route and handover leaving a topic."""
    return [(node.id, target) for node in topic.nodes.values() for target in node.links()]


def check_link_loops(topics: list[Topic]) -> list[Problem]:
    """No chain of routes and handovers between topics may come back to where it started."""
    by_id = {t.id: t for t in topics}
    problems: list[Problem] = []
    reported: set[frozenset[str]] = set()
    for first in topics:
        # depth-first over topic ids, remembering the chain
        stack: list[tuple[str, list[str]]] = [(first.id, [first.id])]
        seen: set[str] = set()
        while stack:
            current, chain = stack.pop()
            topic = by_id.get(current)
            if topic is None:
                continue
            for _, target in topic_links(topic):
                if target == first.id:
                    loop = frozenset(chain)
                    if loop not in reported:
                        reported.add(loop)
                        links = topic_links(first)
                        line = first.lines.get(links[0][0]) if links else None
                        problems.append(Problem(first.file, "a loop of links between topics: "
                                                + " -> ".join([*chain, target]), line))
                elif target not in seen and target in by_id:
                    seen.add(target)
                    stack.append((target, [*chain, target]))
    return problems


def check_library(library: Library, rules: list[Rule] | None = None) -> list[Problem]:
    """Every check of this module over a whole library, under every profile too, and the
    policy rules on every path.
    """
    problems: list[Problem] = []
    topics = library.all_topics()
    for topic in topics:
        problems += check_topic(topic)
        problems += check_references(topic, library)
    problems += check_link_loops(topics)
    problems += check_facts(library)
    for organisation in library.organisations.values():
        problems += check_profile(organisation, library, organisation.file)
    problems += check_rules(rules or [], library)
    if not problems:   # these walk the trees: only sound trees can be walked
        problems += check_organisations(library)
        problems += check_policy(rules or [], library)
    return problems


def check_facts(library: Library) -> list[Problem]:
    """Questions that ask the same fact (answered once, carried to the others) must accept the
    same answers, so a carried answer always fits.
    """
    first: dict[str, tuple[Topic, Question]] = {}
    problems: list[Problem] = []
    for topic in library.all_topics():
        for node in topic.nodes.values():
            if not isinstance(node, Question) or node.fact is None:
                continue
            if node.fact not in first:
                first[node.fact] = (topic, node)
                continue
            other_topic, other = first[node.fact]
            values = {c.value for c in node.choices}
            if node.kind is not other.kind or values != {c.value for c in other.choices}:
                problems.append(Problem(topic.file, f"fact '{node.fact}' is also asked by '{other_topic.id}."
                                        f"{other.id}' with other answers; questions of one fact take the same "
                                        f"answers ({', '.join(c.value for c in other.choices)})",
                                        topic.lines.get(node.id), node.id))
    return problems


# --- organisation profiles ---------------------------------------------------------------------

def check_profile(organisation: Organisation, library: Library, file: str) -> list[Problem]:
    """A profile's own fields: its code exists and is a code (not a law), its roles exist."""
    problems: list[Problem] = []

    def add(message: str) -> None:
        problems.append(Problem(file, f"organisation '{organisation.id}': {message}", 1))

    code = library.codes.get(organisation.code)
    if code is None:
        add(f"its code '{organisation.code}' is not in sources.yaml (known: {', '.join(sorted(library.codes))})")
    elif code.law:
        add(f"its code '{organisation.code}' is marked as law; an organisation's own code is not")
    for role in (*organisation.roles, *organisation.names):
        if role not in library.roles:
            add(f"unknown contact role '{role}' (known: {', '.join(sorted(library.roles))})")
    return problems


def reachable_outcomes(library: Library, topic: Topic, organisation: str | None) -> Iterable[tuple[Topic, Outcome]]:
    """Every outcome a walk under this organisation can reach from the topic's start,
    following routes and handovers into other topics and only this organisation's branches.
    """
    seen: set[tuple[str, str]] = set()
    stack = [(topic, topic.start)]
    while stack:
        current, node_id = stack.pop()
        if (current.id, node_id) in seen:
            continue
        seen.add((current.id, node_id))
        node = current.nodes[node_id]
        if isinstance(node, OrganisationRoute):
            stack.append((current, node.target(organisation)))
            continue
        if isinstance(node, Outcome):
            yield current, node
        stack += [(current, target) for _, target in node.steps()]
        for other in node.links():
            linked = library.topic(other)
            if linked is not None:
                stack.append((linked, linked.start))


def check_organisations(library: Library) -> list[Problem]:
    """Under every profile, every outcome a walk can reach names only roles that organisation
    has, cites at least one source it recognises, and never rests on another organisation's
    code alone; and every by_organisation node names only known organisations.
    """
    problems: list[Problem] = []
    for topic in library.all_topics():
        for node in topic.nodes.values():
            if isinstance(node, OrganisationRoute):
                for name, _ in node.routes:
                    if name not in library.organisations:
                        known = ", ".join(sorted(library.organisations)) or "none"
                        problems.append(Problem(topic.file, f"unknown organisation '{name}' (known: {known})",
                                                topic.lines.get(node.id), node.id))
    for organisation in library.organisations.values():
        reported: set[tuple[str, str]] = set()
        for start in library.all_topics():
            for topic, outcome in reachable_outcomes(library, start, organisation.id):
                if (topic.id, outcome.id) in reported:
                    continue
                reported.add((topic.id, outcome.id))
                problems += _outcome_under(library, organisation, topic, outcome)
    return problems


def _outcome_under(library: Library, organisation: Organisation, topic: Topic, outcome: Outcome) -> list[Problem]:
    problems: list[Problem] = []

    def add(message: str) -> None:
        problems.append(Problem(topic.file, f"under organisation '{organisation.id}': {message}",
                                topic.lines.get(outcome.id), outcome.id))

    for role in outcome.contacts:
        if role in library.roles and not has_role(library, organisation, role):
            add(f"contact '{role}' is not a role this organisation has (its roles: {', '.join(organisation.roles)}, "
                "and the roles the law gives every organisation)")
    shown = [s for s in outcome.sources if cited_under(library.codes, organisation, s.code)]
    codes = {s.code for s in outcome.sources if s.code in library.codes and not library.codes[s.code].law}
    if not shown:
        add(f"no source this organisation recognises: cite its code '{organisation.code}' or a law")
    elif codes and organisation.code not in codes:
        add(f"rests on another organisation's code ({', '.join(sorted(codes))}) and not on its own "
            f"('{organisation.code}'): route the difference with a by_organisation node, or cite "
            f"'{organisation.code}' where it says the same")
    return problems


def duplicate_ids(topics: list[Topic]) -> list[Problem]:
    """Two files that give the same topic id."""
    seen: dict[str, str] = {}
    problems = []
    for topic in topics:
        if topic.id in seen:
            problems.append(Problem(topic.file, f"topic id '{topic.id}' is also used by {seen[topic.id]}", 1))
        else:
            seen[topic.id] = topic.file
    return problems
