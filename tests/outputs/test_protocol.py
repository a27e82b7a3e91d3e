"""The public JSON protocol (`--format json`, documented in the README): the shapes scripts
depend on. Keys may be added, never renamed or removed."""
from __future__ import annotations

import json

from tests.helpers import GIFT_15, check, choice_values, conduct, shipped_library


def test_advice_has_the_documented_shape():
    reply = check("gifts", GIFT_15)
    assert reply.exit_code == 0
    data = reply.data
    assert set(data) >= {"status", "topic", "outcome", "path"}
    assert data["status"] == "advice" and data["topic"] == "gifts"
    assert set(data["outcome"]) >= {"id", "verdict", "contacts", "advice", "sources"}
    assert all(set(s) >= {"code", "section"} for s in data["outcome"]["sources"])
    assert [set(step) for step in data["path"]] == [{"topic", "question", "answer"}] * 6


def test_needs_answer_has_the_documented_shape_and_exit_3():
    reply = check("gifts", {})
    assert reply.exit_code == 3
    assert reply.data["status"] == "needs_answer"
    question = reply.data["question"]
    assert set(question) >= {"id", "kind", "text", "choices"}
    assert question["id"] == "giver" and question["kind"] == "choice"
    assert choice_values(question) == ["client", "business", "not_sure"]
    assert reply.data["path"] == []


def test_yes_no_question_offers_yes_no_and_not_sure():
    reply = check("gifts", {"giver": "business"})
    assert reply.data["question"]["kind"] == "yes_no"
    assert choice_values(reply.data["question"]) == ["yes", "no", "not_sure"]


def test_topics_json_lists_id_title_summary():
    result = conduct("topics", "--format", "json", "--lang", "en")
    data = json.loads(result.stdout)
    assert all(set(item) == {"id", "title", "summary"} for item in data)
    assert "gifts" in [item["id"] for item in data]


def test_scenario_list_json():
    from conduct_cli.content.layout import shipped
    from conduct_cli.content.scenarios import load_scenarios

    scenarios, _ = load_scenarios(shipped())
    result = conduct("scenario", "list", "--format", "json", "--lang", "en")
    data = json.loads(result.stdout)
    assert [set(item) for item in data] == [{"id", "title", "topic"}] * len(scenarios)
    assert {item["id"] for item in data} == {s.id for s in scenarios}
    assert {item["topic"] for item in data} <= set(shipped_library().topics)
