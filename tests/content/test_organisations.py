"""Organisation profiles: advice that follows your own code, checked under every profile.

The fixture trees (tests/fixtures/orgs) have one rule where the codes differ: a gift from a
client (IC: none at all; L 4.4: judge the proportion yourself; no organisation: the stricter
rule)."""
from __future__ import annotations

import pytest

from conduct_cli.content.library import load_library
from conduct_cli.content.organisations import cited_under, has_role, parse_organisation, profiled
from conduct_cli.content.yamlsafe import loads
from conduct_cli.walk.audit import audit
from tests.helpers import conduct
from tests.own_trees import own_trees


@pytest.fixture
def trees(tmp_path):
    return own_trees(tmp_path)


def gift(trees, *extra, answers=("danger=no",)):
    import json

    args = ["check", "gift_rule", "--trees", trees, "--no-input", "--format", "json"]
    for answer in answers:
        args += ["--answer", answer]
    result = conduct(*args, *extra)
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else None, result.stderr


def test_without_an_organisation_the_stricter_rule_and_both_codes(trees):
    code, data, _ = gift(trees)
    assert code == 0 and data["organisation"] is None
    assert data["outcome"]["id"] == "stricter"
    assert {s["code"] for s in data["outcome"]["sources"]} == {"IC", "L"}


def test_under_interaktcontour_its_own_rule_and_only_its_own_code(trees):
    code, data, _ = gift(trees, "--org", "interaktcontour")
    assert code == 0 and data["organisation"] == "interaktcontour"
    assert data["outcome"]["id"] == "declined"
    assert {s["code"] for s in data["outcome"]["sources"]} == {"IC"}


def test_under_lumens_its_own_rule_asks_its_own_question(trees):
    code, data, _ = gift(trees, "--org", "lumens")
    assert code == 3 and data["question"]["id"] == "embarrassing"
    code, data, _ = gift(trees, "--org", "lumens", answers=("danger=no", "embarrassing=no"))
    assert data["outcome"]["id"] == "accept_proportion"
    assert {s["code"] for s in data["outcome"]["sources"]} == {"L"}


def test_a_shared_source_is_shown_only_for_the_organisation_it_belongs_to(trees):
    _code, data, _ = gift(trees, "--org", "lumens", answers=("danger=yes", "continue_follow_up=no"))
    assert data["outcome"]["id"] == "call_112"
    assert [s["code"] for s in data["outcome"]["sources"]] == ["MELDCODE"]   # law: shown to everyone


def test_the_option_wins_over_the_variable_and_the_variable_over_the_config(trees, tmp_path, monkeypatch):
    config = tmp_path / "config.yaml"
    config.write_text("organisation: lumens\n")
    monkeypatch.setenv("CONDUCT_CONFIG", str(config))
    assert gift(trees)[1]["organisation"] == "lumens"
    monkeypatch.setenv("CONDUCT_ORG", "interaktcontour")
    assert gift(trees)[1]["organisation"] == "interaktcontour"
    assert gift(trees, "--org", "lumens")[1]["organisation"] == "lumens"


def test_an_unknown_organisation_is_one_line_listing_the_ids(trees):
    code, data, stderr = gift(trees, "--org", "elsewhere")
    assert code == 2 and data is None
    assert stderr.strip().splitlines() == [
        "conduct: unknown organisation 'elsewhere'; organisations: interaktcontour, lumens "
        "(or 'other': another organisation, both codes)"]


def test_an_empty_organisation_is_refused(trees):
    code, _, stderr = gift(trees, "--org", "")
    assert code == 2 and "--org may not be empty" in stderr


def test_a_profile_gives_the_roles_the_names_its_code_uses():
    library = load_library()
    lumens = profiled(library, "lumens")
    assert lumens.roles["whistleblower"].name.nl.startswith("De regeling Omgaan met het melden")
    assert lumens.roles["manager"] == library.roles["manager"]


def test_law_roles_and_law_sources_belong_to_every_profile():
    library = load_library()
    for organisation in library.organisations.values():
        for role in ("emergency", "veilig_thuis", "attention_officer", "suicide_prevention",
                     "whistleblower_authority"):
            assert has_role(library, organisation, role), (organisation.id, role)
        for code in ("MELDCODE", "WBK", "WMO", "ZP113"):
            assert cited_under(library.codes, organisation, code), (organisation.id, code)
    assert not has_role(library, library.organisations["interaktcontour"], "behavioural_scientist")
    assert not has_role(library, library.organisations["lumens"], "spokesperson")


