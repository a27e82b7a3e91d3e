"""Where the content lives: the one place that knows the layout of a content directory.

A content directory holds `topics/*.yaml` (one topic a file), `triage.yaml` (the tree behind
"I'm not sure which topic"), `contacts.yaml` (the contact roles), `sources.yaml` (the codes
and laws outcomes cite), `organisations/*.yaml` (one organisation profile a file),
`policy.yaml` (the rules every path must keep) and `scenarios/*.yaml` (trainer scenarios). `ContentDir` is the only
code that spells these names; loading (`library`), validation, the compiled snapshot and the
commands all ask it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from .model import TRIAGE_ID

SCENARIO_DIR = "scenarios"
TOPIC_DIR = "topics"
ORGANISATION_DIR = "organisations"
CONTACTS_FILE = "contacts.yaml"
SOURCES_FILE = "sources.yaml"
POLICY_FILE = "policy.yaml"
TRIAGE_FILE = f"{TRIAGE_ID}.yaml"
SUPPORT_FILES = (CONTACTS_FILE, SOURCES_FILE, POLICY_FILE)   # files that hold no topic


class ContentDir(NamedTuple):
    """A directory in the layout of the shipped `decision_trees/`."""

    root: Path

    @property
    def contacts(self) -> Path:
        """The contact roles file."""
        return self.root / CONTACTS_FILE

    @property
    def sources(self) -> Path:
        """The citable codes file."""
        return self.root / SOURCES_FILE

    @property
    def policy(self) -> Path:
        """The policy rules file (optional)."""
        return self.root / POLICY_FILE

    @property
    def triage(self) -> Path:
        """The triage tree's file."""
        return self.root / TRIAGE_FILE

    def topic_files(self) -> list[Path]:
        """Every topic file, sorted; the triage tree is not among them."""
        return sorted(p for p in (self.root / TOPIC_DIR).glob("*.yaml") if p.is_file())

    def tree_files(self) -> list[Path]:
        """Every file that holds a tree: the topics, then the triage tree if there is one."""
        return self.topic_files() + ([self.triage] if self.triage.is_file() else [])

    def scenario_files(self) -> list[Path]:
        """Every scenario file, sorted."""
        return sorted(p for p in (self.root / SCENARIO_DIR).glob("*.yaml") if p.is_file())

    def organisation_files(self) -> list[Path]:
        """Every organisation profile, sorted."""
        return sorted(p for p in (self.root / ORGANISATION_DIR).glob("*.yaml") if p.is_file())

    def organisation_file(self, organisation_id: str) -> Path:
        """Where a profile lives."""
        return self.root / ORGANISATION_DIR / f"{organisation_id}.yaml"

    def source_files(self) -> list[Path]:
        """Every file a Library is built from, in a stable order (for the compiled snapshot)."""
        files = [self.contacts, self.sources, self.triage, *self.topic_files(), *self.organisation_files(),
                 self.policy]
        return [f for f in files if f.is_file()]

    def is_content(self) -> bool:
        """Whether this directory is laid out as a whole content directory (False for a path
        that cannot even be looked at, such as a name too long: what it is, is said elsewhere).
        """
        try:
            return (self.root / TOPIC_DIR).is_dir() and self.contacts.is_file()
        except OSError:
            return False


def shipped_trees_dir() -> Path:
    """The trees inside the installed package, or beside it in a source checkout."""
    package = Path(__file__).resolve().parent.parent
    inside = package / "decision_trees"
    return inside if inside.is_dir() else package.parent / "decision_trees"


def shipped() -> ContentDir:
    """The content that ships with `conduct`."""
    return ContentDir(shipped_trees_dir().resolve())


def is_scenario_file(path: Path) -> bool:
    """Whether a file named on the command line is a scenario (it sits in a scenarios folder)."""
    return SCENARIO_DIR in path.parent.parts[-1:]


def is_organisation_file(path: Path) -> bool:
    """Whether a file named on the command line is an organisation profile."""
    return ORGANISATION_DIR in path.parent.parts[-1:]


def display_path(path: str | Path) -> str:
    """A path as short as is still clear: relative to the working directory when inside it."""
    path = str(path)
    try:
        relative = os.path.relpath(path)
    except (ValueError, OSError):  # another drive (Windows), or the working folder was deleted
        return path
    return path if relative.startswith("..") else relative


COPIED = (TOPIC_DIR, SCENARIO_DIR, ORGANISATION_DIR, CONTACTS_FILE, SOURCES_FILE, POLICY_FILE, TRIAGE_FILE)


def copy_content(target: Path) -> Path:
    """Copy the shipped trees into `target` (new, or an empty folder) as a start for an
    organisation's own; never into a folder that holds anything.
    """
    import shutil

    from ..errors import CONFIG_NOT_WRITTEN, TREES_NOT_EMPTY, UsageError

    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(TREES_NOT_EMPTY, path=display_path(target))
    source = shipped().root
    try:
        target.mkdir(parents=True, exist_ok=True)
        for name in COPIED:
            if (source / name).is_dir():
                shutil.copytree(source / name, target / name)
            elif (source / name).is_file():
                shutil.copy2(source / name, target / name)
    except OSError as error:
        raise UsageError(CONFIG_NOT_WRITTEN, path=display_path(target), reason=error.strerror or error) from None
    return target
