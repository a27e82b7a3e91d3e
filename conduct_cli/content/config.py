"""Your organisation's contacts: who the counsellor is and how to reach them.

A small YAML file fills in details per contact role. It is looked up in this order: the
`--config FILE` option, the CONDUCT_CONFIG environment variable, then the user's config
directory. Nothing is ever written there unless `conduct config init` is asked to.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from ..bilingual import Text
from ..errors import (
    CONFIG_EXISTS,
    CONFIG_FILE,
    CONFIG_NOT_FOUND,
    CONFIG_NOT_FOUND_OPTION,
    CONFIG_NOT_WRITTEN,
    CONFIG_PROBLEM,
    UsageError,
    did_you_mean,
)
from .located import Mapping

ENV_VAR = "CONDUCT_CONFIG"
DETAIL_FIELDS = ("name", "phone", "email", "web", "hours", "note")


class ContactDetails(NamedTuple):
    """How to reach the person in one contact role; empty fields are left out."""

    name: str = ""
    phone: str = ""
    email: str = ""
    web: str = ""
    hours: str = ""
    note: str = ""

    def items(self) -> list[tuple[str, str]]:
        """(field, value) for every field that is filled in."""
        return [(name, value) for name, value in zip(self._fields, self, strict=True) if value]


class Config(NamedTuple):
    """The config file in use (if any), why it was chosen, and the contact details it gives."""

    path: Path | None
    origin: str                       # "--config", "CONDUCT_CONFIG", "user config directory", or "none"
    contacts: dict[str, ContactDetails]

    def details(self, role: str) -> ContactDetails | None:
        """The details of one role, if the file gives any."""
        return self.contacts.get(role)


def default_path() -> Path:
    """config.yaml in the user's config directory."""
    if sys.platform.startswith("linux"):
        # what platformdirs answers on Linux (the XDG base directory spec), without importing it
        # on every start
        base = os.environ.get("XDG_CONFIG_HOME", "").strip() or os.path.expanduser("~/.config")
        return Path(base) / "conduct" / "config.yaml"
    from platformdirs import user_config_dir

    return Path(user_config_dir("conduct")) / "config.yaml"


def locate(option: str | None) -> tuple[Path | None, str]:
    """Which config file is in use, and why. A file named explicitly must exist."""
    if option:
        path = Path(option).expanduser()
        if not path.is_file():
            raise UsageError(CONFIG_NOT_FOUND_OPTION, path=option)
        return path, "--config"
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        path = Path(env).expanduser()
        if not path.is_file():
            raise UsageError(CONFIG_NOT_FOUND, path=env, origin=ENV_VAR)
        return path, ENV_VAR
    path = default_path()
    if path.is_file():
        return path, "user config directory"
    return None, "none"


def load(option: str | None, known_roles: set[str]) -> Config:
    """The config in use, checked: a broken file or an unknown key is one line naming both."""
    path, origin = locate(option)
    if path is None:
        return Config(None, origin, {})
    from . import yamlsafe

    name = str(path)
    data = yamlsafe.load_user_file(name, 256 * 1024, CONFIG_FILE)
    if data is None:
        return Config(path, origin, {})

    def bad(line: int, en: str, nl: str) -> UsageError:
        return UsageError(CONFIG_PROBLEM, path=name, line=line, detail=Text(nl, en))

    if not isinstance(data, Mapping):
        raise bad(1, "must be a mapping with a 'contacts' key", "moet een 'contacts'-sleutel bevatten")
    for key in data:
        if key != "contacts":
            hint = did_you_mean(key, ["contacts"])
            raise bad(data.line_of(key), f"unknown key '{key}'{hint.en}; allowed: contacts",
                      f"onbekende sleutel '{key}'{hint.nl}; toegestaan: contacts")
    raw = data.get("contacts") or {}
    if not isinstance(raw, Mapping):
        raise bad(data.line_of("contacts"), "'contacts' must map role ids to details",
                  "'contacts' moet rollen aan gegevens koppelen")
    contacts: dict[str, ContactDetails] = {}
    for role, details in raw.items():
        if role not in known_roles:
            known = ", ".join(sorted(known_roles))
            hint = did_you_mean(role, known_roles)
            raise bad(raw.line_of(role), f"unknown key '{role}'{hint.en}; contact roles: {known}",
                      f"onbekende sleutel '{role}'{hint.nl}; rollen: {known}")
        if details is None:
            continue
        if not isinstance(details, Mapping):
            raise bad(raw.line_of(role), f"'{role}' must be a mapping of {', '.join(DETAIL_FIELDS)}",
                      f"'{role}' moet {', '.join(DETAIL_FIELDS)} bevatten")
        values = {}
        for key, value in details.items():
            if key not in DETAIL_FIELDS:
                hint = did_you_mean(key, DETAIL_FIELDS)
                raise bad(details.line_of(key),
                          f"unknown key '{key}'{hint.en} in '{role}'; allowed: {', '.join(DETAIL_FIELDS)}",
                          f"onbekende sleutel '{key}'{hint.nl} in '{role}'; toegestaan: {', '.join(DETAIL_FIELDS)}")
            if value is None:
                continue
            if isinstance(value, (dict, list)) or isinstance(value, bool):
                raise bad(details.line_of(key), f"'{role}.{key}' must be text", f"'{role}.{key}' moet tekst zijn")
            text = str(value).strip()
            if any(not ch.isprintable() for ch in text):
                raise bad(details.line_of(key), f"'{role}.{key}' contains a control character",
                          f"'{role}.{key}' bevat een stuurteken")
            values[key] = text
        if values:
            contacts[role] = ContactDetails(**values)
    return Config(path, origin, contacts)


def template(roles: list[tuple[str, str]]) -> str:
    """A commented config file listing every role, ready to fill in."""
    lines = [
        "# conduct: your organisation's contacts.",
        "# Fill in what applies; leave the rest empty. Every field is optional:",
        "#   name, phone, email, web, hours, note",
        "# conduct shows these details with the advice, next to what each role is for.",
        "contacts:",
    ]
    for role, title in roles:
        lines += [
            f"  # {title}",
            f"  {role}:",
            "    name:",
            "    phone:",
            "    email:",
            "    web:",
            "    hours:",
            "    note:",
        ]
    return "\n".join(lines) + "\n"


def write_template(target: Path, roles: list[tuple[str, str]]) -> None:
    """Write the template to `target`, never over an existing file."""
    if target.exists():
        raise UsageError(CONFIG_EXISTS, path=target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "x", encoding="utf-8") as out:
            out.write(template(roles))
    except FileExistsError:
        raise UsageError(CONFIG_EXISTS, path=target) from None
    except OSError as error:
        raise UsageError(CONFIG_NOT_WRITTEN, path=target, reason=error.strerror or error) from None
