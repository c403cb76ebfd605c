"""Slack entry points of the intake conversation: DMs, mentions, `/idea`, the message shortcut, buttons.

Every listener is split the bolt way. The ack part reads the payload into a neutral `Incoming`,
stores it (`bot.slack.inbox.accept`: durable, and the dedupe of Slack's retries) and acknowledges,
well inside Slack's 3 s. The lazy part runs afterwards on the listener executor and does the real
work from the stored event: the intake turn and the Web API calls. Nothing here decides anything
about an idea; that is the intake service's job.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from sqlmodel import Session

from bot.slack.blocks import INTAKE_ACTION_PATTERN, answered, from_slack
from bot.slack.deps import DM, SlackDeps, conversation_key
from bot.slack.inbox import SOURCE, Incoming, accept, event_key, process
from portfolio import inbox

SHORTCUT = "submit_idea"
STORED = "aipmo_inbox_key"  # context key: the ack stored this event, the lazy part handles it
COMMAND = "/idea"


def register_intake(app: App, deps: SlackDeps) -> None:
    """Attach the intake listeners to a bolt app."""
    engine = deps.container.engine

    def store(body: dict[str, Any], context: BoltContext, incoming: Incoming | None) -> None:
        """Keep the event before the ack; tell the lazy part (through bolt's copied context) there is work."""
        if incoming is not None and accept(engine, body, incoming):
            context[STORED] = event_key(body)

    def following(user: str, conversation: str) -> bool:
        """A channel thread is ours while an intake runs there (or its first message is still being handled)."""
        if deps.active(user=user, conversation=conversation):
            return True
        with Session(engine) as session:
            return inbox.open_in(session, source=SOURCE, user_id=user, conversation=conversation)

    def message(body: dict[str, Any], context: BoltContext) -> Incoming | None:
        event = body.get("event", {})
        if event.get("subtype") or event.get("bot_id") or not event.get("user"):
            return None  # edits, joins, other bots: not something a user said to us
        user, channel, thread = event["user"], event.get("channel", ""), event.get("thread_ts")
        if event.get("channel_type") == "im":
            conversation = DM
        else:
            # In channels we follow only threads where an intake is running; mentions come as app_mention.
            if not thread or (context.bot_user_id and f"<@{context.bot_user_id}" in event.get("text", "")):
                return None
            conversation = conversation_key(channel, thread)
            if not following(user, conversation):
                return None
        return Incoming(user=user, conversation=conversation, post_to=channel, thread_ts=thread,
                        text=from_slack(event.get("text", ""), bot_user_id=context.bot_user_id))

    def mention(body: dict[str, Any], context: BoltContext) -> Incoming | None:
        event = body.get("event", {})
        if not event.get("user"):
            return None
        channel = event.get("channel", "")
        thread = event.get("thread_ts") or event.get("ts")
        return Incoming(user=event["user"], conversation=conversation_key(channel, thread), post_to=channel,
                        thread_ts=None if channel.startswith("D") else thread,
                        text=from_slack(event.get("text", ""), bot_user_id=context.bot_user_id))

    def ack_message(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
        store(body, context, message(body, context))
        ack()

    def ack_mention(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
        store(body, context, mention(body, context))
        ack()

    def ack_command(ack: Ack, body: dict[str, Any], command: dict[str, Any], context: BoltContext) -> None:
        user = command["user_id"]
        store(body, context, Incoming(kind="start", user=user, conversation=DM, post_to=user,
                                      text=from_slack(command.get("text", "")), display_name=command.get("user_name")))
        if str(command.get("channel_id", "")).startswith("D"):
            ack()
        else:  # typed in a channel: say where the conversation goes (an ephemeral answer)
            ack(text="I'll continue in a direct message with you. / Ich schreibe dir direkt.")

    def ack_shortcut(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
        user = body.get("user", {})
        store(body, context, Incoming(
            kind="start", user=user["id"], conversation=DM, post_to=user["id"],
            text=from_slack(body.get("message", {}).get("text", ""), bot_user_id=context.bot_user_id),
            display_name=user.get("name") or user.get("username")))
        ack()

    def ack_button(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
        action = body["actions"][0]
        message = body.get("message", {})
        channel = body.get("container", {}).get("channel_id") or body.get("channel", {}).get("id", "")
        thread = message.get("thread_ts")
        chosen = action.get("text", {}).get("text", "")
        store(body, context, Incoming(
            kind="button", user=body["user"]["id"], conversation=conversation_key(channel, thread or message.get("ts")),
            post_to=channel, thread_ts=thread, button=action.get("value", ""),
            update={"channel": channel, "ts": message.get("ts"), "text": message.get("text", chosen),
                    "blocks": answered(message.get("blocks", []), chosen)}))
        ack()

    def handle(context: BoltContext) -> None:
        if context.get(STORED):  # not for retries and messages that are not for us: nothing was stored
            process(deps, context[STORED], first=True)

    work = [deps.after_ack(handle)]
    app.event("message")(ack=ack_message, lazy=work)
    app.event("app_mention")(ack=ack_mention, lazy=work)
    app.command(COMMAND)(ack=ack_command, lazy=work)
    app.shortcut(SHORTCUT)(ack=ack_shortcut, lazy=work)
    app.action(INTAKE_ACTION_PATTERN)(ack=ack_button, lazy=work)
