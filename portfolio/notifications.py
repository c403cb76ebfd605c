"""The outbox of messages for people in their channel, delivered by that channel's notifier."""

from __future__ import annotations

from sqlmodel import Session, col, select

from portfolio.models import Notification, utcnow


def notify(session: Session, *, channel: str, user_id: str, kind: str, text: str, idea_id: int | None = None) -> None:
    session.add(Notification(channel=channel, user_id=user_id, kind=kind, text=text, idea_id=idea_id))


def pending(session: Session, *, channel: str, user_id: str | None = None, limit: int = 50) -> list[Notification]:
    """Undelivered messages of a channel (optionally one user), oldest first."""
    query = select(Notification).where(Notification.channel == channel, col(Notification.delivered_at).is_(None))
    if user_id is not None:
        query = query.where(Notification.user_id == user_id)
    return list(session.exec(query.order_by(col(Notification.id)).limit(limit)).all())


def mark_delivered(session: Session, *, notifications: list[Notification]) -> None:
    now = utcnow()
    for note in notifications:
        note.delivered_at = now
        session.add(note)
