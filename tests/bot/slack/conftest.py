"""Fixtures: the real aipmo app (with Slack mounted) under uvicorn, a fake Slack Web API, a sender."""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from core.settings import Settings
from core.wiring import Container
from tests.conftest import migrated_container


def _load(name: str) -> Any:  # tests use --import-mode=importlib, so load helpers by path
    key = f"tests_bot_slack_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).with_name(f"{name}.py"))
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


fake_slack = _load("fake_slack")
harness = _load("harness")

REVIEWER = "URITA"
REVIEW_CHANNEL = "CREVIEW"


@pytest.fixture
def slack_api() -> Iterator[Any]:
    with fake_slack.FakeSlack() as fake:
        yield fake


@pytest.fixture
def slack_settings(tmp_path: Path, database_url: str, slack_api: Any) -> Settings:
    return Settings(_env_file=None, AIPMO_DATA_DIR=tmp_path / "data",  # type: ignore[call-arg]
                    AIPMO_DATABASE_URL=database_url, AIPMO_REVIEWERS=f"web:rita,slack:{REVIEWER}",
                    SLACK_SIGNING_SECRET=harness.SECRET, SLACK_BOT_TOKEN="xoxb-test-token",
                    AIPMO_SLACK_API_URL=slack_api.url, AIPMO_SLACK_REVIEW_CHANNEL=REVIEW_CHANNEL)


@pytest.fixture
def slack_container(slack_settings: Settings) -> Iterator[Container]:
    with migrated_container(slack_settings) as container:
        yield container


@dataclass
class Running:
    """The running app and what tests need around it (sender, fake API, helpers)."""

    url: str
    sender: Any
    container: Container
    api: Any

    def turn(self, channel: str, send: Any, *, expect: int = 1, settle: float = 0.2) -> list[Any]:
        """Do `send()` and return the chat.postMessage calls to `channel` it caused (work runs after the ack)."""
        before = len(self.api.of("chat.postMessage", channel=channel))
        response = send()
        assert response.status_code == 200, response.text
        self.api.wait_for("chat.postMessage", before + expect, channel=channel)
        time.sleep(settle)  # a turn may post more than one reply
        return self.api.of("chat.postMessage", channel=channel)[before:]

    @staticmethod
    def card_of(posts: list[Any]) -> Any | None:
        """The post carrying the summary card (a header block), if any."""
        return next((p for p in posts if any(b.get("type") == "header" for b in p.params.get("blocks") or [])),
                    None)

    @staticmethod
    def as_message(call: Any) -> dict[str, Any]:
        """A bot post as Slack echoes it back in a `block_actions` payload."""
        return {"type": "message", "user": "UBOT", "bot_id": "BBOT", "text": call.params.get("text", ""),
                "blocks": call.params.get("blocks") or [], "ts": call.response.get("ts", "1700000000.000100"),
                **({"thread_ts": call.params["thread_ts"]} if call.params.get("thread_ts") else {})}

    button_in = staticmethod(harness.button_in)


@pytest.fixture
def slack_app(slack_container: Container, slack_api: Any) -> Iterator[Running]:
    from bot.slack import mount_slack
    from core.app import create_app

    app = create_app(slack_container.settings, container=slack_container, migrate=False)
    if not any(getattr(r, "path", None) == "/slack/events" for r in app.routes):
        mount_slack(app, slack_container)  # until core.app mounts it itself
    with harness.serve(app) as url:
        yield Running(url=url, sender=harness.SlackSender(url), container=slack_container, api=slack_api)

