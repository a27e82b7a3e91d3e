"""`conduct contacts`, `conduct config init` and `conduct config show`: whom you can turn to, a
template for your organisation's contacts file, and which file is in use."""
from __future__ import annotations

import json

from tests.helpers import conduct, write_config


def test_contacts_lists_every_role_with_details(home):
    write_config(home / "org.yaml", "Jan Jansen", role="counsellor")
    result = conduct("contacts", "--config", "org.yaml", "--format", "json", "--lang", "en")
    data = {r["id"]: r for r in json.loads(result.stdout)}
    assert {"manager", "counsellor", "behavioural_scientist", "whistleblower"} <= set(data)
    assert data["counsellor"]["details"]["name"] == "Jan Jansen"
    assert data["counsellor"]["purpose"] and data["counsellor"]["confidentiality"]
    text = conduct("contacts", "--config", "org.yaml", "--lang", "en").stdout
    assert "The confidential counsellor" in text and "Jan Jansen" in text


def test_config_init_writes_a_template_and_never_overwrites(home):
    result = conduct("config", "init")
    assert result.exit_code == 0, result.stderr
    path = home / "xdg" / "conduct" / "config.yaml"
    text = path.read_text()
    assert text.startswith("# conduct") and "  counsellor:\n    name:" in text
    assert conduct("contacts").exit_code == 0              # the empty template is a valid config
    path.write_text(text.replace("  counsellor:\n    name:", "  counsellor:\n    name: Mine"))
    again = conduct("config", "init")
    assert again.exit_code == 2 and "already exists" in again.stderr
    assert "name: Mine" in path.read_text()


def test_config_init_into_a_named_file_lists_every_role(home, library):
    result = conduct("config", "init", "org.yaml")
    assert result.exit_code == 0, result.stderr
    text = (home / "org.yaml").read_text()
    for role in library.roles:
        assert f"\n  {role}:\n    name:\n" in text, role
    assert not (home / "xdg").exists()                     # nothing written anywhere else


def test_config_show_says_which_file_is_in_use(home):
    assert "No config file in use" in conduct("config", "show", "--lang", "en").stdout
    write_config(home / "env.yaml", "X")
    out = conduct("config", "show", "--lang", "en", env={"CONDUCT_CONFIG": "env.yaml"}).stdout
    assert "env.yaml" in out and "CONDUCT_CONFIG" in out
