from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from knowledge.types import SimilarIdea
from portfolio import repository
from portfolio.similar import similar_use_cases
from portfolio.status import UseCaseStatus

pytestmark = pytest.mark.db


class ScriptedIndex:
    """A `SimilarityIndex` that answers every search with the given hits and records the calls."""

    threshold = 0.5

    def __init__(self, *hits: tuple[int, float]) -> None:
        self.hits = [SimilarIdea(idea_id=i, score=s) for i, s in hits]
        self.searches: list[tuple[str, int, int | None]] = []

    def add(self, idea_id: int, text: str) -> None: ...

    def remove(self, idea_id: int) -> None: ...

    def search(self, text: str, *, k: int = 5, exclude: int | None = None) -> list[SimilarIdea]:
        self.searches.append((text, k, exclude))
        return self.hits[:k]

    def score(self, a: str, b: str) -> float:
        return 0.0


def add(session: Session, title: str, status: UseCaseStatus = UseCaseStatus.submitted) -> int:
    uc = repository.create_use_case(session, fields={"title": title}, submitter=None, channel="web",
                                    status=status, actor="test")
    session.commit()
    assert uc.id is not None
    return uc.id


def rejected(session: Session, title: str) -> int:
    idea_id = add(session, title)
    uc = repository.get_use_case(session, idea_id=idea_id)
    repository.transition(session, use_case=uc, to=UseCaseStatus.triaged, actor="triage")
    repository.transition(session, use_case=uc, to=UseCaseStatus.rejected, actor="web:rita")
    session.commit()
    return idea_id


@pytest.fixture
def selects(engine: Engine) -> Iterator[list[str]]:
    """The SELECT statements run on `engine` while the test runs."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def test_records_come_back_best_first_in_one_query_of_any_status(session: Session, selects: list[str]) -> None:
    a, b = add(session, "Contract clauses"), rejected(session, "Clause finder")
    c = add(session, "Draft", UseCaseStatus.draft)
    index = ScriptedIndex((b, 0.93), (a, 0.81), (c, 0.62))
    selects.clear()
    found = similar_use_cases(session, index=index, text="find clauses", k=3)
    assert [(uc.id, uc.title, uc.status, score) for uc, score in found] == [
        (b, "Clause finder", UseCaseStatus.rejected, 0.93), (a, "Contract clauses", UseCaseStatus.submitted, 0.81),
        (c, "Draft", UseCaseStatus.draft, 0.62)]
    assert index.searches == [("find clauses", 3, None)]
    assert len(selects) == 1  # one query for all hits, not one per hit


def test_a_hit_whose_record_was_deleted_is_dropped(session: Session) -> None:
    a = add(session, "Contract clauses")
    gone = a + 1000  # still in the index, no longer in the database
    found = similar_use_cases(session, index=ScriptedIndex((gone, 0.99), (a, 0.7)), text="clauses")
    assert [(uc.id, score) for uc, score in found] == [(a, 0.7)]


def test_exclude_is_passed_to_the_index_and_enforced(session: Session) -> None:
    a, b = add(session, "Contract clauses"), add(session, "Clause finder")
    index = ScriptedIndex((a, 0.99), (b, 0.8))  # an index that ignores `exclude`
    found = similar_use_cases(session, index=index, text="clauses", k=5, exclude=a)
    assert [uc.id for uc, _ in found] == [b]
    assert index.searches == [("clauses", 5, a)]


def test_live_only_keeps_ideas_that_still_count(session: Session) -> None:
    live = add(session, "Submitted")
    draft = add(session, "Draft", UseCaseStatus.draft)
    gone = rejected(session, "Rejected")
    index = ScriptedIndex((draft, 0.95), (gone, 0.9), (live, 0.85))
    assert [uc.id for uc, _ in similar_use_cases(session, index=index, text="x", live_only=True)] == [live]
    assert [uc.id for uc, _ in similar_use_cases(session, index=index, text="x")] == [draft, gone, live]


def test_no_hits_means_no_query(session: Session, selects: list[str]) -> None:
    assert similar_use_cases(session, index=ScriptedIndex(), text="anything") == []
    assert selects == []
