"""Fifth generalisation round: 120 hand-written ideas (DE/EN) with a real pipeline's tier mix.

`data/generalisation_ideas_round5.jsonl` was written by three writers who saw neither the rules nor
the earlier rounds (construction to aviation; care, health and social services; consulting, call
centres, consumer goods and venues), a third of each tier tricky near misses, 4 prohibited / 12
high / 10 limited / 14 minimal per writer. First pass, after the round-4 widening: rules alone
0.825 accuracy, 0.812 prohibited+high recall; the product wiring with the tier model at the
older threshold (0.6, no people/safety gate) 0.742 / 0.979 with 15 false escalations, which is
why the threshold went to 0.8 behind the gate and the model may also raise minimal to limited.
Most rule misses were again Art. 50 (synthetic voices for simulators, generated "after" photos,
fake drone footage, unreviewed public health bulletins). The rules were widened by concept family.
"""

from __future__ import annotations

from tests.triage.generalisation import assert_format, assert_tier_quality, load

IDEAS = load("generalisation_ideas_round5.jsonl")
MIN_ACCURACY = 0.95
MIN_STRICT_RECALL = 0.95


def test_format_matches_the_eval_file() -> None:
    assert_format(IDEAS, size=120, strict_share=(0.38, 0.42), de_share=(0.45, 0.55))


def test_tier_accuracy_and_strict_recall() -> None:
    assert_tier_quality(IDEAS, min_accuracy=MIN_ACCURACY, min_strict_recall=MIN_STRICT_RECALL)
