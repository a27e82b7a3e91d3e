"""`conduct topics`, `conduct contacts` and `conduct config show|init`: what there is to
check, whom you can turn to, and your organisation's contacts file.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .cli import ConductCommand, ConductGroup
from .guard import emit_json, guard, load_config, screen
from .options import CONFIG, FORMAT, LANG, PLAIN, Format

config_app = typer.Typer(help="Your organisation's contacts file: where it is, and a template.",
                         rich_markup_mode=None, no_args_is_help=True, cls=ConductGroup)


def topics(format: Format = FORMAT, plain: bool = PLAIN, lang: Optional[str] = LANG) -> None:
    """List the topics you can check."""
    with guard(lang) as language:
        from ..content.library import load_library

        library = load_library()
        if format is Format.json:
            from ..outputs.protocol import topics_json

            emit_json(topics_json(list(library.topics.values()), language))
        else:
            from ..terminal.lists import print_topics

            print_topics(screen(plain), library.topics.values(), language)


def contacts(config: Optional[str] = CONFIG, format: Format = FORMAT, plain: bool = PLAIN,
             lang: Optional[str] = LANG) -> None:
    """List every contact role: what it is for, what it keeps confidential, and its details."""
    with guard(lang) as language:
        from ..content.library import shipped_roles

        roles = shipped_roles()
        settings = load_config(config)
        if format is Format.json:
            from ..outputs.protocol import contacts_json

            emit_json(contacts_json(roles.values(), settings, language))
        else:
            from ..terminal.lists import print_contacts

            print_contacts(screen(plain), roles.values(), settings, language)


@config_app.command("show", cls=ConductCommand)
def config_show(config: Optional[str] = CONFIG, lang: Optional[str] = LANG) -> None:
    """Say which contacts file is in use (and check it)."""
    with guard(lang) as language:
        from ..content.config import default_path
        from ..terminal.lists import config_lines

        for line in config_lines(load_config(config), default_path(), language):
            print(line)


@config_app.command("init", cls=ConductCommand)
def config_init(
    path: Optional[str] = typer.Argument(None, metavar="[FILE]",
                                       help="Where to write; default: the user config directory."),
    lang: Optional[str] = LANG,
) -> None:
    """Write a commented template to fill in (never over an existing file)."""
    with guard(lang) as language:
        from ..content.config import default_path, write_template
        from ..content.library import shipped_roles
        from ..printable import escaped
        from ..words import word

        target = Path(path).expanduser() if path else default_path()
        write_template(target, [(r.id, r.name.get(language)) for r in shipped_roles().values()])
        print(f"{word('config_written', language)}: {escaped(target)}")
