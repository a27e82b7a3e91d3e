"""An installed tree someone edited, and a compiled snapshot nobody should have: one line
saying to run `conduct validate` (exit 1), never a crash, whichever file it came from."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import GIFT_15, answer_args, assert_one_line, installed_copy, run_conduct

GIFT_15_ARGS = answer_args(GIFT_15)


@pytest.fixture
def installed(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """An installed copy of conduct (its trees in `trees`) and the environment that runs it."""
    env = installed_copy(tmp_path / "installed")
    return tmp_path / "installed" / "decision_trees", env


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize("file, old, new, fragment", [
    ("topics/gifts.yaml", "next: small_gift_rule", "next: nowhere", "points to 'nowhere'"),
    ("topics/gifts.yaml", "if_no: rather_hidden", "if_no: giver", "a cycle"),
    ("topics/gifts.yaml", "contacts: [manager]", "contacts: [nobody]", "unknown contact role 'nobody'"),
    ("topics/gifts.yaml", "start: giver", "start: nowhere", "'start' points to 'nowhere'"),
    ("contacts.yaml", "  manager:", "  boss:", "unknown contact role 'manager'"),
    ("sources.yaml", "  IC:", "  XX:", "unknown source code 'IC'"),
])
def test_an_edited_installed_tree_is_one_line_saying_run_validate(tmp_path, installed, file, old, new, fragment):
    trees, env = installed
    edit(trees / file, old, new)
    for extra in (["--format", "json"], ["--plain"]):
        result = run_conduct("check", "gifts", *GIFT_15_ARGS, "--no-input", *extra, cwd=tmp_path, env=env)
        assert result.returncode == 1, (result.stdout, result.stderr)
        assert result.stdout == ""
        assert_one_line(result.stderr, fragment, "run: conduct validate")


def test_an_edited_triage_tree_with_a_route_to_nowhere_is_one_line(tmp_path, installed):
    trees, env = installed
    edit(trees / "triage.yaml", "topic: gifts", "topic: holidays")
    result = run_conduct("check", "triage", "--format", "json", "--no-input", cwd=tmp_path, env=env)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert_one_line(result.stderr, "unknown topic 'holidays'", "run: conduct validate")


def test_a_compiled_snapshot_nested_200000_deep_falls_back_to_the_trees(tmp_path, installed):
    trees, env = installed
    (trees / "compiled.json").write_text("[" * 200_000 + "]" * 200_000)
    result = run_conduct("check", "gifts", *GIFT_15_ARGS, "--format", "json", "--no-input", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert '"small_gift_accept"' in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("damage", ['{"$t": "Topic", "f": []}', "not json", '{"$t": "Nope", "f": []}', "[" * 100_000])
def test_a_topic_damaged_by_hand_in_the_compiled_snapshot_is_read_from_its_yaml(tmp_path, installed, damage):
    # the snapshot's fingerprint covers the YAML, so the file still loads; each topic in it is
    # decoded on first use, and the one that no longer decodes comes from its tree file instead
    trees, env = installed
    snapshot = json.loads((trees / "compiled.json").read_text())
    topics = snapshot["library"]["f"][0]["$lazy"]
    for pair in topics:
        if pair[0] == "gifts":
            pair[1] = damage
    (trees / "compiled.json").write_text(json.dumps(snapshot))
    result = run_conduct("check", "gifts", *GIFT_15_ARGS, "--format", "json", "--no-input", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert '"small_gift_accept"' in result.stdout
    assert result.stderr == ""
