"""How sure the offline engine is, and what to ask the submitter when it is not.

Rules are precise but blind to what a text leaves out, so confidence drops for very short
texts, near misses (a rule that matched all but one of its concepts), a derogation that hinges
on one phrase, and "minimal" results for texts that clearly talk about evaluating people.
"""

from __future__ import annotations

from triage import concepts as c
from triage import concepts_areas as a
from triage.result import Tier
from triage.risk_rules import Classification

LOW = 0.6

_GENERIC = [
    (
        "Who is affected by the output (employees, applicants, customers, the public)?",
        "Wer ist von den Ergebnissen betroffen (Beschäftigte, Bewerber, Kunden, Öffentlichkeit)?",
    ),
    (
        "Does the system make or prepare decisions about individual people?",
        "Trifft oder bereitet das System Entscheidungen über einzelne Personen vor?",
    ),
    (
        "Which data does it use, and does that include personal data?",
        "Welche Daten nutzt es, und sind personenbezogene Daten dabei?",
    ),
    (
        "Will you build or sell the system yourselves, or use an existing tool?",
        "Bauen oder verkaufen Sie das System selbst oder nutzen Sie ein bestehendes Werkzeug?",
    ),
]


def confidence(cls: Classification) -> float:
    """0-1; below `LOW` the idea goes to a reviewer with open questions."""
    text, value = cls.text, 0.9
    if text.words < 8:
        value -= 0.35
    elif text.words < 15:
        value -= 0.15
    value -= min(0.3, 0.1 * len({r.basis for r in cls.near if r.tier.severity > cls.tier.severity}))
    if cls.exception is not None and cls.exception.applies:
        value -= 0.15
    bases = {h.rule.basis.split("(")[0] for h in cls.all_hits if h.rule.tier is cls.tier}
    if len(bases) > 1:
        value -= 0.05
    people = any(text.has(x) for x in (c.PERSON, c.WORK_SUBJECT, c.EDU_SUBJECT))
    if cls.tier is Tier.minimal and people and text.has(a.EVALUATE):
        value -= 0.15
    if cls.decisive is not None and len(cls.decisive.cues) >= 3:
        value += 0.05
    return round(max(0.05, min(0.98, value)), 2)


def open_questions(cls: Classification, conf: float) -> list[str]:
    """Questions in the idea's language: near-miss questions first, then generic ones."""
    if conf >= LOW:
        return []
    idx = 1 if cls.text.lang == "de" else 0
    out = [r.question[idx] for r in cls.near if r.question and r.tier.severity > cls.tier.severity]
    out += [q[idx] for q in _GENERIC]
    return list(dict.fromkeys(out))[:4]
