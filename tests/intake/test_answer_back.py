"""A reviewer asks back; the submitter answers in the chat; the idea goes back to triage and review."""

import pytest
from sqlmodel import Session

from core.wiring import Container
from portfolio import notifications, repository
from triage import review

pytestmark = pytest.mark.db
RICH = ("Our service desk spends hours sorting incoming tickets by hand. An AI should classify support tickets "
        "and route them to the right team. It uses the ticket texts, which contain customer names. For the IT "
        "service desk; saves about 2 hours a day.")


def file_idea(chat) -> int:  # type: ignore[no-untyped-def]
    chat.say(RICH)
    for answer in ("The service desk agents", "IT", "yes"):
        if chat.card is None:
            chat.say(answer)
    chat.click("confirm")
    return int(next(r.idea_id for r in chat.replies if r.idea_id))


def test_answering_a_question_reopens_the_idea_for_triage(chat, make_chat, container: Container) -> None:  # type: ignore[no-untyped-def]
    idea = file_idea(chat)
    container.worker.drain()
    with Session(container.engine) as s:
        review.decide(s, idea_id=idea, decision=review.Decision.ask_back, reviewer="web:rita",
                      reviewer_ids=container.settings.reviewer_ids, reason="Are the customer names needed?")
        s.commit()
        note = notifications.pending(s, channel="web", user_id="u1")[-1]
    assert f"reply #{idea}" in note.text

    assert "can't find" in make_chat(user_id="intruder").say(f"reply #{idea} no names needed")[0].text
    chat.say(f"reply #{idea}: No, we can strip the names before classification.")
    assert "added your answer" in chat.text
    with Session(container.engine) as s:
        uc = repository.get_use_case(s, idea_id=idea)
        assert uc.status == "submitted" and "strip the names" in (uc.problem or "")
        assert repository.audit_trail(s, idea_id=idea)[-1].action == "answered"
    assert container.worker.drain() == 1
    with Session(container.engine) as s:
        assert repository.get_use_case(s, idea_id=idea).status == "triaged"
    assert "keine offene Frage" in chat.say(f"antwort #{idea} das ist jetzt erledigt, danke")[0].text


def test_an_idea_that_starts_with_answer_and_a_number_is_not_a_reply(chat) -> None:  # type: ignore[no-untyped-def]
    chat.say("Answer 200 support tickets a day with an AI bot for the customer service team")
    assert "can't find" not in chat.text and chat.state["draft"]["solution"]
