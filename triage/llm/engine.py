"""`LlmEngine`: triage through an OpenAI-compatible chat model, guarded by the offline engine.

Why the offline engine runs every time: its answer is the safety floor for the tier (rules that say
`prohibited`/`high` are never overruled downwards without a reviewer) and the fallback when the
endpoint is down or answers nonsense twice — then the result says `needs_retriage=True` so the worker
can mark the record and triage it again once the endpoint is back. Per idea: one model call on the
happy path, two when the first answer needs repair.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from knowledge.types import Passage, PolicyRetriever
from triage.engine import TriageEngine
from triage.llm import grounding
from triage.llm.chat import build_chat_model, model_name
from triage.llm.client import LlmClient, LlmInvalidAnswer, LlmUnavailable
from triage.llm.injection import REMOVED, Screened, screen
from triage.llm.messages import TRIAGE_PROMPT, triage_messages
from triage.llm.redact import Redaction, Redactor
from triage.llm.resilience import CircuitBreaker, RetryPolicy
from triage.llm.schema import LlmTriageAnswer, LlmTriageResult
from triage.patterns import language
from triage.result import Horizon, Tier, TriageResult, quadrant_for

if TYPE_CHECKING:
    from core.settings import Settings

log = logging.getLogger(__name__)


class LlmEngine:
    """Implements `triage.engine.TriageEngine`; always returns an `LlmTriageResult`."""

    def __init__(
        self,
        client: LlmClient,
        retriever: PolicyRetriever,
        fallback: TriageEngine,
        *,
        redact_pii: bool = False,
        redactor: Redactor | None = None,
        k: int = 6,
        prompt_version: str = TRIAGE_PROMPT,
    ) -> None:
        self.client = client
        self.retriever = retriever
        self.fallback = fallback
        self.redactor = (redactor or Redactor()) if redact_pii else None
        self.k = k
        self.prompt_version = prompt_version

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        retriever: PolicyRetriever,
        fallback: TriageEngine,
        *,
        retry: RetryPolicy | None = None,
        breaker: CircuitBreaker | None = None,
        client: LlmClient | None = None,
    ) -> LlmEngine:
        """The engine `core.wiring` builds for `AIPMO_ENGINE=llm` (pass `client` to share one breaker)."""
        client = client or LlmClient(
            build_chat_model(settings), model_name=model_name(settings), retry=retry, breaker=breaker
        )
        return cls(client, retriever, fallback, redact_pii=settings.redact_pii)

    @property
    def name(self) -> str:
        return self.client.model_name

    def available(self) -> bool:
        """False while the circuit breaker is open: re-triage jobs can wait instead of falling back."""
        return self.client.available()

    def triage(self, text: str) -> LlmTriageResult:
        if not text or not text.strip():
            raise ValueError("idea text is empty")
        screened = screen(text)
        clean = screened.text or text  # all of it was addressed to the assistant: let the rules see it
        lang = language(clean)
        rules = self.fallback.triage(clean)
        redaction = self.redactor.redact(clean) if self.redactor else Redaction(clean)
        passages = self.retriever.retrieve(clean, k=self.k)
        messages = triage_messages(
            redaction.text if screened.text else REMOVED, passages, lang=lang, version=self.prompt_version
        )
        try:
            answer = self.client.structured(messages, LlmTriageAnswer, purpose="triage")
        except LlmUnavailable as exc:
            return self._fall_back(rules, exc.reason, screened, lang, retriable=exc.retriable)
        except LlmInvalidAnswer as exc:
            log.warning("LLM triage answer invalid after repair: %s", exc)
            return self._fall_back(rules, exc.reason, screened, lang, retriable=True)
        answer = LlmTriageAnswer.model_validate(redaction.restore(answer.model_dump(mode="json")))
        return self._merge(answer, passages, rules, screened, lang, redaction)

    def _merge(
        self,
        answer: LlmTriageAnswer,
        passages: list[Passage],
        rules: TriageResult,
        screened: Screened,
        lang: str,
        redaction: Redaction,
    ) -> LlmTriageResult:
        grounded = grounding.ground_citations(answer.citations, passages)
        confidence = grounding.grounded_confidence(answer.confidence, grounded)
        questions = list(answer.open_questions)
        tier, basis, path, controls = answer.tier, answer.basis, answer.legal_path, list(answer.controls)
        floor = grounding.tier_floor(answer.tier, answer.basis, rules)
        if floor is not None:
            log.info("tier floor: rules %s, model %s", floor.rules_tier.value, floor.model_tier.value)
            tier, basis, path = rules.tier, rules.basis, rules.legal_path
            controls = list(dict.fromkeys([*rules.controls, *controls]))
            confidence = min(confidence, grounding.FLOOR_CAP)
            questions.append(grounding.floor_question(floor, lang))
        if grounded.dropped:
            questions.append(grounding.dropped_question(grounded.dropped, lang))
        if screened.suspected:
            questions.append(grounding.injection_question(lang))
        return LlmTriageResult(
            tier=tier,
            basis=basis,
            legal_path=path,
            role=answer.role,
            effort=answer.effort,
            benefit=answer.benefit,
            quadrant=quadrant_for(answer.effort.value, answer.benefit.value),
            horizon=Horizon.H3 if tier is Tier.prohibited else answer.horizon,
            controls=controls,
            citations=grounded.citations,
            confidence=confidence,
            open_questions=questions,
            engine=self.name,
            policy_version=self.retriever.policy_version(),
            tier_floor=floor,
            dropped_citations=grounded.dropped,
            injection_suspected=screened.suspected,
            redacted_pii=redaction.count,
        )

    def _fall_back(
        self, rules: TriageResult, reason: str, screened: Screened, lang: str, *, retriable: bool
    ) -> LlmTriageResult:
        """The offline answer, marked so the worker files it now and re-triages it later."""
        log.warning("LLM triage unavailable (%s); filing the offline result", reason)
        questions = list(rules.open_questions)
        if screened.suspected:
            questions.append(grounding.injection_question(lang))
        return LlmTriageResult(
            **{**rules.model_dump(), "open_questions": questions},
            needs_retriage=retriable,
            fallback_reason=reason,
            injection_suspected=screened.suspected,
        )
