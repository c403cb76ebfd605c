"""`OfflineEngine`: the deterministic default triage engine (rules + policy retrieval, no network).

Wires the small parts together: `risk_rules` (tier, basis), `legal_path`, `role`, `scoring`,
`controls`, `confidence` and `citations`. The same text always gives the same result for the
same policy version, which is what reviewers and the agreement metrics rely on.

Optionally a `triage.precedents.PrecedentIndex` is a safety net for "minimal" results: when the
nearest labelled past ideas or the tier model say prohibited/high or limited, the tier is raised
(never lowered) and the legal path says why; a weaker vote only sends the idea to a reviewer.
"""

from __future__ import annotations

from knowledge.types import PolicyRetriever
from triage.citations import CitationFinder, queries_for
from triage.confidence import confidence, open_questions
from triage.controls import controls_for
from triage.legal_path import build_legal_path
from triage.precedent_vote import apply_vote, review
from triage.precedents import PrecedentIndex
from triage.result import TriageResult, quadrant_for
from triage.risk_rules import classify
from triage.role import assess_role
from triage.scoring import horizon_for, score_benefit, score_effort


class OfflineEngine:
    """Implements `triage.engine.TriageEngine` without any model call."""

    name = "offline"

    def __init__(self, retriever: PolicyRetriever, precedents: PrecedentIndex | None = None) -> None:
        self.retriever = retriever
        self.precedents = precedents
        self._citations = CitationFinder(retriever)
        self._version: str | None = None

    def _policy_version(self) -> str:
        version = self.retriever.policy_version()
        if version != self._version:
            self._citations.reset()
            self._version = version
        return version

    def triage(self, text: str) -> TriageResult:
        if not text or not text.strip():
            raise ValueError("idea text is empty")
        version = self._policy_version()
        cls = classify(text)
        vote = self.precedents.check(text, cls) if self.precedents is not None else None
        if vote is not None:
            cls = apply_vote(cls, vote)
        role = assess_role(cls.text)
        effort = score_effort(cls.text, cls.tier)
        benefit = score_benefit(cls.text)
        conf = confidence(cls)
        path = build_legal_path(cls)
        questions = open_questions(cls, conf)
        if vote is not None:
            conf, path, questions = review(cls, vote, conf, path)
        label = cls.decisive.rule.label if cls.decisive else ""
        controls = controls_for(cls.text, cls.tier, cls.basis, role.role)
        queries = queries_for(
            cls.tier,
            cls.basis,
            label,
            cls.text.lang,
            exception=cls.exception is not None,
            dpia=any("DPIA" in c for c in controls),
        )
        return TriageResult(
            tier=cls.tier,
            basis=cls.basis,
            legal_path=path,
            role=role,
            effort=effort,
            benefit=benefit,
            quadrant=quadrant_for(effort.value, benefit.value),
            horizon=horizon_for(effort.value, cls.tier),
            controls=controls,
            citations=self._citations.cite(queries),
            confidence=conf,
            open_questions=questions,
            engine=self.name,
            policy_version=version,
        )
