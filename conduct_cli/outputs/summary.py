"""`--save FILE`: a Markdown summary to take to the conversation with your manager or counsellor.

Topic, date, your answers, the advice, the contacts with their details and the sources; every
text from a tree or an answer is escaped so it reads as text, never as Markdown markup.
"""
from __future__ import annotations

import datetime as _dt

from ..content.config import Config
from ..content.model import Library
from ..content.verdicts import verdict_label
from ..printable import clean
from ..walk.answers import answer_text
from ..walk.engine import Advice
from ..words import word


def _md(text: str) -> str:
    """Tree or user text as Markdown text, not markup."""
    escaped = clean(text)
    for ch in "\\`*_[]<>#|":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped


def summary(advice: Advice, library: Library, config: Config, lang: str,
            now: _dt.datetime | None = None) -> str:
    """The Markdown summary of a check's advice."""
    now = now or _dt.datetime.now().astimezone()
    outcome = advice.outcome
    lines = [f"# {_md(advice.topic.title.get(lang))}", "",
             f"{word('date', lang)}: {now.strftime('%Y-%m-%d %H:%M')}", "",
             f"## {word('your_answers', lang)}", ""]
    for step in advice.path:
        lines.append(f"- {_md(step.question.text.get(lang))}  ")
        carried = f" ({word('answered_before', lang)})" if step.carried else ""
        lines.append(f"  **{_md(answer_text(step.question, step.answer, lang))}**{carried}")
    for topic, earlier in advice.earlier:
        lines += ["", f"## {_md(topic.title.get(lang))}: {_md(earlier.title.get(lang))}", ""]
        lines += [f"{n}. {_md(a.get(lang))}" for n, a in enumerate(earlier.advice, 1)]
    lines += ["", f"## {word('verdict', lang)}: {verdict_label(outcome.verdict, lang)}", "",
              f"**{_md(outcome.title.get(lang))}**", "", f"### {word('what_to_do', lang)}", ""]
    lines += [f"{n}. {_md(a.get(lang))}" for n, a in enumerate(outcome.advice, 1)]
    lines += ["", f"### {word('contacts_heading', lang)}", ""]
    for index, role_id in enumerate(outcome.contacts):
        role = library.roles.get(role_id)
        if role is None:
            continue
        marker = f" ({word('next_contact', lang).lower()})" if index == 0 else ""
        lines.append(f"- **{_md(role.name.get(lang))}**{marker}: {_md(role.purpose.get(lang))}  ")
        lines.append(f"  {word('confidential', lang)}: {_md(role.confidentiality.get(lang))}")
        details = config.details(role_id)
        if details:
            for key, value in details.items():
                lines.append(f"  - {word('detail_' + key, lang)}: {_md(value)}")
    lines += ["", f"### {word('why', lang)}", ""]
    for source in outcome.sources:
        code = library.codes.get(source.code)
        title = f" ({_md(code.title.get(lang))})" if code else ""
        lines.append(f"- {_md(source.code)}, {_md(source.section)}{title}")
    lines += ["", f"_{word('saved_note', lang)}_", ""]
    return "\n".join(lines)
