"""The web chat's JSON endpoints as the page uses them, on the real app."""

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
IDEA = ("Our legal team reads every supplier contract by hand to find liability clauses. An AI should highlight "
        "the liability and termination clauses. It uses the contract PDFs, no personal data. "
        "That saves about 4 hours per contract.")


@pytest.fixture
def client(settings: Settings, container: Container) -> Iterator[TestClient]:
    with TestClient(create_app(settings, container=container)) as client:
        yield client


def converse(client: TestClient) -> int:
    """A new visitor (fresh cookie jar) files IDEA and returns its id."""
    client.cookies.clear()
    replies = client.post("/api/chat", json={"text": IDEA}).json()["replies"]
    for _ in range(4):
        card = next((r["card"] for r in replies if r["card"]), None)
        if card:
            done = client.post("/api/chat", json={"button": card["choices"][0]["value"]}).json()
            return int(done["replies"][-1]["idea_id"])
        replies = client.post("/api/chat", json={"text": "Legal department"}).json()["replies"]
    raise AssertionError(replies)


def test_filing_triage_and_notification_are_delivered_once(client: TestClient, container: Container) -> None:
    idea = converse(client)
    assert client.get("/api/chat/notifications").json()["replies"] == []
    container.worker.drain()
    cookie = dict(client.cookies)
    client.cookies.clear()  # another visitor sees nothing of it
    assert client.get("/api/chat/notifications").json()["replies"] == []
    client.cookies.update(cookie)
    [note] = client.get("/api/chat/notifications").json()["replies"]
    assert f"#{idea}" in note["text"] and note["idea_id"] == idea
    assert client.get("/api/chat/notifications").json()["replies"] == []
    assert 'aipmo_ideas_filed_total{channel="web"}' in client.get("/metrics").text


@pytest.mark.parametrize("body", [{"conversation": "slack:U1", "text": "hi"}, {"conversation": "", "text": "hi"},
                                  {"lang": "fr", "text": "hi"}, {"text": "x" * 50_001}, {"button": "b" * 201}])
