"""The one home of the tests' shared helpers: driving `conduct`, reading its replies, and the
names of sources and answers that several test files use.

Content tests speak only the public JSON protocol, the one scripts use: they give answers the
way a script would (`--answer ID=VALUE`) and read the JSON that comes back. A rule is usually one
of three checks:

    assert_next("gifts", {"giver": "business"}, asks="negotiating")       # the next question
    assert_next("gifts", {"giver": "client", "client_already_accepted": "no"},
                reaches="client_gift")                                 # the advice reached
    assert_rejected("gifts", {"giver": "neighbour"}, "allowed: client")   # a refused answer

`assert_next` returns the parsed reply, so a test can go on to check the verdict, the contacts
and the sources (`source_codes`). Shared pytest fixtures (an isolated config directory, the
shipped library, the sample tree) are in `conftest.py`.
"""
from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from conduct_cli.commands import app

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
SAMPLE = FIXTURES / "valid" / "sample.yaml"       # a small tree with every question kind


# --- running the command ------------------------------------------------------------------------

def conduct(*args: Any, env: dict[str, str] | None = None) -> Result:
    """Run `conduct ARGS` in-process; `env` is added to the environment for the run."""
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def answer_args(answers: dict[str, Any]) -> list[str]:
    """`--answer ID=VALUE` for every answer, as a script would write them."""
    args: list[str] = []
    for question, value in answers.items():
        args += ["--answer", f"{question}={value}"]
    return args


@dataclass
class Reply:
    exit_code: int
    data: Any          # the parsed JSON on stdout, or None when there was none
    stdout: str
    stderr: str


def check(topic: str | None, answers: dict[str, Any] | None = None, *extra: str,
          lang: str = "en") -> Reply:
    """Run `conduct check TOPIC --answer ... --format json --no-input` and parse the reply."""
    args = ["check"] + ([topic] if topic else []) + answer_args(answers or {})
    result = conduct(*args, "--format", "json", "--no-input", "--lang", lang, *extra)
    data = json.loads(result.stdout) if result.stdout.strip() else None
    return Reply(result.exit_code, data, result.stdout, result.stderr)


def _what_happened(reply: Reply) -> str:
    """One line saying where a check stopped, for a failure message."""
    data = reply.data if isinstance(reply.data, dict) else {}
    if data.get("status") == "needs_answer":
        return (f"it asks question '{data['question']['id']}' in topic '{data.get('topic')}' "
                f"(exit {reply.exit_code})")
    if data.get("status") == "advice":
        outcome = data["outcome"]
        return (f"it reaches outcome '{outcome['id']}' in topic '{data['topic']}' "
                f"(verdict {outcome['verdict']}, contacts {outcome['contacts']}, exit {reply.exit_code})")
    return f"it exits {reply.exit_code}: {(reply.stderr or reply.stdout).strip()!r}"


def _command(topic: str | None, answers: dict[str, Any], lang: str) -> str:
    """The command line a check runs, to name it in a failure message."""
    return " ".join(["conduct check", *([topic] if topic else []), *answer_args(answers),
                     "--format json --no-input --lang", lang])


def _matches(wanted: str, topic: str, node: str) -> bool:
    """`node`, or `topic.node` when the wanted id names its topic."""
    return wanted == (f"{topic}.{node}" if "." in wanted else node)


def assert_next(topic: str | None, answers: dict[str, Any], asks: str | None = None,
                reaches: str | None = None, lang: str = "en") -> dict:
    """These answers stop at question `asks` (exit 3), or end in outcome `reaches` (exit 0).

    Give exactly one of `asks` and `reaches`: a node id, or `TOPIC.ID` when the walk may have
    crossed into another topic. Fails with what happened instead; returns the parsed reply.
    """
    return _assert_reply(check(topic, answers, lang=lang), _command(topic, answers, lang), asks, reaches)


