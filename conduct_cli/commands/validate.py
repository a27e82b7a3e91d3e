"""`conduct validate`: check tree files before anyone is walked into a mistake."""
from __future__ import annotations

import sys
from typing import Optional

import typer

from ..errors import ExitCode
from .guard import err, guard, settings


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def validate(
    paths: Optional[list[str]] = typer.Argument(
        None, help="Tree files or directories; default: the shipped trees."),
) -> None:
    """Check tree files: schema, targets, reachability, cycles, contacts, sources, links."""
    with guard("en"):   # for tree authors, in English: CONDUCT_LANG does not apply (there is no --lang)
        from ..walk.audit import audit

        if not paths:   # the trees in use: CONDUCT_TREES, or 'trees:' in the config file
            chosen = settings(None, check_contacts=False)
            paths = [str(chosen.trees)] if chosen.trees is not None else None
        found = audit(paths or None)
        if found.problems:
            for problem in found.problems:
                err(str(problem))
            print(f"{_plural(len(found.problems), 'problem')} found", file=sys.stderr)
            raise typer.Exit(ExitCode.PROBLEMS)
        scenarios = f", {_plural(found.scenarios, 'scenario')} replayed" if found.scenarios else ""
        print(f"ok: {_plural(found.topics, 'topic')}, {found.nodes} nodes{scenarios}, no problems")
