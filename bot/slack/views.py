"""Slack surfaces that are not chat messages: App Home ("my ideas"), the idea form, the reason form.

Pure builders and parsers; the listeners open, publish and read them.
"""

from __future__ import annotations

import json
from typing import Any

from bot.slack.blocks import Block, escape, plain_text, section
from intake.fields import IdeaDraft
from intake.texts import label, status_label

HOME_NEW_IDEA = "home_new_idea"
IDEA_FORM = "idea_form"
REASON_FORM = "review_reason"

# The form's text inputs: (field, multiline, required).
FORM_FIELDS = (("title", False, True), ("problem", True, False), ("solution", True, True),
               ("affected", False, False), ("department", False, False), ("data_used", True, False),
               ("benefit", True, False))

_HOME = {
    "en": {"head": "My AI ideas", "none": "You have not submitted an idea yet.", "new": "New idea",
           "hint": "Or just write me a message, or type `/idea` anywhere."},
    "de": {"head": "Meine KI-Ideen", "none": "Du hast noch keine Idee eingereicht.", "new": "Neue Idee",
           "hint": "Oder schreib mir einfach eine Nachricht, oder tippe `/idea` in einem Kanal."},
}
_FORM = {"en": ("Submit an AI idea", "Submit", "Cancel", "Personal data involved?", ("yes", "no", "not sure")),
         "de": ("KI-Idee einreichen", "Einreichen", "Abbrechen", "Personenbezogene Daten?", ("ja", "nein",
                                                                                          "weiß nicht"))}


def home_view(ideas: list[tuple[int, str, str]], lang: str) -> dict[str, Any]:
    """App Home: the user's ideas with their status, and a button for a new one."""
    words = _HOME["de" if lang == "de" else "en"]
    blocks: list[Block] = [
        {"type": "header", "text": plain_text(words["head"], 150)},
        {"type": "actions", "block_id": "home_actions", "elements": [
            {"type": "button", "action_id": HOME_NEW_IDEA, "style": "primary", "text": plain_text(words["new"]),
             "value": "new"}]},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": words["hint"]}]},
        {"type": "divider"},
    ]
    if not ideas:
        blocks.append(section(words["none"]))
    for idea_id, title, status in ideas[:40]:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": (
            f"*#{idea_id} {escape(title)[:200]}*\n{escape(status_label(status, lang))}")}})
    return {"type": "home", "blocks": blocks}


def idea_form(lang: str, *, prefill: str = "") -> dict[str, Any]:
    """The whole idea as one modal, for people who prefer a form to a chat."""
    key = "de" if lang == "de" else "en"
    title, submit, close, personal, answers = _FORM[key]
    blocks: list[Block] = []
    for name, multiline, required in FORM_FIELDS:
        element: dict[str, Any] = {"type": "plain_text_input", "action_id": "value", "multiline": multiline,
                                   "max_length": 3000 if multiline else 200}
        if name == "solution" and prefill:
            element["initial_value"] = prefill[:3000]
        blocks.append({"type": "input", "block_id": name, "optional": not required,
                       "label": plain_text(label(name, key), 2000), "element": element})
    options = [{"text": plain_text(text), "value": value} for text, value in zip(answers, ("yes", "no", "unsure"),
                                                                                  strict=True)]
    blocks.append({"type": "input", "block_id": "personal_data", "optional": True, "label": plain_text(personal),
                   "element": {"type": "radio_buttons", "action_id": "value", "options": options}})
    return {"type": "modal", "callback_id": IDEA_FORM, "private_metadata": json.dumps({"lang": key}),
            "title": plain_text(title, 24), "submit": plain_text(submit, 24), "close": plain_text(close, 24),
            "blocks": blocks}


def read_idea_form(view: dict[str, Any]) -> tuple[IdeaDraft, str]:
    """The draft a submitted form describes, and the form's language."""
    values = view.get("state", {}).get("values", {})

    def value(block: str) -> Any:
        element = values.get(block, {}).get("value", {})
        if element.get("type") == "radio_buttons":
            return (element.get("selected_option") or {}).get("value")
        return (element.get("value") or "").strip()

    fields: dict[str, Any] = {name: value(name) for name, _, _ in FORM_FIELDS}
    answer = value("personal_data")
    # "not sure" counts as yes: a reviewer should look at the data then.
    fields["personal_data"] = None if answer is None else answer != "no"
    lang = json.loads(view.get("private_metadata") or "{}").get("lang", "en")
    return IdeaDraft.model_validate(fields), lang


def reason_form(*, idea_id: int, decision: str, title: str, channel: str, ts: str) -> dict[str, Any]:
    """Asks the reviewer why (required for reject and ask back) and, to merge, into which idea."""
    blocks: list[Block] = [section(f"#{idea_id} {title}")]
    if decision == "merge":
        blocks.append({"type": "input", "block_id": "merge_into", "label": plain_text("Merge into idea #"),
                       "element": {"type": "number_input", "action_id": "value", "is_decimal_allowed": False,
                                   "min_value": "1"}})
    blocks.append({"type": "input", "block_id": "reason", "optional": decision in ("approve", "merge"),
                   "label": plain_text("Reason (the submitter sees it)"),
                   "element": {"type": "plain_text_input", "action_id": "value", "multiline": True,
                               "max_length": 2000}})
    meta = json.dumps({"idea_id": idea_id, "decision": decision, "channel": channel, "ts": ts})
    names = {"approve": "Approve", "reject": "Reject", "ask_back": "Ask back", "merge": "Merge"}
    return {"type": "modal", "callback_id": REASON_FORM, "private_metadata": meta,
            "title": plain_text(f"{names.get(decision, decision)} #{idea_id}", 24),
            "submit": plain_text(names.get(decision, "OK"), 24), "close": plain_text("Cancel", 24),
            "blocks": blocks}


def read_reason_form(view: dict[str, Any]) -> tuple[dict[str, Any], str | None, str | None]:
    """(metadata, reason, merge target as typed) from a submitted reason form."""
    values = view.get("state", {}).get("values", {})
    reason = (values.get("reason", {}).get("value", {}).get("value") or "").strip() or None
    merge = (values.get("merge_into", {}).get("value", {}).get("value") or "").strip() or None
    return json.loads(view.get("private_metadata") or "{}"), reason, merge
