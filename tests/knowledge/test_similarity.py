from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from knowledge.embeddings import get_embedder
from knowledge.similarity import (
    DUPLICATE_THRESHOLD,
    IdeaIndex,
    calibrate,
    decode_sparse,
    encode_sparse,
    pair_score,
    sparse_cosine,
)

# Written for these tests (not taken from the eval file).
LEAVE_DE = "Urlaubsanträge per Chatbot stellen und genehmigen lassen."
LEAVE_DE_2 = "Ein Chatbot, über den Mitarbeitende Urlaub beantragen und Vorgesetzte ihn freigeben."
COMPLAINTS_EN = "Summarise incoming customer complaints for the quality team every week."
COMPLAINTS_EN_2 = "Create a weekly summary of customer complaints for quality management."
MINUTES_DE = "KI schreibt aus Sitzungsaufnahmen automatisch Protokolle."
MINUTES_EN = "Automatically produce meeting minutes from recorded meetings with AI."
SHIFTS_DE = "Schichtpläne für die Produktion automatisch erstellen."
TRANSLATE_EN = "Translate our website into Polish with AI."


@pytest.mark.parametrize(
    ("a", "b", "duplicate"),
    [
        (LEAVE_DE, LEAVE_DE_2, True),  # DE/DE rewording
        (COMPLAINTS_EN, COMPLAINTS_EN_2, True),  # EN/EN rewording
        (MINUTES_DE, MINUTES_EN, True),  # cross-language
        (LEAVE_DE, SHIFTS_DE, False),  # same department (HR/ops), different use case
        (MINUTES_DE, TRANSLATE_EN, False),  # cross-language, different use case
    ],
)
def test_duplicate_decisions(a: str, b: str, duplicate: bool) -> None:
    assert (pair_score(a, b) >= DUPLICATE_THRESHOLD) is duplicate


def test_score_is_bounded_and_identical_text_is_one() -> None:
    assert pair_score(LEAVE_DE, LEAVE_DE) == pytest.approx(1.0)
    assert (
        0.0 <= pair_score(LEAVE_DE, "Quarterly tax filing for the Polish subsidiary.") < DUPLICATE_THRESHOLD
    )
    assert calibrate(-5.0) == 0.0 and calibrate(5.0) == 1.0


def test_sparse_roundtrip_and_cosine() -> None:
    [vec] = get_embedder().sparse([COMPLAINTS_EN])
    back = decode_sparse(encode_sparse(vec))
    assert sparse_cosine(vec, back) == pytest.approx(1.0, abs=1e-3)
    assert sparse_cosine(vec, (np.zeros(0, np.int32), np.zeros(0, np.float32))) == 0.0


def test_index_search_exclude_and_remove(tmp_path: Path) -> None:
    index = IdeaIndex(data_dir=tmp_path)
    index.add(1, LEAVE_DE)
    index.add(2, COMPLAINTS_EN)
    index.add(3, MINUTES_EN)
    index.add(4, SHIFTS_DE)

    hits = index.search(LEAVE_DE_2)
    assert [h.idea_id for h in hits] == [1]
    assert hits[0].score == pytest.approx(index.score(LEAVE_DE_2, LEAVE_DE), abs=2e-3)

    cross = index.search(MINUTES_DE)  # cross-language lookup: the EN twin ranks first
    assert cross[0].idea_id == 3 and 2 not in [h.idea_id for h in cross]
    assert index.search(MINUTES_EN, exclude=3) == []  # "similar to this idea" skips itself
    assert [h.idea_id for h in index.search(MINUTES_EN)] == [3]

    index.add(3, TRANSLATE_EN)  # an edit re-indexes the idea in place
    assert 3 not in [h.idea_id for h in index.search(MINUTES_EN)]
    index.remove(2)
    assert index.search(COMPLAINTS_EN_2) == []
    assert index.collection.count() == 3


def test_index_persists_and_is_empty_safe(tmp_path: Path) -> None:
    assert IdeaIndex(data_dir=tmp_path).search(LEAVE_DE) == []
    IdeaIndex(data_dir=tmp_path).add(7, LEAVE_DE)
    assert [h.idea_id for h in IdeaIndex(data_dir=tmp_path).search(LEAVE_DE_2)] == [7]


class CountingEmbedder:
    """The real embedder, counting model passes (a spy, not a stand-in)."""

    def __init__(self) -> None:
        self._real = get_embedder()
        self.passes = 0

    def __getattr__(self, name: str) -> object:  # collection name, Chroma function, dim
        return getattr(self._real, name)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        self.passes += 1
        return self._real.embed_queries(texts)

    def sparse(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        self.passes += 1
        return self._real.sparse(texts)


def test_similar_to_a_stored_idea_reuses_its_vectors(tmp_path: Path) -> None:
    IdeaIndex(data_dir=tmp_path).add_many([(1, LEAVE_DE), (2, LEAVE_DE_2), (3, MINUTES_EN)])
    spy = CountingEmbedder()
    index = IdeaIndex(data_dir=tmp_path, embedder=spy)  # type: ignore[arg-type]  # a fresh process: nothing cached

    hits = index.search(LEAVE_DE, exclude=1)
    assert [h.idea_id for h in hits] == [2] and spy.passes == 0
    assert hits[0].score == pytest.approx(pair_score(LEAVE_DE, LEAVE_DE_2), abs=2e-3)

    # The record was edited but not yet re-indexed: its current text is embedded, not the stale vectors.
    assert [h.idea_id for h in index.search(MINUTES_DE, exclude=1)] == [3] and spy.passes == 2