def _assert_reply(reply: Reply, where: str, asks: str | None, reaches: str | None) -> dict:
    """The reply stops at question `asks`, or ends in outcome `reaches`; the parsed reply."""
    assert (asks is None) != (reaches is None), "give exactly one of asks= and reaches="
    data = reply.data if isinstance(reply.data, dict) else {}
    if asks is not None:
        ok = (reply.exit_code == 3 and data.get("status") == "needs_answer"
              and _matches(asks, data.get("topic", ""), data["question"]["id"]))
        assert ok, f"{where}: expected to ask '{asks}', but {_what_happened(reply)}"
    else:
        ok = (reply.exit_code == 0 and data.get("status") == "advice"
              and _matches(str(reaches), data.get("topic", ""), data["outcome"]["id"]))
        assert ok, f"{where}: expected to reach '{reaches}', but {_what_happened(reply)}"
    return data


def assert_rejected(topic: str | None, answers: dict[str, Any], fragment: str,
                    lang: str = "en") -> str:
    """These answers are refused: exit 2, nothing on stdout, one error line with `fragment`.
    Returns that line."""
    reply = check(topic, answers, lang=lang)
    where = _command(topic, answers, lang)
    assert reply.exit_code == 2, f"{where}: expected exit 2, but {_what_happened(reply)}"
    assert reply.stdout == "", f"{where}: expected nothing on stdout, got {reply.stdout!r}"
    lines = reply.stderr.strip().splitlines()
    assert len(lines) == 1, f"{where}: expected one error line, got {lines}"
    assert fragment in lines[0], f"{where}: expected {fragment!r} in the error line {lines[0]!r}"
    return lines[0]


def advice(topic: str, answers: dict[str, Any], lang: str = "en") -> dict:
    """The advice these answers lead to; fails the test when they do not lead to advice."""
    reply = check(topic, answers, lang=lang)
    assert reply.exit_code == 0, (reply.exit_code, reply.stdout, reply.stderr)
    assert reply.data["status"] == "advice", reply.data
    return reply.data


def outcome(topic: str, answers: dict[str, Any], lang: str = "en") -> dict:
    """The outcome these answers lead to (the `outcome` part of the advice reply)."""
    return advice(topic, answers, lang=lang)["outcome"]


def walk(topic: str, answers: dict[str, Any] | None = None, lang: str = "en") -> list[dict]:
    """Every advice reachable from these answers, found by trying every choice of every
    question the protocol asks next (an amount question: only its choice, not_sure)."""
    reply = check(topic, answers or {}, lang=lang)
    if reply.exit_code == 0:
        return [reply.data]
    assert reply.exit_code == 3, (reply.exit_code, reply.stdout, reply.stderr)
    question = reply.data["question"]
    key = question["id"] if reply.data["topic"] == topic else f"{reply.data['topic']}.{question['id']}"
    found: list[dict] = []
    for value in choice_values(question):
        found += walk(topic, {**(answers or {}), key: value}, lang)
    return found


