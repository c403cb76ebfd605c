import pytest
from sqlmodel import Session

from portfolio import notifications, repository
from portfolio.status import IllegalTransition, UseCaseStatus
from triage import review
from triage.result import Tier

pytestmark = pytest.mark.db
REVIEWERS = frozenset({"web:rita", "slack:URITA"})


def triaged_idea(session: Session, title: str = "Contract clause finder", lang: str = "en") -> int:
    submitter = repository.get_or_create_submitter(session, channel="web", user_id="anna", language=lang)
    uc = repository.create_use_case(session, fields={"title": title}, submitter=submitter, channel="web",
                                    language=lang, actor="web:anna")
    repository.record_triage(session, use_case=uc, actor="triage:offline", result={
        "tier": "minimal", "quadrant": "quick_win", "horizon": "H1", "confidence": 0.8,
        "effort": {"value": 2, "rationale": "r"}, "benefit": {"value": 4, "rationale": "r"}, "engine": "offline"})
    session.commit()
    assert uc.id is not None
    return uc.id


def test_reviewer_approves_and_the_submitter_is_told(session: Session) -> None:
    idea = triaged_idea(session)
    review.decide(session, idea_id=idea, decision=review.Decision.approve, reviewer="web:rita",
                  reviewer_ids=REVIEWERS, reason="Clear value, low risk")
    session.commit()
    uc = repository.get_use_case(session, idea_id=idea)
    assert uc.status == UseCaseStatus.approved
    last = repository.audit_trail(session, idea_id=idea)[-1]
    assert (last.actor, last.action, last.from_status, last.reason) == (
        "web:rita", "decision:approve", "triaged", "Clear value, low risk")
    [note] = notifications.pending(session, channel="web", user_id="anna")
    assert f"#{idea}" in note.text and "approved" in note.text and "Clear value" in note.text


def test_a_non_reviewer_cannot_decide_and_nothing_changes(session: Session) -> None:
    idea = triaged_idea(session)
    with pytest.raises(review.NotAReviewer):
        review.decide(session, idea_id=idea, decision=review.Decision.approve, reviewer="web:anna",
                      reviewer_ids=REVIEWERS)
    session.rollback()
    assert repository.get_use_case(session, idea_id=idea).status == UseCaseStatus.triaged


def test_reject_and_ask_back_need_a_reason_and_tell_it_in_the_submitters_language(session: Session) -> None:
    idea = triaged_idea(session, lang="de")
    with pytest.raises(review.InvalidDecision, match="reason"):
        review.decide(session, idea_id=idea, decision=review.Decision.reject, reviewer="web:rita",
                      reviewer_ids=REVIEWERS, reason="  ")
    review.decide(session, idea_id=idea, decision=review.Decision.ask_back, reviewer="web:rita",
                  reviewer_ids=REVIEWERS, reason="Welche Daten genau?")
    session.commit()
    [note] = notifications.pending(session, channel="web", user_id="anna")
    assert "braucht noch Informationen" in note.text and "Welche Daten genau?" in note.text


def test_merge_links_the_duplicate_and_a_decided_idea_cannot_be_decided_again(session: Session) -> None:
    first, second = triaged_idea(session, "Invoice OCR"), triaged_idea(session, "Read invoices automatically")
    review.decide(session, idea_id=second, decision=review.Decision.merge, reviewer="slack:URITA",
                  reviewer_ids=REVIEWERS, merge_into=first)
    session.commit()
    uc = repository.get_use_case(session, idea_id=second)
    assert uc.status == UseCaseStatus.merged and uc.merged_into_id == first
    with pytest.raises(IllegalTransition, match="from 'merged' to 'approved'"):
        review.decide(session, idea_id=second, decision=review.Decision.approve, reviewer="web:rita",
                      reviewer_ids=REVIEWERS)
    with pytest.raises(review.InvalidDecision):
        review.decide(session, idea_id=first, decision=review.Decision.merge, reviewer="web:rita",
                      reviewer_ids=REVIEWERS, merge_into=first)


def test_override_keeps_the_draft_and_records_the_final_values(session: Session) -> None:
    idea = triaged_idea(session)
    review.override(session, idea_id=idea, reviewer="web:rita", reviewer_ids=REVIEWERS, reason="uses CVs",
                    tier=Tier.high, effort=4)
    session.commit()
    uc = repository.get_use_case(session, idea_id=idea)
    assert uc.triage_draft is not None and uc.triage_draft["tier"] == "minimal"
    assert uc.triage_final == {"tier": "high", "effort": {"value": 4, "rationale": "reviewer: uses CVs"},
                               "quadrant": "strategic_bet"}
    assert (uc.tier, uc.effort, uc.quadrant) == ("high", 4, "strategic_bet")
    last = repository.audit_trail(session, idea_id=idea)[-1]
    assert last.action == "override" and last.payload["draft"]["tier"] == "minimal"  # type: ignore[index]


def test_a_tier_only_override_leaves_the_quadrant_to_the_scores(session: Session) -> None:
    idea = triaged_idea(session)
    review.override(session, idea_id=idea, reviewer="web:rita", reviewer_ids=REVIEWERS, reason="biometrics",
                    tier=Tier.high)
    session.commit()
    assert repository.get_use_case(session, idea_id=idea).triage_final == {"tier": "high"}


def test_merging_into_an_idea_that_is_itself_merged_is_refused(session: Session) -> None:
    a, b, c = (triaged_idea(session, t) for t in ("A", "B", "C"))
    review.decide(session, idea_id=b, decision=review.Decision.merge, reviewer="web:rita", reviewer_ids=REVIEWERS,
                  merge_into=a)
    session.commit()
    with pytest.raises(review.InvalidDecision, match=f"cannot merge into idea {b}"):
        review.decide(session, idea_id=c, decision=review.Decision.merge, reviewer="web:rita",
                      reviewer_ids=REVIEWERS, merge_into=b)
