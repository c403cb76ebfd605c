"""The persisted triage job queue: enqueue after intake, claim with a lease, retry with backoff.

A job whose worker died keeps its row; once the lease runs out another worker claims it, so a
crash mid-triage delays an idea but never loses it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_, update
from sqlmodel import Session, col, select

from portfolio.models import TriageJob, UseCase, utcnow

MAX_ATTEMPTS = 10  # 2 s … 10 min apart: about half an hour of outage before a job gives up
LEASE = timedelta(minutes=5)


def backoff(attempts: int) -> timedelta:
    """2, 4, 8, 16 ... seconds, capped at ten minutes."""
    return timedelta(seconds=min(600, 2**attempts))


def enqueue_triage(session: Session, *, use_case_id: int) -> TriageJob:
    """Queue a triage unless one is already waiting for this idea."""
    waiting = session.exec(select(TriageJob).where(TriageJob.use_case_id == use_case_id,
                                                   col(TriageJob.state).in_(("queued", "running")))).first()
    if waiting is not None:
        return waiting
    job = TriageJob(use_case_id=use_case_id)
    session.add(job)
    session.flush()
    return job


def claim_next(session: Session, *, now: datetime | None = None) -> TriageJob | None:
    """Take the oldest due job (queued, or running with an expired lease) and lease it.

    The lease is taken with a conditional UPDATE, so two workers racing for the same row on any
    database get it once; PostgreSQL additionally skips rows another worker has locked.
    """
    now = now or utcnow()
    due = or_(and_(col(TriageJob.state) == "queued", col(TriageJob.next_attempt_at) <= now),
              and_(col(TriageJob.state) == "running", col(TriageJob.locked_until) < now))
    query = select(TriageJob.id).where(due).order_by(col(TriageJob.next_attempt_at), col(TriageJob.id)).limit(1)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    job_id = session.exec(query).first()
    if job_id is None:
        return None
    taken = session.execute(
        update(TriageJob).where(col(TriageJob.id) == job_id, due)
        .values(state="running", attempts=col(TriageJob.attempts) + 1, locked_until=now + LEASE, updated_at=now)
        .execution_options(synchronize_session=False))
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        return None
    job = session.get(TriageJob, job_id, populate_existing=True)
    return job


def reload(session: Session, *, job: TriageJob) -> TriageJob:
    """The job's current row in this session (the caller's copy came from an earlier session)."""
    row = session.get(TriageJob, job.id, populate_existing=True)
    assert row is not None
    return row


def still_mine(session: Session, *, job: TriageJob) -> bool:
    """True while the lease this worker took is still the job's current one (no other worker took over)."""
    row = reload(session, job=job)
    return row.state == "running" and row.attempts == job.attempts


def complete(session: Session, *, job: TriageJob) -> None:
    job.state = "done"
    job.locked_until = None
    job.last_error = None
    job.updated_at = utcnow()
    session.add(job)


def fail(session: Session, *, job: TriageJob, error: str, now: datetime | None = None) -> None:
    """Schedule a retry with backoff, or give up after MAX_ATTEMPTS and say so on the record."""
    now = now or utcnow()
    job.last_error = error[:2000]
    job.locked_until = None
    job.updated_at = now
    use_case = session.get(UseCase, job.use_case_id)
    if job.attempts >= MAX_ATTEMPTS:
        job.state = "failed"
        if use_case is not None:
            use_case.triage_error = f"triage failed after {job.attempts} attempts: {error[:500]}"
            use_case.needs_retriage = True
            session.add(use_case)
    else:
        job.state = "queued"
        job.next_attempt_at = now + backoff(job.attempts)
        if use_case is not None:
            use_case.triage_error = f"attempt {job.attempts} failed, retrying: {error[:500]}"
            session.add(use_case)
    session.add(job)


def pending_count(session: Session) -> int:
    return len(session.exec(select(TriageJob.id).where(col(TriageJob.state).in_(("queued", "running")))).all())


def enqueue_retriage(session: Session, *, limit: int = 20) -> int:
    """Queue ideas filed with a fallback result (LLM outage) for another try; returns how many."""
    waiting = select(TriageJob.use_case_id).where(col(TriageJob.state).in_(("queued", "running")))
    ids = session.exec(select(UseCase.id).where(col(UseCase.needs_retriage).is_(True),
                                                col(UseCase.id).not_in(waiting)).limit(limit)).all()
    for use_case_id in ids:
        if use_case_id is not None:
            enqueue_triage(session, use_case_id=use_case_id)
    return len(ids)
