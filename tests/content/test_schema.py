"""The schema (`content.schema`): tree files read into the model, one reader per node kind
(`NODE_READERS`), and every schema problem reported with file, line and node, all in one pass.
Graph checks (targets, reachability, cycles) are `validation`'s, tested in test_validation.py."""
from __future__ import annotations

import pytest

from conduct_cli.content.layout import shipped
from conduct_cli.content.model import (
    ANSWER_LABELS,
    NOT_SURE,
    Band,
    Choice,
    ContactRole,
    Handover,
    Outcome,
    Question,
    QuestionKind,
    Route,
    Source,
    SourceCode,
    Text,
    Topic,
    Verdict,
)
from conduct_cli.content.schema import NODE_READERS, load_codes, load_roles, load_topic, parse_topic
from conduct_cli.content.yamlsafe import loads
from tests.helpers import SAMPLE

BASE = SAMPLE.read_text()          # topic 'sample': a choice, a yes/no, an amount and outcomes

EVERY_KIND = """\
id: kinds
title: {nl: Soorten, en: Kinds}
summary: {nl: Elke soort, en: Every kind}
start: pick
nodes:
  pick:
    kind: choice
    text: {nl: Welke?, en: Which?}
    help: {nl: Kies er een., en: Pick one.}
    choices:
      - value: sure
        label: {nl: Zeker, en: Sure}
        next: sure
      - value: how_much
        label: {nl: Bedrag, en: Amount}
        next: how_much
      - value: elsewhere
        label: {nl: Elders, en: Elsewhere}
        next: away
    not_sure: done
  sure:
    kind: yes_no
    text: {nl: Zeker?, en: Sure?}
    if_yes: done
    if_no: away
    not_sure: done
  how_much:
    kind: amount
    unit: EUR
    text: {nl: Hoeveel?, en: How much?}
    bands:
      - below: 25
        next: done
      - below: 50.5
        next: away
      - next: done
    not_sure: away
  done:
    kind: outcome
    verdict: ask_first
    title: {nl: Vraag het, en: Ask}
    advice:
      - {nl: Eerst vragen., en: Ask first.}
      - {nl: Dan doen., en: Then act.}
    contacts: [manager, counsellor]
    sources: [{code: IC, section: Algemeen}, {code: L, section: 4.5}]
    handover:
      topic: gifts
      text: {nl: Verder met geschenken?, en: Go on with gifts?}
  away:
    kind: route
    topic: gifts
"""


def parse(text: str, file: str = "sample.yaml"):
    return parse_topic(loads(text), file)


def problems_of(text: str, file: str = "sample.yaml") -> list:
    topic, problems = parse(text, file)
    assert topic is None and problems, "expected problems, got a topic"
    return problems


def only_problem(text: str, file: str = "sample.yaml"):
    problems = problems_of(text, file)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


# --- every node kind read into the model ---------------------------------------------------------

def test_every_node_kind_has_a_reader():
    assert set(NODE_READERS) == {"choice", "yes_no", "amount", "outcome", "route", "by_organisation"}


def test_every_node_kind_is_read_into_the_model():
    topic, problems = parse(EVERY_KIND, "kinds.yaml")
    assert problems == []
    assert isinstance(topic, Topic)
    assert (topic.id, topic.start, topic.file) == ("kinds", "pick", "kinds.yaml")
    assert topic.title == Text("Soorten", "Kinds") and topic.summary == Text("Elke soort", "Every kind")
    kinds = {node_id: type(node) for node_id, node in topic.nodes.items()}
    assert kinds == {"pick": Question, "sure": Question, "how_much": Question, "done": Outcome,
                     "away": Route}
    assert [topic.nodes[n].kind for n in ("pick", "sure", "how_much")] == [
        QuestionKind.CHOICE, QuestionKind.YES_NO, QuestionKind.AMOUNT]
    assert topic.lines["pick"] == 6 and topic.lines["away"] == 50


