"""`conduct validate` in full: the content checks, then every scenario replayed through the
engine (replaying needs sound trees, so only when the content checks found nothing).
"""
from __future__ import annotations

from typing import NamedTuple

from ..content.inputs import check_paths
from ..content.layout import display_path
from ..content.scenarios import load_scenario
from ..errors import Problem
from .replay import replay, under


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
            if scenario is None:
                continue
            if scenario.organisation is not None and scenario.organisation not in checked.library.organisations:
                problems.append(Problem(scenario.file, f"scenario '{scenario.id}': unknown organisation "
                                        f"'{scenario.organisation}'", scenario.line))
                continue
            library, _ = under(scenario, checked.library)
            problems += replay(scenario, library)[1]
    return Audit(problems, len(checked.topics), sum(len(t.nodes) for t in checked.topics),
                 len(checked.scenario_files))
