"""Embeddings of the shipped policy pack, computed once at release time and shipped beside it.

Why: embedding the whole pack on a 2-core machine takes tens of seconds, and every fresh install,
every test database and every new replica would pay it on first start. The cache is keyed by the
model name and a hash of each passage text, so an edited passage (or another model) simply misses
and is embedded as usual; nothing stale can be served. Regenerate after editing the pack with
`python -m knowledge.pack_cache`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from knowledge.chunking import chunk_file
from knowledge.embeddings import Embedder, get_embedder
from knowledge.policy_pack import PACK_DIR, pack_files


def cache_path(model_name: str) -> Path:
    return PACK_DIR / f"embeddings.{model_name}.npz"


def text_key(text: str) -> str:
    return hashlib.sha256(("passage: " + text).encode("utf-8")).hexdigest()[:32]


@lru_cache(maxsize=4)
def _load(model_name: str) -> dict[str, np.ndarray]:
    path = cache_path(model_name)
    if not path.exists():
        return {}
    with np.load(path) as data:
        return dict(zip((str(k) for k in data["keys"]), data["vectors"], strict=True))


def embed_passages_cached(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """Like `embedder.embed_passages`, but shipped vectors are reused for known pack passages."""
    cached = _load(embedder.model_name)
    keys = [text_key(t) for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in cached]
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    if missing:
        fresh = embedder.embed_passages([texts[i] for i in missing])
        for row, i in enumerate(missing):
            out[i] = fresh[row]
    for i, key in enumerate(keys):
        if key in cached:
            out[i] = cached[key]
    return out


def pack_texts() -> list[str]:
    return [chunk.text for path in pack_files() for chunk in chunk_file(path)]


def build(embedder: Embedder | None = None) -> Path:
    """Embed every passage of the pack and write the cache file; returns its path."""
    embedder = embedder or get_embedder()
    texts = pack_texts()
    vectors = embedder.embed_passages(texts).astype(np.float32)
    path = cache_path(embedder.model_name)
    np.savez_compressed(path, keys=np.array([text_key(t) for t in texts]), vectors=vectors)
    _load.cache_clear()
    return path


if __name__ == "__main__":
    print(f"wrote {build()}")
