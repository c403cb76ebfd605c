"""The reviewer dashboard: the portfolio, one idea with its grounded triage, and decision forms.

Server-rendered (Jinja2, no build step). The reviewer is the user an SSO proxy names in
`X-Forwarded-User`; in local mode, without a proxy, the form may name the reviewer instead.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Form, Header, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlmodel import Session, select

from core.settings import Mode
from portfolio import repository
from portfolio.models import UseCase
from portfolio.similar import similar_use_cases
from portfolio.status import UseCaseStatus
from triage import review

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def _kpis(session: Session) -> dict[str, Counter[str]]:
    rows = session.exec(select(UseCase.status, UseCase.tier, UseCase.quadrant)).all()
    return {"status": Counter(str(r[0]) for r in rows), "tier": Counter(r[1] or "untriaged" for r in rows),
            "quadrant": Counter(r[2] for r in rows if r[2])}


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(request: Request, status: str = "", tier: str = "", quadrant: str = "", text: str = "",
              offset: int = 0) -> Response:
    engine = request.app.state.container.engine
    with Session(engine) as session:
        items, total = repository.list_use_cases(
            session, status=UseCaseStatus(status) if status in UseCaseStatus.__members__ else None,
            tier=tier or None, quadrant=quadrant or None, text=text or None, offset=max(0, offset), limit=50)
        kpis = _kpis(session)
    return templates.TemplateResponse(request, "dashboard.html", {
        "items": items, "total": total, "kpis": kpis, "offset": offset,
        "filters": {"status": status, "tier": tier, "quadrant": quadrant, "text": text},
        "statuses": [s.value for s in UseCaseStatus]})


@router.get("/dashboard/ideas/{idea_id}", response_class=HTMLResponse)
def idea_page(request: Request, idea_id: int, message: str = "",
              user: Annotated[str | None, Header(alias="X-Forwarded-User")] = None) -> Response:
    container = request.app.state.container
    with Session(container.engine) as session:
        idea = repository.get_use_case(session, idea_id=idea_id)
        audit = repository.audit_trail(session, idea_id=idea_id)
        similar = similar_use_cases(session, index=container.idea_index, text=repository.similarity_text(idea),
                                    k=5, exclude=idea_id)
    triage = idea.triage_draft or {}
    return templates.TemplateResponse(request, "idea.html", {
        "idea": idea, "triage": triage, "final": idea.triage_final or {}, "audit": audit, "message": message,
        "similar": similar,
        "user": user, "local": container.settings.mode is Mode.local,
        "decisions": [d.value for d in review.Decision]})


@router.post("/dashboard/ideas/{idea_id}/decision")
def decide_from_form(request: Request, idea_id: int, decision: Annotated[review.Decision, Form()],
                     reason: Annotated[str, Form(max_length=4000)] = "", merge_into: Annotated[str, Form()] = "",
                     reviewer: Annotated[str, Form(max_length=200)] = "",
                     user: Annotated[str | None, Header(alias="X-Forwarded-User")] = None) -> Response:
    container = request.app.state.container
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.url.netloc:  # a form posted from another site
        return _back(idea_id, "Decisions can only be made from this dashboard.")
    who = user or (reviewer.strip() if container.settings.mode is Mode.local else "")
    try:
        target = int(merge_into) if merge_into.strip() else None
    except ValueError:
        return _back(idea_id, "Merge target must be an idea number.")
    if not who:
        return _back(idea_id, "Sign in through the company proxy to decide (no reviewer identity).")
    with Session(container.engine, expire_on_commit=False) as session:
        try:
            review.decide(session, idea_id=idea_id, decision=decision, reviewer=f"web:{who}",
                          reviewer_ids=container.settings.reviewer_ids, reason=reason, merge_into=target)
            session.commit()
        except (review.NotAReviewer, review.InvalidDecision, ValueError) as exc:
            session.rollback()
            return _back(idea_id, str(exc))
    return _back(idea_id, f"Decision recorded: {decision.value}.")


def _back(idea_id: int, message: str) -> RedirectResponse:
    return RedirectResponse(f"/dashboard/ideas/{idea_id}?message={quote(message)}", status_code=303)
