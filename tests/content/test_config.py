"""Your organisation's contacts file: found in a documented order (--config, CONDUCT_CONFIG,
the user config directory), and a broken one is one clear line naming the file and the key."""
from __future__ import annotations

import json
from pathlib import Path

import platformdirs
import pytest

from conduct_cli.content.config import default_path
from tests.helpers import GIFT_15, answer_args, conduct, write_config


def next_contact_name(*args, env=None):
    result = conduct("check", "gifts", "--no-input", "--format", "json", *answer_args(GIFT_15), *args,
                     env=env)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["outcome"]["next_contact"].get("details", {}).get("name")


def test_config_precedence_option_then_environment_then_user_directory(home):
    write_config(home / "xdg" / "conduct" / "config.yaml", "From the user directory")
    write_config(home / "env.yaml", "From CONDUCT_CONFIG")
    write_config(home / "option.yaml", "From --config")
    assert next_contact_name() == "From the user directory"
    assert next_contact_name(env={"CONDUCT_CONFIG": "env.yaml"}) == "From CONDUCT_CONFIG"
    assert next_contact_name("--config", "option.yaml", env={"CONDUCT_CONFIG": "env.yaml"}) == "From --config"


def test_no_config_anywhere_is_fine(home):
    assert next_contact_name() is None


@pytest.mark.parametrize("content, fragment", [
    ("contacts:\n  manager: [oops\n", "YAML syntax error"),
    ("contacts:\n  boss:\n    name: X\n", "unknown key 'boss'"),
    ("contacts:\n  manager:\n    mobile: 06\n", "unknown key 'mobile' in 'manager'"),
    ("people:\n  manager: {}\n", "unknown key 'people'"),
    ("- manager\n", "must be a mapping"),
])
def test_a_broken_config_is_one_line_naming_the_file_and_key(home, content, fragment):
    (home / "org.yaml").write_text(content)
    for command in (["contacts"], ["config", "show"]):
        result = conduct(*command, "--config", "org.yaml")
        assert result.exit_code == 2, command
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "org.yaml" in lines[0] and fragment in lines[0], result.stderr


@pytest.mark.parametrize("content, fragment", [
    ("contacts:\n  manager: [oops\n", "YAML syntax error"),
    ("contacts:\n  counselor:\n    name: X\n", "did you mean 'counsellor'?"),
    ("contacts:\n  manager:\n    phon: 06\n", "did you mean 'phone'?"),
    ("- manager\n", "must be a mapping"),
])
def test_a_broken_config_never_blocks_a_check_one_warning_line_then_the_advice(home, content, fragment):
    (home / "org.yaml").write_text(content)
    result = conduct("check", "gifts", "--no-input", "--format", "json", "--config", "org.yaml",
                     *answer_args(GIFT_15))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["outcome"]["id"] == "small_gift_accept"
    assert "details" not in json.loads(result.stdout)["outcome"]["next_contact"]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "org.yaml" in lines[0] and fragment in lines[0], result.stderr
    assert "warning" in lines[0]


def test_a_missing_config_never_blocks_a_check(home):
    result = conduct("check", "gifts", "--no-input", *answer_args(GIFT_15), env={"CONDUCT_CONFIG": "gone.yaml"})
    assert result.exit_code == 0
    assert "gone.yaml not found" in result.stderr and "You may accept it" in result.stdout


def test_a_typo_in_a_role_is_named_with_its_likely_fix_in_dutch_too(home):
    (home / "org.yaml").write_text("contacts:\n  counselor:\n    name: X\n")
    result = conduct("contacts", "--config", "org.yaml", "--lang", "nl")
    assert result.exit_code == 2 and "bedoel je 'counsellor'?" in result.stderr


def test_a_named_config_that_does_not_exist(home):
    result = conduct("contacts", "--config", "missing.yaml")
    assert result.exit_code == 2 and "missing.yaml not found" in result.stderr
    result = conduct("contacts", env={"CONDUCT_CONFIG": "gone.yaml"})
    assert result.exit_code == 2 and "gone.yaml not found (named by CONDUCT_CONFIG)" in result.stderr


def test_the_user_config_path_is_the_one_platformdirs_gives(monkeypatch, tmp_path):
    for value in (None, str(tmp_path)):
        if value is None:
            monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
        else:
            monkeypatch.setenv("XDG_CONFIG_HOME", value)
        assert default_path() == Path(platformdirs.user_config_dir("conduct")) / "config.yaml"
