"""Command-line entry points of the knowledge base: `aipmo policies add/list/remove` and `aipmo similar`.

Why here and not in core: the commands are thin shells over `PolicyStore` and `pair_scores`; the
lead registers them on the main app (`app.add_typer(policies_app, name="policies")`,
`app.command("similar")(similar_command)`). Settings come from `core.settings.get_settings()`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from core.settings import get_settings

if TYPE_CHECKING:
    from core.wiring import Container
from knowledge.embeddings import Embedder
from knowledge.policy_store import PolicyStore
from knowledge.similarity import DUPLICATE_THRESHOLD, pair_score

SUPPORTED = {".md", ".markdown", ".txt", ".pdf", ".docx"}

policies_app = typer.Typer(help="The policy knowledge base (a default policy pack ships with aipmo).")


def _store() -> PolicyStore:
    """The configured store, with the default pack loaded on first use as the app does on start."""
    return _container().policies


def _container() -> Container:
    from core.wiring import Container  # the composition root; imported late so `knowledge` stays a leaf

    container = Container(get_settings())
    container.upgrade_database()
    return container


def _synced(store: PolicyStore) -> None:
    """Mirror the change into the portfolio database's list of policy documents."""
    _container().sync_policies(store)


def _expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; directories contribute their supported files (sorted, not recursive)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SUPPORTED))
        else:
            out.append(path)
    return out


@policies_app.command("add")
def add_command(
    paths: Annotated[list[Path], typer.Argument(help="Policy files (.md, .txt, .pdf, .docx) or folders.")],
) -> None:
    """Add or replace policy documents (a changed file replaces its old passages)."""
    store = _store()
    failed = 0
    for path in _expand(paths):
        try:
            count = store.add_file(path)
        except (OSError, ValueError) as exc:
            failed += 1
            typer.echo(f"error: {path}: {exc}", err=True)
            continue
        typer.echo(f"added {path.name}: {count} passages")
    _synced(store)
    typer.echo(f"policy version {store.policy_version()}")
    if failed:
        raise typer.Exit(code=1)


@policies_app.command("list")
def list_command(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List stored policy documents with version and passage count."""
    store = _store()
    docs = store.list_documents()
    if as_json:
        payload = {
            "policy_version": store.policy_version(),
            "documents": [
                {"document": d.document, "lang": d.lang, "version": d.version, "passages": d.chunks}
                for d in docs
            ],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    if not docs:
        typer.echo("no policies stored (the default pack loads on first start, or use `aipmo policies add`)")
        return
    width = max(len(d.document) for d in docs)
    for d in docs:
        typer.echo(f"{d.document:<{width}}  {d.lang or '--'}  {d.version}  {d.chunks:>3} passages")
    typer.echo(f"policy version {store.policy_version()}")


@policies_app.command("remove")
def remove_command(name: Annotated[str, typer.Argument(help="Document name as shown by `list`.")]) -> None:
    """Remove a policy document and all its passages."""
    store = _store()
    removed = store.remove(name)
    _synced(store)
    if not removed:
        typer.echo(f"error: no policy document named {name!r}", err=True)
        raise typer.Exit(code=1)
    typer.echo(f"removed {name}: {removed} passages")


def run_similar(lines: Iterable[str], out: TextIO, *, embedder: Embedder | None = None) -> int:
    """Score each `{"a", "b"}` line; a bad line gets `{"error"}` and the rest continue.

    Returns the number of bad lines (the command still exits 0: one bad line must not stop an audit).
    """
    errors = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("expected a JSON object with string fields 'a' and 'b'")
            a, b = record.get("a"), record.get("b")
            if not isinstance(a, str) or not isinstance(b, str):
                raise ValueError("fields 'a' and 'b' must both be strings")
            score = pair_score(a, b, embedder)
            result: dict[str, object] = {"score": round(score, 4), "duplicate": score >= DUPLICATE_THRESHOLD}
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            errors += 1
            result = {"error": f"line {number}: {exc}"}
        out.write(json.dumps(result) + "\n")
        out.flush()
    return errors


def similar_command() -> None:
    """Read JSON lines {"a", "b"} on stdin; write {"score", "duplicate"} per line (threshold 0.5)."""
    run_similar(sys.stdin, sys.stdout)
