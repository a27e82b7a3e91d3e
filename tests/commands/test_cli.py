"""The command line through its public surface: exit codes, one clear line for every kind of bad
input, answers from files, and the user's language. (The JSON shapes are in
tests/outputs/test_protocol.py, what the text output shows in tests/terminal/test_render.py.)"""
import json
import subprocess
import sys

import pytest

from tests.helpers import GIFT_15, GIFT_FROM_BUSINESS, assert_next, assert_rejected, check, conduct

# --- bad input: exit 2 and one line ------------------------------------------------------------

@pytest.mark.parametrize("answers, fragment", [
    ({"colour": "red"}, "unknown question 'colour' in topic 'gifts'"),
    ({"giver": "neighbour"}, "'neighbour' is not an answer to question 'giver'; allowed: client, business, not_sure"),
    ({**GIFT_FROM_BUSINESS, "value": "a lot"},
     "'a lot' is not an amount for question 'value'; allowed: a number in euro"),
])
def test_a_bad_answer_is_one_line_and_exit_2(answers, fragment):
    assert_rejected("gifts", answers, fragment)


def test_an_answer_without_equals_sign():
    result = conduct("check", "gifts", "--answer", "giver", "--no-input")
    assert result.exit_code == 2
    assert "--answer takes ID=VALUE" in result.stderr


def test_unknown_topic_lists_the_topics():
    result = conduct("check", "holidays", "--no-input")
    assert result.exit_code == 2
    assert "unknown topic 'holidays'" in result.stderr and "gifts" in result.stderr


def test_unknown_topic_for_a_picture():
    result = conduct("tree", "show", "nope")
    assert result.exit_code == 2 and "unknown topic 'nope'" in result.stderr


def test_escape_sequences_typed_by_the_user_are_shown_escaped():
    result = subprocess.run([sys.executable, "-m", "conduct_cli", "check", "gifts", "--no-input",
                             "--answer", "giver=\x1b[2J\x1b]0;owned\x07"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\\x1b[2J" in result.stderr


# --- answers from a file -----------------------------------------------------------------------

def test_answers_from_a_yaml_file(tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text("giver: business\nnegotiating: no\nobliged: no\nrather_hidden: no\nvalue: 15\ngift_kind: goods\n")
    reply = check("gifts", {}, "--answers", str(path))
    assert reply.exit_code == 0
    assert reply.data["outcome"]["id"] == "small_gift_accept"


def test_answers_from_a_json_file_and_the_command_line_wins(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(GIFT_15))
    reply = check("gifts", {"value": 30}, "--answers", str(path))
    assert reply.data["outcome"]["id"] == "over_limit_ask"


@pytest.mark.parametrize("content, fragment", [
    ("giver: [client\n", "YAML syntax error"),
    ("- client\n- business\n", "must be a map of question id to answer"),
    ("giver:\n  nested: x\n", "must be a single value"),
    (b"\x00\x01binary", "binary file"),
    (b"giver: \xff\xfe", "not UTF-8"),
])
def test_a_broken_answers_file_is_one_line_naming_the_file(tmp_path, content, fragment):
    path = tmp_path / "answers.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    reply = check("gifts", {}, "--answers", str(path))
    assert reply.exit_code == 2
    assert "answers.yaml" in reply.stderr and fragment in reply.stderr
    assert len(reply.stderr.strip().splitlines()) == 1
    assert "Traceback" not in reply.stderr


def test_a_missing_answers_file(tmp_path):
    reply = check("gifts", {}, "--answers", str(tmp_path / "nope.yaml"))
    assert reply.exit_code == 2
    assert "nope.yaml" in reply.stderr and "does not exist" in reply.stderr


# --- languages ---------------------------------------------------------------------------------

@pytest.mark.parametrize("env, title", [
    ({"CONDUCT_LANG": "nl", "LANG": "en_US.UTF-8"}, "Een geschenk aannemen"),
    ({"CONDUCT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "nl_NL.UTF-8"}, "Een geschenk aannemen"),
    ({"CONDUCT_LANG": "", "LC_ALL": "nl_BE.UTF-8", "LANG": "en_GB.UTF-8"}, "Een geschenk aannemen"),
    ({"CONDUCT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "de_DE.UTF-8"}, "Accepting a gift"),
    ({"CONDUCT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}, "Accepting a gift"),
])
def test_language_from_the_environment(env, title):
    result = conduct("topics", "--format", "json", env=env)
    assert result.exit_code == 0
    assert {t["id"]: t["title"] for t in json.loads(result.stdout)}["gifts"] == title


def test_lang_option_wins_over_the_environment():
    result = conduct("topics", "--format", "json", "--lang", "en", env={"CONDUCT_LANG": "nl"})
    assert {t["id"]: t["title"] for t in json.loads(result.stdout)}["gifts"] == "Accepting a gift"


def test_a_bad_language_is_one_line():
    result = conduct("topics", "--lang", "fr")
    assert result.exit_code == 2
    assert "--lang must be nl or en" in result.stderr
    result = conduct("topics", env={"CONDUCT_LANG": "de"})
    assert result.exit_code == 2 and "CONDUCT_LANG must be nl or en" in result.stderr


def test_errors_speak_the_users_language():
    result = conduct("check", "gifts", "--no-input", "--lang", "nl", "--answer", "giver=buurman")
    assert result.exit_code == 2
    assert "'buurman' is geen antwoord op vraag 'giver'; mogelijk: client, business, not_sure" in result.stderr
    assert_rejected("gifts", {"giver": "buurman"}, "'buurman' is geen antwoord", lang="nl")   # JSON too
    result = conduct("check", "vakantie", "--no-input", "--lang", "nl")
    assert "onbekend onderwerp 'vakantie'" in result.stderr


def test_headings_speak_the_users_language():
    result = conduct("check", "gifts", "--no-input", "--lang", "nl", "--answer", "giver=client",
                     "--answer", "client_already_accepted=no")
    for heading in ("Wat je nu doet", "Je volgende contact", "Waarom (bronnen)", "Je antwoorden"):
        assert heading in result.stdout
    result = conduct("topics", "--lang", "nl")
    assert "Onderwerp" in result.stdout


# --- exit codes --------------------------------------------------------------------------------

def test_exit_0_for_advice_and_3_for_an_answer_that_may_not_be_asked():
    assert_next("gifts", GIFT_15, reaches="small_gift_accept")           # checks exit 0
    assert_next("gifts", GIFT_FROM_BUSINESS, asks="value")               # checks exit 3
    assert conduct("check", "gifts", "--no-input", "--answer", "giver=client",
                   "--answer", "client_already_accepted=no").exit_code == 0
    assert conduct("check", "gifts", "--no-input").exit_code == 3
