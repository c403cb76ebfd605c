"""Labelled past ideas shipped with aipmo for the precedent safety net (`triage.precedents`).

`ideas.jsonl` holds the in-house labelled ideas (never the shared eval file); `vectors.<model>.npz`
holds their embeddings keyed by text hash, like `knowledge.pack_cache`, so loading them costs no
model pass; a precedent whose vector is missing (edited file, other model) is embedded at load.
Regenerate both with `python -m triage.precedent_data.build`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from triage.result import Tier

DATA_DIR = Path(__file__).resolve().parent
IDEAS_FILE = DATA_DIR / "ideas.jsonl"


class QueryEmbedder(Protocol):
    """What the precedents need from `knowledge.embeddings.Embedder`."""

    model_name: str

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class Precedent:
    id: str
    tier: Tier
    basis: str
    text: str
    lang: str = "en"


def text_key(text: str) -> str:
    return hashlib.sha256(("query: " + text).encode("utf-8")).hexdigest()[:32]


def vectors_path(model_name: str) -> Path:
    return DATA_DIR / f"vectors.{model_name}.npz"


def load_precedents(path: Path = IDEAS_FILE) -> list[Precedent]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Precedent(r["id"], Tier(r["tier"]), r.get("basis", ""), r["text"], r.get("lang", "en")) for r in rows]


def cached_vectors(embedder: QueryEmbedder, texts: Sequence[str]) -> np.ndarray:
    """Shipped vectors where the text hash matches, freshly embedded ones for the rest."""
    path = vectors_path(embedder.model_name)
    cached: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as data:
            cached = dict(zip((str(k) for k in data["keys"]), data["vectors"], strict=True))
    keys = [text_key(t) for t in texts]
    missing = [i for i, key in enumerate(keys) if key not in cached]
    rows = [cached.get(key) for key in keys]
    if missing:
        fresh = embedder.embed_queries([texts[i] for i in missing])
        for row, i in enumerate(missing):
            rows[i] = fresh[row]
    return np.vstack([np.asarray(r, dtype=np.float32) for r in rows])
