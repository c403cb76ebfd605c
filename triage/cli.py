"""`aipmo triage`: JSON lines in, one triage result per line out; stores nothing.

A bad line never stops the batch: it yields `{"id": ..., "error": "..."}` and the next line is
processed, so a 500-idea workshop export with one broken row still triages the other 499.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from knowledge.types import PolicyRetriever
from triage.engine import TriageEngine


def default_engine() -> TriageEngine:
    """The configured engine from the composition root (`core.wiring`), imported lazily.

    NOTE for the lead: this prefers a `policy_retriever()`/`build_retriever()` factory in
    `core.wiring` if one exists, else `Container(get_settings()).triage_engine`; imported here so
    `triage` stays importable (and testable) without the app's settings.
    """
    import core.wiring as wiring

    factory = getattr(wiring, "policy_retriever", None) or getattr(wiring, "build_retriever", None)
    if factory is not None:
        from triage.offline import OfflineEngine

        retriever: PolicyRetriever = factory()
        return OfflineEngine(retriever)
    from core.settings import get_settings

    engine: TriageEngine = wiring.Container(get_settings()).triage_engine
    return engine


def triage_line(engine: TriageEngine, line: str) -> dict[str, Any]:
    """One output object for one input line; errors are reported, never raised."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"invalid JSON: {exc.msg}"}
    if not isinstance(item, dict):
        return {"id": None, "error": "each line must be a JSON object with 'id' and 'text'"}
    idea_id = item.get("id")
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": idea_id, "error": "missing 'text' (must be a string)"}
    if not text.strip():
        return {"id": idea_id, "error": "empty 'text'"}
    try:
        result = engine.triage(text)
    except Exception as exc:  # one idea must never stop the batch
        return {"id": idea_id, "error": f"triage failed: {type(exc).__name__}: {exc}"}
    return {"id": idea_id, **result.model_dump(mode="json")}


def triage_command(
    stdin: TextIO | None = None, stdout: TextIO | None = None, engine: TriageEngine | None = None
) -> int:
    """Read `{"id","text"}` lines from stdin, write one JSON result per line; returns exit code 0."""
    source = stdin if stdin is not None else sys.stdin
    sink = stdout if stdout is not None else sys.stdout
    if engine is None:
        engine = default_engine()
    for line in source:
        if not line.strip():
            continue
        sink.write(json.dumps(triage_line(engine, line), ensure_ascii=False) + "\n")
        sink.flush()
    return 0
