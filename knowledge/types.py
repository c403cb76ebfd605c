"""Neutral types and protocols of the knowledge base, so triage and intake never see Chroma."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Passage:
    """One chunk of a policy document as stored in the knowledge base."""

    id: str
    document: str
    section: str
    version: str
    text: str
    score: float = 0.0


class PolicyRetriever(Protocol):
    def retrieve(self, query: str, *, k: int = 4) -> list[Passage]:
        """The passages most relevant to `query`, best first."""
        ...

    def policy_version(self) -> str:
        """A short stable fingerprint of the loaded policy set (changes when a policy changes)."""
        ...


@dataclass(frozen=True)
class SimilarIdea:
    idea_id: int
    score: float


class SimilarityIndex(Protocol):
    threshold: float

    def add(self, idea_id: int, text: str) -> None: ...

    def remove(self, idea_id: int) -> None: ...

    def search(self, text: str, *, k: int = 5, exclude: int | None = None) -> list[SimilarIdea]:
        """Stored ideas whose similarity to `text` is at least `threshold`, best first."""
        ...

    def score(self, a: str, b: str) -> float:
        """Similarity of two texts on the same scale as `search` and `threshold`."""
        ...
