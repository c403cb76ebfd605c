"""Quality, cost and robustness of the LLM triage engine on the labelled eval ideas.

Why: before switching `AIPMO_ENGINE=llm` on, a PMO wants to see, for its own endpoint and model,
how often the LLM's tier matches the labels compared with the offline rules, how often the tier
floor had to step in, how many citations were invented, how often it fell back, and what it costs
(calls, tokens, latency). It talks to the endpoint configured in the environment / `.env`
(`OPENAI_BASE_URL`, `OPENAI_API_KEY`, `AIPMO_LLM_MODEL` or `AZURE_OPENAI_*`); nothing is stored.
Run: `.venv/bin/python bench/llm_triage.py [--ideas FILE] [--limit N] [--store-dir DIR]`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from core.metrics import REGISTRY
from core.settings import Settings
from knowledge.policy_store import PolicyStore
from triage.llm import LlmEngine
from triage.offline import OfflineEngine


def _metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def _tokens() -> tuple[float, float]:
    return _metric("aipmo_llm_tokens_total", kind="prompt"), _metric("aipmo_llm_tokens_total", kind="completion")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ideas", default="/work/shared/eval/ideas.jsonl")
    parser.add_argument("--limit", type=int, default=0, help="only the first N ideas (0: all)")
    parser.add_argument("--store-dir", default=None, help="reuse a Chroma directory instead of a fresh one")
    args = parser.parse_args()

    ideas = [json.loads(line) for line in Path(args.ideas).read_text(encoding="utf-8").splitlines() if line.strip()]
    ideas = ideas[: args.limit] if args.limit else ideas
    store = PolicyStore(data_dir=Path(args.store_dir) if args.store_dir else Path(tempfile.mkdtemp()))
    store.ensure_default_pack()
    offline = OfflineEngine(store)
    engine = LlmEngine.from_settings(Settings(), store, offline)

    stats: Counter[str] = Counter()
    latencies: list[float] = []
    wrong: list[str] = []
    before = _tokens()
    for idea in ideas:
        started = time.monotonic()
        result = engine.triage(idea["text"])
        latencies.append(time.monotonic() - started)
        rules = offline.triage(idea["text"])
        stats["offline_tier_ok"] += rules.tier.value == idea["tier"]
        if result.needs_retriage or result.fallback_reason:
            stats[f"fallback:{result.fallback_reason}"] += 1
            continue
        stats["answered"] += 1
        stats["llm_tier_ok"] += result.tier.value == idea["tier"]
        stats["floor_applied"] += result.tier_floor is not None
        stats["dropped_citations"] += len(result.dropped_citations)
        stats["injection_flagged"] += result.injection_suspected
        if result.tier.value != idea["tier"]:
            wrong.append(f"{idea['id']}: label {idea['tier']}, llm {result.tier.value}")
    after = _tokens()

    answered = stats["answered"] or 1
    report = {
        "engine": engine.name,
        "ideas": len(ideas),
        "answered_by_llm": stats["answered"],
        "fallbacks": {k.split(":", 1)[1]: v for k, v in stats.items() if k.startswith("fallback:")},
        "tier_accuracy_llm_on_answered": round(stats["llm_tier_ok"] / answered, 3),
        "tier_accuracy_offline_all": round(stats["offline_tier_ok"] / max(1, len(ideas)), 3),
        "tier_floor_applied": stats["floor_applied"],
        "invented_citations": stats["dropped_citations"],
        "injection_flags_on_clean_ideas": stats["injection_flagged"],
        "prompt_tokens": after[0] - before[0],
        "completion_tokens": after[1] - before[1],
        "latency_p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "latency_max_s": round(max(latencies), 3) if latencies else None,
        "misclassified": wrong,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
