"""Retries with backoff and jitter, and a circuit breaker, for calls to an LLM endpoint.

Why our own instead of the openai client's retries: the breaker has to see every failed attempt to
notice a dead endpoint, and tests need to control the sleeps. The chat model is therefore built with
`max_retries=0` and every attempt goes through `RetryPolicy` and `CircuitBreaker` here.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import httpx
import openai

RETRYABLE = frozenset({"timeout", "connection", "rate_limited", "server_error"})


def classify_error(exc: BaseException) -> str:
    """A short outcome label for metrics and the fallback reason."""
    if isinstance(exc, openai.APITimeoutError | httpx.TimeoutException | TimeoutError):
        return "timeout"
    if isinstance(exc, openai.APIConnectionError | httpx.TransportError | ConnectionError):
        return "connection"
    if isinstance(exc, openai.RateLimitError):
        return "rate_limited"
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code >= 500:
            return "server_error"
        if exc.status_code in (401, 403, 404):
            return "config_error"  # wrong key, deployment or model: every call fails until fixed
        return "rejected"  # 400/422: this request (e.g. content filter) fails, the endpoint is fine
    return "error"


def counts_as_outage(kind: str) -> bool:
    """Whether the failure says something about the endpoint (feeds the breaker) or only the request."""
    return kind != "rejected"


def retry_after_seconds(exc: BaseException) -> float | None:
    """The server's Retry-After (seconds or HTTP date) on a 429/503, if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


@dataclass
class RetryPolicy:
    """Exponential backoff with full jitter; a server's Retry-After wins but is capped."""

    attempts: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before attempt number `attempt + 1` (attempt counts from 0)."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return self.rng.uniform(ceiling / 2, ceiling)


class CircuitBreaker:
    """Closed → open after `threshold` consecutive failures → half-open after `cooldown` seconds.

    While open no request is sent; half-open lets exactly one probe through, whose outcome closes or
    re-opens the circuit. Thread-safe, so one breaker can guard an endpoint for a whole process.
    """

    def __init__(
        self, *, threshold: int = 5, cooldown: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.threshold = threshold
        self.cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False

    @property
    def state(self) -> str:
        with self._lock:
            return self._state()

    def _state(self) -> str:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self.cooldown:
            return "half_open"
        return "open"

    def allow(self) -> bool:
        """Whether a request may be sent now (claims the single probe when half-open)."""
        with self._lock:
            state = self._state()
            if state == "closed":
                return True
            if state == "half_open" and not self._probing:
                self._probing = True
                return True
            return False

    def record_success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._probing = False

    def record_failure(self) -> None:
        with self._lock:
            self._failures += 1
            if self._probing or self._failures >= self.threshold:
                self._opened_at = self._clock()
            self._probing = False
