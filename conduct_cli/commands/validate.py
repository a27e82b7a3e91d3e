"""`conduct validate`: check tree files before anyone is walked into a mistake."""
from __future__ import annotations

import sys
from pathlib import Path
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
        if paths is not None and len(paths) == 1:
            _compile_own_trees(Path(paths[0]))


def _compile_own_trees(folder: Path) -> None:
    """A trees folder of one's own that passed: its checked snapshot, so a check with these
    trees starts as fast as with the shipped ones. A folder that cannot be written is told,
    not an error: the trees are good, only the start is slower.
    """
    from ..content.layout import ContentDir, display_path, shipped
    from ..errors import os_reason

    content = ContentDir(folder.resolve())
    if content == shipped() or not content.is_content():
        return
    from ..content import snapshot
    from ..content.library import write_checked_snapshot

    try:
        write_checked_snapshot(content.root)
    except OSError as error:
        err(f"note: {display_path(content.root / snapshot.FILE_NAME)} not written ({os_reason(error).en}); "
            "checks with these trees read and check them in full at every start")
        return
    print(f"compiled: {display_path(content.root / snapshot.FILE_NAME)} (checks with these trees start fast "
          "until a file changes)")
