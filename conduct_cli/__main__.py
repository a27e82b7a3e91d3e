"""Entry point for the `conduct` command and `python -m conduct_cli`."""
from __future__ import annotations

import os
import signal
import sys
from typing import Any, NoReturn

STOP_SIGNALS = ("SIGTERM", "SIGHUP", "SIGQUIT")


class _ClosedOutput:
    """Standard output when it was closed before `conduct` started: writing to it fails, so
    the command says so (exit 1) instead of printing nothing or crashing.
    """

    encoding = "utf-8"
    errors = "strict"

    def write(self, text: str) -> int:
        """Fails: there is nowhere to write."""
        raise OSError(9, "standard output is closed")   # EBADF

    def flush(self) -> None:
        """Nothing was written."""

    def isatty(self) -> bool:
        """Not a terminal."""
        return False


def _settle_streams() -> None:
    """Standard streams a command can rely on: descriptors 0-2 taken (so no file `conduct`
    opens lands on one and is written to as output), messages to a closed standard error go
    nowhere (never to standard output), and an output that cannot show every character gets
    ASCII-safe text instead of failing.
    """
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            os.open(os.devnull, os.O_RDWR)   # the lowest free descriptor: this one
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
        if encoding not in ("utf-8", "utf8") and hasattr(stream, "reconfigure"):
            from .printable import ascii_fallback

            stream.reconfigure(errors=ascii_fallback())


def _stop(signal_number: int, frame: Any) -> NoReturn:
    from .errors import Stopped

    raise Stopped(signal_number)


def main() -> None:
    """Run the command line."""
    _settle_streams()
    for name in STOP_SIGNALS:   # end like Ctrl-C: clean up, one line, exit 128 + n
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop)
    try:
        from .commands import app

        app(prog_name="conduct")
    except KeyboardInterrupt as stop:  # Ctrl-C or a signal while starting up, before any command runs
        print("conduct: stopped; nothing was saved.", file=sys.stderr)
        sys.exit(getattr(stop, "exit_code", 130))
    except SystemExit as leaving:
        # typer ends a broken pipe it meets itself (printing help) with exit 1 and a quiet
        # standard output; the commands end theirs with 141, and so does conduct as a whole
        if leaving.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            sys.exit(141)
        raise
    except OSError as error:  # the help or a usage message could not be written (a full disk)
        from .commands.guard import output_failed

        sys.exit(output_failed(error))


if __name__ == "__main__":
    main()
