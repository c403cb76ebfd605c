"""The triage result contract (DESIGN.md) that every engine, offline or LLM, must meet."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field


class Tier(StrEnum):
    prohibited = "prohibited"
    high = "high"
    limited = "limited"
    minimal = "minimal"

    @property
    def severity(self) -> int:
        """Higher is stricter; when several tiers could apply the strictest wins."""
        return {"minimal": 0, "limited": 1, "high": 2, "prohibited": 3}[self.value]


class Quadrant(StrEnum):
    quick_win = "quick_win"
    strategic_bet = "strategic_bet"
    fill_in = "fill_in"
    money_pit = "money_pit"


class Horizon(StrEnum):
    H1 = "H1"
    H2 = "H2"
    H3 = "H3"


def quadrant_for(effort: int, benefit: int) -> Quadrant:
    """The effort-benefit quadrant exactly as DESIGN.md defines it."""
    if benefit >= 3:
        return Quadrant.quick_win if effort <= 2 else Quadrant.strategic_bet
    return Quadrant.fill_in if effort <= 2 else Quadrant.money_pit


class LegalStep(BaseModel):
    """One check on the path Art. 5 -> Art. 6(1) -> Annex III -> Art. 6(3) -> Art. 50 -> minimal."""

    step: str
    article: str
    outcome: Literal["applies", "does_not_apply", "not_reached"]
    reason: str


class RoleAssessment(BaseModel):
    role: Literal["deployer", "provider"]
    reason: str


class Score(BaseModel):
    value: int = Field(ge=1, le=5)
    rationale: str


class Citation(BaseModel):
    """A policy passage the engine used; `passage_id` must exist in the knowledge base."""

    passage_id: str
    document: str
    section: str
    snippet: str


class TriageResult(BaseModel):
    tier: Tier
    basis: str
    legal_path: list[LegalStep]
    role: RoleAssessment
    effort: Score
    benefit: Score
    quadrant: Quadrant
    horizon: Horizon
    controls: list[str]
    citations: list[Citation]
    confidence: float = Field(ge=0.0, le=1.0)
    open_questions: list[str] = Field(default_factory=list)
    engine: str
    policy_version: str
