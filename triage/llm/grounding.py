"""Checks on the model's answer against what we know: retrieved passages and the offline rules.

Citations: only passages that were actually retrieved for this idea may be cited; any other id is a
hallucination — dropped, and each one lowers the confidence, because an answer that invents sources
is worth less. Document, section and snippet always come from the passage, never from the model.
Tier floor: the offline rules are a safety floor. When they say `prohibited` or `high` and the model
says less, the stricter tier stands and a reviewer is asked to look (low confidence + open question).
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.types import Passage
from triage.llm.schema import CitedPassage, TierFloor
from triage.result import Citation, Tier, TriageResult

DROP_PENALTY = 0.15
UNGROUNDED_CAP = 0.5
FLOOR_CAP = 0.5
SNIPPET_CHARS = 240
FLOOR_TIERS = frozenset({Tier.prohibited, Tier.high})


def _snippet(passage: Passage, quote: str) -> str:
    """The model's quote when it really is in the passage, else the passage's opening."""
    quote = quote.strip().strip('"“”„')
    if quote and quote.lower() in passage.text.lower():
        return quote[:SNIPPET_CHARS]
    text = " ".join(passage.text.split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1].rstrip() + "…"


@dataclass
class Grounded:
    citations: list[Citation]
    dropped: list[str]


def ground_citations(cited: list[CitedPassage], passages: list[Passage]) -> Grounded:
    """Keep citations of retrieved passages (once each, in the model's order); collect the rest."""
    by_id = {p.id: p for p in passages}
    kept: list[Citation] = []
    dropped: list[str] = []
    for c in cited:
        passage = by_id.get(c.passage_id.strip())
        if passage is None:
            dropped.append(c.passage_id)
        elif all(k.passage_id != passage.id for k in kept):
            kept.append(
                Citation(
                    passage_id=passage.id,
                    document=passage.document,
                    section=passage.section,
                    snippet=_snippet(passage, c.quote),
                )
            )
    return Grounded(kept, dropped)


def grounded_confidence(confidence: float, grounded: Grounded) -> float:
    """Lower the model's confidence for every invented citation, and cap it when nothing is grounded."""
    value = confidence - DROP_PENALTY * len(grounded.dropped)
    if not grounded.citations:
        value = min(value, UNGROUNDED_CAP)
    return round(max(0.0, min(1.0, value)), 2)


def tier_floor(model_tier: Tier, model_basis: str, rules: TriageResult) -> TierFloor | None:
    """The disagreement when the rules' stricter tier must be kept; None when the model may stand."""
    if rules.tier in FLOOR_TIERS and model_tier.severity < rules.tier.severity:
        return TierFloor(
            rules_tier=rules.tier, rules_basis=rules.basis, model_tier=model_tier, model_basis=model_basis
        )
    return None


def floor_question(floor: TierFloor, lang: str) -> str:
    """The open question that routes a tier disagreement to the reviewer, in the submitter's language."""
    if lang == "de":
        return (
            f"Regelprüfung und Sprachmodell weichen ab: die Regeln ergeben '{floor.rules_tier.value}' "
            f"({floor.rules_basis}), das Modell '{floor.model_tier.value}' ({floor.model_basis}). Die "
            "strengere Stufe wurde beibehalten — bitte prüfen."
        )
    return (
        f"The rules and the model disagree: the rules say '{floor.rules_tier.value}' ({floor.rules_basis}), "
        f"the model '{floor.model_tier.value}' ({floor.model_basis}). The stricter tier was kept — please "
        "review."
    )


def dropped_question(dropped: list[str], lang: str) -> str:
    ids = ", ".join(dropped[:5])
    if lang == "de":
        return f"Das Modell hat nicht vorhandene Richtlinien-Passagen zitiert ({ids}); Quellen bitte prüfen."
    return f"The model cited policy passages that do not exist ({ids}); please check the sources."


def injection_question(lang: str) -> str:
    if lang == "de":
        return (
            "Die Idee enthielt Text mit Anweisungen an den Assistenten (z. B. zu Stufe oder Punktzahl); "
            "er wurde vor der Bewertung entfernt."
        )
    return (
        "The idea contained text addressed to the assistant (e.g. demanding a tier or score); it was "
        "removed before triage."
    )
