import pytest
from sqlmodel import Session

from portfolio import repository
from portfolio.db import AppendOnlyViolation
from portfolio.models import AuditEvent
from portfolio.status import IllegalTransition, UseCaseStatus

pytestmark = pytest.mark.db


def add(session: Session, title: str, **fields: object) -> int:
    submitter = repository.get_or_create_submitter(session, channel="web", user_id="anna", display_name="Anna")
    uc = repository.create_use_case(session, fields={"title": title, **fields}, submitter=submitter,
                                    channel="web", actor="web:anna")
    session.commit()
    assert uc.id is not None
    return uc.id


def test_create_stores_fields_and_a_created_audit_event(session: Session) -> None:
    idea_id = add(session, "Invoice matching", department="Finance", personal_data=False,
                  problem="Manual matching takes 3 days per month")
    uc = repository.get_use_case(session, idea_id=idea_id)
    assert (uc.title, uc.department, uc.personal_data, uc.status) == (
        "Invoice matching", "Finance", False, UseCaseStatus.submitted)
    trail = repository.audit_trail(session, idea_id=idea_id)
    assert [(a.action, a.to_status) for a in trail] == [("created", "submitted")]


def test_submitter_is_unique_per_channel_user(session: Session) -> None:
    a = repository.get_or_create_submitter(session, channel="slack", user_id="U1", display_name="A")
    b = repository.get_or_create_submitter(session, channel="slack", user_id="U1", display_name="A2")
    c = repository.get_or_create_submitter(session, channel="teams", user_id="U1")
    assert a.id == b.id != c.id and b.display_name == "A2"


def test_list_filters_by_status_department_text_and_paginates(session: Session) -> None:
    ids = [add(session, f"Idea {n}", department="HR" if n % 2 else "Sales",
               solution="chatbot for onboarding" if n == 3 else "other") for n in range(7)]
    items, total = repository.list_use_cases(session, department="hr")
    assert total == 3 and {i.department for i in items} == {"HR"}
    items, total = repository.list_use_cases(session, text="ONBOARDING")
    assert [i.id for i in items] == [ids[3]]
    page, total = repository.list_use_cases(session, offset=2, limit=2)
    assert total == 7 and [i.id for i in page] == [ids[4], ids[3]]  # newest first
    uc = repository.get_use_case(session, idea_id=ids[0])
    repository.transition(session, use_case=uc, to=UseCaseStatus.triaged, actor="triage")
    session.commit()
    items, total = repository.list_use_cases(session, status=UseCaseStatus.triaged)
    assert [i.id for i in items] == [ids[0]]


def test_transition_is_audited_and_illegal_moves_are_refused(session: Session) -> None:
    idea_id = add(session, "Contract clause finder")
    uc = repository.get_use_case(session, idea_id=idea_id)
    repository.transition(session, use_case=uc, to=UseCaseStatus.triaged, actor="triage")
    repository.transition(session, use_case=uc, to=UseCaseStatus.approved, actor="web:rita", reason="clear value")
    session.commit()
    with pytest.raises(IllegalTransition, match="from 'approved' to 'submitted'"):
        repository.transition(session, use_case=uc, to=UseCaseStatus.submitted, actor="web:rita")
    trail = repository.audit_trail(session, idea_id=idea_id)
    assert [(a.from_status, a.to_status, a.actor) for a in trail[1:]] == [
        ("submitted", "triaged", "triage"), ("triaged", "approved", "web:rita")]
    assert trail[-1].reason == "clear value"
    assert repository.get_use_case(session, idea_id=idea_id).status == UseCaseStatus.approved


def test_audit_events_cannot_be_changed_or_deleted(session: Session) -> None:
    idea_id = add(session, "Meeting summaries")
    event = session.get(AuditEvent, repository.audit_trail(session, idea_id=idea_id)[0].id)
    assert event is not None
    event.reason = "rewritten history"
    with pytest.raises(AppendOnlyViolation):
        session.flush()
    session.rollback()
    session.delete(session.get(AuditEvent, event.id))
    with pytest.raises(AppendOnlyViolation):
        session.flush()


def test_update_fields_records_old_and_new_values(session: Session) -> None:
    idea_id = add(session, "Draft", department="IT")
    uc = repository.get_use_case(session, idea_id=idea_id)
    repository.update_fields(session, use_case=uc, fields={"department": "Legal", "title": None}, actor="web:anna")
    session.commit()
    last = repository.audit_trail(session, idea_id=idea_id)[-1]
    assert last.action == "edited" and last.payload == {"department": {"old": "IT", "new": "Legal"}}


def test_unknown_id_raises_not_found(session: Session) -> None:
    with pytest.raises(repository.NotFound, match="idea 999 not found"):
        repository.get_use_case(session, idea_id=999)


def test_of_two_racing_decisions_only_the_first_moves_the_idea(engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        idea_id = add(s, "Race")
        repository.transition(s, use_case=repository.get_use_case(s, idea_id=idea_id), to=UseCaseStatus.triaged,
                              actor="triage")
        s.commit()
    first, second = Session(engine), Session(engine)
    a = repository.get_use_case(first, idea_id=idea_id)
    b = repository.get_use_case(second, idea_id=idea_id)  # both read 'triaged'
    repository.transition(first, use_case=a, to=UseCaseStatus.approved, actor="web:rita")
    first.commit()
    with pytest.raises(IllegalTransition, match="from 'approved' to 'rejected'"):
        repository.transition(second, use_case=b, to=UseCaseStatus.rejected, actor="web:rob")
    second.rollback()
    with Session(engine) as s:
        assert repository.get_use_case(s, idea_id=idea_id).status == UseCaseStatus.approved
        assert [e.to_status for e in repository.audit_trail(s, idea_id=idea_id)].count("rejected") == 0
    first.close()
    second.close()


def test_search_and_department_match_umlauts_case_insensitively(session: Session) -> None:
    idea = add(session, "Übersetzung von Handbüchern", department="Öffentlichkeitsarbeit")
    assert [i.id for i in repository.list_use_cases(session, text="übersetzung")[0]] == [idea]
    assert [i.id for i in repository.list_use_cases(session, department="öffentlichkeitsarbeit")[0]] == [idea]


def test_overlong_chat_answers_are_cut_to_the_column_size(session: Session) -> None:
    idea = add(session, "T" * 300, department="D" * 150)
    uc = repository.get_use_case(session, idea_id=idea)
    assert len(uc.title) == 200 and len(uc.department or "") == 100
    repository.update_fields(session, use_case=uc, fields={"title": "X" * 500}, actor="web:anna")
    session.commit()
    assert len(repository.get_use_case(session, idea_id=idea).title) == 200
