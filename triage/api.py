"""Review endpoints: decisions and overrides by reviewers.

The reviewer is the user an SSO proxy in front of aipmo names in `X-Forwarded-User` (e.g.
oauth2-proxy); it must be listed in AIPMO_REVIEWERS as `web:<user>`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, Field

from portfolio.api import SessionDep
from portfolio.models import UseCasePublic
from triage import review
from triage.result import Tier

router = APIRouter(prefix="/api/ideas", tags=["review"])
ReviewerHeader = Annotated[str, Header(alias="X-Forwarded-User", min_length=1, max_length=200)]


class DecisionIn(BaseModel):
    decision: review.Decision
    reason: Annotated[str | None, Field(max_length=4000)] = None
    merge_into: int | None = None


class OverrideIn(BaseModel):
    reason: Annotated[str, Field(min_length=1, max_length=4000)]
    tier: Tier | None = None
    effort: Annotated[int | None, Field(ge=1, le=5)] = None
    benefit: Annotated[int | None, Field(ge=1, le=5)] = None


@router.post("/{idea_id}/decision", response_model=UseCasePublic)
def decide(idea_id: int, body: DecisionIn, session: SessionDep, request: Request,
           user: ReviewerHeader) -> UseCasePublic:
    settings = request.app.state.container.settings
    use_case = review.decide(session, idea_id=idea_id, decision=body.decision, reviewer=f"web:{user}",
                             reviewer_ids=settings.reviewer_ids, reason=body.reason, merge_into=body.merge_into)
    session.commit()
    return UseCasePublic.model_validate(use_case, from_attributes=True)


@router.post("/{idea_id}/override", response_model=UseCasePublic)
def override(idea_id: int, body: OverrideIn, session: SessionDep, request: Request,
             user: ReviewerHeader) -> UseCasePublic:
    settings = request.app.state.container.settings
    use_case = review.override(session, idea_id=idea_id, reviewer=f"web:{user}", reviewer_ids=settings.reviewer_ids,
                               reason=body.reason, tier=body.tier, effort=body.effort, benefit=body.benefit)
    session.commit()
    return UseCasePublic.model_validate(use_case, from_attributes=True)
