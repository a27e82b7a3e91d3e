"""Trainer mode: scenarios replayed as tests, played straight through and with a group's
votes and "what if" variations, and the pictures of the trees."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console

from conduct_cli.terminal.console import Screen
from typer.testing import CliRunner

from conduct_cli.walk.answers import parse_answer
from conduct_cli.commands import app
from conduct_cli.errors import AnswerError
from conduct_cli.content.layout import shipped, shipped_trees_dir
from conduct_cli.content.library import load_library
from conduct_cli.content.model import Outcome, Question
from conduct_cli.content.scenarios import load_scenario, load_scenarios
from conduct_cli.walk.replay import replay
from conduct_cli.terminal.trainer import parse_votes, play

FIXTURES = Path(__file__).parent / "fixtures" / "scenarios"
LIBRARY = load_library()
SCENARIOS, _ = load_scenarios(shipped())


def run(*args):
    return CliRunner().invoke(app, list(args))


# --- scenarios are tests ---------------------------------------------------------------------

def test_twenty_or_more_scenarios_at_least_two_per_topic():
    assert len(SCENARIOS) >= 20
    per_topic = Counter(s.topic for s in SCENARIOS)
    for topic in LIBRARY.topics:
        assert per_topic[topic] >= 2, f"{topic} has {per_topic[topic]} scenarios"


def test_every_shipped_scenario_reaches_its_expected_outcome():
    for scenario in SCENARIOS:
        replayed, problems = replay(scenario, LIBRARY)
        assert not problems, problems
        assert replayed.advice.outcome.id == scenario.expected


def test_validate_replays_the_shipped_scenarios():
    result = run("validate")
    assert result.exit_code == 0, result.stderr
    assert re.search(r"\b\d+ scenarios replayed", result.stdout)


def test_a_good_scenario_fixture_passes():
    result = run("validate", str(FIXTURES / "wine_ok.yaml"))
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("name, fragment", [
    ("wrong_expected", "step 5: reaches outcome 'small_gift_accept', not the expected 'over_limit_ask'"),
    ("unfit_answer", "a scripted answer no longer fits its question: 'neighbour' is not an answer to question 'giver'"),
    ("missing_answer", "step 5: question 'value' (gifts) has no scripted answer"),
])
def test_a_broken_scenario_fails_validate_naming_scenario_and_step(name, fragment):
    result = run("validate", str(FIXTURES / f"{name}.yaml"))
    assert result.exit_code == 1
    assert f"scenario '{name}'" in result.stderr and fragment in result.stderr, result.stderr


def test_scenario_list_json():
    result = run("scenario", "list", "--format", "json", "--lang", "en")
    data = json.loads(result.stdout)
    assert [set(item) for item in data] == [{"id", "title", "topic"}] * len(SCENARIOS)
    assert {item["id"] for item in data} == {s.id for s in SCENARIOS}


def test_scenario_list_text():
    result = run("scenario", "list", "--lang", "en")
    assert result.exit_code == 0
    assert SCENARIOS[0].id in result.stdout


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_every_scenario_plays_straight_through_without_input(scenario):
    result = run("scenario", "play", scenario.id, "--no-input", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    outcome = LIBRARY.topic(scenario.topic).nodes.get(scenario.expected)
    text = " ".join(result.stdout.split())
    if isinstance(outcome, Outcome):
        assert " ".join(outcome.title.en.split())[:30] in text
    assert "For discussion" in result.stdout
    assert " ".join(scenario.discussion[0].en.split())[:30] in text


def test_an_unknown_scenario_is_one_line():
    result = run("scenario", "play", "nope", "--no-input")
    assert result.exit_code == 2
    assert "unknown scenario 'nope'" in result.stderr


# --- votes and what-if, in-process -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("3 0 2", dict(counts=(3, 0, 2))), ("3,0,2", dict(counts=(3, 0, 2))),
    ("2", dict(choice=1)), ("no", dict(choice=1)),
])
def test_votes_as_counts_or_the_groups_choice(text, expected):
    votes = parse_votes(text, ["yes", "no", "not_sure"])
    for key, value in expected.items():
        assert getattr(votes, key) == value


@pytest.mark.parametrize("text", ["", "7", "1 2", "maybe", "1 2 3 4"])
def test_votes_that_make_no_sense_are_refused(text):
    with pytest.raises(AnswerError):
        parse_votes(text, ["yes", "no", "not_sure"])


class ScriptedIO:
    """A trainer who types what the test says."""

    def __init__(self, texts=(), picks=(), answers=()):
        self.texts, self.picks, self.answers = list(texts), list(picks), list(answers)
        self.waits = 0

    def wait(self, lang):
        self.waits += 1

    def text(self, message, validate, lang):
        value = self.texts.pop(0)
        assert validate(value) is True, validate(value)
        return value

    def pick(self, message, choices, lang):
        value = self.picks.pop(0)
        assert value in [v for _, v in choices], (value, choices)
        return value

    def ask(self, question, lang):
        return parse_answer(question, self.answers.pop(0))


def fixture_scenario():
    scenario, problems = load_scenario(str(FIXTURES / "wine_ok.yaml"))
    assert not problems
    replayed, problems = replay(scenario, LIBRARY)
    assert not problems
    return scenario, replayed


def test_quiz_shows_the_groups_votes_beside_the_codes_answer():
    scenario, replayed = fixture_scenario()
    io = ScriptedIO(texts=["1 5 0", "0 6 0", "2", "2", "30", "1 1 1 1"])
    console = Console(record=True, width=100, color_system=None)
    play(scenario, replayed, LIBRARY, "en", Screen(console=console), io, quiz=True)
    out = console.export_text()
    assert "The code's answer" in out or "the code's answer" in out
    assert "5 (83%)" in out                        # 5 of 6 voted "a business relation"
    assert "Group: € 30" in out and "The code: € 15" in out
    assert "Allowed; tell your manager" in out
    assert io.texts == [] and io.waits == 6       # a pause before each step and the advice


def test_what_if_changes_one_answer_and_shows_where_it_leads():
    scenario, replayed = fixture_scenario()
    io = ScriptedIO(picks=["4", "done"], answers=["40"])   # step 5 is the value
    console = Console(record=True, width=100, color_system=None)
    play(scenario, replayed, LIBRARY, "en", Screen(console=console), io, what_if=True)
    out = console.export_text()
    assert "Your manager decides" in out                 # 40 euro: the manager decides
    assert "What if: Allowed; tell your manager → Ask first" in out


def test_what_if_a_choice_that_opens_a_new_branch():
    scenario, replayed = fixture_scenario()
    io = ScriptedIO(picks=["0", "client", "done"])
    console = Console(record=True, width=100, color_system=None)
    play(scenario, replayed, LIBRARY, "en", Screen(console=console), io, what_if=True)
    assert "Do not accept a gift from a client" in console.export_text()


# --- pictures ------------------------------------------------------------------------------------

def test_tree_show_colours_outcomes_and_names_the_next_contact():
    result = run("tree", "show", "gifts", "--lang", "en")
    assert result.exit_code == 0
    assert "Who is offering you the gift?" in result.stdout
    assert "[Not allowed]" in result.stdout and "Your manager" in result.stdout


def test_tree_export_json_lists_every_node_and_outcome():
    result = run("tree", "export", "gifts", "--format", "json")
    data = json.loads(result.stdout)
    topic = LIBRARY.topics["gifts"]
    assert {n["id"] for n in data["nodes"]} == set(topic.nodes)
    outcomes = {o["id"]: o for o in data["outcomes"]}
    assert set(outcomes) == {n for n, node in topic.nodes.items() if isinstance(node, Outcome)}
    assert outcomes["small_gift_accept"]["verdict"] == "allowed_tell_manager"
    assert outcomes["small_gift_accept"]["contacts"] == ["manager"]
    assert outcomes["small_gift_accept"]["sources"][0]["code"] == "IC"
    giver = next(n for n in data["nodes"] if n["id"] == "giver")
    assert giver["kind"] == "choice"
    assert {c["value"]: c["next"] for c in giver["choices"]}["client"] == "client_gift"
    assert giver["text"]["nl"] and giver["text"]["en"]


MERMAID_NODE = re.compile(r'^    (n_[a-z0-9_]+|topic_[a-z0-9_]+)(\{"[^"]*"\}|\(\["[^"]*"\]\)|\[\["[^"]*"\]\])$')
MERMAID_EDGE = re.compile(r'^    (n_[a-z0-9_]+) (-->|-\.->)\|"[^"]*"\| (n_[a-z0-9_]+|topic_[a-z0-9_]+)$')


@pytest.mark.parametrize("topic", sorted(LIBRARY.topics) + ["triage"])
def test_mermaid_export_is_a_valid_flowchart(topic):
    result = run("tree", "export", topic, "--format", "mermaid", "--lang", "nl")
    lines = result.stdout.splitlines()
    assert lines[0] == "flowchart TD"
    declared, used = set(), set()
    for line in lines[1:]:
        if node := MERMAID_NODE.match(line):
            declared.add(node.group(1))
        elif edge := MERMAID_EDGE.match(line):
            used |= {edge.group(1), edge.group(3)}
        else:
            assert re.match(r"^    (class n_[a-z0-9_]+ [a-z_]+|classDef [a-z_]+ fill:#[0-9a-f]{6},stroke:#555)$", line), line
    assert used <= declared, used - declared
    node_count = len(load_library(only=topic).topic(topic).nodes)
    assert len([d for d in declared if d.startswith("n_")]) == node_count


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed (.ci/run installs it)")
@pytest.mark.parametrize("topic", sorted(LIBRARY.topics) + ["triage"])
def test_dot_export_is_accepted_by_graphviz(topic):
    result = run("tree", "export", topic, "--format", "dot")
    rendered = subprocess.run(["dot", "-Tsvg"], input=result.stdout, capture_output=True, text=True)
    assert rendered.returncode == 0, rendered.stderr
    assert "<svg" in rendered.stdout


def test_unknown_topic_for_a_picture():
    result = run("tree", "show", "nope")
    assert result.exit_code == 2 and "unknown topic 'nope'" in result.stderr
