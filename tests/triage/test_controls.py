"""Controls per tier plus extras (DPIA, Art. 50 notices, FRIA, worker information)."""

from __future__ import annotations

from triage.controls import controls_for
from triage.patterns import Text
from triage.result import Tier


def _has(controls: list[str], word: str) -> bool:
    return any(word in c for c in controls)


def test_high_risk_deployer_with_personal_data() -> None:
    text = Text.of("Rank employees by productivity to propose promotions.")
    controls = controls_for(text, Tier.high, "Annex III 4(b)", "deployer")
    assert _has(controls, "Human oversight") and _has(controls, "logs") and _has(controls, "DPIA")
    assert _has(controls, "workers' representatives")


def test_high_risk_provider_needs_conformity_assessment() -> None:
    controls = controls_for(
        Text.of("We sell a credit scoring model to banks."), Tier.high, "Annex III 5(b)", "provider"
    )
    assert _has(controls, "Conformity assessment") and _has(controls, "Fundamental rights impact")


def test_public_body_deployer_needs_fria() -> None:
    text = Text.of("Die Stadtverwaltung will Anträge auf Wohngeld per KI prüfen.")
    assert _has(controls_for(text, Tier.high, "Annex III 5(a)", "deployer"), "Fundamental rights")


def test_limited_gets_the_matching_art_50_notice() -> None:
    text = Text.of("A chatbot for guests.")
    assert _has(controls_for(text, Tier.limited, "Art. 50(1)", "deployer"), "Art. 50(1)")
    assert _has(controls_for(text, Tier.limited, "Art. 50(4)", "deployer"), "deep fake")


def test_emotion_recognition_high_gets_art_50_3_notice() -> None:
    text = Text.of("Detect angry callers from their voice.")
    assert _has(controls_for(text, Tier.high, "Annex III 1(c)", "deployer"), "Art. 50(3)")


def test_prohibited_is_not_pursued_and_minimal_has_literacy() -> None:
    assert controls_for(Text.of("x"), Tier.prohibited, "Art. 5(1)(c)", "deployer")[0].startswith(
        "Do not pursue"
    )
    assert _has(controls_for(Text.of("Summarise reports."), Tier.minimal, "none", "deployer"), "Art. 4")
