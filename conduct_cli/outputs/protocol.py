"""The public JSON protocol (documented in the README). Scripts depend on these shapes: keys
may be added, never renamed or removed. Plain `json` only, so scripted runs load no terminal
library at all.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..content.model import ContactRole, Library, Outcome, Question, QuestionKind, Topic
from ..walk.answers import json_value
from ..walk.engine import MENU, Advice, NeedsAnswer, Step

if TYPE_CHECKING:  # for the annotations only: a scripted check loads no scenario code
    from ..content.config import Config
    from ..content.scenarios import Scenario
    from ..walk.replay import Replay


def dumps(data: Any) -> str:
    """Protocol data as text."""
    # ensure_ascii keeps every control character escaped: output is safe to print anywhere
    return json.dumps(data, ensure_ascii=True, indent=2)


def path_json(path: tuple[Step, ...]) -> list[dict[str, Any]]:
    """The questions asked, in order, with their answers."""
    return [{"topic": step.topic, "question": step.question.id, "answer": json_value(step.answer),
             **({"answered_before": True} if step.carried else {})}
            for step in path]


def outcome_json(outcome: Outcome, library: Library, lang: str, config: Any = None) -> dict[str, Any]:
    """An outcome, with its next contact (and that contact's details from the config)."""
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
    """The reply for advice (exit 0); `organisation` is the profile followed, or null."""
    return {
        "status": "advice",
        "organisation": library.organisation_id,
        "topic": advice.topic.id,
        "outcome": outcome_json(advice.outcome, library, lang, config),
        "path": path_json(advice.path),
        "handed_over_from": [{"topic": topic.id, "outcome": outcome_json(outcome, library, lang)}
                             for topic, outcome in advice.earlier],
    }


def question_json(question: Question, lang: str) -> dict[str, Any]:
    """A question with its choices."""
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
    """The reply for a question that needs an answer (exit 3); the topic menu has no topic."""
    data: dict[str, Any] = {
        "status": "needs_answer",
        "organisation": library.organisation_id if library is not None else None,
        "topic": step.topic.id,
        "question": question_json(step.question, lang),
        "path": path_json(step.path),
    }
    if step.pending is not None and library is not None:
        # a handover: the advice reached so far, before continuing with another topic
        data["outcome"] = outcome_json(step.pending, library, lang)
    if step.topic is MENU:
        del data["topic"]
    return data


def topics_json(topics: list[Topic], lang: str) -> list[dict[str, str]]:
    """The topic list."""
    return [{"id": t.id, "title": t.title.get(lang), "summary": t.summary.get(lang)} for t in topics]


def contacts_json(roles: Iterable[ContactRole], config: Config, lang: str) -> list[dict[str, Any]]:
    """Every contact role with what it is for, what it keeps confidential, and its details."""
    result = []
    for role in roles:
        details = config.details(role.id)
        result.append({"id": role.id, "name": role.name.get(lang), "purpose": role.purpose.get(lang),
                       "confidentiality": role.confidentiality.get(lang),
                       "details": dict(details.items()) if details else {}})
    return result


def scenarios_json(scenarios: Iterable[Scenario], lang: str) -> list[dict[str, str]]:
    """The scenario list."""
    return [{"id": s.id, "title": s.title.get(lang), "topic": s.topic} for s in scenarios]


def scenario_json(replayed: Replay, library: Library, lang: str) -> dict[str, Any]:
    """A scenario played through: its story, the advice its answers reach, the discussion."""
    scenario = replayed.scenario
    return {"status": "scenario", "scenario": scenario.id, "topic": scenario.topic,
            "title": scenario.title.get(lang), "story": scenario.story.get(lang),
            "advice": advice_json(replayed.advice, library, lang),
            "discussion": [q.get(lang) for q in scenario.discussion]}


def organisations_json(library: Library, lang: str) -> list[dict[str, Any]]:
    """The organisation profiles: id, name, their code (id, title, version, date) and roles."""
    return [{"id": o.id, "name": o.name.get(lang), "code": o.code, "code_title": o.code_title.get(lang),
             "version": o.version, "date": o.date,
             "roles": [r for r in library.roles if r in o.roles or library.roles[r].law]}
            for o in library.organisations.values()]
