"""Tier only, on more hand-written chat-style ideas (DE/EN): a regression guard for generalisation.

Each idea in `data/generalisation_ideas.jsonl` was written from a concept (who is affected, what is
decided, which modality), never copied from the eval set; many are near-misses that must stay in the
lower tier (text sentiment, aggregate forecasts, drafts a human sends, business-only credit).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.risk_rules import classify

DATA = Path(__file__).parent / "data" / "generalisation_ideas.jsonl"
IDEAS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("idea", IDEAS, ids=[f"{i['tier']}-{n}" for n, i in enumerate(IDEAS)])
def test_tier(idea: dict[str, str]) -> None:
    cls = classify(idea["text"])
    assert cls.tier.value == idea["tier"], [h.reason() for h in cls.all_hits]


def test_the_set_covers_every_tier_in_both_languages() -> None:
    tiers = {i["tier"] for i in IDEAS}
    assert tiers == {"prohibited", "high", "limited", "minimal"}
    assert len(IDEAS) >= 150
