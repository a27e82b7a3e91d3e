"""The compiled copy of the trees: identical to the YAML, and never used once a tree changed."""
from __future__ import annotations

import shutil
from pathlib import Path

from conduct_cli.content import snapshot
from conduct_cli.content.layout import ContentDir, shipped_trees_dir
from conduct_cli.content.library import read_library


def copy_trees(tmp_path: Path) -> Path:
    target = tmp_path / "trees"
    shutil.copytree(shipped_trees_dir(), target, ignore=shutil.ignore_patterns(snapshot.FILE_NAME))
    return target


def compile_trees(trees: Path) -> ContentDir:
    content = ContentDir(trees.resolve())
    snapshot.write(read_library(content), content, trees / snapshot.FILE_NAME)
    return content


def test_the_compiled_library_equals_the_yaml(tmp_path):
    content = compile_trees(copy_trees(tmp_path))
    compiled = snapshot.load(content)
    assert compiled is not None
    assert compiled == read_library(content)
    assert set(compiled.topics) >= {"gifts", "ethics", "confidentiality", "invitations"}


def test_an_edited_tree_is_never_served_from_the_snapshot(tmp_path):
    trees = copy_trees(tmp_path)
    content = compile_trees(trees)
    gifts = trees / "topics" / "gifts.yaml"
    gifts.write_text(gifts.read_text().replace("Accepting a gift", "Accepting a present"))
    assert snapshot.load(content) is None


def test_a_damaged_snapshot_is_ignored(tmp_path):
    trees = copy_trees(tmp_path)
    content = ContentDir(trees.resolve())
    (trees / snapshot.FILE_NAME).write_text('{"format": 2, "sources": {}, "library": {"$t": "Nope"}}')
    assert snapshot.load(content) is None
    (trees / snapshot.FILE_NAME).write_bytes(b"\x00\xff")
    assert snapshot.load(content) is None
