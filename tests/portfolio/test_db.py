import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from core.settings import Settings
from portfolio import db

pytestmark = pytest.mark.db


def test_the_tests_run_on_the_configured_database(engine: Engine) -> None:
    server = Settings(_env_file=None).database_url  # type: ignore[call-arg]
    assert engine.dialect.name == ("postgresql" if server.startswith("postgres") else "sqlite")


def test_migrations_create_every_table_and_are_idempotent(engine: Engine, database_url: str) -> None:
    tables = set(inspect(engine).get_table_names())
    assert {"use_case", "audit_event", "submitter", "conversation_state", "processed_event", "triage_job",
            "digest_run", "policy_document", "learning", "milestone", "duplicate_link"} <= tables
    db.upgrade(database_url)  # second run is a no-op, not an error
    assert db.is_reachable(engine)


def test_postgres_urls_use_psycopg3() -> None:
    assert db.normalise_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert db.normalise_url("sqlite:///x.db") == "sqlite:///x.db"