def write_config(path: Path, name: str, role: str = "manager") -> Path:
    """A contacts config file giving `role` a name and the phone number 030-123 45 67."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"contacts:\n  {role}:\n    name: {name}\n    phone: 030-123 45 67\n")
    return path


# --- the real command, in its own process (faults) ----------------------------------------------

def run_conduct(*args: Any, cwd: Path, env: dict[str, str] | None = None, timeout: float = 60,
                **popen: Any) -> subprocess.CompletedProcess:
    """`python -m conduct_cli ARGS` in a process of its own, as a user runs it: in `cwd`, with
    an isolated user config directory (`cwd/xdg`) and English unless `env` says otherwise.
    Standard output and error are captured as text unless `popen` redirects them."""
    environment = {**os.environ, "CONDUCT_LANG": "en", "XDG_CONFIG_HOME": str(Path(cwd) / "xdg")}
    environment.pop("CONDUCT_CONFIG", None)
    environment.update(env or {})
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    popen.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run([sys.executable, "-m", "conduct_cli", *(str(a) for a in args)], cwd=cwd,
                          env=environment, text=True, timeout=timeout, **popen)


def assert_one_line(stderr: str | None, *fragments: str) -> str:
    """Exactly one line on standard error, no traceback, holding every fragment. Returns it."""
    lines = (stderr or "").strip().splitlines()
    assert "Traceback" not in (stderr or ""), stderr
    assert len(lines) == 1, f"expected one line on stderr, got {lines}"
    for fragment in fragments:
        assert fragment in lines[0], f"expected {fragment!r} in {lines[0]!r}"
    return lines[0]


def installed_copy(folder: Path) -> dict[str, str]:
    """A copy of the package and its trees (with the compiled snapshot) in `folder`, to edit as
    someone might edit an installed copy. Returns the environment that runs it."""
    import shutil

    from conduct_cli.content import snapshot
    from conduct_cli.content.layout import shipped
    from conduct_cli.content.library import read_library

    content = shipped()
    shutil.copytree(ROOT / "conduct_cli", folder / "conduct_cli", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(content.root, folder / "decision_trees", ignore=shutil.ignore_patterns(snapshot.FILE_NAME))
    snapshot.write(read_library(content), content, folder / "decision_trees" / snapshot.FILE_NAME)
    return {"PYTHONPATH": str(folder)}


def _drop_permission_override() -> None:
    """In the child: as root, give up overriding file permissions (CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH), so a folder without permissions is closed to it as to anyone."""
    if os.geteuid() == 0:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):
            if libc.prctl(24, capability, 0, 0, 0) != 0:   # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "cannot drop a capability")


def as_ordinary_user() -> dict[str, Any]:
    """`run_conduct` arguments that make file permissions count, also when the tests run as
    root; skips the test where that cannot be done."""
    import tempfile

    import pytest

    popen: dict[str, Any] = {"preexec_fn": _drop_permission_override} if os.geteuid() == 0 else {}
    locked = tempfile.mkdtemp()
    os.chmod(locked, 0)
    try:
        probe = subprocess.run([sys.executable, "-c", f"import os; os.listdir({locked!r})"],
                               capture_output=True, **popen)
    finally:
        os.rmdir(locked)
    if probe.returncode == 0:
        pytest.skip("file permissions cannot be made to apply here")
    return popen


SMALL_FILESYSTEM = """
mount -t tmpfs -o "$1" conduct-test "$2" || exit 97
cd "$2" || exit 97
eval "$3"
shift 3
"$@"
code=$?
ls -A > ../listing
exit $code
"""


def run_in_small_filesystem(*args: Any, folder: Path, options: str, prepare: str = "",
                            **popen: Any) -> tuple[subprocess.CompletedProcess, list[str]]:
    """`conduct ARGS` working in `folder`, a fresh tmpfs mounted with `options` (`size=64k`,
    `nr_inodes=2`) in a private mount namespace, after the shell commands `prepare`. Returns
    the run and the names left in the folder. Skips the test where no tmpfs can be mounted."""
    import pytest

    folder.mkdir()
    environment = {**os.environ, "CONDUCT_LANG": "en", "XDG_CONFIG_HOME": str(folder.parent / "xdg")}
    environment.pop("CONDUCT_CONFIG", None)
    environment.update(popen.pop("env", {}))
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    try:
        result = subprocess.run(["unshare", "--map-root-user", "--mount", "sh", "-c", SMALL_FILESYSTEM, "sh",
                                 options, str(folder), prepare, sys.executable, "-m", "conduct_cli",
                                 *(str(a) for a in args)],
                                cwd=folder.parent, env=environment, text=True, timeout=60,
                                stdin=subprocess.DEVNULL, **popen)
    except FileNotFoundError:
        pytest.skip("unshare is not installed")
    listing = folder.parent / "listing"
    if result.returncode == 97 or not listing.exists():
        pytest.skip(f"no tmpfs can be mounted here: {result.stderr.strip()[:200]}")
    return result, listing.read_text().split()


# --- reading a reply ----------------------------------------------------------------------------

def source_codes(data: dict) -> set[str]:
    """The sources of an advice reply as 'CODE, section' strings."""
    return {f"{s['code']}, {s['section']}" for s in data["outcome"]["sources"]}


def asked(data: dict) -> list[str]:
    """The question ids on a reply's path, in the order they were asked."""
    return [step["question"] for step in data["path"]]


def choice_values(question: dict) -> list[str]:
    """The values a question of a reply offers (`not_sure` always last)."""
    return [c["value"] for c in question["choices"]]


def advice_text(outcome: dict) -> str:
    """An outcome's advice steps as one text."""
    return " ".join(outcome["advice"])


