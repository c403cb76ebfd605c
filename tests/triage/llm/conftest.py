"""Fixtures for the LLM engine tests: a loopback OpenAI server, settings pointing at it, and engines.

The retriever is `helpers.StaticRetriever`, a tiny in-test `PolicyRetriever` with known passage
ids (no embedding model, so tests stay fast and citations deterministic). The fallback is the real
`OfflineEngine` on the same retriever. Retries record their delays instead of sleeping and the
breaker runs on a fake clock, so outage tests take milliseconds — only the timeout test waits for
the (short) client timeout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from core.settings import Settings
from tests.triage.llm.helpers import CLIENT_TIMEOUT, FakeClock, StaticRetriever
from tests.triage.llm.openai_server import OpenAIServer
from triage.llm import CircuitBreaker, LlmEngine, RetryPolicy
from triage.offline import OfflineEngine


@pytest.fixture
def server() -> Iterator[Any]:
    with OpenAIServer() as srv:
        yield srv


@pytest.fixture
def llm_settings(server: Any, tmp_path: Path) -> Settings:
    return Settings(_env_file=None, AIPMO_DATA_DIR=tmp_path / "data",  # type: ignore[call-arg]
                    OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY="sk-test-key", AIPMO_LLM_MODEL="test-model",
                    AIPMO_LLM_TIMEOUT=CLIENT_TIMEOUT)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def breaker(clock: FakeClock) -> CircuitBreaker:
    return CircuitBreaker(threshold=3, cooldown=30.0, clock=clock)


@pytest.fixture
def retriever() -> StaticRetriever:
    return StaticRetriever()


@pytest.fixture
def offline(retriever: Any) -> OfflineEngine:
    return OfflineEngine(retriever)


@pytest.fixture
def make_engine(llm_settings: Settings, retriever: Any, offline: OfflineEngine, sleeps: list[float],
                breaker: CircuitBreaker) -> Callable[..., LlmEngine]:
    def make(**settings_changes: Any) -> LlmEngine:
        settings = llm_settings.model_copy(update=settings_changes)
        retry = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, sleep=sleeps.append)
        return LlmEngine.from_settings(settings, retriever, offline, retry=retry, breaker=breaker)

    return make


@pytest.fixture
def llm_engine(make_engine: Callable[..., LlmEngine]) -> LlmEngine:
    return make_engine()
