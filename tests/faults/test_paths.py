"""Bad paths of every kind: an empty argument, a folder, a FIFO, a device, a name too long, a
folder that may not be searched or read, a deleted working folder, a folder tree 1,500 levels
deep. Each is one line with its own reason, never "not found" for what is there, never a
crash, and never a wait on a FIFO."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import GIFT_15, SAMPLE, answer_args, as_ordinary_user, assert_one_line, run_conduct

GIFT = [*answer_args(GIFT_15), "--no-input", "--format", "json"]


# --- empty arguments ----------------------------------------------------------------------------

@pytest.mark.parametrize("args, fragment", [
    (["check", "gifts", *GIFT, "--save", ""], "--save is empty; give a file name"),
    (["check", "gifts", *GIFT, "--answers", ""], "--answers is empty; give a file name"),
    (["contacts", "--config", ""], "--config is empty; give a file name"),
    (["config", "show", "--config", ""], "--config is empty; give a file name"),
    (["config", "init", ""], "FILE is empty; give a file name"),
    (["validate", ""], "an empty path is not a file or folder"),
    (["check", "gifts", *GIFT, "--lang", ""], "--lang must be nl or en, not ''"),
])
def test_an_empty_argument_is_refused_with_one_line(tmp_path, args, fragment):
    result = run_conduct(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_line(result.stderr, fragment)
    assert list(tmp_path.iterdir()) == []


# --- the right reason -----------------------------------------------------------------------------

@pytest.fixture
def odd_paths(tmp_path: Path) -> Path:
    (tmp_path / "folder.yaml").mkdir()
    os.mkfifo(tmp_path / "fifo.yaml")
    return tmp_path


ODD = [
    ("folder.yaml", "is a folder, not a file"),
    ("fifo.yaml", "is not a regular file"),
    ("/dev/zero", "is not a regular file"),
    ("x" * 300 + ".yaml", "the name is too long"),
]


def assert_advice_with_one_warning(result, *fragments: str) -> str:
    """A contacts file never blocks a check: the advice, and one warning line with the reason."""
    assert result.returncode == 0, result.stderr
    assert '"status": "advice"' in result.stdout
    line = assert_one_line(result.stderr, "warning:", *fragments)
    assert line.endswith("the advice follows without the contact details")
    return line


@pytest.mark.parametrize("path, fragment", ODD)
def test_an_answers_file_that_is_no_file_says_what_it_is_and_never_blocks(odd_paths, path, fragment):
    result = run_conduct("check", "gifts", *GIFT, "--answers", path, cwd=odd_paths, timeout=20)
    assert result.returncode == 2
    assert result.stdout == ""
    line = assert_one_line(result.stderr, fragment)
    assert "not found" not in line


@pytest.mark.parametrize("path, fragment", ODD)
def test_a_contacts_file_that_is_no_file_says_what_it_is_and_the_advice_follows(odd_paths, path, fragment):
    result = run_conduct("check", "gifts", *GIFT, "--config", path, cwd=odd_paths, timeout=20)
    line = assert_advice_with_one_warning(result, fragment)
    assert "not found" not in line
    refused = run_conduct("contacts", "--config", path, cwd=odd_paths, timeout=20)   # no advice to give
    assert refused.returncode == 2
    assert "not found" not in assert_one_line(refused.stderr, fragment)


def test_an_empty_contacts_file_name_is_said_and_the_advice_follows(tmp_path):
    result = run_conduct("check", "gifts", *GIFT, "--config", "", cwd=tmp_path)
    assert_advice_with_one_warning(result, "--config is empty; give a file name")


@pytest.mark.parametrize("option", ["--config", "--answers"])
def test_a_file_option_in_a_folder_without_search_permission_says_so(tmp_path, option):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "file.yaml").write_text("{}\n")
    locked.chmod(0o600)
    try:
        result = run_conduct("check", "gifts", *GIFT, option, "locked/file.yaml", cwd=tmp_path, **as_ordinary_user())
    finally:
        locked.chmod(0o700)
    if option == "--answers":
        assert result.returncode == 2
        assert_one_line(result.stderr, "locked/file.yaml", "a folder on the way may not be searched")
    else:
        assert_advice_with_one_warning(result, "locked/file.yaml", "a folder on the way may not be searched")


@pytest.mark.parametrize("path, fragment", [
    ("folder.yaml", "holds no .yaml tree files"),
    ("fifo.yaml", "is not a regular file"),
    ("/dev/zero", "is not a regular file"),
    ("nope.yaml", "no such file or directory"),
    ("x" * 300 + ".yaml", "the name is too long"),
])
def test_validate_says_what_a_path_is(odd_paths, path, fragment):
    result = run_conduct("validate", path, cwd=odd_paths, timeout=20)
    assert result.returncode == 1
    assert result.stdout == ""
    problems = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert len(problems) == 2 and problems[1] == "1 problem found", problems
    assert fragment in problems[0]


def test_validate_reports_a_folder_it_may_not_read_and_its_unreadable_sub_folders(tmp_path):
    trees = tmp_path / "trees"
    (trees / "locked").mkdir(parents=True)
    shutil.copy(SAMPLE, trees / "sample.yaml")
    shutil.copy(SAMPLE, trees / "locked" / "hidden.yaml")
    (tmp_path / "closed").mkdir()
    for folder in (trees / "locked", tmp_path / "closed"):
        folder.chmod(0)
    try:
        result = run_conduct("validate", "trees", "closed", cwd=tmp_path, **as_ordinary_user())
    finally:
        for folder in (trees / "locked", tmp_path / "closed"):
            folder.chmod(0o700)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    problems = result.stderr.strip().splitlines()
    assert problems[-1] == "2 problems found", problems
    assert "conduct: trees/locked: cannot be read (permission denied)" in problems
    assert "conduct: closed: cannot be read (permission denied)" in problems


def test_validate_walks_a_folder_tree_1500_levels_deep(tmp_path):
    folder = os.open(tmp_path, os.O_RDONLY)
    for _ in range(1500):                            # level by level: no path is ever spelled out
        os.mkdir("d", dir_fd=folder)
        deeper = os.open("d", os.O_RDONLY, dir_fd=folder)
        os.close(folder)
        folder = deeper
    tree = os.open("sample.yaml", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=folder)
    os.write(tree, SAMPLE.read_bytes())
    os.close(tree)
    os.close(folder)
    try:
        result = run_conduct("validate", "d", cwd=tmp_path)
    finally:
        top = tmp_path / "d"
        while (top / "d").is_dir():                  # level by level again: deleting recursively
            (top / "d").rename(tmp_path / "next")    # would overflow the stack
            top.rmdir() if not any(top.iterdir()) else None
            (tmp_path / "next").rename(top)
        shutil.rmtree(top)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.startswith("ok: 1 topic")


def test_a_working_folder_that_was_deleted_is_no_crash(tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    validate = run_conduct("validate", cwd=gone, preexec_fn=lambda: os.rmdir(gone))
    assert validate.returncode == 0, validate.stderr
    assert validate.stdout.startswith("ok: ")
    gone.mkdir()
    answers = run_conduct("check", "gifts", *GIFT, "--answers", "a.yaml", cwd=gone, preexec_fn=lambda: os.rmdir(gone))
    assert answers.returncode == 2
    assert_one_line(answers.stderr, "a.yaml", "the folder you are working in no longer exists")


def test_conduct_lang_does_not_stop_validate_which_has_no_lang_option(tmp_path):
    result = run_conduct("validate", cwd=tmp_path, env={"CONDUCT_LANG": "xx"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")
    assert "--lang" not in result.stderr


def test_config_show_and_init_show_a_path_with_terminal_escapes_escaped(tmp_path):
    name = "org\x1b[31m.yaml"
    (tmp_path / name).write_text("contacts:\n  manager:\n    name: Petra\n")
    for args in (["config", "show", "--config", name], ["config", "init", "new\x1b[2J.yaml"]):
        result = run_conduct(*args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout
        assert "\\x1b[" in result.stdout


@pytest.mark.parametrize("content, fragment", [
    (None, "is a folder, not a file"),
    ("contacts: [\n", "YAML syntax error"),
    ("contacts:\n  manager: Petra\n", "config file org.yaml"),
])
def test_a_contacts_file_found_through_conduct_config_never_blocks_the_advice(tmp_path, content, fragment):
    if content is None:
        (tmp_path / "org.yaml").mkdir()
    else:
        (tmp_path / "org.yaml").write_text(content)
    result = run_conduct("check", "gifts", *GIFT, cwd=tmp_path, env={"CONDUCT_CONFIG": "org.yaml"})
    assert_advice_with_one_warning(result, fragment)
