"""Reviewers decide in the review channel: Approve / Reject / Ask back / Merge, each with a reason form;
the card is redrawn to show who decided, the submitter is told, and nobody else can press the buttons."""

from __future__ import annotations

import json

import pytest
from sqlmodel import Session

from bot.slack import SlackNotifier
from intake.fields import IdeaDraft
from portfolio import repository

pytestmark = pytest.mark.db

REVIEWER, CHANNEL = "URITA", "CREVIEW"


def triaged_idea(container, title: str = "Summarise sales calls into the CRM", user: str = "UALICE") -> int:
    draft = IdeaDraft(title=title, problem="Reps write call notes by hand.", solution="An AI summarises calls.",
                      affected="Sales reps", department="Sales", data_used="call recordings", personal_data=True,
                      benefit="3 hours a week")
    idea_id = container.intake.sink.file(draft, channel="slack", user_id=user, display_name="alice", lang="en",
                                         draft_id=None)
    container.worker.drain()
    return idea_id


def status(container, idea_id: int) -> str:
    with Session(container.engine) as session:
        return str(repository.get_use_case(session, idea_id=idea_id).status)


def posted_card(slack_app, idea_id: int):
    notifier = SlackNotifier(slack_app.container)
    assert notifier.post_review_cards() == 1
    assert notifier.post_review_cards() == 0  # once per triage
    card = slack_app.api.of("chat.postMessage", channel=CHANNEL)[-1]
    assert f"#{idea_id}" in card.params["text"]
    return card


def press(slack_app, user: str, card, label: str):
    return slack_app.sender.click(user, slack_app.as_message(card), CHANNEL, slack_app.button_in(
        card.params["blocks"], label))


def open_reason_form(slack_app, card, label: str) -> dict:
    assert press(slack_app, REVIEWER, card, label).status_code == 200
    return slack_app.api.wait_for("views.open")[-1].params["view"]


def test_review_card_shows_the_triage_and_the_four_buttons(slack_app):
    idea_id = triaged_idea(slack_app.container)
    card = posted_card(slack_app, idea_id)
    flat = json.dumps(card.params["blocks"])
    with Session(slack_app.container.engine) as session:
        triage = repository.get_use_case(session, idea_id=idea_id).triage_draft
    assert triage is not None
    assert triage["tier"] in flat and triage["basis"] in flat and triage["quadrant"] in flat and "<@UALICE>" in flat
    labels = [b["text"]["text"] for b in card.params["blocks"][-1]["elements"]]
    assert labels == ["Approve", "Reject", "Ask back", "Merge"]


def test_reviewer_approves_and_the_card_and_submitter_are_updated(slack_app):
    container, api = slack_app.container, slack_app.api
    idea_id = triaged_idea(container)
    card = posted_card(slack_app, idea_id)
    view = open_reason_form(slack_app, card, "Approve")
    response = slack_app.sender.submit_view(REVIEWER, view, {"reason": {"value": {
        "type": "plain_text_input", "value": "Clear benefit, low risk."}}})
    assert response.status_code == 200 and response.text in ("", "null")
    assert status(container, idea_id) == "approved"
    update = api.wait_for("chat.update", channel=CHANNEL)[-1]
    assert update.params["ts"] == card.response["ts"]
    flat = json.dumps(update.params["blocks"])
    assert "Approved by <@URITA>" in flat and "Clear benefit" in flat and '"actions"' not in flat
    notifier = SlackNotifier(container)
    assert notifier.deliver_pending() == 2  # triage done, then the decision
    texts = [c.params["text"] for c in api.of("chat.postMessage", channel="UALICE")]
    assert any("was approved" in t and "Clear benefit" in t for t in texts)


def test_reject_needs_a_reason_shown_in_the_form(slack_app):
    container = slack_app.container
    idea_id = triaged_idea(container)
    view = open_reason_form(slack_app, posted_card(slack_app, idea_id), "Reject")
    response = slack_app.sender.submit_view(REVIEWER, view, {})
    assert response.status_code == 200
    assert response.json()["response_action"] == "errors" and "reason" in response.json()["errors"]
    assert status(container, idea_id) == "triaged"
    response = slack_app.sender.submit_view(REVIEWER, view, {"reason": {"value": {
        "type": "plain_text_input", "value": "Duplicates the CRM vendor's feature."}}})
    assert response.status_code == 200 and status(container, idea_id) == "rejected"


def test_merge_into_another_idea(slack_app):
    container = slack_app.container
    older = triaged_idea(container, "Call summaries for sales")
    SlackNotifier(container).post_review_cards()
    idea_id = triaged_idea(container, "Sales call notes by AI", user="UBEN")
    view = open_reason_form(slack_app, posted_card(slack_app, idea_id), "Merge")
    assert any(b.get("block_id") == "merge_into" for b in view["blocks"])
    unknown = slack_app.sender.submit_view(REVIEWER, view, {"merge_into": {"value": {
        "type": "number_input", "value": "999"}}})
    assert unknown.json()["response_action"] == "errors"
    response = slack_app.sender.submit_view(REVIEWER, view, {"merge_into": {"value": {
        "type": "number_input", "value": str(older)}}})
    assert response.status_code == 200 and status(container, idea_id) == "merged"
    update = slack_app.api.wait_for("chat.update", channel=CHANNEL)[-1]
    assert f"into #{older}" in json.dumps(update.params["blocks"])


def test_a_non_reviewer_is_told_off_and_nothing_changes(slack_app):
    container, api = slack_app.container, slack_app.api
    idea_id = triaged_idea(container)
    card = posted_card(slack_app, idea_id)
    for label in ("Approve", "Reject", "Ask back", "Merge"):
        assert press(slack_app, "UMALLORY", card, label).status_code == 200
    ephemeral = api.wait_for("chat.postEphemeral", 4, channel=CHANNEL, user="UMALLORY")
    assert all("Only PMO reviewers" in c.params["text"] for c in ephemeral)
    assert api.of("views.open") == [] and api.of("chat.update") == []
    assert status(container, idea_id) == "triaged"


def test_a_forged_form_submission_by_a_non_reviewer_is_refused(slack_app):
    container = slack_app.container
    idea_id = triaged_idea(container)
    view = open_reason_form(slack_app, posted_card(slack_app, idea_id), "Approve")
    response = slack_app.sender.submit_view("UMALLORY", view, {})
    assert response.json()["response_action"] == "errors"
    assert status(container, idea_id) == "triaged"


def test_ask_back_is_a_new_card_after_the_next_triage(slack_app):
    container = slack_app.container
    idea_id = triaged_idea(container)
    view = open_reason_form(slack_app, posted_card(slack_app, idea_id), "Ask back")
    slack_app.sender.submit_view(REVIEWER, view, {"reason": {"value": {"type": "plain_text_input",
                                                                       "value": "Which CRM?"}}})
    assert status(container, idea_id) == "needs_info"
    notifier = SlackNotifier(container)
    assert notifier.post_review_cards() == 0
    notifier.deliver_pending()
    assert any("Which CRM?" in c.params["text"] for c in slack_app.api.of("chat.postMessage", channel="UALICE"))
