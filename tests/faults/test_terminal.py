"""At the terminal: a signal at a prompt restores the terminal and ends with one line and 128 + n;
a quiz vote typed as a digit int() cannot read is refused like any bad vote; a width too small
to draw in is taken as unknown."""
from __future__ import annotations

import io
import os
import signal
import sys
import termios

import pexpect
import pytest

from tests.helpers import run_conduct

ENTER = "\r"


def spawn(*args: str) -> pexpect.spawn:
    env = {**os.environ, "CONDUCT_LANG": "en", "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "40",
           "CONDUCT_ORG": "other"}
    child = pexpect.spawn(sys.executable, ["-m", "conduct_cli", *args], env=env, encoding="utf-8", timeout=20,
                          dimensions=(40, 100))
    child.logfile_read = io.StringIO()               # the whole transcript, for what it must not hold
    return child


def cooked(child: pexpect.spawn) -> bool:
    """Whether the terminal echoes and edits lines again (not left raw by a prompt)."""
    flags = termios.tcgetattr(child.child_fd)[3]
    return bool(flags & termios.ECHO) and bool(flags & termios.ICANON)


@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGINT])
def test_a_signal_at_a_prompt_restores_the_terminal_and_exits_128_plus_n(sent):
    child = spawn("check", "gifts")
    child.expect("Who is offering you the gift")
    assert not cooked(child)                         # the prompt has the terminal in raw mode
    child.kill(sent)
    child.expect("conduct: Stopped. Nothing was saved.")
    child.expect(pexpect.EOF)
    assert cooked(child)
    child.close()
    assert (child.exitstatus, child.signalstatus) == (128 + sent, None)
    transcript = child.logfile_read.getvalue()
    assert "Traceback" not in transcript
    assert transcript.count("conduct: ") == 1        # one line


def _a_gift_scenario() -> str:
    from conduct_cli.content.layout import shipped
    from conduct_cli.content.scenarios import load_scenarios

    scenarios, _ = load_scenarios(shipped())
    return next(s.id for s in scenarios if s.topic == "gifts")


def test_a_quiz_vote_typed_as_a_superscript_digit_is_refused_like_any_bad_vote():
    child = spawn("scenario", "play", _a_gift_scenario(), "--quiz")
    child.expect("Press any key")
    child.send(" ")
    child.expect("The group's votes")
    child.expect(r"\)")                              # the end of the hint
    child.send("²" + ENTER)
    child.expect(r"type a count for each of the 3 options \(e.g. 0 0 0\), or the number of the group's choice")
    child.sendcontrol("c")
    child.expect("Stopped. Nothing was saved.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in child.logfile_read.getvalue()


@pytest.mark.parametrize("columns", ["0", "1", "19", "-5", "lots"])
def test_a_width_too_small_to_draw_in_is_taken_as_unknown(tmp_path, columns):
    result = run_conduct("check", "gifts", "--answer", "giver=client", "--answer", "client_already_accepted=no", "--no-input", cwd=tmp_path,
                         env={"COLUMNS": columns})
    assert result.returncode == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) > 10
    assert any("Do not accept a gift from a client" in line for line in lines)
    assert max(len(line) for line in lines) == 80


def test_a_width_of_0_still_lists_the_topics(tmp_path):
    result = run_conduct("topics", "--plain", cwd=tmp_path, env={"COLUMNS": "0"})
    assert result.returncode == 0
    assert "gifts" in result.stdout
