"""Build step: compile the decision trees into decision_trees/compiled.json.

The compiled copy lets `conduct` start without parsing YAML; see conduct_cli/snapshot.py. It
carries a hash of every tree file, so an edited tree is never served from a stale copy.
"""
from __future__ import annotations

import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileTrees(BuildHookInterface):
    PLUGIN_NAME = "compile-trees"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        sys.path.insert(0, str(root))
        try:
            from conduct_cli.content import snapshot
            from conduct_cli.content.layout import ContentDir
            from conduct_cli.content.library import read_library
        finally:
            sys.path.pop(0)
        content = ContentDir((root / "decision_trees").resolve())
        # written beside the trees, which the wheel includes as a whole (pyproject.toml)
        snapshot.write(read_library(content), content, content.root / snapshot.FILE_NAME)
