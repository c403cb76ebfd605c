"""Slack retries an event it thinks we missed (X-Slack-Retry-Num); we act on each event id once.

The id is recorded in the database (unique per source and id), so a retry that reaches another
replica, or arrives while the first delivery is still being handled, is ignored as well.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from portfolio.state import mark_event_processed

log = logging.getLogger(__name__)

SOURCE = "slack"


def first_delivery(engine: Engine, body: dict[str, Any]) -> bool:
    """True the first time an Events API envelope's `event_id` is seen; requests without one pass."""
    event_id = body.get("event_id")
    if not event_id:
        return True
    with Session(engine) as session:
        fresh = mark_event_processed(session, source=SOURCE, event_id=str(event_id))
        session.commit()
    if not fresh:
        log.info("ignoring Slack event %s: already handled (a retry)", event_id)
    return fresh
