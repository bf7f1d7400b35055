"""The ``briefsmith.render`` entry point: dispatch, argument checking, cheap import."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefsmith.models.report import CheckReport
from briefsmith.render import FORMATS, render


def test_every_format_renders_and_ends_with_a_newline(report: CheckReport) -> None:
    for fmt in FORMATS:
        out = render(report, fmt, color=False)
        assert out.endswith("\n") and not out.endswith("\n\n"), fmt
        assert "goals/broken.yaml" in out, fmt


def test_unknown_format_is_rejected(report: CheckReport) -> None:
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        render(report, "yaml")


def test_unknown_fail_on_is_rejected(report: CheckReport) -> None:
    with pytest.raises(ValueError, match="fail_on must be one of"):
        render(report, "junit", fail_on="errors")


def test_importing_render_does_not_import_rich() -> None:
    code = (
        "import sys, briefsmith.render as r; "
        "assert not [m for m in sys.modules if m.split('.')[0] == 'rich'], 'rich imported'; "
        "import briefsmith.render.json_report, briefsmith.render.sarif, "
        "briefsmith.render.junit, briefsmith.render.markdown, briefsmith.render.text; "
        "assert 'rich' not in sys.modules, 'rich imported by a format module'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
