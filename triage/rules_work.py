"""The Annex III point 4 rules: recruitment and selection (4(a)) and decisions on workers (4(b)).

Kept apart from `triage.rules_high` because employment is the family with the most ways to say the
same thing: a decision on the work relationship, work handed out by personal figures, dismissal lists,
a figure per person or *of* the workers that someone monitors, and rankings or scores of named staff.
Each 4(b) rule excludes aggregate-only figures and figures only the worker sees.
"""

from __future__ import annotations

from triage import concepts as c
from triage import concepts_areas as a
from triage import concepts_work as w
from triage import concepts_work_rating as r
from triage.patterns import Text
from triage.result import Tier
from triage.rules_model import Rule, RuleMaker

_WORKERS = (c.WORK_SUBJECT, r.WORKER)


def _job_recruitment(text: Text) -> bool:
    """ "Applicants" for a flat, a loan or a study place are not job candidates (Annex III 4(a)).

    Admin help in recruiting (reply drafts, scheduling, booking rooms, writing the job ad, an explicit
    "doesn't assess anyone") is not selection unless an active selection verb (rank, score, filter, target) remains.
    """
    denial = text.find(w.NO_EVALUATION)
    helpers = (w.REPLY_DRAFT, w.RECRUIT_ADMIN, w.AD_WORDING, w.AD_CREATION)
    admin = denial is not None or any(text.has(x) for x in helpers)
    rest = text.masked if denial is None else text.masked[: denial.start()] + text.masked[denial.end() :]
    if admin and not (w.SELECTION_ACTIVE.find(rest) or w.AD_AUDIENCE.find(rest)):
        return False
    return text.has(w.RECRUIT_STRONG) or not text.has(w.NON_JOB_APPLICATION)


_h = RuleMaker(Tier.high, "annex3")


EMPLOYMENT_RULES: tuple[Rule, ...] = (
    _h(
        "Annex III 4(a)",
        "recruitment or selection of candidates",
        w.RECRUIT,
        a.EVALUATE,
        check=_job_recruitment,
        question=(
            "Does the system screen, rank or select applicants, or only help with admin?",
            "Sichtet, bewertet oder wählt das System Bewerber aus oder hilft es nur organisatorisch?",
        ),
    ),
    _h(
        "Annex III 4(a)",
        "placing job adverts only in front of the people a model picks",
        (w.RECRUIT, w.JOB_OPENINGS),
        w.AD_CHANNEL,
        w.AD_AUDIENCE,
        check=_job_recruitment,
        question=(
            "Does the system choose who sees the job advert, or is it shown to everyone alike?",
            "Wählt das System aus, wer die Stellenanzeige sieht, oder sehen sie alle gleich?",
        ),
    ),
    _h(
        "Annex III 4(a)",
        "filtering incoming applications down to whom to call or invite",
        (w.RECRUIT, w.JOB_OPENINGS, w.WORK_SEEKERS),
        w.APPLICATION_INTAKE,
        w.SHORTLIST_CONTACT,
        check=_job_recruitment,
        question=(
            "Does the system pick which applicants are contacted, or only collect and forward the forms?",
            "Wählt das System aus, welche Bewerber kontaktiert werden, oder sammelt es nur die Formulare?",
        ),
    ),
    _h(
        "Annex III 4(b)",
        "decisions on work relationships or performance monitoring of workers",
        w.EMPLOY_DECISION,
        _WORKERS,
        a.EVALUATE,
        none_of=(w.AGGREGATE_ONLY, r.SELF_ONLY, w.PATIENT_DISCHARGE),
        question=(
            "Are individual workers evaluated, monitored or ranked, or only aggregate figures used?",
            "Werden einzelne Beschäftigte bewertet, überwacht oder gerankt oder nur aggregierte Zahlen?",
        ),
    ),
    _h(
        "Annex III 4(b)",
        "allocating work by personal traits or individual performance",
        (w.ALLOCATE_WORK, w.WITHHOLD_WORK),
        (w.INDIVIDUAL_BASIS, r.PERFORMANCE_GROUP),
        (c.WORK_SUBJECT, r.WORKER, r.PER_PERSON),
        none_of=(w.AGGREGATE_ONLY,),
        question=(
            "Is work handed out by each worker's performance, behaviour or traits, or only by availability, "
            "skills or wishes?",
            "Wird Arbeit nach Leistung, Verhalten oder Eigenschaften der Einzelnen verteilt oder nur nach "
            "Verfügbarkeit, Qualifikation oder Wünschen?",
        ),
    ),
    _h(
        "Annex III 4(b)",
        "pay, bonus or contract decided by each worker's own figures",
        w.EMPLOY_DECISION,
        w.INDIVIDUAL_BASIS,
        _WORKERS,
        none_of=(w.AGGREGATE_ONLY, r.SELF_ONLY, w.PATIENT_DISCHARGE, r.NOT_STAFF_RATING),
    ),
    _h(
        "Annex III 4(b)",
        "promotion, dismissal or job cuts decided on individuals",
        w.EMPLOY_STRONG,
        a.EVALUATE,
        none_of=(w.AGGREGATE_ONLY, w.NO_EVALUATION, w.PATIENT_DISCHARGE),
    ),
    _h(
        "Annex III 4(b)",
        "monitoring or evaluating the performance of each individual worker",
        (r.PER_PERSON, r.PERSONAL_METRIC),
        r.WORK_MONITOR,
        _WORKERS,
        none_of=(w.AGGREGATE_ONLY, r.SELF_ONLY, r.NOT_STAFF_RATING),
    ),
    _h(
        "Annex III 4(b)",
        "ranking, scoring or rating individual workers",
        r.WORKER_RATING,
        none_of=(w.AGGREGATE_ONLY, r.SELF_ONLY, r.NOT_STAFF_RATING),
    ),
)
