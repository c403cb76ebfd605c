"""Unit tests for input cleaning and command parsing."""

from __future__ import annotations

import pytest

from intake.commands import button_value, field_named, parse_button, parse_text
from intake.sanitize import MAX_CHARS, clean, strip_markup


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<b>bold</b> text", "bold text"),
        ("<script>alert(1)</script>ok", "ok"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;ok", "ok"),
        ("a < b and c > d", "a b and c d"),
        ("<style>p{}</style><p>Hello</p>", "Hello"),
    ],
)
def test_strip_markup(raw, expected):
    assert strip_markup(raw).replace("  ", " ") == expected


def test_clean_classifies_bad_input():
    assert clean("").problem == "empty"
    assert clean("  \n ").problem == "empty"
    assert clean("😀🎉").problem == "emoji_only"
    assert clean("x" * (MAX_CHARS + 1)).problem == "too_long"
    assert clean("<i></i>").had_markup and clean("<i></i>").problem == "empty"
    assert clean("fine 👍").problem is None


def test_commands_in_both_languages():
    assert parse_text("Hilfe", "collect").name == "help"
    assert parse_text("abbrechen!", "collect").name == "cancel"
    assert parse_text("neu", "summary").name == "restart"
    assert parse_text("ändern Abteilung", "summary").arg == "abteilung"
    assert parse_text("change the way we handle invoices with AI", "idle") is None
    assert parse_text("ja", "collect") is None
    assert parse_text("ja", "summary").name == "confirm"
    assert parse_text("add to #12", "duplicates").arg == "12"
    assert parse_text("trotzdem einreichen", "duplicates").name == "file"


def test_field_names_in_both_languages():
    assert field_named("Abteilung") == "department"
    assert field_named("personal data") == "personal_data"
    assert field_named("Nutzen") == "benefit"
    assert field_named("colour") is None


def test_buttons_carry_the_nonce():
    value = button_value("abc", "merge", "7")
    assert parse_button(value, "abc").arg == "7"
    assert parse_button(value, "other") is None
    assert parse_button("abc|explode", "abc") is None
