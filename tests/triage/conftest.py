"""Fixtures for triage tests: a tiny in-memory `PolicyRetriever` and the offline engine on it.

The in-memory retriever ranks a handful of passages by word overlap. Tests stay fast and
deterministic and do not depend on the embedding model; the real Chroma store is exercised by
`bench/triage_quality.py` and the knowledge tests. The generalisation rounds share the helpers in
`generalisation.py`.
"""

from __future__ import annotations

import re

import pytest

from knowledge.types import Passage
from triage.offline import OfflineEngine

PASSAGES = [
    (
        "eu-ai-act.en.md#art5",
        "eu-ai-act.en.md",
        "Art. 5 prohibited practices",
        "Article 5 lists prohibited AI practices: manipulation, exploiting vulnerabilities, social scoring, "
        "emotion recognition in the workplace and in education, "
        "biometric categorisation by sensitive traits.",
    ),
    (
        "eu-ai-act.en.md#annex3",
        "eu-ai-act.en.md",
        "Annex III high-risk areas",
        "Annex III high-risk areas: biometrics, critical infrastructure, education, "
        "employment and recruitment, "
        "essential services such as credit scoring and life insurance, "
        "law enforcement, migration, justice.",
    ),
    (
        "eu-ai-act.en.md#art6-1",
        "eu-ai-act.en.md",
        "Art. 6(1) safety components",
        "A safety component of a product under Annex I, such as a medical device, is high-risk.",
    ),
    (
        "eu-ai-act.en.md#art50",
        "eu-ai-act.en.md",
        "Art. 50 transparency",
        "Transparency obligations: tell people they interact with a chatbot; label deep fakes and synthetic "
        "content.",
    ),
    (
        "controls.en.md#high",
        "controls.en.md",
        "Controls for high-risk",
        "Required controls for high-risk systems: human oversight, logging, risk management, DPIA.",
    ),
    (
        "rubric.en.md#scoring",
        "rubric.en.md",
        "Scoring rubric",
        "Scoring rubric: effort and benefit from 1 to 5; horizon H1, H2 or H3.",
    ),
    (
        "rubric.de.md#bewertung",
        "rubric.de.md",
        "Bewertungsschema",
        "Bewertungsschema: Aufwand und Nutzen von 1 bis 5; Horizont H1, H2 oder H3.",
    ),
]


class InMemoryRetriever:
    """Implements `knowledge.types.PolicyRetriever` over `PASSAGES` by word overlap."""

    def __init__(self) -> None:
        self.passages = [Passage(id=i, document=d, section=s, version="1", text=t) for i, d, s, t in PASSAGES]
        self.queries: list[str] = []

    def retrieve(self, query: str, *, k: int = 4) -> list[Passage]:
        self.queries.append(query)
        terms = set(re.findall(r"\w{3,}", query.lower()))

        def overlap(p: Passage) -> int:
            return len(terms & set(re.findall(r"\w{3,}", (p.section + " " + p.text).lower())))

        ranked = sorted(self.passages, key=overlap, reverse=True)
        return [p for p in ranked if overlap(p) > 0][:k]

    def policy_version(self) -> str:
        return "test-v1"


@pytest.fixture
def memory_retriever() -> InMemoryRetriever:
    return InMemoryRetriever()


@pytest.fixture
def offline_engine(memory_retriever: InMemoryRetriever) -> OfflineEngine:
    return OfflineEngine(memory_retriever)


@pytest.fixture(scope="session")
def triage_pack_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The real Chroma policy store with the shipped DE/EN pack (ingesting takes a few seconds)."""
    from knowledge.policy_store import PolicyStore

    store = PolicyStore(data_dir=tmp_path_factory.mktemp("triage-pack"))
    store.ensure_default_pack()
    return store
