"""The triage worker runs queued jobs after intake, survives crashes and never loses an idea."""

import pytest
from sqlmodel import Session, select

from core.wiring import Container
from portfolio import jobs, notifications, repository
from portfolio.models import TriageJob
from portfolio.status import UseCaseStatus
from triage.result import TriageResult
from triage.worker import TriageWorker, idea_text

pytestmark = pytest.mark.db


def submit(container: Container, **fields: object) -> int:
    with Session(container.engine) as s:
        submitter = repository.get_or_create_submitter(s, channel="web", user_id="ben", language="de")
        uc = repository.create_use_case(s, fields=fields, submitter=submitter, channel="web", language="de",
                                        actor="web:ben")
        assert uc.id is not None
        jobs.enqueue_triage(s, use_case_id=uc.id)
        s.commit()
        return uc.id


class Exploding:
    """A fault at the engine's edge: fails the first `n` calls, then delegates to the real engine."""

    def __init__(self, real: object, n: int) -> None:
        self.real, self.left, self.name = real, n, "exploding"

    def triage(self, text: str) -> TriageResult:
        if self.left:
            self.left -= 1
            raise RuntimeError("engine crashed mid-triage")
        return self.real.triage(text)  # type: ignore[attr-defined, no-any-return]


def test_a_queued_idea_is_triaged_stored_and_the_submitter_told(container: Container) -> None:
    idea = submit(container, title="Bewerbungen vorsortieren",
                  solution="Eine KI sortiert eingehende Bewerbungen und Lebensläufe und schlägt eine Shortlist vor.",
                  department="HR", personal_data=True)
    assert container.worker.drain() == 1
    with Session(container.engine) as s:
        uc = repository.get_use_case(s, idea_id=idea)
        assert uc.status == UseCaseStatus.triaged and uc.tier == "high"
        assert uc.triage_draft is not None and uc.triage_draft["basis"].startswith("Annex III 4")
        assert uc.triage_draft["citations"], "a grounded result cites policy passages"
        for citation in uc.triage_draft["citations"]:
            assert container.policies.get(citation["passage_id"]) is not None
        [note] = notifications.pending(s, channel="web", user_id="ben")
        assert f"#{idea}" in note.text and "hohes Risiko" in note.text


def test_a_crash_mid_triage_is_retried_and_visible_until_it_succeeds(container: Container) -> None:
    idea = submit(container, title="Meeting notes", solution="Summarise Teams meeting transcripts into minutes.")
    worker = TriageWorker(container.engine, lambda: flaky)
    flaky = Exploding(container.triage_engine, n=1)
    assert worker.run_once() is True
    with Session(container.engine) as s:
        uc = repository.get_use_case(s, idea_id=idea)
        assert uc.status == UseCaseStatus.submitted and "engine crashed" in (uc.triage_error or "")
        job = s.exec(select(TriageJob)).one()
        assert job.state == "queued" and job.attempts == 1
        job.next_attempt_at = job.created_at  # make the retry due now
        s.add(job)
        s.commit()
    assert worker.run_once() is True
    with Session(container.engine) as s:
        uc = repository.get_use_case(s, idea_id=idea)
        assert uc.status == UseCaseStatus.triaged and uc.triage_error is None


def test_idea_text_carries_every_described_field() -> None:
    from portfolio.models import UseCase

    text = idea_text(UseCase(title="T", problem="P", solution="S", affected="A", department="D", data_used="X",
                             personal_data=False, benefit="B"))
    assert text.splitlines() == ["T", "Problem: P", "Solution: S", "Affected users/process: A", "Department: D",
                                 "Data used: X", "Expected benefit: B", "Personal data: no"]


def test_an_idea_merged_while_its_job_waited_is_not_triaged_or_announced(container: Container) -> None:
    first = submit(container, title="Invoice OCR", solution="Read supplier invoices automatically.")
    second = submit(container, title="Invoice reading", solution="Scan invoices and book them automatically.")
    with Session(container.engine) as s:
        uc = repository.get_use_case(s, idea_id=second)
        uc.merged_into_id = first
        repository.transition(s, use_case=uc, to=UseCaseStatus.merged, actor="web:ben")
        s.commit()
    assert container.worker.drain() == 2
    with Session(container.engine) as s:
        merged = repository.get_use_case(s, idea_id=second)
        assert merged.status == UseCaseStatus.merged and merged.triage_draft is None
        assert [n.idea_id for n in notifications.pending(s, channel="web", user_id="ben")] == [first]
