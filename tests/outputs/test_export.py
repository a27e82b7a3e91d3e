"""Trees as pictures and data (`conduct tree export`, `outputs.export`): every node drawn once,
every way out of a question drawn as an edge with its label, outcomes coloured by verdict, and
texts escaped so a quote or backslash in a tree can never break the picture."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from conduct_cli.content.library import load_library
from conduct_cli.content.model import (
    ANSWER_LABELS,
    Choice,
    Handover,
    Outcome,
    Question,
    QuestionKind,
    Route,
    Source,
    Text,
    Topic,
    Verdict,
)
from conduct_cli.content.verdicts import VERDICTS
from conduct_cli.outputs.export import to_dot, to_json, to_mermaid
from tests.helpers import conduct, shipped_library

LIBRARY = shipped_library()
SAMPLE_EDGES = [   # (from, label in English, to): every way out of every question of the sample
    ("first", "Left", "amount"), ("first", "Right", "sure"), ("first", "I'm not sure", "unsure"),
    ("sure", "Yes", "fine"), ("sure", "No", "unsure"), ("sure", "I'm not sure", "unsure"),
    ("amount", "< 10 EUR", "fine"), ("amount", "< 100 EUR", "ask"), ("amount", "≥ 100 EUR", "no"),
    ("amount", "I'm not sure", "ask"),
]
SAMPLE_OUTCOMES = {"fine": Verdict.ALLOWED, "ask": Verdict.ASK_FIRST, "no": Verdict.NOT_ALLOWED,
                   "unsure": Verdict.SEEK_ADVICE}


def tricky_topic() -> Topic:
    """A tree built in code whose texts hold quotes and backslashes, with a route and a handover."""
    question = Question("q", QuestionKind.CHOICE, Text('Zeg "hoi" \\ dag?', 'Say "hi" \\ bye?'), (
        Choice("a", Text('Keuze "A"', 'Choice "A"'), "o"),
        Choice("not_sure", ANSWER_LABELS["not_sure"], "r")))
    outcome = Outcome("o", Verdict.REPORT, Text('Meld "het"', 'Report "it" \\ now'),
                      (Text("Doe het.", "Do it."),), ("whistleblower",), (Source("IC", "Tot slot"),),
                      Handover("gifts", Text('Verder met "geschenken"?', 'Go on with "gifts"?')))
    route = Route("r", "gifts")
    return Topic("tricky", Text('Lastig "x"', 'Tricky "x" \\ y'), Text("s", "s"), "q",
                 {"q": question, "o": outcome, "r": route})


# --- through the command, on the shipped trees -------------------------------------------------

def test_tree_export_json_lists_every_node_and_outcome():
    result = conduct("tree", "export", "gifts", "--format", "json")
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
    assert {c["value"]: c["next"] for c in giver["choices"]}["client"] == "client_gift_rule"
    assert giver["text"]["nl"] and giver["text"]["en"]


MERMAID_NODE = re.compile(r'^    (n_[a-z0-9_]+|topic_[a-z0-9_]+)'
                          r'(\{"[^"]*"\}|\{\{"[^"]*"\}\}|\(\["[^"]*"\]\)|\[\["[^"]*"\]\])$')
MERMAID_EDGE = re.compile(r'^    (n_[a-z0-9_]+) (-->|-\.->)\|"[^"]*"\| (n_[a-z0-9_]+|topic_[a-z0-9_]+)$')
MERMAID_CLASS = re.compile(r"^    (class n_[a-z0-9_]+ [a-z_]+|classDef [a-z_]+ fill:#[0-9a-f]{6},stroke:#555)$")


def mermaid_nodes_and_edges(text: str) -> tuple[list[str], set[str]]:
    """The node ids declared (in order) and used by edges, checking every line's grammar."""
    lines = text.splitlines()
    assert lines[0] == "flowchart TD"
    declared, used = [], set()
    for line in lines[1:]:
        if node := MERMAID_NODE.match(line):
            declared.append(node.group(1))
        elif edge := MERMAID_EDGE.match(line):
            used |= {edge.group(1), edge.group(3)}
        else:
            assert MERMAID_CLASS.match(line), line
    return declared, used


