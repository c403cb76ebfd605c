"""App Home ("my ideas" with their status, a "New idea" button) and the idea form behind that button.

The form is for people who prefer filling fields to chatting: submitting it is the confirmation,
so the idea is filed through the same `IdeaSink` the conversation uses (status `submitted`,
triage queued in the same transaction) and the user gets the usual "filed" message in their DM.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App

from bot.slack.deps import CHANNEL, SlackDeps
from bot.slack.views import HOME_NEW_IDEA, IDEA_FORM, home_view, idea_form, read_idea_form
from intake.cards import shown
from intake.language import detect
from intake.messages import Reply
from intake.texts import t

log = logging.getLogger(__name__)


def publish_home(deps: SlackDeps, user: str) -> None:
    """(Re)draw the user's App Home from the portfolio."""
    ideas = deps.container.intake.sink.my_ideas(CHANNEL, user)
    deps.api.call("views.publish", user_id=user, view=home_view(ideas, deps.language(user)))


def register_home(app: App, deps: SlackDeps) -> None:
    def ack_only(ack: Ack) -> None:
        ack()

    def on_home_opened(event: dict[str, Any]) -> None:
        if event.get("tab", "home") == "home" and event.get("user"):
            publish_home(deps, event["user"])

    def open_form(body: dict[str, Any]) -> None:
        user = body["user"]["id"]
        deps.api.call("views.open", trigger_id=body["trigger_id"], view=idea_form(deps.language(user)))

    def ack_form(ack: Ack, view: dict[str, Any]) -> None:
        draft, _ = read_idea_form(view)
        if not draft.title or not (draft.solution or draft.problem):
            ack(response_action="errors", errors={"solution": "Please describe the idea. / Bitte beschreib die Idee."})
            return
        ack()  # closes the modal; filing happens after the ack

    def on_form(body: dict[str, Any], view: dict[str, Any]) -> None:
        draft, form_lang = read_idea_form(view)
        lang = detect(" ".join(p for p in (draft.title, draft.problem, draft.solution) if p), default=form_lang)
        lang = lang if lang in ("de", "en") else form_lang
        user = body["user"]
        idea_id = deps.container.intake.sink.file(draft, channel=CHANNEL, user_id=user["id"],
                                                  display_name=user.get("name") or user.get("username"),
                                                  lang=lang, draft_id=None)
        log.info("idea #%s filed from the Slack form by %s", idea_id, user["id"])
        text = t("filed", lang, id=idea_id, title=shown(draft.title, lang))
        result = deps.api.call("chat.postMessage", channel=user["id"], text=text)
        if not result.ok:
            deps.keep_for_later(user=user["id"], reply=Reply(text=text, idea_id=idea_id))
        publish_home(deps, user["id"])

    app.event("app_home_opened")(ack=ack_only, lazy=[deps.after_ack(on_home_opened)])
    app.action(HOME_NEW_IDEA)(ack=ack_only, lazy=[deps.after_ack(open_form)])
    app.view(IDEA_FORM)(ack=ack_form, lazy=[deps.after_ack(on_form)])
