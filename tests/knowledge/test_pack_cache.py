from __future__ import annotations

import numpy as np

from knowledge.embeddings import get_embedder
from knowledge.pack_cache import _load, pack_texts, text_key


def test_shipped_cache_covers_the_current_pack() -> None:
    """Fails when the pack was edited without `python -m knowledge.pack_cache` (first start gets slow)."""
    cached = _load(get_embedder().model_name)
    missing = [t[:60] for t in pack_texts() if text_key(t) not in cached]
    assert not missing, f"regenerate the pack cache; passages without vectors: {missing}"


def test_shipped_vectors_equal_fresh_embeddings() -> None:
    embedder = get_embedder()
    cached = _load(embedder.model_name)
    text = pack_texts()[3]
    assert np.allclose(cached[text_key(text)], embedder.embed_passages([text])[0], atol=1e-5)
