from datetime import timedelta

import pytest
from sqlmodel import Session

from portfolio import jobs, repository
from portfolio.models import TriageJob, utcnow

pytestmark = pytest.mark.db


def new_idea(session: Session) -> int:
    uc = repository.create_use_case(session, fields={"title": "x"}, submitter=None, channel="cli", actor="cli")
    assert uc.id is not None
    return uc.id


def test_enqueue_is_idempotent_while_a_job_waits(session: Session) -> None:
    idea = new_idea(session)
    a = jobs.enqueue_triage(session, use_case_id=idea)
    b = jobs.enqueue_triage(session, use_case_id=idea)
    assert a.id == b.id and jobs.pending_count(session) == 1


def test_claim_leases_the_job_so_nobody_else_takes_it(session: Session) -> None:
    jobs.enqueue_triage(session, use_case_id=new_idea(session))
    job = jobs.claim_next(session)
    assert job is not None and job.state == "running" and job.attempts == 1
    assert jobs.claim_next(session) is None


def test_a_crashed_workers_job_is_reclaimed_after_the_lease(session: Session) -> None:
    jobs.enqueue_triage(session, use_case_id=new_idea(session))
    first = jobs.claim_next(session)
    assert first is not None
    later = utcnow() + jobs.LEASE + timedelta(seconds=1)
    again = jobs.claim_next(session, now=later)
    assert again is not None and again.id == first.id and again.attempts == 2


def test_failure_retries_with_backoff_then_gives_up_visibly(session: Session) -> None:
    idea = new_idea(session)
    jobs.enqueue_triage(session, use_case_id=idea)
    now = utcnow()
    for attempt in range(1, jobs.MAX_ATTEMPTS + 1):
        at = now + timedelta(hours=attempt)
        job = jobs.claim_next(session, now=at)
        assert job is not None and job.attempts == attempt
        jobs.fail(session, job=job, error="engine exploded", now=at)
        session.flush()
        if attempt < jobs.MAX_ATTEMPTS:
            assert job.state == "queued" and job.next_attempt_at == at + jobs.backoff(attempt)
    assert session.get(TriageJob, job.id).state == "failed"  # type: ignore[union-attr]
    uc = repository.get_use_case(session, idea_id=idea)
    assert uc.needs_retriage and "engine exploded" in (uc.triage_error or "")
