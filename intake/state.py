"""The conversation state as a plain, versioned dict, so any replica can continue a chat.

Stored through `ConversationStore` after every message; nothing lives in process memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intake.fields import IdeaDraft

VERSION = 1
STEPS = ("idle", "collect", "edit", "edit_pick", "summary", "duplicates")


@dataclass
class State:
    """Where one user's conversation stands."""

    nonce: str
    lang: str = "en"
    step: str = "idle"
    draft: IdeaDraft = field(default_factory=IdeaDraft)
    asked: str | None = None
    questions: int = 0  # bot questions since the first message of this idea
    retries: int = 0  # times the current question was repeated
    candidates: list[tuple[int, str, float]] = field(default_factory=list)
    draft_id: int | None = None
    display_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "v": VERSION,
            "nonce": self.nonce,
            "lang": self.lang,
            "step": self.step,
            "draft": self.draft.model_dump(),
            "asked": self.asked,
            "questions": self.questions,
            "retries": self.retries,
            "candidates": [list(c) for c in self.candidates],
            "draft_id": self.draft_id,
            "display_name": self.display_name,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, nonce: str) -> State:
        """Rebuild a state; unknown versions or broken data start a fresh conversation."""
        try:
            if data.get("v") != VERSION or data.get("step") not in STEPS:
                raise ValueError("unknown state version")
            return cls(
                nonce=str(data["nonce"]),
                lang=str(data.get("lang") or "en"),
                step=str(data["step"]),
                draft=IdeaDraft.model_validate(data.get("draft") or {}),
                asked=data.get("asked"),
                questions=int(data.get("questions") or 0),
                retries=int(data.get("retries") or 0),
                candidates=[(int(c[0]), str(c[1]), float(c[2])) for c in data.get("candidates") or []],
                draft_id=data.get("draft_id"),
                display_name=data.get("display_name"),
            )
        except (KeyError, TypeError, ValueError):
            return cls(nonce=nonce, lang=str(data.get("lang") or "en") if isinstance(data, dict) else "en")

    def reset(self, nonce: str) -> None:
        """Forget the current idea (after filing, cancel or restart); keep language and name."""
        self.nonce = nonce
        self.step = "idle"
        self.draft = IdeaDraft()
        self.asked = None
        self.questions = 0
        self.retries = 0
        self.candidates = []
        self.draft_id = None
