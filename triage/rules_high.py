"""The Annex III areas 1-8: the high-risk rules for what an AI system decides about people or infrastructure.

Within the high tier the first matching rule names the basis, so the table is ordered from
the most specific provision to the broadest within each area. Art. 6(1) with Annex I (products)
lives in `triage.rules_annex1`, the employment rules of point 4 in `triage.rules_work`.
"""

from __future__ import annotations

from triage import concepts as c
from triage import concepts_annex1 as d
from triage import concepts_areas as a
from triage import concepts_art5_biometric as b
from triage import concepts_art5_scoring as k
from triage import concepts_services as s
from triage import concepts_transparency as t
from triage import concepts_work as w
from triage.concepts_transparency import without
from triage.patterns import Text, concept, outside_denial
from triage.result import Tier
from triage.rules_model import Rule, RuleMaker, nearest_subject
from triage.rules_work import EMPLOYMENT_RULES

RISK = concept(
    r"\b(?:risks?|secondary (?:inspection|screening|checks?)|further checks)\b",
    r"risik|nachkontroll|zweitkontroll",
)
_PEOPLE = (c.PERSON, c.WORK_SUBJECT, c.CUSTOMER_SUBJECT)
_WHOSE_EMOTION = {
    "animal": c.ANIMAL,
    "person": c.PERSON,
    "work": c.WORK_SUBJECT,
    "customer": c.CUSTOMER_SUBJECT,
    "edu": c.EDU_SUBJECT,
}


def emotions_of_people(text: Text) -> bool:
    """Stress or mood read from animals ("cows' facial expression") is not emotion recognition of people."""
    if not text.has(c.ANIMAL):
        return True
    return nearest_subject(text, (c.EMOTION, c.BIOMETRIC_MODALITY), _WHOSE_EMOTION) != "animal"


def _emotions_read_from_people(text: Text) -> bool:
    """`emotions_of_people`, and the writer's own feeling ("Sceptical, but: ...") is nobody's inferred
    emotion: watching whether exam candidates look away reads behaviour, not emotions."""
    return without(text, b.AUTHOR_FEELING).has(c.EMOTION) and emotions_of_people(text)


def body_or_voice_cues(text: Text) -> Text:
    """The text whose face, body and voice cues count: a "Tonfall" or "tone of voice" of e-mails, reviews or
    chats is the style of written words (text alone is not biometric, Art. 3(39)) unless calls or recordings
    are analysed."""
    return text if text.has(c.SPOKEN_SOURCE) else without(text, c.WRITING_TONE)


def _emotions_from_body_or_voice(text: Text) -> bool:
    """`_emotions_read_from_people` from a face, body or voice, not from the tone of written messages."""
    if not _emotions_read_from_people(text):
        return False
    return body_or_voice_cues(text).has(c.BIOMETRIC_MODALITY) or not text.has(b.WRITTEN)


def _identifies_people(text: Text) -> bool:
    """1:1 verification against the person's own passport photo or login template is not identification,
    unless faces are also searched against a list of other people ("and against the watchlist").
    """
    return not text.has(c.VERIFY_ONLY) or text.has(c.WATCHLIST)


def _decides_on_learners(text: Text) -> bool:
    """A chatbot that answers questions on deadlines "but does not decide on admissions" assesses no one;
    neither does a timetable whose class assignments "are still decided by the head", nor an enrolment
    forecast for booking rooms."""
    return outside_denial(text, a.EVALUATE, w.NO_DECISION, w.NO_EVALUATION, t.ELSEWHERE, a.HEADCOUNT)


def _prices_people(text: Text) -> bool:
    """A helper that answers questions on tariffs and premiums prices no one unless it also sets prices."""
    return not text.has(s.ANSWERS_QUESTIONS) or text.has(s.PRICING_ACT)


def _acts_on_infrastructure(text: Text) -> bool:
    """A demand forecast for planning "while the plant control stays as it is" operates nothing; a chatbot,
    a report or maintenance planning for a utility counts only when the AI itself switches, closes or doses.
    """
    paperwork = any(text.has(x) for x in (s.ANSWERS_QUESTIONS, d.BACK_OFFICE, d.MAINTENANCE))
    acts = a.CONTROL_VERB if paperwork else a.CONTROL_ACTION
    return outside_denial(text, acts, a.CONTROL_UNCHANGED, d.SAFETY_UNCHANGED)


def _protects_physically(text: Text) -> bool:
    """Fire, power or flooding cues count unless they only say the existing protection stays as it is."""
    return outside_denial(text, a.PHYSICAL_PROTECTION, d.SAFETY_UNCHANGED)


def _court_not_dish(text: Text) -> bool:
    """German "Gericht" in a canteen ("Portionen pro Gericht") is a dish; there only a court-specific cue counts."""
    return not text.has(s.FOOD_CONTEXT) or text.has(s.COURT_STRONG)


def _credit_of_natural_persons(text: Text) -> bool:
    """Fraud detection is not credit scoring; business-only lending is not Annex III 5(b); an assistant that
    answers questions on loans and leasing judges no borrower unless it also scores or decides itself.
    """
    if text.has(s.FRAUD) and not text.has(s.CREDIT_STRONG):
        return False
    if text.has(s.ANSWERS_QUESTIONS) and not text.has(s.CREDIT_ACT):
        return False
    return text.has(c.PRIVATE_PERSON) or not text.has(c.BUSINESS_ONLY)


_h = RuleMaker(Tier.high, "annex3")


