"""`--save FILE`: a private Markdown summary (`outputs.summary`, written by `outputs.files`),
only when asked, never over an existing file unless --force, refused before anything is asked."""
from __future__ import annotations

import datetime as dt
import json
import os
import stat

from conduct_cli.content.config import Config, ContactDetails
from conduct_cli.content.model import Outcome, Source, Text, Verdict
from conduct_cli.outputs.summary import summary
from conduct_cli.walk.engine import Advice, next_step
from tests.helpers import GIFT_15, answer_args, conduct, write_config

GIFT_15_ARGS = answer_args(GIFT_15)


def test_save_writes_a_private_markdown_summary(home):
    write_config(home / "org.yaml", "Petra de Vries")
    result = conduct("check", "gifts", "--no-input", "--lang", "en", "--config", "org.yaml",
                     "--save", "summary.md", *GIFT_15_ARGS)
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
    result = conduct("check", "gifts", "--no-input", "--save", "summary.md", *GIFT_15_ARGS)
    assert result.exit_code == 2
    assert "summary.md already exists" in result.stderr and "--force" in result.stderr
    assert result.stdout == ""                       # refused up front: no advice, nothing asked
    assert (home / "summary.md").read_text() == "my own notes"


def test_force_overwrites(home):
    (home / "summary.md").write_text("old")
    os.chmod(home / "summary.md", 0o644)
    result = conduct("check", "gifts", "--no-input", "--save", "summary.md", "--force", *GIFT_15_ARGS)
    assert result.exit_code == 0, result.stderr
    assert "IC, Relatiegeschenken" in (home / "summary.md").read_text()
    assert stat.S_IMODE((home / "summary.md").stat().st_mode) == 0o600


def test_save_into_a_missing_folder_is_one_line(home):
    result = conduct("check", "gifts", "--no-input", "--save", "nope/summary.md", *GIFT_15_ARGS)
    assert result.exit_code == 2
    assert "folder nope does not exist" in result.stderr


def test_nothing_is_written_without_save(home):
    result = conduct("check", "gifts", "--no-input", *GIFT_15_ARGS)
    assert result.exit_code == 0
    assert [p.name for p in home.iterdir()] == []


def test_json_output_stays_clean_when_saving(home):
    result = conduct("check", "gifts", "--no-input", "--format", "json", "--save", "s.md", *GIFT_15_ARGS)
    assert json.loads(result.stdout)["status"] == "advice"
    assert "Saved to" in result.stderr


# --- summary(), in-process ----------------------------------------------------------------------

NOON = dt.datetime(2026, 3, 1, 12, 30)


def test_the_summary_marks_the_next_contact_and_gives_its_details(library):
    step = next_step(library, "gifts", GIFT_15)
    config = Config(None, "none", {"manager": ContactDetails(name="Petra", phone="030-1")})
    text = summary(step, library, config, "en", now=NOON)
    assert "Date: 2026-03-01 12:30" in text
    manager = library.roles["manager"].name.en
    assert f"- **{manager}** (your next contact): " in text
    assert "  - Name: Petra" in text and "  - Phone: 030-1" in text
    assert text.index("## Your answers") < text.index("## Verdict") < text.index("### Why (sources)")


def test_text_from_a_tree_is_escaped_so_it_reads_as_text_not_markdown(library):
    step = next_step(library, "gifts", {"giver": "client", "client_already_accepted": "no"})
    outcome = Outcome("o", Verdict.ALLOWED, Text("*x*", "*bold* [link](http://evil) # h"),
                      (Text("`code` <b>", "`code` <b> _it_ |t|"),), ("manager",),
                      (Source("IC", "Tot_slot"),))
    text = summary(Advice(step.topic, outcome, step.path), library,
                   Config(None, "none", {}), "en", now=NOON)
    assert "**\\*bold\\* \\[link\\](http://evil) \\# h**" in text
    assert "1. \\`code\\` \\<b\\> \\_it\\_ \\|t\\|" in text
    assert "- IC, Tot\\_slot" in text
