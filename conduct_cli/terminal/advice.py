"""Advice for people, in rich: the advice panel, the advice reached before a handover, and a
question that needs an answer. Content is always handed to rich as `Text`, never as markup,
and stripped of control characters first: nothing in a tree or an answer can change colours,
move the cursor or hide a line.
"""
from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..content.config import Config
from ..content.model import NOT_SURE, Library, QuestionKind
from ..content.verdicts import VERDICTS, verdict_label
from ..printable import clean
from ..walk.answers import answer_text
from ..walk.engine import Advice, NeedsAnswer, Step
from ..words import word
from .console import Screen


def answer_label(step: Step, lang: str) -> str:
    """The answer of a step as a person reads it; a carried answer says it was given before."""
    text = answer_text(step.question, step.answer, lang)
    return f"{text} ({word('answered_before', lang)})" if step.carried else text


def _heading(text: str) -> Text:
    return Text(text, style="bold")


def marked_list(rows: list[tuple[str, Text]]) -> Table:
    """Marker and text in two columns, so wrapped lines hang under the text, not the marker."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column()
    for marker, text in rows:
        grid.add_row(Text(marker), text)
    return grid


def frame(body: RenderableType, title: Text | None, subtitle: Text | None, style: str, plain: bool,
          box_style: box.Box = box.ROUNDED, padding: tuple[int, int] = (1, 1)) -> RenderableType:
    """A panel, or in plain mode the same content under a title line, without box drawing."""
    if plain:
        lines: list[RenderableType] = []
        if title is not None:
            lines.append(Text(title.plain.strip(), style="bold"))
        lines.append(body)
        if subtitle is not None:
            lines.append(Text(f"({subtitle.plain.strip()})"))
        return Group(*lines, Text(""))
    return Panel(body, title=title, subtitle=subtitle, box=box_style,
                 border_style="" if style == "none" else style, padding=padding)


def _contact_details(role_id: str, config: Config | None, lang: str) -> list[tuple[str, Text]]:
    details = config.details(role_id) if config is not None else None
    if not details:
        return []
    return [("", Text(f"{word('detail_' + key, lang)}: {clean(value)}", style="bold"))
            for key, value in details.items()]


def advice_first(advice: Advice, library: Library, lang: str, plain: bool = False,
                 config: Config | None = None) -> RenderableType:
    """What a person needs first, short enough for one screen: the verdict, the title, what to
    do now, and who to contact next (with the details from the config).
    """
    outcome = advice.outcome
    style = VERDICTS[outcome.verdict].style
    verdict = Text(f" {verdict_label(outcome.verdict, lang)} ", style="" if plain else "bold reverse " + style)
    parts: list[Any] = [
        verdict + Text(f"  {clean(advice.topic.title.get(lang))}", style="dim"),
        Text(clean(outcome.title.get(lang)), style="bold"),
        _heading(word("what_to_do", lang)),
        marked_list([(f"{n}.", Text(clean(step.get(lang)))) for n, step in enumerate(outcome.advice, 1)]),
    ]
    roles = [library.roles[r] for r in outcome.contacts if r in library.roles]
    if roles:
        first = roles[0]
        rows = [("→", Text(f"{word('next_contact', lang)}: ", style="bold")
                 + Text(clean(first.name.get(lang)), style="bold"))]
        parts.append(marked_list(rows + _contact_details(first.id, config, lang)))
    return Group(*parts)


def advice_more(advice: Advice, library: Library, lang: str, plain: bool = False,
                config: Config | None = None) -> RenderableType:
    """The details after the advice: what each contact is for and keeps confidential, why
    (the sources), and the answers given.
    """
    outcome = advice.outcome
    parts: list[Any] = []
    roles = [library.roles[r] for r in outcome.contacts if r in library.roles]
    if roles:
        first = roles[0]
        parts.append(_heading(word("next_contact", lang)))
        parts.append(marked_list([
            ("→", Text(clean(first.name.get(lang)), style="bold")),
            ("", Text(clean(first.purpose.get(lang)))),
            ("", Text(f"{word('confidential', lang)}: {clean(first.confidentiality.get(lang))}", style="dim")),
            *_contact_details(first.id, config, lang),
        ]))
        if len(roles) > 1:
            parts.append(Text(""))
            parts.append(_heading(word("also_contact", lang)))
            rows: list[tuple[str, Text]] = []
            for role in roles[1:]:
                rows.append(("-", Text(clean(role.name.get(lang)), style="bold")
                             + Text(": " + clean(role.purpose.get(lang)))))
                rows += _contact_details(role.id, config, lang)
            parts.append(marked_list(rows))
        parts.append(Text(""))

    parts.append(_heading(word("why", lang)))
    rows = []
    for source in outcome.sources:
        code = library.codes.get(source.code)
        code_title = f" ({clean(code.title.get(lang))})" if code else ""
        rows.append(("-", Text(f"{clean(source.code)}, {clean(source.section)}{code_title}")))
    parts.append(marked_list(rows))

    if advice.path:
        parts.append(Text(""))
        parts.append(_heading(word("your_answers", lang)))
        answers: list[tuple[str, Text]] = []
        for step in advice.path:
            answers.append(("-", Text(clean(step.question.text.get(lang)), style="dim")
                            + Text("\n→ " + clean(answer_label(step, lang)))))
        parts.append(marked_list(answers))
    title = Text(f" {word('more_title', lang)} ", style="bold")
    return frame(Group(*parts), title, None, "none", plain, padding=(0, 1))


def advice_renderable(advice: Advice, library: Library, lang: str, plain: bool = False,
                      config: Config | None = None) -> RenderableType:
    """The whole advice: first what to do and whom to contact, then why and your answers."""
    return Group(advice_first(advice, library, lang, plain, config), Text(""),
                 advice_more(advice, library, lang, plain, config))


def print_advice(screen: Screen, advice: Advice, library: Library, lang: str,
                 with_earlier: bool = True, config: Config | None = None, details: bool = True) -> None:
    """The advice, after the advice of the topics handed over from (unless shown already).
    Without `details`, only what to do now and whom to contact: the rest is a "show more" away.
    """
    if with_earlier:
        for topic, outcome in advice.earlier:
            screen.print(advice_first(Advice(topic, outcome, ()), library, lang, screen.plain, config), Text(""))
    if details:
        screen.print(advice_renderable(advice, library, lang, screen.plain, config))
    else:
        screen.print(Text(""), advice_first(advice, library, lang, screen.plain, config))


def print_needs_answer(screen: Screen, step: NeedsAnswer, lang: str,
                       library: Library | None = None) -> None:
    """A question that needs an answer, and how to give it on the command line."""
    console = screen.console
    question = step.question
    if step.pending is not None and library is not None:
        console.print(advice_renderable(Advice(step.topic, step.pending, step.path), library, lang,
                                        screen.plain))
    console.print(Text(f"{word('needs_answer', lang)} ({step.topic.id}):", style="bold"))
    console.print(Text("  " + clean(question.text.get(lang))))
    for choice in question.choices:
        if question.kind is QuestionKind.AMOUNT and choice.value != NOT_SURE:
            continue
        console.print(Text(f"    {choice.value}", style="bold") + Text(f"  {clean(choice.label.get(lang))}"))
    if question.kind is QuestionKind.AMOUNT:
        console.print(Text(f"    {word('amount_hint', lang)}", style="dim"))
    console.print(Text(f"{word('give_with', lang)}: --answer {question.id}=VALUE"))
    console.print(Text(word("or_terminal", lang), style="dim"))