ANNEX_III_RULES: tuple[Rule, ...] = (
    _h("Annex III 1(a)", "remote biometric identification of people", c.FACE_IDENT, check=_identifies_people),
    _h(
        "Annex III 1(a)",
        "searching camera footage for people on a watchlist (post remote identification)",
        c.WATCHLIST,
        c.PERSON_SEARCH,
        (c.FOOTAGE, c.BIOMETRIC_MODALITY, c.FACE_IMAGE, c.PHOTO),
        check=_identifies_people,
    ),
    _h(
        "Annex III 1(b)",
        "biometric categorisation by protected attributes (age, gender)",
        c.PROTECTED_TRAIT,
        (c.BIOMETRIC_MODALITY, c.FACE_IMAGE, c.PHOTO),
        c.INFER,
        (c.PERSON, c.WORK_SUBJECT, c.CUSTOMER_SUBJECT, c.EDU_SUBJECT),
    ),
    _h(
        "Annex III 1(c)",
        "emotion recognition from biometric signals",
        c.EMOTION,
        c.BIOMETRIC_MODALITY,
        check=_emotions_from_body_or_voice,
        question=(
            "Are emotions inferred from faces, voices or body signals, or only from written text?",
            "Werden Emotionen aus Gesicht, Stimme oder Körpersignalen abgeleitet oder nur aus Text?",
        ),
    ),
    _h(
        "Annex III 2",
        "safety component in critical infrastructure or road traffic",
        a.INFRA,
        a.CONTROL_ACTION,
        check=_acts_on_infrastructure,
        question=(
            "Does the system act on the infrastructure (switching, closing, control) or only report?",
            "Greift das System in die Infrastruktur ein (schalten, sperren, steuern) oder berichtet es nur?",
        ),
    ),
    _h(
        "Annex III 2",
        "safety component protecting critical digital infrastructure (fire, power, flooding)",
        a.DIGITAL_INFRA,
        a.PHYSICAL_PROTECTION,
        a.CONTROL_ACTION,
        check=_protects_physically,
    ),
    _h(
        "Annex III 3(a)",
        "admission to education",
        a.ADMISSION,
        a.EDU_INSTITUTION,
        a.EVALUATE,
        check=_decides_on_learners,
    ),
    _h("Annex III 3(d)", "proctoring: detecting prohibited behaviour in tests", a.PROCTOR, a.EDU_INSTITUTION),
    _h(
        "Annex III 3(c)",
        "assigning the level of education",
        a.LEVEL,
        a.EDU_INSTITUTION,
        a.EVALUATE,
        check=_decides_on_learners,
    ),
    _h("Annex III 3(b)", "evaluating learning outcomes", a.LEARN_EVAL, a.EDU_INSTITUTION),
    *EMPLOYMENT_RULES,
    _h("Annex III 5(a)", "eligibility for public assistance benefits", s.PUBLIC_BENEFIT, s.GRANT_DECISION),
    _h(
        "Annex III 5(b)",
        "creditworthiness or credit score of natural persons",
        (s.CREDIT_STRONG, s.CREDIT),
        (s.CREDIT_DECISION, s.CREDIT_ACT),
        check=_credit_of_natural_persons,
        question=(
            "Does the system assess whether a private person can repay or gets credit?",
            "Bewertet das System, ob eine Privatperson zahlungsfähig ist oder Kredit bekommt?",
        ),
    ),
    _h(
        "Annex III 5(c)",
        "risk assessment and pricing in life or health insurance",
        s.LIFE_HEALTH_INSURANCE,
        s.INSURANCE_PRICING,
        none_of=(c.ANIMAL,),
        check=_prices_people,
    ),
    _h(
        "Annex III 5(d)",
        "emergency call evaluation, dispatch or patient triage",
        s.EMERGENCY,
        s.TRIAGE_ACT,
        none_of=(s.STATISTICS_ONLY,),
    ),
    _h(
        "Annex III 6(a)",
        "law enforcement: risk of a person becoming a victim",
        c.LAW_ENFORCEMENT,
        (k.VICTIM, s.VICTIM_RISK),
    ),
    _h("Annex III 6(b)", "law enforcement: polygraph or similar tools", c.LAW_ENFORCEMENT, k.LIE),
    _h("Annex III 6(c)", "law enforcement: reliability of evidence", c.LAW_ENFORCEMENT, k.EVIDENCE),
    _h(
        "Annex III 6(c)",
        "law enforcement: reliability of statements or testimony",
        c.LAW_ENFORCEMENT,
        s.STATEMENT,
        s.RELIABILITY,
    ),
    _h(
        "Annex III 6(d)",
        "law enforcement: risk of offending or re-offending",
        c.LAW_ENFORCEMENT,
        k.CRIME,
        k.PREDICT,
    ),
    _h(
        "Annex III 6(e)",
        "law enforcement: profiling in detection or investigation",
        c.LAW_ENFORCEMENT,
        k.INVESTIGATE,
        _PEOPLE,
    ),
    _h("Annex III 7(a)", "migration: polygraph or similar tools", s.MIGRATION, k.LIE),
    _h(
        "Annex III 7(b)",
        "migration/border: risk assessment of persons",
        s.MIGRATION,
        RISK,
        s.MIGRATION_ASSESS,
    ),
    _h(
        "Annex III 7(c)",
        "examination of asylum, visa or residence applications",
        s.MIGRATION,
        s.APPLICATION,
        s.MIGRATION_ASSESS,
    ),
    _h("Annex III 7(d)", "migration: detecting or identifying persons", s.MIGRATION, s.IDENTIFY, _PEOPLE),
    _h(
        "Annex III 8(a)",
        "assisting judicial authorities or alternative dispute resolution",
        s.JUSTICE,
        s.RULING,
        none_of=(s.LEGAL_MEDIA, s.REDACTION),
        check=_court_not_dish,
    ),
    _h("Annex III 8(b)", "influencing elections or voting behaviour", s.ELECTION, s.INFLUENCE),
)
