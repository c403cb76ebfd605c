"""Effort and benefit (1-5) with one-line rationales, the quadrant and the delivery horizon.

Scores start from a neutral baseline and move with cues a PMO rubric cares about: integration
with core systems, custom models, personal data, real-time or hardware for effort; time saved,
volumes, customer and money impact, reach for benefit. Regulatory work (conformity assessment
for high-risk) adds effort and pushes the horizon out; prohibited ideas are not pursued (H3).
"""

from __future__ import annotations

import re

from triage.patterns import Concept, Text, concept
from triage.result import Horizon, Score, Tier

INTEGRATION = concept(
    r"\b(?:integrat\w*|erp|sap|crm|core (?:banking|systems?)|legacy|mainframe|apis?|interfaces?|"
    r"existing systems?)\b",
    r"integrier|integration|schnittstelle|kernsystem|altsystem|anbindung",
)
CUSTOM_MODEL = concept(
    r"\b(?:train\w*|own model|custom model|fine-?tun\w*|ml model|machine learning|computer vision|"
    r"classif\w*|predict\w*|forecast\w*|detect\w*)\b",
    r"trainier|eigenes modell|vorhersag|prognos|klassifizier|erkenn|modell",
)
REALTIME_HW = concept(
    r"\b(?:real[- ]?time|live|cameras?|video feeds?|sensors?|devices?|wearables?|patch|iot|hardware|"
    r"automatically "
    r"(?:closes|switches|stops))\b",
    r"echtzeit|kamera|sensor|gerät|hardware|video",
)
PERSONAL_DATA = concept(
    r"\b(?:personal data|customers?|employees?|patients?|applicants?|candidates?|health|names?|"
    r"voice|faces?|persons?|people|students?|travell?ers?|members?|callers?)\b",
    r"personenbezogen|kund|mitarbeit|patient|bewerb|gesundheit|stimm|gesicht|person|studier|schüler|"
    r"mitglied|anrufer",
)
SIMPLE = concept(
    r"\b(?:off[- ]the[- ]shelf|chatgpt|copilot|existing tool|simple|just|template|draft\w*|summari[sz]\w*)\b",
    r"standard|einfach|vorlage|entwurf|zusammenfass|alt-?text",
)
TIME_SAVED = concept(
    r"\b(?:hours?|minutes?|days?|faster|quicker|speed up|saves?|manual(?:ly)?|automat\w*|effort)\b",
    r"stunde|minute|\btage?\b|schneller|spart|manuell|automatisch|aufwand|zeitersparnis|zeit sparen|"
    r"zeitaufwand",
)
MONEY = concept(
    r"(?:€|\$|£|\beur\b|\busd\b|revenue|(?:more|higher) sales|sales (?:uplift|increase)|\bcosts?\b|savings?|"
    r"margin|churn|conversion|waste|\bloss|profit)",
    r"umsatz|kosten|einspar|marge|abwanderung|verlust|gewinn|ausschuss|abschreib",
)
CUSTOMER_IMPACT = concept(
    r"\b(?:customers?|clients?|guests?|patients?|members?|citizens?|satisfaction|service level|safety)\b",
    r"\bkund|\bgäst|\bpatient|\bmitglied|\bbürger|zufriedenheit|\bsicherheit|barriere",
)
REACH = concept(
    r"\b(?:all (?:employees|staff|customers|stores|sites)|every(?:one| \w+)|company-wide|thousands|"
    r"each (?:customer|product|traveller)|whole)\b",
    r"alle[nr]? (?:mitarbeit|kund|filial|standort)|jede[nrs]? |unternehmensweit|tausende|sämtliche",
)
VOLUME = re.compile(
    r"\d[\d.,]*\s*(?:k\b|%|tickets|calls|documents|orders|invoices|cases|requests|per|/|a |pro|im|"
    r"anrufe|dokumente|fälle|anfragen|rechnungen|stunden|hours|mal)",
    re.IGNORECASE,
)


def _bump(text: Text, base: int, cues: list[tuple[Concept, int, str]]) -> tuple[int, list[str]]:
    value, why = base, []
    for c, delta, label in cues:
        cue = text.cue(c)
        if cue:
            value += delta
            why.append(f'{label} ("{cue}")')
    return max(1, min(5, value)), why


def score_effort(text: Text, tier: Tier) -> Score:
    """Effort 1-5: baseline 2, more for integration, custom models, hardware, personal data, conformity."""
    value, why = _bump(
        text,
        2,
        [
            (INTEGRATION, 1, "integration with existing systems"),
            (CUSTOM_MODEL, 1, "custom model / prediction"),
            (REALTIME_HW, 1, "real-time or hardware/sensors"),
            (SIMPLE, -1, "simple / off-the-shelf"),
        ],
    )
    if tier is Tier.high:
        value, why = min(5, value + 1), [*why, "high-risk conformity work (risk mgmt, docs, oversight)"]
    if text.has(PERSONAL_DATA) and value < 5 and len(why) >= 2:
        value, why = value + 1, [*why, "personal data"]
    return Score(value=max(1, value), rationale="; ".join(why) or "standard use of existing AI capabilities")


def score_benefit(text: Text) -> Score:
    """Benefit 1-5: baseline 2, more for time saved, volumes/figures, money, customer impact, reach."""
    value, why = _bump(
        text,
        2,
        [
            (TIME_SAVED, 1, "time saved / automation"),
            (MONEY, 1, "revenue or cost impact"),
            (CUSTOMER_IMPACT, 1, "customer/service impact"),
            (REACH, 1, "broad reach"),
        ],
    )
    volume = VOLUME.search(text.raw)
    if volume:
        value, why = min(5, value + 1), [*why, f'quantified volume ("{volume.group(0).strip()}")']
    if text.words < 12:
        value, why = max(1, value - 1), [*why, "little detail on the benefit"]
    return Score(value=value, rationale="; ".join(why) or "benefit not described; default estimate")


def horizon_for(effort: int, tier: Tier) -> Horizon:
    """H1 0-6 months, H2 6-12, H3 > 12; high-risk needs conformity work, prohibited is not pursued."""
    if tier is Tier.prohibited:
        return Horizon.H3
    if tier is Tier.high:
        return Horizon.H3 if effort >= 4 else Horizon.H2
    if effort <= 2:
        return Horizon.H1
    return Horizon.H2 if effort <= 4 else Horizon.H3
