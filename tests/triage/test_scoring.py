"""Effort/benefit scores, the quadrant boundaries of DESIGN.md and the horizon rules."""

from __future__ import annotations

import pytest

from triage.patterns import Text
from triage.result import Horizon, Quadrant, Tier, quadrant_for
from triage.scoring import horizon_for, score_benefit, score_effort


@pytest.mark.parametrize(
    ("effort", "benefit", "quadrant"),
    [
        (2, 3, Quadrant.quick_win),
        (1, 5, Quadrant.quick_win),
        (3, 3, Quadrant.strategic_bet),
        (5, 5, Quadrant.strategic_bet),
        (2, 2, Quadrant.fill_in),
        (1, 1, Quadrant.fill_in),
        (3, 2, Quadrant.money_pit),
        (5, 1, Quadrant.money_pit),
    ],
)
def test_quadrant_boundaries(effort: int, benefit: int, quadrant: Quadrant) -> None:
    assert quadrant_for(effort, benefit) is quadrant


@pytest.mark.parametrize(
    ("effort", "tier", "horizon"),
    [
        (1, Tier.minimal, Horizon.H1),
        (2, Tier.limited, Horizon.H1),
        (3, Tier.minimal, Horizon.H2),
        (5, Tier.minimal, Horizon.H3),
        (2, Tier.high, Horizon.H2),
        (4, Tier.high, Horizon.H3),
        (1, Tier.prohibited, Horizon.H3),
    ],
)
def test_horizon(effort: int, tier: Tier, horizon: Horizon) -> None:
    assert horizon_for(effort, tier) is horizon


def test_simple_tool_is_low_effort_and_figures_raise_benefit() -> None:
    text = Text.of("Use ChatGPT to draft answers to 500 tickets/day; saves the team about 2 hours per week.")
    effort, benefit = score_effort(text, Tier.minimal), score_benefit(text)
    assert effort.value <= 2
    assert benefit.value >= 4 and "500 tickets" in benefit.rationale


def test_integration_custom_model_and_high_risk_raise_effort() -> None:
    text = Text.of(
        "Train our own model on sensor data from the machines, integrated with SAP, "
        "to predict failures in real time."
    )
    assert score_effort(text, Tier.minimal).value >= 4
    assert score_effort(text, Tier.high).value == 5


def test_scores_stay_in_range_and_explain_themselves() -> None:
    for raw in ["x", "KI", "A very long idea " * 40]:
        text = Text.of(raw)
        for score in (score_effort(text, Tier.high), score_benefit(text)):
            assert 1 <= score.value <= 5 and score.rationale
