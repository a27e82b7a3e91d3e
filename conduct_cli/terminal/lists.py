"""Lists for people: the topics, the scenarios, the contact roles with their details, and
which config file is in use.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich import box
from rich.table import Table
from rich.text import Text

from ..content.config import Config
from ..content.model import ContactRole, Library, Topic
from ..content.scenarios import Scenario
from ..content.settings import Settings
from ..printable import clean, escaped
from ..words import word
from .advice import frame, marked_list
from .console import Screen


def _table(screen: Screen, columns: list[tuple[str, bool]]) -> Table:
    table = Table(box=None if screen.plain else box.SIMPLE_HEAD, show_edge=False)
    for index, (heading, no_wrap) in enumerate(columns):
        table.add_column(heading, style="bold" if index == 0 else None, no_wrap=no_wrap)
    return table


NARROW = 60   # below this width a table's columns are stacked: each row a small block


def _stacked(screen: Screen, rows: list[tuple[str, list[Text]]]) -> None:
    """Rows as blocks: the id in bold, the other cells under it, indented (rich wraps them)."""
    from rich.padding import Padding

    for ident, cells in rows:
        screen.print(Text(ident, style="bold"))
        screen.print(Padding(Text("\n").join(cells), (0, 0, 0, 2)))


def print_topics(screen: Screen, topics: Iterable[Topic], lang: str) -> None:
    """The topics: id, title and what each covers; stacked when the screen is narrow."""
    rows = [(topic.id, [Text(clean(topic.title.get(lang))), Text(clean(topic.summary.get(lang)), style="dim")])
            for topic in topics]
    if screen.console.width < NARROW:
        _stacked(screen, rows)
        return
    table = _table(screen, [(word("id_col", lang), True), (word("topic_col", lang), False),
                            (word("summary_col", lang), False)])
    for ident, (title, summary) in rows:
        table.add_row(Text(ident), title, Text(summary.plain))
    screen.print(table)


def print_scenarios(screen: Screen, scenarios: Iterable[Scenario], lang: str) -> None:
    """The scenarios: id, title and topic; stacked when the screen is narrow."""
    rows = [(scenario.id, [Text(clean(scenario.title.get(lang))), Text(f"({scenario.topic})", style="dim")])
            for scenario in scenarios]
    if screen.console.width < NARROW:
        _stacked(screen, rows)
        return
    table = _table(screen, [(word("id_col", lang), True), (word("title_col", lang), False),
                            (word("topic_col", lang), True)])
    for scenario in scenarios:
        table.add_row(Text(scenario.id), Text(clean(scenario.title.get(lang))), Text(scenario.topic))
    screen.print(table)


def print_contacts(screen: Screen, roles: Iterable[ContactRole], config: Config, lang: str) -> None:
    """Every contact role: what it is for, what it keeps confidential, and its details."""
    for role in roles:
        rows = [("", Text(clean(role.purpose.get(lang)))),
                ("", Text(f"{word('confidential', lang)}: {clean(role.confidentiality.get(lang))}",
                          style="dim"))]
        details = config.details(role.id)
        if details:
            rows += [("", Text(f"{word('detail_' + k, lang)}: {clean(v)}", style="bold"))
                     for k, v in details.items()]
        screen.print(frame(marked_list(rows), Text(f" {clean(role.name.get(lang))} ", style="bold"),
                           Text(f" {role.id} ", style="dim"), "blue", screen.plain, padding=(0, 1)))


def config_lines(settings: Settings, default: Path, lang: str) -> list[str]:
    """What `conduct config show` says: the file in use and what it holds (or where it would
    be), and the organisation and trees in use with where each setting came from.
    """
    config = settings.config
    if config.path is None:
        lines = [word("no_config", lang), f"{word('config_default', lang)}: {escaped(default)}"]
    else:
        lines = [f"{word('config_in_use', lang)}: {escaped(config.path)} "
                 f"({word('config_origin', lang)} {config.origin})"]
        for role, details in config.contacts.items():
            lines.append(f"  {role}: " + ", ".join(f"{k}={escaped(v)}" for k, v in details.items()))
    organisation = (escaped(settings.profile) if settings.profile
                    else word("org_other_set", lang) if settings.organisation else word("org_none", lang))
    origin = f" ({word('config_origin', lang)} {settings.organisation_from})" if settings.organisation_from else ""
    lines.append(f"{word('org_in_use', lang)}: {organisation}{origin}")
    trees = escaped(settings.trees) if settings.trees else word("trees_shipped", lang)
    origin = f" ({word('config_origin', lang)} {settings.trees_from})" if settings.trees_from else ""
    lines.append(f"{word('trees_in_use', lang)}: {trees}{origin}")
    return lines


def print_organisations(screen: Screen, library: Library, current: str | None, lang: str) -> None:
    """The organisations whose code the advice can follow, the one in use marked."""
    table = _table(screen, [(word("id_col", lang), True), (word("org_col", lang), False),
                            (word("code_col", lang), False)])
    for organisation in library.organisations.values():
        version = " ".join(part for part in (organisation.version and f"v{organisation.version}", organisation.date)
                           if part)
        code = clean(organisation.code_title.get(lang)) + (f" ({clean(version)})" if version else "")
        marker = " *" if organisation.id == current else ""
        table.add_row(Text(organisation.id + marker), Text(clean(organisation.name.get(lang))), Text(code))
    screen.print(table)
    screen.print(Text(word("org_hint", lang), style="dim"))
