"""Backoff, Retry-After parsing and the breaker's state machine, without any network."""

from __future__ import annotations

import random
import time
from email.utils import formatdate
from types import SimpleNamespace

import httpx
import openai

from tests.triage.llm.helpers import FakeClock
from triage.llm.resilience import CircuitBreaker, RetryPolicy, classify_error, retry_after_seconds


def _status_error(code: int, headers: dict[str, str] | None = None) -> openai.APIStatusError:
    request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
    response = httpx.Response(code, headers=headers or {}, request=request)
    cls = {429: openai.RateLimitError, 500: openai.InternalServerError}.get(code, openai.APIStatusError)
    return cls("scripted", response=response, body=None)


def test_backoff_grows_is_jittered_and_capped():
    policy = RetryPolicy(base_delay=1.0, max_delay=4.0, rng=random.Random(7))
    delays = [policy.delay(n) for n in range(6)]
    assert 0.5 <= delays[0] <= 1.0 and 1.0 <= delays[1] <= 2.0
    assert all(2.0 <= d <= 4.0 for d in delays[2:])
    assert len(set(delays)) == len(delays)  # jitter: no two retries in lock-step
    assert policy.delay(0, retry_after=120) == policy.max_retry_after


def test_retry_after_in_seconds_milliseconds_or_as_a_date():
    assert retry_after_seconds(_status_error(429, {"Retry-After": "3"})) == 3.0
    assert retry_after_seconds(_status_error(429, {"retry-after-ms": "250"})) == 0.25
    in_ten = retry_after_seconds(_status_error(429, {"Retry-After": formatdate(time.time() + 10, usegmt=True)}))
    assert in_ten is not None and 8 <= in_ten <= 10
    assert retry_after_seconds(_status_error(500)) is None
    assert retry_after_seconds(SimpleNamespace()) is None  # type: ignore[arg-type]


def test_errors_are_classified_for_metrics_and_retries():
    assert classify_error(_status_error(429)) == "rate_limited"
    assert classify_error(_status_error(500)) == "server_error"
    assert classify_error(_status_error(401)) == "config_error"
    assert classify_error(_status_error(400)) == "rejected"
    assert classify_error(openai.APITimeoutError(httpx.Request("POST", "http://x"))) == "timeout"
    assert classify_error(ValueError("?")) == "error"


def test_breaker_opens_after_threshold_and_half_opens_for_one_probe():
    clock = FakeClock()
    breaker = CircuitBreaker(threshold=2, cooldown=10, clock=clock)
    breaker.record_failure()
    assert breaker.allow() and breaker.state == "closed"
    breaker.record_failure()
    assert breaker.state == "open" and not breaker.allow()
    clock.advance(10)
    assert breaker.state == "half_open"
    assert breaker.allow() and not breaker.allow()  # exactly one probe
    breaker.record_success()
    assert breaker.state == "closed" and breaker.allow()


def test_a_success_resets_the_failure_count():
    breaker = CircuitBreaker(threshold=2, cooldown=10, clock=FakeClock())
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()
    assert breaker.state == "closed"
