"""Repository functions for use cases, submitters and the audit trail.

Keyword-only arguments, the session passed in; callers own the transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, or_, update
from sqlmodel import Session, col, select

from portfolio.models import AuditEvent, DuplicateLink, Submitter, UseCase, utcnow
from portfolio.status import IllegalTransition, UseCaseStatus, check_transition

DESCRIBED_FIELDS = ("title", "problem", "solution", "affected", "department", "data_used", "personal_data",
                    "benefit")


def similarity_text(fields: Any) -> str:
    """The text two ideas are compared on (a record or a chat draft): what it is about, not who wrote it."""
    return " ".join(p for p in (fields.title, fields.problem, fields.solution) if p)


class NotFound(LookupError):
    """No record with that id."""


def get_or_create_submitter(session: Session, *, channel: str, user_id: str, display_name: str | None = None,
                            language: str | None = None) -> Submitter:
    found = session.exec(
        select(Submitter).where(Submitter.channel == channel, Submitter.channel_user_id == user_id)
    ).first()
    if found is None:
        found = Submitter(channel=channel, channel_user_id=user_id, display_name=display_name,
                          language=language or "en")
        session.add(found)
        session.flush()
    else:
        if display_name and found.display_name != display_name:
            found.display_name = display_name
        if language and found.language != language:
            found.language = language
    return found


LIMITS = {"title": 200, "department": 100}


def _fit(values: Mapping[str, Any]) -> dict[str, Any]:
    """Cut free text to the column sizes, so a long chat answer or CSV cell never blocks filing."""
    return {k: (v[: LIMITS[k]] if isinstance(v, str) and k in LIMITS else v) for k, v in values.items()}


def create_use_case(session: Session, *, fields: Mapping[str, Any], submitter: Submitter | None, channel: str,
                    language: str = "en", status: UseCaseStatus = UseCaseStatus.submitted, actor: str,
                    source_key: str | None = None) -> UseCase:
    """Store a new idea and its `created` audit event in the caller's transaction."""
    values: dict[str, Any] = _fit({k: fields.get(k) for k in DESCRIBED_FIELDS if fields.get(k) is not None})
    values["title"] = (str(values.get("title") or "").strip() or "Untitled idea")[:200]
    use_case = UseCase.model_validate({**values, "channel": channel, "language": language, "status": status,
                                       "submitter_id": submitter.id if submitter else None,
                                       "source_key": source_key})
    session.add(use_case)
    session.flush()
    assert use_case.id is not None
    session.add(AuditEvent(use_case_id=use_case.id, actor=actor, action="created", to_status=status.value))
    return use_case


def update_fields(session: Session, *, use_case: UseCase, fields: Mapping[str, Any], actor: str) -> UseCase:
    """Change described fields (e.g. a draft the submitter completes), audited with the old values."""
    changed: dict[str, Any] = {}
    fields = _fit(fields)
    for key in DESCRIBED_FIELDS:
        if key in fields and fields[key] is not None and getattr(use_case, key) != fields[key]:
            changed[key] = {"old": getattr(use_case, key), "new": fields[key]}
            setattr(use_case, key, fields[key])
    if changed:
        use_case.updated_at = utcnow()
        assert use_case.id is not None
        session.add(AuditEvent(use_case_id=use_case.id, actor=actor, action="edited", payload=changed))
    return use_case


def get_use_case(session: Session, *, idea_id: int) -> UseCase:
    use_case = session.get(UseCase, idea_id)
    if use_case is None:
        raise NotFound(f"idea {idea_id} not found")
    return use_case


def list_use_cases(session: Session, *, status: UseCaseStatus | None = None, tier: str | None = None,
                   quadrant: str | None = None, department: str | None = None, text: str | None = None,
                   submitter_id: int | None = None, offset: int = 0, limit: int = 50,
                   ) -> tuple[list[UseCase], int]:
    """A filtered page of the portfolio, newest first, with the total number of matches."""
    query = select(UseCase)
    if status is not None:
        query = query.where(UseCase.status == status)
    if tier:
        query = query.where(UseCase.tier == tier)
    if quadrant:
        query = query.where(UseCase.quadrant == quadrant)
    if department:
        query = query.where(func.lower(col(UseCase.department)) == department.lower())
    if submitter_id is not None:
        query = query.where(UseCase.submitter_id == submitter_id)
    if text:
        pattern = f"%{text.lower()}%"
        query = query.where(or_(*(func.lower(col(getattr(UseCase, f))).like(pattern)
                                  for f in ("title", "problem", "solution", "affected", "benefit"))))
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    page = session.exec(query.order_by(col(UseCase.id).desc()).offset(offset).limit(limit)).all()
    return list(page), int(total)


