"""``briefsmith lsp``: a language server, so editors show the check as you type.

Diagnostics for a goal file on open, change and save (one per finding, on the goal's
line, with its rule id); a hover on a goal with its verdict, the evidence and the fix for
each miss; and a quick fix that puts the SMART rewrite scaffold in place of the goal's
statement. Built on pygls (the ``lsp`` extra), imported only by this command; the checks
are the offline rules engine, with the ``briefsmith.toml`` nearest the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from briefsmith import __version__
from briefsmith.models.report import CheckReport, GoalAssessment, Severity, Verdict
from briefsmith.render.common import (
    CRITERION_LABELS,
    Issue,
    evidence_text,
    goal_label,
    issues,
    ordered,
    rewrite_label,
)
from briefsmith.render.safe import one_line

if TYPE_CHECKING:
    from pygls.workspace import TextDocument

SOURCE = "briefsmith"
QUICK_FIX = "Rewrite as the SMART scaffold"
_SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.SUGGESTION: types.DiagnosticSeverity.Information,
}


@dataclass
class Checked:
    """A document's last check: its report (None when it could not be read)."""

    version: int | None
    report: CheckReport | None


class BriefsmithServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(SOURCE, __version__)
        self.checked: dict[str, Checked] = {}


def check_document(document: TextDocument) -> tuple[CheckReport | None, list[types.Diagnostic]]:
    """The report and the diagnostics for one open document (nothing for files that
    hold no goals, such as a README)."""
    from briefsmith.check import check_goals
    from briefsmith.config import find_config_file, load_config
    from briefsmith.errors import BriefsmithError, InputError
    from briefsmith.parsing import load_goals

    path = to_fs_path(document.uri) or "untitled.md"
    try:
        config = load_config(find_config_file(Path(path).parent))
        goals = load_goals(path, text=document.source)
    except InputError as exc:
        if "no goals found" in exc.reason:
            return None, []
        return None, [_diagnostic(document, exc.line, Severity.ERROR, "input-error", exc.reason)]
    except BriefsmithError as exc:  # a bad briefsmith.toml: say so on the first line
        return None, [_diagnostic(document, 1, Severity.ERROR, "config-error", str(exc))]
    report = check_goals(goals, config=config)
    diagnostics = [
        _diagnostic(document, issue.line, issue.severity, issue.rule, _message(issue), goal.id)
        for goal in report.goals
        for issue in issues(goal)
    ]
    return report, diagnostics


def _message(issue: Issue) -> str:
    text = one_line(issue.message)
    return f"{issue.label}: {text}" if issue.criterion is not None else text


def _line_range(document: TextDocument, line: int | None) -> types.Range:
    """The whole (1-based) ``line``, or the first line when it is not known."""
    index = max((line or 1) - 1, 0)
    lines = document.lines
    width = len(lines[index].rstrip("\r\n")) if index < len(lines) else 0
    return types.Range(
        start=types.Position(line=index, character=0),
        end=types.Position(line=index, character=width),
    )


def _diagnostic(
    document: TextDocument,
    line: int | None,
    severity: Severity,
    rule: str,
    message: str,
    goal_id: str | None = None,
) -> types.Diagnostic:
    return types.Diagnostic(
        range=_line_range(document, line),
        message=one_line(message),
        severity=_SEVERITIES[severity],
        code=rule,
        source=SOURCE,
        data={"goal": goal_id} if goal_id else None,
    )


def goals_on(report: CheckReport | None, line: int) -> list[GoalAssessment]:
    """The goals on (0-based) ``line``: their own line, or the line of one of their
    findings (a suppression comment above the goal)."""
    if report is None:
        return []
    wanted = line + 1
    return [
        goal
        for goal in report.goals
        if goal.source.line == wanted or any(f.line == wanted for f in goal.findings)
    ]


