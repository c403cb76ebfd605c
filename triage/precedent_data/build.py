"""Rebuild the shipped precedents: `python -m triage.precedent_data.build [--sync [DIR]]`.

`--sync` first rewrites `ideas.jsonl` from the in-house labelled sets in `tests/triage/data/`; then
every precedent is embedded and the tier model retrained, so the shipped vectors and weights always
match the shipped ideas (tests fail otherwise).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from triage.precedent_data import IDEAS_FILE, QueryEmbedder, load_precedents, text_key, vectors_path
from triage.tier_model import TierModel, model_path

SOURCES = (
    ("generalisation_ideas.jsonl", "round1", "g1"),
    ("generalisation_ideas_round2.jsonl", "round2", ""),
    ("generalisation_probes_round2.jsonl", "probes2", ""),
    ("generalisation_ideas_round3.jsonl", "round3", ""),
    ("generalisation_ideas_round4.jsonl", "round4", ""),
    ("generalisation_ideas_round5.jsonl", "round5", ""),
    ("generalisation_ideas_round6.jsonl", "round6", ""),
    ("generalisation_ideas_round7.jsonl", "round7", ""),
    ("generalisation_ideas_round8.jsonl", "round8", ""),
    ("generalisation_ideas_round9.jsonl", "round9", ""),
    ("generalisation_ideas_round10.jsonl", "round10", ""),
    ("generalisation_ideas_round11.jsonl", "round11", ""),
    ("generalisation_ideas_round12.jsonl", "round12", ""),
    ("generalisation_ideas_round13.jsonl", "round13", ""),
)
"""(file in tests/triage/data, source label, id prefix for rows without an id)."""


def build_vectors(embedder: QueryEmbedder | None = None, path: Path = IDEAS_FILE) -> Path:
    """Embed every precedent and write the vector cache and the tier model for the embedder's model."""
    if embedder is None:
        from knowledge.embeddings import get_embedder

        embedder = get_embedder()
    precedents = load_precedents(path)
    texts = [p.text for p in precedents]
    vectors = embedder.embed_queries(texts).astype(np.float32)
    out = vectors_path(embedder.model_name)
    np.savez_compressed(out, keys=np.array([text_key(t) for t in texts]), vectors=vectors)
    TierModel.train(vectors, [p.tier for p in precedents]).save(model_path(embedder.model_name))
    return out


def sync(source_dir: Path, path: Path = IDEAS_FILE) -> int:
    """Rebuild `ideas.jsonl` from the in-house labelled sets; a missing basis is taken from the rules."""
    from triage.patterns import language
    from triage.risk_rules import classify

    rows = []
    for name, source, prefix in SOURCES:
        lines = (source_dir / name).read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(x for x in lines if x.strip()):
            item = json.loads(line)
            basis = item.get("basis", "")
            if not basis:
                cls = classify(item["text"])
                basis = cls.basis if cls.tier.value == item["tier"] else ""
            rows.append(
                {
                    "id": item.get("id") or f"{prefix}-{n + 1:03d}",
                    "lang": item.get("lang") or language(item["text"]),
                    "tier": item["tier"],
                    "basis": basis,
                    "text": item["text"],
                    "source": f"{source}:{item['batch']}" if item.get("batch") else source,
                }
            )
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Regenerate the shipped precedent vectors and tier model.")
    parser.add_argument(
        "--sync",
        nargs="?",
        const=str(Path(__file__).resolve().parents[2] / "tests" / "triage" / "data"),
        help="first rebuild ideas.jsonl from the in-house labelled sets (default: tests/triage/data)",
    )
    args = parser.parse_args(argv)
    if args.sync:
        print(f"wrote {sync(Path(args.sync))} precedents to {IDEAS_FILE}")
    print(f"wrote {build_vectors()}")


if __name__ == "__main__":
    main()
