"""The `aipmo` command line: run the app, manage the database and look at the portfolio."""

from __future__ import annotations

import csv
import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from core.settings import ConfigError, Settings, get_settings
from core.wiring import Container
from knowledge.cli import policies_app, similar_command
from portfolio import db, repository
from portfolio.models import UseCasePublic
from portfolio.status import IllegalTransition, UseCaseStatus

app = typer.Typer(help="aipmo: the AI-PMO assistant.", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False)
db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
ideas_app = typer.Typer(help="The idea portfolio.", no_args_is_help=True)
review_app = typer.Typer(help="Reviewer decisions from the shell.", no_args_is_help=True)
app.add_typer(policies_app, name="policies")
app.command("similar", help="JSON lines {\"a\",\"b\"} on stdin → {\"score\",\"duplicate\"} per line.")(
    similar_command)
app.add_typer(db_app, name="db")
app.add_typer(ideas_app, name="ideas")
app.add_typer(review_app, name="review")


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
    from sqlalchemy.engine import make_url

    shown = make_url(db.normalise_url(settings.effective_database_url)).render_as_string(hide_password=True)
    typer.echo(f"aipmo on http://{host}:{port}  (database: {shown})")
    uvicorn.run(create_app(settings, background=True), host=host, port=port)


@app.command("slack-socket")
def slack_socket() -> None:
    """Serve Slack over Socket Mode (SLACK_APP_TOKEN) in the foreground, for workspaces without a public URL."""
    from bot.slack import run_socket_mode

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    run_socket_mode(_container())


@app.command()
def chat(
    user: Annotated[str, typer.Option(help="Who you are in this chat.")] = "me",
    lang: Annotated[str | None, typer.Option(help="de or en; detected from your messages if left out.")] = None,
) -> None:
    """Chat with the intake bot in the terminal (also reads piped stdin, one message per line)."""
    from bot.cli_chat import run_chat

    interactive = sys.stdin.isatty()
    if interactive:
        typer.echo("Describe your AI idea (Ctrl-D to leave). / Beschreibe deine KI-Idee (Strg-D zum Beenden).")
    run_chat(_container(), user=user, lang=lang, lines=sys.stdin, write=typer.echo,
             prompt=(lambda: typer.echo("> ", nl=False)) if interactive else (lambda: None))


@app.command("triage")
def triage_lines() -> None:
    """JSON lines {"id","text"} on stdin → one triage result per line on stdout; stores nothing."""
    from triage.cli import triage_command

    raise typer.Exit(triage_command())


@app.command("import")
def import_ideas(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A .csv or .xlsx file.")],
    mapping: Annotated[list[str] | None, typer.Option("--map", help="field=COLUMN, e.g. description=Idee")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check the file, store nothing.")] = False,
    errors: Annotated[Path | None, typer.Option(help="Write the row-level error report (CSV) here.")] = None,
) -> None:
    """Bulk-import workshop ideas and triage each; re-importing the same rows adds nothing."""
    from intake.bulk_import import import_rows

    pairs = dict(m.split("=", 1) for m in mapping or [] if "=" in m)
    container = _container()
    try:
        with db.session_scope(container.engine) as session:
            report = import_rows(session, path=file, mapping=pairs, dry_run=dry_run)
            if dry_run:
                session.rollback()
    except (ValueError, csv.Error) as exc:
        typer.secho(f"{file.name}: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from exc
    verb = "would import" if dry_run else "imported"
    typer.echo(f"{verb} {len(report.created)} ideas, {report.skipped} already imported, "
               f"{len(report.errors)} rows with errors")
    for err in report.errors[:20]:
        typer.echo(f"  row {err.row}: {err.message}", err=True)
    if errors is not None and report.errors:
        with errors.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["row", "error"])
            writer.writerows((e.row, e.message) for e in report.errors)
        typer.echo(f"error report: {errors}")
    if dry_run or not report.created:
        raise typer.Exit(1 if report.errors and not report.created else 0)
    with typer.progressbar(length=len(report.created), label="triage", file=sys.stderr) as bar:
        for start in range(0, len(report.created), 50):
            batch = report.created[start:start + 50]
            with db.session_scope(container.engine) as session:
                entries = [(i, repository.similarity_text(repository.get_use_case(session, idea_id=i))) for i in batch]
            container.idea_index.add_many(entries)
            for _ in batch:
                container.worker.run_once()
            bar.update(len(batch))
    container.worker.drain()


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


def _decide(decision: str, idea_id: int, reviewer: str, reason: str | None, into: int | None) -> None:
    from triage import review

    container = _container()
    who = reviewer if ":" in reviewer else f"cli:{reviewer}"
    with db.session_scope(container.engine) as session:
        try:
            use_case = review.decide(session, idea_id=idea_id, decision=review.Decision(decision), reviewer=who,
                                     reviewer_ids=container.settings.reviewer_ids, reason=reason, merge_into=into)
        except (review.NotAReviewer, review.InvalidDecision, repository.NotFound, IllegalTransition) as exc:
            typer.secho(str(exc), fg=typer.colors.RED, err=True)
            raise typer.Exit(1) from exc
        typer.echo(f"#{idea_id} is now {use_case.status} (by {who})")


AsOption = Annotated[str, typer.Option("--as", help="Your reviewer id as in AIPMO_REVIEWERS, e.g. web:rita.")]
ReasonOption = Annotated[str | None, typer.Option(help="Why; told to the submitter.")]


@review_app.command("approve")
def review_approve(idea_id: int, reviewer: AsOption, reason: ReasonOption = None) -> None:
    """Approve an idea."""
    _decide("approve", idea_id, reviewer, reason, None)


@review_app.command("reject")
def review_reject(idea_id: int, reviewer: AsOption, reason: ReasonOption = None) -> None:
    """Reject an idea (a reason is required)."""
    _decide("reject", idea_id, reviewer, reason, None)


@review_app.command("ask-back")
def review_ask_back(idea_id: int, reviewer: AsOption, reason: ReasonOption = None) -> None:
    """Ask the submitter for more information (a reason is required)."""
    _decide("ask_back", idea_id, reviewer, reason, None)


@review_app.command("merge")
def review_merge(idea_id: int, reviewer: AsOption,
                 into: Annotated[int, typer.Option(help="The idea this one duplicates.")],
                 reason: ReasonOption = None) -> None:
    """Merge a duplicate into another idea."""
    _decide("merge", idea_id, reviewer, reason, into)
