"""Unit tests for German/English detection."""

from __future__ import annotations

import pytest

from intake.language import detect, guess_short


@pytest.mark.parametrize(
    ("text", "default", "expected"),
    [
        ("We want an AI that sorts our tickets for the service desk.", "de", "en"),
        ("Wir möchten eine KI, die unsere Tickets für den Kundenservice sortiert.", "en", "de"),
        ("ok", "de", "de"),
        ("ja", "en", "en"),
        ("HR", "de", "de"),
        ("Marketing and Sales", "de", "de"),
        ("Nous voulons une IA pour les factures de notre service", "en", "other"),
        ("Queremos una IA para las facturas de nuestro equipo", "de", "other"),
        ("我们想要一个人工智能来处理发票", "en", "other"),
    ],
)
def test_detect(text, default, expected):
    assert detect(text, default=default) == expected


def test_guess_short_greetings():
    assert guess_short("Hallo") == "de"
    assert guess_short("hi") == "en"
    assert guess_short("ok") is None