def test_a_choice_question_keeps_its_choices_in_order_and_not_sure_last():
    pick = parse(EVERY_KIND, "kinds.yaml")[0].nodes["pick"]
    assert pick.text == Text("Welke?", "Which?") and pick.help == Text("Kies er een.", "Pick one.")
    assert pick.choices == (
        Choice("sure", Text("Zeker", "Sure"), "sure"),
        Choice("how_much", Text("Bedrag", "Amount"), "how_much"),
        Choice("elsewhere", Text("Elders", "Elsewhere"), "away"),
        Choice(NOT_SURE, ANSWER_LABELS[NOT_SURE], "done"),
    )


def test_a_yes_no_question_gets_yes_no_and_not_sure_with_their_labels():
    sure = parse(EVERY_KIND, "kinds.yaml")[0].nodes["sure"]
    assert sure.choices == (Choice("yes", Text("Ja", "Yes"), "done"),
                            Choice("no", Text("Nee", "No"), "away"),
                            Choice(NOT_SURE, Text("Ik weet het niet zeker", "I'm not sure"), "done"))
    assert sure.bands == () and sure.unit is None and sure.help is None


def test_an_amount_question_has_its_bands_in_order_and_only_not_sure_to_pick():
    amount = parse(EVERY_KIND, "kinds.yaml")[0].nodes["how_much"]
    assert amount.unit == "EUR"
    assert amount.bands == (Band(25.0, "done"), Band(50.5, "away"), Band(None, "done"))
    assert amount.choices == (Choice(NOT_SURE, ANSWER_LABELS[NOT_SURE], "away"),)


def test_an_outcome_is_read_with_its_steps_contacts_sources_and_handover():
    done = parse(EVERY_KIND, "kinds.yaml")[0].nodes["done"]
    assert done == Outcome(
        "done", Verdict.ASK_FIRST, Text("Vraag het", "Ask"),
        (Text("Eerst vragen.", "Ask first."), Text("Dan doen.", "Then act.")),
        ("manager", "counsellor"), (Source("IC", "Algemeen"), Source("L", "4.5")),
        Handover("gifts", Text("Verder met geschenken?", "Go on with gifts?")))


def test_a_route_is_read_with_its_topic():
    assert parse(EVERY_KIND, "kinds.yaml")[0].nodes["away"] == Route("away", "gifts")


def test_load_topic_reads_a_file_and_names_it():
    topic, problems = load_topic(str(SAMPLE))
    assert problems == [] and topic.id == "sample" and topic.file == str(SAMPLE)
    assert list(topic.nodes) == ["first", "sure", "amount", "fine", "ask", "no", "unsure"]


# --- problems, each with file, line and node --------------------------------------------------

