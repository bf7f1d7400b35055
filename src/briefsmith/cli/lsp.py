"""``briefsmith lsp``: the language server for editors (needs the ``lsp`` extra)."""

from __future__ import annotations

from briefsmith.cli.common import fail


def lsp() -> None:
    """Run the language server on stdin/stdout, for editors (VS Code, Neovim, Helix).

    Diagnostics for goal files as you type, a hover with the evidence and the fix, and a
    quick fix that puts the SMART rewrite scaffold in place. Needs the lsp extra:
    pip install 'briefsmith[lsp]'. Setup: docs/editors.md.
    """
    try:
        from briefsmith.lsp import serve
    except ImportError:
        raise fail(
            "the language server needs pygls, which is not installed: pip install 'briefsmith[lsp]'"
        ) from None
    serve()
