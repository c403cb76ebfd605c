"""What the nearest labelled past ideas and the tier model say about one idea, and how that changes a
"minimal" rules result: raise it to prohibited/high or to limited, or only send it to a reviewer.

Kept apart from the index (`triage.precedents`), which finds the neighbours: this module is the
policy. A vote never lowers a tier, every change is written into the legal path with the past ideas
it rests on, and every changed or questioned result goes to a reviewer (confidence below `LOW`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass

from triage import concepts as c
from triage import concepts_deepfake as fake
from triage import concepts_synthetic as synthetic
from triage.concepts_areas import INFRA
from triage.concepts_art5_scoring import PEOPLE_MORE
from triage.confidence import LOW, open_questions
from triage.patterns import concept
from triage.precedent_data import Precedent
from triage.result import LegalStep, Tier
from triage.risk_rules import Classification
from triage.role import DEPLOYER
from triage.tier_model import LIMITED_THRESHOLD, THRESHOLD, TIERS

STRICT = (Tier.prohibited, Tier.high)
AGREE = 4
WEAK = 3
FLOOR = 0.85
REVIEW_CONFIDENCE = round(LOW - 0.05, 2)
_QUOTE = 90
# A decision about people is nearly always phrased with "who"/"wer" ("wer am längsten braucht", "who is over
# 0.7 we do not put on board"), or names them by a role no rule needs (room attendants, trainers, die Leute).
# The gate only lets the tier model speak, so it may be generous; machines and recipes stay out. Crews and
# seafarers come from the Art. 5 people list.
_PEOPLE_MORE = concept(
    r"\b(?:who|whom|everybody|attendants?|housekeep\w*|trainers?|coaches|members?|players?|guests?|"
    r"the (?:slow|fast|weak|strong|best|worst)(?:est)? ones)\b",
    r"\bwer\b|\bwen\b|\bwem\b|\bleute\b|mitglied|trainer|\bgäste|spieler|"
    r"\bden (?:langsam|schnell|schwach|stark|best|schlecht)\w*",
)
_PEOPLE = (c.PERSON, c.WORK_SUBJECT, c.CUSTOMER_SUBJECT, c.EDU_SUBJECT, PEOPLE_MORE, _PEOPLE_MORE)
_NO_MODEL = (0.0, 0.0, 0.0, 1.0)


def concerns_people_or_safety(cls: Classification) -> bool:
    """Could the idea be high-risk at all? Annex III decides about people; Annex I and Annex III 2
    are about safety. Without such a cue the tier model may not escalate (it did for recipe tweaks
    and apple sorting, whose wording resembles industrial high-risk ideas)."""
    text = cls.text
    return (any(text.has(x) for x in _PEOPLE) or text.has(c.MEDICAL_SAFETY) or text.has(INFRA)
            or bool(cls.art6_1.hits or cls.art6_1.near))


def uses_generator_in_house(cls: Classification) -> bool:
    """The rules found a generator the company only uses (a bought or licensed tool, nothing offered to
    others) and nothing that passes for real. Art. 50(2) binds providers and Art. 50(4) realistic fakes,
    so the tier model's raise to limited, which recognises generators by their words, does not apply."""
    generator = any(rule.basis == "Art. 50(2)" for rule in cls.art50.near)
    offered = cls.text.has(synthetic.MARKET) or cls.text.has(fake.DEEPFAKE) or cls.text.has(fake.PASSES_AS_REAL)
    return generator and cls.text.has(DEPLOYER) and not offered


def _quote(text: str) -> str:
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"


@dataclass(frozen=True)
class Neighbour:
    precedent: Precedent
    similarity: float


