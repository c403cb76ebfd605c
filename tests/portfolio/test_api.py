from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from core.app import create_app
from core.settings import Settings
from core.wiring import Container
from portfolio import repository
from portfolio.status import UseCaseStatus

pytestmark = pytest.mark.db


@pytest.fixture
def client(settings: Settings, container: Container) -> Iterator[TestClient]:
    with TestClient(create_app(settings, container=container)) as client:
        yield client


def seed(container: Container, n: int) -> list[int]:
    ids = []
    with Session(container.engine) as s:
        for i in range(n):
            uc = repository.create_use_case(s, fields={"title": f"Idea {i}", "department": "Legal" if i else "IT"},
                                            submitter=None, channel="web", actor="test")
            ids.append(uc.id)
        s.commit()
    return ids


def test_health_ready_and_docs(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json()["database"] is True
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/ideas" in paths and "/api/ideas/{idea_id}" in paths
    assert client.get("/docs").status_code == 200


def test_list_filters_and_paginates(client: TestClient, container: Container) -> None:
    ids = seed(container, 5)
    body = client.get("/api/ideas", params={"department": "legal", "limit": 2}).json()
    assert body["total"] == 4 and len(body["items"]) == 2 and body["items"][0]["id"] == ids[-1]
    assert client.get("/api/ideas", params={"status": "triaged"}).json()["total"] == 0
    assert client.get("/api/ideas", params={"text": "idea 0"}).json()["items"][0]["department"] == "IT"


def test_show_includes_the_audit_trail(client: TestClient, container: Container) -> None:
    idea = seed(container, 1)[0]
    body = client.get(f"/api/ideas/{idea}").json()
    assert body["idea"]["status"] == UseCaseStatus.submitted
    assert body["audit"][0]["action"] == "created"


def test_unknown_id_is_a_json_404(client: TestClient) -> None:
    r = client.get("/api/ideas/4242")
    assert r.status_code == 404 and r.json() == {"detail": "idea 4242 not found"}


@pytest.mark.parametrize("query", [{"status": "bogus"}, {"limit": "0"}, {"offset": "-1"}, {"tier": "extreme"},
                                   {"limit": "abc"}])
def test_malformed_query_parameters_are_422(client: TestClient, query: dict[str, str]) -> None:
    assert client.get("/api/ideas", params=query).status_code == 422


def test_similar_lists_look_alikes_of_any_status_but_not_the_idea_itself(client: TestClient,
                                                                           container: Container) -> None:
    fields = {"title": "Contract clause finder",
              "problem": "Legal reads every supplier contract by hand to find the liability clauses."}
    with Session(container.engine, expire_on_commit=False) as s:
        idea, other = (repository.create_use_case(s, fields=fields, submitter=None, channel="web", actor="test")
                       for _ in range(2))
        repository.transition(s, use_case=other, to=UseCaseStatus.triaged, actor="triage")
        repository.transition(s, use_case=other, to=UseCaseStatus.rejected, actor="web:rita")
        s.commit()
    assert idea.id is not None and other.id is not None
    text = repository.similarity_text(idea)
    for idea_id in (idea.id, other.id, other.id + 100):  # the last one is indexed but has no record
        container.idea_index.add(idea_id, text)
    similar = client.get(f"/api/ideas/{idea.id}/similar").json()
    assert [(s["id"], s["status"]) for s in similar] == [(other.id, "rejected")] and similar[0]["score"] >= 0.5
