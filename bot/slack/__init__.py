"""The Slack channel adapter (slack-bolt): the only place that imports slack_bolt / slack_sdk.

- `mount_slack(app, container)`: serves `POST /slack/events` (HTTP transport, signed requests).
- `run_socket_mode(container)` (blocking) / `start_socket_mode(container)` (background, returns the
  handler to `.close()`): the same app over Socket Mode (SLACK_APP_TOKEN).
- `SlackNotifier(container, deps=...)`: `deliver_pending()` (submitter DMs from the outbox),
  `post_review_cards()` (triaged ideas into AIPMO_SLACK_REVIEW_CHANNEL) and `sweep_inbox()` (events
  acked but left unhandled by a crash or failure, `bot.slack.inbox`); `run_forever(stop)` loops all three.
"""

from bot.slack.http import mount_slack
from bot.slack.notifier import SlackNotifier
from bot.slack.socket_mode import run_socket_mode, start_socket_mode

__all__ = ["SlackNotifier", "mount_slack", "run_socket_mode", "start_socket_mode"]
