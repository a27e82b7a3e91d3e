"""`conduct validate`: one broken fixture per check, each named by file, line and node."""
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, SAMPLE, conduct


def validate(*paths: Path):
    return conduct("validate", *map(str, paths))


def test_the_shipped_trees_are_valid():
    result = validate()
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok: ")


def test_a_valid_sample_passes():
    result = validate(SAMPLE)
    assert result.exit_code == 0, result.stderr
    assert "ok: 1 topic, 7 nodes" in result.stdout


@pytest.mark.parametrize("name, line, node, message", [
    ("yaml_syntax", 20, None, "YAML syntax error"),
    ("wrong_type", 10, "first", "'choices' must be a list"),
    ("missing_field", 8, "first", "missing field 'not_sure'"),
    ("unknown_field", 38, "fine", "unknown field 'colour'"),
    ("unknown_target", 7, "first", "choice 'right' points to 'nowhere'"),
    ("unreachable", 56, "orphan", "cannot be reached from 'start'"),
    ("cycle", 18, "sure", "a cycle"),
    ("unknown_contact", 42, "ask", "unknown contact role 'boss'"),
    ("no_contact", 47, "ask", "at least one contact role"),
    ("unknown_source", 35, "fine", "unknown source code 'XYZ'"),
    ("no_source", 62, "unsure", "at least one source"),
    ("missing_language", 20, "sure", "has no English text"),
    ("id_mismatch", 2, None, "must match the file name"),
    ("unknown_verdict", 37, "fine", "unknown verdict 'probably_fine'"),
    ("bad_bands", 31, "amount", "increasing order"),
    ("duplicate_key", 56, None, "duplicate key 'fine'"),
    ("unsafe_tag", 4, None, "is not allowed in a tree file"),
    ("missing_start", 5, None, "'start' points to 'beginning'"),
    ("handover_missing", 49, "no", "handover to unknown topic 'no_such_topic'"),
])
def test_each_broken_fixture_is_reported_with_file_line_and_node(name, line, node, message):
    path = FIXTURES / "broken" / f"{name}.yaml"
    result = validate(path)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert f"{name}.yaml:{line}:" in first, first
    if node:
        assert f"node '{node}'" in first, first
    assert message in first, first
    assert "Traceback" not in result.output


def test_an_unsafe_tag_never_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    validate(FIXTURES / "broken" / "unsafe_tag.yaml")
    assert not Path("/tmp/conduct-pwned").exists()


def test_a_loop_of_links_between_topics():
    result = validate(FIXTURES / "link_loop")
    assert result.exit_code == 1
    assert "a loop of links between topics: loop_a -> loop_b -> loop_a" in result.stderr


def test_the_same_topic_id_twice():
    result = validate(FIXTURES / "duplicate_id")
    assert result.exit_code == 1
    assert "topic id 'same' is also used by" in result.stderr


def test_a_missing_path_is_one_clear_line(tmp_path):
    result = validate(tmp_path / "nope.yaml")
    assert result.exit_code == 1
    assert "nope.yaml: no such file or directory" in result.stderr


def test_a_control_character_in_a_text_is_refused(tmp_path):
    text = SAMPLE.read_text().replace("Go ahead.", '"Go \\e[31mahead."')
    text = text.replace("title: {nl: Prima, en: Fine}", 'title: {nl: Prima, en: "Fine\\e[2J"}')
    path = tmp_path / "sample.yaml"
    path.write_text(text)
    result = validate(path)
    assert result.exit_code == 1
    assert "control character" in result.stderr
