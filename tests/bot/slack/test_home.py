"""App Home lists the user's ideas with their status; "New idea" opens the form; the form files an idea."""

from __future__ import annotations

import json

import pytest
from sqlmodel import Session, select

from intake.fields import IdeaDraft
from portfolio.models import UseCase

pytestmark = pytest.mark.db


def open_home(slack_app, user: str) -> dict:
    before = len(slack_app.api.of("views.publish", user_id=user))
    response = slack_app.sender.event({"type": "app_home_opened", "user": user, "channel": f"D{user[1:]}",
                                       "tab": "home", "event_ts": "1700000000.1"})
    assert response.status_code == 200
    return slack_app.api.wait_for("views.publish", before + 1, user_id=user)[-1].params["view"]


def test_home_shows_my_ideas_and_a_new_idea_button(slack_app):
    view = open_home(slack_app, "UALICE")
    assert "You have not submitted an idea yet" in json.dumps(view)
    slack_app.container.intake.sink.save_draft(IdeaDraft(title="HR chatbot"), channel="slack", user_id="UALICE",
                                               display_name=None, lang="en", draft_id=None)
    flat = json.dumps(open_home(slack_app, "UALICE"))
    assert "HR chatbot" in flat and "draft" in flat and "New idea" in flat


def test_the_form_files_a_whole_idea(slack_app):
    api, send = slack_app.api, slack_app.sender
    home = open_home(slack_app, "UEVA")
    button = slack_app.button_in(home["blocks"], "New idea")
    assert send.interaction({"type": "block_actions", "user": {"id": "UEVA", "username": "eva"},
                             "container": {"type": "view", "view_id": "VHOME"}, "view": home,
                             "actions": [{"type": "button", **button}]}).status_code == 200
    form = api.wait_for("views.open")[-1].params["view"]
    assert form["callback_id"] == "idea_form"
    values = {name: {"value": {"type": "plain_text_input", "value": value}} for name, value in {
        "title": "Invoice reader", "problem": "Finance types supplier invoices by hand.",
        "solution": "An AI reads supplier invoices and fills the ERP.", "affected": "Accounts payable clerks",
        "department": "Finance", "data_used": "supplier invoices (PDF)", "benefit": "10 hours a week"}.items()}
    values["personal_data"] = {"value": {"type": "radio_buttons", "selected_option": {"value": "no"}}}
    response = send.submit_view("UEVA", form, values)
    assert response.status_code == 200 and response.text in ("", "null")  # the modal closes
    dm = api.wait_for("chat.postMessage", channel="UEVA")[-1]
    assert "is submitted" in dm.params["text"]
    with Session(slack_app.container.engine) as session:
        [idea] = session.exec(select(UseCase)).all()
    assert (idea.title, idea.status, idea.department, idea.personal_data) == ("Invoice reader", "submitted",
                                                                             "Finance", False)
    assert "Invoice reader" in json.dumps(api.wait_for("views.publish", 2, user_id="UEVA")[-1].params["view"])


def test_an_empty_form_is_refused_in_the_form(slack_app):
    from bot.slack.views import idea_form

    response = slack_app.sender.submit_view("UEVA", idea_form("de"), {})
    assert response.json()["response_action"] == "errors"
