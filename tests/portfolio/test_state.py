import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from portfolio import state

pytestmark = pytest.mark.db


def test_conversation_state_round_trips_and_is_keyed_by_channel_user_conversation(engine: Engine) -> None:
    with Session(engine) as s:
        state.save_conversation(s, channel="web", user_id="u1", conversation="c1", state={"step": "ask", "n": 1})
        state.save_conversation(s, channel="slack", user_id="u1", conversation="c1", state={"step": "other"})
        s.commit()
    with Session(engine) as s:  # a new session stands in for another replica
        assert state.load_conversation(s, channel="web", user_id="u1", conversation="c1") == {"step": "ask", "n": 1}
        state.save_conversation(s, channel="web", user_id="u1", conversation="c1", state={"step": "summary"})
        s.commit()
    with Session(engine) as s:
        assert state.load_conversation(s, channel="web", user_id="u1", conversation="c1") == {"step": "summary"}
        assert state.load_conversation(s, channel="web", user_id="u2", conversation="c1") is None


def test_a_channel_event_is_processed_once(engine: Engine) -> None:
    with Session(engine) as s:
        assert state.mark_event_processed(s, source="slack", event_id="Ev1") is True
        assert state.mark_event_processed(s, source="slack", event_id="Ev1") is False
        assert state.mark_event_processed(s, source="teams", event_id="Ev1") is True
        s.commit()
    with Session(engine) as s:
        assert state.mark_event_processed(s, source="slack", event_id="Ev1") is False



def test_a_processed_event_mark_rolls_back_with_its_transaction(engine: Engine) -> None:
    with Session(engine) as s:
        assert state.mark_event_processed(s, source="slack", event_id="EvRollback") is True
        s.rollback()
    with Session(engine) as s:
        assert state.mark_event_processed(s, source="slack", event_id="EvRollback") is True
