"""`aipmo chat` driven through piped stdin, as a script would, then `aipmo ideas list` shows the idea."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.settings import Settings

pytestmark = pytest.mark.db
AIPMO = Path(sys.executable).with_name("aipmo")


def run(settings: Settings, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AIPMO_DATA_DIR": str(settings.data_dir), "AIPMO_DATABASE_URL": settings.database_url}
    return subprocess.run([str(AIPMO), *args], input=stdin, env=env, capture_output=True, text=True, timeout=300,
                          cwd=settings.data_dir.parent)


def test_piped_german_chat_files_an_idea_and_reports_its_triage(settings: Settings, container: object) -> None:
    lines = [
        "Im Einkauf prüfen wir jede Lieferantenrechnung von Hand gegen die Bestellung, das dauert ewig.",
        "Eine KI soll Rechnungen automatisch mit Bestellungen abgleichen und Abweichungen markieren.",
        "Rechnungen und Bestellungen aus dem ERP, keine personenbezogenen Daten.",
        "Spart etwa 3 Tage pro Monat in der Buchhaltung.",
        "Einkauf",
        "ja",
    ]
    out = run(settings, "chat", "--user", "lea", stdin="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stderr
    assert "#1" in out.stdout, out.stdout
    assert "EU-AI-Act-Einstufung" in out.stdout  # the triage notice, in German
    listed = run(settings, "ideas", "list", "--json")
    [idea] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert idea["status"] == "triaged" and idea["channel"] == "cli" and idea["language"] == "de"
    assert idea["tier"] in ("minimal", "limited")


def test_ideas_show_unknown_id_fails_clearly(settings: Settings, container: object) -> None:
    out = run(settings, "ideas", "show", "77")
    assert out.returncode == 1 and "idea 77 not found" in out.stderr