def test_a_profile_file_with_problems_names_each_with_its_line():
    data = loads("id: lumens\nname: Lumens\ncode: L\ncode_title: {nl: a, en: b}\nversion: 2.0\n"
                 "roles: manager\n")
    organisation, problems = parse_organisation(data, "organisations/lumens.yaml")
    assert organisation is None
    messages = {(p.line, p.message.split(" (")[0].split(";")[0]) for p in problems}
    assert (2, "'name' must have a Dutch and an English text") in messages
    assert any(line == 5 and "'version' must be text" in m for line, m in messages)
    assert any(line == 6 and "'roles' must be a list" in m for line, m in messages)


def _break(trees, find: str, replace: str, topic: str = "gift_rule") -> None:
    path = trees / "topics" / f"{topic}.yaml"
    text = path.read_text()
    assert text.count(find) == 1, find
    path.write_text(text.replace(find, replace))


def test_validate_names_the_profile_when_a_contact_is_not_one_the_organisation_has(trees):
    _break(trees, "      - {nl: Van cliënten neem je niets aan., en: You accept nothing from clients.}\n    contacts: [manager]",
           "      - {nl: Van cliënten neem je niets aan., en: You accept nothing from clients.}\n"
           "    contacts: [behavioural_scientist]")
    problems = [str(p) for p in audit([str(trees)]).problems]
    assert any("gift_rule.yaml" in p and "node 'declined'" in p and "under organisation 'interaktcontour'" in p
               and "contact 'behavioural_scientist' is not a role this organisation has" in p for p in problems), problems


def test_validate_names_an_outcome_that_rests_on_another_organisations_code(trees):
    _break(trees, "    contacts: [manager]\n    sources:\n      - {code: IC, section: Omgang van medewerkers met cliënten}\n"
           "  stricter:", "    contacts: [manager]\n    sources:\n      - {code: L, section: 4.6 Belangen}\n"
           "      - {code: MELDCODE, section: Stap 1}\n  stricter:")
    problems = [str(p) for p in audit([str(trees)]).problems]
    assert any("node 'declined'" in p and "under organisation 'interaktcontour'" in p
               and "rests on another organisation's code (L) and not on its own ('IC')" in p
               for p in problems), problems


def test_validate_names_an_outcome_with_no_source_the_organisation_recognises(trees):
    _break(trees, "    contacts: [manager]\n    sources:\n      - {code: IC, section: Omgang van medewerkers met cliënten}\n"
           "  stricter:", "    contacts: [manager]\n    sources:\n      - {code: L, section: 4.6 Belangen}\n  stricter:")
    problems = [str(p) for p in audit([str(trees)]).problems]
    assert any("node 'declined'" in p and "under organisation 'interaktcontour'" in p
               and "no source this organisation recognises: cite its code 'IC' or a law" in p
               for p in problems), problems


def test_a_by_organisation_node_needs_other_and_known_organisations(trees):
    _break(trees, "    other: stricter\n", "    elsewhere: stricter\n")
    problems = [str(p) for p in audit([str(trees)]).problems]
    assert any("missing field 'other' in a by_organisation node" in p for p in problems), problems


def test_a_by_organisation_node_naming_an_unknown_organisation_is_reported(trees):
    _break(trees, "    lumens: embarrassing\n", "    lumens: embarrassing\n    elsewhere: declined\n")
    problems = [str(p) for p in audit([str(trees)]).problems]
    assert any("node 'rule'" in p and "unknown organisation 'elsewhere' (known: interaktcontour, lumens)" in p
               for p in problems), problems


def test_the_fixture_trees_pass_validation(trees):
    assert audit([str(trees)]).problems == []


def test_a_mistyped_organisation_gets_a_suggestion(trees):
    code, _, stderr = gift(trees, "--org", "lumen")
    assert code == 2 and "unknown organisation 'lumen' (did you mean 'lumens'?)" in stderr


def test_other_is_both_codes_and_not_an_unknown_organisation(trees):
    code, data, stderr = gift(trees, "--org", "other")
    assert code == 0, stderr
    assert data["organisation"] is None and data["outcome"]["id"] == "stricter"
    assert {s["code"] for s in data["outcome"]["sources"]} == {"IC", "L"}


def test_the_test_helpers_know_every_shipped_organisation():
    from tests.helpers import ORGANISATIONS, shipped_library

    assert set(ORGANISATIONS) == set(shipped_library().organisations)
