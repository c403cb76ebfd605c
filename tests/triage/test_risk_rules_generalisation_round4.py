"""Fourth generalisation round: 150 hand-written ideas (DE/EN) by three writers who never saw the rules.

`data/generalisation_ideas_round4.jsonl` was written from the label definitions only, each writer in
its own industries (manufacturing to transport; banking, public sector and education; retail,
media and security), with near misses built into every tier. First pass with the product wiring
of the time (rules + precedent vote + tier model at p >= 0.6): tier accuracy 0.740, prohibited+high
recall 0.958 at the cost of 15 false escalations; rules alone 0.713 / 0.681. The misses were mostly
Art. 50 (synthetic media offered to others, deep fakes of consenting people, assistants that answer
staff questions) and Art. 5 wordings without the usual nouns (cues "too quick to notice", scores
made of parking tickets and posts). The rules were then widened by concept family, never by
matching these texts; `test_risk_rules_wordings.py` pins the families with new sentences.
"""

from __future__ import annotations

from tests.triage.generalisation import assert_format, assert_tier_quality, load

IDEAS = load("generalisation_ideas_round4.jsonl")
MIN_ACCURACY = 0.95
MIN_STRICT_RECALL = 0.95


def test_format_matches_the_eval_file() -> None:
    assert_format(IDEAS, size=150, strict_share=(0.45, 0.50), de_share=(0.45, 0.55))


def test_tier_accuracy_and_strict_recall() -> None:
    assert_tier_quality(IDEAS, min_accuracy=MIN_ACCURACY, min_strict_recall=MIN_STRICT_RECALL)
