"""Shared fixtures: a fresh database per test on SQLite, or on the PostgreSQL server that
`AIPMO_DATABASE_URL` names (how `.ci/run` runs the database tests a second time)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

from core.settings import Settings
from core.wiring import Container
from portfolio import db

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _server_url() -> str:
    """The PostgreSQL server to test against, or '' for SQLite (read through Settings, like the app)."""
    return Settings(_env_file=None).database_url  # type: ignore[call-arg]


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    server = _server_url()
    if not server:
        yield f"sqlite:///{tmp_path / 'aipmo.db'}"
        return
    name = f"aipmo_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(db.normalise_url(server), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(db.normalise_url(server)).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(_env_file=None, AIPMO_DATA_DIR=tmp_path / "data",  # type: ignore[call-arg]
                    AIPMO_DATABASE_URL=database_url, AIPMO_REVIEWERS="web:rita,slack:URITA")


@contextmanager
def migrated_container(settings: Settings) -> Iterator[Container]:
    """A container on a migrated database; its engine is disposed afterwards (PostgreSQL drops the DB)."""
    container = Container(settings)
    container.upgrade_database()
    try:
        yield container
    finally:
        container.engine.dispose()


@pytest.fixture
def container(settings: Settings) -> Iterator[Container]:
    with migrated_container(settings) as container:
        yield container


@pytest.fixture
def engine(container: Container) -> Engine:
    return container.engine


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session
        session.rollback()


class LiveServer:
    """The real app under uvicorn on a free loopback port, in a thread of the test process."""

    def __init__(self, app: object) -> None:
        import socket
        import threading

        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        import time

        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("live server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


@pytest.fixture
def live_server(settings: Settings, container: Container) -> Iterator[LiveServer]:
    from core.app import create_app

    with LiveServer(create_app(settings, container=container, background=True)) as server:
        yield server