@pytest.mark.parametrize("change, line, node, message", [
    (("    verdict: allowed\n", "    verdict: allowed\n    colour: red\n"), 37, "fine",
     "unknown field 'colour' in an outcome (allowed: advice, contacts, handover, kind, sources, tags, title, verdict)"),
    (("    not_sure: unsure\n  sure:", "  sure:"), 7, "first",
     "missing field 'not_sure' in a choice question"),
    (("    if_yes: fine\n", ""), 18, "sure", "missing field 'if_yes' in a yes_no question"),
    ((BASE[BASE.index("    choices:"):BASE.index("    not_sure: unsure")], "    choices: left\n"), 9, "first",
     "'choices' must be a list of at least one choice"),
    (("    kind: yes_no\n", "    kind: maybe\n"), 18, "sure",
     "unknown kind 'maybe' (allowed: choice, yes_no, amount, outcome, route, by_organisation)"),
    (("    kind: yes_no\n", "    kind: [yes_no]\n"), 18, "sure",
     "unknown kind ['yes_no'] (allowed: choice, yes_no, amount, outcome, route, by_organisation)"),
    (("    kind: yes_no\n", "    kind: {a: 1}\n"), 18, "sure", "unknown kind {'a': 1}"),
    (("    kind: yes_no\n", ""), 18, "sure", "unknown kind None"),
    (("  sure:\n", "  Sure-Node:\n"), 17, None,
     "a node id must be an id of lower-case letters, digits and '_', starting with a letter; got 'Sure-Node'"),
    (("if_yes: fine", "if_yes: Fine!"), 20, "sure", "'if_yes' must be an id of lower-case letters"),
    (("text: {nl: Zeker?, en: Sure?}", "text: {nl: Zeker?}"), 19, "sure", "'text' has no English text ('en')"),
    (("text: {nl: Zeker?, en: Sure?}", "text: {nl: Zeker?, en: Sure?, de: Sicher?}"), 19, "sure",
     "'text' has an unknown language 'de' (allowed: nl, en)"),
    (("text: {nl: Zeker?, en: Sure?}", "text: Sure?"), 19, "sure",
     "'text' must have a Dutch and an English text ({nl: ..., en: ...}), not text"),
    (("text: {nl: Zeker?, en: Sure?}", 'text: {nl: Zeker?, en: "Sure\\e[2J?"}'), 19, "sure",
     "'text' ('en') contains a control character; only printable text is allowed"),
    (("      - value: right\n", "      - value: left\n"), 13, "first", "duplicate choice value 'left'"),
    (("      - value: right\n", "      - value: not_sure\n"), 13, "first",
     "'not_sure' is added to every question; use the 'not_sure' field"),
    (("      - below: 100\n", "      - below: 5\n"), 30, "amount",
     "bands must be in increasing order of 'below'"),
    (("      - below: 100\n", "      - below: -5\n"), 30, "amount",
     "a band's 'below' must be a positive number; got -5"),
    (("    unit: EUR\n", "    unit: USD\n"), 25, "amount", "'unit' must be EUR; got 'USD'"),
    (("verdict: allowed", "verdict: fine_by_me"), 36, "fine", "unknown verdict 'fine_by_me'"),
    (("contacts: [manager]\n    sources: [{code: IC, section: Algemeen}]\n  ask:",
      "contacts: []\n    sources: [{code: IC, section: Algemeen}]\n  ask:"), 39, "fine",
     "'contacts' must be a list of at least one contact role"),
    (("advice: [{nl: Ga je gang., en: Go ahead.}]", "advice: [{nl: Ga je gang.}]"), 38, "fine",
     "advice step 1 has no English text ('en')"),
    (("id: sample", "id: other"), 1, None, "the topic id 'other' must match the file name 'sample.yaml'"),
])
def test_each_schema_problem_names_file_line_and_node(change, line, node, message):
    old, new = change
    assert old in BASE, old
    found = only_problem(BASE.replace(old, new, 1))
    assert found.file == "sample.yaml"
    assert message in found.message, found.message
    assert (found.line, found.node) == (line, node), str(found)


def test_a_problem_reads_file_line_node_and_message():
    found = only_problem(BASE.replace("    verdict: allowed\n", "    verdict: allowed\n    colour: red\n"))
    assert str(found).startswith("sample.yaml:37: node 'fine': unknown field 'colour'")


def test_every_problem_is_reported_in_one_pass():
    text = (BASE.replace("    kind: yes_no\n", "    kind: maybe\n")
                .replace("verdict: allowed", "verdict: fine_by_me")
                .replace("title: {nl: Vraag het, en: Ask}", "title: {nl: Vraag het}"))
    problems = problems_of(text)
    assert [(p.line, p.node) for p in problems] == [(18, "sure"), (36, "fine"), (44, "ask")]


@pytest.mark.parametrize("text, message", [
    ("- a\n- b\n", "a topic file must be a mapping, not a list"),
    ("just text\n", "a topic file must be a mapping, not text"),
    ("", "a topic file must be a mapping, not nothing"),
])
def test_a_file_that_is_not_a_mapping_is_one_problem_on_line_1(text, message):
    found = only_problem(text)
    assert (found.message, found.line, found.node) == (message, 1, None)


def test_missing_topic_fields_are_named():
    text = "\n".join(line for line in BASE.splitlines() if not line.startswith(("summary:", "start:")))
    messages = [p.message for p in problems_of(text + "\n")]
    assert "missing field 'start' in a topic" in messages
    assert "missing field 'summary' in a topic" in messages


def test_load_topic_reports_a_yaml_problem_with_the_file(tmp_path):
    path = tmp_path / "sample.yaml"
    path.write_text(BASE.replace("  sure:\n", "  sure:\n    kind: yes_no\n", 1))
    topic, problems = load_topic(str(path))
    assert topic is None
    assert [(p.file, p.line, p.message) for p in problems] == [(str(path), 19, "duplicate key 'kind'")]


# --- contact roles and source codes ------------------------------------------------------------

