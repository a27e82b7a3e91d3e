"""Advice and lists for people, in rich. Content is always handed to rich as `Text`, never as
markup, and stripped of control characters first: nothing in a tree or an answer can change
colours, move the cursor or hide a line."""
from __future__ import annotations

from typing import Iterable

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .answers import shown
from .engine import Advice, NeedsAnswer, Step
from .interface import verdict_label, word
from .model import NOT_SURE, Library, Topic, Verdict

VERDICT_STYLE = {
    Verdict.ALLOWED: "green",
    Verdict.ALLOWED_TELL_MANAGER: "green",
    Verdict.ASK_FIRST: "yellow",
    Verdict.NOT_ALLOWED: "red",
    Verdict.SHARE_WITH_CARE: "yellow",
    Verdict.DO_NOT_SHARE: "red",
    Verdict.REPORT: "magenta",
    Verdict.SEEK_ADVICE: "cyan",
    Verdict.EMERGENCY: "bold white on red",
}


def clean(text: str) -> str:
    """Tree or user text, safe to print: every non-printable character but newline escaped."""
    return "\n".join(shown(line, limit=10_000) for line in str(text).split("\n"))


def answer_label(step: Step, lang: str) -> str:
    if isinstance(step.answer, float):
        amount = f"{step.answer:,.2f}".removesuffix(".00")
        if lang == "nl":
            amount = amount.replace(",", "_").replace(".", ",").replace("_", ".")
        return f"€ {amount}"
    choice = step.choice
    return choice.label.get(lang) if choice else str(step.answer)


def _heading(text: str) -> Text:
    return Text(text, style="bold")


def _list(rows: list[tuple[str, Text]]) -> Table:
    """Marker and text in two columns, so wrapped lines hang under the text, not the marker."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column()
    for marker, text in rows:
        grid.add_row(Text(marker), text)
    return grid


def is_plain(console: Console) -> bool:
    return bool(getattr(console, "plain", False))


def frame(body, title: Text | None, subtitle: Text | None, style: str, plain: bool,
          box_style=box.ROUNDED, padding=(1, 1)):
    """A panel, or in plain mode the same content under a title line, without box drawing."""
    if plain:
        lines = []
        if title is not None:
            lines.append(Text(title.plain.strip(), style="bold"))
        lines.append(body)
        if subtitle is not None:
            lines.append(Text(f"({subtitle.plain.strip()})"))
        return Group(*lines, Text(""))
    return Panel(body, title=title, subtitle=subtitle, box=box_style,
                 border_style="" if style == "none" else style, padding=padding)


def advice_renderable(advice: Advice, library: Library, lang: str, plain: bool = False,
                      config=None):
    outcome = advice.outcome
    style = VERDICT_STYLE[outcome.verdict]
    parts: list = [Text(clean(outcome.title.get(lang)), style="bold " + style), Text("")]

    parts.append(_heading(word("what_to_do", lang)))
    parts.append(_list([(f"{n}.", Text(clean(step.get(lang))))
                        for n, step in enumerate(outcome.advice, 1)]))
    parts.append(Text(""))

    roles = [library.roles[r] for r in outcome.contacts if r in library.roles]
    if roles:
        first = roles[0]
        parts.append(_heading(word("next_contact", lang)))
        rows = [
            ("→", Text(clean(first.name.get(lang)), style="bold")),
            ("", Text(clean(first.purpose.get(lang)))),
            ("", Text(f"{word('confidential', lang)}: {clean(first.confidentiality.get(lang))}",
                      style="dim")),
        ]
        details = config.details(first.id) if config is not None else None
        if details:
            rows += [("", Text(f"{word('detail_' + key, lang)}: {clean(value)}", style="bold"))
                     for key, value in details.items()]
        parts.append(_list(rows))
        if len(roles) > 1:
            parts.append(Text(""))
            parts.append(_heading(word("also_contact", lang)))
            parts.append(_list([("-", Text(clean(role.name.get(lang)))) for role in roles[1:]]))
        parts.append(Text(""))

    parts.append(_heading(word("why", lang)))
    rows = []
    for source in outcome.sources:
        code = library.codes.get(source.code)
        title = f" ({clean(code.title.get(lang))})" if code else ""
        rows.append(("-", Text(f"{clean(source.code)}, {clean(source.section)}{title}")))
    parts.append(_list(rows))

    if advice.path:
        parts.append(Text(""))
        parts.append(_heading(word("your_answers", lang)))
        rows = []
        for step in advice.path:
            rows.append(("-", Text(clean(step.question.text.get(lang)), style="dim")
                         + Text("\n→ " + clean(answer_label(step, lang)))))
        parts.append(_list(rows))
    title = Text(f" {verdict_label(outcome.verdict, lang)} ", style="bold " + style)
    topic_title = Text(f" {clean(advice.topic.title.get(lang))} ", style="dim")
    return frame(Group(*parts), title, topic_title, style, plain)


def print_advice(console: Console, advice: Advice, library: Library, lang: str,
                 with_earlier: bool = True, config=None) -> None:
    plain = is_plain(console)
    if with_earlier:
        for topic, outcome in advice.earlier:
            console.print(advice_renderable(Advice(topic, outcome, ()), library, lang, plain, config))
    console.print(advice_renderable(advice, library, lang, plain, config))


def print_needs_answer(console: Console, step: NeedsAnswer, lang: str,
                       library: Library | None = None) -> None:
    question = step.question
    if step.pending is not None and library is not None:
        console.print(advice_renderable(Advice(step.topic, step.pending, step.path), library, lang,
                                        is_plain(console)))
    console.print(Text(f"{word('needs_answer', lang)} ({step.topic.id}):", style="bold"))
    console.print(Text("  " + clean(question.text.get(lang))))
    for choice in question.choices:
        if question.kind.value == "amount" and choice.value != NOT_SURE:
            continue
        console.print(Text(f"    {choice.value}", style="bold") + Text(f"  {clean(choice.label.get(lang))}"))
    if question.kind.value == "amount":
        console.print(Text(f"    {word('amount_hint', lang)}", style="dim"))
    console.print(Text(f"{word('give_with', lang)}: --answer {question.id}=VALUE"))
    console.print(Text(word("or_terminal", lang), style="dim"))


def print_topics(console: Console, topics: Iterable[Topic], lang: str) -> None:
    table = Table(box=None if is_plain(console) else box.SIMPLE_HEAD, show_edge=False)
    table.add_column(word("id_col", lang), style="bold", no_wrap=True)
    table.add_column(word("topic_col", lang))
    table.add_column(word("summary_col", lang))
    for topic in topics:
        table.add_row(Text(topic.id), Text(clean(topic.title.get(lang))),
                      Text(clean(topic.summary.get(lang))))
    console.print(table)
