"""Builds the bolt app shared by both transports (HTTP and Socket Mode).

`process_before_response=True` makes bolt run each ack function in the request's own thread and
start the lazy listeners (the real work) only after it: acks never queue behind slow work on the
listener executor, and work that depends on what the ack did (a decision) sees it committed.
Bolt's built-in middleware verifies every HTTP request (v0 signature, 5-minute window) and
answers 401 before any listener runs.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App

from bot.slack.api import SlackApi, make_client
from bot.slack.deps import SlackDeps
from bot.slack.home import register_home
from bot.slack.intake_listeners import register_intake
from bot.slack.review_listeners import register_review
from core.wiring import Container

log = logging.getLogger(__name__)

WORKERS = 8  # lazy listeners at once (intake turns, Web API calls); acks never wait for them. The intake is
# CPU-bound (one GIL), so more threads add no throughput, only GIL contention for the acking threads.


def build_bolt_app(container: Container, *, api: SlackApi | None = None) -> tuple[App, SlackDeps]:
    """A bolt `App` with every aipmo listener, and the dependencies they share."""
    settings = container.settings
    api = api or SlackApi(make_client(settings))
    deps = SlackDeps(container=container, api=api)
    app = App(
        name="aipmo",
        signing_secret=settings.slack_signing_secret.get_secret_value(),
        client=api.client,
        token_verification_enabled=False,  # auth.test runs on the first request, not at import/start-up
        process_before_response=True,
        listener_executor=ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="slack-lazy"),
        attaching_conversation_kwargs_enabled=False,
        logger=logging.getLogger("slack_bolt"),
    )
    register_intake(app, deps)
    register_home(app, deps)
    register_review(app, deps)

    @app.error
    def on_error(error: Exception) -> None:
        log.exception("Slack listener failed: %s", error, exc_info=error)

    return app, deps
