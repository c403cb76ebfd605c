"""Prometheus metrics of one aipmo process, exposed at `/metrics`.

One registry per process; modules import the metric they update from here so names stay unique.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

REGISTRY = CollectorRegistry(auto_describe=True)

IDEAS_FILED = Counter("aipmo_ideas_filed", "Ideas filed, by channel", ["channel"], registry=REGISTRY)
TRIAGE_RUNS = Counter("aipmo_triage_runs", "Triage jobs run, by engine and outcome", ["engine", "outcome"],
                      registry=REGISTRY)
LLM_CALLS = Counter("aipmo_llm_calls", "LLM calls, by purpose and outcome", ["purpose", "outcome"],
                    registry=REGISTRY)
LLM_TOKENS = Counter("aipmo_llm_tokens", "LLM tokens used, by kind (prompt|completion)", ["kind"],
                     registry=REGISTRY)
LLM_LATENCY = Histogram("aipmo_llm_latency_seconds", "Latency of one LLM call", ["purpose"], registry=REGISTRY)
CHANNEL_API_ERRORS = Counter("aipmo_channel_api_errors", "Errors from a channel's Web API, by channel and error",
                             ["channel", "error"], registry=REGISTRY)


def render() -> bytes:
    return generate_latest(REGISTRY)
