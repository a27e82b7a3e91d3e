"""The public JSON protocol (documented in the README). Scripts depend on these shapes: keys
may be added, never renamed or removed. Plain `json` only, so scripted runs load no terminal
library at all."""
from __future__ import annotations

import json
from typing import Any

from .answers import json_value
from .engine import Advice, NeedsAnswer, Step
from .model import Library, Outcome, Question, QuestionKind, Topic


def dumps(data: Any) -> str:
    # ensure_ascii keeps every control character escaped: output is safe to print anywhere
    return json.dumps(data, ensure_ascii=True, indent=2)


def path_json(path: tuple[Step, ...]) -> list[dict[str, Any]]:
    return [{"topic": step.topic, "question": step.question.id, "answer": json_value(step.answer)}
            for step in path]


def outcome_json(outcome: Outcome, library: Library, lang: str, config: Any = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": outcome.id,
        "verdict": outcome.verdict.value,
        "title": outcome.title.get(lang),
        "contacts": list(outcome.contacts),
        "advice": [step.get(lang) for step in outcome.advice],
        "sources": [
            {"code": s.code,
             "title": library.codes[s.code].title.get(lang) if s.code in library.codes else s.code,
             "section": s.section}
            for s in outcome.sources
        ],
    }
    role = library.roles.get(outcome.contacts[0]) if outcome.contacts else None
    if role is not None:
        data["next_contact"] = {"id": role.id, "name": role.name.get(lang),
                                "purpose": role.purpose.get(lang),
                                "confidentiality": role.confidentiality.get(lang)}
        details = config.details(role.id) if config is not None else None
        if details:
            data["next_contact"]["details"] = dict(details.items())
    return data


def advice_json(advice: Advice, library: Library, lang: str, config: Any = None) -> dict[str, Any]:
    return {
        "status": "advice",
        "topic": advice.topic.id,
        "outcome": outcome_json(advice.outcome, library, lang, config),
        "path": path_json(advice.path),
        "handed_over_from": [{"topic": topic.id, "outcome": outcome_json(outcome, library, lang)}
                             for topic, outcome in advice.earlier],
    }


def question_json(question: Question, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": question.id,
        "kind": question.kind.value,
        "text": question.text.get(lang),
        "choices": [{"value": c.value, "label": c.label.get(lang)} for c in question.choices],
    }
    if question.help is not None:
        data["help"] = question.help.get(lang)
    if question.kind is QuestionKind.AMOUNT:
        data["unit"] = question.unit
    return data


def needs_answer_json(step: NeedsAnswer, lang: str, library: Library | None = None) -> dict[str, Any]:
    data = {
        "status": "needs_answer",
        "topic": step.topic.id,
        "question": question_json(step.question, lang),
        "path": path_json(step.path),
    }
    if step.pending is not None and library is not None:
        # a handover: the advice reached so far, before continuing with another topic
        data["outcome"] = outcome_json(step.pending, library, lang)
    return data


def topics_json(topics: list[Topic], lang: str) -> list[dict[str, str]]:
    return [{"id": t.id, "title": t.title.get(lang), "summary": t.summary.get(lang)} for t in topics]
