"""Entry point for the `conduct` command and `python -m conduct_cli`."""
from __future__ import annotations

import sys


def main() -> None:
    """Run the command line."""
    try:
        from .commands import app

        app(prog_name="conduct")
    except KeyboardInterrupt:  # Ctrl-C while starting up, before any command runs
        print("conduct: stopped; nothing was saved.", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    main()
