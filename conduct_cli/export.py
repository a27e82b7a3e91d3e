"""Trees as pictures and data for other tools: Mermaid and Graphviz for slides, JSON for
scripts. Every node appears once; labels are in the chosen language, JSON carries both."""
from __future__ import annotations

import textwrap
from typing import Any

from .model import Library, Outcome, Question, QuestionKind, Route, Text, Topic

VERDICT_COLOURS = {
    "allowed": "#c8e6c9", "allowed_tell_manager": "#dcedc8", "ask_first": "#fff9c4",
    "not_allowed": "#ffcdd2", "share_with_care": "#ffe0b2", "do_not_share": "#ffcdd2",
    "report": "#e1bee7", "seek_advice": "#b3e5fc", "emergency": "#ef9a9a",
}


def edges(question: Question, lang: str) -> list[tuple[str, str]]:
    """(label, target) for every way out of a question."""
    if question.kind is QuestionKind.AMOUNT:
        result = []
        lower = 0.0
        for band in question.bands:
            if band.below is None:
                result.append((f"≥ {lower:g} {question.unit}", band.next))
            else:
                result.append((f"< {band.below:g} {question.unit}", band.next))
                lower = band.below
        result += [(c.label.get(lang), c.next) for c in question.choices]
        return result
    return [(c.label.get(lang), c.next) for c in question.choices]


def _outcome_label(outcome: Outcome, library: Library, lang: str) -> str:
    from .interface import verdict_label

    label = f"{verdict_label(outcome.verdict, lang)}: {outcome.title.get(lang)}"
    if outcome.contacts and outcome.contacts[0] in library.roles:
        label += f"\n→ {library.roles[outcome.contacts[0]].name.get(lang)}"
    return label


def _mermaid_text(text: str) -> str:
    return _wrap(text, 40).replace('"', "#quot;").replace("\n", "<br/>")


def to_mermaid(topic: Topic, library: Library, lang: str) -> str:
    # node ids get a prefix: Mermaid reserves words such as 'end' and 'graph'
    lines = ["flowchart TD"]
    for node in topic.nodes.values():
        if isinstance(node, Question):
            lines.append(f'    n_{node.id}{{"{_mermaid_text(node.text.get(lang))}"}}')
        elif isinstance(node, Outcome):
            lines.append(f'    n_{node.id}(["{_mermaid_text(_outcome_label(node, library, lang))}"])')
            lines.append(f"    class n_{node.id} {node.verdict.value}")
        elif isinstance(node, Route):
            lines.append(f'    n_{node.id}[["→ {node.topic}"]]')
    handover_topics = sorted({n.handover.topic for n in topic.nodes.values()
                              if isinstance(n, Outcome) and n.handover})
    for target in handover_topics:
        lines.append(f'    topic_{target}[["→ {target}"]]')
    for node in topic.nodes.values():
        if isinstance(node, Question):
            for label, target in edges(node, lang):
                lines.append(f'    n_{node.id} -->|"{_mermaid_text(label)}"| n_{target}')
        elif isinstance(node, Outcome) and node.handover:
            lines.append(f'    n_{node.id} -.->|"{_mermaid_text(node.handover.text.get(lang))}"| topic_{node.handover.topic}')
    for verdict, colour in VERDICT_COLOURS.items():
        lines.append(f"    classDef {verdict} fill:{colour},stroke:#555")
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(part, width) for part in text.split("\n"))


def _dot_text(text: str, width: int = 36) -> str:
    text = _wrap(text, width)
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def to_dot(topic: Topic, library: Library, lang: str) -> str:
    lines = [f'digraph "{_dot_text(topic.id)}" {{',
             f'    label="{_dot_text(topic.title.get(lang))}"; labelloc=t;',
             '    node [fontname="Helvetica", fontsize=10]; edge [fontname="Helvetica", fontsize=9];']
    for node in topic.nodes.values():
        if isinstance(node, Question):
            lines.append(f'    "{node.id}" [shape=box, style="rounded,bold", label="{_dot_text(node.text.get(lang))}"];')
        elif isinstance(node, Outcome):
            colour = VERDICT_COLOURS[node.verdict.value]
            lines.append(f'    "{node.id}" [shape=box, style="rounded,filled", fillcolor="{colour}", '
                         f'label="{_dot_text(_outcome_label(node, library, lang))}"];')
        elif isinstance(node, Route):
            lines.append(f'    "{node.id}" [shape=cds, label="→ {_dot_text(node.topic)}"];')
    for node in topic.nodes.values():
        if isinstance(node, Question):
            for label, target in edges(node, lang):
                lines.append(f'    "{node.id}" -> "{target}" [label="{_dot_text(label, 24)}"];')
        elif isinstance(node, Outcome) and node.handover:
            lines.append(f'    "topic:{node.handover.topic}" [shape=cds, label="→ {node.handover.topic}"];')
            lines.append(f'    "{node.id}" -> "topic:{node.handover.topic}" [style=dashed, '
                         f'label="{_dot_text(node.handover.text.get(lang))}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _texts(text: Text | None) -> dict[str, str] | None:
    return None if text is None else {"nl": text.nl, "en": text.en}


def to_json(topic: Topic, library: Library) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    for node in topic.nodes.values():
        if isinstance(node, Question):
            entry: dict[str, Any] = {
                "id": node.id, "kind": node.kind.value, "text": _texts(node.text),
                "choices": [{"value": c.value, "label": _texts(c.label), "next": c.next}
                            for c in node.choices],
            }
            if node.help is not None:
                entry["help"] = _texts(node.help)
            if node.kind is QuestionKind.AMOUNT:
                entry["unit"] = node.unit
                entry["bands"] = [{"below": b.below, "next": b.next} for b in node.bands]
            nodes.append(entry)
        elif isinstance(node, Outcome):
            nodes.append({"id": node.id, "kind": "outcome"})
            outcome: dict[str, Any] = {
                "id": node.id, "verdict": node.verdict.value, "title": _texts(node.title),
                "advice": [_texts(a) for a in node.advice], "contacts": list(node.contacts),
                "sources": [{"code": s.code, "section": s.section} for s in node.sources],
            }
            if node.handover:
                outcome["handover"] = {"topic": node.handover.topic, "text": _texts(node.handover.text)}
            outcomes.append(outcome)
        elif isinstance(node, Route):
            nodes.append({"id": node.id, "kind": "route", "topic": node.topic})
    return {"topic": topic.id, "title": _texts(topic.title), "summary": _texts(topic.summary),
            "start": topic.start, "nodes": nodes, "outcomes": outcomes}
