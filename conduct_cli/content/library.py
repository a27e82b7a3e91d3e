"""The one place a Library is assembled from a content directory.

Loading for a check, for `conduct validate` and for the build's compiled snapshot all come
through here, so the content is read the same way everywhere.
"""
from __future__ import annotations

import functools
from pathlib import Path

from ..errors import NOT_A_CONTENT_DIR, UNKNOWN_ORGANISATION, Problem, TreeError, UsageError, did_you_mean
from ..printable import shown
from .layout import ContentDir, display_path, shipped
from .model import TRIAGE_ID, ContactRole, Library, Organisation, SourceCode, Topic


@functools.lru_cache(maxsize=16)
def read_roles_and_codes(content: ContentDir) -> tuple[dict[str, ContactRole], dict[str, SourceCode],
                                                         list[Problem]]:
    """The contact roles and citable codes of a content directory, with their problems."""
    from .schema import load_codes, load_roles

    roles, found = load_roles(display_path(content.contacts))
    codes, more = load_codes(display_path(content.sources))
    return roles, codes, found + more


def read_topics(paths: list[Path]) -> tuple[list[Topic], list[Problem]]:
    """Topic (and triage) files as Topics, with every problem found in them."""
    from .schema import load_topic

    topics: list[Topic] = []
    problems: list[Problem] = []
    for path in paths:
        topic, found = load_topic(display_path(path))
        problems += found
        if topic is not None:
            topics.append(topic)
    return topics, problems


@functools.lru_cache(maxsize=16)
def read_organisations(content: ContentDir) -> tuple[dict[str, Organisation], list[Problem]]:
    """The organisation profiles of a content directory, with their problems."""
    from .organisations import load_organisation

    organisations: dict[str, Organisation] = {}
    problems: list[Problem] = []
    for path in content.organisation_files():
        organisation, found = load_organisation(display_path(path))
        problems += found
        if organisation is not None:
            organisations[organisation.id] = organisation
    return organisations, problems


def assemble(topics: list[Topic], roles: dict[str, ContactRole], codes: dict[str, SourceCode],
             organisations: dict[str, Organisation] | None = None) -> Library:
    """A Library from its parts: the triage tree apart, the topics by id."""
    by_id = {t.id: t for t in topics}
    triage = by_id.pop(TRIAGE_ID, None)
    return Library(by_id, roles, codes, triage, organisations or {})


@functools.lru_cache(maxsize=16)
def read_library(content: ContentDir, only: str | None = None) -> Library:
    """The library as its YAML files say, ignoring the compiled snapshot, checked as `conduct
    validate` checks it (targets, cycles, contacts, sources, links), so an edited tree is one
    clear error here and never a crash during a walk. Raises TreeError.
    """
    roles, codes, problems = read_roles_and_codes(content)
    problems = list(problems)
    organisations, found = read_organisations(content)
    problems += found
    paths = {p.stem: p for p in content.tree_files()}
    queue = [only] if only is not None else list(paths)
    loaded: dict[str, Topic] = {}
    while queue:
        topic_id = queue.pop(0)
        if topic_id in loaded or topic_id not in paths:
            continue
        found_topics, found = read_topics([paths[topic_id]])
        problems += found
        for topic in found_topics:
            loaded[topic_id] = topic
            for node in topic.nodes.values():
                queue += node.links()
    if problems:
        raise TreeError(problems)
    from .validation import check_library

    library = assemble(list(loaded.values()), roles, codes, organisations)
    problems = check_library(library)
    if problems:
        raise TreeError(problems)
    return library


@functools.lru_cache(maxsize=16)
def _compiled(content: ContentDir) -> Library | None:
    from . import snapshot

    # a topic damaged in the snapshot by hand is read from its YAML instead, never a crash
    return snapshot.load(content, fallback=lambda topic_id: read_library(content, topic_id).topics[topic_id])


def load_library(directory: Path | None = None, only: str | None = None,
                 organisation: str | None = None) -> Library:
    """The content of a directory (default: the shipped trees), ready to walk; seen through an
    organisation's profile when one is given (an unknown id is a UsageError listing the ids).

    From the compiled snapshot when it matches the tree files; otherwise from the YAML, and
    then with `only` just that topic and the topics its links lead to, so a check starts
    without reading every tree. Cached per process: content does not change while a command
    runs. Raises TreeError.
    """
    content = ContentDir(directory.resolve()) if directory is not None else shipped()
    return _load(content, only, organisation)


@functools.lru_cache(maxsize=32)
def _load(content: ContentDir, only: str | None, organisation: str | None) -> Library:
    library = (_compiled(content) or read_library(content, only)) if content == shipped() else _checked(content)
    if organisation is None:
        return library
    from .organisations import profiled

    if organisation not in library.organisations:
        raise UsageError(UNKNOWN_ORGANISATION, organisation=shown(organisation),
                         suggestion=did_you_mean(organisation, list(library.organisations)),
                         known=", ".join(sorted(library.organisations)) or "none")
    return profiled(library, organisation)


@functools.lru_cache(maxsize=16)
def _checked(content: ContentDir) -> Library:
    """Trees other than the shipped ones are input like any other: read with the same safe
    reader and limits, and checked in full before the first question (schema, graph, links,
    contacts, sources, every profile).
    """
    if not content.is_content():
        raise UsageError(NOT_A_CONTENT_DIR, path=display_path(content.root))
    from . import snapshot

    known_good = snapshot.load(content, checked=True)   # these very files passed every check
    if known_good is not None and not _structure_problems(known_good):
        return known_good
    from .policy import load_policy

    try:
        library = read_library(content)
    except TreeError as error:
        raise TreeError(error.problems, display_path(content.root)) from None
    from .policy import check_policy, check_rules

    rules, problems = load_policy(display_path(content.policy)) if content.policy.is_file() else ([], [])
    problems += check_rules(rules, library)
    if not problems:
        problems += check_policy(rules, library)
    if problems:
        raise TreeError(problems, display_path(content.root))
    return library


def _structure_problems(library: Library) -> list[Problem]:
    """The graph checks (no YAML, a few milliseconds): a snapshot damaged by hand never makes a
    walk crash; it is then ignored and the trees are read and checked in full.
    """
    from .snapshot import DAMAGED
    from .validation import check_library, check_topic

    try:   # every topic decoded here, so a damaged one is found now and not during a walk
        problems = [problem for topic in library.all_topics() for problem in check_topic(topic)]
        return problems + check_library(library)
    except DAMAGED as error:
        return [Problem("compiled.json", f"damaged: {type(error).__name__}")]


def write_checked_snapshot(directory: Path) -> None:
    """After `conduct validate` found no problems in a trees folder (or `tree init` made one):
    its checked snapshot, so checks with these trees start as fast as with the shipped ones.
    Raises OSError when the folder cannot be written; TreeError if the trees are not good.
    """
    from . import snapshot

    content = ContentDir(directory.resolve())
    library = _checked(content)
    snapshot.write(library, content, content.root / snapshot.FILE_NAME, checked=True)


def roles_of(trees: Path | None) -> set[str]:
    """The contact role ids of a trees directory (None: the shipped trees)."""
    if trees is None:
        return set(shipped_roles())
    return set(load_library(trees).roles)


def shipped_roles() -> dict[str, ContactRole]:
    """The shipped contact roles, without reading any topic. Raises TreeError."""
    content = shipped()
    compiled = _compiled(content)
    if compiled is not None:
        return compiled.roles
    roles, _, problems = read_roles_and_codes(content)
    if problems:
        raise TreeError(problems)
    return roles