@pytest.mark.parametrize("topic", [*sorted(LIBRARY.topics), "triage"])
def test_mermaid_export_is_a_valid_flowchart(topic):
    result = conduct("tree", "export", topic, "--format", "mermaid", "--lang", "nl")
    declared, used = mermaid_nodes_and_edges(result.stdout)
    assert used <= set(declared), used - set(declared)
    node_count = len(load_library(only=topic).topic(topic).nodes)
    assert len([d for d in declared if d.startswith("n_")]) == node_count


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed (.ci/run installs it)")
@pytest.mark.parametrize("topic", [*sorted(LIBRARY.topics), "triage"])
def test_dot_export_is_accepted_by_graphviz(topic):
    result = conduct("tree", "export", topic, "--format", "dot")
    rendered = subprocess.run(["dot", "-Tsvg"], input=result.stdout, capture_output=True, text=True)
    assert rendered.returncode == 0, rendered.stderr
    assert "<svg" in rendered.stdout


# --- to_mermaid ---------------------------------------------------------------------------------

def test_mermaid_draws_every_node_once_and_every_edge_with_its_label(sample_library):
    topic = sample_library.topics["sample"]
    text = to_mermaid(topic, sample_library, "en")
    declared, used = mermaid_nodes_and_edges(text)
    assert declared == [f"n_{node}" for node in topic.nodes]          # once each, in tree order
    assert used <= set(declared)
    edges = [line.strip() for line in text.splitlines() if "-->" in line]
    assert edges == [f'n_{a} -->|"{label}"| n_{b}' for a, label, b in SAMPLE_EDGES]
    assert '    n_first{"Which way?"}' in text.splitlines()


def test_mermaid_colours_outcomes_by_verdict_and_names_the_next_contact(sample_library):
    text = to_mermaid(sample_library.topics["sample"], sample_library, "en")
    lines = text.splitlines()
    manager = sample_library.roles["manager"].name.en
    assert f'    n_fine(["Allowed: Fine<br/>→ {manager}"])' in lines
    for node, verdict in SAMPLE_OUTCOMES.items():
        assert f"    class n_{node} {verdict.value}" in lines
    for verdict, look in VERDICTS.items():                         # every verdict has its fill
        assert f"    classDef {verdict.value} fill:{look.fill},stroke:#555" in lines


def test_mermaid_is_drawn_in_the_language_asked(sample_library):
    text = to_mermaid(sample_library.topics["sample"], sample_library, "nl")
    assert '    n_first{"Welke kant?"}' in text.splitlines()
    assert '    n_first -->|"Links"| n_amount' in text.splitlines()
    assert "Which way?" not in text


def test_mermaid_escapes_quotes_and_draws_routes_and_handovers(library):
    text = to_mermaid(tricky_topic(), library, "en")
    lines = text.splitlines()
    declared, _ = mermaid_nodes_and_edges(text)                       # no raw quote in a label
    assert '    n_q{"Say #quot;hi#quot; \\ bye?"}' in lines
    assert '    n_q -->|"Choice #quot;A#quot;"| n_o' in lines
    assert '    n_r[["→ gifts"]]' in lines
    assert '    topic_gifts[["→ gifts"]]' in lines
    assert '    n_o -.->|"Go on with #quot;gifts#quot;?"| topic_gifts' in lines
    assert "    class n_o report" in lines
    assert declared.count("n_o") == 1 and declared.count("topic_gifts") == 1


# --- to_dot -------------------------------------------------------------------------------------

def test_dot_draws_every_node_once_and_every_edge_with_its_label(sample_library):
    topic = sample_library.topics["sample"]
    lines = to_dot(topic, sample_library, "en").splitlines()
    assert lines[0] == 'digraph "sample" {' and lines[-1] == "}"
    assert '    label="Sample"; labelloc=t;' in lines
    for node in topic.nodes:
        assert len([line for line in lines if line.startswith(f'    "{node}" [')]) == 1, node
    edges = [line for line in lines if " -> " in line]
    assert edges == [f'    "{a}" -> "{b}" [label="{label}"];' for a, label, b in SAMPLE_EDGES]
    assert '    "first" [shape=box, style="rounded,bold", label="Which way?"];' in lines


def test_dot_fills_outcomes_with_the_verdicts_colour(sample_library):
    lines = to_dot(sample_library.topics["sample"], sample_library, "en").splitlines()
    for node, verdict in SAMPLE_OUTCOMES.items():
        line = next(line for line in lines if line.startswith(f'    "{node}" ['))
        assert f'fillcolor="{VERDICTS[verdict].fill}"' in line, line
        assert VERDICTS[verdict].label.en in line, line


