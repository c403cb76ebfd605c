"""OfflineEngine end to end on the in-memory retriever: contract fields, legal path, grounding."""

from __future__ import annotations

import pytest

from triage.engine import TriageEngine
from triage.offline import OfflineEngine
from triage.result import Tier, TriageResult

STEPS = [
    "Art. 5 prohibited practices screen",
    "Art. 6(1) safety component",
    "Annex III high-risk area",
    "Art. 6(3) exception",
    "Art. 50 transparency",
    "minimal risk",
]


def test_engine_meets_the_protocol_and_the_contract(offline_engine: OfflineEngine) -> None:
    engine: TriageEngine = offline_engine
    result = engine.triage("Screen incoming CVs and rank the candidates for our sales vacancies.")
    assert isinstance(result, TriageResult)
    assert result.engine == "offline" and result.policy_version == "test-v1"
    assert (result.tier, result.basis) == (Tier.high, "Annex III 4(a)")
    assert [s.step for s in result.legal_path] == STEPS


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        (
            "Use webcams to detect whether employees at their desks look stressed or angry.",
            ["applies", "not_reached", "not_reached", "not_reached", "not_reached", "not_reached"],
        ),
        (
            "Software that detects atrial fibrillation in ECG data from patients' wearables.",
            ["does_not_apply", "applies", "does_not_apply", "not_reached", "not_reached", "not_reached"],
        ),
        (
            "Die KI bewertet Bewerber anhand ihrer Lebensläufe und erstellt ein Ranking.",
            ["does_not_apply", "does_not_apply", "applies", "does_not_apply", "not_reached", "not_reached"],
        ),
        (
            "Ein Chatbot beantwortet Fragen unserer Kunden zu Lieferzeiten.",
            ["does_not_apply", "does_not_apply", "does_not_apply", "not_reached", "applies", "not_reached"],
        ),
        (
            "Summarise our weekly sales reports into three bullet points for the management meeting.",
            [
                "does_not_apply",
                "does_not_apply",
                "does_not_apply",
                "not_reached",
                "does_not_apply",
                "applies",
            ],
        ),
    ],
)
def test_legal_path_order_and_outcomes(offline_engine: OfflineEngine, text: str, outcomes: list[str]) -> None:
    path = offline_engine.triage(text).legal_path
    assert [s.outcome for s in path] == outcomes
    assert all(s.reason for s in path)


def test_legal_path_names_the_cue_that_triggered_it(offline_engine: OfflineEngine) -> None:
    path = offline_engine.triage("Use webcams to detect whether employees look stressed.").legal_path
    assert path[0].article == "Art. 5(1)(f)"
    assert '"stressed"' in path[0].reason and '"webcams"' in path[0].reason


def test_art_6_3_step_explains_profiling(offline_engine: OfflineEngine) -> None:
    result = offline_engine.triage(
        "HR: the AI only checks job applications for completeness and then ranks "
        "candidates by predicted performance."
    )
    step = next(s for s in result.legal_path if s.step == "Art. 6(3) exception")
    assert step.outcome == "does_not_apply" and "profil" in step.reason
    assert result.tier is Tier.high


def test_citations_come_only_from_retrieved_passages(offline_engine: OfflineEngine, memory_retriever) -> None:
    result = offline_engine.triage(
        "A chatbot on our website answers customers' questions about opening hours."
    )
    returned = {p.id: p for q in list(memory_retriever.queries) for p in memory_retriever.retrieve(q, k=12)}
    assert result.citations
    for c in result.citations:
        assert c.passage_id in returned
        assert c.snippet and c.snippet in returned[c.passage_id].text
        assert (c.document, c.section) == (returned[c.passage_id].document, returned[c.passage_id].section)


def test_no_citations_when_the_store_returns_nothing() -> None:
    class Empty:
        def retrieve(self, query: str, *, k: int = 4) -> list:
            return []

        def policy_version(self) -> str:
            return "empty"

    result = OfflineEngine(Empty()).triage("Translate product manuals into French with AI.")
    assert result.citations == [] and result.policy_version == "empty"


def test_short_vague_text_has_low_confidence_and_questions_in_its_language(
    offline_engine: OfflineEngine,
) -> None:
    en = offline_engine.triage("AI for HR stuff")
    de = offline_engine.triage("KI für die Mitarbeiter")
    assert en.confidence < 0.6 and de.confidence < 0.6
    assert en.open_questions and all(q.endswith("?") for q in en.open_questions)
    assert any("Personen" in q or "personenbezogen" in q for q in de.open_questions)


def test_clear_text_has_high_confidence_and_no_questions(offline_engine: OfflineEngine) -> None:
    result = offline_engine.triage(
        "A chatbot in our customer app answers questions about invoices and "
        "payment dates for about 2,000 customers a day."
    )
    assert result.confidence >= 0.8 and result.open_questions == []


def test_prohibited_is_h3_and_not_pursued(offline_engine: OfflineEngine) -> None:
    result = offline_engine.triage("Build a face database by scraping profile photos from social media.")
    assert result.tier is Tier.prohibited and result.horizon.value == "H3"
    assert result.controls[0].startswith("Do not pursue")


def test_same_text_same_result(offline_engine: OfflineEngine) -> None:
    text = "Forecast hourly call volumes to plan how many agents we need, aggregate numbers only."
    assert offline_engine.triage(text) == offline_engine.triage(text)


def test_empty_text_is_refused(offline_engine: OfflineEngine) -> None:
    with pytest.raises(ValueError):
        offline_engine.triage("   ")
