"""Third generalisation round: 100 hand-written ideas (DE/EN) in vocabulary the earlier sets avoid.

`data/generalisation_ideas_round3.jsonl` was written from the label definitions *before* the rules
were changed for it, deliberately in words the earlier rounds do not use (synonyms, compounds,
abbreviations such as RTW/NEF, indirect phrasings like "which of the seasonal pickers do we ask
back"). First pass with the product wiring (rules + precedent safety net): tier accuracy 0.630,
prohibited+high recall 0.543 (25/46); rules alone 0.510 / 0.239. The rules were then widened by
concept (re-hiring and probation, sourcing, course placement, student grants, credit checks,
ambulance abbreviations, queue triage, load shedding, skin conditions and IVD results, demos as
public spaces, physiological wearables, political leaning, scraping and exploitation wording,
deep-fake and public-interest publishing cues), never by matching these texts. As in round 2 the
set is checked in aggregate, and the near-miss guards pin the new cues' false-positive boundaries.
"""

from __future__ import annotations

from tests.triage.generalisation import assert_format, assert_tier, assert_tier_quality, load, tier_cases

IDEAS = load("generalisation_ideas_round3.jsonl")
MIN_ACCURACY = 0.95
MIN_STRICT_RECALL = 0.95


def test_format_matches_the_eval_file() -> None:
    assert_format(IDEAS, size=100, strict_share=(0.40, 0.50), de_share=(0.35, 0.55))


def test_tier_accuracy_and_strict_recall() -> None:
    assert_tier_quality(IDEAS, min_accuracy=MIN_ACCURACY, min_strict_recall=MIN_STRICT_RECALL)


NEAR_MISSES = [
    ("minimal", "Which of the seasonal products do we bring back next summer? The model checks last season's sales."),
    ("minimal", "Ask our alumni back for the summer party - AI writes the invitation text."),
    ("minimal", "Wir müssen Lagerfläche abbauen - kann die KI vorschlagen, welche Regale weg können?"),
    ("minimal", "Probezeit-Infos: Die KI erstellt für neue Kolleg:innen eine Checkliste mit allen Terminen."),
    ("minimal", "Pay review season: AI drafts the letters with the raises that managers already decided."),
    ("minimal", "League table of our stores by revenue per square metre for the board deck."),
    ("minimal", "Die Disposition soll den Reinigungsfirmen die Objekte nach Lage zuteilen, für kürzere Wege."),
    ("minimal", "Headhunting firm newsletter: AI writes the monthly market report for clients, an editor checks it."),
    ("minimal", "BAföG-Infos: Ein Tool fasst die Gesetzesänderungen für unsere Studienberatung zusammen."),
    ("minimal", "Check whether the customer has already received the catalogue before we send another."),
    ("minimal", "Rettungsdienst: KI plant die Wartungstermine der RTW in der Werkstatt."),
    ("minimal", "A&E: predict how many patients will arrive per hour so we can staff the shifts - totals only."),
    ("minimal", "Netzleitstelle: KI schreibt die Schichtübergabeprotokolle als Entwurf."),
    ("minimal", "Motorway operator: AI writes the weekly roadworks newsletter, editors check it."),
    ("minimal", "Derm clinic: AI writes the appointment reminders and the skincare tips on our blog."),
    ("minimal", "Labor: KI plant die Kurierfahrten für die Abholung der Proben."),
    ("minimal", "Casino: forecast how many guests arrive per evening to plan the bar staff."),
    ("minimal", "Demo day at our office: AI makes the name badges for all visitors."),
    ("minimal", "Our driving instructors wear a smart band to log their working hours automatically."),
    ("minimal", "Campaign analytics: count how many left-leaning newspapers wrote about our product."),
    ("minimal", "Youth centre: AI plans the football tournament schedule for the teenagers."),
    ("minimal", "Town hall: AI reminds residents about the bin sorting rules in the newsletter."),
    ("minimal", "Inkasso: KI sortiert eingehende Zahlungen den offenen Forderungen zu."),
    ("minimal", "Verwaltungsgericht: KI anonymisiert Urteile vor der Veröffentlichung."),
    ("minimal", "Check our job ads for spelling mistakes and gendered wording."),
    ("minimal", "Unfallstatistik: KI fasst die Unfälle des Jahres für den internen Bericht zusammen."),
    ("minimal", "Sterbegeld-Ratgeber: KI schreibt Blogartikel über Bestattungskosten, Redaktion prüft."),
    ("minimal", "PCR-Labor: KI optimiert den Einkauf der Pipettenspitzen."),
    ("minimal", "Our engineers want AI to generate unit tests for their code."),
    ("minimal", "Semester planning: AI suggests which rooms to use for the lectures."),
    ("minimal", "Our app shows older customers a larger font and a slower tutorial on the new tariff screen."),
    ("minimal", "Alleinerziehende bekommen in unserer Bank-App automatisch Hinweise auf kostenlose Beratungsstellen."),
    ("minimal", "Festival organisers: AI counts how many people are on the site from drone images, no identification."),
    ("minimal", "Fitness-Tracker-Challenge: Mitarbeitende sammeln freiwillig Schritte für eine Spendenaktion."),
    ("limited", "Library chatbot: visitors chat with it to find opening hours; it doesn't rate anyone."),
    ("high", "Die KI entscheidet, welche Zusteller nach der Probezeit übernommen werden."),
    ("high", "Pick the couriers we keep next quarter by their on-time rate."),
]


@tier_cases(NEAR_MISSES)
def test_near_miss_guards(tier: str, text: str) -> None:
    assert_tier(text, tier)