def text_of(data: dict) -> str:
    """The title and advice steps of an advice reply as one text."""
    return " ".join([data["outcome"]["title"], *data["outcome"]["advice"]])


# --- the shipped and the sample content --------------------------------------------------------

@functools.cache
def shipped_library():
    """Every shipped topic, the triage tree, the contact roles and the codes (read once)."""
    from conduct_cli.content.library import load_library

    return load_library()


@functools.cache
def sample_library():
    """A library holding only tests/fixtures/valid/sample.yaml (topic 'sample'), with the
    shipped contact roles and codes."""
    from conduct_cli.content.model import Library
    from conduct_cli.content.schema import load_topic

    topic, problems = load_topic(str(SAMPLE))
    assert not problems, problems
    shipped = shipped_library()
    return Library({"sample": topic}, shipped.roles, shipped.codes)


def recording_screen(plain: bool = False, width: int = 100):
    """A Screen whose console records what is printed, without colour (and writes it nowhere
    else); read it back with `screen.console.export_text()`."""
    import io

    from rich.console import Console

    from conduct_cli.terminal.console import Screen

    console = Console(record=True, width=width, color_system=None, file=io.StringIO())
    return Screen(plain=plain, console=console)


# --- answers and sources that several test files use -------------------------------------------

# gifts: a business relation, not negotiating, not obliged, nothing to hide; then the value
GIFT_FROM_BUSINESS = {"giver": "business", "negotiating": "no", "obliged": "no", "rather_hidden": "no"}
GIFT_15 = {**GIFT_FROM_BUSINESS, "value": 15, "gift_kind": "goods"}      # leads to small_gift_accept

# 'CODE, section' as `source_codes` gives them
IC_GIFTS = "IC, Relatiegeschenken"
IC_INVITATIONS = "IC, Uitnodigingen"
IC_CLIENTS = "IC, Omgang van medewerkers met cliënten"
IC_COLLEAGUES = "IC, Omgang met collega's"
IC_SOCIAL_MEDIA = "IC, Social media"
IC_SPLIT = "IC, Scheiding werk/privé"
IC_FINALLY = "IC, Tot slot"
L_SAFETY = "L, 4.1 Inwoner centraal, 5. Veiligheid en privacy"
L_COLLEAGUES = "L, 4.2 Samenwerking met collega's"
L_SIDE_ACTIVITIES = "L, 4.3 Nevenactiviteiten, conflicterende belangen en intellectueel eigendom"
L_GIFTS = "L, 4.4 Relatiegeschenken"
L_ETHICS = "L, 4.5 Ethische dilemma's"
L_INTERESTS = "L, 4.6 Belangen van de inwoner en belangen van de medewerker"
L_WHISTLEBLOWING = "L, 4.7 Klokkenluiden"
L_COUNSELLOR = "L, 3 Vertrouwenspersoon"
L_COMPLAINTS = "L, 3 Klachtenprocedure"
L_CODES_CLASH = "L, 3 Gedragscode vs. beroepscode"


# --- organisation profiles ------------------------------------------------------------------------

ORGANISATIONS = ("interaktcontour", "lumens")    # the shipped profiles; a test checks the list is whole
EVERY_PROFILE = (None, *ORGANISATIONS)         # None: no organisation given (both codes)
SUFFIX = {None: "", "interaktcontour": "_ic", "lumens": "_lumens"}   # each organisation's outcome id


def check_under(organisation: str | None, topic: str | None, answers: dict[str, Any] | None = None,
                lang: str = "en") -> Reply:
    """`check` as an employee of `organisation` (`--org ID`); None: no organisation given."""
    return check(topic, answers, *(["--org", organisation] if organisation else []), lang=lang)


def assert_next_under(organisation: str | None, topic: str | None, answers: dict[str, Any],
                      asks: str | None = None, reaches: str | None = None, lang: str = "en") -> dict:
    """`assert_next` as an employee of `organisation` (None: no organisation given); the reply
    must carry that organisation. Returns the parsed reply."""
    where = _command(topic, answers, lang) + (f" --org {organisation}" if organisation else "")
    data = _assert_reply(check_under(organisation, topic, answers, lang=lang), where, asks, reaches)
    assert data.get("organisation") == organisation, f"{where}: organisation {data.get('organisation')!r}"
    return data


