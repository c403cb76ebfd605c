"""How many questions the bot asks before the summary, for the intake-turns benchmark.

`questions_until_summary` plays a cooperative user: it sends the first message, then answers
each question with a plain, complete answer for the field asked, and counts the questions
until the summary card appears.  The count therefore measures the extractor and the
question plan, not the simulated answers.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable

from intake.conversation import ConversationService
from intake.memory import MemorySink, MemoryStore, StaticDuplicates
from intake.messages import Inbound, Lang

ANSWERS: dict[str, dict[str, str]] = {
    "en": {
        "solution": "An AI assistant that drafts answers to customer emails for the service team.",
        "problem": "Answering the same questions by hand takes too long.",
        "affected": "The customer service team",
        "department": "Customer Service",
        "data_used": "Customer emails, and yes, they contain personal data.",
        "personal_data": "yes",
        "benefit": "About 2 hours per week per person.",
        "title": "Email drafts",
    },
    "de": {
        "solution": "Eine KI, die Antworten auf Kunden-E-Mails für das Serviceteam vorformuliert.",
        "problem": "Die gleichen Fragen manuell zu beantworten dauert zu lange.",
        "affected": "Das Team im Kundenservice",
        "department": "Kundenservice",
        "data_used": "Kunden-E-Mails, ja, mit personenbezogenen Daten.",
        "personal_data": "ja",
        "benefit": "Etwa 2 Stunden pro Woche pro Person.",
        "title": "E-Mail-Entwürfe",
    },
}
MAX_TURNS = 12


def questions_until_summary(first_message: str, *, lang_hint: Lang | None = None) -> int:
    """Bot questions after `first_message` until the summary card (MAX_TURNS if it never comes)."""
    store = MemoryStore()
    service = ConversationService(store=store, sink=MemorySink(), duplicates=StaticDuplicates())
    replies = service.handle(Inbound(channel="bench", user_id="u", text=first_message, lang_hint=lang_hint))
    for count in range(MAX_TURNS):
        if any(r.card is not None for r in replies):
            return count
        state = store.load("bench", "u", "default") or {}
        answers = ANSWERS.get(str(state.get("lang")), ANSWERS["en"])
        answer = answers.get(str(state.get("asked")), answers["solution"])
        replies = service.handle(Inbound(channel="bench", user_id="u", text=answer))
    return MAX_TURNS


def median_questions(texts: Iterable[str]) -> float:
    """Median of `questions_until_summary` over first messages (goal: at most 2)."""
    return float(statistics.median(questions_until_summary(text) for text in texts))
