"""Precedent index: the labelled past ideas nearest to a new idea, and the tier model's view of it.

Why: the rules only see the vocabulary they were written for; on fresh ideas most misses are
ideas that fall to "minimal" because no cue matched. Labelled past ideas (the in-house
generalisation sets, never the shared eval file) are embedded once; a new idea that the rules call
minimal is compared with them and scored by the tier model (`triage.tier_model`). What the vote
then does to the result is `triage.precedent_vote`'s policy; it never lowers a tier.

Throughput: an embedding costs ~35-50 ms on 2 cores, the rules ~7 ms. So a cheap lexical pre-filter
(character 4-gram tf-idf over the same precedents, <1 ms) skips the embedding unless at least 2 of
the 4 lexically nearest precedents are more than minimal.

The precedents and their vectors ship in `triage.precedent_data` (rebuilt by its `build` module).
"""

from __future__ import annotations

import dataclasses
import math
import re
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from triage.precedent_data import IDEAS_FILE, Precedent, QueryEmbedder, cached_vectors, load_precedents
from triage.precedent_vote import (
    AGREE,
    FLOOR,
    WEAK,
    Neighbour,
    PrecedentVote,
    concerns_people_or_safety,
    uses_generator_in_house,
)
from triage.result import Tier
from triage.risk_rules import Classification
from triage.tier_model import TierModel, model_path

K = 4
LEXICAL_K = 4
LEXICAL_MIN = 2


def _grams(text: str) -> Counter[str]:
    words = re.sub(r"[^\w]+", " ", text.lower()).split()
    return Counter(w[i : i + 4] for w in (f" {x} " for x in words) for i in range(max(1, len(w) - 3)))


class _Lexical:
    """Character 4-gram tf-idf nearest neighbours: a sub-millisecond pre-filter before the embedding."""

    def __init__(self, texts: Sequence[str]) -> None:
        docs = [_grams(t) for t in texts]
        df = Counter(g for d in docs for g in d)
        self.idf = {g: math.log((len(docs) + 1) / (c + 1)) + 1 for g, c in df.items()}
        self.postings: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
        for j, d in enumerate(docs):
            weights = {g: (1 + math.log(c)) * self.idf[g] for g, c in d.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for g, w in weights.items():
                self.postings[g].append((j, w / norm))

    def nearest(self, text: str, k: int) -> list[int]:
        weights = {g: (1 + math.log(c)) * self.idf.get(g, 0.0) for g, c in _grams(text).items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        scores: defaultdict[int, float] = defaultdict(float)
        for g, w in weights.items():
            for j, x in self.postings.get(g, ()):
                scores[j] += w / norm * x
        return [j for j, _ in sorted(scores.items(), key=lambda kv: (-round(kv[1], 6), kv[0]))[:k]]


class PrecedentIndex:
    """Nearest-neighbour vote over labelled past ideas; pass it to `OfflineEngine(retriever, precedents)`."""

    def __init__(
        self,
        embedder: QueryEmbedder,
        precedents: Sequence[Precedent],
        vectors: np.ndarray | None = None,
        *,
        k: int = K,
        agree: int = AGREE,
        weak: int = WEAK,
        floor: float = FLOOR,
        lexical_k: int = LEXICAL_K,
        lexical_min: int = LEXICAL_MIN,
        cache_size: int = 2048,
        model: TierModel | None = None,
    ) -> None:
        if not precedents:
            raise ValueError("no precedents")
        self.embedder = embedder
        self.precedents = list(precedents)
        self.k, self.agree, self.weak, self.floor = min(k, len(self.precedents)), agree, weak, floor
        if vectors is None:
            vectors = cached_vectors(embedder, [p.text for p in self.precedents])
        self._matrix = np.asarray(vectors, dtype=np.float32)
        self._limited = np.array([p.tier is Tier.limited for p in self.precedents])
        self._lexical = _Lexical([p.text for p in self.precedents])
        self.lexical_k, self.lexical_min = lexical_k, lexical_min
        self.model = model
        self._cache: OrderedDict[str, PrecedentVote] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @classmethod
    def load(
        cls, embedder: QueryEmbedder | None = None, path: Path = IDEAS_FILE, *, weak: int = WEAK
    ) -> PrecedentIndex:
        """The shipped precedents with their shipped vectors (the process-wide embedder by default).

        `weak` above `K` turns the review-only vote off (tier escalation stays).
        """
        if embedder is None:
            from knowledge.embeddings import get_embedder

            embedder = get_embedder()
        return cls(embedder, load_precedents(path), weak=weak, model=TierModel.load(model_path(embedder.model_name)))

    def applies(self, cls: Classification) -> bool:
        """Only "minimal" results are checked: precedents never lower a tier, and limited ones rarely hide a miss."""
        return cls.tier is Tier.minimal

    def worth_embedding(self, text: str) -> bool:
        """Lexical pre-filter: are enough of the lexically nearest precedents more than minimal?"""
        near = self._lexical.nearest(text, self.lexical_k)
        return sum(self.precedents[j].tier is not Tier.minimal for j in near) >= self.lexical_min

    def check(self, text: str, cls: Classification) -> PrecedentVote | None:
        """The vote for the idea `text` given its rules result, or None when the result is not checked."""
        if not (self.applies(cls) and self.worth_embedding(text)):
            return None
        return dataclasses.replace(self.vote(text), gated=concerns_people_or_safety(cls),
                                   in_house_generator=uses_generator_in_house(cls))

    def vote(self, text: str) -> PrecedentVote:
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit
        vote = self._votes(self.embedder.embed_queries([text]))[0]
        self._remember(text, vote)
        return vote

    def vote_many(self, texts: Sequence[str]) -> list[PrecedentVote]:
        """Batched `vote` (one embedding call), e.g. for benchmarks and imports."""
        if not texts:
            return []
        votes = self._votes(self.embedder.embed_queries(list(texts)))
        for text, vote in zip(texts, votes, strict=True):
            self._remember(text, vote)
        return votes

    def _remember(self, text: str, vote: PrecedentVote) -> None:
        if self._cache_size <= 0:
            return
        with self._lock:
            self._cache[text] = vote
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)

    def _votes(self, queries: np.ndarray) -> list[PrecedentVote]:
        # Rounded similarities and a stable sort keep the vote deterministic across thread counts.
        queries = np.atleast_2d(queries).astype(np.float32)
        sims = np.round(queries @ self._matrix.T, 4)
        probs = self.model.rounded(queries) if self.model is not None else None
        out = []
        for n, row in enumerate(sims):
            order = np.argsort(-row, kind="stable")[: self.k]
            neighbours = tuple(Neighbour(self.precedents[j], float(row[j])) for j in order)
            limited = int(np.argmax(np.where(self._limited, row, -2.0))) if self._limited.any() else None
            out.append(PrecedentVote(
                neighbours, agree=self.agree, weak=self.weak, floor=self.floor,
                model=tuple(float(p) for p in probs[n]) if probs is not None else PrecedentVote.model,
                nearest_limited=Neighbour(self.precedents[limited], float(row[limited])) if limited is not None
                else None))
        return out
