"""Socket Mode: the same bolt app over a WebSocket (SLACK_APP_TOKEN), for hosts Slack cannot reach.

No public URL and no signature (the app-level token authenticates the connection); acks go back
over the socket, listeners and the inbox (durable events, dedupe) are exactly those of the HTTP route.
"""

from __future__ import annotations

import logging

from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.slack.app import build_bolt_app
from core.settings import ConfigError
from core.wiring import Container

log = logging.getLogger(__name__)


def socket_mode_handler(container: Container) -> SocketModeHandler:
    """The handler, not yet connected (tests and `run_socket_mode` use it)."""
    token = container.settings.slack_app_token.get_secret_value()
    if not token.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN must be an app-level token (xapp-...) with connections:write "
                          "for Socket Mode")
    bolt, _ = build_bolt_app(container)
    return SocketModeHandler(bolt, app_token=token)


def start_socket_mode(container: Container) -> SocketModeHandler:
    """Connect in the background and return the handler (call `.close()` on shutdown)."""
    handler = socket_mode_handler(container)
    log.info("Slack Socket Mode connecting")
    handler.connect()
    return handler


def run_socket_mode(container: Container) -> None:
    """Connect and serve until the process stops (blocks; for a dedicated process or CLI command)."""
    handler = socket_mode_handler(container)
    log.info("Slack Socket Mode connecting")
    handler.start()
