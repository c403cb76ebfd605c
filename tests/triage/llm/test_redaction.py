"""PII redaction (`AIPMO_REDACT_PII=true`): the endpoint only ever sees placeholders, the result the originals."""

from __future__ import annotations

import json
import re

import pytest

from tests.triage.llm.helpers import triage_answer
from tests.triage.llm.openai_server import Received, Reply, answer
from triage.llm.redact import Redactor

PII = {
    "email": "jonas.weber@example.com",
    "phone": "+49 89 1234 5678",
    "iban": "DE89 3704 0044 0532 0130 00",
    "name": "Sabine Müller",
    "colleague": "Peter Smith",
}
IDEA = (f"Promotion ranking for team leads: a model ranks everyone by KPIs. Questions to Frau {PII['name']} "
        f"({PII['email']}, {PII['phone']}); bonus payouts go to {PII['iban']}. My colleague {PII['colleague']} "
        "reviewed it. Saves 30 % of 3 hours per week for 2024.")
PLACEHOLDER = re.compile(r"\[(?:PERSON|EMAIL|PHONE|IBAN)_\d+\]")


def echo_placeholders(request: Received) -> Reply:
    """A model that refers to the (redacted) people in its answer, as a real one would."""
    seen = sorted(set(PLACEHOLDER.findall(request.text_of("user"))))
    return answer(triage_answer(open_questions=[f"Ask {p} for details." for p in seen],
                                role={"role": "deployer", "reason": f"contact {seen[0] if seen else '-'}"}))


def test_the_endpoint_never_sees_pii_and_the_result_maps_it_back(server, make_engine):
    engine = make_engine(redact_pii=True)
    server.responder = echo_placeholders

    result = engine.triage(IDEA)

    sent = json.dumps([r.body for r in server.received], ensure_ascii=False)
    for value in PII.values():
        assert value not in sent
    assert "Weber" not in sent and "Müller" not in sent and "3704" not in sent
    assert "30 %" in sent and "3 hours" in sent and "2024" in sent  # facts are not redacted
    dumped = result.model_dump_json()
    assert not PLACEHOLDER.search(dumped)
    questions = " ".join(result.open_questions)
    for value in PII.values():
        assert value in questions
    assert result.redacted_pii == 5 and result.role.reason.startswith("contact ")


def test_without_the_setting_the_text_goes_out_unchanged(server, llm_engine):
    server.queue(answer(triage_answer()))
    llm_engine.triage(IDEA)
    assert PII["email"] in server.received[0].text_of("user")


@pytest.mark.parametrize(("text", "gone"), [
    ("Mail an max.mustermann@firma.de oder Tel. 0171/2345678.", ["max.mustermann@firma.de", "0171/2345678"]),
    ("Ruf Herrn Dr. Klaus Berger an: (030) 12345678.", ["Klaus Berger", "(030) 12345678"]),
    ("Meine Kollegin Anna Schmidt hat die IBAN DE44500105175407324931.", ["Anna Schmidt", "DE44500105175407324931"]),
    ("Contact Mr. O'Neil or call 0044 20 7946 0958.", ["O'Neil", "0044 20 7946 0958"]),
    ("Ansprechpartnerin ist Maria Gonzalez, Teamleiterin Einkauf.", ["Maria Gonzalez"]),
])
def test_redactor_finds_pii_in_de_and_en(text, gone):
    redaction = Redactor().redact(text)
    for value in gone:
        assert value not in redaction.text
    assert redaction.restore(redaction.text) == text


@pytest.mark.parametrize("text", [
    "Wir sparen 30 % Aufwand, 3 Stunden pro Woche, ab 2024 für 5000 Rechnungen im Jahr.",
    "Daten aus SAP und Excel von Kunden, mit Hilfe der Abteilung Einkauf.",
    "Forecast 12,000 calls per month for the Contact Center from Q3 2025.",
])
def test_redactor_leaves_ordinary_idea_text_alone(text):
    assert Redactor().redact(text).text == text


def test_the_same_value_gets_the_same_placeholder():
    redaction = Redactor().redact("a@b.de wrote to c@d.de, then a@b.de again")
    assert redaction.text == "[EMAIL_1] wrote to [EMAIL_2], then [EMAIL_1] again"


def test_known_names_are_redacted_wherever_they_appear():
    redaction = Redactor(extra_names=("Kowalczyk",)).redact("Kowalczyk suggested it; ask kowalczyk's team")
    assert "Kowalczyk" not in redaction.text
