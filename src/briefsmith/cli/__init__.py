"""The ``briefsmith`` command line: one module per command, wired together in ``app``."""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Entry point of the console script and ``python -m briefsmith``."""
    # The CLI validates a handful of models; looking up third-party pydantic plugins (an
    # entry-point scan) would cost more start-up time than the whole check.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _no_plugin_scan()
    from briefsmith.errors import BriefsmithError

    try:
        _run(sys.argv[1:])
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


def _no_plugin_scan() -> None:
    """With plugins disabled, pydantic's plugin loader returns nothing, but importing it
    still imports ``importlib.metadata`` (≈ 15 ms, more than parsing a goal file): a
    loader that returns nothing is the same thing without that import. Only when the
    plugins are off for good (``PYDANTIC_DISABLE_PLUGINS=__all__``, the CLI's default)."""
    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") == "__all__" and name not in sys.modules:
        import types

        loader = types.ModuleType(name)
        loader.get_plugins = tuple  # type: ignore[attr-defined]  # () : no plugins
        sys.modules[name] = loader


def _run(args: list[str]) -> None:
    """``check`` with common offline arguments runs without Typer (start-up time);
    everything else goes through the Typer app."""
    if args[:1] == ["check"]:
        from briefsmith.cli.fast import flag_given_a_value, parse_check

        if mistake := flag_given_a_value(args[1:]):
            from briefsmith.cli.common import fail

            raise fail(mistake)
        if (values := parse_check(args[1:])) is not None:
            from briefsmith.cli.run_check import CheckOptions, run_check

            sys.exit(run_check(CheckOptions(**values)))  # type: ignore[arg-type]
    from briefsmith.cli.app import app

    app()
