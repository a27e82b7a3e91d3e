"""The package as a user gets it: a wheel installed into a fresh virtual environment, run from
another directory, finds its trees; and commands that prompt no one never load the prompt library (prompt_toolkit)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed (its dependencies come from this environment)."""
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "-w", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("conduct-*.whl"))
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=True)
    pip = env_dir / "bin" / "pip"
    subprocess.run([str(pip), "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True)
    # typer, rich, prompt_toolkit and pyyaml: reuse this environment's copies rather than download
    site = Path(subprocess.run([str(env_dir / "bin" / "python"), "-c",
                                "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env_dir


def test_the_wheel_holds_the_trees(installed):
    files = subprocess.run([str(installed / "bin" / "python"), "-c",
                            "import conduct_cli, pathlib; p = pathlib.Path(conduct_cli.__file__).parent;"
                            "print(p); "
                            "print(sorted(x.name for x in (p / 'decision_trees' / 'topics').glob('*.yaml')))"],
                           check=True, capture_output=True, text=True, cwd="/").stdout
    location, topics = files.splitlines()
    assert location.startswith(str(installed)), location
    assert "gifts.yaml" in topics and "confidentiality.yaml" in topics


def test_the_installed_command_checks_gifts_from_another_directory(installed, tmp_path):
    args = [str(installed / "bin" / "conduct"), "check", "gifts", "--format", "json", "--no-input",
            "--answer", "giver=business", "--answer", "negotiating=no", "--answer", "obliged=no",
            "--answer", "rather_hidden=no", "--answer", "value=15", "--answer", "gift_kind=goods"]
    result = subprocess.run(args, capture_output=True, text=True, cwd=tmp_path,
                            env={**os.environ, "CONDUCT_LANG": "en"})
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["outcome"]["id"] == "small_gift_accept"
    assert data["outcome"]["contacts"][0] == "manager"
    validate = subprocess.run([str(installed / "bin" / "conduct"), "validate"], capture_output=True,
                              text=True, cwd=tmp_path)
    assert validate.returncode == 0, validate.stderr
    assert list(tmp_path.iterdir()) == []  # wrote nothing


PROBE = """
import sys
from conduct_cli.__main__ import main
sys.argv = ["conduct"] + sys.argv[1:]
try:
    main()
except SystemExit:
    pass
sys.__stderr__.write("LOADED:" + ",".join(m for m in ("questionary", "prompt_toolkit") if m in sys.modules) + "\\n")
"""


@pytest.mark.parametrize("args", [
    ["--help"],
    ["topics", "--format", "json"],
    ["topics"],
    ["validate"],
    ["check", "gifts", "--no-input", "--format", "json", "--answer", "giver=client"],
    ["check", "gifts", "--no-input", "--answer", "giver=client"],
    ["check", "gifts", "--no-input"],
])
def test_commands_that_prompt_no_one_never_import_the_prompt_library(args):
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                            stdin=subprocess.DEVNULL)
    assert "LOADED:\n" in result.stderr, result.stderr[-500:]
