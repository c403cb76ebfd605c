"""Render the intake's neutral replies as Block Kit, and read Slack's text back as plain text.

Pure functions (no client, no database) so the layout can be tested and changed on its own:
quick replies become buttons, the summary card a header, fields and Confirm / Edit / Cancel.
"""

from __future__ import annotations

import html
import re
from typing import Any

from intake.messages import Reply

INTAKE_ACTION = "intake_btn_{}"  # action ids must be unique within one message
INTAKE_ACTION_PATTERN = re.compile(r"^intake_btn_\d+$")
MAX_SECTION = 2900  # Slack allows 3000 characters in a section's text

Block = dict[str, Any]


def escape(text: str) -> str:
    """Slack mrkdwn escaping: only &, < and > are special."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_text(value: str, limit: int = 75) -> dict[str, Any]:
    return {"type": "plain_text", "text": _cut(value, limit) or " ", "emoji": True}


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _cut(escape(text), MAX_SECTION) or " "}}


def buttons(reply: Reply, *, primary_first: bool = False) -> Block:
    elements = []
    for i, choice in enumerate(reply.choices[:25]):
        button: Block = {"type": "button", "action_id": INTAKE_ACTION.format(i), "text": plain_text(choice.label),
                         "value": choice.value[:2000]}
        if primary_first and i == 0:
            button["style"] = "primary"
        elements.append(button)
    return {"type": "actions", "block_id": "intake_choices", "elements": elements}


def render(reply: Reply) -> list[Block]:
    """Blocks for one reply; the reply's text stays the notification / fallback text."""
    if reply.card is not None:
        card = reply.card
        intro = reply.text.split("\n", 1)[0]
        fields = [{"type": "mrkdwn", "text": _cut(f"*{escape(name)}*\n{escape(value)}", 1990)}
                  for name, value in card.fields[:10]]
        blocks: list[Block] = [section(intro), {"type": "header", "text": plain_text(card.title, 150)}]
        if fields:
            blocks.append({"type": "section", "fields": fields})
        if card.choices:
            blocks.append(buttons(Reply(text="", choices=card.choices), primary_first=True))
        return blocks
    blocks = [section(reply.text)]
    if reply.choices:
        blocks.append(buttons(reply))
    return blocks


def answered(blocks: list[Block], chosen: str) -> list[Block]:
    """The clicked message without its buttons and with what was chosen, so it is not clicked twice."""
    kept = [b for b in blocks if b.get("type") != "actions"]
    return [*kept, {"type": "context", "elements": [{"type": "mrkdwn", "text": f"› {escape(chosen)}"}]}]


_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_LINK = re.compile(r"<([^<>|]+)\|([^<>]+)>")
_BARE = re.compile(r"<([^<>]+)>")


def from_slack(text: str, *, bot_user_id: str | None = None) -> str:
    """Slack's encoded message text as the user typed it: mentions of the bot dropped, links as labels."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    text = _MENTION.sub(lambda m: "@" + m.group(0)[2:-1].split("|")[-1], text)
    text = _LINK.sub(lambda m: m.group(2), text)
    text = _BARE.sub(lambda m: m.group(1).lstrip("#!"), text)
    return html.unescape(text).strip()
