"""Build the neutral replies the conversation sends: questions, the summary card, choices.

Separate from the flow so the wording and layout of what users see can change without
touching the state machine; every value shown is stripped of markup again (defence in depth).
"""

from __future__ import annotations

from intake.commands import button_value
from intake.fields import FIELD_ORDER, IdeaDraft
from intake.messages import Choice, Reply, SummaryCard
from intake.sanitize import strip_markup
from intake.state import State
from intake.texts import label, status_label, t


def shown(value: object, lang: str) -> str:
    """A draft value as users read it."""
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    return strip_markup(str(value or ""))


def question(state: State, field: str, *, again: bool = False) -> Reply:
    """One short question for `field`, with yes/no buttons where that is the answer."""
    key = f"again_{field}" if again and field in ("personal_data", "solution") else f"q_{field}"
    choices: list[Choice] = []
    if field == "personal_data":
        choices = [
            Choice(t(k, state.lang), button_value(state.nonce, "answer", k)) for k in ("yes", "no", "unsure")
        ]
    return Reply(t(key, state.lang), choices=choices)


def summary(state: State) -> Reply:
    """The summary card with Confirm / Edit / Cancel (the buttons live on the card only)."""
    lang = state.lang
    draft = state.draft
    fields = [
        (label(name, lang), shown(getattr(draft, name), lang))
        for name in FIELD_ORDER
        if name != "title" and getattr(draft, name) not in ("", None)
    ]
    choices = [
        Choice(t("btn_confirm", lang), button_value(state.nonce, "confirm")),
        Choice(t("btn_edit", lang), button_value(state.nonce, "edit")),
        Choice(t("btn_cancel", lang), button_value(state.nonce, "cancel")),
    ]
    card = SummaryCard(title=shown(draft.title, lang), fields=fields, choices=choices)
    # Adapters render the card (fields and buttons); the text is only its lead-in.
    return Reply(t("summary_intro", lang), card=card)


def edit_pick(state: State, *, unknown: str | None = None) -> Reply:
    """Buttons for every field the user can change."""
    lang = state.lang
    choices = [Choice(label(name, lang), button_value(state.nonce, "field", name)) for name in FIELD_ORDER]
    text = t("edit_unknown", lang, field=strip_markup(unknown)) if unknown else t("edit_pick", lang)
    return Reply(text, choices=choices)


def duplicates(state: State) -> Reply:
    """Similar ideas with "file anyway" / "add to #N instead"."""
    lang = state.lang
    lines = [f"#{i} {strip_markup(title)} ({round(score * 100)} %)" for i, title, score in state.candidates]
    choices = [Choice(t("btn_file", lang), button_value(state.nonce, "file"))]
    choices += [
        Choice(t("btn_merge", lang, id=i), button_value(state.nonce, "merge", str(i)))
        for i, _, _ in state.candidates
    ]
    return Reply("\n".join([t("duplicates", lang), *lines]), choices=choices)


def status_list(ideas: list[tuple[int, str, str]], lang: str) -> Reply:
    if not ideas:
        return Reply(t("status_none", lang))
    lines = [f"#{i} {strip_markup(title)}: {status_label(status, lang)}" for i, title, status in ideas]
    return Reply("\n".join([t("status_head", lang), *lines]))


def has_content(draft: IdeaDraft) -> bool:
    """Whether there is anything worth keeping as a draft."""
    return any(getattr(draft, name) not in ("", None) for name in FIELD_ORDER)
