"""Deployer vs provider from the idea text, with a one-line reason in the idea's language."""

from __future__ import annotations

import pytest

from triage.patterns import Text
from triage.role import assess_role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("We develop a scheduling assistant and sell it to dental practices.", "provider"),
        ("Wir wollen eine App auf den Markt bringen, die Lebensläufe bewertet.", "provider"),
        ("We'd fine-tune the vendor model on our data and offer it under our brand.", "provider"),
        ("Für einen Auftrag der Stadtverwaltung bauen wir ein Prognosemodell.", "provider"),
        ("Roll out Microsoft Copilot to the finance team to draft reports.", "deployer"),
        ("Wir möchten ein gekauftes Tool nutzen, um Rechnungen auszulesen.", "deployer"),
        ("Summarise meeting notes for our project managers.", "deployer"),
    ],
)
def test_role(text: str, role: str) -> None:
    assessment = assess_role(Text.of(text))
    assert assessment.role == role
    assert assessment.reason and "\n" not in assessment.reason


def test_reason_follows_the_language() -> None:
    assert assess_role(Text.of("Wir entwickeln eine KI für unsere Kunden.")).reason.startswith("Anbieter")
    assert assess_role(Text.of("We use an existing tool internally.")).reason.startswith("Deployer")
