"""`intake.llm_extractor.LlmExtractor` against the loopback server (lives here: its LLM plumbing is `triage.llm`)."""

from __future__ import annotations

import json
import re

import pytest

from intake.extractor import OfflineExtractor
from intake.fields import IdeaDraft
from intake.llm_extractor import LlmExtractor
from tests.triage.llm.openai_server import Received, Reply, answer, status
from triage.llm import LlmClient, RetryPolicy, build_chat_model

MESSAGE = ("We spend 3 hours a day typing supplier invoices into SAP by hand; an AI could read them. "
           "Saves 60 hours a month.")


@pytest.fixture
def extractor(llm_settings, breaker, sleeps) -> LlmExtractor:
    client = LlmClient(build_chat_model(llm_settings), model_name="test-model", breaker=breaker,
                       retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02, sleep=sleeps.append))
    return LlmExtractor(client)


def test_fields_come_from_one_call(server, extractor):
    server.queue(answer({"title": "Invoice reading", "problem": "3 hours a day typing invoices",
                         "solution": "AI reads supplier invoices", "department": "Accounting",
                         "data_used": "supplier invoices", "personal_data": False, "benefit": "60 hours a month",
                         "extra": "ignored"}))

    draft = extractor.extract(MESSAGE, lang="en", draft=IdeaDraft(), asked=None)

    assert draft.title == "Invoice reading" and draft.department == "Accounting"
    assert draft.personal_data is False and draft.affected == ""
    assert len(server.received) == 1
    user = server.received[0].text_of("user")
    payload = json.loads(re.search(r">>>\n(.*)\n<<<", user, re.DOTALL).group(1))  # type: ignore[union-attr]
    assert payload == {"message": MESSAGE, "asked_field": "", "known_fields": {}}
    assert "You help an AI Enablement PMO" in server.received[0].text_of("system")


def test_only_empty_fields_and_the_asked_field_are_set(server, extractor):
    draft = IdeaDraft(title="Mine", department="Finance", affected="")
    server.queue(answer({"title": "Theirs", "department": "Einkauf", "affected": "Kreditorenbuchhaltung"}))

    long_answer = ("Die Kreditorenbuchhaltung im Einkauf, also die Kolleginnen und Kollegen, die jeden Tag die "
                   "Lieferantenrechnungen prüfen, freigeben und bei Abweichungen mit den Lieferanten klären müssen.")
    new = extractor.extract(long_answer, lang="de", draft=draft, asked="department")

    assert (new.title, new.department, new.affected) == ("Mine", "Einkauf", "Kreditorenbuchhaltung")
    assert "Du hilfst einem AI-Enablement-PMO" in server.received[0].text_of("system")
    assert json.loads(server.received[0].text_of("user").split("\n")[1])["known_fields"] == {
        "title": "Mine", "department": "Finance"}


def test_outage_falls_back_to_the_offline_extractor(server, extractor):
    server.queue(status(503), status(503))
    draft = extractor.extract(MESSAGE, lang="en", draft=IdeaDraft(), asked=None)
    assert draft == OfflineExtractor().extract(MESSAGE, lang="en", draft=IdeaDraft(), asked=None)
    assert len(server.received) == 2


def test_invalid_twice_falls_back_too(server, extractor):
    server.queue(answer("no"), answer('{"personal_data": "maybe not"}'))
    draft = extractor.extract(MESSAGE, lang="en", draft=IdeaDraft(), asked=None)
    assert draft == OfflineExtractor().extract(MESSAGE, lang="en", draft=IdeaDraft(), asked=None)


def test_redaction_covers_the_message_and_the_known_fields(server, llm_settings, breaker):
    client = LlmClient(build_chat_model(llm_settings), model_name="test-model", breaker=breaker)
    extractor = LlmExtractor(client, redact_pii=True)

    def echo(request: Received) -> Reply:
        placeholders = sorted(set(re.findall(r"\[(?:PERSON|EMAIL)_\d+\]", request.text_of("user"))))
        return answer({"affected": " and ".join(placeholders)})

    server.responder = echo
    draft = IdeaDraft(problem="Frau Lena Vogel types invoices by hand")

    new = extractor.extract("Ask lena.vogel@example.com and my colleague Jan Berg, they both know the invoice "
                            "process in detail and can explain which steps take the longest for the whole team "
                            "every single month", lang="en", draft=draft, asked="affected")

    sent = json.dumps([r.body for r in server.received])
    assert "Lena Vogel" not in sent and "lena.vogel@example.com" not in sent and "Jan Berg" not in sent
    assert new.affected == "lena.vogel@example.com and Jan Berg and Lena Vogel"
    assert new.problem == draft.problem  # the stored draft keeps the original


def test_a_short_answer_to_the_bots_question_costs_no_llm_call(server, extractor):
    draft = extractor.extract("Einkauf", lang="de", draft=IdeaDraft(solution="KI prüft Rechnungen"),
                              asked="department")
    assert draft.department and server.received == []
