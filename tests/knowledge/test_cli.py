from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from core.settings import Settings
from knowledge import cli
from knowledge.policy_store import PolicyStore


def test_similar_reports_errors_per_line_and_continues() -> None:
    lines = [
        json.dumps(
            {
                "a": "Reisekostenbelege automatisch prüfen.",
                "b": "Check travel expense receipts automatically.",
            }
        ),
        "{not json",
        json.dumps({"a": "only one field"}),
        "",
        json.dumps(["a", "b"]),
        json.dumps({"a": "Reisekostenbelege automatisch prüfen.", "b": "Produktbilder mit KI generieren."}),
    ]
    out = io.StringIO()
    errors = cli.run_similar(lines, out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert errors == 3 and len(results) == 5
    assert set(results[0]) == {"score", "duplicate"} and results[0]["duplicate"] is True
    assert "line 2" in results[1]["error"]
    assert "line 3" in results[2]["error"]
    assert "line 5" in results[3]["error"]
    assert results[4]["duplicate"] is False and results[4]["score"] < results[0]["score"]


def test_similar_command_reads_stdin() -> None:
    app = typer.Typer()
    app.command("similar")(cli.similar_command)
    app.command("noop")(lambda: None)  # two commands so `similar` is addressed by name, as in aipmo
    stdin = json.dumps({"a": "x", "b": "x"}) + "\nbroken\n"
    result = CliRunner().invoke(app, ["similar"], input=stdin)
    assert result.exit_code == 0
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["duplicate"] is True and "error" in second


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    configured = Settings(AIPMO_DATA_DIR=tmp_path / "data")
    monkeypatch.setattr(cli, "get_settings", lambda: configured)
    return configured


def test_policies_add_list_remove(settings: Settings, tmp_path: Path) -> None:
    policy = tmp_path / "byod.en.md"
    policy.write_text("# BYOD\n\n## Phones\n\nPrivate phones need the MDM profile.\n", "utf-8")
    bad = tmp_path / "slides.pptx"
    bad.write_bytes(b"x")
    runner = CliRunner()

    added = runner.invoke(cli.policies_app, ["add", str(policy), str(bad)])
    assert added.exit_code == 1
    assert "added byod.en.md: 1 passages" in added.stdout and "unsupported" in added.stderr

    listed = runner.invoke(cli.policies_app, ["list", "--json"])
    payload = json.loads(listed.stdout)
    documents = [d["document"] for d in payload["documents"]]
    assert "byod.en.md" in documents and "eu-ai-act-classification.en.md" in documents  # pack loads first
    assert payload["policy_version"] == PolicyStore(settings).policy_version()

    assert runner.invoke(cli.policies_app, ["remove", "byod.en.md"]).exit_code == 0
    missing = runner.invoke(cli.policies_app, ["remove", "byod.en.md"])
    assert missing.exit_code == 1 and "no policy document" in missing.stderr
    assert "byod.en.md" not in runner.invoke(cli.policies_app, ["list"]).stdout
