"""Second generalisation round: 120 more hand-written ideas (DE/EN) measured as a whole.

`data/generalisation_ideas_round2.jsonl` was written from the label definitions *before* the rules
were changed for it (first pass: tier accuracy 0.742, prohibited+high recall 0.603). The rules were
then improved by concept, not by matching these texts. Unlike round 1 this set is checked in
aggregate: accuracy >= 0.95 and prohibited+high recall >= 0.95 leave room for a handful of
genuinely borderline ideas to flip when a concept is widened for unseen ideas, instead of forcing
every sentence to pass (which would invite overfitting). The near-miss guards below pin the new
concepts' false-positive boundaries (drafts, denials, aggregates, statistics, verification).

`data/generalisation_probes_round2.jsonl` holds five later batches of fresh ideas (tier + text only),
each measured once before the rules were touched for it (first pass 0.71, 0.60, 0.67, 0.80 and 0.73
tier accuracy; the last two after the earlier round-2 changes) and then used as a further regression
set. A few ideas whose label was debatable (naturalisation, tram signalling, sports reports, smiles,
a personal digest bot) were left out rather than forced either way.
"""

from __future__ import annotations

from tests.triage.generalisation import assert_format, assert_tier, assert_tier_quality, load, measure, tier_cases

IDEAS = load("generalisation_ideas_round2.jsonl")
PROBES = load("generalisation_probes_round2.jsonl")
MIN_ACCURACY = 0.95
MIN_STRICT_RECALL = 0.95
MAX_STRICT_TO_MINIMAL = 2


def test_format_matches_the_eval_file() -> None:
    assert_format(IDEAS, size=120, de_share=(0.35, 0.55))


def test_tier_accuracy_and_strict_recall() -> None:
    assert_tier_quality(IDEAS, min_accuracy=MIN_ACCURACY, min_strict_recall=MIN_STRICT_RECALL)


def test_later_probe_batches_stay_above_threshold() -> None:
    assert len(PROBES) >= 100
    assert_tier_quality(PROBES, min_accuracy=MIN_ACCURACY, min_strict_recall=MIN_STRICT_RECALL)


def test_no_prohibited_or_high_idea_falls_to_minimal() -> None:
    misses = measure(IDEAS).strict_to_minimal
    assert len(misses) <= MAX_STRICT_TO_MINIMAL, misses


NEAR_MISSES = [
    ("minimal", "Kündigungen von Kunden vorhersagen und die Kündigungsgründe analysieren."),
    ("minimal", "Entlassbriefe im Krankenhaus automatisch vorformulieren, der Arzt prüft."),
    ("minimal", "Each employee gets a personal AI assistant that summarises their meetings."),
    ("minimal", "Generate subtitles for the president's speech video on our intranet."),
    ("minimal", "Redundancy in our server setup: predict which disks will fail."),
    ("minimal", "Kinder-Lernapp erinnert die Kinder freundlich, täglich zu üben."),
    ("minimal", "Feuerwehr: first we want AI to digitise the old paper reports."),
    ("minimal", "Our mascot in the kids' app gets sad when the child hasn't brushed their teeth."),
    ("minimal", "Predict demand for school uniforms per Jahrgangsstufe for our shop."),
    ("minimal", "Detect fake invoices impersonating our suppliers in the AP inbox."),
    ("minimal", "Count how many ambulances were dispatched per district last year for the annual report."),
    ("minimal", "Warehouse: dashboard shows today's pick rate for the whole shift, no individual figures."),
    ("minimal", "Telecom: AI detects calls from fraudsters pretending to be bank staff and warns our customers."),
    ("minimal", "AI creates a video of our product with a famous landmark in the background, illustrated style."),
    ("high", "The AI scores applicants but doesn't select anyone, HR makes the final call."),
    ("high", "Kita-Träger: KI entscheidet, welche Kinder einen Betreuungsplatz bekommen."),
    ("high", "Leasinggesellschaft: KI prüft, ob Privatkunden sich die Leasingraten leisten können."),
    ("limited", "Chat in unserer App: Kunden stellen Fragen, die KI antwortet sofort."),
    ("limited", "Generate a video where a famous actor recommends our shampoo, for Instagram."),
]


@tier_cases(NEAR_MISSES)
def test_near_miss_guards(tier: str, text: str) -> None:
    assert_tier(text, tier)
