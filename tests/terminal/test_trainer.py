"""Trainer mode at the terminal (`terminal.trainer`): scenarios listed and played straight
through, and in-process with a scripted trainer, a group's votes beside the code's answer and
"what if" variations that show where a dilemma tips."""
from __future__ import annotations

import re

import pytest

from conduct_cli.content.layout import shipped
from conduct_cli.content.model import Outcome
from conduct_cli.content.scenarios import load_scenario, load_scenarios
from conduct_cli.errors import AnswerError
from conduct_cli.terminal.trainer import parse_votes, play
from conduct_cli.walk.answers import parse_answer
from conduct_cli.walk.replay import replay
from tests.helpers import FIXTURES, conduct, recording_screen, shipped_library

LIBRARY = shipped_library()
SCENARIOS, _ = load_scenarios(shipped())


# --- through the command ------------------------------------------------------------------------

def test_scenario_list_text():
    result = conduct("scenario", "list", "--lang", "en")
    assert result.exit_code == 0
    assert SCENARIOS[0].id in result.stdout


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_every_scenario_plays_straight_through_without_input(scenario):
    result = conduct("scenario", "play", scenario.id, "--no-input", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    outcome = LIBRARY.topic(scenario.topic).nodes.get(scenario.expected)
    text = " ".join(result.stdout.split())
    if isinstance(outcome, Outcome):
        assert " ".join(outcome.title.en.split())[:30] in text
    assert "For discussion" in result.stdout
    assert " ".join(scenario.discussion[0].en.split())[:30] in text


def test_an_unknown_scenario_is_one_line():
    result = conduct("scenario", "play", "nope", "--no-input")
    assert result.exit_code == 2
    assert "unknown scenario 'nope'" in result.stderr


# --- votes and what-if, in-process --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("3 0 2", dict(counts=(3, 0, 2))), ("3,0,2", dict(counts=(3, 0, 2))),
    ("2", dict(choice=1)), ("no", dict(choice=1)),
])
def test_votes_as_counts_or_the_groups_choice(text, expected):
    votes = parse_votes(text, ["yes", "no", "not_sure"])
    for key, value in expected.items():
        assert getattr(votes, key) == value


@pytest.mark.parametrize("text", ["", "7", "1 2", "maybe", "1 2 3 4", "²", "1 ² 3", "٣", "1" * 5000])
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
    scenario, problems = load_scenario(str(FIXTURES / "scenarios" / "wine_ok.yaml"))
    assert not problems
    replayed, problems = replay(scenario, LIBRARY)
    assert not problems
    return scenario, replayed


def test_quiz_shows_the_groups_votes_beside_the_codes_answer():
    scenario, replayed = fixture_scenario()
    io = ScriptedIO(texts=["1 5 0", "0 6 0", "2", "2", "30", "4 2 0", "1 1 1 1 1"])
    screen = recording_screen()
    play(scenario, replayed, LIBRARY, "en", screen, io, quiz=True)
    out = screen.console.export_text()
    assert "The code's answer" in out or "the code's answer" in out
    assert "5 (83%)" in out                        # 5 of 6 voted "a business relation"
    assert "Group: € 30" in out and "The code: € 15" in out
    assert "Allowed; tell your manager" in out
    assert "4 (67%)" in out                        # 4 of 6 voted "goods"
    assert io.texts == [] and io.waits == 7       # a pause before each step and the advice


def test_quiz_lists_the_verdict_options_before_the_group_votes():
    scenario, replayed = fixture_scenario()
    seen_when_voting: list[str] = []

    class Watching(ScriptedIO):
        def text(self, message, validate, lang):
            seen_when_voting.append(screen.console.export_text(clear=False))
            return super().text(message, validate, lang)

    io = Watching(texts=["1 5 0", "0 6 0", "2", "2", "30", "4 2 0", "1 1 1 1 1"])
    screen = recording_screen(width=60)
    play(scenario, replayed, LIBRARY, "en", screen, io, quiz=True)
    before_verdict_vote = seen_when_voting[-1]
    gift_verdicts = {node.verdict for node in LIBRARY.topics["gifts"].nodes.values() if isinstance(node, Outcome)}
    verdicts = [line for line in before_verdict_vote.splitlines()[-12:] if re.match(r"\s*\d+\. ", line)]
    assert len(verdicts) == len(gift_verdicts) == 5             # the gift topic's verdicts, numbered
    flat = " ".join(before_verdict_vote.split())
    assert "Allowed; tell your manager — you may go ahead" in flat
    assert "Ask first — someone else decides" in flat            # the meaning, not the name twice


def test_each_step_says_how_far_the_scenario_is():
    scenario, replayed = fixture_scenario()
    screen = recording_screen()
    play(scenario, replayed, LIBRARY, "en", screen, None)
    out = screen.console.export_text()
    total = len(replayed.advice.path)
    assert f"Step 1 of {total}" in out and f"Step {total} of {total}" in out


def test_a_wrapped_option_hangs_under_its_text():
    scenario, replayed = fixture_scenario()
    screen = recording_screen(width=40)
    play(scenario, replayed, LIBRARY, "en", screen, None)
    lines = screen.console.export_text().splitlines()
    first = next(i for i, line in enumerate(lines) if "2. A business relation" in line)
    label_column = lines[first].index("A business")
    assert lines[first + 1][label_column - 1] == " " and lines[first + 1][label_column].isalpha()


def test_what_if_changes_one_answer_and_shows_where_it_leads():
    scenario, replayed = fixture_scenario()
    io = ScriptedIO(picks=["4", "done"], answers=["40"])   # step 5 is the value
    screen = recording_screen()
    play(scenario, replayed, LIBRARY, "en", screen, io, what_if=True)
    out = screen.console.export_text()
    assert "Your manager decides" in out                 # 40 euro: the manager decides
    flat = " ".join(out.split())
    before, after = replayed.advice.outcome, LIBRARY.topics["gifts"].nodes["over_limit_ask"]
    assert (f"What if: was Allowed; tell your manager: {before.title.en} "
            f"→ Ask first: {after.title.en}") in flat          # verdicts and titles, both


def test_what_if_a_choice_that_opens_a_new_branch():
    scenario, replayed = fixture_scenario()
    io = ScriptedIO(picks=["0", "client", "done"], answers=["no"])   # the new branch asks: accepted already?
    screen = recording_screen()
    play(scenario, replayed, LIBRARY, "en", screen, io, what_if=True)
    assert "Do not accept a gift from a client" in screen.console.export_text()


def test_a_wrapped_discussion_question_hangs_under_its_text():
    scenarios, _ = load_scenarios(shipped())
    scenario = next(s for s in scenarios if s.id == "wine_at_christmas")
    library = shipped_library()
    replayed, _ = replay(scenario, library)
    screen = recording_screen(width=40, plain=True)
    play(scenario, replayed, library, "en", screen, None)
    lines = screen.console.export_text().splitlines()
    body = lines[lines.index("For discussion") + 1:]
    continued = [line for line in body if line.strip() and not re.match(r"\d+\. ", line)]
    assert continued                                          # some question did wrap at 40 columns
    assert all(line.startswith("   ") and line[3] != " " for line in continued), continued
