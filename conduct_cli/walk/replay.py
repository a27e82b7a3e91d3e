"""Scenarios played through the engine: a trainer's scenario, and `conduct validate`'s check
that every scenario still reaches the outcome it expects.
"""
from __future__ import annotations

from typing import NamedTuple

from ..content.model import Library
from ..content.scenarios import Scenario
from ..errors import AnswerError, Problem, UsageError
from .engine import Advice, NeedsAnswer, check_answers, next_step


class Replay(NamedTuple):
    """A scenario and the advice its scripted answers lead to."""

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
    used = {s.question.id for s in step.path} | {s.key for s in step.path}
    unused = [k for k in scenario.answers if k not in used]
    if unused:
        return None, problem(f"the answer to '{unused[0]}' is never asked on this path; remove it",
                             unused[0])
    return Replay(scenario, step), []


