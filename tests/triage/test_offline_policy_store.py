"""OfflineEngine on the real policy store and shipped pack: citations exist and name the right section."""

from __future__ import annotations

import pytest

from triage.offline import OfflineEngine

CASES = [
    (
        "Cameras in the call centre read the agents' facial expressions to see who is frustrated.",
        "Art. 5(1)(f)",
    ),
    ("Die KI bewertet Lebensläufe von Bewerbern und erstellt eine Rangliste.", "Anhang III Nr. 4"),
    ("A chatbot on our website answers customers' questions about deliveries.", "Art. 50(1)"),
    ("Ein KI-Chat in unserer App beantwortet Fragen der Mitglieder zu Kursen.", "Art. 50 Abs. 1"),
    ("Summarise our monthly sales reports for the management meeting.", "Minimal risk"),
    ("ECG patch whose AI detects atrial fibrillation; we will certify it as a medical device.", "Art. 6(1)"),
]


@pytest.mark.parametrize(("text", "section"), CASES)
def test_citations_exist_and_back_the_basis(triage_pack_store, text: str, section: str) -> None:  # type: ignore[no-untyped-def]
    result = OfflineEngine(triage_pack_store).triage(text)
    assert result.policy_version == triage_pack_store.policy_version()
    assert result.citations
    for citation in result.citations:
        stored = triage_pack_store.get(citation.passage_id)
        assert stored is not None, citation.passage_id
        assert citation.snippet in stored.text
    assert section in result.citations[0].section.split(">")[-1]