def assert_own_code(data: dict, organisation: str) -> None:
    """An advice reply under a profile cites only that organisation's code and the law (at least
    one of them), names only contacts that organisation has (its own roles and those the law
    gives all), and never speaks of "the stricter rule" (that is for advice without one)."""
    library = shipped_library()
    profile = library.organisations[organisation]
    outcome = data["outcome"]
    codes = cited_codes(data)
    assert codes, f"{outcome['id']}: no sources"
    foreign = {code for code in codes if code != profile.code and not library.codes[code].law}
    assert not foreign, f"{outcome['id']} under {organisation} cites {sorted(foreign)}"
    missing = [role for role in outcome["contacts"] if role not in roles_of(organisation)]
    assert not missing, f"{outcome['id']} under {organisation} names contacts it does not have: {missing}"
    assert "stricter rule" not in text_of(data), f"{outcome['id']} under {organisation} speaks of the stricter rule"


def reached_under(organisation: str | None, topic: str, answers: dict[str, Any], reaches: str) -> dict:
    """The advice `answers` reach in `topic` as an employee of `organisation` (None: both codes),
    checked to follow that organisation's own code and contacts. Returns the parsed reply."""
    data = assert_next_under(organisation, topic, answers, reaches=reaches)
    if organisation is not None:
        assert_own_code(data, organisation)
    return data


def walk_under(organisation: str | None, topic: str, answers: dict[str, Any] | None = None, lang: str = "en",
               amounts: tuple[float, ...] = (5, 50), handovers: bool = True,
               within: set[str] | None = None) -> list[dict]:
    """Every advice reachable from these answers as an employee of `organisation` (None: no
    organisation given), found only through the JSON protocol by trying every answer of every
    question asked next (an amount question: each of `amounts` and not_sure). A handover into
    another topic is declined unless `handovers`; with `within`, the walk stops where it leaves
    those topics (by a route or a handover) and keeps only their advice."""
    reply = check_under(organisation, topic, answers or {}, lang=lang)
    assert reply.exit_code in (0, 3), (reply.exit_code, reply.stdout, reply.stderr)
    if within is not None and reply.data["topic"] not in within:
        return []
    if reply.exit_code == 0:
        return [reply.data]
    question = reply.data["question"]
    key = question["id"] if reply.data["topic"] == topic else f"{reply.data['topic']}.{question['id']}"
    values: list[Any] = choice_values(question)
    if question["kind"] == "amount":
        values = [*amounts, *values]
    if question["id"].startswith("continue_") and not handovers:
        values = ["no"]
    found: list[dict] = []
    for value in values:
        found += walk_under(organisation, topic, {**(answers or {}), key: value}, lang, amounts, handovers, within)
    return found


def by_org(org: str | None, other: str, lumens: str, interakt: str) -> str:
    """The outcome id each organisation reaches (None: no organisation)."""
    return {None: other, "lumens": lumens, "interaktcontour": interakt}[org]


def follows_own_code_or_names_the_difference(data: dict, org: str | None, both_cited: bool = True) -> None:
    """Under a profile: that code only. Without one: the difference named, and both codes cited
    (not `both_cited` where one code has no rule on it, so there is no section to cite)."""
    if org:
        assert_own_code(data, org)
    else:
        if both_cited:
            assert {"IC", "L"} <= cited_codes(data), data["outcome"]["id"]
        assert "codes differ" in text_of(data) or "stricter rule" in text_of(data), data["outcome"]["id"]


def names_the_difference(outcome: dict) -> bool:
    """Whether advice names both codes and says it follows the stricter rule: what advice
    without an organisation says where the codes differ (in English)."""
    text = " ".join(outcome["advice"])
    return "Integrity Code" in text and "Lumens code" in text and "stricter rule" in text


def cited_codes(data: dict) -> set[str]:
    """The codes (IC, L, MELDCODE, ...) an advice reply cites."""
    return {s["code"] for s in data["outcome"]["sources"]}


def roles_of(org: str) -> set[str]:
    """The contact roles an organisation has: its own and those the law gives every one."""
    library = shipped_library()
    own = set(library.organisations[org].roles)
    return own | {role_id for role_id, role in library.roles.items() if role.law}
