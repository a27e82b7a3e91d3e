"""Same input, same output: every recorded command prints what it printed when recorded.

A refactoring must leave these unchanged. When the content or the protocol changes on purpose,
re-record with `python tests/golden/record.py` and say so in the commit."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.golden.cases import run

CASES = [json.loads(line) for line in (Path(__file__).parent / "cases.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("case", CASES, ids=[" ".join(c["args"][:3]) for c in CASES])
def test_the_output_is_what_was_recorded(case):
    code, out = run(case["args"])
    assert code == case["exit"]
    if out.lstrip().startswith(("{", "[")):
        assert json.loads(out) == json.loads(case["stdout"])
    else:
        assert out == case["stdout"]
