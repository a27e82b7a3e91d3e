"""Building a content directory of one's own for a test: the shipped contacts, sources,
organisation profiles and policy, with the topics (and policy) the test gives."""
from __future__ import annotations

import shutil
from pathlib import Path

from conduct_cli.content.layout import shipped_trees_dir

ORGS = Path(__file__).resolve().parent / "fixtures" / "orgs"


def own_trees(folder: Path, topics: dict[str, str] | None = None, policy: str | None = None,
              with_shipped_topics: bool = False) -> Path:
    """A trees folder in `folder`: topic id -> YAML text (default: the two fixture topics)."""
    source = shipped_trees_dir()
    target = folder / "trees"
    (target / "topics").mkdir(parents=True)
    for name in ("contacts.yaml", "sources.yaml"):
        shutil.copy(source / name, target / name)
    shutil.copytree(source / "organisations", target / "organisations")
    if policy is None:
        shutil.copy(source / "policy.yaml", target / "policy.yaml")
    else:
        (target / "policy.yaml").write_text(policy)
    if with_shipped_topics:
        shutil.copytree(source / "topics", target / "topics", dirs_exist_ok=True)
    if topics is None:
        topics = {p.stem: p.read_text() for p in ORGS.glob("*.yaml")}
    for topic_id, text in topics.items():
        (target / "topics" / f"{topic_id}.yaml").write_text(text)
    return target
