"""Trainer scenarios are tests: enough of them for every topic, each replayed through the engine
to the outcome it expects, and a broken one fails `conduct validate` naming scenario and step."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from conduct_cli.content.layout import shipped
from conduct_cli.content.scenarios import load_scenarios
from conduct_cli.walk.replay import replay, under
from tests.helpers import FIXTURES, conduct, shipped_library

SCENARIO_FIXTURES = FIXTURES / "scenarios"
LIBRARY = shipped_library()
SCENARIOS, _ = load_scenarios(shipped())


def test_twenty_or_more_scenarios_at_least_two_per_topic():
    assert len(SCENARIOS) >= 20
    per_topic = Counter(s.topic for s in SCENARIOS)
    for topic in LIBRARY.topics:
        assert per_topic[topic] >= 2, f"{topic} has {per_topic[topic]} scenarios"


def test_every_shipped_scenario_reaches_its_expected_outcome_under_its_own_organisation():
    for scenario in SCENARIOS:
        library, expect = under(scenario, LIBRARY)
        assert expect
        replayed, problems = replay(scenario, library)
        assert not problems, problems
        assert replayed.advice.outcome.id == scenario.expected
        assert library.organisation_id == scenario.organisation


def test_validate_replays_the_shipped_scenarios():
    result = conduct("validate")
    assert result.exit_code == 0, result.stderr
    assert re.search(r"\b\d+ scenarios replayed", result.stdout)


def test_a_good_scenario_fixture_passes():
    result = conduct("validate", SCENARIO_FIXTURES / "wine_ok.yaml")
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("name, fragment", [
    ("wrong_expected", "step 6: reaches outcome 'small_gift_accept', not the expected 'over_limit_ask'"),
    ("unfit_answer", "a scripted answer no longer fits its question: 'neighbour' is not an answer to question 'giver'"),
    ("missing_answer", "step 5: question 'value' (gifts) has no scripted answer"),
])
def test_a_broken_scenario_fails_validate_naming_scenario_and_step(name, fragment):
    result = conduct("validate", SCENARIO_FIXTURES / f"{name}.yaml")
    assert result.exit_code == 1
    assert f"scenario '{name}'" in result.stderr and fragment in result.stderr, result.stderr
