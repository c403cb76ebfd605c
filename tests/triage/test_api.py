from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from core.app import create_app
from core.settings import Settings
from core.wiring import Container
from portfolio import repository

pytestmark = pytest.mark.db


@pytest.fixture
def client(settings: Settings, container: Container) -> Iterator[TestClient]:
    with TestClient(create_app(settings, container=container)) as client:
        yield client


@pytest.fixture
def idea(container: Container) -> int:
    with Session(container.engine) as s:
        uc = repository.create_use_case(s, fields={"title": "Ticket routing"}, submitter=None, channel="web",
                                        actor="test")
        repository.record_triage(s, use_case=uc, actor="triage", result={"tier": "minimal", "engine": "offline"})
        s.commit()
        assert uc.id is not None
        return uc.id


def decide(client: TestClient, idea: int, user: str | None, **body: object):  # type: ignore[no-untyped-def]
    headers = {"X-Forwarded-User": user} if user else {}
    return client.post(f"/api/ideas/{idea}/decision", json=body, headers=headers)


def test_reviewer_decision_is_applied(client: TestClient, idea: int) -> None:
    r = decide(client, idea, "rita", decision="approve", reason="go")
    assert r.status_code == 200 and r.json()["status"] == "approved"
    audit = client.get(f"/api/ideas/{idea}").json()["audit"]
    assert audit[-1]["actor"] == "web:rita" and audit[-1]["to_status"] == "approved"


def test_non_reviewer_gets_403_and_anonymous_gets_422(client: TestClient, idea: int) -> None:
    r = decide(client, idea, "mallory", decision="approve")
    assert r.status_code == 403 and "not a reviewer" in r.json()["detail"]
    assert decide(client, idea, None, decision="approve").status_code == 422
    assert client.get(f"/api/ideas/{idea}").json()["idea"]["status"] == "triaged"


def test_illegal_transition_is_409_naming_both_states(client: TestClient, idea: int) -> None:
    assert decide(client, idea, "rita", decision="reject", reason="out of scope").status_code == 200
    r = decide(client, idea, "rita", decision="approve")
    assert r.status_code == 409
    assert r.json()["from"] == "rejected" and r.json()["to"] == "approved"
    assert "'rejected'" in r.json()["detail"] and "'approved'" in r.json()["detail"]


def test_missing_reason_and_unknown_decision_are_422_unknown_idea_404(client: TestClient, idea: int) -> None:
    assert decide(client, idea, "rita", decision="reject").status_code == 422
    assert decide(client, idea, "rita", decision="bless").status_code == 422
    assert decide(client, 9999, "rita", decision="approve").status_code == 404


def test_override_via_api(client: TestClient, idea: int) -> None:
    r = client.post(f"/api/ideas/{idea}/override", json={"reason": "CVs involved", "tier": "high"},
                    headers={"X-Forwarded-User": "rita"})
    assert r.status_code == 200 and r.json()["tier"] == "high"
    assert r.json()["triage_draft"]["tier"] == "minimal"
    bad = client.post(f"/api/ideas/{idea}/override", json={"reason": "x", "effort": 9},
                      headers={"X-Forwarded-User": "rita"})
    assert bad.status_code == 422