@dataclass(frozen=True)
class PrecedentVote:
    """The `k` nearest precedents of one idea, the tier model's probabilities and what they suggest."""

    neighbours: tuple[Neighbour, ...]
    agree: int = AGREE
    weak: int = WEAK
    floor: float = FLOOR
    model: tuple[float, ...] = _NO_MODEL
    """The tier model's probabilities in `tier_model.TIERS` order (minimal for sure without a model)."""
    nearest_limited: Neighbour | None = None
    """The most similar limited past idea, which names the Art. 50 paragraph of a raise to limited."""
    gated: bool = True
    """The idea mentions people or safety (`concerns_people_or_safety`); the model escalates only then."""
    in_house_generator: bool = False
    """The rules found only an in-house use of a generator (`uses_generator_in_house`): no raise to limited."""

    @property
    def model_p(self) -> float:
        """The tier model's p(prohibited or high)."""
        return round(self.model[0] + self.model[1], 4)

    @property
    def strict(self) -> tuple[Neighbour, ...]:
        """Neighbours labelled prohibited/high that are similar enough to count (any distance when the
        escalation comes from the tier model)."""
        near = tuple(n for n in self.neighbours if n.similarity >= self.floor and n.precedent.tier in STRICT)
        if len(near) >= self.agree or not self.by_model:
            return near
        return tuple(n for n in self.neighbours if n.precedent.tier in STRICT)

    @property
    def by_model(self) -> bool:
        """The tier model is confident, the idea concerns people or safety, and a near past idea backs it."""
        return (self.model_p >= THRESHOLD and self.gated
                and any(n.precedent.tier in STRICT for n in self.neighbours))

    @property
    def escalates(self) -> bool:
        return len(self.strict) >= self.agree or self.by_model

    @property
    def to_limited(self) -> bool:
        """No escalation, but the tier model's top tier is limited with p >= LIMITED_THRESHOLD."""
        p_limited = self.model[TIERS.index(Tier.limited)]
        return (not self.escalates and not self.in_house_generator and p_limited >= LIMITED_THRESHOLD
                and p_limited == max(self.model))

    @property
    def flagged(self) -> bool:
        """Changes the tier, or a weaker vote that is worth a reviewer's look (tier unchanged)."""
        return len(self.strict) >= self.weak or self.to_limited

    @property
    def tier(self) -> Tier:
        """The tier the vote suggests: prohibited only if every agreeing precedent is prohibited."""
        if self.to_limited:
            return Tier.limited
        strict = self.strict
        if strict and all(n.precedent.tier is Tier.prohibited for n in strict):
            return Tier.prohibited
        return Tier.high

    @property
    def basis(self) -> str:
        """The most frequent basis among agreeing precedents of the suggested tier; ties go to the nearest."""
        if self.to_limited:
            return self.nearest_limited.precedent.basis if self.nearest_limited else "Art. 50"
        same = [n.precedent.basis for n in self.strict if n.precedent.tier is self.tier and n.precedent.basis]
        if not same:
            return "Annex III" if self.tier is Tier.high else "Art. 5(1)"
        counts = Counter(same)
        return max(same, key=lambda b: (counts[b], -same.index(b)))

    def describe(self) -> str:
        """Readable summary of the past ideas the vote rests on, quoting their basis and similarity."""
        if self.to_limited:
            n = self.nearest_limited
            like = f'; most similar limited past idea: "{_quote(n.precedent.text)}" ({n.precedent.basis}, ' \
                f"similarity {n.similarity:.2f})" if n else ""
            return f"the tier model trained on past ideas gives p(limited) {max(self.model):.2f}" + like
        strict = self.strict
        parts = [f'"{_quote(n.precedent.text)}" ({n.precedent.tier.value}, {n.precedent.basis or "?"}, '
                 f"similarity {n.similarity:.2f})" for n in strict[:3]]
        more = f"; and {len(strict) - 3} more" if len(strict) > 3 else ""
        model = f"the tier model trained on past ideas gives p(high-risk) {self.model_p:.2f}; " if self.by_model else ""
        return model + f"{len(strict)} of the {len(self.neighbours)} most similar past ideas were rated " \
            "prohibited/high: " + ("; ".join(parts) + more)

    def question(self, lang: str) -> str:
        if self.to_limited:
            if lang == "de":
                return ("Ähnliche frühere Ideen hatten Transparenzpflichten (Art. 50): Spricht Ihr System mit "
                        "Menschen, oder erzeugt es Bilder, Audio, Video oder Texte, die andere zu sehen bekommen?")
            return ("Similar past ideas had transparency duties (Art. 50): does your system talk with people, or "
                    "generate images, audio, video or text that others will see?")
        bases = ", ".join(dict.fromkeys(n.precedent.basis for n in self.strict if n.precedent.basis))
        quote = _quote(self.strict[0].precedent.text) if self.strict else ""
        if lang == "de":
            return (
                f"Ähnliche frühere Ideen wurden als Hochrisiko/verboten eingestuft ({bases}), z. B. „{quote}“. "
                "Trifft oder bereitet Ihr System ebenfalls Entscheidungen über Personen oder steuert es Sicherheit?"
            )
        return (
            f'Similar past ideas were rated high-risk/prohibited ({bases}), e.g. "{quote}". Does your system '
            "also decide about people, evaluate them, or control safety?"
        )


def apply_vote(cls: Classification, vote: PrecedentVote) -> Classification:
    """A copy of the rules result raised to the vote's tier and basis; unchanged unless it raises."""
    if not (vote.escalates or vote.to_limited) or vote.tier.severity <= cls.tier.severity:
        return cls
    return dataclasses.replace(cls, tier=vote.tier, basis=vote.basis, decisive=None, exception=None)


_TARGET = {Tier.prohibited: "Art. 5 prohibited practices screen", Tier.limited: "Art. 50 transparency"}


def annotate_path(path: list[LegalStep], cls: Classification, vote: PrecedentVote) -> list[LegalStep]:
    """Record in the legal path why the vote raised (or questioned) the tier."""
    out = [step.model_copy() for step in path]
    if (vote.escalates or vote.to_limited) and cls.tier is vote.tier:
        target = _TARGET.get(cls.tier) or (
            "Art. 6(1) safety component" if cls.basis.startswith("Art. 6(1)") else "Annex III high-risk area")
        reason = f"no rule cue matched, but {vote.describe()}; escalated by precedent, a reviewer must confirm"
        for step in out:
            if step.step == target:
                step.outcome, step.article, step.reason = "applies", cls.basis, reason
            elif step.step == "Art. 6(3) exception" and cls.tier is Tier.high:
                step.outcome = "not_reached"
                step.reason = (
                    "tier set by precedent, not by a rule; the reviewer decides whether the derogation "
                    "(narrow procedural task, no profiling) could apply"
                )
        return out
    if vote.flagged:
        for step in out:
            if step.step == "minimal risk":
                step.reason += f"; but {vote.describe()} - tier kept, sent for review"
    return out


def review(
    cls: Classification, vote: PrecedentVote, conf: float, path: list[LegalStep]
) -> tuple[float, list[LegalStep], list[str]]:
    """Confidence, legal path and open questions after the vote; a flagged idea goes to a reviewer."""
    if not vote.flagged:
        return conf, path, open_questions(cls, conf)
    conf = min(conf, REVIEW_CONFIDENCE)
    questions = [vote.question(cls.text.lang), *open_questions(cls, conf)]
    return conf, annotate_path(path, cls, vote), list(dict.fromkeys(questions))[:4]
