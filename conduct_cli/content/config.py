"""Your organisation's contacts: who the counsellor is and how to reach them.

A small YAML file fills in details per contact role. It is looked up in this order: the
`--config FILE` option, the CONDUCT_CONFIG environment variable, then the user's config
directory. Nothing is ever written there unless `conduct config init` is asked to.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
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
    EMPTY_OPTION,
    REASON_NOT_A_FOLDER,
    UsageError,
    did_you_mean,
    os_reason,
)
from .located import Mapping

ENV_VAR = "CONDUCT_CONFIG"
TOP_KEYS = ("contacts", "organisation", "trees")
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
    """The config file in use (if any), why it was chosen, and what it says: the contact details,
    and where you work and which trees to use (the option and the environment win over these).
    """

    path: Path | None
    origin: str                       # "--config", "CONDUCT_CONFIG", "user config directory", or "none"
    contacts: dict[str, ContactDetails]
    organisation: str | None = None   # `organisation: ID`
    trees: Path | None = None         # `trees: DIR`, relative to the config file's folder

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


def _present(path: Path) -> bool:
    """Whether something is at `path`. Only "nothing there" is False: a folder, a FIFO or a
    file that may not be read is there, and reading it says what is wrong with it.
    """
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return True
    return True


def locate(option: str | None) -> tuple[Path | None, str]:
    """Which config file is in use, and why. A file named explicitly must exist."""
    if option is not None:
        if not option:
            raise UsageError(EMPTY_OPTION, option="--config")
        path = Path(option).expanduser()
        if not _present(path):
            raise UsageError(CONFIG_NOT_FOUND_OPTION, path=option)
        return path, "--config"
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        path = Path(env).expanduser()
        if not _present(path):
            raise UsageError(CONFIG_NOT_FOUND, path=env, origin=ENV_VAR)
        return path, ENV_VAR
    path = default_path()
    if _present(path):
        return path, "user config directory"
    return None, "none"


def load(option: str | None, known_roles: set[str] | Callable[[Path | None], set[str]] | None,
         trees: Path | None = None) -> Config:
    """The config in use, checked: a broken file or an unknown key is one line naming both.

    `known_roles` may be a function of the trees directory in use (`trees`, from the option or
    the environment, or else the file's own `trees:`), whose roles the contacts must name; with
    None the contacts' roles are not checked (for `validate`, which only needs the trees).
    """
    path, origin = locate(option)
    known_roles_given = known_roles is not None
    if callable(known_roles):
        roles_of = known_roles
    else:
        def roles_of(_: Path | None, roles: set[str] | None = known_roles) -> set[str]:
            return roles if roles is not None else set()
    if path is None:
        roles_of(trees)   # the trees in use are checked even without a config file
        return Config(None, origin, {})
    from . import yamlsafe

    name = str(path)
    data = yamlsafe.load_user_file(name, 256 * 1024, CONFIG_FILE)
    if data is None:
        roles_of(trees)
        return Config(path, origin, {})

    def bad(line: int, en: str, nl: str) -> UsageError:
        return UsageError(CONFIG_PROBLEM, path=name, line=line, detail=Text(nl, en))

    if not isinstance(data, Mapping):
        raise bad(1, "must be a mapping with a 'contacts' key", "moet een 'contacts'-sleutel bevatten")
    for key in data:
        if key not in TOP_KEYS:
            hint = did_you_mean(key, list(TOP_KEYS))
            raise bad(data.line_of(key), f"unknown key '{key}'{hint.en}; allowed: {', '.join(TOP_KEYS)}",
                      f"onbekende sleutel '{key}'{hint.nl}; toegestaan: {', '.join(TOP_KEYS)}")
    organisation = data.get("organisation")
    if organisation is not None and not (isinstance(organisation, str) and organisation.strip()):
        raise bad(data.line_of("organisation"), "'organisation' must be an organisation id, e.g. lumens",
                  "'organisation' moet een organisatie-id zijn, bijv. lumens")
    own_trees = data.get("trees")
    if own_trees is not None and not (isinstance(own_trees, str) and own_trees.strip()):
        raise bad(data.line_of("trees"), "'trees' must be a folder", "'trees' moet een map zijn")
    if trees is None and isinstance(own_trees, str):
        trees = (path.parent / Path(own_trees.strip()).expanduser()).resolve()
    known_roles = roles_of(trees)
    raw = data.get("contacts")
    if raw is None:
        raw = Mapping.at(data.line_of("contacts"))
    if not isinstance(raw, Mapping):
        raise bad(data.line_of("contacts"), "'contacts' must map role ids to details",
                  "'contacts' moet rollen aan gegevens koppelen")
    contacts: dict[str, ContactDetails] = {}
    for role, details in raw.items():
        if known_roles_given and role not in known_roles:
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
            if not isinstance(value, str):  # the reader keeps every plain value as written
                raise bad(details.line_of(key), f"'{role}.{key}' must be text", f"'{role}.{key}' moet tekst zijn")
            text = value.strip()
            if any(not ch.isprintable() for ch in text):
                raise bad(details.line_of(key), f"'{role}.{key}' contains a control character",
                          f"'{role}.{key}' bevat een stuurteken")
            values[key] = text
        if values:
            contacts[role] = ContactDetails(**values)
    return Config(path, origin, contacts, organisation.strip() if isinstance(organisation, str) else None,
                  trees if isinstance(own_trees, str) else None)


def template(roles: list[tuple[str, str]], organisations: list[str] | None = None,
             organisation: str | None = None, trees: str | None = None) -> str:
    """A commented config file listing every role, ready to fill in; with the organisation and
    the trees folder filled in when given (otherwise as comments to fill in).
    """
    known = ", ".join(organisations or []) or "none"
    lines = [
        "# conduct: your organisation's settings.",
        "#",
        "# Where you work, so the advice follows your own organisation's code",
        f"# (one of: {known}; see 'conduct organisations'):",
        f"organisation: {organisation}" if organisation else "# organisation: lumens",
        "# Your organisation's own trees, if it has them (made with 'conduct tree init DIR'),",
        "# relative to this file's folder:",
        f"trees: {trees}" if trees else "# trees: ./trees",
        "#",
        "# Your organisation's contacts. Fill in what applies; leave the rest empty.",
        "# Every field is optional: name, phone, email, web, hours, note. Quote a phone number",
        "# or a time (\"020 123 4567\", \"9:00-17:00\") so it is kept exactly as written.",
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


def write_template(target: Path, text: str) -> None:
    """Write a config file to `target`, never over an existing file."""
    if os.path.lexists(target):
        raise UsageError(CONFIG_EXISTS, path=target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:   # a file where a folder should be
        raise UsageError(CONFIG_NOT_WRITTEN, path=target, reason=REASON_NOT_A_FOLDER) from None
    except OSError as error:
        raise UsageError(CONFIG_NOT_WRITTEN, path=target, reason=os_reason(error, target)) from None
    try:
        with open(target, "x", encoding="utf-8") as out:
            out.write(text)
    except FileExistsError:
        raise UsageError(CONFIG_EXISTS, path=target) from None
    except OSError as error:
        raise UsageError(CONFIG_NOT_WRITTEN, path=target, reason=os_reason(error, target)) from None
