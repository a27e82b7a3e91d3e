"""Writing a file the user asked for (`--save`): refused early if it cannot be written, then
written only when asked, readable only by you (mode 0600), atomically (a temporary file in the
same folder, then a rename or link), and never over an existing file unless `--force`.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import (
    NotSaved,
    NotSavedExists,
    SaveFolderMissing,
    SaveFolderNotWritable,
    SaveTargetExists,
    SaveTargetIsFolder,
)


def check_target(path: str, force: bool) -> Path:
    """Refuse early, before any question is asked, a target that cannot or may not be written."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise SaveTargetIsFolder(path=path)
    if target.exists() and not force:
        raise SaveTargetExists(path=path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SaveFolderMissing(path=path, folder=folder)
    if not os.access(folder, os.W_OK):
        raise SaveFolderNotWritable(path=path, folder=folder)
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
        raise NotSavedExists(path=target) from None
    except OSError as error:
        if os.path.exists(temp):
            os.unlink(temp)
        raise NotSaved(path=target, reason=error.strerror or error) from None