def test_dot_escapes_quotes_and_backslashes_and_draws_routes_and_handovers(library):
    lines = to_dot(tricky_topic(), library, "en").splitlines()
    assert '    label="Tricky \\"x\\" \\\\ y"; labelloc=t;' in lines
    assert '    "q" [shape=box, style="rounded,bold", label="Say \\"hi\\" \\\\ bye?"];' in lines
    assert '    "q" -> "o" [label="Choice \\"A\\""];' in lines
    assert '    "r" [shape=cds, label="→ gifts"];' in lines
    assert '    "topic:gifts" [shape=cds, label="→ gifts"];' in lines
    assert ('    "o" -> "topic:gifts" [style=dashed, label="Go on with \\"gifts\\"?"];' in lines)
    outcome = next(line for line in lines if line.startswith('    "o" ['))
    label = outcome.split('label="', 1)[1].replace("\\n", " ")     # wrapped to fit a slide
    assert label.startswith('Report it: Report \\"it\\" \\\\ now → '), outcome


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed (.ci/run installs it)")
def test_dot_with_quotes_and_backslashes_is_accepted_by_graphviz(library):
    rendered = subprocess.run(["dot", "-Tsvg"], input=to_dot(tricky_topic(), library, "en"),
                              capture_output=True, text=True)
    assert rendered.returncode == 0, rendered.stderr
    assert "hi" in rendered.stdout


# --- to_json ------------------------------------------------------------------------------------

def test_json_holds_every_node_once_in_both_languages(sample_library):
    topic = sample_library.topics["sample"]
    data = to_json(topic, sample_library)
    assert (data["topic"], data["start"]) == ("sample", "first")
    assert data["title"] == {"nl": "Voorbeeld", "en": "Sample"}
    assert [n["id"] for n in data["nodes"]] == list(topic.nodes)
    kinds = {n["id"]: n["kind"] for n in data["nodes"]}
    assert kinds == {"first": "choice", "sure": "yes_no", "amount": "amount", "fine": "outcome",
                     "ask": "outcome", "no": "outcome", "unsure": "outcome"}
    first = data["nodes"][0]
    assert first["text"] == {"nl": "Welke kant?", "en": "Which way?"}
    assert [(c["value"], c["next"]) for c in first["choices"]] == [
        ("left", "amount"), ("right", "sure"), ("not_sure", "unsure")]
    assert first["choices"][2]["label"] == {"nl": "Ik weet het niet zeker", "en": "I'm not sure"}


def test_json_gives_amount_bands_in_order_and_outcomes_in_full(sample_library):
    data = to_json(sample_library.topics["sample"], sample_library)
    amount = next(n for n in data["nodes"] if n["id"] == "amount")
    assert amount["unit"] == "EUR"
    assert amount["bands"] == [{"below": 10.0, "next": "fine"}, {"below": 100.0, "next": "ask"},
                               {"below": None, "next": "no"}]
    outcomes = {o["id"]: o for o in data["outcomes"]}
    assert {o: outcomes[o]["verdict"] for o in outcomes} == {
        node: verdict.value for node, verdict in SAMPLE_OUTCOMES.items()}
    assert outcomes["ask"]["contacts"] == ["manager", "counsellor"]
    assert outcomes["no"]["sources"] == [{"code": "L", "section": "4.5 Ethische dilemma's"}]
    assert outcomes["fine"]["advice"] == [{"nl": "Ga je gang.", "en": "Go ahead."}]
    assert json.loads(json.dumps(data)) == data                      # plain JSON data


def test_json_keeps_quotes_as_text_and_carries_routes_and_handovers(library):
    data = to_json(tricky_topic(), library)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["q"]["text"]["en"] == 'Say "hi" \\ bye?'
    assert nodes["r"] == {"id": "r", "kind": "route", "topic": "gifts"}
    assert data["outcomes"][0]["handover"] == {
        "topic": "gifts", "text": {"nl": 'Verder met "geschenken"?', "en": 'Go on with "gifts"?'}}
    assert json.loads(json.dumps(data))["nodes"][0]["text"]["en"] == 'Say "hi" \\ bye?'
