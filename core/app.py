"""The FastAPI application: REST API, health endpoints and the channel endpoints configured."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from bot.web import dashboard
from bot.web import routes as web_chat
from core import metrics
from core.settings import Settings
from core.wiring import Container
from portfolio import api as portfolio_api
from portfolio import db
from portfolio.repository import NotFound
from portfolio.status import IllegalTransition
from triage import api as review_api
from triage.review import InvalidDecision, NotAReviewer

log = logging.getLogger(__name__)


def create_app(settings: Settings, *, container: Container | None = None, migrate: bool = True,
               background: bool = False) -> FastAPI:
    """Build the app; with `migrate` the database is upgraded first (the embedded default needs it).

    With `background` the app runs the triage worker in a thread for its lifetime (what `aipmo run`
    does); tests drive the worker themselves.
    """
    container = container or Container(settings)
    if migrate:
        container.upgrade_database()

    slack = settings.slack_enabled  # the Slack adapter (and its SDK) loads only when configured

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        stop = threading.Event()
        socket = None
        if background:
            threading.Thread(target=container.warm_up, name="warm-up", daemon=True).start()
            threading.Thread(target=container.worker.run_forever, args=(stop,), name="triage-worker",
                             daemon=True).start()
            if slack and settings.slack_bot_token.get_secret_value():
                from bot.slack import SlackNotifier

                notifier = SlackNotifier(container, deps=getattr(_app.state, "slack", None))  # shares turn locks
                threading.Thread(target=notifier.run_forever, args=(stop,), name="slack-notifier",
                                 daemon=True).start()
            if slack and settings.slack_socket_mode:
                from bot.slack import start_socket_mode

                socket = start_socket_mode(container)
        yield
        stop.set()
        if socket is not None:
            socket.close()

    app = FastAPI(title="aipmo", version="0.1.0", lifespan=lifespan,
                  description="AI-PMO assistant: idea intake, grounded triage, review and digests.")
    app.state.container = container

    @app.exception_handler(NotFound)
    async def _not_found(_request: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse(status_code=404, content={"detail": str(exc)})

    @app.exception_handler(IllegalTransition)
    async def _conflict(_request: Request, exc: IllegalTransition) -> JSONResponse:
        log.info("refused transition: %s", exc)
        return JSONResponse(status_code=409, content={"detail": str(exc), "from": exc.current.value,
                                                      "to": exc.target.value})

    @app.exception_handler(NotAReviewer)
    async def _forbidden(_request: Request, exc: NotAReviewer) -> JSONResponse:
        log.warning("refused decision: %s", exc)
        return JSONResponse(status_code=403, content={"detail": str(exc)})

    @app.exception_handler(InvalidDecision)
    async def _invalid(_request: Request, exc: InvalidDecision) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": str(exc)})

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"])
    def readyz() -> JSONResponse:
        ok = db.is_reachable(container.engine)
        return JSONResponse(status_code=200 if ok else 503,
                            content={"status": "ready" if ok else "unavailable", "database": ok})

    @app.get("/metrics", tags=["ops"], include_in_schema=False)
    def prometheus_metrics() -> Response:
        return Response(metrics.render(), media_type="text/plain; version=0.0.4")

    app.include_router(portfolio_api.router)
    app.include_router(review_api.router)
    app.include_router(web_chat.router)
    app.include_router(dashboard.router)
    if slack:
        from bot.slack import mount_slack

        mount_slack(app, container)
    return app
