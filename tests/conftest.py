"""Shared fixtures: a fresh database per test on SQLite, or on the PostgreSQL server that
`AIPMO_DATABASE_URL` names (how `.ci/run` runs the database tests a second time)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
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


@pytest.fixture
def container(settings: Settings) -> Iterator[Container]:
    container = Container(settings)
    container.upgrade_database()
    yield container
    container.engine.dispose()


@pytest.fixture
def engine(container: Container) -> Engine:
    return container.engine


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session
        session.rollback()
