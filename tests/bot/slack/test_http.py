"""`POST /slack/events`: every request is verified (v0 signature, 5-minute window) and acked fast."""

from __future__ import annotations

import json
import time

import pytest
from sqlmodel import Session, select

from portfolio.models import ConversationState, InboundEvent, ProcessedEvent

pytestmark = pytest.mark.db

IDEA = "An AI should sort incoming support tickets for the service desk."


def nothing_happened(slack_app) -> None:
    time.sleep(0.5)  # give any (wrongly) started work the time to show
    assert [c.method for c in slack_app.api.calls if c.method != "auth.test"] == []
    with Session(slack_app.container.engine) as session:
        assert session.exec(select(ProcessedEvent)).all() == []
        assert session.exec(select(InboundEvent)).all() == []
        assert session.exec(select(ConversationState)).all() == []


def test_forged_signature_is_refused(slack_app):
    response = slack_app.sender.dm("UALICE", IDEA, signature="v0=" + "0" * 64)
    assert response.status_code == 401
    nothing_happened(slack_app)


def test_signature_with_another_secret_is_refused(slack_app):
    slack_app.sender.secret = "not-the-secret"
    assert slack_app.sender.dm("UALICE", IDEA).status_code == 401
    assert slack_app.sender.command("UALICE", IDEA).status_code == 401
    nothing_happened(slack_app)


def test_missing_signature_is_refused(slack_app):
    response = slack_app.sender.dm("UALICE", IDEA, signature="", timestamp=int(time.time()))
    assert response.status_code == 401
    response = slack_app.sender.http.post(slack_app.sender.url, content=b"{}",
                                          headers={"Content-Type": "application/json"})
    assert response.status_code == 401
    nothing_happened(slack_app)


def test_stale_timestamp_is_refused_even_when_signed(slack_app):
    six_minutes_ago = int(time.time()) - 6 * 60
    assert slack_app.sender.dm("UALICE", IDEA, timestamp=six_minutes_ago).status_code == 401
    in_the_future = int(time.time()) + 6 * 60
    assert slack_app.sender.dm("UALICE", IDEA, timestamp=in_the_future).status_code == 401
    nothing_happened(slack_app)


def test_tampered_body_is_refused(slack_app):
    sender = slack_app.sender
    ts = int(time.time())
    signed_for_other_body = sender.sign(b'{"type": "event_callback"}', ts)
    response = sender.dm("UALICE", IDEA, timestamp=ts, signature=signed_for_other_body)
    assert response.status_code == 401
    nothing_happened(slack_app)


def test_url_verification_challenge_is_answered(slack_app):
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "legacy"}).encode()
    response = slack_app.sender.post(body, "application/json")
    assert response.status_code == 200 and "abc123" in response.text


def test_events_are_acked_before_the_work(slack_app):
    slack_app.api.rate_limit("chat.postMessage", retry_after=2)  # the reply will take > 2 s
    started = time.monotonic()
    response = slack_app.sender.dm("UALICE", IDEA)
    acked = time.monotonic() - started
    assert response.status_code == 200 and acked < 1.0
    slack_app.api.wait_for("chat.postMessage", 2, channel="DALICE")  # the 429, then the retry
