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
            from conduct_cli import snapshot
        finally:
            sys.path.pop(0)
        trees = root / "decision_trees"
        # written beside the trees, which the wheel includes as a whole (pyproject.toml)
        snapshot.write(trees, trees / snapshot.FILE_NAME)
