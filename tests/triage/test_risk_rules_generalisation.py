"""Tier only, on more hand-written chat-style ideas (DE/EN): a regression guard for generalisation.

Each idea in `data/generalisation_ideas.jsonl` was written from a concept (who is affected, what is
decided, which modality), never copied from the eval set; many are near-misses that must stay in the
lower tier (text sentiment, aggregate forecasts, drafts a human sends, business-only credit).
"""

from __future__ import annotations

from tests.triage.generalisation import TIERS, assert_tier, load, tier_cases

IDEAS = load("generalisation_ideas.jsonl")


@tier_cases([(i["tier"], i["text"]) for i in IDEAS])
def test_tier(tier: str, text: str) -> None:
    assert_tier(text, tier)


def test_the_set_covers_every_tier_in_both_languages() -> None:
    assert {i["tier"] for i in IDEAS} == TIERS
    assert len(IDEAS) >= 150
