"""`POST /slack/events` on the FastAPI app: events, slash commands and interactivity in one route.

Bolt's dispatch is synchronous (it verifies, acks and starts lazy work), so it runs in the
thread pool and never blocks the event loop that serves every other request.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request, Response
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from starlette.concurrency import run_in_threadpool

from bot.slack.app import build_bolt_app
from core.wiring import Container

log = logging.getLogger(__name__)

PATH = "/slack/events"


def mount_slack(app: FastAPI, container: Container) -> None:
    """Serve Slack on `app` when a signing secret is configured; otherwise do nothing."""
    if not container.settings.slack_signing_secret.get_secret_value():
        log.info("Slack not configured (SLACK_SIGNING_SECRET empty): %s is not served", PATH)
        return
    bolt, deps = build_bolt_app(container)
    app.state.slack = deps

    @app.post(PATH, include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        body = await request.body()
        with deps.gate.request():  # work after the ack gives way until this request is answered
            response = await run_in_threadpool(bolt.dispatch, to_bolt_request(request, body))
        return to_starlette_response(response)
