"""Trees as pictures and data for other tools: Mermaid and Graphviz for slides, JSON for
scripts. Every node appears once; labels are in the chosen language, JSON carries both.

Each format has one drawing per node kind (the `_MERMAID`, `_DOT` and `_JSON` tables).
"""
from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from ..content.model import (
    BY_ORGANISATION_LABEL,
    Library,
    Node,
    OrganisationRoute,
    Outcome,
    Question,
    QuestionKind,
    Route,
    Text,
    Topic,
)
from ..content.organisations import exits as organisation_exits
from ..content.organisations import reachable
from ..content.verdicts import VERDICTS, verdict_label


def _outcome_label(outcome: Outcome, library: Library, lang: str) -> str:
    label = f"{verdict_label(outcome.verdict, lang)}: {outcome.title.get(lang)}"
    if outcome.contacts and outcome.contacts[0] in library.roles:
        label += f"\n→ {library.roles[outcome.contacts[0]].name.get(lang)}"
    return label


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(part, width) for part in text.split("\n"))


# --- Mermaid -----------------------------------------------------------------------------------

def _mermaid_text(text: str) -> str:
    return _wrap(text, 40).replace('"', "#quot;").replace("\n", "<br/>")


def _mermaid_question(node: Question, library: Library, lang: str) -> list[str]:
    return [f'    n_{node.id}{{"{_mermaid_text(node.text.get(lang))}"}}']


def _mermaid_outcome(node: Outcome, library: Library, lang: str) -> list[str]:
    return [f'    n_{node.id}(["{_mermaid_text(_outcome_label(node, library, lang))}"])',
            f"    class n_{node.id} {node.verdict.value}"]


def _mermaid_route(node: Route, library: Library, lang: str) -> list[str]:
    return [f'    n_{node.id}[["→ {node.topic}"]]']


def _mermaid_organisation(node: OrganisationRoute, library: Library, lang: str) -> list[str]:
    return [f'    n_{node.id}{{{{"{_mermaid_text(BY_ORGANISATION_LABEL.get(lang))}"}}}}']


_MERMAID: dict[type, Callable[[Any, Library, str], list[str]]] = {
    Question: _mermaid_question, Outcome: _mermaid_outcome, Route: _mermaid_route,
    OrganisationRoute: _mermaid_organisation,
}


def _exits(node: Node, library: Library, lang: str) -> list[tuple[str, str]]:
    """A node's exits; a branch on the organisation labelled by name (only one under a profile)."""
    if isinstance(node, OrganisationRoute):
        return organisation_exits(node, library, lang)
    return node.exits(lang)


def _nodes(topic: Topic, library: Library) -> list[Node]:
    """The nodes to draw: all of them, or under a profile those its walks can reach."""
    return [topic.nodes[node_id] for node_id in reachable(topic, library)]


def _handovers(topic: Topic, library: Library) -> list[Outcome]:
    return [n for n in _nodes(topic, library) if isinstance(n, Outcome) and n.handover is not None]


def to_mermaid(topic: Topic, library: Library, lang: str) -> str:
    """A Mermaid flowchart of one topic."""
    # node ids get a prefix: Mermaid reserves words such as 'end' and 'graph'
    lines = ["flowchart TD"]
    for node in _nodes(topic, library):
        lines += _MERMAID[type(node)](node, library, lang)
    for target in sorted({n.handover.topic for n in _handovers(topic, library) if n.handover}):
        lines.append(f'    topic_{target}[["→ {target}"]]')
    for node in _nodes(topic, library):
        for label, target in _exits(node, library, lang):
            lines.append(f'    n_{node.id} -->|"{_mermaid_text(label)}"| n_{target}')
        if isinstance(node, Outcome) and node.handover:
            lines.append(f'    n_{node.id} -.->|"{_mermaid_text(node.handover.text.get(lang))}"| '
                         f'topic_{node.handover.topic}')
    for verdict, look in VERDICTS.items():
        lines.append(f"    classDef {verdict.value} fill:{look.fill},stroke:#555")
    return "\n".join(lines) + "\n"


# --- Graphviz ----------------------------------------------------------------------------------

def _dot_text(text: str, width: int = 22) -> str:
    text = _wrap(text, width)
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _dot_question(node: Question, library: Library, lang: str) -> list[str]:
    return [f'    "{node.id}" [shape=box, style="rounded,bold", label="{_dot_text(node.text.get(lang))}"];']


def _dot_outcome(node: Outcome, library: Library, lang: str) -> list[str]:
    return [f'    "{node.id}" [shape=box, style="rounded,filled", fillcolor="{VERDICTS[node.verdict].fill}", '
            f'label="{_dot_text(_outcome_label(node, library, lang))}"];']


def _dot_route(node: Route, library: Library, lang: str) -> list[str]:
    return [f'    "{node.id}" [shape=cds, label="→ {_dot_text(node.topic)}"];']


def _dot_organisation(node: OrganisationRoute, library: Library, lang: str) -> list[str]:
    return [f'    "{node.id}" [shape=hexagon, label="{_dot_text(BY_ORGANISATION_LABEL.get(lang))}"];']


