from __future__ import annotations

import numpy as np

from knowledge.embeddings import get_embedder


def test_vectors_are_normalized_and_384_wide() -> None:
    emb = get_embedder()
    queries = emb.embed_queries(["Rechnungen automatisch erfassen", "summarise contracts"])
    passages = emb.embed_passages(["Invoice capture"])
    assert queries.shape == (2, 384) and passages.shape == (1, 384)
    assert np.allclose(np.linalg.norm(queries, axis=1), 1.0, atol=1e-3)


def test_query_and_passage_prefixes_give_different_vectors() -> None:
    emb = get_embedder()
    q = emb.embed_queries(["emotion recognition at work"])[0]
    p = emb.embed_passages(["emotion recognition at work"])[0]
    assert not np.allclose(q, p)


def test_empty_input_and_blank_text() -> None:
    emb = get_embedder()
    assert emb.embed_queries([]).shape == (0, 384)
    assert emb.embed_passages([""]).shape == (1, 384)


def test_collection_name_pins_the_model() -> None:
    emb = get_embedder()
    assert emb.collection_name("policies") == "policies__e5-small-q4"


def test_chroma_function_uses_the_right_prefix() -> None:
    emb = get_embedder()
    ef = emb.chroma_function(is_query=False)
    out = ef(["passage text"])
    assert len(out) == 1
    assert np.allclose(out[0], emb.embed_passages(["passage text"])[0])
    assert np.allclose(ef.embed_query(["passage text"])[0], emb.embed_queries(["passage text"])[0])


def test_batched_sparse_on_two_handles_equals_one_at_a_time() -> None:
    from knowledge.embeddings import get_embedder

    texts = [f"Idee {n}: Rechnungen automatisch prüfen und buchen, Variante {n}" for n in range(7)]
    embedder = get_embedder()
    batched = embedder.sparse(texts)
    single = [embedder.sparse([t])[0] for t in texts]
    assert len(batched) == len(texts)
    for (bi, bv), (si, sv) in zip(batched, single, strict=True):
        assert (bi == si).all() and (bv == sv).all()
