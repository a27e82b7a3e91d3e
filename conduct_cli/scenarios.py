"""Trainer scenarios: a story, scripted answers and the outcome they must reach.

Scenarios are tests as much as teaching material: `replay` walks each one through the engine,
so a change to a tree that breaks a scenario is found by `conduct validate`, naming the
scenario and the step.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import yamlsafe
from .engine import Advice, NeedsAnswer, Step, check_answers, next_step
from .errors import AnswerError, Problem, UsageError
from .loader import _Checker, display_path
from .model import Library, Text

SCENARIO_DIR = "scenarios"


@dataclass(frozen=True)
class Scenario:
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


def parse_scenario(data: Any, file: str) -> tuple[Scenario | None, list[Problem]]:
    check = _Checker(file)
    if not check.mapping(data, "a scenario file", 1):
        return None, check.problems
    check.fields(data, {"id", "topic", "title", "story", "answers", "expected", "discussion"},
                 set(), "a scenario")
    scenario_id = check.ident(data.get("id"), "'id'", data.line_of("id"))
    topic = check.ident(data.get("topic"), "'topic'", data.line_of("topic"))
    title = check.text(data, "title")
    story = check.text(data, "story")
    expected = check.ident(data.get("expected"), "'expected'", data.line_of("expected"))
    answers = data.get("answers")
    lines: dict[str, int] = {}
    if not isinstance(answers, dict):
        check.add("'answers' must be a map of question id to answer", data.line_of("answers"))
        answers = {}
    else:
        for key, value in answers.items():
            lines[str(key)] = answers.line_of(key)
            if not isinstance(key, str) or isinstance(value, (dict, list)) or value is None:
                check.add(f"the answer to '{key}' must be a single value", answers.line_of(key))
    discussion: list[Text] = []
    raw = data.get("discussion")
    if not isinstance(raw, list) or not raw:
        check.add("'discussion' must be a list of at least one question", data.line_of("discussion"))
    else:
        for index, item in enumerate(raw):
            holder = yamlsafe.Mapping({"q": item})
            holder.key_lines = {"q": raw.item_lines[index]}
            holder.line = raw.item_lines[index]
            text = check.text(holder, "q", what=f"discussion question {index + 1}")
            if text:
                discussion.append(text)
    if scenario_id and Path(file).stem != scenario_id:
        check.add(f"the scenario id '{scenario_id}' must match the file name '{Path(file).name}'",
                  data.line_of("id"))
    if check.problems or not (scenario_id and topic and title and story and expected):
        return None, check.problems
    return Scenario(scenario_id, topic, title, story, dict(answers), expected, tuple(discussion),
                    file, lines, data.line, data.line_of("expected")), []


def load_scenario(path: str) -> tuple[Scenario | None, list[Problem]]:
    try:
        data = yamlsafe.load_file(path)
    except yamlsafe.YamlProblem as problem:
        return None, [Problem(path, problem.message, problem.line)]
    return parse_scenario(data, path)


def scenario_files(directory: Path) -> list[Path]:
    folder = directory / SCENARIO_DIR
    return sorted(p for p in folder.glob("*.yaml") if p.is_file()) if folder.is_dir() else []


def load_scenarios(directory: Path) -> tuple[list[Scenario], list[Problem]]:
    scenarios, problems = [], []
    for path in scenario_files(directory):
        scenario, found = load_scenario(display_path(str(path)))
        problems += found
        if scenario:
            scenarios.append(scenario)
    return scenarios, problems


@dataclass(frozen=True)
class Replay:
    scenario: Scenario
    advice: Advice


def replay(scenario: Scenario, library: Library) -> tuple[Replay | None, list[Problem]]:
    """Walk a scenario's answers through the engine; problems name the scenario and the step."""

    def problem(message: str, key: str | None = None, line: int | None = None) -> list[Problem]:
        line = line or (scenario.answer_lines.get(key, scenario.line) if key else scenario.line)
        return [Problem(scenario.file, f"scenario '{scenario.id}': {message}", line)]

    if library.topic(scenario.topic) is None:
        return None, problem(f"unknown topic '{scenario.topic}'")
    try:
        check_answers(library, scenario.topic, scenario.answers)
    except AnswerError as error:
        key = next((k for k in scenario.answers if k == error.question_id or k.endswith(f".{error.question_id}")), None)
        return None, problem(f"a scripted answer no longer fits its question: {error}", key)
    except UsageError as error:
        return None, problem(str(error))
    step = next_step(library, scenario.topic, scenario.answers)
    if isinstance(step, NeedsAnswer):
        number = len(step.path) + 1
        return None, problem(f"step {number}: question '{step.question.id}' "
                             f"({step.topic.id}) has no scripted answer")
    if step.outcome.id != scenario.expected:
        return None, problem(f"step {len(step.path)}: reaches outcome '{step.outcome.id}', "
                             f"not the expected '{scenario.expected}'", line=scenario.expected_line)
    used = {s.question.id for s in step.path} | {f"{s.topic}.{s.question.id}" for s in step.path}
    unused = [k for k in scenario.answers if k not in used]
    if unused:
        return None, problem(f"the answer to '{unused[0]}' is never asked on this path; remove it",
                             unused[0])
    return Replay(scenario, step), []


def find(scenarios: list[Scenario], scenario_id: str) -> Scenario:
    for scenario in scenarios:
        if scenario.id == scenario_id:
            return scenario
    from .answers import shown

    known = ", ".join(s.id for s in scenarios) or "none"
    raise UsageError(f"unknown scenario '{shown(scenario_id)}'; scenarios: {known}",
                     f"onbekend scenario '{shown(scenario_id)}'; scenario's: {known}")


def path_steps(replayed: Replay) -> tuple[Step, ...]:
    return replayed.advice.path
