"""The intake ports over the portfolio database and the real idea index."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from core.ports import IndexDuplicateFinder
from core.wiring import Container
from portfolio import repository
from portfolio.models import UseCase
from portfolio.status import UseCaseStatus

pytestmark = pytest.mark.db
TITLE = "Contract clause finder"
TEXT = f"{TITLE} Legal reads every supplier contract by hand to find the liability clauses."


def add(session: Session, status: str) -> UseCase:
    return repository.create_use_case(session, fields={"title": TITLE}, submitter=None, channel="web",
                                      status=UseCaseStatus(status), actor="test")


def test_the_duplicate_finder_offers_only_live_ideas(container: Container) -> None:
    with Session(container.engine, expire_on_commit=False) as s:
        live, draft, rejected = (add(s, status) for status in ("submitted", "draft", "submitted"))
        repository.transition(s, use_case=rejected, to=UseCaseStatus.triaged, actor="triage")
        repository.transition(s, use_case=rejected, to=UseCaseStatus.rejected, actor="web:rita")
        s.commit()
    ids = [uc.id for uc in (live, draft, rejected) if uc.id is not None]
    for idea_id in [*ids, max(ids) + 100]:  # the last one is indexed but has no record
        container.idea_index.add(idea_id, TEXT)
    found = IndexDuplicateFinder(container.engine, lambda: container.idea_index).similar(TEXT)
    assert [(i, title) for i, title, _ in found] == [(live.id, TITLE)] and found[0][2] >= 0.5
