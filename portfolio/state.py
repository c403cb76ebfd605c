"""Shared state that must outlive a process: conversation state and processed channel events.

Kept in the database (never in memory) so any replica can serve the next request.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

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
    """Record a channel event id; False when it was already there (a retry to ignore).

    One `INSERT … ON CONFLICT DO NOTHING`, so the mark belongs to the caller's transaction on
    SQLite as on PostgreSQL (pysqlite would commit a SAVEPOINT on its own).
    """
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgresql_insert
    stored = session.execute(insert(ProcessedEvent).values(source=source, event_id=event_id, created_at=utcnow())
                             .on_conflict_do_nothing(index_elements=["source", "event_id"])
                             .returning(col(ProcessedEvent.id)))
    return stored.first() is not None
