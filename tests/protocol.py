"""Drive `conduct check` through its public JSON protocol, in-process.

Content tests speak only this protocol, the one scripts use: they give answers the way a script
would (`--answer ID=VALUE`) and read the JSON that comes back.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from typer.testing import CliRunner

from conduct_cli.commands import app


@dataclass
class Reply:
    exit_code: int
    data: Any          # the parsed JSON on stdout, or None when there was none
    stdout: str
    stderr: str


def check(topic: str | None, answers: dict[str, Any] | None = None, *extra: str,
          lang: str = "en") -> Reply:
    """Run `conduct check TOPIC --answer ... --format json --no-input` and parse the reply."""
    args = ["check"] + ([topic] if topic else [])
    for question, value in (answers or {}).items():
        args += ["--answer", f"{question}={value}"]
    args += ["--format", "json", "--no-input", "--lang", lang, *extra]
    result = CliRunner().invoke(app, args)
    data = json.loads(result.stdout) if result.stdout.strip() else None
    return Reply(result.exit_code, data, result.stdout, result.stderr)


def advice(topic: str, answers: dict[str, Any], lang: str = "en") -> dict:
    """The advice these answers lead to; fails the test when they do not lead to advice."""
    reply = check(topic, answers, lang=lang)
    assert reply.exit_code == 0, (reply.exit_code, reply.stdout, reply.stderr)
    assert reply.data["status"] == "advice", reply.data
    return reply.data


def source_codes(data: dict) -> set[str]:
    """The sources of an advice reply as 'CODE, section' strings."""
    return {f"{s['code']}, {s['section']}" for s in data["outcome"]["sources"]}
