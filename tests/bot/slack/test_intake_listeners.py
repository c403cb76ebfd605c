"""A whole idea through Slack, as users do it: DM in English, a channel thread in German, `/idea`,
the message shortcut; and Slack's retries, which must never give a second idea or a second reply."""

from __future__ import annotations

import time

import pytest
from sqlmodel import Session, select

from bot.slack import SlackNotifier
from portfolio.models import InboundEvent, UseCase

pytestmark = pytest.mark.db

RICH_EN = ("Our sales reps spend 3 hours a week writing call notes by hand. "
           "An AI could summarise customer calls into the CRM.")
RICH_DE = ("Im Kundenservice beantworten wir jeden Tag 500 Tickets manuell. Eine KI soll Antwortvorschläge "
           "aus unseren E-Mails und Tickets erstellen, das spart etwa 2 Stunden pro Tag.")
ANSWERS_DE = ["Die Servicemitarbeitenden", "ja", "2 Stunden am Tag", "Kundenservice"]


def ideas(container) -> list[UseCase]:
    with Session(container.engine) as session:
        return list(session.exec(select(UseCase)).all())


def test_a_whole_english_idea_in_a_dm(slack_app):
    api, send = slack_app.api, slack_app.sender
    posts = slack_app.turn("DALICE", lambda: send.dm("UALICE", RICH_EN))
    card = slack_app.card_of(posts)
    assert card is not None, [p.params["text"] for p in posts]
    assert card.params.get("thread_ts") is None  # a top-level DM is answered at the top level
    confirm = slack_app.button_in(card.params["blocks"], "Submit")
    assert confirm.get("style") == "primary"
    assert [b["text"]["text"] for b in card.params["blocks"][-1]["elements"]] == ["Submit", "Edit", "Cancel"]

    filed = slack_app.turn("DALICE", lambda: send.click("UALICE", slack_app.as_message(card), "DALICE", confirm))
    assert "is submitted" in filed[-1].params["text"]
    updated = api.wait_for("chat.update", channel="DALICE")[-1]
    assert not any(b["type"] == "actions" for b in updated.params["blocks"])  # no second click

    [idea] = ideas(slack_app.container)
    assert (idea.status, idea.channel, idea.language) == ("submitted", "slack", "en")
    assert slack_app.container.worker.drain() == 1
    notifier = SlackNotifier(slack_app.container)
    assert notifier.deliver_pending() == 1
    dm = api.wait_for("chat.postMessage", channel="UALICE")[-1]
    assert f"#{idea.id}" in dm.params["text"] and "first assessment" in dm.params["text"]
    assert notifier.deliver_pending() == 0  # delivered once


def test_a_whole_german_idea_in_a_channel_thread(slack_app):
    send = slack_app.sender
    posts = slack_app.turn("CIDEAS", lambda: send.mention("UBERND", "CIDEAS", RICH_DE))
    root = posts[0].params["thread_ts"]
    assert all(p.params["thread_ts"] == root for p in posts)  # the bot answers in a thread
    answers = iter(ANSWERS_DE)
    while slack_app.card_of(posts) is None:  # plain thread replies are followed while the intake runs
        text = next(answers)
        posts = slack_app.turn("CIDEAS", lambda t=text: send.event({
            "type": "message", "channel": "CIDEAS", "channel_type": "channel", "user": "UBERND", "text": t,
            "ts": f"{root}9", "thread_ts": root}))
    card = slack_app.card_of(posts)
    assert card is not None and card.params["thread_ts"] == root
    confirm = slack_app.button_in(card.params["blocks"], "Einreichen")
    filed = slack_app.turn("CIDEAS", lambda: send.click("UBERND", slack_app.as_message(card), "CIDEAS", confirm))
    assert "ist eingereicht" in filed[-1].params["text"]
    [idea] = ideas(slack_app.container)
    assert (idea.status, idea.language, idea.department) == ("submitted", "de", "Kundenservice")
    slack_app.container.worker.drain()
    assert SlackNotifier(slack_app.container).deliver_pending() == 1
    dm = slack_app.api.wait_for("chat.postMessage", channel="UBERND")[-1]
    assert f"Deine Idee #{idea.id}" in dm.params["text"] and "vorbewertet" in dm.params["text"]


