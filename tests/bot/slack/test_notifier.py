"""Slack Web API trouble never loses anything: rate limits are retried after Retry-After, a revoked
token leaves messages queued, a vanished recipient is reported; all are counted in the metrics."""

from __future__ import annotations

import time

import pytest
from sqlmodel import Session, select

from bot.slack import SlackNotifier
from core.metrics import CHANNEL_API_ERRORS
from portfolio import notifications
from portfolio.models import Notification

pytestmark = pytest.mark.db


def errors(error: str) -> float:
    return CHANNEL_API_ERRORS.labels(channel="slack", error=error)._value.get()


def queue(container, user: str = "UALICE", text: str = "Your idea #1 was approved.") -> None:
    with Session(container.engine) as session:
        notifications.notify(session, channel="slack", user_id=user, kind="decision:approve", text=text)
        notifications.notify(session, channel="web", user_id="bob", kind="triaged", text="not for Slack")
        session.commit()


def pending(container) -> list[Notification]:
    with Session(container.engine) as session:
        return list(session.exec(select(Notification).where(Notification.channel == "slack",
                                                            Notification.delivered_at == None)).all())  # noqa: E711


def test_rate_limit_is_waited_out_and_retried(slack_container, slack_api):
    queue(slack_container)
    slack_api.rate_limit("chat.postMessage", retry_after=1)
    started = time.monotonic()
    assert SlackNotifier(slack_container).deliver_pending() == 1
    assert time.monotonic() - started >= 1.0  # Retry-After was honoured
    attempts = slack_api.of("chat.postMessage", channel="UALICE")
    assert len(attempts) == 2 and pending(slack_container) == []


def test_lasting_rate_limit_keeps_the_message_queued(slack_container, slack_api):
    queue(slack_container)
    slack_api.rate_limit("chat.postMessage", retry_after=0, times=4)  # one call: first try + 3 retries
    before = errors("ratelimited")
    assert SlackNotifier(slack_container).deliver_pending() == 0
    assert errors("ratelimited") == before + 1
    assert len(pending(slack_container)) == 1
    assert SlackNotifier(slack_container).deliver_pending() == 1  # the next round gets it out


def test_revoked_token_keeps_everything_queued_and_is_reported(slack_container, slack_api, caplog):
    queue(slack_container)
    queue(slack_container, user="UBEN")
    slack_api.fail("chat.postMessage", "token_revoked")
    before = errors("token_revoked")
    assert SlackNotifier(slack_container).deliver_pending() == 0
    assert errors("token_revoked") == before + 1
    assert len(slack_api.of("chat.postMessage")) == 1  # the batch stops: every message would fail
    assert len(pending(slack_container)) == 2
    assert any("reinstall the app" in r.getMessage() for r in caplog.records)


def test_unknown_recipient_is_reported_and_not_retried_forever(slack_container, slack_api):
    queue(slack_container, user="UGONE")
    queue(slack_container, user="UALICE")
    slack_api.fail("chat.postMessage", "channel_not_found")
    before = errors("channel_not_found")
    assert SlackNotifier(slack_container).deliver_pending() == 1
    assert errors("channel_not_found") == before + 1
    assert pending(slack_container) == []


def test_two_notifiers_deliver_each_message_once(slack_container, slack_api):
    for i in range(5):
        queue(slack_container, text=f"message {i}")
    import threading

    threads = [threading.Thread(target=SlackNotifier(slack_container).deliver_pending) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    texts = sorted(c.params["text"] for c in slack_api.of("chat.postMessage", channel="UALICE"))
    assert texts == [f"message {i}" for i in range(5)]


def test_review_card_is_retried_when_the_channel_fails(slack_container, slack_api):
    from intake.fields import IdeaDraft

    slack_container.intake.sink.file(IdeaDraft(title="Chatbot for HR questions", solution="answer HR questions"),
                                     channel="slack", user_id="UALICE", display_name=None, lang="en",
                                     draft_id=None)
    slack_container.worker.drain()
    slack_api.rate_limit("chat.postMessage", retry_after=0, times=4)  # one call: first try + 3 retries
    notifier = SlackNotifier(slack_container)
    assert notifier.post_review_cards() == 0
    assert notifier.post_review_cards() == 1  # the claim was released, so it is posted later
    assert notifier.post_review_cards() == 0


def test_a_refused_reply_goes_to_the_outbox(slack_app):
    slack_app.api.fail("chat.postMessage", "channel_not_found")
    assert slack_app.sender.dm("UALICE", "Hallo").status_code == 200
    slack_app.api.wait_for("chat.postMessage", channel="DALICE")
    deadline = time.monotonic() + 5
    while not pending(slack_app.container) and time.monotonic() < deadline:
        time.sleep(0.05)
    [kept] = pending(slack_app.container)
    assert "Beschreib mir" in kept.text
    assert SlackNotifier(slack_app.container).deliver_pending() == 1
    assert "Beschreib mir" in slack_app.api.of("chat.postMessage", channel="UALICE")[-1].params["text"]


def test_a_review_backlog_is_posted_in_batches_each_card_once(slack_container, slack_api):
    from intake.fields import IdeaDraft

    for title in ("HR chatbot", "Invoice reader", "Ticket sorter"):
        slack_container.intake.sink.file(IdeaDraft(title=title, solution=f"An AI {title.lower()}"), channel="web",
                                         user_id="bob", display_name="Bob", lang="en", draft_id=None)
    slack_container.worker.drain()
    notifier = SlackNotifier(slack_container)
    assert [notifier.post_review_cards(limit=2), notifier.post_review_cards(limit=2)] == [2, 1]
    assert notifier.post_review_cards() == 0
    titles = [c.params["text"] for c in slack_api.of("chat.postMessage", channel="CREVIEW")]
    assert len(titles) == 3 and "HR chatbot" in titles[0] and "Ticket sorter" in titles[2]
    assert "from Bob" in str(slack_api.of("chat.postMessage", channel="CREVIEW")[0].params["blocks"])


def test_a_message_claimed_by_a_notifier_that_died_is_delivered_once_after_its_lease(slack_container, slack_api):
    from datetime import timedelta

    from portfolio.models import utcnow

    queue(slack_container, text="Your idea #1 was approved.")
    [note] = pending(slack_container)
    with Session(slack_container.engine) as session:  # claimed, then the process died before posting
        assert notifications.claim(session, note_id=note.id) is not None
        session.commit()
    notifier = SlackNotifier(slack_container)
    assert notifier.deliver_pending() == 0  # leased: the dead notifier might still be posting it
    with Session(slack_container.engine) as session:  # time passes: the lease runs out
        row = session.get(Notification, note.id)
        assert row is not None and row.claimed_until is not None
        row.claimed_until = utcnow() - timedelta(seconds=1)
        session.add(row)
        session.commit()
    assert notifier.deliver_pending() == 1  # pending again, posted by a live notifier
    assert notifier.deliver_pending() == 0
    [post] = slack_api.of("chat.postMessage", channel="UALICE")
    assert post.params["text"] == "Your idea #1 was approved."
    with Session(slack_container.engine) as session:
        row = session.get(Notification, note.id)
        assert row is not None and row.delivered_at is not None and row.attempts == 2
        assert row.delivered_at > utcnow() - timedelta(minutes=1)
