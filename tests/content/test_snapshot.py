"""The compiled copy of the trees: identical to the YAML, and never used once a tree changed."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from conduct_cli.content import snapshot
from conduct_cli.content.layout import ContentDir, shipped_trees_dir
from conduct_cli.content.library import _checked, read_library
from conduct_cli.content.model import LazyMapping
from conduct_cli.content.organisations import profiled


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


def test_a_topic_is_decoded_only_when_first_read(tmp_path):
    content = compile_trees(copy_trees(tmp_path))
    compiled = snapshot.load(content)
    assert compiled is not None
    topics = compiled.topics
    assert isinstance(topics, LazyMapping)
    assert "gifts" in topics and len(topics) == len(read_library(content).topics)
    assert topics._made == {}
    assert topics["gifts"].id == "gifts"
    assert set(topics._made) == {"gifts"}


def test_a_profiled_lazy_library_equals_the_profiled_yaml(tmp_path):
    content = compile_trees(copy_trees(tmp_path))
    compiled = snapshot.load(content)
    assert compiled is not None
    eager = read_library(content)
    for organisation in sorted(eager.organisations):
        assert profiled(compiled, organisation) == profiled(eager, organisation)


def test_a_checked_snapshot_with_a_damaged_topic_means_the_full_check(tmp_path):
    trees = copy_trees(tmp_path)
    content = ContentDir(trees.resolve())
    snapshot.write(read_library(content), content, trees / snapshot.FILE_NAME, checked=True)
    data = json.loads((trees / snapshot.FILE_NAME).read_text())
    lazy = data["library"]["f"][0]["$lazy"]
    lazy[0][1] = '{"$t": "Topic", "f": []}'          # a hand edit that keeps the file valid JSON
    (trees / snapshot.FILE_NAME).write_text(json.dumps(data))
    assert snapshot.load(content, checked=True) is not None   # the outer file still reads
    library = _checked(content)
    assert library == read_library(content)
