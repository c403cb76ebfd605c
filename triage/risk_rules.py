"""EU AI Act tier classification from free text (DE/EN), Regulation (EU) 2024/1689.

The check order mirrors the Act: Art. 5 screen -> Art. 6(1)/Annex I -> Annex III -> Art. 6(3)
derogation (never when people are profiled) -> Art. 50 transparency -> minimal. The strictest
tier wins; inside a tier the first rule of the table names the basis.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from triage import concepts as c
from triage import concepts_deepfake as d
from triage import concepts_synthetic as g
from triage import concepts_transparency as t
from triage.patterns import Text
from triage.result import Tier
from triage.rules_annex1 import ANNEX_I_RULES
from triage.rules_art5 import ART5_RULES
from triage.rules_high import ANNEX_III_RULES
from triage.rules_model import Hit, Match, Rule, RuleMaker, match_all

_l = RuleMaker(Tier.limited, "art50")


ART50_RULES: tuple[Rule, ...] = (
    _l(
        "Art. 50(4)",
        "deep fake: realistic synthetic content of real persons, places or events",
        (d.DEEPFAKE, d.PASSES_AS_REAL),
        (d.REAL_SUBJECT, d.PUBLIC_FIGURE, d.PUBLISH),
        none_of=(d.DETECTS_FAKES,),
        question=(
            "Will realistic generated content of real people or places be published?",
            "Werden realistische KI-Inhalte über reale Personen oder Orte veröffentlicht?",
        ),
    ),
    _l("Art. 50(4)", "deep fake content", d.DEEPFAKE_TERM, none_of=(d.DETECTS_FAKES,)),
    _l(
        "Art. 50(4)",
        "synthetic image, video or voice of a real public figure",
        d.PUBLIC_FIGURE,
        d.SYNTH_LIKENESS,
        g.GENERATE,
        (d.REAL_SUBJECT, d.ENDORSE),
        none_of=(d.DETECTS_FAKES,),
    ),
    _l(
        "Art. 50(4)",
        "AI-written text on matters of public interest published without editorial control",
        d.NEWS,
        d.PUBLIC_INTEREST,
        d.AUTO_PUBLISH,
        none_of=(d.EDITED, d.INTERNAL_AUDIENCE),
    ),
    # The two Art. 50(1) rules are `t.talks_to_people`, which the provider-role check shares.
    _l("Art. 50(1)", "AI system interacting directly with people", t.TALK_CUES, check=t.takes_part),
    _l(
        "Art. 50(1)",
        "AI assistant or bot that people ask questions or talk to",
        t.ASSISTANT_CUES,
        t.CONVERSE,
        check=t.assistant_converses,
        question=(
            "Do people ask the assistant questions or talk to it directly?",
            "Stellen Menschen dem Assistenten direkt Fragen oder sprechen sie mit ihm?",
        ),
    ),
    _l(
        "Art. 50(2)",
        "provider of a system generating synthetic audio, image, video or text",
        g.GENERATE,
        g.SYNTH_MEDIA,
        g.MARKET,
        check=g.generates_media,
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


def _answers_only(text: Text, interacts: bool) -> str | None:
    """Cue of an assistant that only answers questions and has no part in the assessment, else None.

    No part: it says it does not decide, the assessment is someone else's task ("die Kreditentscheidung
    trifft weiterhin die Bank"), or it never sees data about the person.
    """
    ask = text.cue(t.QUESTIONS)
    denial = text.cue(t.NO_DECISION) or text.cue(t.ELSEWHERE) or text.cue(t.NO_PERSONAL_DATA)
    if not interacts or ask is None or denial is None or t.without(text, t.ELSEWHERE).has(t.ASSESS):
        return None
    return f'answers people\'s questions ("{ask}") and takes no part in the decision ("{denial}")'


def art63(text: Text, hit: Hit, *, interacts: bool = False) -> Exception63:
    """Art. 6(3): narrow procedural/preparatory tasks escape Annex III, never when profiling people.

    `interacts` says an Art. 50(1) rule fired: an assistant that only answers questions about the
    procedure and has no part in the decision is such a narrow task too. Profiling words in a clause that
    gives the assessment to someone else ("the ranking stays with HR") or denies it ("rates nobody", "bewertet
    niemanden") are not the system's profiling.
    """
    proc = text.cue(t.PROCEDURAL)
    prof = t.without(text, t.ELSEWHERE, t.NO_DECISION, t.NO_PERSONAL_DATA).cue(t.PROFILING)
    task = f'only a narrow procedural/preparatory task ("{proc}")' if proc is not None else None
    if task is None:
        answers = _answers_only(text, interacts)
        task = f"only an information service that {answers}" if answers is not None else None
    if task is None:
        return Exception63(False, "no cue for a narrow procedural or preparatory task only")
    if prof is not None:
        return Exception63(
            False,
            f'{task.removeprefix("only ")} but the system profiles people ("{prof}"): '
            "the derogation never applies to profiling",
        )
    return Exception63(True, f"{task} and no profiling of people")


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
        interacts = any(h.rule.basis == "Art. 50(1)" for h in art50.hits)
        result.exception = art63(text, annex3.hits[0], interacts=interacts)
        if not result.exception.applies:
            result.tier, result.decisive = Tier.high, annex3.hits[0]
    if result.decisive is None and art50.hits:
        result.tier, result.decisive = Tier.limited, art50.hits[0]
    if result.decisive is not None:
        result.basis = result.decisive.rule.basis
    return result
