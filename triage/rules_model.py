"""The rule data model: a rule is a conjunction of concept groups that puts an idea in a tier.

Kept separate from the rule table so the table reads like a checklist of the Regulation and
the matching logic (hits, near misses, cues for the reviewer) is written once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from triage.patterns import Concept, Text
from triage.result import Tier

Step = Literal["art5", "art6_1", "annex3", "art50"]
Group = Concept | tuple[Concept, ...]


def _group(g: Group) -> tuple[Concept, ...]:
    return g if isinstance(g, tuple) else (g,)


@dataclass(frozen=True)
class Rule:
    """One provision: all `all_of` groups must match (a group is an OR of concepts), no `none_of`.

    `check` adds a condition concepts cannot express (e.g. *whose* emotions are inferred).
    `question` (en, de) is asked when only the anchor and all but one group matched.
    """

    tier: Tier
    basis: str
    step: Step
    label: str
    all_of: tuple[Group, ...]
    none_of: tuple[Concept, ...] = ()
    check: Callable[[Text], bool] | None = None
    question: tuple[str, str] | None = None


@dataclass(frozen=True)
class RuleMaker:
    """Writes the rules of one tier and step compactly: `_h("Annex III 4(a)", "label", A, (B, C))`."""

    tier: Tier
    step: Step

    def __call__(self, basis: str, label: str, *all_of: Group, none_of: tuple[Concept, ...] = (),
                 check: Callable[[Text], bool] | None = None, question: tuple[str, str] | None = None) -> Rule:
        return Rule(self.tier, basis, self.step, label, all_of, none_of, check, question)


@dataclass(frozen=True)
class Hit:
    rule: Rule
    cues: tuple[str, ...]

    def reason(self) -> str:
        quoted = ", ".join(f'"{c}"' for c in self.cues)
        return f"{self.rule.label} (cues: {quoted})"


@dataclass
class Match:
    """All rules that fired and those that nearly fired, for the legal path and confidence."""

    hits: list[Hit] = field(default_factory=list)
    near: list[Rule] = field(default_factory=list)


def evaluate(rule: Rule, text: Text) -> tuple[Hit | None, bool]:
    """(hit or None, near_miss) for one rule on one prepared text."""
    cues: list[str] = []
    missing = 0
    anchor = False
    for i, group in enumerate(rule.all_of):
        found = next((c for c in (text.cue(x) for x in _group(group)) if c), None)
        if found is None:
            missing += 1
        else:
            cues.append(found)
            anchor = anchor or i == 0
    blocked = any(text.has(c) for c in rule.none_of)
    if missing == 0 and not blocked and (rule.check is None or rule.check(text)):
        return Hit(rule, tuple(dict.fromkeys(cues))), False
    near = anchor and missing <= 1 and len(rule.all_of) >= 2 and not blocked
    return None, near


def match_all(rules: tuple[Rule, ...], text: Text) -> Match:
    result = Match()
    for rule in rules:
        hit, near = evaluate(rule, text)
        if hit is not None:
            result.hits.append(hit)
        elif near:
            result.near.append(rule)
    return result


def nearest_subject(text: Text, anchors: tuple[Concept, ...], subjects: dict[str, Concept]) -> str | None:
    """Name of the subject concept whose mention is closest to any mention of an `anchors` concept.

    Used to tell *whose* emotions are inferred: "cameras notice when cashiers look annoyed"
    (workers) versus "the caller's voice shows they get upset" (customers); the modality counts as an
    anchor too because its owner ("caller's voice", "Mimik der Schüler") is whose emotion is read.
    """
    source = text.masked
    positions = [m.start() for a in anchors for m in a.pattern.finditer(source)]
    best: tuple[int, str] | None = None
    for name, c in subjects.items():
        for m in c.pattern.finditer(source):
            d = min(abs(m.start() - p) for p in positions) if positions else 10**6
            if best is None or d < best[0]:
                best = (d, name)
    return best[1] if best else None
