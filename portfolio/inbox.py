"""The inbox of channel events: stored before the ack, handled after it, swept when a handler died.

A platform stops retrying an event once it has its ack, so the adapter writes the event here first,
in the insert that also deduplicates its id (a retry finds the row and is acked without a second
turn). The replica that acked handles it right away; if that replica dies or the handling fails,
the lease (`locked_until`) runs out and any replica's sweeper (`due` + `claim`) finishes it.

States: `received` (stored, not yet answered) → `answered` (the intake turn ran; its replies are
stored, so a re-run posts them instead of running the turn twice) → `handled`; `failed` after
`MAX_ATTEMPTS`. Every move is a conditional UPDATE fenced by the attempt number the handler
claimed, so a handler whose lease was taken over cannot overwrite the newer attempt.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from portfolio.models import InboundEvent, utcnow

log = logging.getLogger(__name__)

RECEIVED, ANSWERED, HANDLED, FAILED = "received", "answered", "handled", "failed"
OPEN = (RECEIVED, ANSWERED)
# Longer than one turn can take (an LLM extraction at worst: 3 attempts of 30 s plus Retry-After waits), so a
# slow handler that is still alive is not overtaken; a dead one's event is picked up this long after the ack.
# `answer` renews it, so posting the replies (with the Web API client's own retries) gets a fresh lease.
LEASE = timedelta(seconds=180)
MAX_ATTEMPTS = 5


def retry_delay(attempts: int) -> timedelta:
    """How long a failed attempt waits before the sweeper tries again: 30 s, 1, 2, 4 min (then it gives up)."""
    return timedelta(seconds=min(600, 15 * 2**attempts))


def receive(session: Session, *, source: str, event_id: str, user_id: str, conversation: str, kind: str = "message",
            text: str = "", button: str | None = None, display_name: str | None = None,
            route: dict[str, Any] | None = None, now: datetime | None = None) -> bool:
    """Store an event before acking it; False when it is already there (a retry: ack it, do nothing).

    The new row is leased to the replica storing it, which handles it right after the ack. One
    `INSERT ... ON CONFLICT DO NOTHING` on SQLite and PostgreSQL: this runs while Slack waits for its ack.
    """
    now = now or utcnow()
    row: dict[str, Any] = {"source": source, "event_id": event_id, "kind": kind, "user_id": user_id,
                           "conversation": conversation, "text": text, "button": button, "display_name": display_name,
                           "route": dict(route or {}), "state": RECEIVED, "attempts": 0, "created_at": now,
                           "locked_until": now + LEASE}
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
        stored = session.execute(insert(InboundEvent).values(**row)
                                 .on_conflict_do_nothing(index_elements=["source", "event_id"])
                                 .returning(col(InboundEvent.id)))
        return stored.first() is not None
    try:
        with session.begin_nested():
            session.add(InboundEvent(**row))
            session.flush()
    except IntegrityError:
        return False
    return True


def claim(session: Session, *, source: str, event_id: str, first: bool = False,
          now: datetime | None = None) -> InboundEvent | None:
    """Take an open event and lease it; None when someone else has it or it is done.

    `first`: the acking replica's own first attempt, which may start inside the lease `receive` set.
    Otherwise (the sweeper, a retry after a failure) only an expired lease can be taken.
    """
    now = now or utcnow()
    ours = col(InboundEvent.attempts) == 0 if first else col(InboundEvent.locked_until) < now
    taken = session.execute(
        update(InboundEvent)
        .where(col(InboundEvent.source) == source, col(InboundEvent.event_id) == event_id,
               col(InboundEvent.state).in_(OPEN), ours)
        .values(attempts=col(InboundEvent.attempts) + 1, locked_until=now + LEASE)
        .execution_options(synchronize_session=False))
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        return None
    return session.exec(select(InboundEvent).where(InboundEvent.source == source, InboundEvent.event_id == event_id)
                        .execution_options(populate_existing=True)).one()


def due(session: Session, *, source: str, now: datetime | None = None, limit: int = 20) -> list[str]:
    """Event ids of `source` whose handler died or failed (open, lease run out), oldest first."""
    now = now or utcnow()
    query = (select(InboundEvent.event_id)
             .where(InboundEvent.source == source, col(InboundEvent.state).in_(OPEN),
                    col(InboundEvent.locked_until) < now)
             .order_by(col(InboundEvent.id)).limit(limit))
    return list(session.exec(query).all())


def _move(session: Session, event: InboundEvent, **values: Any) -> bool:
    """Update the event if the attempt `event` was claimed with is still the current one."""
    moved = session.execute(
        update(InboundEvent)
        .where(col(InboundEvent.id) == event.id, col(InboundEvent.attempts) == event.attempts,
               col(InboundEvent.state).in_(OPEN))
        .values(**values).execution_options(synchronize_session=False))
    return bool(moved.rowcount == 1)  # type: ignore[attr-defined]


def answer(session: Session, *, event: InboundEvent, replies: list[dict[str, Any]],
           now: datetime | None = None) -> bool:
    """Keep the turn's replies before sending them; False when the lease was lost meanwhile."""
    now = now or utcnow()
    return _move(session, event, state=ANSWERED, replies=replies, locked_until=now + LEASE)