def test_malformed_chat_requests_are_422(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/api/chat", json=body).status_code == 422


def test_markup_never_comes_back_as_markup(client: TestClient) -> None:
    replies = client.post("/api/chat", json={"text": "<script>alert(1)</script> An AI that "
                                             "summarises <b>meeting</b> notes for the sales team"}).json()
    assert "<script>" not in str(replies) and "<b>" not in str(replies)


def test_pages_render(client: TestClient) -> None:
    assert "aipmo" in client.get("/").text
    idea = converse(client)
    assert f'href="/dashboard/ideas/{idea}"' in client.get("/dashboard").text
    assert "liability" in client.get(f"/dashboard/ideas/{idea}").text
    assert client.get("/dashboard/ideas/999").status_code == 404


def test_dashboard_decisions_respect_reviewer_rights(client: TestClient, container: Container) -> None:
    idea = converse(client)
    container.worker.drain()
    refused = client.post(f"/dashboard/ideas/{idea}/decision", data={"decision": "approve", "reviewer": "mallory"})
    assert "not a reviewer" in refused.text
    no_reason = client.post(f"/dashboard/ideas/{idea}/decision", data={"decision": "reject", "reviewer": "rita"})
    assert "reason is required" in no_reason.text
    done = client.post(f"/dashboard/ideas/{idea}/decision", data={"decision": "approve", "reviewer": "rita"})
    assert "Decision recorded" in done.text
    assert client.get(f"/api/ideas/{idea}").json()["idea"]["status"] == "approved"


def test_production_ignores_a_reviewer_named_in_the_form(database_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(_env_file=None, AIPMO_MODE="production", AIPMO_DATA_DIR=tmp_path / "d",  # type: ignore[call-arg]
                        AIPMO_DATABASE_URL=database_url, AIPMO_REVIEWERS="web:rita",
                        AIPMO_SECRET_KEY="test-secret-0123456789")
    app = create_app(settings)
    with TestClient(app) as client:
        idea = converse(client)
        app.state.container.worker.drain()
        forged = client.post(f"/dashboard/ideas/{idea}/decision", data={"decision": "approve", "reviewer": "rita"})
        assert "no reviewer identity" in forged.text
        proxied = client.post(f"/dashboard/ideas/{idea}/decision", data={"decision": "approve"},
                              headers={"X-Forwarded-User": "rita"})
        assert "Decision recorded" in proxied.text


def test_reviewers_see_similar_ideas_across_languages(client: TestClient, container: Container) -> None:
    first = converse(client)
    german = ("Unser Rechtsteam liest jeden Lieferantenvertrag von Hand, um Haftungsklauseln zu finden. Eine KI soll "
              "die Haftungs- und Kündigungsklauseln in Verträgen markieren. Keine personenbezogenen Daten, spart "
              "4 Stunden pro Vertrag.")
    client.cookies.clear()
    replies = client.post("/api/chat", json={"text": german}).json()["replies"]
    for _ in range(4):
        if any(r["card"] for r in replies):
            break
        replies = client.post("/api/chat", json={"text": "Rechtsabteilung"}).json()["replies"]
    confirm = next(r["card"] for r in replies if r["card"])["choices"][0]["value"]
    replies = client.post("/api/chat", json={"button": confirm}).json()["replies"]
    assert f"#{first}" in " ".join(r["text"] for r in replies)  # intake warns before filing a duplicate
    file_anyway = next(c["value"] for r in replies for c in r["choices"] if "|file" in c["value"])
    second = client.post("/api/chat", json={"button": file_anyway}).json()["replies"][-1]["idea_id"]
    similar = client.get(f"/api/ideas/{second}/similar").json()
    assert [s["id"] for s in similar] == [first] and similar[0]["score"] >= 0.5
    assert f'href="/dashboard/ideas/{first}"' in client.get(f"/dashboard/ideas/{second}").text


def test_the_idea_page_lists_look_alikes_of_any_status(client: TestClient, container: Container) -> None:
    first = converse(client)
    with Session(container.engine, expire_on_commit=False) as s:
        idea = repository.get_use_case(s, idea_id=first)
        other = repository.create_use_case(s, fields={"title": idea.title, "problem": idea.problem,
                                                      "solution": idea.solution}, submitter=None, channel="web",
                                           status=UseCaseStatus.draft, actor="test")
        s.commit()
    assert other.id is not None
    container.idea_index.add(other.id, repository.similarity_text(idea))
    container.idea_index.add(other.id + 100, repository.similarity_text(idea))  # indexed, but no record
    page = client.get(f"/dashboard/ideas/{first}").text
    assert f'href="/dashboard/ideas/{other.id}"' in page and "· draft ·" in page
    assert f"/dashboard/ideas/{other.id + 100}" not in page and f'href="/dashboard/ideas/{first}"' not in page


def test_the_visitor_is_a_signed_httponly_cookie_not_a_request_field(client: TestClient) -> None:
    client.post("/api/chat", json={"text": "hello"})
    raw = client.cookies.get("aipmo_visitor")
    assert raw and "." in raw
    visitor = raw.split(".")[0]
    forged = client.post("/api/chat", json={"text": "hello"},
                         headers={"Cookie": f"aipmo_visitor={visitor}.{'0' * 32}"})  # right id, wrong signature
    issued = forged.headers["set-cookie"]
    assert "HttpOnly" in issued and "SameSite=lax" in issued
    assert issued.split("=", 1)[1].split(".")[0] != visitor  # a new identity, not the claimed one


def test_a_decision_form_posted_from_another_site_is_refused(client: TestClient, container: Container) -> None:
    idea = converse(client)
    container.worker.drain()
    r = client.post(f"/dashboard/ideas/{idea}/decision", data={"decision": "approve", "reviewer": "rita"},
                    headers={"Origin": "https://evil.example"})
    assert "only be made from this dashboard" in r.text
    assert client.get(f"/api/ideas/{idea}").json()["idea"]["status"] == "triaged"
