"""``briefsmith lsp`` end to end, driven as an editor drives it (pytest-lsp over stdio):
diagnostics on open, change and save; a hover with the evidence and the fix; a quick fix
that puts the rewrite scaffold in place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

pytestmark = pytest.mark.asyncio

NO_DEADLINE = "Collect 40 new verified reviews on Capterra to lift trial sign-ups"
SMART = "Publish 8 partner webinars between March and May 2027 to grow enterprise pipeline"
TEXT = f"# Marketing\n\n- {SMART} — owner: Kim Lo\n- {NO_DEADLINE} — owner: Sofia Marin\n"


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "briefsmith", "lsp"])
)
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("workspace")
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=root.as_uri(),
        )
    )
    lsp_client.root = root  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


async def _open(client: LanguageClient, name: str, text: str) -> str:
    path = Path(client.root) / name  # type: ignore[attr-defined]
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="markdown", version=1, text=text
            )
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


async def test_diagnostics_on_open_change_and_save(client: LanguageClient) -> None:
    uri = await _open(client, "goals.md", TEXT)
    [diagnostic] = client.diagnostics[uri]
    assert diagnostic.code == "time_bound.no-deadline"
    assert diagnostic.source == "briefsmith"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.range.start.line == 3 and diagnostic.range.start.character == 0
    assert diagnostic.message.startswith("Time-bound: ")

    fixed = TEXT.replace("sign-ups —", "sign-ups by 31 March 2027 —")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []

    (Path(client.root) / "briefsmith.toml").write_text(  # type: ignore[attr-defined]
        'disable = ["time_bound"]\n', encoding="utf-8"
    )
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=TEXT)],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []  # the config next to the file is read
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []


async def test_unreadable_file_is_one_diagnostic_and_prose_is_none(client: LanguageClient) -> None:
    uri = await _open(client, "goals.json", '[{"goal": "Book 30 demos"')
    [diagnostic] = client.diagnostics[uri]
    assert diagnostic.code == "input-error" and "invalid JSON" in diagnostic.message
    readme = await _open(client, "README.md", "# Notes\n\nNo goals in here.\n")
    assert list(client.diagnostics[readme]) == []


async def test_hover_shows_the_evidence_and_the_fix(client: LanguageClient) -> None:
    uri = await _open(client, "goals.md", TEXT)
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=3, character=5),
        )
    )
    assert hover is not None
    text = hover.contents.value  # type: ignore[union-attr]
    assert "PARTIAL" in text
    assert "**Time-bound** (error, `time_bound.no-deadline`)" in text
    assert "Fix: Add a date" in text
    assert "Evidence: " in text and "Capterra" in text
    assert "**Rewrite:**" in text and "[date]" in text
    nothing = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=1),
        )
    )
    assert nothing is None  # a heading is no goal


async def test_quick_fix_puts_the_rewrite_scaffold_in_place(client: LanguageClient) -> None:
    uri = await _open(client, "goals.md", TEXT)
    diagnostics = list(client.diagnostics[uri])
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(
                start=types.Position(line=3, character=0), end=types.Position(line=3, character=0)
            ),
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )
    assert actions is not None
    [action] = actions
    assert isinstance(action, types.CodeAction)
    assert action.title == "Rewrite as the SMART scaffold"
    assert action.kind == types.CodeActionKind.QuickFix
    assert [d.code for d in action.diagnostics or []] == ["time_bound.no-deadline"]
    assert action.edit is not None and action.edit.changes is not None
    [edit] = action.edit.changes[uri]
    line = TEXT.splitlines()[3]
    assert edit.range.start.line == edit.range.end.line == 3
    assert line[edit.range.start.character : edit.range.end.character] == NO_DEADLINE
    assert "[date]" in edit.new_text
    edited = line[: edit.range.start.character] + edit.new_text + line[edit.range.end.character :]
    assert edited.startswith("- ") and edited.endswith("— owner: Sofia Marin")
    none = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(
                start=types.Position(line=2, character=0), end=types.Position(line=2, character=0)
            ),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert not none  # a SMART goal needs no rewrite


@pytest.mark.asyncio(loop_scope="function")
async def test_without_the_extra_it_says_what_to_install(tmp_path: Path) -> None:
    import subprocess

    code = (
        "import sys; sys.modules['pygls'] = None; sys.argv = ['briefsmith', 'lsp']\n"
        "from briefsmith.cli import main\nmain()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2
    assert proc.stderr == (
        "briefsmith: error: the language server needs pygls, which is not installed: "
        "pip install 'briefsmith[lsp]'\n"
    )