def done(session: Session, *, event: InboundEvent, now: datetime | None = None) -> bool:
    return _move(session, event, state=HANDLED, locked_until=None, handled_at=now or utcnow(), last_error=None)


def fail(session: Session, *, event: InboundEvent, error: str, now: datetime | None = None) -> bool:
    """Record a failed attempt: retried by the sweeper after `retry_delay`, or, after MAX_ATTEMPTS, given up
    (returns True then, for the caller to report)."""
    now = now or utcnow()
    if event.attempts >= MAX_ATTEMPTS:
        return _move(session, event, state=FAILED, locked_until=None, last_error=error[:2000])
    _move(session, event, locked_until=now + retry_delay(event.attempts), last_error=error[:2000])
    return False


def open_in(session: Session, *, source: str, user_id: str, conversation: str) -> bool:
    """Whether an event of this user and conversation is stored but not yet handled."""
    return session.exec(select(InboundEvent.id).where(
        InboundEvent.source == source, InboundEvent.user_id == user_id, InboundEvent.conversation == conversation,
        col(InboundEvent.state).in_(OPEN)).limit(1)).first() is not None


def prune(session: Session, *, older_than: timedelta = timedelta(days=7), now: datetime | None = None) -> int:
    """Delete handled events past the platforms' retry window; failed ones stay for an operator."""
    cutoff = (now or utcnow()) - older_than
    removed = session.execute(delete(InboundEvent).where(col(InboundEvent.state) == HANDLED,
                                                         col(InboundEvent.handled_at) < cutoff))
    return int(removed.rowcount or 0)  # type: ignore[attr-defined]


@dataclass
class _Pending:
    values: dict[str, Any]
    done: threading.Event = field(default_factory=threading.Event)
    fresh: bool = False
    error: BaseException | None = None


class GroupWriter:
    """Stores events for acks in group commits: a burst of 50 events costs a few commits, not 50.

    Each caller still waits until its own row is committed (durable before the ack); rows that
    arrive while a commit runs go into the next one. One writer thread per engine and process.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._queue: queue.SimpleQueue[_Pending] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="inbox-writer", daemon=True)
        self._thread.start()

    def receive(self, **values: Any) -> bool:
        """Like `receive`, committed: False when the event was already stored (a retry)."""
        pending = _Pending(values)
        self._queue.put(pending)
        if not pending.done.wait(timeout=30):
            raise TimeoutError("the inbox writer did not commit within 30 s")
        if pending.error is not None:
            raise pending.error
        return pending.fresh

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < 500:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                with Session(self._engine) as session:
                    for pending in batch:
                        pending.fresh = receive(session, **pending.values)
                    session.commit()
            except BaseException as exc:  # noqa: BLE001 - every waiting ack gets the error, none is acked
                log.exception("inbox group commit of %d events failed", len(batch))
                for pending in batch:
                    pending.error = exc
            finally:
                for pending in batch:
                    pending.done.set()


_writers: dict[int, GroupWriter] = {}
_writers_guard = threading.Lock()


def writer_for(engine: Engine) -> GroupWriter:
    """The process's group writer for this engine."""
    with _writers_guard:
        writer = _writers.get(id(engine))
        if writer is None:
            writer = _writers[id(engine)] = GroupWriter(engine)
        return writer
