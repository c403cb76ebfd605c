"""Shared state that must outlive a process: conversation state and processed channel events.

Kept in the database (never in memory) so any replica can serve the next request.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from portfolio.models import ConversationState, ProcessedEvent, utcnow


def load_conversation(session: Session, *, channel: str, user_id: str, conversation: str) -> dict[str, Any] | None:
    row = session.exec(select(ConversationState).where(
        ConversationState.channel == channel, ConversationState.user_id == user_id,
        ConversationState.conversation == conversation)).first()
    return dict(row.state) if row else None


def save_conversation(session: Session, *, channel: str, user_id: str, conversation: str,
                      state: dict[str, Any]) -> None:
    row = session.exec(select(ConversationState).where(
        ConversationState.channel == channel, ConversationState.user_id == user_id,
        ConversationState.conversation == conversation)).first()
    if row is None:
        row = ConversationState(channel=channel, user_id=user_id, conversation=conversation, state=state)
    else:
        row.state = dict(state)
        row.updated_at = utcnow()
    session.add(row)


def mark_event_processed(session: Session, *, source: str, event_id: str) -> bool:
    """Record a channel event id; False when it was already there (a retry to ignore)."""
    try:
        with session.begin_nested():
            session.add(ProcessedEvent(source=source, event_id=event_id))
            session.flush()
    except IntegrityError:
        return False
    return True
