"""Proactive Slack work: the submitter's outbox (triage done, decision taken), review cards, and the
sweep of inbound events whose handler died (`bot.slack.inbox.sweep`).

All are driven from the database, so whichever replica runs the loop delivers them, and a Slack
outage only delays them. Each outbox row is leased before it is posted (`notifications.claim`, a
conditional update) and each review card claimed by a unique processed-event id, so several loops
never post the same message twice; a claim is released when Slack refuses it for a reason that may
pass (rate limit, revoked token), and an outbox lease of a loop that died runs out by itself.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, delete, select

from bot.slack import inbox as slack_inbox
from bot.slack.api import ApiResult, SlackApi, make_client
from bot.slack.blocks import escape
from bot.slack.deps import SlackDeps
from bot.slack.review_card import review_blocks, review_text
from core.wiring import Container
from portfolio import inbox, notifications, repository
from portfolio.models import AuditEvent, Notification, ProcessedEvent, UseCase
from portfolio.state import mark_event_processed
from portfolio.status import UseCaseStatus

log = logging.getLogger(__name__)

REVIEW_SOURCE = "slack-review"
PRUNE_EVERY = 3600.0  # seconds between clean-ups of handled inbound events


class SlackNotifier:
    """Delivers what the database says Slack users should see; call from a background loop."""

    def __init__(self, container: Container, api: SlackApi | None = None, deps: SlackDeps | None = None) -> None:
        """`deps`: the HTTP app's (`app.state.slack`), so swept events share its per-conversation locks."""
        self.container = container
        self.api = api or (deps.api if deps is not None else SlackApi(make_client(container.settings)))
        self.deps = deps or SlackDeps(container=container, api=self.api)
        self._pruned_at = 0.0

    def deliver_pending(self, limit: int = 50) -> int:
        """Post undelivered outbox rows of channel "slack" as DMs; returns how many were delivered."""
        with Session(self.container.engine) as session:
            ids = [n.id for n in notifications.pending(session, channel="slack", limit=limit) if n.id is not None]
        delivered = 0
        for note_id in ids:
            note = self._claim(note_id)
            if note is None:
                continue  # another loop has it
            result = self.api.call("chat.postMessage", channel=note.user_id, text=note.text)
            if result.ok or result.permanent_for_recipient:
                delivered += result.ok
                if not result.ok:
                    log.error("dropping Slack message %s for %s: %s", note_id, note.user_id, result.error)
                with Session(self.container.engine) as session:
                    notifications.delivered(session, note_id=note_id, error=result.error)
                    session.commit()
                continue
            with Session(self.container.engine) as session:
                notifications.release(session, note_id=note_id, error=result.error)
                session.commit()
            if _stop_batch(result):
                break
        return delivered

    def _claim(self, note_id: int) -> Notification | None:
        with Session(self.container.engine, expire_on_commit=False) as session:
            note = notifications.claim(session, note_id=note_id)
            session.commit()
            return note

    def sweep_inbox(self, limit: int = 20, now: datetime | None = None) -> int:
        """Handle inbound Slack events a dead or failed handler left open; returns how many were handled."""
        handled = slack_inbox.sweep(self.deps, now=now, limit=limit)
        if time.monotonic() - self._pruned_at >= PRUNE_EVERY:
            self._pruned_at = time.monotonic()
            with Session(self.container.engine) as session:
                removed = inbox.prune(session)
                session.commit()
            if removed:
                log.info("removed %s handled inbound events older than a week", removed)
        return handled

    def post_review_cards(self, limit: int = 20) -> int:
        """Post each newly triaged idea to AIPMO_SLACK_REVIEW_CHANNEL once; returns how many were posted."""
        channel = self.container.settings.slack_review_channel
        if not channel:
            return 0
        with Session(self.container.engine) as session:
            # The latest triage of every idea waiting for review: a re-triage (e.g. after "ask back") gets a new card.
            latest = session.exec(select(col(AuditEvent.use_case_id), func.max(AuditEvent.id)).join(
                UseCase, col(UseCase.id) == col(AuditEvent.use_case_id)).where(
                AuditEvent.action == "triaged", UseCase.status == UseCaseStatus.triaged).group_by(
                col(AuditEvent.use_case_id))).all()
            keys = {f"review:{idea_id}:{audit_id}": idea_id for idea_id, audit_id in latest}
            done = set(session.exec(select(ProcessedEvent.event_id).where(
                ProcessedEvent.source == REVIEW_SOURCE, col(ProcessedEvent.event_id).in_(list(keys)))).all())
        posted = 0
        for key, idea_id in sorted(keys.items(), key=lambda item: item[1]):
            if posted >= limit:
                break
            if key in done:
                continue
            with Session(self.container.engine) as session:
                fresh = mark_event_processed(session, source=REVIEW_SOURCE, event_id=key)
                session.commit()
            if not fresh:
                continue  # another loop posted it meanwhile
            result = self._post_card(channel, idea_id)
            if result.ok or result.permanent_for_recipient:
                posted += result.ok
                continue
            self._unmark(key)
            if _stop_batch(result):
                break
        return posted

    def _post_card(self, channel: str, idea_id: int) -> ApiResult:
        with Session(self.container.engine) as session:
            use_case = repository.get_use_case(session, idea_id=idea_id)
            submitter = repository.submitter_of(session, use_case=use_case)
            who = escape(submitter.display_name or submitter.channel_user_id) if submitter else None
            if submitter is not None and submitter.channel == "slack":
                who = f"<@{submitter.channel_user_id}>"
            blocks, text = review_blocks(use_case, submitter=who), review_text(use_case)
        return self.api.call("chat.postMessage", channel=channel, text=text, blocks=blocks, unfurl_links=False)

    def _unmark(self, key: str) -> None:
        with Session(self.container.engine) as session:
            session.exec(delete(ProcessedEvent).where(col(ProcessedEvent.source) == REVIEW_SOURCE,
                                                      col(ProcessedEvent.event_id) == key))
            session.commit()

    def run_once(self) -> int:
        return self.sweep_inbox() + self.post_review_cards() + self.deliver_pending()

    def run_forever(self, stop: threading.Event, poll_seconds: float = 2.0) -> None:
        """The background loop: inbox sweep, review cards and outbox, until `stop` is set."""
        while not stop.is_set():
            try:
                busy = self.run_once() > 0
            except Exception:  # noqa: BLE001 - the database or Slack may be briefly away; keep looping
                log.exception("Slack notifier loop error")
                busy = False
            if not busy:
                stop.wait(poll_seconds)


def _stop_batch(result: ApiResult) -> bool:
    """Errors that will hit every following message too: stop and try again next round."""
    return result.token_problem or result.error in ("ratelimited", "connection_error")
