"""Socket Mode: the same bolt app over a WebSocket, against a loopback fake of Slack's socket server."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import pytest

from bot.slack.socket_mode import socket_mode_handler, start_socket_mode
from core.settings import ConfigError, Settings
from core.wiring import Container

pytestmark = pytest.mark.db
ws_server = pytest.importorskip("websockets.sync.server")  # transitive today; listed in the report for dev extras


class FakeSocketServer:
    """Says hello, pushes the given envelopes and records the acks that come back."""

    def __init__(self, envelopes: list[dict[str, Any]]) -> None:
        self.envelopes = envelopes
        self.acks: list[dict[str, Any]] = []
        self.done = threading.Event()
        self._server = ws_server.serve(self._session, "127.0.0.1", 0)
        self.url = f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def _session(self, ws: Any) -> None:
        ws.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0001"}}))
        for envelope in self.envelopes:
            ws.send(json.dumps(envelope))
        while len(self.acks) < len(self.envelopes):
            message = json.loads(ws.recv(timeout=10))
            if "envelope_id" in message:
                self.acks.append(message)
        self.done.wait(10)

    def close(self) -> None:
        self.done.set()
        self._server.shutdown()


def test_socket_mode_needs_an_app_level_token(slack_settings):
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN"):
        socket_mode_handler(Container(slack_settings))


def test_an_idea_over_socket_mode_is_acked_and_answered_once(slack_settings, slack_api):
    settings = Settings(_env_file=None,  # type: ignore[call-arg]
                        **{**slack_settings.model_dump(by_alias=True), "SLACK_APP_TOKEN": "xapp-1-test"})
    container = Container(settings)
    container.upgrade_database()
    event = {"type": "event_callback", "team_id": "T0001", "api_app_id": "A0001", "event_id": "EvSOCKET1",
             "event": {"type": "message", "channel_type": "im", "channel": "DALICE", "user": "UALICE",
                       "text": "Hallo", "ts": "1700000000.000100"}}
    envelopes = [{"envelope_id": f"env-{n}", "type": "events_api", "accepts_response_payload": False,
                  "retry_attempt": n, "retry_reason": "timeout" if n else "", "payload": event} for n in (0, 1)]
    server = FakeSocketServer(envelopes)
    slack_api.socket_url = server.url
    handler = start_socket_mode(container)
    try:
        deadline = time.monotonic() + 10
        while len(server.acks) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sorted(a["envelope_id"] for a in server.acks) == ["env-0", "env-1"]  # both acked
        [reply] = slack_api.wait_for("chat.postMessage", channel="DALICE")
        time.sleep(0.3)
        assert len(slack_api.of("chat.postMessage", channel="DALICE")) == 1  # the retry was ignored
        assert "Beschreib mir" in reply.params["text"]
    finally:
        handler.close()
        server.close()
        container.engine.dispose()
