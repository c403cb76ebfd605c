"""A loopback OpenAI-compatible server for the LLM engine tests, scripted per test.

Real HTTP on 127.0.0.1 speaking `POST .../chat/completions` the way the openai client expects
(also Azure's `/openai/deployments/<name>/chat/completions`), so the tests exercise the actual
langchain → openai → httpx stack: timeouts, status codes and headers included. Each test queues
replies (a JSON answer, invalid text, 429 with Retry-After, 500, a reply slower than the client's
timeout) or installs a responder that answers from the request it received. Every request body is
recorded for assertions.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted response."""

    status: int = 200
    content: str | None = None  # the assistant message text for a 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (longer than the client timeout = timeout)
    usage: tuple[int, int] = (120, 40)


def answer(obj: Any) -> Reply:
    """A 200 whose assistant message is `obj` as JSON (or the string as is)."""
    return Reply(content=obj if isinstance(obj, str) else json.dumps(obj))


def status(code: int, *, retry_after: float | None = None, message: str = "scripted error") -> Reply:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
    return Reply(status=code, content=message, headers=headers)


def slow(delay: float) -> Reply:
    return Reply(content="{}", delay=delay)


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    at: float

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    def text_of(self, role: str) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == role)

    @property
    def all_text(self) -> str:
        return json.dumps(self.body, ensure_ascii=False)


Responder = Callable[[Received], Reply]


class OpenAIServer:
    """Start with `with OpenAIServer() as server:`; `server.base_url` goes into `OPENAI_BASE_URL`."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.script: deque[Reply] = deque()
        self.responder: Responder | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                        daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def queue(self, *replies: Reply) -> None:
        with self._lock:
            self.script.extend(replies)

    def __enter__(self) -> OpenAIServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _next(self, request: Received) -> Reply:
        with self._lock:
            self.received.append(request)
            if self.script:
                return self.script.popleft()
        if self.responder is not None:
            return self.responder(request)
        return status(500, message="unscripted request")

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep test output quiet
                return

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b"{}"
                if not self.path.split("?")[0].endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                    return
                request = Received(self.path, {k.lower(): v for k, v in self.headers.items()},
                                   json.loads(raw or b"{}"), time.monotonic())
                reply = server._next(request)
                if reply.delay and server._stop.wait(reply.delay):
                    return
                if reply.status != 200:
                    body = {"error": {"message": reply.content or "error", "type": "scripted", "code": reply.status}}
                    self._send(reply.status, body, reply.headers)
                    return
                prompt, completion = reply.usage
                self._send(200, {
                    "id": f"chatcmpl-{len(server.received)}",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": request.body.get("model", "test-model"),
                    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                                 "message": {"role": "assistant", "content": reply.content}}],
                    "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                              "total_tokens": prompt + completion},
                }, reply.headers)

            def _send(self, code: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
                data = json.dumps(body).encode("utf-8")
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in (headers or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                    pass

        return Handler
