"""--save writes a private Markdown summary only when asked; your organisation's contacts come
from a config file found in a documented order, and a broken one is one clear line."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conduct_cli.commands import app

GIFT_15 = ["--answer", "giver=business", "--answer", "negotiating=no", "--answer", "obliged=no",
           "--answer", "rather_hidden=no", "--answer", "value=15"]


@pytest.fixture
def home(tmp_path, monkeypatch):
    """An isolated user config directory and no CONDUCT_CONFIG."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("CONDUCT_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args, env=None):
    return CliRunner().invoke(app, list(args), env=env)


def write_config(path: Path, name: str, role: str = "manager") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"contacts:\n  {role}:\n    name: {name}\n    phone: 030-123 45 67\n")
    return path


# --- save ---------------------------------------------------------------------------------------

def test_save_writes_a_private_markdown_summary(home):
    write_config(home / "org.yaml", "Petra de Vries")
    result = run("check", "gifts", "--no-input", "--lang", "en", "--config", "org.yaml",
                 "--save", "summary.md", *GIFT_15)
    assert result.exit_code == 0, result.stderr
    path = home / "summary.md"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    for expected in ("# Accepting a gift", "Date: ", "## Your answers", "Roughly what is the gift worth",
                     "**€ 15**", "## Verdict: Allowed; tell your manager", "### What to do now",
                     "### Contacts", "Your manager (direct leidinggevende)", "Name: Petra de Vries",
                     "Phone: 030-123 45 67", "### Why (sources)", "IC, Relatiegeschenken"):
        assert expected in text, expected
    assert {p.name for p in home.iterdir()} - {"xdg"} == {"org.yaml", "summary.md"}
    assert "Saved to: summary.md" in result.stdout


def test_save_refuses_to_overwrite_before_asking_anything(home):
    (home / "summary.md").write_text("my own notes")
    result = run("check", "gifts", "--no-input", "--save", "summary.md", *GIFT_15)
    assert result.exit_code == 2
    assert "summary.md already exists" in result.stderr and "--force" in result.stderr
    assert result.stdout == ""                       # refused up front: no advice, nothing asked
    assert (home / "summary.md").read_text() == "my own notes"


def test_force_overwrites(home):
    (home / "summary.md").write_text("old")
    os.chmod(home / "summary.md", 0o644)
    result = run("check", "gifts", "--no-input", "--save", "summary.md", "--force", *GIFT_15)
    assert result.exit_code == 0, result.stderr
    assert "IC, Relatiegeschenken" in (home / "summary.md").read_text()
    assert stat.S_IMODE((home / "summary.md").stat().st_mode) == 0o600


def test_save_into_a_missing_folder_is_one_line(home):
    result = run("check", "gifts", "--no-input", "--save", "nope/summary.md", *GIFT_15)
    assert result.exit_code == 2
    assert "folder nope does not exist" in result.stderr


def test_nothing_is_written_without_save(home):
    result = run("check", "gifts", "--no-input", *GIFT_15)
    assert result.exit_code == 0
    assert [p.name for p in home.iterdir()] == []


def test_json_output_stays_clean_when_saving(home):
    result = run("check", "gifts", "--no-input", "--format", "json", "--save", "s.md", *GIFT_15)
    assert json.loads(result.stdout)["status"] == "advice"
    assert "Saved to" in result.stderr


# --- config ---------------------------------------------------------------------------------------

def next_contact_name(*args, env=None):
    result = run("check", "gifts", "--no-input", "--format", "json", *GIFT_15, *args, env=env)
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
    result = run("check", "gifts", "--no-input", "--config", "org.yaml", *GIFT_15)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "org.yaml" in lines[0] and fragment in lines[0], result.stderr


def test_a_named_config_that_does_not_exist(home):
    result = run("contacts", "--config", "missing.yaml")
    assert result.exit_code == 2 and "missing.yaml not found" in result.stderr
    result = run("contacts", env={"CONDUCT_CONFIG": "gone.yaml"})
    assert result.exit_code == 2 and "gone.yaml not found (named by CONDUCT_CONFIG)" in result.stderr


def test_contacts_lists_every_role_with_details(home):
    write_config(home / "org.yaml", "Jan Jansen", role="counsellor")
    result = run("contacts", "--config", "org.yaml", "--format", "json", "--lang", "en")
    data = {r["id"]: r for r in json.loads(result.stdout)}
    assert {"manager", "counsellor", "behavioural_scientist", "whistleblower"} <= set(data)
    assert data["counsellor"]["details"]["name"] == "Jan Jansen"
    assert data["counsellor"]["purpose"] and data["counsellor"]["confidentiality"]
    text = run("contacts", "--config", "org.yaml", "--lang", "en").stdout
    assert "The confidential counsellor" in text and "Jan Jansen" in text


def test_config_init_writes_a_template_and_never_overwrites(home):
    result = run("config", "init")
    assert result.exit_code == 0, result.stderr
    path = home / "xdg" / "conduct" / "config.yaml"
    text = path.read_text()
    assert text.startswith("# conduct") and "  counsellor:\n    name:" in text
    assert run("contacts").exit_code == 0              # the empty template is a valid config
    path.write_text(text.replace("  counsellor:\n    name:", "  counsellor:\n    name: Mine"))
    again = run("config", "init")
    assert again.exit_code == 2 and "already exists" in again.stderr
    assert "name: Mine" in path.read_text()


def test_config_show_says_which_file_is_in_use(home):
    assert "No config file in use" in run("config", "show", "--lang", "en").stdout
    write_config(home / "env.yaml", "X")
    out = run("config", "show", "--lang", "en", env={"CONDUCT_CONFIG": "env.yaml"}).stdout
    assert "env.yaml" in out and "CONDUCT_CONFIG" in out
