"""A loopback fake of the Slack Web API: records every call and answers like Slack does.

Tests (and `bench/slack_ack.py`) point AIPMO_SLACK_API_URL at it. Answers can be scripted per
method: a Slack error (`channel_not_found`, `token_revoked`) or a 429 with Retry-After.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_USER = "UBOT"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    response: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)


@dataclass
class Scripted:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]


class FakeSlack:
    """Start with `with FakeSlack() as slack:`; `slack.url` is the Web API base URL."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._script: dict[str, deque[Scripted]] = {}
        self._lock = threading.Condition()
        self._ts = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                if "json" in (self.headers.get("Content-Type") or ""):
                    params = json.loads(raw or "{}")
                else:
                    params = dict(parse_qsl(raw))
                method = self.path.rsplit("/", 1)[-1]
                status, body, headers = fake._answer(method, params)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/api/"
        self.socket_url = ""  # what apps.connections.open hands out (Socket Mode tests set it)

    def __enter__(self) -> FakeSlack:
        threading.Thread(target=self._server.serve_forever, name="fake-slack", daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- scripting --------------------------------------------------------------------------

    def fail(self, method: str, error: str, *, times: int = 1) -> None:
        """The next `times` calls of `method` answer `{"ok": false, "error": error}`."""
        self._push(method, Scripted(200, {"ok": False, "error": error}, {}), times)

    def rate_limit(self, method: str, *, retry_after: int = 1, times: int = 1) -> None:
        """The next `times` calls of `method` answer 429 with Retry-After."""
        self._push(method, Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(retry_after)}),
                   times)

    def _push(self, method: str, answer: Scripted, times: int) -> None:
        with self._lock:
            self._script.setdefault(method, deque()).extend([answer] * times)

    # -- answering --------------------------------------------------------------------------

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        with self._lock:
            scripted = self._script.get(method)
            answer = scripted.popleft() if scripted else None
            if answer is None:
                answer = Scripted(200, self._ok(method, params), {})
            self.calls.append(Call(method, params, answer.body))
            self._lock.notify_all()
        return answer.status, answer.body, answer.headers

    def _ok(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        ts = f"{1700000000 + next(self._ts)}.000100"
        if method == "auth.test":
            return {"ok": True, "url": "https://acme.slack.com/", "team": "Acme", "user": "aipmo",
                    "team_id": "T0001", "user_id": BOT_USER, "bot_id": "BBOT"}
        if method == "chat.postMessage":
            channel = str(params.get("channel", ""))
            channel = "D" + channel[1:] if channel.startswith("U") else channel
            return {"ok": True, "channel": channel, "ts": ts,
                    "message": {"text": params.get("text"), "ts": ts, "bot_id": "BBOT"}}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url}
        if method == "chat.update":
            return {"ok": True, "channel": params.get("channel"), "ts": params.get("ts")}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method in ("views.open", "views.publish"):
            return {"ok": True, "view": {"id": "V" + ts.replace(".", ""), **(params.get("view") or {})}}
        return {"ok": True}

    # -- inspecting -------------------------------------------------------------------------

    def of(self, method: str, **match: Any) -> list[Call]:
        """Recorded calls of `method` whose params contain `match`."""
        with self._lock:
            return [c for c in self.calls if c.method == method
                    and all(c.params.get(k) == v for k, v in match.items())]

    def wait_for(self, method: str, count: int = 1, *, timeout: float = 15.0, **match: Any) -> list[Call]:
        """Block until at least `count` matching calls were made (work runs after the ack)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [c for c in self.calls if c.method == method
                         and all(c.params.get(k) == v for k, v in match.items())]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"expected {count} {method} {match}, got {len(found)}: "
                                         f"{[c.method for c in self.calls]}")
                self._lock.wait(left)
