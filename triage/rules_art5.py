"""Art. 5(1)(a)-(h): the prohibited practices, each as a combination of concepts.

Emotion inference needs a biometric modality (face, voice, body signals): inferring mood
from written text is not emotion recognition (Art. 3(39)), so it never reaches these rules.
Described rather than named ("tones too quiet to notice"), a subliminal technique needs a
stimulus people cannot consciously notice, delivered to them and aimed at a decision. A stated
Art. 5(1)(h) exception ("only to find an abducted child") leaves real-time identification in
Annex III 1(a). A sensitive trait counts when it is what is inferred, not when it names the setting
("political talk show"). A score of how people behaved towards one service (no-shows, disputes, ratings
of passengers) becomes social scoring once sold to landlords or employers, i.e. used in an unrelated
context (Art. 5(1)(c)(i)); a credit score sold that way stays Annex III 5(b), a fraud score is neither.
Untargeted face collection (Art. 5(1)(e)) covers CCTV archives as well as the web: "every face" taken out of
recordings for a recognition database, while comparing every face with a list stays identification (Annex III 1(a)).
Art. 5(1)(f) turns on whose emotions are read, not on the place: customers read in a shop where "staff are blurred
out" are Annex III 1(c), and the writer's own "sceptical, but" is no inferred emotion. Passers-by ("die
Vorbeigehenden") are people for Art. 5(1)(g), and so is whoever an ID or badge photo shows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from triage import concepts as c
from triage import concepts_areas as a
from triage import concepts_art5 as x
from triage import concepts_art5_biometric as b
from triage import concepts_art5_scoring as k
from triage import concepts_services as s
from triage.concepts_transparency import without
from triage.patterns import Text
from triage.result import Tier
from triage.rules_high import body_or_voice_cues, emotions_of_people
from triage.rules_model import Rule, RuleMaker, nearest_subject

_SUBJECTS = {
    "work": c.WORK_SUBJECT,
    "staff": b.STAFF_MORE,
    "edu": c.EDU_SUBJECT,
    "customer": c.CUSTOMER_SUBJECT,
    "served": b.CUSTOMER_MORE,
    "learner": b.LEARNER_ROLE,
    "participant": b.PARTICIPANT,
}
_STAFF_NAMES = {"work", "staff"}
_FEELING = (c.EMOTION, b.EMOTION_MORE)
_SIGNAL = (c.BIOMETRIC_MODALITY, b.MODALITY_MORE, b.VOICE_TONE)
_PEOPLE = (c.PERSON, c.WORK_SUBJECT, c.CUSTOMER_SUBJECT, k.PEOPLE_MORE)
_CIVIC_SCORE = (a.SCORE, k.SCORE_COMPOUND, k.CIVIC_SCORE_TERM)
_SOCIAL_CONDUCT = (a.PRIVATE_LIFE, k.CIVIC_BEHAVIOUR, k.CIVIC_MORE)
_TREATMENT = (a.CONSEQUENCE, k.TREATMENT)
_VULNERABLE = (a.VULNERABLE, x.VULNERABLE_MORE)
_STEERED_DECISION = (x.HARMFUL_DECISION, x.STEER, x.GAMBLE)
_CLAUSE_END = re.compile(r"[.;!?]")


def _without_recipients(text: Text) -> Text:
    """The text with staff who only receive the output ("routes the call to an agent") or who are left out
    of the analysis ("staff are blurred out", "außer den Mitarbeitenden") blanked out."""
    return without(text, b.STAFF_RECIPIENT, b.STAFF_EXCLUDED)


def emotions_of_workers_or_learners(text: Text) -> bool:
    """True when the people whose emotions are inferred are workers or learners (Art. 5(1)(f)).

    Stress read from animals is nobody's emotion (the Annex III 1(c) check decides that). When
    customers, callers or residents are named too, staff who merely receive the result ("angry callers
    go to the most experienced agents", "die Mitarbeiter bekommen eine Push-Nachricht") do not count
    as the people read. "Their own voice" points back to the people named just before it. "Sounds
    annoyed" counts as a voice unless the text is about written messages (then it is text analysis).
    "Participants" or "trainees" count as learners only in a course or training ("Mimik der
    Teilnehmenden im Onlinekurs"), not in a sales webinar or a study. The writer's own feeling ("Sceptical,
    but: ...", "ich bin skeptisch") is nobody's inferred emotion: watching whether candidates look away or
    whisper reads behaviour (Annex III 3(d)), not emotions. Staff left out of the analysis ("staff are
    masked out, only customers analysed") are not the people read even in a shop.
    """
    if not emotions_of_people(text):
        return False
    text = without(text, b.AUTHOR_FEELING)
    if not any(text.has(cn) for cn in (*_FEELING, b.VOICE_TONE)):
        return False
    signals = body_or_voice_cues(text)
    heard_only = not any(signals.has(m) for m in (c.BIOMETRIC_MODALITY, b.MODALITY_MORE))
    if heard_only and text.has(b.WRITTEN):
        return False
    anchors = (*_FEELING, *_SIGNAL)
    subject = nearest_subject(text, anchors, _SUBJECTS)
    own = text.find(b.OWN_SIGNAL)
    if own is not None:
        before = replace(text, masked=text.masked[: own.start()])
        subject = nearest_subject(before, (b.OWN_SIGNAL,), _SUBJECTS) or subject
    elif subject in _STAFF_NAMES and (text.has(c.CUSTOMER_SUBJECT) or text.has(b.CUSTOMER_MORE)):
        subject = nearest_subject(_without_recipients(text), anchors, _SUBJECTS)
    if subject == "participant":
        return text.has(b.TRAINING_CONTEXT)
    return subject in {*_STAFF_NAMES, "edu", "learner"}


def _infers_sensitive_trait(text: Text) -> bool:
    """A sensitive trait is what the system infers: its word sits in the clause of the inferring verb.

    "Ordnet jeden Gast anhand des Gesichts einem politischen Lager zu" infers politics; "for our political
    talk show the camera detects who is speaking" only names the setting (blanked by `SENSITIVE_SETTING`),
    and "ordnet sie Altersgruppen zu; religiöse Zugehörigkeit wird nicht erfasst" puts the trait in
    another clause.
    """
    source = b.SENSITIVE_SETTING.pattern.sub(lambda m: " " * len(m.group(0)), text.masked)
    traits = [m.span() for cn in (c.SENSITIVE_TRAIT, b.SENSITIVE_MORE) for m in cn.pattern.finditer(source)]
    infers = [m.span() for cn in (c.INFER, b.INFER_MORE) for m in cn.pattern.finditer(source)]
    for t_start, t_end in traits:
        for i_start, i_end in infers:
            gap = source[min(t_end, i_end) : max(t_start, i_start)]
            if (t_start < i_end and i_start < t_end) or (len(gap) <= 90 and not _CLAUSE_END.search(gap)):
                return True
    return False


def _exploits(text: Text) -> bool:
    """An exploitation cue beyond a mere price word or susceptibility, or one of those next to something sold.

    "Explains expensive training courses to the unemployed" exploits nobody; "sells them expensive loans" does.
    "Kids can't resist dinosaurs" is no exploitation; "kids cave faster, so show them gem deals" is.
    """
    rest = text.masked
    for weak in (x.PRICE_ONLY, x.SUSCEPTIBLE):
        rest = weak.pattern.sub(lambda m: " " * len(m.group(0)), rest)
    if any(cn.find(rest) for cn in (a.EXPLOIT, x.HARD_SELL, x.EXPLOIT_MORE)):
        return True
    return any(text.has(cn) for cn in (x.HARMFUL_DECISION, x.PURCHASE, x.OFFER, a.MONETISE, x.STEER))


_p = RuleMaker(Tier.prohibited, "art5")


ART5_RULES: tuple[Rule, ...] = (
    _p(
        "Art. 5(1)(f)",
        "emotion recognition of workers or students from biometric signals",
        _FEELING,
        _SIGNAL,
        b.READ_PEOPLE,
        none_of=(c.MEDICAL_SAFETY,),
        check=emotions_of_workers_or_learners,
        question=(
            "Are emotions inferred from faces, voices or body signals, or only from written text?",
            "Werden Emotionen aus Gesicht, Stimme oder Körpersignalen abgeleitet oder nur aus Text?",
        ),
    ),
    _p(
        "Art. 5(1)(g)",
        "biometric categorisation inferring sensitive traits (e.g. politics, union, religion)",
        (c.SENSITIVE_TRAIT, b.SENSITIVE_MORE),
        (c.BIOMETRIC_MODALITY, c.FACE_IMAGE, c.PHOTO, b.ID_PHOTO),
        (c.INFER, b.INFER_MORE),
        (c.PERSON, c.WORK_SUBJECT, c.CUSTOMER_SUBJECT, c.EDU_SUBJECT, b.CROWD, b.ID_PHOTO),
        check=_infers_sensitive_trait,
    ),
    _p(
        "Art. 5(1)(h)",
        "real-time remote biometric identification in public spaces for law enforcement",
        (c.FACE_IDENT, b.FACE_MATCH),
        c.REALTIME,
        (c.PUBLIC_SPACE, b.PUBLIC_MORE),
        c.LAW_ENFORCEMENT,
        none_of=(b.H_EXCEPTION,),
    ),
    _p(
        "Art. 5(1)(e)",
        "untargeted scraping of facial images to build a recognition database",
        c.SCRAPE,
        c.FACE_IMAGE,
    ),
    _p(
        "Art. 5(1)(e)",
        "bulk collection of online photos into a face database",
        b.FACE_DB,
        b.BULK,
        b.ONLINE_SOURCE,
    ),
    _p(
        "Art. 5(1)(e)",
        "every face taken from CCTV footage or the web for a recognition database",
        b.FACE_HARVEST,
        (b.FACE_DB, c.FACE_IDENT),
        (c.FOOTAGE, b.FOOTAGE_MORE, b.ONLINE_SOURCE),
    ),
    _p("Art. 5(1)(a)", "subliminal, manipulative or deceptive techniques", a.MANIPULATION),
    _p(
        "Art. 5(1)(a)",
        "stimuli below conscious perception steering purchases, bets or contracts",
        x.SUBLIMINAL_CUE,
        x.STIMULUS,
        x.DELIVER,
        x.STEER,
        none_of=(x.WATERMARK,),
    ),
    _p(
        "Art. 5(1)(a)",
        "deception (impersonation, fake urgency) to push people into harmful decisions",
        (x.DECEPTION, x.DECEPTION_MORE),
        x.HARMFUL_DECISION,
    ),
    _p(
        "Art. 5(1)(b)",
        "exploiting vulnerabilities due to age, disability or social/economic situation",
        _VULNERABLE,
        (a.EXPLOIT, x.HARD_SELL, x.EXPLOIT_MORE, x.SUSCEPTIBLE),
        check=_exploits,
        question=(
            "Does the system target people because of age, disability or financial hardship?",
            "Zielt das System auf Menschen wegen Alter, Behinderung oder finanzieller Notlage?",
        ),
    ),
    _p(
        "Art. 5(1)(b)",
        "emotional or time pressure on vulnerable people (e.g. children) to buy",
        _VULNERABLE,
        (x.EMOTIONAL_PRESSURE, x.WEAK_MOMENT, x.TIME_PRESSURE),
        x.PURCHASE,
        none_of=(x.NO_PURCHASE,),
    ),
    _p(
        "Art. 5(1)(b)",
        "high-cost credit (payday loans) promoted to people in financial hardship or otherwise vulnerable",
        (*_VULNERABLE, x.CANT_AFFORD),
        x.HIGH_COST_CREDIT,
        x.PROMOTE,
        question=(
            "Is high-cost credit offered to people because they are in financial hardship?",
            "Wird teurer Kredit Menschen gerade wegen ihrer finanziellen Notlage angeboten?",
        ),
    ),
    _p(
        "Art. 5(1)(b)",
        "pressure timed to a moment of weakness on people who cannot afford it",
        x.CANT_AFFORD,
        (x.WEAK_MOMENT, x.EMOTIONAL_PRESSURE, x.DECEPTION, x.DECEPTION_MORE),
        _STEERED_DECISION,
    ),
    _p(
        "Art. 5(1)(c)",
        "social scoring from private-life behaviour with detrimental treatment",
        _SOCIAL_CONDUCT,
        _CIVIC_SCORE,
        (*_TREATMENT, k.OUTSIDE_USE),
        _PEOPLE,
        question=(
            "Does a score built from private behaviour decide how people are treated elsewhere?",
            "Entscheidet ein Score aus privatem Verhalten, wie Menschen anderswo behandelt werden?",
        ),
    ),
    _p(
        "Art. 5(1)(c)",
        "detrimental treatment based on private-life behaviour",
        _SOCIAL_CONDUCT,
        (a.DETRIMENT, k.LOW_SCORE),
        _TREATMENT,
        _PEOPLE,
    ),
    _p(
        "Art. 5(1)(c)",
        "a score of how people behaved towards one service sold or passed to others (landlords, employers)",
        k.SERVICE_CONDUCT,
        _CIVIC_SCORE,
        k.OUTSIDE_USE,
        _PEOPLE,
        none_of=(s.CREDIT_STRONG, s.FRAUD),
        question=(
            "Will others (landlords, employers, insurers) use the score to decide about the people rated?",
            "Entscheiden andere (Vermieter, Arbeitgeber, Versicherer) mit dem Score über die Bewerteten?",
        ),
    ),
    _p("Art. 5(1)(c)", "social scoring of people", (a.SOCIAL_SCORE_TERM, k.CIVIC_SCORE_TERM)),
    _p(
        "Art. 5(1)(b)",
        "exploiting a vulnerable state (loneliness, addiction, debt) to sell",
        a.VULN_STATE,
        a.MONETISE,
        _PEOPLE + (c.EDU_SUBJECT, a.VULNERABLE),
    ),
    _p(
        "Art. 5(1)(d)",
        "predicting crime risk from profiling or personality traits",
        k.CRIME,
        k.PREDICT,
        (k.PERSONALITY, k.CIRCUMSTANCES),
        _PEOPLE,
        none_of=(k.VICTIM,),
    ),
)