def transition(session: Session, *, use_case: UseCase, to: UseCaseStatus, actor: str, action: str | None = None,
               reason: str | None = None, payload: dict[str, Any] | None = None) -> AuditEvent:
    """Move a use case to `to` if the status machine allows it, and audit the move."""
    current = UseCaseStatus(use_case.status)
    check_transition(current, to, use_case.id)
    assert use_case.id is not None
    session.flush()
    # Compare-and-set: of two decisions racing on the same idea, only the first one moves it.
    moved = session.execute(
        update(UseCase).where(col(UseCase.id) == use_case.id, col(UseCase.status) == current.value)
        .values(status=to.value, updated_at=utcnow()).execution_options(synchronize_session=False))
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(use_case)
        raise IllegalTransition(UseCaseStatus(use_case.status), to, use_case.id)
    use_case.status = to
    use_case.updated_at = utcnow()
    audit = AuditEvent(use_case_id=use_case.id, actor=actor, action=action or f"status:{to.value}",
                       from_status=current.value, to_status=to.value, reason=reason, payload=payload)
    session.add(audit)
    session.add(use_case)
    return audit


def audit_trail(session: Session, *, idea_id: int) -> list[AuditEvent]:
    return list(session.exec(
        select(AuditEvent).where(AuditEvent.use_case_id == idea_id).order_by(col(AuditEvent.id))
    ).all())


def link_duplicate(session: Session, *, use_case_id: int, duplicate_of_id: int, score: float) -> None:
    exists = session.exec(select(DuplicateLink).where(DuplicateLink.use_case_id == use_case_id,
                                                      DuplicateLink.duplicate_of_id == duplicate_of_id)).first()
    if exists is None:
        session.add(DuplicateLink(use_case_id=use_case_id, duplicate_of_id=duplicate_of_id, score=score))


def record_triage(session: Session, *, use_case: UseCase, result: Mapping[str, Any], actor: str,
                  needs_retriage: bool = False) -> None:
    """Store an engine's draft; the effective labels follow it unless a reviewer has overridden them."""
    use_case.triage_draft = dict(result)
    use_case.needs_retriage = needs_retriage
    use_case.triage_error = None
    effective = {**result, **(use_case.triage_final or {})}
    use_case.tier = effective.get("tier")
    use_case.quadrant = effective.get("quadrant")
    use_case.horizon = effective.get("horizon")
    use_case.effort = (effective.get("effort") or {}).get("value")
    use_case.benefit_score = (effective.get("benefit") or {}).get("value")
    use_case.confidence = effective.get("confidence")
    if UseCaseStatus(use_case.status) in (UseCaseStatus.submitted, UseCaseStatus.triaged):
        transition(session, use_case=use_case, to=UseCaseStatus.triaged, actor=actor, action="triaged",
                   payload={"tier": result.get("tier"), "engine": result.get("engine")})
    else:
        use_case.updated_at = utcnow()
        assert use_case.id is not None
        session.add(AuditEvent(use_case_id=use_case.id, actor=actor, action="retriaged",
                               payload={"tier": result.get("tier"), "engine": result.get("engine")}))
    session.add(use_case)


def submitter_of(session: Session, *, use_case: UseCase) -> Submitter | None:
    return session.get(Submitter, use_case.submitter_id) if use_case.submitter_id else None


def add_audit(session: Session, *, use_case_id: int, actor: str, action: str, reason: str | None = None,
              payload: dict[str, Any] | None = None) -> None:
    session.add(AuditEvent(use_case_id=use_case_id, actor=actor, action=action, reason=reason, payload=payload))
