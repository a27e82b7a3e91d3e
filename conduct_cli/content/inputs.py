"""The files and directories named to `conduct validate`: which are topics, which scenarios,
which whole content directories; read and checked (scenario replays come on top, in
`walk.audit`).
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..errors import Problem
from .layout import SUPPORT_FILES, ContentDir, display_path, is_organisation_file, is_scenario_file, shipped
from .library import assemble, read_organisations, read_roles_and_codes, read_topics
from .model import Library, Topic
from .policy import load_policy
from .validation import check_library, check_link_loops, check_references, check_topic, duplicate_ids


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
            found = sorted(p for p in path.rglob("*.y*ml")
                           if p.is_file() and p.name not in SUPPORT_FILES and not is_organisation_file(p))
            if not found:
                problems.append(Problem(display_path(raw), "holds no .yaml tree files"))
            for file in found:
                (scenarios if is_scenario_file(file) else trees).append(file)
        elif path.is_file():
            (scenarios if is_scenario_file(path) else trees).append(path)
        else:
            problems.append(Problem(display_path(raw), "no such file or directory"))
    return trees, scenarios, problems


def check_content(content: ContentDir) -> Checked:
    """A whole content directory, with its own roles, sources and organisation profiles."""
    roles, codes, found = read_roles_and_codes(content)
    problems = list(found)
    organisations, found = read_organisations(content)
    problems += found
    topics, found = read_topics(content.tree_files())
    problems += found
    problems += duplicate_ids(topics)
    library = assemble(topics, roles, codes, organisations)
    rules, found = load_policy(display_path(content.policy)) if content.policy.is_file() else ([], [])
    problems += found
    if not problems:
        problems += check_library(library, rules)
    return Checked(problems, library, topics, content.scenario_files())


def check_paths(paths: list[str] | None = None, content: ContentDir | None = None) -> Checked:
    """Check the shipped trees (no paths), one content directory, or the given topic files and
    directories.

    A single directory in the layout of the shipped trees (with `topics/` and `contacts.yaml`)
    is checked as a whole, with its own roles, sources and profiles. Otherwise topic files are
    checked against the shipped contact roles and sources; links may point to the given topics
    or the shipped ones.
    """
    if not paths:
        return check_content(content or shipped())
    if len(paths) == 1 and ContentDir(Path(paths[0])).is_content():
        return check_content(ContentDir(Path(paths[0])))
    content = content or shipped()
    roles, codes, found = read_roles_and_codes(content)
    problems = list(found)
    organisations, found = read_organisations(content)
    problems += found
    tree_files, scenario_files, found = _given_files(paths)
    problems += found
    checked, found = read_topics(tree_files)
    problems += found
    problems += duplicate_ids(checked)
    topics = {t.id: t for t in checked}
    others = [p for p in content.topic_files() if p.stem not in topics]   # links may point there
    topics.update({t.id: t for t in read_topics(others)[0] if t.id not in topics})
    library = assemble(list(topics.values()), roles, codes, organisations)
    for topic in checked:
        problems += check_topic(topic)
        problems += check_references(topic, library)
    problems += check_link_loops(library.all_topics())
    return Checked(problems, library, checked, scenario_files)
