"""The self-contained HTML page."""

from __future__ import annotations

from briefsmith.render.html import markdown_page


def test_page_is_complete_and_self_contained() -> None:
    page = markdown_page(
        "# Brief\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", title="Q1 <brief>", lang="zh"
    )
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="zh">' in page
    assert "<title>Q1 &lt;brief&gt;</title>" in page
    assert "<table>" in page and "<td>1</td>" in page
    assert "<script" not in page and "http" not in page.split("<body>")[0].replace(
        'content="width', ""
    )


def test_raw_html_in_the_text_is_escaped() -> None:
    page = markdown_page("Hello <script>alert(1)</script>", title="t")
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
