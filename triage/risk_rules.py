"""EU AI Act tier classification from free text (DE/EN), Regulation (EU) 2024/1689.

The check order mirrors the Act: Art. 5 screen -> Art. 6(1)/Annex I -> Annex III -> Art. 6(3)
derogation (never when people are profiled) -> Art. 50 transparency -> minimal. The strictest
tier wins; inside a tier the first rule of the table names the basis.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from triage import concepts as c
from triage import concepts_transparency as t
from triage.patterns import Text
from triage.result import Tier
from triage.rules_art5 import ART5_RULES
from triage.rules_high import ANNEX_I_RULES, ANNEX_III_RULES
from triage.rules_model import Hit, Match, Rule, match_all


def _not_just_drafts(text: Text) -> bool:
    """Drafts a human reviews and sends are not AI interacting with people (no Art. 50(1))."""
    return not text.has(t.DRAFT) or text.has(t.CHATBOT_NOUN)


def _l(
    basis: str, label: str, *all_of: object, check: object = None, question: tuple[str, str] | None = None
) -> Rule:
    return Rule(Tier.limited, basis, "art50", label, all_of, (), check, question)  # type: ignore[arg-type]


ART50_RULES: tuple[Rule, ...] = (
    _l(
        "Art. 50(4)",
        "deep fake: realistic synthetic content of real persons, places or events",
        t.DEEPFAKE,
        (t.REAL_SUBJECT, t.PUBLISH),
        question=(
            "Will realistic generated content of real people or places be published?",
            "Werden realistische KI-Inhalte über reale Personen oder Orte veröffentlicht?",
        ),
    ),
    _l("Art. 50(4)", "deep fake content", t.DEEPFAKE_TERM),
    _l(
        "Art. 50(4)",
        "synthetic image, video or voice of a real public figure",
        t.PUBLIC_FIGURE,
        t.SYNTH_LIKENESS,
        t.GENERATE,
        (t.REAL_SUBJECT, t.ENDORSE),
    ),
    _l(
        "Art. 50(4)",
        "AI-written text on matters of public interest published without editorial control",
        t.NEWS,
        t.PUBLIC_INTEREST,
        t.AUTO_PUBLISH,
    ),
    _l("Art. 50(1)", "AI system interacting directly with people", t.CHATBOT, check=_not_just_drafts),
    _l(
        "Art. 50(2)",
        "provider of a system generating synthetic audio, image, video or text",
        t.GENERATE,
        t.SYNTH_MEDIA,
        t.MARKET,
        question=(
            "Will you offer the generator to others (provider) or only use it internally?",
            "Bieten Sie den Generator anderen an (Anbieter) oder nutzen Sie ihn nur intern?",
        ),
    ),
)


@dataclass
class Exception63:
    """Outcome of the Art. 6(3) derogation check for an Annex III hit."""

    applies: bool
    reason: str


@dataclass
class Classification:
    """Everything the legal path, controls and confidence need to explain the tier."""

    text: Text
    tier: Tier
    basis: str
    decisive: Hit | None
    art5: Match
    art6_1: Match
    annex3: Match
    art50: Match
    exception: Exception63 | None = None
    near: list[Rule] = field(default_factory=list)

    @property
    def profiles_people(self) -> bool:
        return self.text.has(t.PROFILING) and _has_any_person(self.text)

    @property
    def all_hits(self) -> list[Hit]:
        return self.art5.hits + self.art6_1.hits + self.annex3.hits + self.art50.hits


def _has_any_person(text: Text) -> bool:
    return any(text.has(x) for x in (c.PERSON, c.WORK_SUBJECT, c.CUSTOMER_SUBJECT, c.EDU_SUBJECT))


def art63(text: Text, hit: Hit) -> Exception63:
    """Art. 6(3): narrow procedural/preparatory tasks escape Annex III, never when profiling people."""
    proc = text.cue(t.PROCEDURAL)
    prof = text.cue(t.PROFILING)
    if proc is None:
        return Exception63(False, "no cue for a narrow procedural or preparatory task only")
    if prof is not None:
        return Exception63(
            False,
            f'narrow task ("{proc}") but the system profiles people ("{prof}"): '
            "the derogation never applies to profiling",
        )
    return Exception63(
        True, f'only a narrow procedural/preparatory task ("{proc}") and no profiling of people'
    )


def classify(raw_text: str) -> Classification:
    """Classify one idea text into a tier with its basis and the matches behind every step."""
    text = Text.of(raw_text)
    art5, art6_1 = match_all(ART5_RULES, text), match_all(ANNEX_I_RULES, text)
    annex3, art50 = match_all(ANNEX_III_RULES, text), match_all(ART50_RULES, text)
    near = art5.near + art6_1.near + annex3.near + art50.near
    result = Classification(text, Tier.minimal, "none", None, art5, art6_1, annex3, art50, near=near)
    if art5.hits:
        result.tier, result.decisive = Tier.prohibited, art5.hits[0]
    elif art6_1.hits:
        result.tier, result.decisive = Tier.high, art6_1.hits[0]
    elif annex3.hits:
        result.exception = art63(text, annex3.hits[0])
        if not result.exception.applies:
            result.tier, result.decisive = Tier.high, annex3.hits[0]
    if result.decisive is None and art50.hits:
        result.tier, result.decisive = Tier.limited, art50.hits[0]
    if result.decisive is not None:
        result.basis = result.decisive.rule.basis
    return result
