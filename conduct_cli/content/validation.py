"""Checks that need the whole tree or the whole library: like a story compiler, an author's
mistake (a dangling target, an unreachable node, a loop, an unknown contact) is found before
anyone is walked into it. `library` runs them on every library it reads from YAML, so an edited
tree is refused before a walk; `walk.audit` runs them for `conduct validate`, with the files
given and the scenario replays on top.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..errors import Problem
from .model import Library, Outcome, Route, Topic
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


def check_library(library: Library) -> list[Problem]:
    """Every check of this module over a whole library."""
    problems: list[Problem] = []
    topics = library.all_topics()
    for topic in topics:
        problems += check_topic(topic)
        problems += check_references(topic, library)
    problems += check_link_loops(topics)
    return problems
