"""`LlmClient`: one guarded, measured, validated call to the chat model.

The engine and the extractor both need the same things around a call: the circuit breaker, retries
with backoff on timeouts/429/5xx, metrics per attempt (calls, tokens, latency) and a JSON answer
validated by pydantic with exactly one repair round. Keeping that here leaves the engine with the
triage logic only, and caps the happy path at one call and the worst valid path at two.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Sequence
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from pydantic import BaseModel, ValidationError

from core.metrics import LLM_CALLS, LLM_LATENCY, LLM_TOKENS
from triage.llm.messages import render
from triage.llm.resilience import (
    RETRYABLE,
    CircuitBreaker,
    RetryPolicy,
    classify_error,
    counts_as_outage,
    retry_after_seconds,
)

log = logging.getLogger(__name__)
T = TypeVar("T", bound=BaseModel)
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)


class LlmUnavailable(RuntimeError):
    """No answer from the endpoint: breaker open, retries used up, or the request was refused."""

    def __init__(self, reason: str, *, retriable: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retriable = retriable  # False: re-triaging the same text later would fail the same way


class LlmInvalidAnswer(RuntimeError):
    """The endpoint answered, but neither the answer nor its repair met the schema."""

    reason = "invalid_answer"


def parse_json(raw: str, schema: type[T]) -> T:
    """Validate the model's text as `schema`; tolerates code fences and prose around one object."""
    text = _FENCE.sub("", raw.strip())
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("the answer contains no JSON object")
    return schema.model_validate_json(text[start : end + 1])


def _error_summary(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        parts = [f"{'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['msg']}" for e in exc.errors()[:12]]
        return "\n".join(parts)
    return str(exc)[:500]


class LlmClient:
    """Sends messages through breaker + retries and returns validated pydantic objects."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        model_name: str,
        retry: RetryPolicy | None = None,
        breaker: CircuitBreaker | None = None,
        json_mode: bool = True,
    ) -> None:
        self.model_name = model_name
        self.retry = retry or RetryPolicy()
        self.breaker = breaker or CircuitBreaker()
        # json_object mode is the structured-output feature most OpenAI-compatible servers share.
        self._runnable: Any = model.bind(response_format={"type": "json_object"}) if json_mode else model

    def available(self) -> bool:
        """False while the circuit is open (the worker can postpone re-triage until then)."""
        return self.breaker.state != "open"

    def structured(self, messages: Sequence[BaseMessage], schema: type[T], *, purpose: str) -> T:
        """One call, and one repair call when the answer does not validate; raises on failure."""
        raw = self.complete(messages, purpose=purpose)
        try:
            return parse_json(raw, schema)
        except (ValidationError, ValueError) as exc:
            LLM_CALLS.labels(purpose=purpose, outcome="invalid").inc()
            log.info("LLM %s answer invalid, repairing once: %s", purpose, _error_summary(exc))
            repair = [
                *messages,
                AIMessage(content=raw[:8000]),
                HumanMessage(content=render("repair.v1.md", errors=_error_summary(exc))),
            ]
        raw = self.complete(repair, purpose=f"{purpose}_repair")
        try:
            return parse_json(raw, schema)
        except (ValidationError, ValueError) as exc:
            LLM_CALLS.labels(purpose=f"{purpose}_repair", outcome="invalid").inc()
            raise LlmInvalidAnswer(_error_summary(exc)) from exc

    def complete(self, messages: Sequence[BaseMessage], *, purpose: str) -> str:
        """The answer text of one logical call, retrying transient failures with backoff."""
        attempt = 0
        while True:
            if not self.breaker.allow():
                LLM_CALLS.labels(purpose=purpose, outcome="circuit_open").inc()
                raise LlmUnavailable("circuit_open")
            started = time.monotonic()
            try:
                message = self._runnable.invoke(list(messages))
            except Exception as exc:  # noqa: BLE001 - classified below; unknown errors end the call
                kind = classify_error(exc)
                LLM_LATENCY.labels(purpose=purpose).observe(time.monotonic() - started)
                LLM_CALLS.labels(purpose=purpose, outcome=kind).inc()
                if counts_as_outage(kind):
                    self.breaker.record_failure()
                else:
                    self.breaker.record_success()  # the endpoint answered; only this request was refused
                log.warning("LLM %s attempt %d failed: %s (%s)", purpose, attempt + 1, kind, exc)
                if kind not in RETRYABLE:
                    raise LlmUnavailable(kind, retriable=kind != "rejected") from exc
                if attempt + 1 >= self.retry.attempts or self.breaker.state == "open":
                    raise LlmUnavailable(kind) from exc  # no point waiting for a retry the breaker refuses
                self.retry.sleep(self.retry.delay(attempt, retry_after_seconds(exc)))
                attempt += 1
                continue
            self.breaker.record_success()
            LLM_LATENCY.labels(purpose=purpose).observe(time.monotonic() - started)
            LLM_CALLS.labels(purpose=purpose, outcome="ok").inc()
            _count_tokens(message)
            return _text_of(message)


def _count_tokens(message: Any) -> None:
    usage = getattr(message, "usage_metadata", None) or {}
    if usage.get("input_tokens"):
        LLM_TOKENS.labels(kind="prompt").inc(usage["input_tokens"])
    if usage.get("output_tokens"):
        LLM_TOKENS.labels(kind="completion").inc(usage["output_tokens"])


def _text_of(message: Any) -> str:
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content)
    return json.dumps(content)
