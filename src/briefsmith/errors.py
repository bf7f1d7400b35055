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

    Asking again would only repeat it, so the run stops asking. The message names the
    endpoint (its credentials masked), never the key, and says what to check.
    """


class ModelRequestError(ModelError):
    """One request failed in transport: only its own answer is lost.

    The caller keeps what it has (the rules verdict, the previous answer); the failure is
    never cached, so the next run asks again.
    """


class ModelTimeoutError(ModelRequestError):
    """No answer within ``timeout`` (after the client's own retries)."""


class ModelRateLimitError(ModelRequestError):
    """HTTP 429 after the client's own retries."""


class ModelServerError(ModelRequestError):
    """Any other failed request: an HTTP error status, a broken connection mid-run."""


class ModelOutputError(ModelError):
    """The model answered, but not with something usable: not JSON, not the schema, empty,
    cut off, filtered, or with control characters (the loop re-asks it).

    ``truncated``: the answer was cut off by the token limit — asking for less (a smaller
    batch or chunk) helps more than asking again.
    """

    def __init__(self, message: str, *, truncated: bool = False) -> None:
        super().__init__(message)
        self.truncated = truncated


class BriefsmithWarning(UserWarning):
    """Something briefsmith worked around (e.g. a model cache it could not use); the run
    goes on. The command line shows each as one ``briefsmith: warning:`` line."""
