"""The `aipmo` command line: run the app, manage the database and look at the portfolio."""

from __future__ import annotations

import json
import logging
from typing import Annotated

import typer

from core.settings import ConfigError, Settings, get_settings
from core.wiring import Container
from portfolio import db, repository
from portfolio.models import UseCasePublic
from portfolio.status import UseCaseStatus

app = typer.Typer(help="aipmo: the AI-PMO assistant.", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False)
db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
ideas_app = typer.Typer(help="The idea portfolio.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(ideas_app, name="ideas")


def _settings() -> Settings:
    try:
        return get_settings()
    except ConfigError as exc:
        typer.secho(f"configuration error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from exc


def _container() -> Container:
    container = Container(_settings())
    container.upgrade_database()
    return container


@app.command()
def run(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve web chat, dashboard, REST API and configured channel endpoints."""
    import uvicorn

    from core.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = _settings()
    typer.echo(f"aipmo on http://{host}:{port}  (database: {settings.effective_database_url})")
    uvicorn.run(create_app(settings), host=host, port=port)


@db_app.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Apply database migrations."""
    settings = _settings()
    db.upgrade(settings.effective_database_url, revision)
    typer.echo(f"database at {revision}")


@ideas_app.command("list")
def ideas_list(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    status: Annotated[UseCaseStatus | None, typer.Option(help="Only ideas in this status.")] = None,
    limit: int = 100,
) -> None:
    """List ideas, newest first."""
    container = _container()
    with db.session_scope(container.engine) as session:
        items, total = repository.list_use_cases(session, status=status, limit=limit)
        for item in items:
            public = UseCasePublic.model_validate(item, from_attributes=True)
            if as_json:
                typer.echo(public.model_dump_json())
            else:
                typer.echo(f"#{public.id:<5} {public.status.value:<11} {public.tier or '-':<10} "
                           f"{public.quadrant or '-':<13} {public.title}")
        if not as_json:
            typer.echo(f"{len(items)} of {total} ideas")


@ideas_app.command("show")
def ideas_show(idea_id: int) -> None:
    """Show one idea with its triage and audit trail as JSON."""
    container = _container()
    with db.session_scope(container.engine) as session:
        try:
            idea = repository.get_use_case(session, idea_id=idea_id)
        except repository.NotFound as exc:
            typer.secho(str(exc), fg=typer.colors.RED, err=True)
            raise typer.Exit(1) from exc
        audit = repository.audit_trail(session, idea_id=idea_id)
        out = UseCasePublic.model_validate(idea, from_attributes=True).model_dump(mode="json")
        out["audit"] = [a.model_dump(mode="json") for a in audit]
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
