"""Shared scaffolding of the risk-rule generalisation rounds (`test_risk_rules_generalisation*.py`).

Loading a hand-written set, checking its format, measuring tier accuracy and prohibited+high recall
against thresholds, and pinning single texts to a tier live here, so each round's file states only
its data file, its thresholds and its near-miss guards.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from triage.risk_rules import classify

DATA = Path(__file__).parent / "data"
TIERS = {"prohibited", "high", "limited", "minimal"}
STRICT = {"prohibited", "high"}
FIELDS = {"id", "lang", "text", "tier", "basis", "why"}

Idea = dict[str, str]


def load(name: str) -> list[Idea]:
    """The ideas of `data/<name>`, one JSON object a line."""
    path = DATA / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tier_cases(cases: list[tuple[str, str]]) -> pytest.MarkDecorator:
    """Parametrize a test over `(tier, text)` pairs, with ids like `high-3`."""
    return pytest.mark.parametrize(("tier", "text"), cases, ids=[f"{t}-{n}" for n, (t, _) in enumerate(cases)])


def assert_tier(text: str, tier: str) -> None:
    cls = classify(text)
    assert cls.tier.value == tier, [h.reason() for h in cls.all_hits]


def assert_format(ideas: list[Idea], *, size: int, de_share: tuple[float, float],
                  strict_share: tuple[float, float] | None = None) -> None:
    """The eval file's format: unique ids, the same fields, DE/EN, a basis exactly when not minimal."""
    assert len(ideas) == size
    assert len({i["id"] for i in ideas}) == len(ideas)
    for idea in ideas:
        assert set(idea) == FIELDS
        assert idea["lang"] in {"de", "en"}
        assert (idea["basis"] == "none") == (idea["tier"] == "minimal")
    tiers = Counter(i["tier"] for i in ideas)
    assert set(tiers) == TIERS
    if strict_share is not None:
        assert strict_share[0] <= (tiers["prohibited"] + tiers["high"]) / len(ideas) <= strict_share[1]
    assert de_share[0] <= sum(i["lang"] == "de" for i in ideas) / len(ideas) <= de_share[1]


@dataclass(frozen=True)
class Measured:
    """The rules' tier for each idea of a set: `(idea, predicted tier, basis)`."""

    predictions: list[tuple[Idea, str, str]]

    @property
    def wrong(self) -> list[str]:
        return [f"{i['id']}: {i['tier']} -> {p} [{b}]" for i, p, b in self.predictions if i["tier"] != p]

    @property
    def accuracy(self) -> float:
        return 1 - len(self.wrong) / len(self.predictions)

    @property
    def strict_recall(self) -> float:
        strict = [p for i, p, _ in self.predictions if i["tier"] in STRICT]
        return sum(p in STRICT for p in strict) / len(strict)

    @property
    def strict_to_minimal(self) -> list[str]:
        """Ids of prohibited or high ideas the rules call minimal (the worst kind of miss)."""
        return [i["id"] for i, p, _ in self.predictions if i["tier"] in STRICT and p == "minimal"]


def measure(ideas: list[Idea]) -> Measured:
    predictions = []
    for idea in ideas:
        cls = classify(idea["text"])
        predictions.append((idea, cls.tier.value, cls.basis))
    return Measured(predictions)


def assert_tier_quality(ideas: list[Idea], *, min_accuracy: float, min_strict_recall: float) -> None:
    """Accuracy and prohibited+high recall on the whole set; the wrong ideas are the failure message."""
    measured = measure(ideas)
    assert measured.accuracy >= min_accuracy, measured.wrong
    assert measured.strict_recall >= min_strict_recall, measured.wrong
