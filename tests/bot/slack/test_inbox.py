"""Nothing Slack got its ack for is lost: an event is stored before the ack, and when the handling after
the ack crashes (or the replica dies), the sweeper finishes it: once, with one reply, one idea."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import Session, select

from bot.slack import SlackNotifier
from bot.slack.inbox import SOURCE
from core.metrics import CHANNEL_API_ERRORS
from portfolio import inbox
from portfolio.models import InboundEvent, UseCase, utcnow

pytestmark = pytest.mark.db

RICH_EN = ("Our sales reps spend 3 hours a week writing call notes by hand. "
           "An AI could summarise customer calls into the CRM.")
LATER = timedelta(seconds=60)  # past the retry delay of a first failed attempt, inside the lease of a live one


def stored(container, key: str) -> InboundEvent:
    with Session(container.engine) as session:
        return session.exec(select(InboundEvent).where(InboundEvent.event_id == key)).one()


def wait_until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.05)


def failed_count() -> float:
    return CHANNEL_API_ERRORS.labels(channel="slack", error="event_failed")._value.get()


def crash_once(monkeypatch, container) -> list[int]:
    """The intake turn after the ack raises once, as a process dying mid-turn would leave it."""
    real, calls = container.intake.handle, []

    def flaky(inbound: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("replica died mid-turn")
        return real(inbound)

    monkeypatch.setattr(container.intake, "handle", flaky)
    return calls


def click_payload(user: str, message: dict[str, Any], channel: str, action: dict[str, Any],
                  trigger_id: str) -> dict[str, Any]:
    """A `block_actions` payload with a fixed trigger id, so it can be sent again unchanged."""
    return {"type": "block_actions", "trigger_id": trigger_id,
            "user": {"id": user, "username": user.lower(), "team_id": "T0001"},
            "container": {"type": "message", "message_ts": message["ts"], "channel_id": channel,
                          "is_ephemeral": False},
            "channel": {"id": channel, "name": "x"}, "message": message,
            "actions": [{"type": "button", "action_ts": "1700000001.000001", **action}]}


def test_a_message_whose_handling_crashed_after_the_ack_is_answered_once_by_the_sweeper(slack_app, monkeypatch):
    api, send, container = slack_app.api, slack_app.sender, slack_app.container
    calls = crash_once(monkeypatch, container)
    before = failed_count()
    assert send.dm("UALICE", "Hallo", event_id="Ev0CRASH01").status_code == 200  # acked: Slack will not retry
    wait_until(lambda: stored(container, "Ev0CRASH01").last_error is not None)
    event = stored(container, "Ev0CRASH01")
    assert (event.state, event.attempts, api.of("chat.postMessage", channel="DALICE")) == ("received", 1, [])
    assert failed_count() == before + 1

    notifier = SlackNotifier(container)
    assert notifier.sweep_inbox(now=utcnow() + LATER) == 1
    [reply] = api.of("chat.postMessage", channel="DALICE")
    assert "Beschreib mir" in reply.params["text"]
    assert notifier.sweep_inbox(now=utcnow() + LATER) == 0  # handled: nothing left to sweep
    assert len(api.of("chat.postMessage", channel="DALICE")) == 1 and len(calls) == 2
    assert (stored(container, "Ev0CRASH01").state, stored(container, "Ev0CRASH01").attempts) == ("handled", 2)


def test_a_crashed_and_retried_submit_gives_one_idea_and_one_reply(slack_app, monkeypatch):
    api, send, container = slack_app.api, slack_app.sender, slack_app.container
    posts = slack_app.turn("DALICE", lambda: send.dm("UALICE", RICH_EN, event_id="Ev0SUBMIT1"))
    assert send.dm("UALICE", RICH_EN, event_id="Ev0SUBMIT1", retry_num=1).status_code == 200  # a Slack retry
    card = slack_app.card_of(posts)
    assert card is not None
    click = click_payload("UALICE", slack_app.as_message(card), "DALICE",
                          slack_app.button_in(card.params["blocks"], "Submit"), trigger_id="trig.SUBMIT1")

    crash_once(monkeypatch, container)
    assert send.interaction(click).status_code == 200
    wait_until(lambda: stored(container, "trig.SUBMIT1").last_error is not None)
    assert send.interaction(click).status_code == 200  # the same click again: acked, not filed twice
    assert SlackNotifier(container).sweep_inbox(now=utcnow() + LATER) == 1

    texts = [c.params["text"] for c in api.of("chat.postMessage", channel="DALICE")]
    assert sum("Shall I submit" in t for t in texts) == 1, texts
    assert sum("is submitted" in t for t in texts) == 1, texts
    with Session(container.engine) as session:
        assert [i.status for i in session.exec(select(UseCase)).all()] == ["submitted"]
    assert api.of("chat.update", channel="DALICE")  # the card lost its buttons on the handled attempt


def test_an_event_a_dead_replica_left_is_handled_once_by_concurrent_sweepers(slack_app):
    api, container = slack_app.api, slack_app.container
    with Session(container.engine) as session:  # what a replica that acked and then died leaves behind
        assert inbox.receive(session, source=SOURCE, event_id="Ev0ORPHAN1", user_id="UBEN", conversation="dm",
                             text="Hallo", route={"channel": "DBEN", "thread_ts": None},
                             now=utcnow() - inbox.LEASE - timedelta(seconds=1))
        session.commit()
    sweepers = [SlackNotifier(container) for _ in range(3)]
    threads = [threading.Thread(target=s.sweep_inbox) for s in sweepers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    [reply] = api.of("chat.postMessage", channel="DBEN")
    assert "Beschreib mir" in reply.params["text"]
    assert stored(container, "Ev0ORPHAN1").state == "handled"
    # Slack retrying it now changes nothing: the event is known.
    assert slack_app.sender.dm("UBEN", "Hallo", event_id="Ev0ORPHAN1", retry_num=3).status_code == 200
    slack_app.turn("DCARL", lambda: slack_app.sender.dm("UCARL", "Hallo"))  # a later event, answered: all through
    assert len(api.of("chat.postMessage", channel="DBEN")) == 1


def test_replies_stored_before_a_crash_are_posted_without_a_second_turn(slack_app, monkeypatch):
    api, container = slack_app.api, slack_app.container
    past = utcnow() - inbox.LEASE - timedelta(seconds=1)
    with Session(container.engine, expire_on_commit=False) as session:
        inbox.receive(session, source=SOURCE, event_id="Ev0ANSWER1", user_id="UDORA", conversation="dm",
                      text="Hallo", route={"channel": "DDORA", "thread_ts": None}, now=past)
        event = inbox.claim(session, source=SOURCE, event_id="Ev0ANSWER1", first=True, now=past)
        assert event is not None
        assert inbox.answer(session, event=event, replies=[{"text": "Stored reply", "choices": [], "card": None,
                                                            "idea_id": None}], now=past)
        session.commit()
    monkeypatch.setattr(container.intake, "handle", lambda inbound: pytest.fail("the turn ran twice"))
    assert SlackNotifier(container).sweep_inbox() == 1
    assert [c.params["text"] for c in api.of("chat.postMessage", channel="DDORA")] == ["Stored reply"]
