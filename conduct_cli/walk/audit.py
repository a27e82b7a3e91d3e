"""`conduct validate` in full: the files to check (the shipped trees, or the files and folders
given), the content checks, then every scenario replayed through the engine (replaying needs
sound trees, so only when the content checks found nothing).
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

from ..content.layout import SUPPORT_FILES, ContentDir, display_path, is_scenario_file, shipped
from ..content.library import assemble, read_roles_and_codes, read_topics
from ..content.model import Library, Topic
from ..content.scenarios import load_scenario
from ..content.validation import check_link_loops, check_references, check_topic
from ..errors import (
    EMPTY_PATH,
    REASON_MISSING,
    REASON_NOT_A_FOLDER,
    REASON_NOT_REGULAR,
    Problem,
    UsageError,
    os_reason,
)
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


def _tree_files_under(folder: Path) -> tuple[list[Path], list[Problem]]:
    """Every .yaml file under a folder (links to folders not followed), and every folder or file
    on the way that cannot be read: reported, never skipped without a word. Walked with a list,
    not by recursion, so a folder tree thousands of levels deep is just long.
    """
    found: list[Path] = []
    problems: list[Problem] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = list(listing)
        except OSError as error:
            problems.append(Problem(display_path(current), f"cannot be read ({os_reason(error, current).en})"))
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif entry.name.endswith((".yaml", ".yml")) and entry.name not in SUPPORT_FILES:
                    if entry.is_file():
                        found.append(Path(entry.path))
                    else:
                        problems.append(Problem(display_path(entry.path), _not_a_file(entry.path)))
            except OSError as error:
                problems.append(Problem(display_path(entry.path), f"cannot be read ({os_reason(error).en})"))
    if not found and not problems:
        problems.append(Problem(display_path(folder), "holds no .yaml tree files"))
    return sorted(found), problems


def _not_a_file(path: str) -> str:
    """What a name that is neither a folder nor a regular file is: a link to nothing, or special."""
    return ("is a symbolic link to something that does not exist" if not os.path.exists(path)
            else REASON_NOT_REGULAR.en)


def _files_at(raw: str) -> tuple[list[Path], list[Problem]]:
    """The tree files a path given on the command line holds, or why it holds none."""
    if not raw:
        raise UsageError(EMPTY_PATH)
    try:
        found = os.stat(raw)
    except OSError as error:
        reason = os_reason(error, raw, searching=True)
        words = "no such file or directory" if reason in (REASON_MISSING, REASON_NOT_A_FOLDER) else reason.en
        return [], [Problem(display_path(raw), words)]
    if stat.S_ISDIR(found.st_mode):
        return _tree_files_under(Path(raw))
    if stat.S_ISREG(found.st_mode):
        return [Path(raw)], []
    return [], [Problem(display_path(raw), REASON_NOT_REGULAR.en)]


def _given_files(paths: list[str]) -> tuple[list[Path], list[Path], list[Problem]]:
    """Tree files and scenario files among the paths given on the command line."""
    trees: list[Path] = []
    scenarios: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        files, found = _files_at(raw)
        problems += found
        for file in files:
            (scenarios if is_scenario_file(file) else trees).append(file)
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
