"""Cross-team campaign briefs: read a request, verify a brief, draft the missing sections.

``load_brief_request`` reads the request, ``verify_brief`` runs the deterministic checks
and ``draft_brief`` puts them together (with a model when one is configured).
"""

from __future__ import annotations

from briefsmith.brief.draft import draft_brief
from briefsmith.brief.request import load_brief_request
from briefsmith.brief.verify import verify_brief

__all__ = ["draft_brief", "load_brief_request", "verify_brief"]
