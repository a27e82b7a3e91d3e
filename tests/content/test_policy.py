"""Policy rules that `conduct validate` enforces on every path: one broken fixture per shipped
rule, each reported with file, node, rule and profile; and the rules' own semantics."""
from __future__ import annotations

import pytest

from conduct_cli.content.layout import shipped
from conduct_cli.content.policy import load_policy, parse_policy
from conduct_cli.content.yamlsafe import loads
from tests.helpers import conduct
from tests.own_trees import own_trees

# For each shipped rule: the tags on the path and an outcome that breaks the rule.
BREAKS = {
    "acute_danger_calls_112_first": (["acute_danger"], "seek_advice", ["manager"]),
    "acute_danger_to_a_client_or_child_names_veilig_thuis": (["acute_danger", "client_or_child"], "emergency",
                                                             ["emergency"]),
    "an_unsafe_client_gets_expert_advice": (["client_unsafe"], "seek_advice",
                                            ["person_concerned", "veilig_thuis", "behavioural_scientist"]),
    "an_unsafe_client_means_the_gedragswetenschapper_at_lumens": (["client_unsafe"], "seek_advice",
                                                                  ["attention_officer", "veilig_thuis"]),
    "someone_under_the_influence_is_stopped_and_the_manager_told": (["under_influence", "with_clients"],
                                                                    "report", ["manager", "whistleblower"]),
    "the_manager_is_not_the_first_contact_when_involved": (["manager_involved"], "seek_advice",
                                                           ["manager", "counsellor", "senior_manager"]),
    "the_counsellor_when_the_manager_is_involved": (["manager_involved"], "seek_advice",
                                                    ["senior_manager", "whistleblower"]),
    "the_managers_manager_where_the_code_names_one": (["manager_involved"], "seek_advice", ["counsellor"]),
    "a_suspected_board_is_reported_outside_the_line": (["board_involved"], "report", ["counsellor"]),
    "self_harm_names_113": (["self_harm"], "seek_advice", ["counsellor"]),
    "an_irregularity_is_not_promised_the_whistleblower_law": (["irregularity"], "report",
                                                              ["whistleblower", "whistleblower_authority"]),
    "an_outside_request_is_checked_before_answering": (["outside_request"], "ask_first", ["counsellor"]),
}
SHIPPED_RULES, _ = load_policy(str(shipped().policy))


def broken_topic() -> str:
    """A topic with one choice per rule, each tagged with the rule's tags and leading to an
    outcome that breaks it."""
    lines = ["id: broken", "title: {nl: Gebroken, en: Broken}", "summary: {nl: Gebroken, en: Broken}",
             "start: which", "nodes:", "  which:", "    kind: choice", "    text: {nl: Welke?, en: Which?}",
             "    choices:"]
    for rule in BREAKS:
        lines.append(f"      - {{value: {rule}, label: {{nl: '{rule}', en: '{rule}'}}, next: {rule}}}")
    lines += ["    not_sure: unsure", "    tags:"]
    lines += [f"      {rule}: [{', '.join(tags)}]" for rule, (tags, _, _) in BREAKS.items()]
    for rule, (_, verdict, contacts) in BREAKS.items():
        lines += [f"  {rule}:", "    kind: outcome", f"    verdict: {verdict}",
                  "    title: {nl: Advies, en: Advice}", "    advice: [{nl: Doe iets., en: Do something.}]",
                  f"    contacts: [{', '.join(contacts)}]", "    sources: [{code: MELDCODE, section: Stap 1}]"]
    lines += ["  unsure:", "    kind: outcome", "    verdict: seek_advice", "    title: {nl: Vraag, en: Ask}",
              "    advice: [{nl: Vraag het., en: Ask.}]", "    contacts: [counsellor]",
              "    sources: [{code: MELDCODE, section: Stap 1}]"]
    return "\n".join(lines) + "\n"


def test_every_shipped_rule_has_a_broken_fixture_here():
    assert {rule.id for rule in SHIPPED_RULES} == set(BREAKS)


