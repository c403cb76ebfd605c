"""AIPMO_ENGINE=llm through the whole product: web chat → record → LLM triage grounded in the real
policy store; with the endpoint down the idea is filed on the offline engine and caught up later."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from core.app import create_app
from core.settings import Settings
from core.wiring import Container
from portfolio import repository
from tests.conftest import migrated_container
from tests.triage.llm.helpers import triage_answer
from tests.triage.llm.openai_server import OpenAIServer, Received, Reply, answer, status
from triage.llm import CircuitBreaker, LlmClient, RetryPolicy, build_chat_model, model_name

pytestmark = pytest.mark.db
IDEA = ("Im Personalbereich soll eine KI eingehende Bewerbungen und Lebensläufe automatisch bewerten und "
        "eine Rangliste der Kandidaten erstellen. Das spart dem Recruiting-Team etwa 5 Stunden pro Woche.")


EXTRACTED = {"title": "Bewerbungen vorsortieren", "problem": "Sichtung dauert lange",
             "solution": "KI bewertet Lebensläufe und erstellt eine Rangliste", "affected": "Recruiting-Team",
             "department": "HR", "data_used": "Lebensläufe", "personal_data": True, "benefit": "5 Stunden pro Woche"}


def grounded(request: Received) -> Reply:
    """Answer like a well-behaved model: extract fields, or cite the first policy passage offered."""
    offered = re.findall(r'"id": "([^"]+)"', request.text_of("system"))
    if not offered:
        return answer(EXTRACTED)
    return answer(triage_answer(citations=[{"passage_id": offered[0], "quote": "x"}], basis="Annex III 4(a)"))


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as srv:
        yield srv


@pytest.fixture
def llm_container(tmp_path: Path, database_url: str, server: OpenAIServer) -> Iterator[Container]:
    settings = Settings(_env_file=None, AIPMO_DATA_DIR=tmp_path / "data",  # type: ignore[call-arg]
                        AIPMO_DATABASE_URL=database_url, AIPMO_ENGINE="llm", OPENAI_BASE_URL=server.base_url,
                        OPENAI_API_KEY="sk-test", AIPMO_LLM_MODEL="test-model", AIPMO_LLM_TIMEOUT=2)
    with migrated_container(settings) as container:
        # Fast retries and a breaker that recovers within the test; otherwise the production client.
        container.llm_client = LlmClient(build_chat_model(settings), model_name=model_name(settings),
                                         retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02),
                                         breaker=CircuitBreaker(threshold=2, cooldown=0.3))
        yield container


def submit(container: Container) -> int:
    with TestClient(create_app(container.settings, container=container)) as client:
        first = client.post("/api/chat", json={"text": IDEA}).json()["replies"]
        replies = first
        for _ in range(4):
            card = next((r["card"] for r in replies if r["card"]), None)
            if card:
                done = client.post("/api/chat", json={"button": card["choices"][0]["value"]})
                return int(done.json()["replies"][-1]["idea_id"])
            replies = client.post("/api/chat", json={"text": "Personalabteilung, ja"}).json()["replies"]
    raise AssertionError(f"no summary card: {first}")


def stored(container: Container, idea: int) -> Any:
    with Session(container.engine) as s:
        return repository.get_use_case(s, idea_id=idea)


def test_llm_result_is_grounded_in_retrieved_policies(llm_container: Container, server: OpenAIServer) -> None:
    server.responder = grounded
    idea = submit(llm_container)
    assert llm_container.worker.drain() == 1
    uc = stored(llm_container, idea)
    assert uc.status == "triaged" and uc.triage_draft["engine"] == "test-model" and not uc.needs_retriage
    [citation] = uc.triage_draft["citations"]
    assert llm_container.policies.get(citation["passage_id"]) is not None
    triage_requests = [r for r in server.received if "POLICIES" in r.text_of("system")]
    assert len(triage_requests) == 1 and len(server.received) == 2  # one extraction + one triage call per idea
    assert uc.department == "HR" and uc.personal_data is True  # the LLM extractor filled the record


def test_outage_files_on_offline_engine_and_catches_up(llm_container: Container, server: OpenAIServer) -> None:
    server.responder = lambda _r: status(503)
    idea = submit(llm_container)  # the chat itself works on the offline extractor during the outage
    assert llm_container.worker.drain() == 1
    uc = stored(llm_container, idea)
    assert uc.status == "triaged" and uc.tier == "high" and uc.needs_retriage
    assert uc.triage_draft["engine"] == "offline"
    assert llm_container.worker.sweep_retriage() == 0  # breaker open: no hammering of a dead endpoint

    server.responder = grounded  # the endpoint is back
    time.sleep(0.35)  # breaker cool-down
    assert llm_container.worker.sweep_retriage() == 1
    assert llm_container.worker.drain() == 1
    uc = stored(llm_container, idea)
    assert not uc.needs_retriage and uc.triage_draft["engine"] == "test-model"
    with Session(llm_container.engine) as s:
        actions = [a.action for a in repository.audit_trail(s, idea_id=idea)]
    assert actions.count("triaged") == 2