def test_channel_messages_outside_an_intake_thread_are_ignored(slack_app):
    api, send = slack_app.api, slack_app.sender
    response = send.event({"type": "message", "channel": "CIDEAS", "channel_type": "channel", "user": "UX",
                           "text": "lunch?", "ts": "1700000000.1", "thread_ts": "1700000000.0"})
    assert response.status_code == 200
    send.dm("UALICE", "Hallo")  # something that does answer, to know the first was processed
    api.wait_for("chat.postMessage", channel="DALICE")
    assert api.of("chat.postMessage", channel="CIDEAS") == []


def test_a_retried_event_gives_one_reply_and_one_record(slack_app):
    api, send = slack_app.api, slack_app.sender
    first = send.dm("UALICE", RICH_EN, event_id="Ev0RETRY01")
    assert first.status_code == 200
    api.wait_for("chat.postMessage", channel="DALICE")
    for attempt in (1, 2):
        retry = send.dm("UALICE", RICH_EN, event_id="Ev0RETRY01", retry_num=attempt)
        assert retry.status_code == 200  # acked, so Slack stops retrying
    send.dm("UALICE", "help")  # a later, different event: once it is answered the retries are through
    api.wait_for("chat.postMessage", 2, channel="DALICE")
    texts = [c.params["text"] for c in api.of("chat.postMessage", channel="DALICE")]
    assert sum("Shall I submit" in t for t in texts) == 1, texts
    deadline = time.monotonic() + 5  # the event is marked handled just after its reply is posted
    while True:
        with Session(slack_app.container.engine) as session:
            rows = session.exec(select(InboundEvent).where(InboundEvent.event_id == "Ev0RETRY01")).all()
        if rows and rows[0].state == "handled" or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert [(r.source, r.state, r.attempts) for r in rows] == [("slack", "handled", 1)]


def test_slash_command_with_text_starts_the_intake_in_a_dm(slack_app):
    api, send = slack_app.api, slack_app.sender
    acks: list = []
    first = slack_app.turn("UCARL", lambda: acks.append(send.command("UCARL", RICH_EN)) or acks[0])
    assert "direct message" in acks[0].text  # the ephemeral ack in the channel the command was typed in
    assert slack_app.card_of(first) is not None
    # A second /idea with text starts a new idea; the unfinished one is kept as a draft.
    second = slack_app.turn("UCARL", lambda: send.command("UCARL", RICH_EN, channel="DCARL"), expect=2)
    assert "start over" in second[0].params["text"] and slack_app.card_of(second[1:]) is not None
    assert [i.status for i in ideas(slack_app.container)] == ["draft"]
    assert api.of("chat.postMessage", channel="CGENERAL") == []


def test_slash_command_without_text_says_hello(slack_app):
    posts = slack_app.turn("UDORA", lambda: slack_app.sender.command("UDORA", ""))
    assert "Tell me about your AI idea" in posts[0].params["text"]


def test_message_shortcut_turns_a_message_into_a_draft_idea(slack_app):
    send = slack_app.sender
    posts = slack_app.turn("UEVA", lambda: send.interaction({
        "type": "message_action", "callback_id": "submit_idea", "user": {"id": "UEVA", "name": "eva"},
        "channel": {"id": "CIDEAS", "name": "ideas"}, "message_ts": "1700000000.000200",
        "message": {"type": "message", "user": "UFRANK", "ts": "1700000000.000200",
                    "text": "We could let an AI sort the <https://x.example/tickets|support tickets> "
                            "for the service desk &amp; save time."},
        "response_url": "https://hooks.slack.com/app/x"}))
    assert posts  # the conversation continues in the clicker's DM
    state = slack_app.container.intake.store.load("slack", "UEVA", "dm")
    assert state and state["step"] != "idle"
    assert "support tickets" in str(state["draft"]) and "&amp;" not in str(state["draft"])


def test_bots_and_edits_are_not_answered(slack_app):
    api, send = slack_app.api, slack_app.sender
    send.event({"type": "message", "subtype": "message_changed", "channel": "DALICE", "channel_type": "im",
                "ts": "1.2", "message": {"text": "x"}})
    send.event({"type": "message", "channel": "DALICE", "channel_type": "im", "user": "UBOT", "bot_id": "BBOT",
                "text": "my own reply", "ts": "1.3"})
    send.dm("UALICE", "Hallo")
    posts = api.wait_for("chat.postMessage", channel="DALICE")
    assert len(posts) == 1 and "Beschreib mir" in posts[0].params["text"]