def test_the_shipped_roles_and_codes_are_read_without_problems():
    content = shipped()
    roles, problems = load_roles(str(content.contacts))
    assert problems == [] and {"manager", "counsellor", "emergency"} <= set(roles)
    assert isinstance(roles["manager"], ContactRole) and roles["manager"].id == "manager"
    codes, problems = load_codes(str(content.sources))
    assert problems == [] and {"IC", "L"} <= set(codes)
    assert codes["IC"] == SourceCode("IC", Text("Integriteitscode InteraktContour",
                                                "InteraktContour Integrity Code"),
                                     "Integriteitscode InteraktContour")


def test_a_role_without_a_field_or_with_a_bad_id_is_reported(tmp_path):
    path = tmp_path / "contacts.yaml"
    path.write_text("roles:\n"
                    "  boss:\n"
                    "    name: {nl: Baas, en: Boss}\n"
                    "    purpose: {nl: Beslist, en: Decides}\n"
                    "  Bad-Id:\n"
                    "    name: {nl: X, en: X}\n")
    roles, problems = load_roles(str(path))
    assert roles == {}
    assert [(p.line, p.node, p.message) for p in problems] == [
        (3, "boss", "missing field 'confidentiality' in a contact role"),   # once, not twice
        (5, None, "a role id must be an id of lower-case letters, digits and '_', starting with a letter; "
                  "got 'Bad-Id'"),
    ]
    assert all(p.file == str(path) for p in problems)


def test_a_code_without_a_reference_is_reported(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("codes:\n  IC:\n    title: {nl: Code, en: Code}\n  X:\n    title: {nl: X, en: X}\n"
                    "    reference: Wet X\n")
    codes, problems = load_codes(str(path))
    assert set(codes) == {"X"} and codes["X"].reference == "Wet X"
    assert [(p.line, p.node, p.message) for p in problems] == [(3, "IC", "missing field 'reference' in a source code")]


@pytest.mark.parametrize("loader, what", [(load_roles, "'roles'"), (load_codes, "'codes'")])
def test_a_roles_or_codes_file_without_its_mapping_is_one_problem(tmp_path, loader, what):
    path = tmp_path / "file.yaml"
    path.write_text("something: else\n")
    found, problems = loader(str(path))
    assert found == {}
    assert [p.message for p in problems] == [f"{what} must be a mapping, not nothing"]


def test_a_missing_text_field_is_reported_once(tmp_path):
    broken = tmp_path / "sample.yaml"
    broken.write_text("\n".join(line for line in SAMPLE.read_text().splitlines()
                                 if not line.strip().startswith("title:") or line.startswith("title:")) + "\n")
    topic, problems = load_topic(str(broken))
    assert topic is None
    titles = [p for p in problems if "title" in p.message]
    assert titles and all("missing field 'title'" in p.message for p in titles), problems
    assert len({(p.line, p.node) for p in titles}) == len(titles)


def test_a_question_may_have_a_short_label_for_the_review():
    text = EVERY_KIND.replace("    text: {nl: Zeker?, en: Sure?}\n",
                              "    text: {nl: Zeker?, en: Sure?}\n    short: {nl: Zeker, en: Sure}\n")
    topic = parse(text, "kinds.yaml")[0]
    assert topic.nodes["sure"].short == Text("Zeker", "Sure")
    assert topic.nodes["sure"].label() == Text("Zeker", "Sure")
    assert topic.nodes["pick"].short is None and topic.nodes["pick"].label() == topic.nodes["pick"].text


def test_a_short_label_needs_both_languages():
    text = EVERY_KIND.replace("    text: {nl: Zeker?, en: Sure?}\n",
                              "    text: {nl: Zeker?, en: Sure?}\n    short: {nl: Zeker}\n")
    _, problems = parse(text, "kinds.yaml")
    assert any("'short' has no English text" in p.message for p in problems), problems


def test_every_long_shipped_question_has_a_short_label(library):
    # the review lists every answer beside its question; a long question is named by its label
    long = [f"{topic.id}.{node.id}" for topic in library.all_topics() for node in topic.nodes.values()
            if isinstance(node, Question) and max(len(node.text.nl), len(node.text.en)) > 100 and node.short is None]
    assert not long, long
