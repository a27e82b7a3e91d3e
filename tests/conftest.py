"""Shared pytest fixtures. Helpers that are plain functions (running `conduct`, reading its
JSON replies, asserting the next question or outcome) live in `tests/helpers.py`."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.register_assert_rewrite("tests.helpers")   # failures inside a helper show their values too

from tests.helpers import sample_library as _sample_library  # noqa: E402
from tests.helpers import shipped_library as _shipped_library  # noqa: E402


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated user config directory (`XDG_CONFIG_HOME` = tmp/xdg), no CONDUCT_CONFIG, and
    the tmp folder as the working directory. The user config file would be
    `home / "xdg" / "conduct" / "config.yaml"`."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("CONDUCT_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def colour_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """No NO_COLOR in the environment, so a Screen is plain only when asked to be."""
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture(scope="session")
def library():
    """The shipped library: every topic, the triage tree, the contact roles and the codes."""
    return _shipped_library()


@pytest.fixture(scope="session")
def sample_library():
    """Only the sample tree (tests/fixtures/valid/sample.yaml, topic 'sample'), with the
    shipped contact roles and codes."""
    return _sample_library()
