"""Writing a file the user asked for (`--save`): refused early if it cannot be written, then
written only when asked, readable only by you (mode 0600), atomically (a temporary file in the
same folder, then a rename or link), and never over an existing file unless `--force`.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import (
    NOT_SAVED,
    NOT_SAVED_EXISTS,
    SAVE_FOLDER_MISSING,
    SAVE_FOLDER_NOT_WRITABLE,
    SAVE_TARGET_EXISTS,
    SAVE_TARGET_IS_FOLDER,
    SaveError,
    UsageError,
)


def check_target(path: str, force: bool) -> Path:
    """Refuse early, before any question is asked, a target that cannot or may not be written."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise UsageError(SAVE_TARGET_IS_FOLDER, path=path)
    if target.exists() and not force:
        raise UsageError(SAVE_TARGET_EXISTS, path=path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(SAVE_FOLDER_MISSING, path=path, folder=folder)
    if not os.access(folder, os.W_OK):
        raise UsageError(SAVE_FOLDER_NOT_WRITABLE, path=path, folder=folder)
    return target


def write_private(target: Path, text: str, force: bool) -> None:
    """Write `text` to `target`, readable only by its owner, atomically; SaveError if not."""
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
        raise SaveError(NOT_SAVED_EXISTS, path=target) from None
    except OSError as error:
        if os.path.exists(temp):
            os.unlink(temp)
        raise SaveError(NOT_SAVED, path=target, reason=error.strerror or error) from None
