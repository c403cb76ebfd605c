"""Proactive Slack messages: the submitter's outbox (triage done, decision taken) and review cards.

Both are driven from the database, so whichever replica runs the loop delivers them, and a Slack
outage only delays them. Each row is claimed before it is posted (a conditional update, or a
unique processed-event id for review cards) so two loops never post the same message twice, and
released again when Slack refuses it for a reason that may pass (rate limit, revoked token).
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import func, update
from sqlmodel import Session, col, delete, select

from bot.slack.api import ApiResult, SlackApi, make_client
from bot.slack.blocks import escape
from bot.slack.review_card import review_blocks, review_text
from core.wiring import Container
from portfolio import notifications, repository
from portfolio.models import AuditEvent, Notification, ProcessedEvent, UseCase, utcnow
from portfolio.state import mark_event_processed
from portfolio.status import UseCaseStatus

log = logging.getLogger(__name__)

REVIEW_SOURCE = "slack-review"


class SlackNotifier:
    """Delivers what the database says Slack users should see; call from a background loop."""

    def __init__(self, container: Container, api: SlackApi | None = None) -> None:
        self.container = container
        self.api = api or SlackApi(make_client(container.settings))

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
                continue
            self._release(note_id)
            if _stop_batch(result):
                break
        return delivered

    def _claim(self, note_id: int) -> Notification | None:
        with Session(self.container.engine, expire_on_commit=False) as session:
            claimed = session.execute(update(Notification).where(
                col(Notification.id) == note_id, col(Notification.delivered_at).is_(None)).values(
                delivered_at=utcnow()))
            session.commit()
            return session.get(Notification, note_id) if claimed.rowcount == 1 else None  # type: ignore[attr-defined]

    def _release(self, note_id: int) -> None:
        with Session(self.container.engine) as session:
            session.execute(update(Notification).where(col(Notification.id) == note_id).values(delivered_at=None))
            session.commit()

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
        return self.post_review_cards() + self.deliver_pending()

    def run_forever(self, stop: threading.Event, poll_seconds: float = 2.0) -> None:
        """The background loop: review cards and outbox, until `stop` is set."""
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
