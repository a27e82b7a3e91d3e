"""A topic as a tree in the terminal: questions, the answers that leave them, and outcomes
coloured by verdict with the next contact. A node reached a second time is shown as a
reference, so the picture stays as small as the tree.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from rich.tree import Tree

from ..content.model import BY_ORGANISATION_LABEL, Library, Node, OrganisationRoute, Outcome, Question, Route, Topic
from ..content.organisations import exits as organisation_exits
from ..content.verdicts import VERDICTS, verdict_label
from ..printable import clean
from ..words import word


def _question_label(node: Question, library: Library, lang: str) -> Text:
    return Text("? ", style="bold") + Text(clean(node.text.get(lang)), style="bold")


def _outcome_label(node: Outcome, library: Library, lang: str) -> Text:
    style = VERDICTS[node.verdict].style
    text = Text(f"[{verdict_label(node.verdict, lang)}] ", style=style) + Text(clean(node.title.get(lang)))
    if node.contacts and node.contacts[0] in library.roles:
        text += Text(f"  → {clean(library.roles[node.contacts[0]].name.get(lang))}", style="dim")
    if node.handover:
        text += Text(f"  ⇢ {node.handover.topic}", style="italic")
    return text


def _route_label(node: Route, library: Library, lang: str) -> Text:
    return Text(f"⇢ {node.topic}", style="italic")


def _organisation_label(node: OrganisationRoute, library: Library, lang: str) -> Text:
    return Text(f"⇉ {BY_ORGANISATION_LABEL.get(lang)}", style="italic")


def _exits(node: Node, library: Library, lang: str) -> list[tuple[str, str]]:
    """A node's exits; a branch on the organisation labelled by name (only one under a profile)."""
    if isinstance(node, OrganisationRoute):
        return organisation_exits(node, library, lang)
    return node.exits(lang)


# One drawing per node kind.
LABELS: dict[type, Callable[[Any, Library, str], Text]] = {
    Question: _question_label, Outcome: _outcome_label, Route: _route_label,
    OrganisationRoute: _organisation_label,
}


def _label(node: Node, library: Library, lang: str) -> Text:
    return LABELS[type(node)](node, library, lang)


def plain_lines(topic: Topic, library: Library, lang: str) -> list[Text]:
    """The same tree as indented text, without line drawing (for --plain and NO_COLOR)."""
    lines = [Text(f"{clean(topic.title.get(lang))} ({topic.id})")]
    shown: set[str] = set()
    stack: list[tuple[int, str | None, str]] = [(1, None, topic.start)]
    while stack:
        depth, edge, node_id = stack.pop()
        node = topic.nodes[node_id]
        prefix = Text("  " * depth + (f"{clean(edge)} → " if edge else ""))
        if node_id in shown and not isinstance(node, Outcome):
            lines.append(prefix + Text(word("see_above", lang).format(node=node_id)))
            continue
        shown.add(node_id)
        lines.append(prefix + _label(node, library, lang))
        for label, target in reversed(_exits(node, library, lang)):
            stack.append((depth + 1, label, target))
    return lines


def topic_tree(topic: Topic, library: Library, lang: str) -> Tree:
    """The tree drawn with lines, outcomes coloured by verdict."""
    root = Tree(Text(clean(topic.title.get(lang)), style="bold underline") + Text(f"  ({topic.id})", style="dim"))
    shown: set[str] = set()
    # explicit stack instead of recursion: (parent branch, edge label, node id)
    stack: list[tuple[Tree, str | None, str]] = [(root, None, topic.start)]
    while stack:
        parent, edge, node_id = stack.pop()
        node = topic.nodes[node_id]
        arrow = Text(f"{clean(edge)} → ", style="cyan") if edge else Text("")
        if node_id in shown and not isinstance(node, Outcome):
            parent.add(arrow + Text(word("see_above", lang).format(node=node_id), style="dim"))
            continue
        shown.add(node_id)
        branch = parent.add(arrow + _label(node, library, lang))
        for label, target in reversed(_exits(node, library, lang)):
            stack.append((branch, label, target))
    return root