def hover_text(goal: GoalAssessment) -> str:
    """Markdown: the verdict, every criterion (the evidence and the fix of each miss), the
    goal's own findings and the rewrite."""
    out = [f"**briefsmith** · `{one_line(goal.id)}` · {goal_label(goal)}", ""]
    for criterion, result in ordered(goal):
        label = CRITERION_LABELS[criterion]
        if result.suppressed:
            out.append(f"- **{label}**: ignored")
            continue
        rule = f", `{result.rule}`" if result.rule else ""
        severity = f"{result.severity.value}{rule}" if result.severity else result.status.value
        out.append(f"- **{label}** ({severity}): {one_line(result.message)}")
        if found := evidence_text(result, 120):
            out.append(f"  - Evidence: {found}")
        if result.fix and result.status.value != "pass":
            out.append(f"  - Fix: {one_line(result.fix)}")
    for issue in issues(goal):
        if issue.criterion is None:
            out.append(f"- **Finding** ({issue.severity.value}, `{issue.rule}`): {_message(issue)}")
            if issue.fix:
                out.append(f"  - Fix: {one_line(issue.fix)}")
    if goal.rewrite and goal.verdict not in (None, Verdict.SMART):
        out.extend(["", f"**{rewrite_label(goal)}:** {one_line(goal.rewrite)}"])
    return "\n".join(out)


def rewrite_edit(document: TextDocument, goal: GoalAssessment) -> types.TextEdit | None:
    """Put the rewrite where the statement is on the goal's line (its bullet and inline
    fields stay); when the line does not hold the statement verbatim, add the scaffold
    as a comment on the line below."""
    if not goal.rewrite or goal.source.line is None:
        return None
    index = goal.source.line - 1
    if index >= len(document.lines):
        return None
    line = document.lines[index].rstrip("\r\n")
    rewrite = one_line(goal.rewrite)
    at = line.find(goal.statement)
    if at >= 0:
        return types.TextEdit(
            range=types.Range(
                start=types.Position(line=index, character=at),
                end=types.Position(line=index, character=at + len(goal.statement)),
            ),
            new_text=rewrite,
        )
    indent = line[: len(line) - len(line.lstrip())]
    below = types.Position(line=index + 1, character=0)
    return types.TextEdit(
        range=types.Range(start=below, end=below),
        new_text=f"{indent}<!-- SMART rewrite: {rewrite} -->\n",
    )


def make_server() -> BriefsmithServer:
    server = BriefsmithServer()

    def publish(ls: BriefsmithServer, uri: str) -> None:
        document = ls.workspace.get_text_document(uri)
        report, diagnostics = check_document(document)
        ls.checked[uri] = Checked(document.version, report)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri, version=document.version, diagnostics=diagnostics
            )
        )

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: BriefsmithServer, params: types.DidOpenTextDocumentParams) -> None:
        publish(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: BriefsmithServer, params: types.DidChangeTextDocumentParams) -> None:
        publish(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: BriefsmithServer, params: types.DidSaveTextDocumentParams) -> None:
        publish(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: BriefsmithServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.checked.pop(uri, None)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: BriefsmithServer, params: types.HoverParams) -> types.Hover | None:
        checked = ls.checked.get(params.text_document.uri)
        found = goals_on(checked.report if checked else None, params.position.line)
        if not found:
            return None
        text = "\n\n---\n\n".join(hover_text(goal) for goal in found)
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: BriefsmithServer, params: types.CodeActionParams) -> list[Any]:
        uri = params.text_document.uri
        checked = ls.checked.get(uri)
        document = ls.workspace.get_text_document(uri)
        actions: list[Any] = []
        for line in range(params.range.start.line, params.range.end.line + 1):
            for goal in goals_on(checked.report if checked else None, line):
                if goal.verdict in (None, Verdict.SMART):
                    continue
                edit = rewrite_edit(document, goal)
                if edit is None:
                    continue
                actions.append(
                    types.CodeAction(
                        title=QUICK_FIX,
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[
                            d
                            for d in params.context.diagnostics
                            if d.source == SOURCE and (d.data or {}).get("goal") == goal.id
                        ],
                        edit=types.WorkspaceEdit(changes={uri: [edit]}),
                    )
                )
        return actions

    return server


def serve() -> None:
    """Serve over stdio until the client exits."""
    make_server().start_io()
