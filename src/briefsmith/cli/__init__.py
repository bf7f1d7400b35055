"""The ``briefsmith`` command line: one module per command, wired together in ``app``."""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Entry point of the console script and ``python -m briefsmith``."""
    # The CLI validates a handful of models; looking up third-party pydantic plugins (an
    # entry-point scan) would cost more start-up time than the whole check.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from briefsmith.cli.app import app
    from briefsmith.errors import BriefsmithError

    try:
        app()
    except BriefsmithError as exc:  # raised outside a command (e.g. while parsing options)
        from briefsmith.render.safe import one_line

        print(f"briefsmith: error: {one_line(str(exc))}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:  # outside a command; inside one, the command says so itself
        print("briefsmith: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # a bug: say so in one line, keep the traceback for debugging
        if os.environ.get("BRIEFSMITH_DEBUG"):
            raise
        from briefsmith.render.safe import one_line

        print(
            f"briefsmith: internal error: {type(exc).__name__}: {one_line(str(exc))} "
            "(set BRIEFSMITH_DEBUG=1 for the traceback, and please report it)",
            file=sys.stderr,
        )
        sys.exit(3)
