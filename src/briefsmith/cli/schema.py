"""``briefsmith schema``: the JSON Schema of what a command writes with ``--format json``."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Any

import typer


class Document(StrEnum):
    check = "check"
    brief = "brief"
    brief_request = "brief-request"
    feedback = "feedback"


def schema(
    document: Annotated[
        Document,
        typer.Argument(
            help="check: the check report (default); brief: the brief result; "
            "brief-request: the request file; feedback: the feedback summary."
        ),
    ] = Document.check,
) -> None:
    """Print the JSON Schema (2020-12) of a command's JSON output (default: the check report).

    check: the check report, the stable contract (version 2); brief: the brief result;
    brief-request: the request file; feedback: the feedback summary.
    """
    print(json.dumps(_schema(document), indent=2, ensure_ascii=False))


def _schema(document: Document) -> dict[str, Any]:
    from briefsmith.render.json_report import DIALECT, report_schema

    if document is Document.check:
        return report_schema()
    if document is Document.feedback:
        from briefsmith.models.feedback import FeedbackSummary

        return {"$schema": DIALECT, **FeedbackSummary.model_json_schema()}
    from briefsmith.models.brief import BriefRequest, BriefResult

    model = BriefRequest if document is Document.brief_request else BriefResult
    return {"$schema": DIALECT, **model.model_json_schema()}