_DOT: dict[type, Callable[[Any, Library, str], list[str]]] = {
    Question: _dot_question, Outcome: _dot_outcome, Route: _dot_route,
    OrganisationRoute: _dot_organisation,
}


def to_dot(topic: Topic, library: Library, lang: str, direction: str = "TB") -> str:
    """A Graphviz digraph of one topic; `direction` TB (top to bottom: a wide topic still fits
    a slide) or LR (left to right).
    """
    lines = [f'digraph "{_dot_text(topic.id)}" {{',
             f'    label="{_dot_text(topic.title.get(lang))}"; labelloc=t;',
             f"    rankdir={direction}; nodesep=0.2; ranksep=0.3;",
             '    node [fontname="Helvetica", fontsize=10]; edge [fontname="Helvetica", fontsize=9];']
    for node in _nodes(topic, library):
        lines += _DOT[type(node)](node, library, lang)
    for node in _nodes(topic, library):
        for label, target in _exits(node, library, lang):
            lines.append(f'    "{node.id}" -> "{target}" [label="{_dot_text(label, 18)}"];')
        if isinstance(node, Outcome) and node.handover:
            lines.append(f'    "topic:{node.handover.topic}" [shape=cds, label="→ {node.handover.topic}"];')
            lines.append(f'    "{node.id}" -> "topic:{node.handover.topic}" [style=dashed, '
                         f'label="{_dot_text(node.handover.text.get(lang))}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_svg(dot: str) -> str:
    """A dot picture drawn as SVG by Graphviz; ToolError when Graphviz is not there or fails."""
    import shutil
    import subprocess

    from ..errors import GRAPHVIZ_FAILED, GRAPHVIZ_MISSING, ToolError

    program = shutil.which("dot")
    if program is None:
        raise ToolError(GRAPHVIZ_MISSING)
    try:
        done = subprocess.run([program, "-Tsvg"], input=dot, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ToolError(GRAPHVIZ_FAILED, reason=error) from None
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[0]
        raise ToolError(GRAPHVIZ_FAILED, reason=reason)
    return done.stdout


# --- JSON --------------------------------------------------------------------------------------

def _texts(text: Text | None) -> dict[str, str] | None:
    return None if text is None else {"nl": text.nl, "en": text.en}


def _json_question(node: Question) -> tuple[dict[str, Any], dict[str, Any] | None]:
    entry: dict[str, Any] = {
        "id": node.id, "kind": node.kind.value, "text": _texts(node.text),
        "choices": [{"value": c.value, "label": _texts(c.label), "next": c.next} for c in node.choices],
    }
    if node.help is not None:
        entry["help"] = _texts(node.help)
    if node.short is not None:
        entry["short"] = _texts(node.short)
    if node.kind is QuestionKind.AMOUNT:
        entry["unit"] = node.unit
        entry["bands"] = [{"below": b.below, "next": b.next} for b in node.bands]
    return entry, None


def _json_outcome(node: Outcome) -> tuple[dict[str, Any], dict[str, Any] | None]:
    outcome: dict[str, Any] = {
        "id": node.id, "verdict": node.verdict.value, "title": _texts(node.title),
        "advice": [_texts(a) for a in node.advice], "contacts": list(node.contacts),
        "sources": [{"code": s.code, "section": s.section} for s in node.sources],
    }
    if node.handover:
        outcome["handover"] = {"topic": node.handover.topic, "text": _texts(node.handover.text)}
    return {"id": node.id, "kind": "outcome"}, outcome


def _json_route(node: Route) -> tuple[dict[str, Any], dict[str, Any] | None]:
    entry = {"id": node.id, "kind": "route", "topic": node.topic}
    if node.at is not None:
        entry["at"] = node.at
    return entry, None


def _json_organisation(node: OrganisationRoute) -> tuple[dict[str, Any], dict[str, Any] | None]:
    return {"id": node.id, "kind": "by_organisation",
            "routes": {name: target for name, target in node.routes}, "other": node.other}, None


_JSON: dict[type, Callable[[Any], tuple[dict[str, Any], dict[str, Any] | None]]] = {
    Question: _json_question, Outcome: _json_outcome, Route: _json_route,
    OrganisationRoute: _json_organisation,
}


def to_json(topic: Topic, library: Library) -> dict[str, Any]:
    """One topic as data: every node, and every outcome in full, in both languages."""
    nodes: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    for node in _nodes(topic, library):
        entry, outcome = _JSON[type(node)](node)
        nodes.append(entry)
        if outcome is not None:
            outcomes.append(outcome)
    return {"topic": topic.id, "title": _texts(topic.title), "summary": _texts(topic.summary),
            "start": topic.start, "nodes": nodes, "outcomes": outcomes}


def node_drawings() -> dict[str, dict[type, Any]]:
    """The drawing tables, by format (for the test that every node kind has a drawing)."""
    return {"mermaid": _MERMAID, "dot": _DOT, "json": _JSON}
