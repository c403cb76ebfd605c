from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from portfolio import notifications
from portfolio.models import Notification, utcnow

pytestmark = pytest.mark.db


def queued(engine: Engine) -> int:
    with Session(engine) as s:
        notifications.notify(s, channel="slack", user_id="U1", kind="triaged", text="Your idea #1 is triaged.")
        s.commit()
        [note] = notifications.pending(s, channel="slack")
        assert note.id is not None
        return note.id


def test_a_claimed_message_is_not_pending_until_its_lease_runs_out(engine: Engine) -> None:
    note_id, now = queued(engine), utcnow()
    with Session(engine) as s:
        claimed = notifications.claim(s, note_id=note_id, now=now)
        assert claimed is not None and claimed.attempts == 1
        assert notifications.claim(s, note_id=note_id, now=now) is None  # a second notifier
        assert notifications.pending(s, channel="slack", now=now) == []
        s.commit()
    later = now + notifications.LEASE + timedelta(seconds=1)  # the notifier died before posting
    with Session(engine) as s:
        assert [n.id for n in notifications.pending(s, channel="slack", now=later)] == [note_id]
        again = notifications.claim(s, note_id=note_id, now=later)
        assert again is not None and again.attempts == 2
        notifications.delivered(s, note_id=note_id)
        s.commit()
    with Session(engine) as s:
        assert notifications.pending(s, channel="slack", now=later + notifications.LEASE * 2) == []
        assert notifications.claim(s, note_id=note_id, now=later + notifications.LEASE * 2) is None
        row = s.get(Notification, note_id)
        assert row is not None and row.delivered_at is not None and row.claimed_until is None


def test_a_released_message_is_pending_again_at_once(engine: Engine) -> None:
    note_id = queued(engine)
    with Session(engine) as s:
        assert notifications.claim(s, note_id=note_id) is not None
        notifications.release(s, note_id=note_id, error="ratelimited")
        s.commit()
        [note] = notifications.pending(s, channel="slack")
        assert (note.id, note.last_error, note.attempts) == (note_id, "ratelimited", 1)
