"""Unit tests for the offline extractor on hand-written messages (DE and EN)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.extractor import OfflineExtractor
from intake.fields import IdeaDraft
from intake.personal import yes_no

EX = OfflineExtractor()
EVAL = Path("/work/shared/eval/ideas.jsonl")


def extract(
    text: str, lang: str = "en", asked: str | None = None, draft: IdeaDraft | None = None
) -> IdeaDraft:
    return EX.extract(text, lang=lang, draft=draft or IdeaDraft(), asked=asked)


def test_rich_english_message_is_split_into_fields():
    d = extract(
        "HR gets 500 CVs a month and screening them by hand takes too long. A bot that pre-sorts "
        "applications for recruiters would save 30 % of the time."
    )
    assert d.problem.startswith("HR gets 500 CVs")
    assert d.solution.startswith("A bot that pre-sorts")
    assert d.department == "HR"
    assert d.affected == "Recruiters"
    assert "CVs" in d.data_used and d.personal_data is True
    assert "30 %" in d.benefit
    assert 0 < len(d.title) <= 60


def test_rich_german_message_is_split_into_fields():
    d = extract(
        "Für den Kundenservice: Eine KI soll eingehende Tickets automatisch kategorisieren, "
        "keine personenbezogenen Daten. Das spart 2 Stunden am Tag.",
        "de",
    )
    assert d.department == "Kundenservice"
    assert d.data_used == "Tickets"
    assert d.personal_data is False
    assert "2 Stunden" in d.benefit
    assert "Tickets" in d.title


def test_effort_today_becomes_problem_and_estimate():
    d = extract("Our sales reps spend 3 hours a week writing call notes. An AI could summarise calls.")
    assert d.problem.startswith("Our sales reps spend")
    assert "3 hours" in d.benefit
    assert d.title == "Summarise calls"


def test_labelled_fields_are_taken_as_written_and_left_out_of_the_description() -> None:
    d = extract("Eine KI soll den Dispo-Rahmen automatisch anpassen. Abteilung: Privatkundengeschäft. "
                "Daten: Kontoumsätze. Das spart den Beratern 10 Stunden pro Woche.", "de")
    assert (d.department, d.data_used) == ("Privatkundengeschäft", "Kontoumsätze")
    assert "Abteilung" not in d.solution and "Kontoumsätze" not in d.solution
    assert "10 Stunden" in d.benefit
    d = extract("Summarise supplier contracts for procurement. Department: Purchasing; Users: category managers")
    assert (d.department, d.affected) == ("Procurement", "category managers")  # the vocabulary's name


@pytest.mark.parametrize(("text", "title"), [
    ("Wir möchten, dass eine KI eingehende Lieferantenrechnungen ausliest.",
     "Eingehende Lieferantenrechnungen ausliest"),
    ("We would like to have AI draft the monthly board report.", "Have AI draft the monthly board report"),
    ("Eine KI soll den Dispo-Rahmen automatisch anpassen?", "Dispo-Rahmen automatisch anpassen"),
])
def test_a_wish_phrase_is_not_the_title(text: str, title: str) -> None:
    assert extract(text).title == title


def test_a_sentence_read_as_benefit_still_describes_the_idea():
    d = extract("Für unsere Streaming-Plattform: ein eingebauter Generator, mit dem Streamer per Prompt "
                "Hintergrundmusik und Overlay-Grafiken erstellen und in ihren Streams nutzen.", "de")
    assert "eingebauter Generator" in d.solution
    assert d.title and d.title != "." and d.benefit == ""  # so the bot still asks what it is good for
    d = extract("For our finance team: an AI should read supplier invoices automatically and save 5 hours a week.")
    assert d.solution.startswith("For our finance team: an AI should read") and d.benefit == "5 hours"


def test_message_is_not_copied_into_every_field():
    text = "An AI should write product descriptions for the web shop."
    d = extract(text)
    assert d.benefit == "" and d.problem == "" and d.data_used == ""
    assert d.personal_data is None


def test_vague_text_fills_no_description():
    d = extract("I have an idea for AI")
    assert not d.solution and not d.problem


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("ja", True),
        ("Yes, customer names", True),
        ("nein", False),
        ("no", False),
        ("keine personenbezogenen Daten", False),
        ("not sure", True),
        ("weiß nicht", True),
        ("banana", None),
    ],
)
def test_personal_data_answers_are_normalised(answer, expected):
    assert yes_no(answer) is expected


def test_answer_fills_the_asked_field_and_normalises_department():
    d = extract("Das wäre für die Buchhaltung", "de", asked="department")
    assert d.department == "Finanzen/Buchhaltung"
    d = extract("Quality assurance", "en", asked="department")
    assert d.department == "Quality assurance"


def test_data_answer_also_sets_personal_data():
    d = extract("Support tickets with customer names", asked="data_used")
    assert "tickets" in d.data_used.lower() and d.personal_data is True


def test_answer_does_not_overwrite_other_fields():
    draft = IdeaDraft(solution="Sort tickets", department="IT")
    d = extract("the sales team", asked="affected", draft=draft)
    assert d.affected == "Sales team" and d.department == "IT"


def test_eval_ideas_get_short_titles_and_a_description():
    for line in EVAL.read_text(encoding="utf-8").splitlines():
        idea = json.loads(line)
        d = extract(idea["text"], idea["lang"])
        assert d.solution or d.problem, idea["id"]
        assert 0 < len(d.title) <= 80 and len(d.title) < len(idea["text"]), idea["id"]
        assert d.benefit != idea["text"] and d.affected != idea["text"], idea["id"]


@pytest.mark.parametrize("text", [
    "Wir möchten mit KI Protokolle aus Meetings zusammenfassen, ohne personenbezogene Daten.",
    "Die Daten sind nicht personenbezogen, nur Maschinendaten.",
    "Kein Personenbezug, es geht um Produktdaten.",
])
def test_negated_personal_data_in_german_is_no(text: str) -> None:
    from intake.extractor import OfflineExtractor
    from intake.fields import IdeaDraft

    assert OfflineExtractor().extract(text, lang="de", draft=IdeaDraft(), asked=None).personal_data is False
