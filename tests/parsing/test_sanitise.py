"""Control characters and terminal escapes are removed as text is read; surrogates found."""

from __future__ import annotations

import pytest

from briefsmith.parsing.sanitise import clean, clean_data, shown, surrogate_at, surrogate_problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grow \x1b[31m20%\x1b[0m by Q4", "Grow 20% by Q4"),  # CSI: colour
        ("Grow\x1b[2J\x1b[H leads", "Grow leads"),  # CSI: clear screen, cursor home
        ("a\x1b]0;pwned\x07b", "ab"),  # OSC: window title, BEL-terminated
        ("see \x1b]8;;https://evil.example\x1b\\docs\x1b]8;;\x1b\\ now", "see docs now"),  # link
        ("x\x1bcy", "xy"),  # ESC c: reset the terminal
        ("a\x1b(Bb", "ab"),  # ESC ( B: character set
        ("q\x9b31mr", "qr"),  # 8-bit CSI
        ("a\x1bPdata\x1b\\b", "ab"),  # DCS string
        ("end\x1b", "end"),  # a lone ESC at the end
        ("csi\x1b[", "csi"),  # an unfinished CSI
        ("a\x00b\x07c\x7fd\x08e", "abcde"),  # NUL, BEL, DEL, backspace: removed
        ("a\x0bb\x0cc\x1cd\x85e", "a b c d e"),  # whitespace-like controls: a space
        ("tab\tand\nnewline", "tab\tand\nnewline"),  # kept
        ("Рост 数字 ✓ — ok", "Рост 数字 ✓ — ok"),  # ordinary text untouched
    ],
)
def test_clean(text: str, expected: str) -> None:
    assert clean(text) == expected


def test_clean_never_removes_a_newline() -> None:
    # An unterminated OSC must not swallow the following lines (line numbers would shift).
    assert clean("a\x1b]0;title\nnext line\n") == "a\nnext line\n"
    assert clean("\x1b[31\n2").count("\n") == 1


def test_a_colour_code_leaves_no_number_behind() -> None:
    assert not any(ch.isdigit() for ch in clean("Grow leads \x1b[31;1m\x1b[38;5;196m"))


def test_surrogates() -> None:
    assert surrogate_at("ok") is None
    assert surrogate_at("ab\ud800c") == 2
    assert surrogate_at("😀") is None  # a real character outside the BMP is fine
    problem = surrogate_problem("x\udfffy", "'owner'")
    assert problem is not None
    assert problem.startswith("'owner' contains a lone surrogate escape '\\udfff'")
    assert surrogate_problem("fine", "'owner'") is None


def test_shown_makes_controls_visible_for_messages() -> None:
    assert shown("a\x1b[31m\ud800b") == "a\\x1b[31m\\ud800b"
    shown("\ud800").encode("utf-8")  # printable


def test_clean_data_in_place_and_shared_structures() -> None:
    shared = ["\x1b[1mx", {"k\x07": "v\x1b[0m"}]
    data = {"a": shared, "b": shared, "c": "\x00z"}
    assert clean_data(data) == {"a": ["x", {"k": "v"}], "b": ["x", {"k": "v"}], "c": "z"}
    assert clean_data("\x1bcq") == "q"
    deep: list[object] = []
    node = deep
    for _ in range(5000):  # no recursion: nesting this deep is fine
        child: list[object] = ["\x07"]
        node.append(child)
        node = child
    clean_data(deep)
