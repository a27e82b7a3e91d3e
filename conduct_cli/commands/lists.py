"""`conduct topics`, `conduct organisations`, `conduct contacts` and `conduct config
show|init`: what there is to check, which organisations' codes there are, whom you can turn
to, and your own config file.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .cli import ConductCommand, ConductGroup
from .guard import emit_json, guard, library, screen, settings
from .options import CONFIG, FORMAT, LANG, ORG, PLAIN, TREES, Format

config_app = typer.Typer(help="Your organisation's contacts file: where it is, and a template.",
                         rich_markup_mode=None, no_args_is_help=True, cls=ConductGroup)


def topics(trees: Optional[str] = TREES, config: Optional[str] = CONFIG, format: Format = FORMAT,
           plain: bool = PLAIN, lang: Optional[str] = LANG) -> None:
    """List the topics you can check."""
    with guard(lang) as language:
        shelf = library(settings(config, None, trees), organisation=False)
        if format is Format.json:
            from ..outputs.protocol import topics_json

            emit_json(topics_json(list(shelf.topics.values()), language))
        else:
            from ..terminal.lists import print_topics

            print_topics(screen(plain), shelf.topics.values(), language)


def organisations(trees: Optional[str] = TREES, config: Optional[str] = CONFIG, format: Format = FORMAT,
                  plain: bool = PLAIN, lang: Optional[str] = LANG) -> None:
    """List the organisations whose code the advice can follow (use the id with --org)."""
    with guard(lang) as language:
        chosen = settings(config, None, trees)
        shelf = library(chosen, organisation=False)
        if format is Format.json:
            from ..outputs.protocol import organisations_json

            emit_json(organisations_json(shelf, language))
        else:
            from ..terminal.lists import print_organisations

            print_organisations(screen(plain), shelf, chosen.organisation, language)


def contacts(config: Optional[str] = CONFIG, org: Optional[str] = ORG, trees: Optional[str] = TREES,
             format: Format = FORMAT, plain: bool = PLAIN, lang: Optional[str] = LANG) -> None:
    """List every contact role: what it is for, what it keeps confidential, and its details.

    With an organisation, the roles that organisation has, by the names its code uses.
    """
    with guard(lang) as language:
        from ..content.organisations import roles_under

        chosen = settings(config, org, trees)
        roles = roles_under(library(chosen))
        if format is Format.json:
            from ..outputs.protocol import contacts_json

            emit_json(contacts_json(roles, chosen.config, language))
        else:
            from ..terminal.lists import print_contacts

            print_contacts(screen(plain), roles, chosen.config, language)


@config_app.command("show", cls=ConductCommand)
def config_show(config: Optional[str] = CONFIG, lang: Optional[str] = LANG) -> None:
    """Say which contacts file is in use (and check it)."""
    with guard(lang) as language:
        from ..content.config import default_path
        from ..terminal.lists import config_lines

        for line in config_lines(settings(config), default_path(), language):
            print(line)


@config_app.command("init", cls=ConductCommand)
def config_init(
    path: Optional[str] = typer.Argument(None, metavar="[FILE]",
                                       help="Where to write; default: the user config directory."),
    org: Optional[str] = typer.Option(None, "--org", metavar="ID",
                                      help="Fill in the organisation (see 'conduct organisations')."),
    trees: Optional[str] = typer.Option(None, "--trees", metavar="DIR",
                                        help="Fill in your organisation's own trees folder."),
    lang: Optional[str] = LANG,
) -> None:
    """Write a commented template to fill in (never over an existing file)."""
    with guard(lang) as language:
        from ..content.config import default_path, template, write_template
        from ..content.library import load_library
        from ..content.model import OTHER_ORGANISATION
        from ..printable import escaped
        from ..words import word

        if path == "":
            from ..errors import EMPTY_OPTION, UsageError

            raise UsageError(EMPTY_OPTION, option="FILE")
        target = Path(path).expanduser() if path is not None else default_path()
        profile = None if org in (None, OTHER_ORGANISATION) else org
        shelf = load_library(Path(trees).expanduser().resolve() if trees else None, organisation=profile)
        from ..content.organisations import roles_under

        text = template([(r.id, r.name.get(language)) for r in roles_under(shelf)], sorted(shelf.organisations),
                        org, trees)
        write_template(target, text)
        print(f"{word('config_written', language)}: {escaped(target)}")
