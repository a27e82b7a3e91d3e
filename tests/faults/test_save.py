"""`--save`: the summary is written before anything that could fail is printed; a summary that
could not be written is always reported; an interrupt leaves no temporary file behind; the
reason for every refusal is its own; special files are never replaced, `--force` or not."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import (
    GIFT_15,
    answer_args,
    as_ordinary_user,
    assert_one_line,
    run_conduct,
    run_in_small_filesystem,
)

GIFT = [*answer_args(GIFT_15), "--no-input"]


def written(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "xdg")


def assert_saved(path: Path) -> None:
    assert "IC, Relatiegeschenken" in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_summary_is_saved_when_stdout_is_a_closed_pipe(tmp_path):
    for format in ("text", "json"):
        read, write = os.pipe()
        os.close(read)                                      # like `conduct ... | true`
        result = run_conduct("check", "gifts", *GIFT, "--format", format, "--save", f"{format}.md",
                             cwd=tmp_path, stdout=write)
        os.close(write)
        assert result.returncode == 141, result.stderr      # as if ended by SIGPIPE, quietly
        assert result.stderr == ""
        assert_saved(tmp_path / f"{format}.md")
    assert written(tmp_path) == ["json.md", "text.md"]


def test_a_summary_is_saved_when_stdout_is_a_full_disk(tmp_path):
    with open("/dev/full", "w") as full:
        result = run_conduct("check", "gifts", *GIFT, "--save", "s.md", cwd=tmp_path, stdout=full)
    assert result.returncode == 1
    assert_one_line(result.stderr, "could not write the output: the disk is full", "the summary was saved to s.md")
    assert_saved(tmp_path / "s.md")


def test_a_summary_that_cannot_be_written_is_reported_even_when_stdout_is_a_closed_pipe(tmp_path):
    read, write = os.pipe()
    os.close(read)
    result, left = run_in_small_filesystem("check", "gifts", *GIFT, "--save", "s.md", folder=tmp_path / "disk",
                                           options="size=64k,nr_inodes=2", prepare="touch taken", stdout=write)
    os.close(write)
    assert result.returncode == 141
    assert_one_line(result.stderr, "not saved to s.md: the disk is full")
    assert left == ["taken"]


@pytest.mark.parametrize("sent, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupt_while_the_summary_is_written_leaves_no_temporary_file(tmp_path, sent, code):
    # the signal arrives in the middle of writing the summary: after its text, before it is stored
    interrupted = ("import os, signal, sys\n"
                   "real = os.fsync\n"
                   f"os.fsync = lambda fd: (os.kill(os.getpid(), {int(sent)}), real(fd))\n"
                   "sys.argv = ['conduct', *sys.argv[1:]]\n"
                   "from conduct_cli.__main__ import main\n"
                   "main()\n")
    result = subprocess.run([sys.executable, "-c", interrupted, "check", "gifts", *GIFT, "--save", "s.md"],
                            cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "CONDUCT_LANG": "en"})
    assert result.returncode == code
    assert_one_line(result.stderr, "Stopped. Nothing was saved.")
    assert written(tmp_path) == []


@pytest.mark.parametrize("make", ["fifo", "device", "link to stdout"])
def test_force_never_replaces_a_special_file(tmp_path, make):
    target = tmp_path / "target"
    if make == "fifo":
        os.mkfifo(target)
    elif make == "device":
        if os.geteuid() != 0:
            pytest.skip("only root can make a device node")
        os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))   # a copy of /dev/null
    else:
        target.symlink_to("/proc/self/fd/1")                        # what /dev/stdout is
    before = os.lstat(target)
    for force in ([], ["--force"]):
        result = run_conduct("check", "gifts", *GIFT, "--save", target, *force, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stdout == ""
        assert_one_line(result.stderr, "is not a regular file", "give a file name")
        assert os.lstat(target).st_mode == before.st_mode and os.lstat(target).st_ino == before.st_ino
    assert written(tmp_path) == ["target"]


def test_a_save_name_that_is_too_long_is_one_line(tmp_path):
    result = run_conduct("check", "gifts", *GIFT, "--save", "s" * 300 + ".md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_line(result.stderr, "the name is too long")
    assert written(tmp_path) == []


def test_save_into_a_folder_without_search_permission_is_one_line(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o600)                                     # readable, but may not be searched
    try:
        result = run_conduct("check", "gifts", *GIFT, "--save", "locked/s.md", cwd=tmp_path, **as_ordinary_user())
    finally:
        locked.chmod(0o700)
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_line(result.stderr, "--save locked/s.md", "a folder on the way may not be searched")
    assert list(locked.iterdir()) == []


def test_save_with_no_free_inodes_shows_the_advice_and_one_line(tmp_path):
    result, left = run_in_small_filesystem("check", "gifts", *GIFT, "--save", "s.md", folder=tmp_path / "disk",
                                           options="size=64k,nr_inodes=2", prepare="touch taken")
    assert result.returncode == 1
    assert "IC, Relatiegeschenken" in result.stdout         # the advice all the same
    assert_one_line(result.stderr, "not saved to s.md: the disk is full")
    assert left == ["taken"]


def test_save_with_no_free_space_leaves_no_temporary_file(tmp_path):
    result, left = run_in_small_filesystem("check", "gifts", *GIFT, "--save", "s.md", folder=tmp_path / "disk",
                                           options="size=64k",
                                           prepare="head -c 1000000 /dev/zero > taken 2>/dev/null")
    assert result.returncode == 1
    assert "IC, Relatiegeschenken" in result.stdout
    assert_one_line(result.stderr, "not saved to s.md: the disk is full")
    assert left == ["taken"]


def test_save_in_a_working_folder_that_was_deleted_is_one_line(tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    result = run_conduct("check", "gifts", *GIFT, "--save", "s.md", cwd=gone, preexec_fn=lambda: os.rmdir(gone))
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_line(result.stderr, "the folder you are working in no longer exists")


def test_saved_to_shows_a_file_name_with_terminal_escapes_escaped(tmp_path):
    name = "s\x1b[2J\x1b]0;owned\x07.md"
    result = run_conduct("check", "gifts", *GIFT, "--save", name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Saved to: s\\x1b[2J\\x1b]0;owned\\x07.md" in result.stdout
    assert_saved(tmp_path / name)


def test_a_summary_that_cannot_be_written_is_reported_even_when_stdout_is_a_full_disk(tmp_path):
    with open("/dev/full", "w") as full:
        result, left = run_in_small_filesystem("check", "gifts", *GIFT, "--format", "json", "--save", "s.md",
                                               folder=tmp_path / "disk", options="size=64k,nr_inodes=2",
                                               prepare="touch taken", stdout=full)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert result.stderr.splitlines() == [
        "conduct: not saved to s.md: the disk is full (no space or no free inodes left)",
        "conduct: could not write the output: the disk is full (no space or no free inodes left)"]
    assert left == ["taken"]


def test_a_save_name_that_is_a_link_to_nothing_is_refused_before_anything_is_asked(tmp_path):
    (tmp_path / "s.md").symlink_to(tmp_path / "nowhere")
    result = run_conduct("check", "gifts", *GIFT, "--save", "s.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_line(result.stderr, "--save s.md already exists; choose another name or add --force")
    assert written(tmp_path) == ["s.md"] and (tmp_path / "s.md").is_symlink()
