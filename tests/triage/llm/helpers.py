"""Shared test data for the LLM engine tests: idea texts, a valid scripted answer, a fake clock."""

from __future__ import annotations

import re
from typing import Any

from core.metrics import REGISTRY
from knowledge.types import Passage

# d010 of the shared eval set: Annex III 4(b), the offline rules say `high`.
IDEA_HIGH = ("Team lead promotions: let a model rank everyone in the department by their KPIs and peer "
             "feedback and propose who should be promoted this year.")
IDEA_MINIMAL = "Supermarket: suggest the optimal price markdown for fresh products close to their best-before date."
ANNEX3 = "eu-ai-act.en.md#annex3"
CLIENT_TIMEOUT = 0.4


def triage_answer(**changes: Any) -> dict[str, Any]:
    """A valid model answer for IDEA_HIGH; keyword arguments replace top-level fields."""
    steps = [("Art. 5 screen", "Art. 5", "does_not_apply"), ("Art. 6(1) safety component", "Art. 6(1)",
             "does_not_apply"), ("Annex III area", "Annex III 4(b)", "applies"),
             ("Art. 6(3) exception", "Art. 6(3)", "does_not_apply"), ("Art. 50 transparency", "Art. 50",
             "not_reached"), ("minimal", "-", "not_reached")]
    answer: dict[str, Any] = {
        "tier": "high",
        "basis": "Annex III 4(b)",
        "legal_path": [{"step": s, "article": a, "outcome": o, "reason": f"{s}: scripted"} for s, a, o in steps],
        "role": {"role": "deployer", "reason": "uses a bought ranking tool"},
        "effort": {"value": 4, "rationale": "HR data integration and conformity work"},
        "benefit": {"value": 3, "rationale": "faster, more consistent promotion rounds"},
        "horizon": "H2",
        "controls": ["human oversight", "DPIA"],
        "citations": [{"passage_id": ANNEX3, "quote": "employment and recruitment"}],
        "confidence": 0.8,
        "open_questions": [],
    }
    answer.update(changes)
    return answer


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


PASSAGES = [
    Passage(id="eu-ai-act.en.md#art5", document="eu-ai-act.en.md", section="Art. 5 prohibited practices",
            version="1", text="Article 5 prohibits manipulation, social scoring and emotion recognition in the "
                              "workplace and in education."),
    Passage(id=ANNEX3, document="eu-ai-act.en.md", section="Annex III high-risk areas", version="1",
            text="Annex III high-risk areas: biometrics, critical infrastructure, education, employment and "
                 "recruitment, promotion and termination, credit scoring, law enforcement, migration."),
    Passage(id="eu-ai-act.en.md#art50", document="eu-ai-act.en.md", section="Art. 50 transparency", version="1",
            text="Transparency: tell people they interact with a chatbot; label deep fakes."),
    Passage(id="rubric.en.md#scoring", document="rubric.en.md", section="Scoring rubric", version="1",
            text="Scoring rubric: effort and benefit from 1 to 5; horizon H1, H2 or H3; price and product ideas."),
]
NOT_RETRIEVED = Passage(id="rubric.de.md#bewertung", document="rubric.de.md", section="Bewertungsschema",
                        version="1", text="Bewertungsschema: Aufwand und Nutzen von 1 bis 5.")


class StaticRetriever:
    """A tiny `PolicyRetriever`: the known passages, best word overlap first; one stored passage is
    never retrieved, so a test can cite an id that exists but was not in the prompt."""

    def __init__(self) -> None:
        self.passages = [*PASSAGES, NOT_RETRIEVED]
        self.queries: list[str] = []

    def retrieve(self, query: str, *, k: int = 4) -> list[Passage]:
        self.queries.append(query)
        words = set(re.findall(r"\w{3,}", query.lower()))
        ranked = sorted(PASSAGES, key=lambda p: -len(words & set(re.findall(r"\w{3,}", p.text.lower()))))
        return ranked[:k]

    def policy_version(self) -> str:
        return "test-policies-v1"
