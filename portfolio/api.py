"""REST API over the portfolio: list, show and audit trail of ideas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel
from sqlalchemy.engine import Engine
from sqlmodel import Session

from portfolio import repository
from portfolio.models import AuditEventPublic, UseCasePublic
from portfolio.similar import similar_use_cases
from portfolio.status import UseCaseStatus

router = APIRouter(prefix="/api", tags=["ideas"])


def db_session(request: Request) -> Iterator[Session]:
    """A session per request on the app's engine, committed when the handler succeeds."""
    engine: Engine = request.app.state.container.engine
    with Session(engine, expire_on_commit=False) as session:
        yield session
        session.commit()


SessionDep = Annotated[Session, Depends(db_session)]


class IdeaPage(BaseModel):
    items: list[UseCasePublic]
    total: int
    offset: int
    limit: int


class IdeaDetail(BaseModel):
    idea: UseCasePublic
    audit: list[AuditEventPublic]


@router.get("/ideas", response_model=IdeaPage)
def list_ideas(
    session: SessionDep,
    status: UseCaseStatus | None = None,
    tier: Annotated[str | None, Query(pattern="^(prohibited|high|limited|minimal)$")] = None,
    quadrant: Annotated[str | None, Query(pattern="^(quick_win|strategic_bet|fill_in|money_pit)$")] = None,
    department: Annotated[str | None, Query(max_length=100)] = None,
    text: Annotated[str | None, Query(max_length=200)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> IdeaPage:
    items, total = repository.list_use_cases(session, status=status, tier=tier, quadrant=quadrant,
                                             department=department, text=text, offset=offset, limit=limit)
    return IdeaPage(items=[UseCasePublic.model_validate(i, from_attributes=True) for i in items],
                    total=total, offset=offset, limit=limit)


class SimilarOut(BaseModel):
    id: int
    title: str
    status: str
    score: float


@router.get("/ideas/{idea_id}/similar", response_model=list[SimilarOut])
def similar_ideas(idea_id: int, session: SessionDep, request: Request) -> list[SimilarOut]:
    """Possible duplicates of an idea (same embeddings and threshold as intake), best first."""
    idea = repository.get_use_case(session, idea_id=idea_id)
    found = similar_use_cases(session, index=request.app.state.container.idea_index,
                              text=repository.similarity_text(idea), k=5, exclude=idea_id)
    return [SimilarOut(id=other.id, title=other.title, status=str(other.status), score=round(score, 3))
            for other, score in found if other.id is not None]


@router.get("/ideas/{idea_id}", response_model=IdeaDetail)
def show_idea(idea_id: int, session: SessionDep) -> IdeaDetail:
    idea = repository.get_use_case(session, idea_id=idea_id)
    audit = repository.audit_trail(session, idea_id=idea_id)
    return IdeaDetail(idea=UseCasePublic.model_validate(idea, from_attributes=True),
                      audit=[AuditEventPublic.model_validate(a, from_attributes=True) for a in audit])
