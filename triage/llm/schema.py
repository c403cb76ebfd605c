"""What the model must answer, and what the LLM engine returns on top of the triage contract.

Why a separate answer schema: the model supplies judgement (tier, path, scores, cited passage ids),
while everything checkable is ours — the quadrant is computed from the scores, citation documents and
sections come from the retrieved passages, `engine` and `policy_version` from the engine. Why a
subclass of `TriageResult`: the worker and the CLI keep handling one type, and the extra signals
(fell back, tier floor applied, dropped citations) are stored with the draft for the reviewer.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from triage.result import Horizon, LegalStep, RoleAssessment, Score, Tier, TriageResult


class CitedPassage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    passage_id: str
    quote: str = ""


class LlmTriageAnswer(BaseModel):
    """The JSON object the triage prompt asks for (validated; one repair round on failure)."""

    model_config = ConfigDict(extra="ignore")

    tier: Tier
    basis: str = Field(min_length=1)
    legal_path: list[LegalStep] = Field(min_length=1)
    role: RoleAssessment
    effort: Score
    benefit: Score
    horizon: Horizon
    controls: list[str] = Field(default_factory=list)
    citations: list[CitedPassage] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    open_questions: list[str] = Field(default_factory=list)


class TierFloor(BaseModel):
    """The rules said stricter than the model: the rules' tier was kept and a reviewer must look."""

    rules_tier: Tier
    rules_basis: str
    model_tier: Tier
    model_basis: str


class LlmTriageResult(TriageResult):
    """A `TriageResult` plus what the worker and the reviewer need to know about how it was made.

    `needs_retriage` is True when the LLM could not be used and this is the offline engine's answer
    (then `engine` is the offline engine's name and `fallback_reason` says why); the worker passes it
    to `portfolio.repository.record_triage(..., needs_retriage=...)`.
    """

    needs_retriage: bool = False
    fallback_reason: str | None = None
    tier_floor: TierFloor | None = None
    dropped_citations: list[str] = Field(default_factory=list)
    injection_suspected: bool = False
    redacted_pii: int = 0


def needs_retriage(result: TriageResult) -> bool:
    """What the worker records for any engine's result (the offline engine never needs it)."""
    return isinstance(result, LlmTriageResult) and result.needs_retriage
