"""One exception root, so callers can catch everything briefsmith raises in one place.

Every message is meant to be shown to a user as-is: it names the file (and line)
and says what to do about it.
"""

from __future__ import annotations


class BriefsmithError(Exception):
    """Root of every error briefsmith raises on purpose."""


class InputError(BriefsmithError):
    """A goals file that cannot be read or parsed; carries where it happened."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        super().__init__(self.location + ": " + message)

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path


class ConfigError(BriefsmithError):
    """A briefsmith.toml / [tool.briefsmith] table that is not valid."""


class UsageError(BriefsmithError):
    """A command-line option or argument that cannot be honoured."""


class ModelError(BriefsmithError):
    """The LLM path could not do what was asked."""


class ModelNotConfiguredError(ModelError):
    """``--llm`` without a model: the message says how to configure one."""


class ModelUnavailableError(ModelError):
    """A bad key, an unknown model, an unreachable endpoint, a missing local model.

    The message names the endpoint, never the key.
    """
