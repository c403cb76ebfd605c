"""Rendering neutral replies as Block Kit and reading Slack's encoded text (no app, no database)."""

from __future__ import annotations

from bot.slack.blocks import answered, from_slack, render
from intake.messages import Choice, Reply, SummaryCard


def test_quick_replies_become_buttons_with_unique_action_ids():
    blocks = render(Reply("Personal data?", choices=[Choice("Yes", "n1|answer|yes"), Choice("No", "n1|answer|no")]))
    assert blocks[0]["text"]["text"] == "Personal data?"
    assert [(e["action_id"], e["value"]) for e in blocks[1]["elements"]] == [
        ("intake_btn_0", "n1|answer|yes"), ("intake_btn_1", "n1|answer|no")]


def test_summary_card_has_header_fields_and_a_primary_confirm():
    card = SummaryCard(title="Invoice <reader>", fields=[("Department", "Finance & Controlling")],
                       choices=[Choice("Submit", "n|confirm"), Choice("Edit", "n|edit"), Choice("Cancel", "n|cancel")])
    blocks = render(Reply("Here is your idea.\n\nTitle: ...", choices=card.choices, card=card))
    assert [b["type"] for b in blocks] == ["section", "header", "section", "actions"]
    assert blocks[1]["text"]["text"] == "Invoice <reader>"  # plain text is not mrkdwn
    assert blocks[2]["fields"][0]["text"] == "*Department*\nFinance &amp; Controlling"
    assert blocks[3]["elements"][0]["style"] == "primary"


def test_long_text_is_cut_to_slacks_limits():
    blocks = render(Reply("x" * 10_000))
    assert len(blocks[0]["text"]["text"]) <= 3000


def test_answered_message_loses_its_buttons():
    blocks = render(Reply("Q?", choices=[Choice("Yes", "v")]))
    assert [b["type"] for b in answered(blocks, "Yes")] == ["section", "context"]


def test_slack_text_is_read_as_typed():
    text = "<@UBOT> idea: sort <https://x.example|tickets> &amp; <mailto:a@b.c|mail> for <@U123|bob> &lt;3"
    assert from_slack(text, bot_user_id="UBOT") == "idea: sort tickets & mail for @bob <3"
