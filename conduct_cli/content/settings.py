"""Where the user's settings come from: which organisation they work for, which trees to use,
and their organisation's contact details.

For the organisation and the trees the option wins over the environment variable, and the
variable over the config file (`organisation:`, `trees:`). A trees directory other than the
shipped one is checked in full when it is loaded (see `library.load_library`).
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from ..errors import EMPTY_VALUE, NOT_A_CONTENT_DIR, UsageError
from .config import Config, load
from .layout import ContentDir, display_path
from .model import OTHER_ORGANISATION

ORGANISATION_VAR = "CONDUCT_ORG"
TREES_VAR = "CONDUCT_TREES"


class Settings(NamedTuple):
    """The settings in use, each with where it came from (for `config show` and messages)."""

    config: Config
    organisation: str | None        # an organisation id, "other", or None (not said: ask)
    organisation_from: str          # "--org", "CONDUCT_ORG", "config", or ""
    trees: Path | None              # None: the shipped trees
    trees_from: str                 # "--trees", "CONDUCT_TREES", "config", or ""

    @property
    def profile(self) -> str | None:
        """The profile to see the trees through: None for "other" (another organisation, or
        rather not say: both codes) and when nothing was said.
        """
        return None if self.organisation in (None, OTHER_ORGANISATION) else self.organisation


def _given(option: str | None, name: str, variable: str) -> tuple[str | None, str]:
    if option is not None:
        if not option.strip():
            raise UsageError(EMPTY_VALUE, option=name)
        return option.strip(), name
    value = os.environ.get(variable, "").strip()
    return (value, variable) if value else (None, "")


def resolve(config_option: str | None, organisation_option: str | None = None,
            trees_option: str | None = None, check_contacts: bool = True,
            on_config_problem: Callable[[UsageError], None] | None = None) -> Settings:
    """The settings in use; the config's contacts are checked against the roles of the trees
    (loading them) unless `check_contacts` is false. With `on_config_problem`, a config file
    that cannot be used is handed to it and the settings go on without that file.
    """
    from .library import roles_of

    trees_text, trees_from = _given(trees_option, "--trees", TREES_VAR)
    trees = Path(trees_text).expanduser().resolve() if trees_text else None
    if trees is not None and not ContentDir(trees).is_content():
        # the trees asked for are not there: refused, never swapped for the shipped ones unseen
        raise UsageError(NOT_A_CONTENT_DIR, path=display_path(trees))
    try:
        config = load(config_option, roles_of if check_contacts else None, trees)
    except UsageError as problem:
        if on_config_problem is None:
            raise
        on_config_problem(problem)
        config = Config(None, "none", {})
    if trees is None and config.trees is not None:
        trees, trees_from = config.trees, "config"
    organisation, organisation_from = _given(organisation_option, "--org", ORGANISATION_VAR)
    if organisation is None and config.organisation:
        organisation, organisation_from = config.organisation, "config"
    return Settings(config, organisation, organisation_from, trees, trees_from)
