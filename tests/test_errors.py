"""The exception hierarchy and the one-line messages users see."""

from __future__ import annotations

import pytest

from briefsmith.errors import BriefsmithError, ConfigError, InputError, UsageError


def test_input_error_with_a_line() -> None:
    error = InputError("goals/q2.yaml", "invalid YAML: bad indentation", line=12)
    assert str(error) == "goals/q2.yaml:12: invalid YAML: bad indentation"
    assert error.location == "goals/q2.yaml:12"
    assert (error.path, error.line, error.reason) == (
        "goals/q2.yaml",
        12,
        "invalid YAML: bad indentation",
    )


def test_input_error_without_a_line() -> None:
    error = InputError("<stdin>", "file is empty")
    assert str(error) == "<stdin>: file is empty"
    assert error.location == "<stdin>"
    assert error.line is None


def test_line_zero_is_still_shown() -> None:
    assert InputError("a.csv", "no header", line=0).location == "a.csv:0"


@pytest.mark.parametrize("cls", [InputError, ConfigError, UsageError])
def test_one_root(cls: type[BriefsmithError]) -> None:
    assert issubclass(cls, BriefsmithError)
    assert issubclass(cls, Exception)


def test_catching_the_root() -> None:
    with pytest.raises(BriefsmithError, match=r"briefsmith\.toml"):
        raise ConfigError("briefsmith.toml: invalid setting lang")
