"""The command line through its public surface: exit codes, the JSON protocol's shapes, answers
from files, languages, and one clear line for every kind of bad input."""
import json

import pytest
from typer.testing import CliRunner

from conduct_cli.commands import app
from tests.protocol import check

BUSINESS_OK = {"giver": "business", "negotiating": "no", "obliged": "no", "rather_hidden": "no"}


def run(*args, env=None):
    return CliRunner().invoke(app, list(args), env=env)


def test_advice_has_the_documented_shape():
    reply = check("gifts", {**BUSINESS_OK, "value": 15})
    assert reply.exit_code == 0
    data = reply.data
    assert set(data) >= {"status", "topic", "outcome", "path"}
    assert data["status"] == "advice" and data["topic"] == "gifts"
    assert set(data["outcome"]) >= {"id", "verdict", "contacts", "advice", "sources"}
    assert all(set(s) >= {"code", "section"} for s in data["outcome"]["sources"])
    assert [set(step) for step in data["path"]] == [{"topic", "question", "answer"}] * 5


def test_needs_answer_has_the_documented_shape_and_exit_3():
    reply = check("gifts", {})
    assert reply.exit_code == 3
    assert reply.data["status"] == "needs_answer"
    question = reply.data["question"]
    assert set(question) >= {"id", "kind", "text", "choices"}
    assert question["id"] == "giver" and question["kind"] == "choice"
    assert [c["value"] for c in question["choices"]] == ["client", "business", "not_sure"]
    assert reply.data["path"] == []


def test_yes_no_question_offers_yes_no_and_not_sure():
    reply = check("gifts", {"giver": "business"})
    assert reply.data["question"]["kind"] == "yes_no"
    assert [c["value"] for c in reply.data["question"]["choices"]] == ["yes", "no", "not_sure"]


@pytest.mark.parametrize("answers, fragment", [
    ({"colour": "red"}, "unknown question 'colour' in topic 'gifts'"),
    ({"giver": "neighbour"}, "'neighbour' is not an answer to question 'giver'; allowed: client, business, not_sure"),
    ({**BUSINESS_OK, "value": "a lot"}, "'a lot' is not an amount for question 'value'; allowed: a number in euro"),
])
def test_a_bad_answer_is_one_line_and_exit_2(answers, fragment):
    reply = check("gifts", answers)
    assert reply.exit_code == 2
    assert reply.stdout == ""
    lines = reply.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], reply.stderr


def test_an_answer_without_equals_sign():
    result = run("check", "gifts", "--answer", "giver", "--no-input")
    assert result.exit_code == 2
    assert "--answer takes ID=VALUE" in result.stderr


def test_unknown_topic_lists_the_topics():
    result = run("check", "holidays", "--no-input")
    assert result.exit_code == 2
    assert "unknown topic 'holidays'" in result.stderr and "gifts" in result.stderr


def test_without_a_topic_a_script_is_asked_for_one():
    reply = check(None, {})
    assert reply.exit_code == 3
    assert reply.data["question"]["id"] == "topic"
    assert "gifts" in [c["value"] for c in reply.data["question"]["choices"]]
    # and can answer it like any other question
    reply = check(None, {"topic": "gifts", "giver": "client"})
    assert reply.exit_code == 0 and reply.data["topic"] == "gifts"


def test_answers_from_a_yaml_file(tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text("giver: business\nnegotiating: no\nobliged: no\nrather_hidden: no\nvalue: 15\n")
    reply = check("gifts", {}, "--answers", str(path))
    assert reply.exit_code == 0
    assert reply.data["outcome"]["id"] == "small_gift_accept"


def test_answers_from_a_json_file_and_the_command_line_wins(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({**BUSINESS_OK, "value": 15}))
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


def test_text_output_when_an_answer_is_missing_says_how_to_give_it():
    result = run("check", "gifts", "--no-input", "--lang", "en")
    assert result.exit_code == 3
    assert "Who is offering you the gift?" in result.stdout
    assert "--answer giver=VALUE" in result.stdout
    assert "not_sure" in result.stdout


def test_text_advice_names_verdict_next_contact_and_source():
    args = ["check", "gifts", "--no-input", "--lang", "en"]
    for key, value in {**BUSINESS_OK, "value": 15}.items():
        args += ["--answer", f"{key}={value}"]
    result = run(*args)
    assert result.exit_code == 0
    for expected in ("Allowed; tell your manager", "What to do now", "Your next contact",
                     "Your manager", "IC, Relatiegeschenken", "Your answers", "€ 15"):
        assert expected in result.stdout, expected


@pytest.mark.parametrize("env, title", [
    ({"CONDUCT_LANG": "nl", "LANG": "en_US.UTF-8"}, "Een geschenk aannemen"),
    ({"CONDUCT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "nl_NL.UTF-8"}, "Een geschenk aannemen"),
    ({"CONDUCT_LANG": "", "LC_ALL": "nl_BE.UTF-8", "LANG": "en_GB.UTF-8"}, "Een geschenk aannemen"),
    ({"CONDUCT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "de_DE.UTF-8"}, "Accepting a gift"),
    ({"CONDUCT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}, "Accepting a gift"),
])
def test_language_from_the_environment(env, title):
    result = run("topics", "--format", "json", env=env)
    assert result.exit_code == 0
    assert {t["id"]: t["title"] for t in json.loads(result.stdout)}["gifts"] == title


def test_lang_option_wins_over_the_environment():
    result = run("topics", "--format", "json", "--lang", "en", env={"CONDUCT_LANG": "nl"})
    assert {t["id"]: t["title"] for t in json.loads(result.stdout)}["gifts"] == "Accepting a gift"


def test_a_bad_language_is_one_line():
    result = run("topics", "--lang", "fr")
    assert result.exit_code == 2
    assert "--lang must be nl or en" in result.stderr
    result = run("topics", env={"CONDUCT_LANG": "de"})
    assert result.exit_code == 2 and "CONDUCT_LANG must be nl or en" in result.stderr


def test_topics_json_lists_id_title_summary():
    result = run("topics", "--format", "json", "--lang", "en")
    data = json.loads(result.stdout)
    assert all(set(item) == {"id", "title", "summary"} for item in data)
    assert "gifts" in [item["id"] for item in data]
