"""The one small interface every triage engine (offline rules, LLM) implements."""

from __future__ import annotations

from typing import Protocol

from triage.result import TriageResult


class TriageEngine(Protocol):
    @property
    def name(self) -> str:
        """`offline` or the model name; recorded on every result."""
        ...

    def triage(self, text: str) -> TriageResult:
        """Draft the triage result for an idea described by `text` (all fields in one text)."""
        ...
