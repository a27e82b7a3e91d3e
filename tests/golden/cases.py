"""Running one recorded command in-process, the same way for recording and for the test."""
from __future__ import annotations

import os

from typer.testing import CliRunner

from conduct_cli.commands import app

WALKS_PER_TOPIC = 25
WALKS_PER_PROFILE = 8      # under each organisation


def run(args: list[str]) -> tuple[int, str]:
    """Exit code and standard output of `conduct ARGS`, with no config file, no organisation or
    trees from the environment, and no colour."""
    env = {"CONDUCT_CONFIG": "", "CONDUCT_ORG": "", "CONDUCT_TREES": "", "NO_COLOR": "1", "COLUMNS": "100",
           "XDG_CONFIG_HOME": "/nonexistent"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        result = CliRunner().invoke(app, args)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return result.exit_code, result.stdout
