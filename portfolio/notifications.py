"""The outbox of messages for people in their channel, delivered by that channel's notifier.

A notifier that posts to a remote API `claim`s a row first (a lease, by conditional UPDATE, so
several notifier loops post each message once), then marks it `delivered` or `release`s it. If the
notifier dies in between, the lease runs out and the row is pending again: a message is posted at
least once, never lost. Channels that read their messages in-process (web, CLI) use `pending` and
`mark_delivered` directly.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, or_, update
from sqlmodel import Session, col, select

from portfolio.models import Notification, utcnow

LEASE = timedelta(seconds=120)  # longer than one post with the client's retries (429 Retry-After included)


def notify(session: Session, *, channel: str, user_id: str, kind: str, text: str, idea_id: int | None = None) -> None:
    session.add(Notification(channel=channel, user_id=user_id, kind=kind, text=text, idea_id=idea_id))


def _unclaimed(now: datetime) -> ColumnElement[bool]:
    return or_(col(Notification.claimed_until).is_(None), col(Notification.claimed_until) < now)


def pending(session: Session, *, channel: str, user_id: str | None = None, limit: int = 50,
            now: datetime | None = None) -> list[Notification]:
    """Undelivered messages of a channel (optionally one user) nobody is posting right now, oldest first."""
    query = select(Notification).where(Notification.channel == channel, col(Notification.delivered_at).is_(None),
                                       _unclaimed(now or utcnow()))
    if user_id is not None:
        query = query.where(Notification.user_id == user_id)
    return list(session.exec(query.order_by(col(Notification.id)).limit(limit)).all())


def claim(session: Session, *, note_id: int, now: datetime | None = None) -> Notification | None:
    """Lease one undelivered message for posting; None when another notifier has it or it went out."""
    now = now or utcnow()
    taken = session.execute(
        update(Notification)
        .where(col(Notification.id) == note_id, col(Notification.delivered_at).is_(None), _unclaimed(now))
        .values(claimed_until=now + LEASE, attempts=col(Notification.attempts) + 1)
        .execution_options(synchronize_session=False))
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        return None
    return session.get(Notification, note_id, populate_existing=True)


def delivered(session: Session, *, note_id: int, error: str | None = None, now: datetime | None = None) -> None:
    """The message went out (or, with `error`, was dropped for good: the recipient is gone)."""
    session.execute(update(Notification).where(col(Notification.id) == note_id)
                    .values(delivered_at=now or utcnow(), claimed_until=None, last_error=error and error[:200])
                    .execution_options(synchronize_session=False))


def release(session: Session, *, note_id: int, error: str | None = None) -> None:
    """Posting failed for a reason that may pass: pending again right away."""
    session.execute(update(Notification)
                    .where(col(Notification.id) == note_id, col(Notification.delivered_at).is_(None))
                    .values(claimed_until=None, last_error=error and error[:200])
                    .execution_options(synchronize_session=False))


def mark_delivered(session: Session, *, notifications: list[Notification]) -> None:
    now = utcnow()
    for note in notifications:
        note.delivered_at = now
        note.claimed_until = None
        session.add(note)
