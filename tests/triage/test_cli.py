"""`aipmo triage` line protocol: one JSON result per line, line-level errors, exit code 0."""

from __future__ import annotations

import io
import json

from triage.cli import triage_command
from triage.offline import OfflineEngine


def _run(engine: OfflineEngine, lines: list[str]) -> tuple[int, list[dict]]:
    out = io.StringIO()
    code = triage_command(io.StringIO("\n".join(lines) + "\n"), out, engine=engine)
    return code, [json.loads(x) for x in out.getvalue().splitlines()]


def test_results_per_line_with_id_and_contract_fields(offline_engine: OfflineEngine) -> None:
    code, rows = _run(
        offline_engine,
        [
            json.dumps({"id": "a1", "text": "A chatbot answers customer questions."}),
            json.dumps({"id": 7, "text": "KI fasst Besprechungsprotokolle zusammen."}),
        ],
    )
    assert code == 0 and [r["id"] for r in rows] == ["a1", 7]
    assert rows[0]["tier"] == "limited" and rows[1]["tier"] == "minimal"
    for row in rows:
        assert {
            "basis",
            "legal_path",
            "role",
            "effort",
            "benefit",
            "quadrant",
            "horizon",
            "controls",
            "citations",
            "confidence",
            "engine",
            "policy_version",
        } <= row.keys()


def test_malformed_lines_yield_errors_and_the_rest_continue(offline_engine: OfflineEngine) -> None:
    lines = [
        "{not json",
        json.dumps({"id": "x"}),
        json.dumps({"id": "y", "text": "  "}),
        json.dumps({"id": "z", "text": 42}),
        json.dumps(["a", "b"]),
        "",
        json.dumps({"id": "ok", "text": "Translate our manuals into Spanish."}),
    ]
    code, rows = _run(offline_engine, lines)
    assert code == 0
    assert [r["id"] for r in rows] == [None, "x", "y", "z", None, "ok"]
    assert all("error" in r for r in rows[:5]) and "error" not in rows[5]
    assert "JSON" in rows[0]["error"] and "text" in rows[1]["error"] and "empty" in rows[2]["error"]


def test_an_engine_failure_is_reported_per_line() -> None:
    class Broken:
        name = "broken"

        def triage(self, text: str):
            raise RuntimeError("boom")

    out = io.StringIO()
    assert triage_command(io.StringIO('{"id": 1, "text": "hi"}\n'), out, engine=Broken()) == 0
    assert json.loads(out.getvalue()) == {"id": 1, "error": "triage failed: RuntimeError: boom"}
