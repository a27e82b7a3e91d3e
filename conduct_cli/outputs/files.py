"""Writing a file the user asked for (`--save`): refused early if it cannot be written, then
written only when asked, readable only by you (mode 0600), atomically (a temporary file in the
same folder, then a rename or link), and never over an existing file unless `--force`.

Only regular files are ever written or replaced: a device, a FIFO, a socket (or a link to one,
such as /dev/stdout) is refused, `--force` or not. The temporary file never outlives the write,
not even when a signal stops `conduct` in the middle of it.
"""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from ..errors import (
    EMPTY_OPTION,
    NOT_SAVED,
    NOT_SAVED_EXISTS,
    REASON_NOT_A_FOLDER,
    REASON_NOT_REGULAR,
    REASON_WORKING_FOLDER_GONE,
    SAVE_FOLDER_MISSING,
    SAVE_FOLDER_NOT_WRITABLE,
    SAVE_NOT_USABLE,
    SAVE_TARGET_EXISTS,
    SAVE_TARGET_IS_FOLDER,
    SAVE_TARGET_SPECIAL,
    SaveError,
    UsageError,
    os_reason,
    working_folder_gone,
)


def _folder(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def _existing(target: Path, path: str) -> os.stat_result | None:
    """What is at `target` now (links followed), or None when nothing is."""
    try:
        return os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise UsageError(SAVE_NOT_USABLE, path=path, reason=os_reason(error, target, searching=True)) from None


def check_target(path: str, force: bool) -> Path:
    """Refuse early, before any question is asked, a target that cannot or may not be written."""
    if not path:
        raise UsageError(EMPTY_OPTION, option="--save")
    target = Path(path).expanduser()
    if not target.is_absolute() and working_folder_gone():
        raise UsageError(SAVE_NOT_USABLE, path=path, reason=REASON_WORKING_FOLDER_GONE)
    found = _existing(target, path)
    if found is not None:
        if stat.S_ISDIR(found.st_mode):
            raise UsageError(SAVE_TARGET_IS_FOLDER, path=path)
        if not stat.S_ISREG(found.st_mode):
            raise UsageError(SAVE_TARGET_SPECIAL, path=path)
        if not force:
            raise UsageError(SAVE_TARGET_EXISTS, path=path)
    elif os.path.islink(target) and not force:   # a link to nothing is there all the same
        raise UsageError(SAVE_TARGET_EXISTS, path=path)
    folder = _folder(target)
    found = _existing(folder, path)
    if found is None:
        raise UsageError(SAVE_FOLDER_MISSING, path=path, folder=folder)
    if not stat.S_ISDIR(found.st_mode):
        raise UsageError(SAVE_NOT_USABLE, path=path, reason=REASON_NOT_A_FOLDER)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(SAVE_FOLDER_NOT_WRITABLE, path=path, folder=folder)
    return target


def _regular_or_missing(target: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(target).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        return True


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def write_private(target: Path, text: str, force: bool) -> None:
    """Write `text` to `target`, readable only by its owner, atomically; SaveError if not."""
    try:
        handle, temp = tempfile.mkstemp(prefix=".conduct-", suffix=".tmp", dir=_folder(target))  # mode 0600
    except OSError as error:
        raise SaveError(NOT_SAVED, path=target, reason=os_reason(error, target)) from None
    stored = False
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o600)
        if force:
            if not _regular_or_missing(target):   # it became a special file since the check
                raise SaveError(NOT_SAVED, path=target, reason=REASON_NOT_REGULAR)
            os.replace(temp, target)
        else:
            os.link(temp, target)   # fails if the file appeared meanwhile: never overwrite
        stored = True
    except FileExistsError:
        raise SaveError(NOT_SAVED_EXISTS, path=target) from None
    except OSError as error:
        raise SaveError(NOT_SAVED, path=target, reason=os_reason(error, target)) from None
    finally:   # also on Ctrl-C or a signal: the temporary copy of the summary never stays behind
        if not (stored and force):
            _remove(temp)
