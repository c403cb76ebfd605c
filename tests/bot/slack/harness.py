"""Test harness for the Slack adapter: signed real-shaped requests, the app under uvicorn, fakes.

Shared by the tests (through conftest) and by `bench/slack_ack.py`; loaded by path because the
tests run with `--import-mode=importlib`.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlencode

import httpx
import uvicorn

from knowledge.types import SimilarIdea
from triage.result import TriageResult

SECRET = "test-signing-secret-0123456789"
TEAM = "T0001"
_IDS = itertools.count(1)


def sign(body: bytes, timestamp: int, secret: str = SECRET) -> str:
    base = b"v0:" + str(timestamp).encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class SlackSender:
    """Sends what Slack sends: Events API envelopes, slash commands, interactivity payloads."""

    def __init__(self, base_url: str, secret: str = SECRET) -> None:
        self.url = base_url.rstrip("/") + "/slack/events"
        self.secret = secret
        self.http = httpx.Client(timeout=10)

    def sign(self, body: bytes, timestamp: int) -> str:
        return sign(body, timestamp, self.secret)

    def post(self, body: bytes, content_type: str, *, timestamp: int | None = None, signature: str | None = None,
             headers: dict[str, str] | None = None) -> httpx.Response:
        ts = int(time.time()) if timestamp is None else timestamp
        sent = {"Content-Type": content_type, "X-Slack-Request-Timestamp": str(ts),
                "X-Slack-Signature": sign(body, ts, self.secret) if signature is None else signature}
        sent.update(headers or {})
        return self.http.post(self.url, content=body, headers={k: v for k, v in sent.items() if v != ""})

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry_num: int | None = None,
              **kw: Any) -> httpx.Response:
        envelope = {"token": "legacy", "team_id": TEAM, "api_app_id": "A0001", "type": "event_callback",
                    "event": event, "event_id": event_id or f"Ev{next(_IDS):08d}", "event_time": int(time.time()),
                    "authorizations": [{"team_id": TEAM, "user_id": "UBOT", "is_bot": True}]}
        headers = kw.pop("headers", {}) or {}
        if retry_num is not None:
            headers.update({"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"})
        return self.post(json.dumps(envelope).encode(), "application/json", headers=headers, **kw)

    def dm(self, user: str, text: str, **kw: Any) -> httpx.Response:
        ts = f"{time.time():.6f}"
        return self.event({"type": "message", "channel": f"D{user[1:]}", "channel_type": "im", "user": user,
                           "text": text, "ts": ts, "event_ts": ts, "team": TEAM}, **kw)

    def mention(self, user: str, channel: str, text: str, *, thread_ts: str | None = None) -> httpx.Response:
        ts = f"{time.time():.6f}"
        event = {"type": "app_mention", "channel": channel, "user": user, "text": f"<@UBOT> {text}", "ts": ts,
                 "event_ts": ts, "team": TEAM}
        if thread_ts:
            event["thread_ts"] = thread_ts
        return self.event(event)

    def command(self, user: str, text: str, *, channel: str = "C0GENERAL", **kw: Any) -> httpx.Response:
        form = {"token": "legacy", "team_id": TEAM, "team_domain": "acme", "channel_id": channel,
                "channel_name": "general", "user_id": user, "user_name": user.lower(), "command": "/idea",
                "text": text, "api_app_id": "A0001", "response_url": "https://hooks.slack.com/commands/x",
                "trigger_id": f"trig.{next(_IDS)}"}
        return self.post(urlencode(form).encode(), "application/x-www-form-urlencoded", **kw)

    def interaction(self, payload: dict[str, Any], **kw: Any) -> httpx.Response:
        payload = {"team": {"id": TEAM, "domain": "acme"}, "api_app_id": "A0001", "token": "legacy",
                   "trigger_id": f"trig.{next(_IDS)}", **payload}
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.post(body, "application/x-www-form-urlencoded", **kw)

    def click(self, user: str, message: dict[str, Any], channel: str, action: dict[str, Any]) -> httpx.Response:
        """A `block_actions` payload for a button on a message the bot posted."""
        return self.interaction({
            "type": "block_actions", "user": {"id": user, "username": user.lower(), "team_id": TEAM},
            "container": {"type": "message", "message_ts": message["ts"], "channel_id": channel,
                          "is_ephemeral": False},
            "channel": {"id": channel, "name": "x"}, "message": message,
            "actions": [{"type": "button", "action_ts": f"{time.time():.6f}", **action}]})

    def submit_view(self, user: str, view: dict[str, Any], values: dict[str, Any]) -> httpx.Response:
        """A `view_submission` of a modal the bot opened, with the given input state."""
        view = {**view, "id": view.get("id", "V1"), "state": {"values": values}}
        return self.interaction({"type": "view_submission", "user": {"id": user, "username": user.lower(),
                                                                      "team_id": TEAM}, "view": view})


def text_input(value: str) -> dict[str, Any]:
    return {"value": {"type": "plain_text_input", "value": value}}


def button_in(blocks: list[dict[str, Any]], label: str) -> dict[str, Any]:
    """The button with this label in a message's blocks."""
    for block in blocks:
        for element in block.get("elements", []) if block.get("type") == "actions" else []:
            if element["text"]["text"] == label:
                return element
    raise AssertionError(f"no button {label!r} in {blocks}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run an ASGI app under uvicorn on a free loopback port; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


class WordIndex:
    """An in-memory `SimilarityIndex` by word overlap: no embedding model to load in Slack tests."""

    threshold = 0.6

    def __init__(self) -> None:
        self.texts: dict[int, set[str]] = {}

    @staticmethod
    def _words(text: str) -> set[str]:
        return set(re.findall(r"\w{4,}", text.lower()))

    def add(self, idea_id: int, text: str) -> None:
        self.texts[idea_id] = self._words(text)

    def remove(self, idea_id: int) -> None:
        self.texts.pop(idea_id, None)

    def score(self, a: str, b: str) -> float:
        wa, wb = self._words(a), self._words(b)
        return len(wa & wb) / max(1, len(wa | wb))

    def search(self, text: str, *, k: int = 5, exclude: int | None = None) -> list[SimilarIdea]:
        words = self._words(text)
        hits = [SimilarIdea(i, len(words & w) / max(1, len(words | w))) for i, w in self.texts.items() if i != exclude]
        return sorted([h for h in hits if h.score >= self.threshold], key=lambda h: -h.score)[:k]


class StubEngine:
    """A fixed, valid triage result (optionally slow), so Slack tests do not load the knowledge base."""

    name = "stub"

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def triage(self, text: str) -> TriageResult:
        time.sleep(self.delay)
        return TriageResult.model_validate({
            "tier": "limited", "basis": "Art. 50(1)",
            "legal_path": [{"step": "Art. 50", "article": "Art. 50(1)", "outcome": "applies",
                            "reason": "talks to people"}],
            "role": {"role": "deployer", "reason": "uses a bought service"},
            "effort": {"value": 2, "rationale": "standard tool"}, "benefit": {"value": 4, "rationale": "hours saved"},
            "quadrant": "quick_win", "horizon": "H1", "controls": ["transparency notice"],
            "citations": [{"passage_id": "p1", "document": "eu-ai-act-classification.en.md", "section": "Art. 50",
                           "snippet": "tell people"}],
            "confidence": 0.8, "engine": "stub", "policy_version": "test"})
