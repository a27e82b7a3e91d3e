"""The command line's habits: -h, --version, a bare `conduct`, usage errors as one line with the
hint on it, "did you mean", metavars that say what is allowed, `scenario play` without an id,
help and usage errors in Dutch, and svg pictures through Graphviz."""
import shutil

import pytest

from conduct_cli import __version__
from tests.helpers import conduct

NL = {"CONDUCT_LANG": "nl"}


def test_dash_h_is_help():
    result = conduct("-h")
    assert result.exit_code == 0 and "check" in result.stdout and "Usage:" in result.stdout
    assert conduct("check", "-h").stdout == conduct("check", "--help").stdout


def test_version():
    result = conduct("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"conduct {__version__}"


@pytest.mark.parametrize("args", [[], ["scenario"], ["tree"], ["config"]])
def test_a_command_without_what_it_needs_shows_its_help_with_exit_0(args):
    result = conduct(*args)
    assert result.exit_code == 0, result.stderr
    assert "Usage:" in result.stdout and "Commands:" in result.stdout


@pytest.mark.parametrize("args, fragment", [
    (["check", "--frmat", "json"], "no such option: --frmat (did you mean --format?)"),
    (["check", "gifts", "extra"], "unexpected extra argument"),
    (["check", "--format", "xml"], "'xml' is not one of 'text', 'json'"),
    (["chek"], "no such command 'chek' (did you mean 'check'?)"),
    (["tree", "export"], "TOPIC"),
])
def test_a_usage_error_is_one_line_with_the_way_to_help_on_it(args, fragment):
    result = conduct(*args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert fragment in lines[0] and lines[0].startswith("conduct: ")
    assert lines[0].endswith("--help')")


@pytest.mark.parametrize("args, expected", [
    (["check", "gift", "--no-input"], "unknown topic 'gift' (did you mean 'gifts'?)"),
    (["tree", "show", "gift"], "(did you mean 'gifts'?)"),
    (["scenario", "play", "wine_at_xmas"], "(did you mean 'wine_at_christmas'?)"),
    (["check", "gifts", "--no-input", "--answer", "giverr=client"],
     "unknown question 'giverr' (did you mean 'giver'?)"),
])
def test_a_typo_gets_its_likely_fix(args, expected):
    result = conduct(*args)
    assert result.exit_code == 2 and expected in result.stderr


def test_metavars_say_what_is_allowed():
    help_text = conduct("check", "--help").stdout
    assert "--lang <nl|en>" in help_text and "--format <text|json>" in help_text
    assert "--direction <TB|LR>" in conduct("tree", "export", "--help").stdout


def test_scenario_play_without_an_id_lists_the_scenarios():
    listed = conduct("scenario", "list", "--plain")
    result = conduct("scenario", "play", "--plain")
    assert result.exit_code == 0 and result.stdout == listed.stdout
    assert "wine_at_christmas" in result.stdout


def test_help_is_in_dutch_when_the_language_is_dutch():
    for result in (conduct("check", "--help", env=NL), conduct("check", "--help", "--lang", "nl")):
        assert result.exit_code == 0
        assert "Gebruik: conduct check [OPTIES] [TOPIC]" in result.stdout
        assert "Opties:" in result.stdout and "Toon deze hulp en stop." in result.stdout
        assert "Doorloop een dilemma" in result.stdout and "Work through" not in result.stdout
    root = conduct("--help", env=NL).stdout
    assert "Opdrachten:" in root and "Integriteit" in root


def test_the_english_help_is_english_again_after_a_dutch_one():
    conduct("check", "--help", env=NL)
    assert "Usage: conduct check [OPTIONS]" in conduct("check", "--help", env={"CONDUCT_LANG": "en"}).stdout


@pytest.mark.parametrize("args, fragment", [
    (["check", "--frmat", "json"], "onbekende optie --frmat (bedoel je --format?) (zie 'conduct check --help')"),
    (["check", "gifts", "--format", "xml"], "ongeldige waarde voor --format: 'xml'"),
    (["check", "gift", "--no-input"], "onbekend onderwerp 'gift' (bedoel je 'gifts'?)"),
])
def test_usage_errors_are_in_dutch_when_the_language_is_dutch(args, fragment):
    for result in (conduct(*args, env=NL), conduct(*args, "--lang", "nl")):  # --lang after the error, too
        assert result.exit_code == 2
        assert fragment in result.stderr, result.stderr


def test_every_help_text_has_its_dutch():
    import typer.main

    from conduct_cli.commands import app
    from conduct_cli.commands.dutch import DUTCH

    missing = []

    def walk(command):
        texts = [command.help] + [getattr(p, "help", None) for p in command.params]
        missing.extend(t for t in texts if t and t not in DUTCH)
        for sub in getattr(command, "commands", {}).values():
            walk(sub)

    walk(typer.main.get_command(app))
    assert not missing, missing


def test_dot_runs_top_to_bottom_unless_asked_otherwise():
    assert "rankdir=TB;" in conduct("tree", "export", "gifts", "--format", "dot").stdout
    assert "rankdir=LR;" in conduct("tree", "export", "gifts", "--format", "dot", "--direction", "LR").stdout


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_svg_is_drawn_by_graphviz():
    result = conduct("tree", "export", "gifts", "--format", "svg")
    assert result.exit_code == 0 and "<svg" in result.stdout


def test_svg_without_graphviz_is_one_clear_line(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    result = conduct("tree", "export", "gifts", "--format", "svg")
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Graphviz" in lines[0] and "--format dot" in lines[0]
