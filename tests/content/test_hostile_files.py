"""Broken and hostile tree files, through the real command in a subprocess: one clear error
naming the file (and line and node where there is one), a non-zero exit, no traceback, bounded
memory, and never anything run. Time is measured by the benchmark, not asserted here."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import SAMPLE as SAMPLE_PATH

SAMPLE = SAMPLE_PATH.read_text()
MEMORY_LIMIT_MIB = 200


# Runs `conduct validate` and reports the child's own peak memory. It runs in a small helper
# interpreter: a child forked straight from pytest would count pytest's memory as its own
# until it execs, so the figure would say more about the test run than about conduct.
PEAK_PROBE = """
import json, os, subprocess, sys, tempfile
argv = [sys.executable, "-m", "conduct_cli", "validate", sys.argv[1]]
with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
    child = subprocess.Popen(argv, stdout=out, stderr=err)
    _, status, usage = os.wait4(child.pid, 0)
    out.seek(0)
    err.seek(0)
    print(json.dumps({"code": os.waitstatus_to_exitcode(status), "stdout": out.read(),
                      "stderr": err.read(), "peak_mib": usage.ru_maxrss / 1024}))
"""


def validate(path: Path) -> tuple[subprocess.CompletedProcess, float]:
    """Run `conduct validate PATH`; returns the result and the run's own peak memory in MiB."""
    probe = subprocess.run([sys.executable, "-c", PEAK_PROBE, str(path)], capture_output=True,
                           text=True, timeout=60, env={**os.environ, "CONDUCT_LANG": "en"})
    report = json.loads(probe.stdout)
    result = subprocess.CompletedProcess(["conduct", "validate", str(path)], report["code"],
                                         report["stdout"], report["stderr"])
    return result, report["peak_mib"]


def assert_one_clear_error(result: subprocess.CompletedProcess, name: str, fragment: str,
                           line: int | None = None) -> None:
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    first = result.stderr.splitlines()[0]
    assert first.startswith("conduct: ") and name in first, first
    assert fragment in first, first
    if line is not None:
        assert f"{name}:{line}:" in first, first


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_yaml_syntax_error(tmp_path):
    path = write(tmp_path, "syntax.yaml", SAMPLE.replace("    if_no: unsure", "    if_no: [unsure"))
    result, _ = validate(path)
    assert_one_clear_error(result, "syntax.yaml", "YAML syntax error")
    assert ":" in result.stderr.split("syntax.yaml", 1)[1][:6]       # a line number follows


def test_wrong_types_and_missing_fields(tmp_path):
    text = SAMPLE.replace("id: sample", "id: types").replace("    if_yes: fine\n", "")
    text = text.replace("verdict: allowed", "verdict: [allowed]")
    result, _ = validate(write(tmp_path, "types.yaml", text))
    assert_one_clear_error(result, "types.yaml", "node 'sure': missing field 'if_yes'", line=18)
    assert "unknown verdict ['allowed']" in result.stderr


def test_unknown_target(tmp_path):
    text = SAMPLE.replace("id: sample", "id: target").replace("if_yes: fine", "if_yes: nowhere")
    result, _ = validate(write(tmp_path, "target.yaml", text))
    assert_one_clear_error(result, "target.yaml", "points to 'nowhere'", line=17)


def test_duplicate_keys(tmp_path):
    text = SAMPLE.replace("id: sample", "id: dupes").replace("  sure:\n", "  sure:\n    kind: yes_no\n", 1)
    result, _ = validate(write(tmp_path, "dupes.yaml", text))
    assert_one_clear_error(result, "dupes.yaml", "duplicate key 'kind'", line=19)


def test_duplicate_topic_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "same.yaml", SAMPLE.replace("id: sample", "id: same"))
    result, _ = validate(tmp_path)
    assert result.returncode != 0 and "topic id 'same' is also used by" in result.stderr


def test_cycles(tmp_path):
    text = SAMPLE.replace("id: sample", "id: loop").replace("    if_no: unsure", "    if_no: first")
    result, _ = validate(write(tmp_path, "loop.yaml", text))
    assert_one_clear_error(result, "loop.yaml", "a cycle")


def test_alias_bomb(tmp_path):
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for index in range(1, 10):
        name, previous = chr(ord("a") + index), chr(ord("a") + index - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    result, peak = validate(write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n"))
    assert_one_clear_error(result, "bomb.yaml", "alias bomb")
    assert peak < MEMORY_LIMIT_MIB


def test_a_60_mb_file(tmp_path):
    path = tmp_path / "huge.yaml"
    with open(path, "w") as out:
        out.write("id: huge\nnodes:\n")
        chunk = "  filler: " + "x" * 1000 + "\n"
        for _ in range(62 * 1024):
            out.write(chunk)
    assert path.stat().st_size > 60 * 1024 * 1024
    result, peak = validate(path)
    assert_one_clear_error(result, "huge.yaml", "larger than the limit of 2 MiB")
    assert peak < MEMORY_LIMIT_MIB


@pytest.mark.parametrize("opening, closing", [("[", "]"), ("{a: ", "}")])
def test_nesting_20000_levels_deep(tmp_path, opening, closing):
    result, peak = validate(write(tmp_path, "deep.yaml", opening * 20_000 + closing * 20_000 + "\n"))
    assert_one_clear_error(result, "deep.yaml", "nested deeper than the limit of 64 levels", line=1)
    assert peak < MEMORY_LIMIT_MIB


def test_python_tags_never_run_anything(tmp_path):
    marker = tmp_path / "MARKER"
    for index, tag in enumerate(["!!python/object/apply:os.system", "!!python/object/new:os.system",
                                 "!!python/name:os.system", "!!python/module:os"]):
        text = SAMPLE.replace("id: sample", f"id: tagged{index}").replace(
            "title: {nl: Voorbeeld, en: Sample}", f'title: {tag} ["touch {marker}"]')
        result, _ = validate(write(tmp_path, f"tagged{index}.yaml", text))
        assert_one_clear_error(result, f"tagged{index}.yaml", "is not allowed in a tree file", line=2)
    assert not marker.exists()


def test_a_binary_file(tmp_path):
    result, _ = validate(write(tmp_path, "image.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert_one_clear_error(result, "image.yaml", "binary file")


def test_a_file_that_is_not_utf8(tmp_path):
    text = SAMPLE.replace("Voorbeeld", "Caf\u00e9").encode("latin-1")
    result, _ = validate(write(tmp_path, "latin1.yaml", text))
    assert_one_clear_error(result, "latin1.yaml", "not UTF-8", line=2)


def test_markup_and_escapes_in_a_tree_are_refused_or_shown_as_text(tmp_path):
    escape = SAMPLE.replace("id: sample", "id: escape").replace("Go ahead.", '"Go \\e[2J ahead."')
    result, _ = validate(write(tmp_path, "escape.yaml", escape))
    assert_one_clear_error(result, "escape.yaml", "control character")
    assert "\x1b" not in result.stderr
