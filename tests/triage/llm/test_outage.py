"""Outages: timeouts, 429 and 5xx are retried with backoff; then the offline answer is filed for re-triage,
and the circuit breaker stops sending requests to a dead endpoint until its cool-down is over."""

from __future__ import annotations

import time

from tests.triage.llm.helpers import IDEA_HIGH, IDEA_MINIMAL, metric, triage_answer
from tests.triage.llm.openai_server import answer, slow, status
from triage.llm import CircuitBreaker, LlmEngine, RetryPolicy, needs_retriage
from triage.result import Tier


def test_timeouts_are_retried_then_the_offline_result_is_filed(server, make_engine, offline, sleeps):
    engine = make_engine(llm_timeout=0.15)
    server.queue(slow(2.0), slow(2.0), slow(2.0))
    started = time.monotonic()

    result = engine.triage(IDEA_HIGH)

    assert time.monotonic() - started < 1.5  # the client gave up after its timeout each time
    assert len(server.received) == 3 and len(sleeps) == 2
    assert result.needs_retriage and needs_retriage(result) and result.fallback_reason == "timeout"
    assert result.engine == "offline" and result.tier is offline.triage(IDEA_HIGH).tier


def test_a_timeout_then_an_answer_succeeds(server, make_engine, sleeps):
    engine = make_engine(llm_timeout=0.15)
    server.queue(slow(2.0), answer(triage_answer()))
    result = engine.triage(IDEA_HIGH)
    assert result.engine == "test-model" and not result.needs_retriage
    assert len(server.received) == 2 and len(sleeps) == 1


def test_429_honours_retry_after(server, llm_engine, sleeps):
    server.queue(status(429, retry_after=2), answer(triage_answer()))
    before = metric("aipmo_llm_calls_total", purpose="triage", outcome="rate_limited")

    result = llm_engine.triage(IDEA_HIGH)

    assert sleeps == [2.0]  # the server's Retry-After, not our own backoff
    assert not result.needs_retriage and len(server.received) == 2
    assert metric("aipmo_llm_calls_total", purpose="triage", outcome="rate_limited") == before + 1


def test_500s_back_off_with_jitter_then_fall_back(server, llm_engine, sleeps):
    server.queue(status(500), status(502), status(503))

    result = llm_engine.triage(IDEA_HIGH)

    assert len(server.received) == 3  # our three attempts, none hidden inside the openai client
    assert result.fallback_reason == "server_error" and result.needs_retriage
    assert len(sleeps) == 2 and all(0 < s <= 0.05 for s in sleeps)


def test_a_500_then_an_answer_succeeds(server, llm_engine):
    server.queue(status(500), answer(triage_answer()))
    assert llm_engine.triage(IDEA_HIGH).tier is Tier.high
    assert len(server.received) == 2


def test_circuit_opens_and_no_request_is_sent_during_the_cool_down(server, llm_engine, clock):
    server.queue(status(500), status(500), status(500))
    assert llm_engine.triage(IDEA_HIGH).fallback_reason == "server_error"
    assert not llm_engine.available()

    for text in (IDEA_HIGH, IDEA_MINIMAL):
        result = llm_engine.triage(text)
        assert result.fallback_reason == "circuit_open" and result.needs_retriage
    assert len(server.received) == 3  # nothing reached the endpoint while open

    clock.advance(31)  # cool-down over: one probe goes through and closes the circuit
    server.queue(answer(triage_answer()))
    assert llm_engine.available()
    result = llm_engine.triage(IDEA_HIGH)
    assert result.engine == "test-model" and not result.needs_retriage
    assert len(server.received) == 4 and llm_engine.client.breaker.state == "closed"


def test_a_failed_probe_reopens_the_circuit_at_once(server, llm_engine, clock):
    server.queue(status(500), status(500), status(500))
    llm_engine.triage(IDEA_HIGH)
    clock.advance(31)
    server.queue(status(500))

    assert llm_engine.triage(IDEA_HIGH).needs_retriage
    assert len(server.received) == 4  # the probe only, no retries behind it
    assert llm_engine.triage(IDEA_HIGH).fallback_reason == "circuit_open"
    assert len(server.received) == 4


def test_a_refused_request_is_not_retried_and_not_re_triaged(server, llm_engine):
    server.queue(status(400, message="content filter"))
    result = llm_engine.triage(IDEA_HIGH)
    assert len(server.received) == 1
    assert result.fallback_reason == "rejected" and not result.needs_retriage
    assert llm_engine.client.breaker.state == "closed"


def test_a_wrong_key_is_not_retried_but_re_triaged_once_fixed(server, llm_engine):
    server.queue(status(401, message="invalid api key"))
    result = llm_engine.triage(IDEA_HIGH)
    assert len(server.received) == 1
    assert result.fallback_reason == "config_error" and result.needs_retriage


def test_a_dead_port_counts_as_an_outage(make_engine, llm_settings, sleeps):
    engine = make_engine(openai_base_url="http://127.0.0.1:9/v1")
    result = engine.triage(IDEA_HIGH)
    assert result.fallback_reason == "connection" and result.needs_retriage and len(sleeps) == 2


def test_retries_stop_as_soon_as_the_breaker_opens(server, llm_settings, retriever, offline, clock, sleeps):
    engine = LlmEngine.from_settings(llm_settings, retriever, offline,
                                     breaker=CircuitBreaker(threshold=2, cooldown=30, clock=clock),
                                     retry=RetryPolicy(attempts=5, base_delay=0.01, sleep=sleeps.append))
    server.queue(status(500), status(500), status(500))
    result = engine.triage(IDEA_HIGH)
    assert len(server.received) == 2 and len(sleeps) == 1
    assert result.fallback_reason == "server_error" and result.needs_retriage
