"""Art. 5(1)(a)-(h): the prohibited practices, each as a combination of concepts.

Emotion inference needs a biometric modality (face, voice, body signals): inferring mood
from written text is not emotion recognition (Art. 3(39)), so it never reaches these rules.
Described rather than named ("tones too quiet to notice"), a subliminal technique needs a
stimulus people cannot consciously notice, delivered to them and aimed at a decision. A stated
Art. 5(1)(h) exception ("only to find an abducted child") leaves real-time identification in
Annex III 1(a).
"""

from __future__ import annotations

from triage import concepts as c
from triage import concepts_areas as a
from triage import concepts_art5 as x
from triage.patterns import Text
from triage.result import Tier
from triage.rules_model import Rule, nearest_subject

_SUBJECTS = {
    "work": c.WORK_SUBJECT,
    "edu": c.EDU_SUBJECT,
    "customer": c.CUSTOMER_SUBJECT,
    "learner": x.LEARNER_ROLE,
    "participant": x.PARTICIPANT,
}
_PEOPLE = (c.PERSON, c.WORK_SUBJECT, c.CUSTOMER_SUBJECT, x.PEOPLE_MORE)
_SOCIAL_CONDUCT = (a.PRIVATE_LIFE, x.CIVIC_BEHAVIOUR, x.CIVIC_MORE)
_TREATMENT = (a.CONSEQUENCE, x.TREATMENT)
_VULNERABLE = (a.VULNERABLE, x.VULNERABLE_MORE)
_STEERED_DECISION = (x.HARMFUL_DECISION, x.STEER, x.GAMBLE)


def emotions_of_workers_or_learners(text: Text) -> bool:
    """True when the people whose emotions are inferred are workers or learners (Art. 5(1)(f)).

    "Participants" or "trainees" count as learners only in a course or training ("Mimik der
    Teilnehmenden im Onlinekurs"), not in a sales webinar or a study.
    """
    subject = nearest_subject(text, (c.EMOTION, c.BIOMETRIC_MODALITY), _SUBJECTS)
    if subject == "participant":
        return text.has(x.TRAINING_CONTEXT)
    return subject in {"work", "edu", "learner"}


def _p(
    basis: str,
    label: str,
    *all_of: object,
    none_of: tuple[object, ...] = (),
    check: object = None,
    question: tuple[str, str] | None = None,
) -> Rule:
    return Rule(Tier.prohibited, basis, "art5", label, all_of, none_of, check, question)  # type: ignore[arg-type]


ART5_RULES: tuple[Rule, ...] = (
    _p(
        "Art. 5(1)(f)",
        "emotion recognition of workers or students from biometric signals",
        c.EMOTION,
        c.BIOMETRIC_MODALITY,
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
        c.SENSITIVE_TRAIT,
        (c.BIOMETRIC_MODALITY, c.FACE_IMAGE, c.PHOTO),
        c.INFER,
        (c.PERSON, c.WORK_SUBJECT, c.CUSTOMER_SUBJECT, c.EDU_SUBJECT, x.CROWD),
    ),
    _p(
        "Art. 5(1)(h)",
        "real-time remote biometric identification in public spaces for law enforcement",
        (c.FACE_IDENT, x.FACE_MATCH),
        c.REALTIME,
        (c.PUBLIC_SPACE, x.PUBLIC_MORE),
        c.LAW_ENFORCEMENT,
        none_of=(x.H_EXCEPTION,),
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
        x.FACE_DB,
        x.BULK,
        x.ONLINE_SOURCE,
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
        x.DECEPTION,
        x.HARMFUL_DECISION,
    ),
    _p(
        "Art. 5(1)(b)",
        "exploiting vulnerabilities due to age, disability or social/economic situation",
        _VULNERABLE,
        a.EXPLOIT,
        question=(
            "Does the system target people because of age, disability or financial hardship?",
            "Zielt das System auf Menschen wegen Alter, Behinderung oder finanzieller Notlage?",
        ),
    ),
    _p(
        "Art. 5(1)(b)",
        "emotional pressure on vulnerable people (e.g. children) to buy",
        _VULNERABLE,
        (x.EMOTIONAL_PRESSURE, x.WEAK_MOMENT),
        x.PURCHASE,
        none_of=(x.NO_PURCHASE,),
    ),
    _p(
        "Art. 5(1)(b)",
        "pressure timed to a moment of weakness on people who cannot afford it",
        x.CANT_AFFORD,
        (x.WEAK_MOMENT, x.EMOTIONAL_PRESSURE, x.DECEPTION),
        _STEERED_DECISION,
    ),
    _p(
        "Art. 5(1)(c)",
        "social scoring from private-life behaviour with detrimental treatment",
        _SOCIAL_CONDUCT,
        a.SCORE,
        _TREATMENT,
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
        (a.DETRIMENT, x.LOW_SCORE),
        _TREATMENT,
        _PEOPLE,
    ),
    _p("Art. 5(1)(c)", "social scoring of people", a.SOCIAL_SCORE_TERM),
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
        x.CRIME,
        x.PREDICT,
        x.PERSONALITY,
        _PEOPLE,
        none_of=(x.VICTIM,),
    ),
)