@pytest.fixture(scope="module")
def problems(tmp_path_factory):
    trees = own_trees(tmp_path_factory.mktemp("policy"), {"broken": broken_topic()})
    result = conduct("validate", trees)
    assert result.exit_code == 1
    return [line for line in result.stderr.splitlines() if "policy rule" in line]


@pytest.mark.parametrize("rule", sorted(BREAKS))
def test_a_broken_rule_fails_validate_naming_file_node_and_rule(rule, problems):
    mine = [p for p in problems if f"policy rule '{rule}'" in p]
    assert mine, f"no problem reported for {rule}: {problems}"
    for problem in mine:
        assert "topics/broken.yaml:" in problem and f"node '{rule}'" in problem
        assert " under organisation '" in problem or " without an organisation" in problem
        assert f"reached by: broken.which={rule}" in problem


def test_a_rule_scoped_to_some_organisations_is_checked_only_under_them(problems):
    mine = [p for p in problems if "policy rule 'the_managers_manager_where_the_code_names_one'" in p]
    assert any("under organisation 'interaktcontour'" in p for p in mine)
    assert any("without an organisation" in p for p in mine)
    assert not any("under organisation 'lumens'" in p for p in mine)


def test_an_unless_tag_switches_a_rule_off():
    rules, problems = parse_policy(loads("rules:\n  r:\n    when: [a]\n    unless: [b]\n    why: x\n    first: [emergency]\n"),
                                   "policy.yaml")
    assert problems == []
    assert rules[0].applies(frozenset({"a"}), None)
    assert not rules[0].applies(frozenset({"a", "b"}), None)


def test_a_policy_file_with_problems_names_each(tmp_path):
    _rules, problems = parse_policy(loads("rules:\n  r:\n    when: []\n    verdicts: [maybe]\n    extra: 1\n"),
                                   "policy.yaml")
    messages = [p.message for p in problems]
    assert "'when' must name at least one tag" in messages
    assert "unknown verdict 'maybe'" in messages
    assert any(m.startswith("unknown field 'extra' in a policy rule") for m in messages)
    assert any(m.startswith("missing field 'why'") for m in messages)


def test_a_rule_naming_an_unknown_role_is_reported(tmp_path):
    trees = own_trees(tmp_path, policy="rules:\n  r:\n    when: [a]\n    why: x\n    first: [the_boss]\n")
    result = conduct("validate", trees)
    assert result.exit_code == 1
    assert "policy rule 'r': unknown contact role 'the_boss'" in result.stderr


def test_a_tag_no_rule_names_is_a_problem_with_a_suggestion(tmp_path):
    topic = broken_topic().replace("[manager_involved]", "[manger_involved]", 1)
    trees = own_trees(tmp_path, {"broken": topic})
    result = conduct("validate", trees)
    assert result.exit_code == 1
    line = next(line for line in result.stderr.splitlines() if "manger_involved" in line)
    assert "topics/broken.yaml:" in line and "node 'which'" in line
    assert "tag 'manger_involved' (did you mean 'manager_involved'?) is named by no policy rule" in line


def test_raising_it_first_with_the_manager_is_allowed_where_the_code_says_so_and_the_counsellor_stays(tmp_path):
    # IC Omgang met collega's: discontent is raised first with the one it concerns, also the manager
    topic = broken_topic().replace("      the_manager_is_not_the_first_contact_when_involved: [manager_involved]",
                                   "      the_manager_is_not_the_first_contact_when_involved: "
                                   "[manager_involved, raise_it_first]")
    topic = topic.replace("contacts: [manager, counsellor, senior_manager]",
                          "contacts: [person_concerned, senior_manager]")
    trees = own_trees(tmp_path, {"broken": topic})
    result = conduct("validate", trees)
    mine = [line for line in result.stderr.splitlines() if "node 'the_manager_is_not_the_first_contact_when" in line]
    assert not any("not_first" in line or "first contact" in line for line in mine), mine
    assert any("policy rule 'the_counsellor_when_the_manager_is_involved'" in line for line in mine), mine
