"""`conduct validate` in full: the files to check (the shipped trees, or the files and folders
given), the content checks, then every scenario replayed through the engine (replaying needs
sound trees, so only when the content checks found nothing).
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..content.layout import SUPPORT_FILES, ContentDir, display_path, is_scenario_file, shipped
from ..content.library import assemble, read_roles_and_codes, read_topics
from ..content.model import Library, Topic
from ..content.scenarios import load_scenario
from ..content.validation import check_link_loops, check_references, check_topic
from ..errors import Problem
from .replay import replay


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


class Checked(NamedTuple):
    """What `check_paths` found and read: problems, the library to replay scenarios in, the
    topics checked and the scenario files still to replay.
    """

    problems: list[Problem]
    library: Library
    topics: list[Topic]
    scenario_files: list[Path]


def _given_files(paths: list[str]) -> tuple[list[Path], list[Path], list[Problem]]:
    """Tree files and scenario files among the paths given on the command line."""
    trees: list[Path] = []
    scenarios: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.y*ml") if p.is_file() and p.name not in SUPPORT_FILES)
            if not found:
                problems.append(Problem(display_path(raw), "holds no .yaml tree files"))
            for file in found:
                (scenarios if is_scenario_file(file) else trees).append(file)
        elif path.is_file():
            (scenarios if is_scenario_file(path) else trees).append(path)
        else:
            problems.append(Problem(display_path(raw), "no such file or directory"))
    return trees, scenarios, problems


def check_paths(paths: list[str] | None = None, content: ContentDir | None = None) -> Checked:
    """Check the shipped trees (no paths) or the given topic files and directories.

    Topic files given here are checked against the shipped contact roles and sources; links may
    point to the given topics or the shipped ones.
    """
    content = content or shipped()
    roles, codes, found = read_roles_and_codes(content)
    problems = list(found)
    if paths:
        tree_files, scenario_files, found = _given_files(paths)
        problems += found
    else:
        tree_files, scenario_files = content.tree_files(), content.scenario_files()
    checked, found = read_topics(tree_files)
    problems += found
    problems += duplicate_ids(checked)
    topics = {t.id: t for t in checked}
    if paths:  # links may also point to shipped topics the given files do not replace
        others = [p for p in content.topic_files() if p.stem not in topics]
        topics.update({t.id: t for t in read_topics(others)[0] if t.id not in topics})
    library = assemble(list(topics.values()), roles, codes)
    for topic in checked:
        problems += check_topic(topic)
        problems += check_references(topic, library)
    problems += check_link_loops(library.all_topics())
    return Checked(problems, library, checked, scenario_files)


class Audit(NamedTuple):
    """What validation found, and how much it checked."""

    problems: list[Problem]
    topics: int
    nodes: int
    scenarios: int


def audit(paths: list[str] | None = None) -> Audit:
    """Validate the shipped trees (no paths) or the given files and directories."""
    checked = check_paths(paths)
    problems = list(checked.problems)
    if not problems:
        for path in checked.scenario_files:
            scenario, found = load_scenario(display_path(path))
            problems += found
            if scenario is not None:
                problems += replay(scenario, checked.library)[1]
    return Audit(problems, len(checked.topics), sum(len(t.nodes) for t in checked.topics),
                 len(checked.scenario_files))
