"""Labelled past ideas shipped with aipmo for the precedent safety net (`triage.precedents`).

`ideas.jsonl` holds the in-house labelled ideas (never the shared eval file); `vectors.<model>.npz`
holds their embeddings keyed by text hash. Regenerate with `python -m triage.precedents`.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
IDEAS_FILE = DATA_DIR / "ideas.jsonl"
