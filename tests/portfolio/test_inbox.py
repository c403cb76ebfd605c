from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from portfolio import inbox
from portfolio.models import InboundEvent, utcnow

pytestmark = pytest.mark.db


def receive(s: Session, event_id: str = "Ev1", **kw: object) -> bool:
    return inbox.receive(s, source="slack", event_id=event_id, user_id="U1", conversation="dm", text="hi",
                         route={"channel": "D1"}, **kw)  # type: ignore[arg-type]


def test_the_insert_that_stores_an_event_also_deduplicates_it(engine: Engine) -> None:
    with Session(engine) as s:
        assert receive(s) is True
        assert receive(s) is False
        assert inbox.receive(s, source="teams", event_id="Ev1", user_id="U1", conversation="c") is True
        s.commit()
    with Session(engine) as s:
        assert receive(s) is False  # another replica, later
        assert inbox.open_in(s, source="slack", user_id="U1", conversation="dm")
        assert not inbox.open_in(s, source="slack", user_id="U1", conversation="C1:1.0")


def test_the_acking_replica_claims_once_and_the_sweeper_waits_for_its_lease(engine: Engine) -> None:
    now = utcnow()
    with Session(engine, expire_on_commit=False) as s:  # the replica that acked
        receive(s, now=now)
        assert inbox.due(s, source="slack", now=now) == []  # leased to the replica that acked it
        first = inbox.claim(s, source="slack", event_id="Ev1", first=True, now=now)
        assert first is not None and first.attempts == 1 and first.route == {"channel": "D1"}
        s.commit()
    with Session(engine, expire_on_commit=False) as s:  # another replica
        assert inbox.claim(s, source="slack", event_id="Ev1", first=True, now=now) is None
        assert inbox.claim(s, source="slack", event_id="Ev1", now=now) is None
        later = now + inbox.LEASE + timedelta(seconds=1)  # the first handler died
        assert inbox.due(s, source="slack", now=later) == ["Ev1"]
        second = inbox.claim(s, source="slack", event_id="Ev1", now=later)
        assert second is not None and second.attempts == 2
        s.commit()
    with Session(engine, expire_on_commit=False) as s:
        assert not inbox.done(s, event=first)  # the overtaken handler can no longer finish it
        assert inbox.answer(s, event=second, replies=[{"text": "ok"}], now=later)
        assert inbox.done(s, event=second, now=later)
        s.commit()
        assert inbox.due(s, source="slack", now=later + inbox.LEASE * 2) == []
        row = s.get(InboundEvent, second.id)
        assert row is not None and (row.state, row.replies, row.locked_until) == ("handled", [{"text": "ok"}], None)


def test_a_failed_attempt_is_retried_and_given_up_after_max_attempts(engine: Engine) -> None:
    now = utcnow()
    with Session(engine, expire_on_commit=False) as s:
        receive(s, now=now)
        event = inbox.claim(s, source="slack", event_id="Ev1", first=True, now=now)
        assert event is not None
        assert inbox.fail(s, event=event, error="boom", now=now) is False
        assert inbox.due(s, source="slack", now=now) == []
        for _ in range(inbox.MAX_ATTEMPTS - 1):
            now += timedelta(minutes=10)
            assert inbox.due(s, source="slack", now=now) == ["Ev1"]
            event = inbox.claim(s, source="slack", event_id="Ev1", now=now)
            assert event is not None
            gave_up = inbox.fail(s, event=event, error="boom", now=now)
        assert gave_up is True and event.attempts == inbox.MAX_ATTEMPTS
        s.commit()
        assert inbox.due(s, source="slack", now=now + timedelta(days=1)) == []
        row = s.get(InboundEvent, event.id, populate_existing=True)
        assert row is not None and (row.state, row.last_error) == ("failed", "boom")


def test_handled_events_are_pruned_after_the_retry_window(engine: Engine) -> None:
    old = utcnow() - timedelta(days=8)
    with Session(engine, expire_on_commit=False) as s:
        receive(s, "EvOld", now=old)
        receive(s, "EvOpen", now=old)
        event = inbox.claim(s, source="slack", event_id="EvOld", first=True, now=old)
        assert event is not None and inbox.done(s, event=event, now=old)
        assert inbox.prune(s) == 1
        s.commit()
        assert receive(s, "EvOpen") is False  # open (and failed) events stay
