"""Saying where you work, and using an organisation's own trees, through the real commands."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers import as_ordinary_user, assert_one_line, conduct, run_conduct
from tests.own_trees import own_trees


def run(*args, cwd=None, env=None):
    """The installed command in a subprocess: what a person at a prompt would run."""
    environment = {k: v for k, v in os.environ.items() if k not in ("CONDUCT_ORG", "CONDUCT_TREES")}
    environment.update({"CONDUCT_LANG": "en", **(env or {})})
    return subprocess.run([sys.executable, "-m", "conduct_cli", *map(str, args)], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, cwd=cwd, env=environment)


def test_organisations_lists_every_profile_with_its_code():
    result = conduct("organisations", "--format", "json", "--lang", "en")
    assert result.exit_code == 0
    data = {o["id"]: o for o in json.loads(result.stdout)}
    assert set(data) == {"interaktcontour", "lumens"}
    assert data["lumens"]["code"] == "L" and data["lumens"]["version"] == "2.0"
    assert data["lumens"]["date"] == "2020-09-08"
    assert "behavioural_scientist" in data["lumens"]["roles"]
    assert "spokesperson" in data["interaktcontour"]["roles"]
    assert "emergency" in data["lumens"]["roles"] and "emergency" in data["interaktcontour"]["roles"]
    text = conduct("organisations", "--lang", "en", "--plain").stdout
    assert "interaktcontour" in text and "lumens" in text and "--org ID" in text


def test_advice_says_which_organisation_it_follows_and_null_without_one(tmp_path):
    trees = own_trees(tmp_path)
    base = ["check", "gift_rule", "--trees", trees, "--no-input", "--format", "json", "--answer", "danger=no"]
    assert json.loads(conduct(*base).stdout)["organisation"] is None
    assert json.loads(conduct(*base, "--org", "interaktcontour").stdout)["organisation"] == "interaktcontour"


def test_contacts_under_an_organisation_lists_only_its_roles_by_its_names():
    data = {r["id"]: r for r in json.loads(conduct("contacts", "--org", "lumens", "--format", "json",
                                                   "--lang", "nl").stdout)}
    assert "spokesperson" not in data and "supervisory_board" not in data
    assert "behavioural_scientist" in data and "veilig_thuis" in data and "suicide_prevention" in data
    assert data["whistleblower"]["name"].startswith("De regeling Omgaan met het melden")
    everyone = {r["id"] for r in json.loads(conduct("contacts", "--format", "json").stdout)}
    assert {"spokesperson", "behavioural_scientist"} <= everyone


def test_config_init_can_fill_in_the_organisation_and_config_show_says_where_it_came_from(tmp_path):
    config = tmp_path / "config.yaml"
    result = conduct("config", "init", config, "--org", "lumens", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "\norganisation: lumens\n" in config.read_text()
    shown = conduct("config", "show", "--config", config, "--lang", "en").stdout
    assert "Organisation: lumens (found through config)" in shown
    shown = conduct("config", "show", "--config", config, "--lang", "en", env={"CONDUCT_ORG": "interaktcontour"}).stdout
    assert "Organisation: interaktcontour (found through CONDUCT_ORG)" in shown


def test_an_unknown_organisation_in_the_config_file_is_one_line(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("organisation: elsewhere\n")
    result = run("check", "gifts", "--no-input", "--config", config)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "conduct: unknown organisation 'elsewhere'; organisations: interaktcontour, lumens "
        "(or 'other': another organisation, both codes)"]


def test_tree_init_copies_the_trees_and_validate_passes_on_them(tmp_path):
    target = tmp_path / "ours"
    result = run("tree", "init", target)
    assert result.returncode == 0, result.stderr
    assert "conduct validate" in result.stdout and str(target) in result.stdout
    assert (target / "topics" / "gifts.yaml").is_file() and (target / "organisations" / "lumens.yaml").is_file()
    assert (target / "policy.yaml").is_file() and (target / "scenarios").is_dir()
    assert json.loads((target / "compiled.json").read_text())["checked"] is True   # good as copied
    checked = run("validate", target)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("ok: ")
    assert f"compiled: {target / 'compiled.json'}" in checked.stdout


def gift_title(trees, *extra) -> tuple[int, str, str]:
    result = run("check", "gifts", "--trees", trees, "--no-input", "--format", "json", *extra,
                 "--answer", "giver=client", "--answer", "client_already_accepted=no")
    title = json.loads(result.stdout)["outcome"]["title"] if result.returncode == 0 else ""
    return result.returncode, title, result.stderr


def test_an_edit_after_validate_is_seen_and_checked_the_snapshot_never_stands_in_for_it(ours):
    gifts = ours / "topics" / "gifts.yaml"
    text = gifts.read_text()
    gifts.write_text(text.replace("en: Do not accept a gift from a client", "en: Never a gift from a client"))
    assert gift_title(ours)[:2] == (0, "Never a gift from a client")          # the files, not the snapshot
    gifts.write_text(text.replace("next: negotiating", "next: nowhere", 1))
    code, _, stderr = gift_title(ours)
    assert code == 1 and "nowhere" in stderr                                 # and checked in full


def test_a_policy_edit_after_validate_is_checked_too(ours):
    policy = ours / "policy.yaml"
    policy.write_text(policy.read_text().replace("not_first: [manager, person_concerned]",
                                                 "not_first: [manager, person_concerned, counsellor]", 1))
    code, _, stderr = gift_title(ours)
    assert code == 1 and "policy rule" in stderr and f"run: conduct validate {ours}" in stderr


def test_a_snapshot_damaged_by_hand_is_ignored_and_the_trees_are_read(ours):
    snapshot = ours / "compiled.json"
    damaged = snapshot.read_text().replace('"client_gift_rule"]', '"nowhere"]', 1)
    assert damaged != snapshot.read_text()
    snapshot.write_text(damaged)                                  # the sources' hashes still match
    assert gift_title(ours)[:2] == (0, "Do not accept a gift from a client")


def test_a_snapshot_not_written_after_a_full_check_never_stands_in_for_it(ours):
    from conduct_cli.content import snapshot
    from conduct_cli.content.layout import ContentDir
    from conduct_cli.content.library import read_library

    policy = ours / "policy.yaml"           # trees the graph checks pass but a policy rule does not
    policy.write_text(policy.read_text().replace("not_first: [manager, person_concerned]",
                                                 "not_first: [manager, person_concerned, counsellor]", 1))
    content = ContentDir(ours)
    snapshot.write(read_library(content), content, ours / "compiled.json")   # matching, but unchecked
    code, _, stderr = gift_title(ours)
    assert code == 1 and "policy rule" in stderr


def test_validate_on_trees_it_may_not_write_says_so_and_is_still_ok(ours):
    (ours / "compiled.json").unlink()
    ours.chmod(0o500)
    try:
        result = run_conduct("validate", ours, cwd=ours.parent, **as_ordinary_user())
    finally:
        ours.chmod(0o700)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")
    assert_one_line(result.stderr, "note:", "compiled.json not written (permission denied)",
                    "read and check them in full at every start")
    assert not (ours / "compiled.json").exists()


def test_tree_init_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "note.txt").write_text("mine")
    result = run("tree", "init", tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"conduct: {tmp_path} is not empty; choose a new or empty folder"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.txt"]


@pytest.fixture
def ours(tmp_path):
    target = tmp_path / "ours"
    assert run("tree", "init", target).returncode == 0
    return target


def test_an_edited_title_shows_up_in_a_check_with_those_trees(ours):
    gifts = ours / "topics" / "gifts.yaml"
    gifts.write_text(gifts.read_text().replace("en: Accepting a gift", "en: Accepting a present at Example"))
    result = run("check", "gifts", "--trees", ours, "--no-input", "--plain", env={"COLUMNS": "100"})
    assert result.returncode == 3, result.stderr
    listed = json.loads(run("topics", "--trees", ours, "--format", "json").stdout)
    assert {t["id"]: t["title"] for t in listed}["gifts"] == "Accepting a present at Example"


def remove_topic(trees, topic_id):
    """What an integrity officer does to drop a topic: the file, the routes and handovers that
    lead to it, and its scenarios (PyYAML rewrites the files; comments are lost, as in a test)."""
    import yaml

    from conduct_cli.content.yamlsafe import loads

    def read(path):   # conduct's own reader (yes/no stay text), as plain data
        return json.loads(json.dumps(loads(path.read_text())))

    (trees / "topics" / f"{topic_id}.yaml").unlink()
    for path in [*(trees / "topics").glob("*.yaml"), trees / "triage.yaml"]:
        data = read(path)
        gone = {n for n, node in data["nodes"].items() if node.get("kind") == "route" and node["topic"] == topic_id}
        for node_id in gone:
            del data["nodes"][node_id]
        for node in data["nodes"].values():
            if node.get("handover", {}).get("topic") == topic_id:
                del node["handover"]
            if "choices" in node:
                node["choices"] = [c for c in node["choices"] if c["next"] not in gone]
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    for scenario in (trees / "scenarios").glob("*.yaml"):
        if read(scenario)["topic"] == topic_id:
            scenario.unlink()


def test_a_removed_topic_disappears_from_topics_with_those_trees(ours):
    remove_topic(ours, "social_media")
    result = run("topics", "--trees", ours, "--format", "json")
    assert result.returncode == 0, result.stderr
    listed = {t["id"] for t in json.loads(result.stdout)}
    assert "social_media" not in listed and "gifts" in listed
    assert run("validate", ours).returncode == 0


def test_broken_trees_are_one_line_exit_1_before_any_question(ours):
    gifts = ours / "topics" / "gifts.yaml"
    gifts.write_text(gifts.read_text().replace("next: negotiating", "next: nowhere", 1))
    result = run("check", "gifts", "--trees", ours, "--no-input")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "gifts.yaml" in lines[0] and "nowhere" in lines[0]
    assert lines[0].endswith(f"run: conduct validate {ours}") or f"conduct validate {ours}" in lines[0]
    assert result.stdout == ""


def test_trees_that_are_not_a_trees_folder_are_refused_with_a_hint(tmp_path):
    result = run("check", "gifts", "--trees", tmp_path, "--no-input")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"conduct: {tmp_path} is not a trees folder (expected: topics/ and contacts.yaml); "
        f"make one with: conduct tree init {tmp_path}"]
    assert result.stdout == ""        # refused: never the shipped trees in their place


def test_the_trees_variable_and_the_config_key_are_used_as_the_option_is(tmp_path):
    trees = own_trees(tmp_path)
    args = ["topics", "--format", "json"]
    by_variable = json.loads(run(*args, env={"CONDUCT_TREES": str(trees)}).stdout)
    config = tmp_path / "config.yaml"
    config.write_text("trees: trees\n")            # relative to the config file's folder
    by_config = json.loads(run(*args, "--config", config).stdout)
    assert {t["id"] for t in by_variable} == {t["id"] for t in by_config} == {"gift_rule", "follow_up"}


def test_tree_show_under_an_organisation_shows_only_its_branch(tmp_path):
    trees = own_trees(tmp_path)
    lumens = conduct("tree", "show", "gift_rule", "--trees", trees, "--org", "lumens", "--plain", "--lang", "en").stdout
    everyone = conduct("tree", "show", "gift_rule", "--trees", trees, "--plain", "--lang", "en").stdout
    assert "Does it embarrass you?" in lumens and "You accept nothing from clients" not in lumens
    assert "Lumens" in everyone and "InteraktContour" in everyone and "Another organisation" in everyone
