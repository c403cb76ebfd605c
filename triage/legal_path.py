"""The ordered legal path a reviewer reads to see *why* an idea got its tier.

Steps: Art. 5 screen -> Art. 6(1) safety component -> Annex III area -> Art. 6(3) exception ->
Art. 50 transparency -> minimal. Steps after the deciding one are `not_reached`, except that
Art. 50 duties are still reported for high-risk systems because they apply on top.
"""

from __future__ import annotations

from triage.result import LegalStep, Tier
from triage.risk_rules import Classification
from triage.rules_model import Match


def _step(step: str, article: str, match: Match, none_reason: str) -> LegalStep:
    if match.hits:
        hit = match.hits[0]
        return LegalStep(step=step, article=hit.rule.basis, outcome="applies", reason=hit.reason())
    return LegalStep(step=step, article=article, outcome="does_not_apply", reason=none_reason)


def _skipped(step: str, article: str, why: str) -> LegalStep:
    return LegalStep(step=step, article=article, outcome="not_reached", reason=why)


def build_legal_path(cls: Classification) -> list[LegalStep]:
    """Six steps in the order of the Act, each with an outcome and a readable reason."""
    path: list[LegalStep] = []
    path.append(
        _step(
            "Art. 5 prohibited practices screen",
            "Art. 5(1)",
            cls.art5,
            "no cue for manipulation, exploitation of vulnerabilities, social scoring, crime "
            "profiling, face scraping, emotion recognition at work/school, sensitive biometric "
            "categorisation or real-time remote identification",
        )
    )
    if cls.tier is Tier.prohibited:
        stop = f"the practice is prohibited under {cls.basis}; no further classification needed"
        path += [
            _skipped("Art. 6(1) safety component", "Art. 6(1) + Annex I", stop),
            _skipped("Annex III high-risk area", "Art. 6(2) + Annex III", stop),
            _skipped("Art. 6(3) exception", "Art. 6(3)", stop),
            _skipped("Art. 50 transparency", "Art. 50", stop),
            _skipped("minimal risk", "none", stop),
        ]
        return path
    path.append(
        _step(
            "Art. 6(1) safety component",
            "Art. 6(1) + Annex I",
            cls.art6_1,
            "no cue for a product or safety component under Annex I (e.g. medical device, lift, "
            "machinery) needing third-party conformity assessment",
        )
    )
    path.append(
        _step(
            "Annex III high-risk area",
            "Art. 6(2) + Annex III",
            cls.annex3,
            "no cue for an Annex III use (biometrics, critical infrastructure, education, "
            "employment, essential services, law enforcement, migration, justice/elections)",
        )
    )
    if cls.exception is None:
        why = (
            "high-risk under Art. 6(1); the Art. 6(3) derogation covers only Annex III"
            if cls.art6_1.hits
            else "no Annex III area matched, so there is nothing to derogate from"
        )
        path.append(_skipped("Art. 6(3) exception", "Art. 6(3)", why))
    else:
        path.append(
            LegalStep(
                step="Art. 6(3) exception",
                article="Art. 6(3)",
                outcome="applies" if cls.exception.applies else "does_not_apply",
                reason=cls.exception.reason,
            )
        )
    art50 = _step(
        "Art. 50 transparency",
        "Art. 50",
        cls.art50,
        "no cue for a chatbot, synthetic content offered to others, deep fakes or auto-published "
        "public-interest text",
    )
    if cls.tier is Tier.high:
        if art50.outcome == "applies":
            art50.reason += "; applies on top of the high-risk obligations"
        else:
            art50 = _skipped(
                "Art. 50 transparency",
                "Art. 50",
                f"tier already high under {cls.basis}; no additional transparency cue",
            )
    path.append(art50)
    if cls.tier is Tier.minimal:
        path.append(
            LegalStep(
                step="minimal risk",
                article="none",
                outcome="applies",
                reason="no prohibited, high-risk or transparency trigger found; voluntary codes "
                "of conduct and AI literacy (Art. 4) only",
            )
        )
    else:
        path.append(_skipped("minimal risk", "none", f"tier is {cls.tier.value} under {cls.basis}"))
    return path
