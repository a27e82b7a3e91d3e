"""`--save FILE`: a Markdown summary to take to the conversation with your manager or counsellor.

Written only when asked, readable only by you (mode 0600), atomically (a temporary file in the
same folder, then a rename or link), and never over an existing file unless `--force`.
"""
from __future__ import annotations

import datetime as _dt
import os
import tempfile
from pathlib import Path

from .config import Config
from .engine import Advice
from .errors import ConductError, UsageError
from .interface import verdict_label, word
from .model import Library


class SaveError(ConductError):
    exit_code = 1


def check_target(path: str, force: bool) -> Path:
    """Refuse early, before any question is asked, a target that cannot or may not be written."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise UsageError(f"--save {path} is a directory; give a file name",
                         f"--save {path} is een map; geef een bestandsnaam")
    if target.exists() and not force:
        raise UsageError(f"--save {path} already exists; choose another name or add --force",
                         f"--save {path} bestaat al; kies een andere naam of gebruik --force")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"--save {path}: folder {folder} does not exist",
                         f"--save {path}: map {folder} bestaat niet")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"--save {path}: folder {folder} is not writable",
                         f"--save {path}: in map {folder} mag niet geschreven worden")
    return target


def write_private(target: Path, text: str, force: bool) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    handle, temp = tempfile.mkstemp(prefix=".conduct-", suffix=".tmp", dir=folder)  # mode 0600
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o600)
        if force:
            os.replace(temp, target)
        else:
            os.link(temp, target)   # fails if the file appeared meanwhile: never overwrite
            os.unlink(temp)
    except FileExistsError:
        os.unlink(temp)
        raise SaveError(f"not saved: {target} already exists; choose another name or add --force",
                        f"niet opgeslagen: {target} bestaat al; kies een andere naam of gebruik --force") from None
    except OSError as error:
        if os.path.exists(temp):
            os.unlink(temp)
        raise SaveError(f"not saved to {target}: {error.strerror or error}",
                        f"niet opgeslagen in {target}: {error.strerror or error}") from None


def _md(text: str) -> str:
    """Tree or user text as Markdown text, not markup."""
    from .render_text import clean

    escaped = clean(text)
    for ch in "\\`*_[]<>#|":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped


def summary(advice: Advice, library: Library, config: Config, lang: str,
            now: _dt.datetime | None = None) -> str:
    from .render_text import answer_label

    now = now or _dt.datetime.now().astimezone()
    outcome = advice.outcome
    lines = [f"# {_md(advice.topic.title.get(lang))}", "",
             f"{word('date', lang)}: {now.strftime('%Y-%m-%d %H:%M')}", "",
             f"## {word('your_answers', lang)}", ""]
    for step in advice.path:
        lines.append(f"- {_md(step.question.text.get(lang))}  ")
        lines.append(f"  **{_md(answer_label(step, lang))}**")
    for topic, earlier in advice.earlier:
        lines += ["", f"## {_md(topic.title.get(lang))}: {_md(earlier.title.get(lang))}", ""]
        lines += [f"{n}. {_md(a.get(lang))}" for n, a in enumerate(earlier.advice, 1)]
    lines += ["", f"## {word('verdict', lang)}: {verdict_label(outcome.verdict, lang)}", "",
              f"**{_md(outcome.title.get(lang))}**", "", f"### {word('what_to_do', lang)}", ""]
    lines += [f"{n}. {_md(a.get(lang))}" for n, a in enumerate(outcome.advice, 1)]
    lines += ["", f"### {word('contacts_heading', lang)}", ""]
    for index, role_id in enumerate(outcome.contacts):
        role = library.roles.get(role_id)
        if role is None:
            continue
        marker = f" ({word('next_contact', lang).lower()})" if index == 0 else ""
        lines.append(f"- **{_md(role.name.get(lang))}**{marker}: {_md(role.purpose.get(lang))}  ")
        lines.append(f"  {word('confidential', lang)}: {_md(role.confidentiality.get(lang))}")
        details = config.details(role_id)
        if details:
            for key, value in details.items():
                lines.append(f"  - {word('detail_' + key, lang)}: {_md(value)}")
    lines += ["", f"### {word('why', lang)}", ""]
    for source in outcome.sources:
        code = library.codes.get(source.code)
        title = f" ({_md(code.title.get(lang))})" if code else ""
        lines.append(f"- {_md(source.code)}, {_md(source.section)}{title}")
    lines += ["", f"_{word('saved_note', lang)}_", ""]
    return "\n".join(lines)
