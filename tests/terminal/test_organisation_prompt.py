"""In a real terminal: an interactive check asks where you work, once and first, unless the
organisation is already set."""
from __future__ import annotations

import os
import sys

import pexpect

DOWN, ENTER = "\x1b[B", "\r"


def spawn(tmp_path, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("CONDUCT_ORG", "CONDUCT_CONFIG", "NO_COLOR")}
    environment.update({"CONDUCT_LANG": "en", "TERM": "xterm-256color", "XDG_CONFIG_HOME": str(tmp_path), **env})
    return pexpect.spawn(sys.executable, ["-m", "conduct_cli", "check", "gifts"], env=environment,
                         encoding="utf-8", timeout=20, dimensions=(40, 100))


def test_without_an_organisation_the_check_asks_where_you_work_first(tmp_path):
    child = spawn(tmp_path)
    child.expect("Where do you work")
    child.expect("InteraktContour")
    child.expect("Lumens")
    child.expect("rather not say")
    child.send(DOWN + ENTER)                       # Lumens
    child.expect("CONDUCT_ORG")                    # the hint on setting it for good
    child.expect("Who is offering you the gift")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_with_conduct_org_set_the_check_does_not_ask(tmp_path):
    child = spawn(tmp_path, CONDUCT_ORG="lumens")
    index = child.expect(["Where do you work", "Who is offering you the gift"])
    assert index == 1
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
