"""Slack entry points of the intake conversation: DMs, mentions, `/idea`, the message shortcut, buttons.

Every listener is split the bolt way: the ack part only acknowledges (well inside Slack's 3 s), the
lazy part runs afterwards on the listener executor and does the real work: dedupe, the intake turn,
the Web API calls. Nothing here decides anything about an idea; that is the intake service's job.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot.slack.blocks import INTAKE_ACTION_PATTERN, answered, from_slack
from bot.slack.dedupe import first_delivery
from bot.slack.deps import DM, SlackDeps, conversation_key
from intake.messages import Reply
from intake.texts import t

SHORTCUT = "submit_idea"
COMMAND = "/idea"


def _ack(ack: Ack) -> None:
    ack()


def register_intake(app: App, deps: SlackDeps) -> None:
    """Attach the intake listeners to a bolt app."""

    def on_message(body: dict[str, Any], context: BoltContext) -> None:
        event = body.get("event", {})
        if event.get("subtype") or event.get("bot_id") or not event.get("user"):
            return  # edits, joins, other bots: not something a user said to us
        user, channel, thread = event["user"], event.get("channel", ""), event.get("thread_ts")
        if event.get("channel_type") == "im":
            conversation = DM
        else:
            # In channels we follow only threads where an intake is running; mentions come as app_mention.
            if not thread or (context.bot_user_id and f"<@{context.bot_user_id}" in event.get("text", "")):
                return
            conversation = conversation_key(channel, thread)
            if not deps.active(user=user, conversation=conversation):
                return
        if first_delivery(deps.container.engine, body):
            deps.converse(user=user, post_to=channel, thread_ts=thread, conversation=conversation,
                          text=from_slack(event.get("text", ""), bot_user_id=context.bot_user_id))

    def on_mention(body: dict[str, Any], context: BoltContext) -> None:
        event = body.get("event", {})
        if not event.get("user") or not first_delivery(deps.container.engine, body):
            return
        channel = event.get("channel", "")
        thread = event.get("thread_ts") or event.get("ts")
        deps.converse(user=event["user"], post_to=channel, thread_ts=None if channel.startswith("D") else thread,
                      conversation=conversation_key(channel, thread),
                      text=from_slack(event.get("text", ""), bot_user_id=context.bot_user_id))

    def start(user: str, text: str, display_name: str | None) -> None:
        """A fresh intake in the user's DM, `text` (if any) being its first message."""
        state = deps.container.intake.store.load("slack", user, DM) or {}
        busy = state.get("step", "idle") != "idle"
        if not text.strip():
            if busy:
                deps.converse(user=user, post_to=user, thread_ts=None, conversation=DM, text="help")
                return
            lang = state.get("lang") or deps.language(user)
            deps.send(user=user, post_to=user, thread_ts=None, replies=[Reply(t("welcome", lang))])
            return
        if busy:  # a new idea: keep the unfinished one as a draft (the intake says so)
            deps.converse(user=user, post_to=user, thread_ts=None, conversation=DM, text="restart",
                          display_name=display_name)
        deps.converse(user=user, post_to=user, thread_ts=None, conversation=DM, text=text,
                      display_name=display_name)

    def ack_command(ack: Ack, command: dict[str, Any]) -> None:
        if str(command.get("channel_id", "")).startswith("D"):
            ack()
        else:  # typed in a channel: say where the conversation goes (an ephemeral answer)
            ack(text="I'll continue in a direct message with you. / Ich schreibe dir direkt.")

    def on_command(command: dict[str, Any]) -> None:
        start(command["user_id"], from_slack(command.get("text", "")), command.get("user_name"))

    def on_shortcut(body: dict[str, Any], context: BoltContext) -> None:
        text = from_slack(body.get("message", {}).get("text", ""), bot_user_id=context.bot_user_id)
        user = body.get("user", {})
        start(user["id"], text, user.get("name") or user.get("username"))

    def on_button(body: dict[str, Any]) -> None:
        action = body["actions"][0]
        message = body.get("message", {})
        channel = body.get("container", {}).get("channel_id") or body.get("channel", {}).get("id", "")
        thread = message.get("thread_ts")
        conversation = conversation_key(channel, thread or message.get("ts"))
        chosen = action.get("text", {}).get("text", "")
        deps.api.call("chat.update", channel=channel, ts=message.get("ts"), text=message.get("text", chosen),
                      blocks=answered(message.get("blocks", []), chosen))
        deps.converse(user=body["user"]["id"], post_to=channel, thread_ts=thread, conversation=conversation,
                      button=action.get("value", ""))

    app.event("message")(ack=_ack, lazy=[deps.after_ack(on_message)])
    app.event("app_mention")(ack=_ack, lazy=[deps.after_ack(on_mention)])
    app.command(COMMAND)(ack=ack_command, lazy=[deps.after_ack(on_command)])
    app.shortcut(SHORTCUT)(ack=_ack, lazy=[deps.after_ack(on_shortcut)])
    app.action(INTAKE_ACTION_PATTERN)(ack=_ack, lazy=[deps.after_ack(on_button)])
