"""Which ``@pytest.mark.vcr`` tests of a module have no recorded cassette.

Replay needs them all; a missing one would only fail, less clearly, when its test runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

CASSETTES = Path(__file__).resolve().parent / "cassettes"


def cassette_tests(module_globals: dict[str, Any]) -> set[str]:
    """The module's tests marked ``vcr``."""
    return {
        name
        for name, value in module_globals.items()
        if name.startswith("test_")
        and any(mark.name == "vcr" for mark in getattr(value, "pytestmark", []))
    }


def missing_cassettes(module_file: str, module_globals: dict[str, Any]) -> set[str]:
    """Tests of the module (``__file__``, ``globals()``) whose cassette is not recorded."""
    folder = CASSETTES / Path(module_file).stem
    recorded = {path.stem for path in folder.glob("*.yaml")}
    return cassette_tests(module_globals) - recorded
