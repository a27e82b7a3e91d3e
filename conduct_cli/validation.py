"""Checks that need the whole tree or the whole library: like a story compiler, an author's
mistake (a dangling target, an unreachable node, a loop, an unknown contact) is found before
anyone is walked into it."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .errors import Problem
from .model import Library, Outcome, Question, Route, Topic


def _edges(node) -> list[tuple[str, str]]:
    """(field, target) pairs leaving a node."""
    if isinstance(node, Question):
        edges = [(f"choice '{c.value}'", c.next) for c in node.choices]
        edges += [("band", b.next) for b in node.bands]
        return edges
    return []


def check_topic(topic: Topic) -> list[Problem]:
    """Targets exist, every node is reachable from start, no cycles."""
    problems: list[Problem] = []

    def add(message: str, node: str | None = None) -> None:
        problems.append(Problem(topic.file, message, topic.lines.get(node or "", None), node))

    if topic.start not in topic.nodes:
        problems.append(Problem(topic.file, f"'start' points to '{topic.start}', which is not a node "
                                "of this topic", topic.lines.get(":start")))
        return problems
    for node in topic.nodes.values():
        for field, target in _edges(node):
            if target not in topic.nodes:
                add(f"{field} points to '{target}', which is not a node of this topic", node.id)
    if problems:
        return problems
    # iterative depth-first walk: reachability and cycles in one pass
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    stack: list[tuple[str, Iterable[str]]] = [(topic.start, iter(t for _, t in _edges(topic.nodes[topic.start])))]
    state[topic.start] = 1
    while stack:
        node_id, children = stack[-1]
        for child in children:
            if state.get(child) == 1:
                add(f"a cycle: '{child}' leads back to itself (via '{node_id}')", node_id)
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(t for _, t in _edges(topic.nodes[child]))))
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
    known_topics = set(library.topics) | ({library.triage.id} if library.triage else set())
    for node in topic.nodes.values():
        line = topic.lines.get(node.id)
        if isinstance(node, Outcome):
            for role in node.contacts:
                if library.roles and role not in library.roles:
                    problems.append(Problem(topic.file, f"unknown contact role '{role}' "
                                            f"(known: {', '.join(sorted(library.roles))})", line, node.id))
            for source in node.sources:
                if library.codes and source.code not in library.codes:
                    problems.append(Problem(topic.file, f"unknown source code '{source.code}' "
                                            f"(known: {', '.join(sorted(library.codes))})", line, node.id))
            if node.handover and node.handover.topic not in known_topics:
                problems.append(Problem(topic.file, f"handover to unknown topic '{node.handover.topic}'",
                                        line, node.id))
            if node.handover and node.handover.topic == topic.id:
                problems.append(Problem(topic.file, "a handover cannot lead to its own topic", line, node.id))
        elif isinstance(node, Route):
            if node.topic not in known_topics:
                problems.append(Problem(topic.file, f"route to unknown topic '{node.topic}'", line, node.id))
    return problems


def topic_links(topic: Topic) -> list[tuple[str, str]]:
    """(node id, topic id) for every route and handover leaving a topic."""
    links = []
    for node in topic.nodes.values():
        if isinstance(node, Route):
            links.append((node.id, node.topic))
        elif isinstance(node, Outcome) and node.handover:
            links.append((node.id, node.handover.topic))
    return links


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
            for node_id, target in topic_links(topic):
                if target == first.id:
                    loop = frozenset(chain)
                    if loop not in reported:
                        reported.add(loop)
                        line = first.lines.get(topic_links(first)[0][0]) if topic_links(first) else None
                        problems.append(Problem(first.file, "a loop of links between topics: "
                                                + " -> ".join(chain + [target]), line))
                elif target not in seen and target in by_id:
                    seen.add(target)
                    stack.append((target, chain + [target]))
    return problems


def check_library(library: Library) -> list[Problem]:
    problems: list[Problem] = []
    topics = list(library.topics.values()) + ([library.triage] if library.triage else [])
    for topic in topics:
        problems += check_topic(topic)
        problems += check_references(topic, library)
    problems += check_link_loops(topics)
    return problems


def duplicate_ids(topics: list[Topic]) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for topic in topics:
        if topic.id in seen:
            problems.append(Problem(topic.file, f"topic id '{topic.id}' is also used by {seen[topic.id]}", 1))
        else:
            seen[topic.id] = topic.file
    return problems


def validate_paths(paths: list[str] | None = None) -> tuple[list[Problem], int, int, int]:
    """Validate the shipped trees (no paths) or the given topic files and directories.

    Topic files given here are checked against the shipped contact roles and sources; links may
    point to the given topics or the shipped ones. Returns (problems, topics, nodes, scenarios) checked.
    """
    from .loader import (TRIAGE_ID, display_path, load_codes, load_roles, load_topic,
                         shipped_trees_dir, topic_files)
    from .interface import choice_label

    shipped = shipped_trees_dir()
    problems: list[Problem] = []
    roles, found = load_roles(display_path(str(shipped / "contacts.yaml")))
    problems += found
    codes, found = load_codes(display_path(str(shipped / "sources.yaml")))
    problems += found
    from .scenarios import SCENARIO_DIR, load_scenario, replay, scenario_files

    files: list[Path] = []
    scenario_paths: list[Path] = []
    if not paths:
        files = topic_files(shipped) + ([shipped / f"{TRIAGE_ID}.yaml"] if (shipped / f"{TRIAGE_ID}.yaml").is_file() else [])
        scenario_paths = scenario_files(shipped)
    else:
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                found_files = sorted(p for p in path.rglob("*.y*ml")
                                     if p.is_file() and p.name not in ("contacts.yaml", "sources.yaml"))
                if not found_files:
                    problems.append(Problem(display_path(raw), "holds no .yaml tree files"))
                for found_file in found_files:
                    (scenario_paths if SCENARIO_DIR in found_file.parts else files).append(found_file)
            elif path.is_file():
                (scenario_paths if path.parent.name == SCENARIO_DIR else files).append(path)
            else:
                problems.append(Problem(display_path(raw), "no such file or directory"))
    topics: list[Topic] = []
    for path in files:
        topic, found = load_topic(display_path(str(path)), choice_label)
        problems += found
        if topic is not None:
            topics.append(topic)
    problems += duplicate_ids(topics)
    given = {t.id: t for t in topics}
    triage = given.pop(TRIAGE_ID, None)
    if paths:
        # links may also point to shipped topics the given files do not replace
        for path in topic_files(shipped):
            if path.stem not in given:
                topic, _ = load_topic(str(path), choice_label)
                if topic is not None:
                    given.setdefault(topic.id, topic)
    library = Library(given, roles, codes, triage)
    checked = [t for t in topics]
    for topic in checked:
        problems += check_topic(topic)
        problems += check_references(topic, library)
    problems += check_link_loops(list(library.topics.values()) + ([triage] if triage else []))
    if not problems:  # replaying scenarios needs sound trees
        for path in scenario_paths:
            scenario, found = load_scenario(display_path(str(path)))
            problems += found
            if scenario is not None:
                problems += replay(scenario, library)[1]
    return problems, len(checked), sum(len(t.nodes) for t in checked), len(scenario_paths)
