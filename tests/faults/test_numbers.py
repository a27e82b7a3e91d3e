"""Numbers nobody meant: contact details come out exactly as written, and an amount means the
same in an answers file as on the command line (one parser for both)."""
from __future__ import annotations

import json

from tests.helpers import run_conduct


def test_contact_details_written_without_quotes_are_shown_exactly_as_written(tmp_path):
    (tmp_path / "org.yaml").write_text("contacts:\n"
                                       "  counsellor:\n"
                                       "    name: Jan Jansen\n"
                                       "    phone: 0201234567\n"
                                       "    hours: 9:00\n"
                                       "  manager:\n"
                                       "    phone: +31201234567\n"
                                       "    note: 017\n")
    result = run_conduct("contacts", "--config", "org.yaml", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    details = {role["id"]: role["details"] for role in json.loads(result.stdout)}
    assert details["counsellor"] == {"name": "Jan Jansen", "phone": "0201234567", "hours": "9:00"}
    assert details["manager"] == {"phone": "+31201234567", "note": "017"}
    text = run_conduct("contacts", "--config", "org.yaml", "--plain", cwd=tmp_path, env={"COLUMNS": "100"})
    assert "Phone: 0201234567" in text.stdout and "Hours: 9:00" in text.stdout
    assert "Phone: +31201234567" in text.stdout


def test_an_empty_contacts_map_is_a_valid_config(tmp_path):
    (tmp_path / "org.yaml").write_text("contacts: {}\n")
    result = run_conduct("contacts", "--config", "org.yaml", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
