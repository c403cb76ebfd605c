"""Intake benchmark: per-turn processing time with 10,000 stored ideas, and questions until summary.

Prints figures; it is not a test. Run: `.venv/bin/python bench/intake_turns.py`.

The portfolio database (SQLite, the embedded default) holds 10,000 ideas; the duplicate index holds
10,000 entries made by perturbing real embeddings of the example ideas (embedding 10,000 texts
would take minutes and measures the model, not the turn). Each simulated user sends a rich first
message, answers the questions asked, and confirms, which runs the duplicate search and files.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sqlalchemy import insert

from core.settings import Settings
from core.wiring import Container
from intake.bench import ANSWERS, questions_until_summary
from intake.messages import Inbound
from knowledge.similarity import encode_sparse
from portfolio.models import UseCase, utcnow

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ideas.jsonl"
STORED = 10_000


def seed(container: Container, texts: list[str]) -> None:
    now = utcnow()
    rows = [{"title": texts[i % len(texts)][:60], "solution": texts[i % len(texts)], "status": "submitted",
             "channel": "web", "language": "en", "created_at": now, "updated_at": now, "needs_retriage": False}
            for i in range(STORED)]
    with container.engine.begin() as conn:
        conn.execute(insert(UseCase), rows)
    emb = container.embedder
    base = emb.embed_queries(texts)
    sparse = [encode_sparse(s) for s in emb.sparse(texts)]
    rng = np.random.default_rng(7)
    index = container.idea_index
    for start in range(0, STORED, 1000):
        ids = list(range(start + 1, min(STORED, start + 1000) + 1))
        vecs = base[[i % len(texts) for i in ids]] + rng.normal(0, 0.03, (len(ids), base.shape[1]))
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        index.collection.add(ids=[str(i) for i in ids], embeddings=list(vecs.astype(np.float32)),
                             metadatas=[{"idea_id": i, "sparse": sparse[i % len(texts)]} for i in ids])


def main() -> None:
    ideas = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [i["text"] for i in ideas]
    counts = [questions_until_summary(t) for t in texts]
    print(f"questions until summary over {len(texts)} example ideas: median {statistics.median(counts)}, "
          f"mean {statistics.mean(counts):.2f}, max {max(counts)}, <=2: {sum(c <= 2 for c in counts)}/{len(counts)}"
          " (goal: median <= 2)")

    with tempfile.TemporaryDirectory() as tmp:
        container = Container(Settings(_env_file=None, AIPMO_DATA_DIR=Path(tmp)))  # type: ignore[call-arg]
        container.upgrade_database()
        t0 = time.perf_counter()
        seed(container, texts)
        print(f"seeded {STORED} ideas (database + duplicate index) in {time.perf_counter() - t0:.1f}s")
        service = container.intake
        turns: list[float] = []
        confirms: list[float] = []
        for n, idea in enumerate(ideas * 2):
            user = f"bench{n}"

            def turn(text: str = "", button: str | None = None, user: str = user) -> list:  # type: ignore[type-arg]
                t = time.perf_counter()
                replies = service.handle(Inbound(channel="web", user_id=user, text=text, button=button))
                (confirms if button else turns).append(time.perf_counter() - t)
                return replies

            replies = turn(idea["text"])
            for _ in range(6):
                card = next((r.card for r in replies if r.card), None)
                if card:
                    turn(button=card.choices[0].value)
                    break
                state = service_state(container, user)
                answers = ANSWERS.get(str(state.get("lang")), ANSWERS["en"])
                replies = turn(answers.get(str(state.get("asked")), answers["solution"]))
        for name, values in (("text turn", turns), ("confirm (duplicate search + filing)", confirms)):
            ms = sorted(v * 1000 for v in values)
            print(f"{name}: n={len(ms)} median {statistics.median(ms):.1f} ms, "
                  f"p95 {ms[int(0.95 * (len(ms) - 1))]:.1f} ms")
    print(f"python {sys.version.split()[0]}, 2-core target machine")


def service_state(container: Container, user: str) -> dict:  # type: ignore[type-arg]
    from sqlmodel import Session

    from portfolio.state import load_conversation

    with Session(container.engine) as session:
        return load_conversation(session, channel="web", user_id=user, conversation="default") or {}


if __name__ == "__main__":
    main()
