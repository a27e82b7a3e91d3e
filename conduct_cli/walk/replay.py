"""Scenarios played through the engine: a trainer's scenario, and `conduct validate`'s check
that every scenario still reaches the outcome it expects.
"""
from __future__ import annotations

from typing import NamedTuple

from ..content.model import Library
from ..content.scenarios import Scenario
from ..errors import UNKNOWN_ORGANISATION, AnswerError, Problem, UsageError, did_you_mean
from .engine import Advice, NeedsAnswer, check_answers, next_step


class Replay(NamedTuple):
    """A scenario and the advice its scripted answers lead to."""

    scenario: Scenario
    advice: Advice


def replay(scenario: Scenario, library: Library, expect: bool = True) -> tuple[Replay | None, list[Problem]]:
    """Walk a scenario's answers through the engine; problems name the scenario and the step.

    `library` is seen through the scenario's organisation (see `under`). With `expect` false
    the advice reached is kept even when it is not the outcome the scenario expects (a trainer
    playing a scenario written for both codes under their own organisation's).
    """

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
    if expect and step.outcome.id != scenario.expected:
        return None, problem(f"step {len(step.path)}: reaches outcome '{step.outcome.id}', "
                             f"not the expected '{scenario.expected}'", line=scenario.expected_line)
    used = {s.question.id for s in step.path} | {s.key for s in step.path}
    unused = [k for k in scenario.answers if k not in used]
    if unused and expect:   # under another code, some scripted answers are simply never asked
        return None, problem(f"the answer to '{unused[0]}' is never asked on this path; remove it",
                             unused[0])
    return Replay(scenario, step), []




def under(scenario: Scenario, library: Library, organisation: str | None = None) -> tuple[Library, bool]:
    """The library to play a scenario in, and whether its expected outcome holds there: the
    scenario's own organisation if it names one; else `organisation` (the player's own; the
    expectation then does not apply); else both codes.
    """
    from ..content.organisations import profiled

    chosen = scenario.organisation or organisation
    if chosen is None:
        return library, True
    if chosen not in library.organisations:
        raise UsageError(UNKNOWN_ORGANISATION, organisation=chosen,
                         suggestion=did_you_mean(chosen, list(library.organisations)),
                         known=", ".join(sorted(library.organisations)) or "none")
    return profiled(library, chosen), scenario.organisation is not None or organisation is None
