"""In-memory ports for the intake dialogue tests.

The lead swaps these for DB-backed ports by overriding the `intake_ports` fixture; the
dialogue tests only touch the ports through `IntakePorts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intake.fields import IdeaDraft
from intake.memory import MemorySink, MemoryStore, StaticDuplicates

__all__ = ["StaticDuplicates"]
from intake.ports import ConversationStore, DuplicateFinder, IdeaSink


@dataclass
class IntakePorts:
    """The three ports a `ConversationService` needs, plus what tests inspect."""

    store: ConversationStore
    sink: IdeaSink
    duplicates: DuplicateFinder
    candidates: list[tuple[int, str, float]] = field(default_factory=list)

    def set_duplicates(self, candidates: list[tuple[int, str, float]]) -> None:
        """Make the duplicate finder return `candidates` from now on."""
        assert isinstance(self.duplicates, StaticDuplicates)
        self.duplicates.candidates = list(candidates)


def make_memory_ports() -> IntakePorts:
    return IntakePorts(store=MemoryStore(), sink=MemorySink(), duplicates=StaticDuplicates())


class FailingSink(MemorySink):
    """A sink whose database is down for the next `failures` filings."""

    def __init__(self, failures: int = 1) -> None:
        super().__init__()
        self.failures = failures

    def file(self, draft: IdeaDraft, **who: Any) -> int:  # type: ignore[override]
        if self.failures > 0:
            self.failures -= 1
            raise RuntimeError("database unavailable")
        return super().file(draft, **who)
