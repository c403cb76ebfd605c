"""Runs queued triage jobs after intake, outside any request, so a slow engine never blocks a chat.

Jobs live in the database (portfolio.jobs): a crash mid-triage leaves the job leased, and once the
lease runs out this or another worker takes it again. Failures are retried with backoff and shown
on the record; nothing is silently dropped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session

from core import metrics
from portfolio import jobs, notifications, repository
from portfolio.models import TriageJob, UseCase
from portfolio.status import UseCaseStatus
from triage.engine import TriageEngine
from triage.llm.schema import needs_retriage
from triage.notices import triaged_notice

log = logging.getLogger(__name__)

_LABELS = (("problem", "Problem"), ("solution", "Solution"), ("affected", "Affected users/process"),
           ("department", "Department"), ("data_used", "Data used"), ("benefit", "Expected benefit"))


def idea_text(use_case: UseCase) -> str:
    """Everything the submitter told us, as one text for the engine."""
    parts = [use_case.title]
    parts += [f"{label}: {getattr(use_case, field)}" for field, label in _LABELS if getattr(use_case, field)]
    if use_case.personal_data is not None:
        parts.append("Personal data: " + ("yes" if use_case.personal_data else "no"))
    return "\n".join(parts)


class TriageWorker:
    def __init__(self, db: Engine, engine: Callable[[], TriageEngine]) -> None:
        self._db = db
        self._engine = engine  # resolved lazily: the knowledge base loads on first use

    def run_once(self) -> bool:
        """Process one due job; False when there was nothing to do."""
        with Session(self._db, expire_on_commit=False) as session:
            job = jobs.claim_next(session)
            session.commit()
        if job is None:
            return False
        try:
            with Session(self._db, expire_on_commit=False) as session:
                use_case = repository.get_use_case(session, idea_id=job.use_case_id)
                text = idea_text(use_case)
                settled = UseCaseStatus(use_case.status) in (UseCaseStatus.merged, UseCaseStatus.rejected)
            if settled:  # decided while the job waited: nothing to triage or announce
                self._finish(job)
                return True
            result = self._engine().triage(text)
            fell_back = needs_retriage(result)
            with Session(self._db, expire_on_commit=False) as session:
                if not jobs.still_mine(session, job=job):
                    log.warning("triage of idea %s outlived its lease; another worker owns it", job.use_case_id)
                    return True
                use_case = repository.get_use_case(session, idea_id=job.use_case_id)
                if fell_back and use_case.needs_retriage and use_case.triage_draft \
                        and UseCaseStatus(use_case.status) is not UseCaseStatus.submitted:
                    # Still the same outage: keep the earlier draft, the flag and a quiet audit trail.
                    jobs.complete(session, job=jobs.reload(session, job=job))
                    session.commit()
                    return True
                first_result = use_case.triage_draft is None
                repository.record_triage(session, use_case=use_case, result=result.model_dump(mode="json"),
                                         actor=f"triage:{result.engine}", needs_retriage=fell_back)
                submitter = repository.submitter_of(session, use_case=use_case)
                if first_result and submitter is not None and use_case.id is not None:
                    notifications.notify(session, channel=submitter.channel, user_id=submitter.channel_user_id,
                                         idea_id=use_case.id, kind="triaged",
                                         text=triaged_notice(idea_id=use_case.id, title=use_case.title,
                                                             result=result, lang=use_case.language))
                jobs.complete(session, job=jobs.reload(session, job=job))
                session.commit()
            metrics.TRIAGE_RUNS.labels(result.engine, "fallback" if fell_back else "ok").inc()
            log.info("triaged idea %s: %s", job.use_case_id, result.tier.value)
        except Exception as exc:  # noqa: BLE001 - any failure is recorded and retried, never lost
            metrics.TRIAGE_RUNS.labels("unknown", "error").inc()
            log.exception("triage of idea %s failed", job.use_case_id)
            with Session(self._db, expire_on_commit=False) as session:
                if jobs.still_mine(session, job=job):
                    jobs.fail(session, job=jobs.reload(session, job=job), error=f"{type(exc).__name__}: {exc}")
                    session.commit()
        return True

    def _finish(self, job: TriageJob) -> None:
        with Session(self._db, expire_on_commit=False) as session:
            if jobs.still_mine(session, job=job):
                jobs.complete(session, job=jobs.reload(session, job=job))
                session.commit()

    def drain(self, limit: int = 10_000) -> int:
        """Process due jobs until none is left (CLI import, tests); returns how many ran."""
        done = 0
        while done < limit and self.run_once():
            done += 1
        return done

    def sweep_retriage(self) -> int:
        """Queue ideas that were filed on the fallback engine, once the LLM answers again."""
        engine = self._engine()
        available = getattr(engine, "available", None)  # the LLM engine's breaker; offline is always there
        if available is not None and not available():
            return 0
        with Session(self._db) as session:
            queued = jobs.enqueue_retriage(session)
            session.commit()
        return queued

    def run_forever(self, stop: threading.Event, poll_seconds: float = 1.0, sweep_seconds: float = 300.0) -> None:
        next_sweep = time.monotonic() + sweep_seconds
        while not stop.is_set():
            try:
                if time.monotonic() >= next_sweep:
                    next_sweep = time.monotonic() + sweep_seconds
                    self.sweep_retriage()
                busy = self.run_once()
            except Exception:  # noqa: BLE001 - the database may be briefly away; keep the worker alive
                log.exception("triage worker loop error")
                busy = False
            if not busy:
                stop.wait(poll_seconds)
