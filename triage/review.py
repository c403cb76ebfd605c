"""The review workflow: only reviewers decide, every decision is audited and told to the submitter."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlmodel import Session

from portfolio import notifications, repository
from portfolio.models import UseCase
from portfolio.status import UseCaseStatus
from triage.notices import decision_notice
from triage.result import Tier, quadrant_for


class Decision(StrEnum):
    approve = "approve"
    reject = "reject"
    merge = "merge"
    ask_back = "ask_back"


TARGET = {Decision.approve: UseCaseStatus.approved, Decision.reject: UseCaseStatus.rejected,
          Decision.merge: UseCaseStatus.merged, Decision.ask_back: UseCaseStatus.needs_info}


class NotAReviewer(PermissionError):
    """The person is not configured as a reviewer (AIPMO_REVIEWERS)."""


class InvalidDecision(ValueError):
    """The decision is incomplete, e.g. a rejection without a reason."""


def is_reviewer(reviewer: str, reviewer_ids: frozenset[str]) -> bool:
    return reviewer in reviewer_ids


def decide(session: Session, *, idea_id: int, decision: Decision, reviewer: str, reviewer_ids: frozenset[str],
           reason: str | None = None, merge_into: int | None = None) -> UseCase:
    """Apply a reviewer's decision in the caller's transaction."""
    if not is_reviewer(reviewer, reviewer_ids):
        raise NotAReviewer(f"{reviewer} is not a reviewer; only reviewers can decide on ideas")
    reason = (reason or "").strip() or None
    if decision in (Decision.reject, Decision.ask_back) and not reason:
        raise InvalidDecision(f"a reason is required to {decision.value.replace('_', ' ')} an idea")
    use_case = repository.get_use_case(session, idea_id=idea_id)
    payload: dict[str, Any] = {}
    if decision is Decision.merge:
        if merge_into is None or merge_into == idea_id:
            raise InvalidDecision("merge needs the id of another idea to merge into")
        target = repository.get_use_case(session, idea_id=merge_into)
        assert target.id is not None
        if UseCaseStatus(target.status) in (UseCaseStatus.merged, UseCaseStatus.rejected, UseCaseStatus.draft):
            raise InvalidDecision(f"cannot merge into idea {target.id}: it is {target.status}")
        use_case.merged_into_id = target.id
        repository.link_duplicate(session, use_case_id=idea_id, duplicate_of_id=target.id, score=1.0)
        payload["merged_into"] = target.id
    repository.transition(session, use_case=use_case, to=TARGET[decision], actor=reviewer,
                          action=f"decision:{decision.value}", reason=reason, payload=payload or None)
    submitter = repository.submitter_of(session, use_case=use_case)
    if submitter is not None:
        notifications.notify(session, channel=submitter.channel, user_id=submitter.channel_user_id,
                             idea_id=idea_id, kind=f"decision:{decision.value}",
                             text=decision_notice(idea_id=idea_id, title=use_case.title,
                                                  decision=TARGET[decision].value, reason=reason,
                                                  lang=use_case.language, merged_into=merge_into))
    return use_case


def override(session: Session, *, idea_id: int, reviewer: str, reviewer_ids: frozenset[str], reason: str,
             tier: Tier | None = None, effort: int | None = None, benefit: int | None = None) -> UseCase:
    """A reviewer corrects the engine's draft; the draft stays, the final values are stored beside it."""
    if not is_reviewer(reviewer, reviewer_ids):
        raise NotAReviewer(f"{reviewer} is not a reviewer; only reviewers can override a triage")
    if not reason.strip():
        raise InvalidDecision("an override needs a reason")
    use_case = repository.get_use_case(session, idea_id=idea_id)
    draft = use_case.triage_draft or {}
    final: dict[str, Any] = dict(use_case.triage_final or {})
    if tier is not None:
        final["tier"] = tier.value
    for name, value in (("effort", effort), ("benefit", benefit)):
        if value is not None:
            if not 1 <= value <= 5:
                raise InvalidDecision(f"{name} must be between 1 and 5")
            final[name] = {"value": value, "rationale": f"reviewer: {reason}"}
    eff = (final.get("effort") or draft.get("effort") or {}).get("value")
    ben = (final.get("benefit") or draft.get("benefit") or {}).get("value")
    if eff and ben and ("effort" in final or "benefit" in final):  # the quadrant follows overridden scores only
        final["quadrant"] = quadrant_for(eff, ben).value
    use_case.triage_final = final
    use_case.tier = final.get("tier", use_case.tier)
    use_case.effort, use_case.benefit_score = eff, ben
    use_case.quadrant = final.get("quadrant", use_case.quadrant)
    session.add(use_case)
    repository.add_audit(session, use_case_id=idea_id, actor=reviewer, action="override", reason=reason,
                         payload={"draft": {k: draft.get(k) for k in final}, "final": final})
    return use_case



