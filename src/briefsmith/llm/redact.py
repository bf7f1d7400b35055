"""Credentials out of everything briefsmith shows: errors, ``briefsmith config``, reports.

An endpoint URL may carry a key — ``http://user:sk-…@host/v1``, ``?api-key=…``,
``?key=…``, ``?token=…`` — and the URL is what an error names. ``mask_url`` keeps what
helps a reader find the endpoint (scheme, host, port, path, the parameter names) and
replaces every credential with ``****``. It works on malformed URLs too: a URL that
cannot be parsed is exactly the one an error message is about to quote.
"""

from __future__ import annotations

import re

MASK = "****"

# user:password@ or token@ between "//" and the host.
_USERINFO = re.compile(r"(?P<scheme>//)(?P<info>[^/?#\s]*)@")
# name=value in the query (or fragment), where the name looks like a credential.
_PARAM = re.compile(
    r"(?P<lead>[?&;#])(?P<name>[^=&;#\s]*"
    r"(?:key|token|secret|pass|pwd|auth|sig|cred|session|code)[^=&;#\s]*)=(?P<value>[^&;#\s]*)",
    re.IGNORECASE,
)
# A bare provider key anywhere (a path segment, a fragment): sk-…, sk-proj-…
_BARE_KEY = re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}")


def mask_url(url: str) -> str:
    """``url`` with its credentials replaced by ``****`` (``user:****@``, ``key=****``)."""

    def userinfo(match: re.Match[str]) -> str:
        user, colon, _ = match.group("info").partition(":")
        return f"{match.group('scheme')}{user}:{MASK}@" if colon else f"//{MASK}@"

    masked = _USERINFO.sub(userinfo, url, count=1)
    masked = _PARAM.sub(
        lambda m: f"{m.group('lead')}{m.group('name')}={MASK}" if m.group("value") else m[0],
        masked,
    )
    return _BARE_KEY.sub(MASK, masked)
