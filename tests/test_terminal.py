"""Real pseudo-terminal sessions (pexpect): what a person at a terminal sees and types."""
from __future__ import annotations

import os
import sys

import pexpect
import pytest

DOWN, ENTER = "\x1b[B", "\r"


def spawn(*args: str) -> pexpect.spawn:
    env = {**os.environ, "CONDUCT_LANG": "en", "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "40"}
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(sys.executable, ["-m", "conduct_cli", *args], env=env,
                          encoding="utf-8", timeout=20, dimensions=(40, 100))
    return child


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def test_arrow_keys_through_the_gift_check_to_advice():
    child = spawn("check", "gifts")
    child.expect("Who is offering you the gift")
    child.send(DOWN + ENTER)                         # a business relation
    child.expect("negotiating")
    child.send(DOWN + ENTER)                         # no
    child.expect("obliged")
    child.send(DOWN + ENTER)                         # no
    child.expect("rather not tell")
    child.send(DOWN + ENTER)                         # no
    child.expect("worth, in euro")
    child.send("15" + ENTER)
    child.expect("Allowed; tell your manager")
    child.expect("Your next contact")
    child.expect("Your manager")
    child.expect("IC, Relatiegeschenken")
    assert finish(child) == 0


def test_the_topic_menu_when_no_topic_is_given():
    child = spawn("check")
    child.expect("What is your question about")
    child.expect("Accepting a gift")
    child.send("gift")                               # typing filters the menu
    child.send(ENTER)
    child.expect("Who is offering you the gift")
    child.send(ENTER)                                # a client
    child.expect("Do not accept a gift from a client")
    assert finish(child) == 0


def test_ctrl_c_at_a_prompt_ends_cleanly_with_130():
    child = spawn("check", "gifts")
    child.expect("Who is offering you the gift")
    child.sendcontrol("c")
    child.expect("stopped; nothing was saved")
    output = child.before or ""
    status = finish(child)
    assert status == 130
    assert "Traceback" not in output
