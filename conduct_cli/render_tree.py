"""A topic as a tree in the terminal: questions, the answers that leave them, and outcomes
coloured by verdict with the next contact. A node reached a second time is shown as a
reference, so the picture stays as small as the tree."""
from __future__ import annotations

from rich.text import Text
from rich.tree import Tree

from .export import edges
from .interface import verdict_label, word
from .model import Library, Outcome, Question, Route, Topic
from .render_text import VERDICT_STYLE, clean


def _label(node, library: Library, lang: str) -> Text:
    if isinstance(node, Question):
        return Text("? ", style="bold") + Text(clean(node.text.get(lang)), style="bold")
    if isinstance(node, Outcome):
        style = VERDICT_STYLE[node.verdict]
        text = Text(f"[{verdict_label(node.verdict, lang)}] ", style=style) + Text(clean(node.title.get(lang)))
        if node.contacts and node.contacts[0] in library.roles:
            text += Text(f"  → {clean(library.roles[node.contacts[0]].name.get(lang))}", style="dim")
        if node.handover:
            text += Text(f"  ⇢ {node.handover.topic}", style="italic")
        return text
    assert isinstance(node, Route)
    return Text(f"⇢ {node.topic}", style="italic")


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
        if isinstance(node, Question):
            for choice_label, target in reversed(edges(node, lang)):
                stack.append((depth + 1, choice_label, target))
    return lines


def topic_tree(topic: Topic, library: Library, lang: str) -> Tree:
    root = Tree(Text(clean(topic.title.get(lang)), style="bold underline") + Text(f"  ({topic.id})", style="dim"))
    shown: set[str] = set()
    # explicit stack instead of recursion: (parent branch, edge label, node id)
    stack: list[tuple[Tree, str | None, str]] = [(root, None, topic.start)]
    while stack:
        parent, edge, node_id = stack.pop()
        node = topic.nodes[node_id]
        label = Text(f"{clean(edge)} → ", style="cyan") if edge else Text("")
        if node_id in shown and not isinstance(node, Outcome):
            parent.add(label + Text(word("see_above", lang).format(node=node_id), style="dim"))
            continue
        shown.add(node_id)
        branch = parent.add(label + _label(node, library, lang))
        if isinstance(node, Question):
            for choice_label, target in reversed(edges(node, lang)):
                stack.append((branch, choice_label, target))
    return root
