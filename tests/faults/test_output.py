"""The output's fate: a reader that goes away, a full disk, a closed standard output or error,
an output that cannot show every character. Never "unexpected error": exit 141 quietly, or exit
1 and one line, or ASCII-safe text; and never a message on standard output after the JSON."""
from __future__ import annotations

import json
import os

import pytest

from tests.helpers import GIFT_15, answer_args, assert_one_line, run_conduct

GIFT = [*answer_args(GIFT_15), "--no-input"]


def close(descriptor: int):
    return lambda: os.close(descriptor)


@pytest.mark.parametrize("format", ["json", "text"])
def test_a_reader_that_went_away_ends_quietly_with_141(tmp_path, format):
    read, write = os.pipe()
    os.close(read)                                   # `conduct ... | true`
    result = run_conduct("check", "gifts", *GIFT, "--format", format, cwd=tmp_path, stdout=write)
    os.close(write)
    assert result.returncode == 141
    assert result.stderr == ""


@pytest.mark.parametrize("format", ["json", "text"])
def test_stdout_on_a_full_disk_is_one_line_and_exit_1(tmp_path, format):
    with open("/dev/full", "w") as full:
        result = run_conduct("check", "gifts", *GIFT, "--format", format, cwd=tmp_path, stdout=full)
    assert result.returncode == 1
    assert_one_line(result.stderr, "could not write the output: the disk is full")


@pytest.mark.parametrize("format", ["json", "text"])
def test_a_closed_stdout_is_one_line_and_exit_1(tmp_path, format):
    result = run_conduct("check", "gifts", *GIFT, "--format", format, cwd=tmp_path, preexec_fn=close(1))
    assert result.returncode == 1
    assert_one_line(result.stderr, "could not write the output: standard output is closed")


def test_an_ascii_only_output_gets_ascii_safe_advice(tmp_path):
    result = run_conduct("check", "gifts", *GIFT, cwd=tmp_path, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.isascii()
    for expected in ("Allowed; tell your manager", "Your next contact", "-> EUR 15", "IC, Relatiegeschenken"):
        assert expected in result.stdout
    dutch = run_conduct("check", "gifts", *GIFT, "--lang", "nl", "--plain", cwd=tmp_path,
                        env={"PYTHONIOENCODING": "ascii"})
    assert dutch.returncode == 0, dutch.stderr
    assert "Omgang van medewerkers met clienten" in dutch.stdout or "Relatiegeschenken" in dutch.stdout
    assert dutch.stdout.isascii()


def test_with_stderr_closed_nothing_follows_the_json_on_stdout(tmp_path):
    result = run_conduct("check", "gifts", *GIFT, "--format", "json", "--save", "s.md", cwd=tmp_path,
                         preexec_fn=close(2), stderr=None)
    assert result.returncode == 0
    assert json.loads(result.stdout)["status"] == "advice"        # the JSON and nothing after it
    assert (tmp_path / "s.md").exists()
    refused = run_conduct("check", "gifts", "--answer", "giver=neighbour", "--no-input", "--format", "json",
                          cwd=tmp_path, preexec_fn=close(2), stderr=None)
    assert refused.returncode == 2
    assert refused.stdout == ""


def test_the_help_on_a_full_disk_a_closed_stdout_or_a_closed_pipe_is_no_traceback(tmp_path):
    with open("/dev/full", "w") as full:
        result = run_conduct("--help", cwd=tmp_path, stdout=full)
    assert result.returncode == 1
    assert_one_line(result.stderr, "could not write the output: the disk is full")
    result = run_conduct("check", "--help", cwd=tmp_path, preexec_fn=close(1))
    assert result.returncode == 1
    assert_one_line(result.stderr, "could not write the output: standard output is closed")
    read, write = os.pipe()
    os.close(read)
    result = run_conduct("--help", cwd=tmp_path, stdout=write)
    os.close(write)
    assert (result.returncode, result.stderr) == (141, "")
