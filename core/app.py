"""The FastAPI application: REST API, health endpoints and the channel endpoints configured."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from core.settings import Settings
from core.wiring import Container
from portfolio import api as portfolio_api
from portfolio import db
from portfolio.repository import NotFound
from portfolio.status import IllegalTransition

log = logging.getLogger(__name__)


def create_app(settings: Settings, *, container: Container | None = None, migrate: bool = True) -> FastAPI:
    """Build the app; with `migrate` the database is upgraded first (the embedded default needs it)."""
    container = container or Container(settings)
    if migrate:
        container.upgrade_database()
    app = FastAPI(title="aipmo", version="0.1.0",
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

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"])
    def readyz() -> JSONResponse:
        ok = db.is_reachable(container.engine)
        return JSONResponse(status_code=200 if ok else 503,
                            content={"status": "ready" if ok else "unavailable", "database": ok})

    app.include_router(portfolio_api.router)
    return app
