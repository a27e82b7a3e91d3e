"""The files and directories named to `conduct validate`: which are topics, which scenarios,
which whole content directories; read and checked (scenario replays come on top, in
`walk.audit`).
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

from ..errors import (
    EMPTY_PATH,
    REASON_MISSING,
    REASON_NOT_A_FOLDER,
    REASON_NOT_REGULAR,
    Problem,
    UsageError,
    os_reason,
)
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
    """Tree files and scenario files among the paths given on the command line (organisation
    profiles are read with their content directory, not as trees).
    """
    trees: list[Path] = []
    scenarios: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        files, found = _files_at(raw)
        problems += found
        for file in files:
            if is_organisation_file(file):
                continue
            (scenarios if is_scenario_file(file) else trees).append(file)
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
    if any(not path for path in paths):
        raise UsageError(EMPTY_PATH)
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
