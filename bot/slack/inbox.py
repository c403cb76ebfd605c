"""Slack's side of the durable inbox (`portfolio.inbox`): stored before the ack, handled after it.

`accept` runs inside the ack function, and bolt (`process_before_response`) answers Slack only after
that, so every event Slack got its 200 for is in the database: a crash after the ack delays the
answer, it never loses the message. The same insert is the dedupe: a retry (X-Slack-Retry-Num, on
this or another replica) finds the row and is acked without a second turn. `process` runs the turn
in the lazy listener; `sweep` (called from `SlackNotifier.run_once`) runs it for events whose
handler died or failed. A turn's replies are stored before they are posted, so a re-run posts them
again rather than repeating the turn.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.slack.deps import CHANNEL, DM, SlackDeps
from core.metrics import CHANNEL_API_ERRORS
from intake.messages import Choice, Reply, SummaryCard
from intake.texts import t
from portfolio import inbox
from portfolio.models import InboundEvent

log = logging.getLogger(__name__)

SOURCE = CHANNEL


@dataclass(frozen=True)
class Incoming:
    """What the ack stores: the neutral message, where its answer goes, and a card to redraw first."""

    user: str
    conversation: str
    post_to: str
    thread_ts: str | None = None
    kind: str = "message"  # message | start (a fresh intake in the DM: /idea, the shortcut) | button
    text: str = ""
    button: str | None = None
    display_name: str | None = None
    update: dict[str, Any] | None = None  # chat.update params (the clicked card without its buttons)


def event_key(body: dict[str, Any]) -> str:
    """The id Slack repeats on a retry: `event_id` for events, `trigger_id` for commands and clicks."""
    key = body.get("event_id") or body.get("trigger_id")
    if key:
        return str(key)
    return "sha256:" + hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()[:40]


def accept(engine: Engine, body: dict[str, Any], incoming: Incoming) -> bool:
    """Store the event (call before acking); False for a retry of one already stored."""
    key = event_key(body)
    route: dict[str, Any] = {"channel": incoming.post_to, "thread_ts": incoming.thread_ts}
    if incoming.update:
        route["update"] = incoming.update
    # A burst of acks shares a few group commits (one writer thread), instead of queuing for SQLite's
    # single writer one commit at a time.
    fresh = inbox.writer_for(engine).receive(source=SOURCE, event_id=key, kind=incoming.kind, user_id=incoming.user,
                                             conversation=incoming.conversation, text=incoming.text,
                                             button=incoming.button, display_name=incoming.display_name, route=route)
    if not fresh:
        log.info("ignoring Slack event %s: already received (a retry)", key)
    return fresh


def process(deps: SlackDeps, key: str, *, first: bool = False, now: datetime | None = None) -> bool:
    """Handle one stored event if it is ours to take; True when it was handled now."""
    engine = deps.container.engine
    with Session(engine, expire_on_commit=False) as session:
        event = inbox.claim(session, source=SOURCE, event_id=key, first=first, now=now)
        session.commit()
    if event is None:
        return False  # filtered at the ack, a retry, done, or another handler holds the lease
    try:
        with deps.locks.hold(f"{event.user_id}/{event.conversation}"):
            return _handle(deps, event)
    except Exception as exc:  # noqa: BLE001 - recorded on the event; the sweeper tries again
        log.exception("Slack event %s failed (attempt %s)", key, event.attempts)
        CHANNEL_API_ERRORS.labels(channel=CHANNEL, error="event_failed").inc()
        with Session(engine) as session:
            gave_up = inbox.fail(session, event=event, error=f"{type(exc).__name__}: {exc}")
            session.commit()
        if gave_up:
            CHANNEL_API_ERRORS.labels(channel=CHANNEL, error="event_abandoned").inc()
            log.error("giving up on Slack event %s of %s after %s attempts", key, event.user_id, event.attempts)
        return False


def _handle(deps: SlackDeps, event: InboundEvent) -> bool:
    route = event.route or {}
    if event.state == inbox.RECEIVED:
        if route.get("update"):
            deps.api.call("chat.update", **route["update"])
        replies = _turn(deps, event)
        with Session(deps.container.engine) as session:
            kept = inbox.answer(session, event=event, replies=[reply_to_json(r) for r in replies])
            session.commit()
        if not kept:
            log.warning("Slack event %s was taken over by another handler; not posting its replies", event.event_id)
            return False
    else:  # answered before a crash: post what that turn said
        replies = [reply_from_json(r) for r in event.replies or []]
    deps.send(user=event.user_id, post_to=str(route.get("channel") or event.user_id),
              thread_ts=route.get("thread_ts"), replies=replies)
    with Session(deps.container.engine) as session:
        inbox.done(session, event=event)
        session.commit()
    return True


def _turn(deps: SlackDeps, event: InboundEvent) -> list[Reply]:
    user, name = event.user_id, event.display_name
    if event.kind != "start":
        return deps.turn(user=user, conversation=event.conversation, text=event.text, button=event.button,
                         display_name=name)
    # A fresh intake in the user's DM, `text` (if any) being its first message.
    state = deps.container.intake.store.load(CHANNEL, user, DM) or {}
    busy = state.get("step", "idle") != "idle"
    if not event.text.strip():
        if busy:
            return deps.turn(user=user, conversation=DM, text="help")
        return [Reply(t("welcome", state.get("lang") or deps.language(user)))]
    # A new idea while one is open: keep the unfinished one as a draft (the intake says so).
    restarted = deps.turn(user=user, conversation=DM, text="restart", display_name=name) if busy else []
    return restarted + deps.turn(user=user, conversation=DM, text=event.text, display_name=name)


def sweep(deps: SlackDeps, *, now: datetime | None = None, limit: int = 20) -> int:
    """Handle events left open by a handler that died or failed; returns how many were handled."""
    with Session(deps.container.engine) as session:
        keys = inbox.due(session, source=SOURCE, now=now, limit=limit)
    handled = 0
    for key in keys:
        log.warning("Slack event %s was not handled in time; handling it now", key)
        handled += process(deps, key, now=now)
    return handled


def reply_to_json(reply: Reply) -> dict[str, Any]:
    return asdict(reply)


def reply_from_json(data: dict[str, Any]) -> Reply:
    card = data.get("card")
    return Reply(text=data["text"], choices=[Choice(**c) for c in data.get("choices") or []],
                 card=SummaryCard(title=card["title"], fields=[(str(k), str(v)) for k, v in card["fields"]],
                                  choices=[Choice(**c) for c in card.get("choices") or []]) if card else None,
                 idea_id=data.get("idea_id"))
