"""Trainer scenarios: a story, scripted answers and the outcome they must reach.

Scenarios are tests as much as teaching material: `walk.replay` walks each one through the
engine, so a change to a tree that breaks a scenario is found by `conduct validate`, naming the
scenario and the step. This module reads them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UNKNOWN_SCENARIO, Problem, UsageError, did_you_mean
from ..printable import shown
from .layout import ContentDir, display_path
from .located import Mapping, Sequence
from .model import Text
from .schema import Checker


@dataclass(frozen=True)
class Scenario:
    """A situation for a group: the story, the scripted answers and the outcome they reach."""

    id: str
    topic: str
    title: Text
    story: Text
    answers: dict[str, Any]
    expected: str
    discussion: tuple[Text, ...]
    file: str = ""
    answer_lines: dict[str, int] = field(default_factory=dict, compare=False)
    line: int = 1
    expected_line: int = 1
    organisation: str | None = None   # the profile it plays under; None: both codes


def parse_scenario(data: Any, file: str) -> tuple[Scenario | None, list[Problem]]:
    """A scenario from a file's data, or the problems found in it."""
    check = Checker(file)
    if not check.mapping(data, "a scenario file", 1):
        return None, check.problems
    check.fields(data, {"id", "topic", "title", "story", "answers", "expected", "discussion"},
                 {"organisation"}, "a scenario")
    organisation = (check.ident(data.get("organisation"), "'organisation'", data.line_of("organisation"))
                    if "organisation" in data else None)
    scenario_id = check.ident(data.get("id"), "'id'", data.line_of("id"))
    topic = check.ident(data.get("topic"), "'topic'", data.line_of("topic"))
    title = check.text(data, "title")
    story = check.text(data, "story")
    expected = check.ident(data.get("expected"), "'expected'", data.line_of("expected"))
    answers = data.get("answers")
    lines: dict[str, int] = {}
    if not isinstance(answers, Mapping):
        check.add("'answers' must be a map of question id to answer", data.line_of("answers"))
        answers = {}
    else:
        for key, value in answers.items():
            lines[str(key)] = answers.line_of(key)
            if not isinstance(key, str) or isinstance(value, (dict, list)) or value is None:
                check.add(f"the answer to '{key}' must be a single value", answers.line_of(key))
    discussion: list[Text] = []
    raw = data.get("discussion")
    if not isinstance(raw, Sequence) or not raw:
        check.add("'discussion' must be a list of at least one question", data.line_of("discussion"))
    else:
        for index in range(len(raw)):
            text = check.item_text(raw, index, None, what=f"discussion question {index + 1}")
            if text:
                discussion.append(text)
    if scenario_id and Path(file).stem != scenario_id:
        check.add(f"the scenario id '{scenario_id}' must match the file name '{Path(file).name}'",
                  data.line_of("id"))
    if check.problems or not (scenario_id and topic and title and story and expected):
        return None, check.problems
    return Scenario(scenario_id, topic, title, story, dict(answers), expected, tuple(discussion),
                    file, lines, data.line, data.line_of("expected"), organisation), []


def load_scenario(path: str) -> tuple[Scenario | None, list[Problem]]:
    """A scenario file as a Scenario, or the problems found in it."""
    from . import yamlsafe  # not at the top: showing a scenario list needs no YAML library

    try:
        data = yamlsafe.load_file(path)
    except yamlsafe.YamlProblem as problem:
        return None, [Problem(path, problem.message, problem.line)]
    return parse_scenario(data, path)


def load_scenarios(content: ContentDir) -> tuple[list[Scenario], list[Problem]]:
    """Every scenario of a content directory, and the problems found in them."""
    scenarios, problems = [], []
    for path in content.scenario_files():
        scenario, found = load_scenario(display_path(str(path)))
        problems += found
        if scenario:
            scenarios.append(scenario)
    return scenarios, problems


def find(scenarios: list[Scenario], scenario_id: str) -> Scenario:
    """The scenario with this id; UnknownScenario naming the others when there is none."""
    for scenario in scenarios:
        if scenario.id == scenario_id:
            return scenario
    known = ", ".join(s.id for s in scenarios) or "none"
    raise UsageError(UNKNOWN_SCENARIO, scenario=shown(scenario_id), known=known,
                     suggestion=did_you_mean(scenario_id, [s.id for s in scenarios]))
