"""Generalisation rounds 4-13: sets written by writers who saw neither the rules nor earlier rounds.

Each round was measured *before* anything was changed for it (the first pass, the honest estimate
for unseen ideas), then the rules were widened by concept family, never by matching its texts, and
the set joined the precedents (`triage.precedent_data`). These tests keep the rules from losing what
each round taught them. First passes (tier accuracy / prohibited+high recall):

- Round 4, 150 ideas, half prohibited/high, three writers by industry: rules alone 0.713 / 0.681;
  product wiring of the time (precedents + tier model at p >= 0.6) 0.740 / 0.958 with 15 false
  escalations. Misses: Art. 50 generators offered to others, deep fakes of consenting people,
  assistants staff can ask; Art. 5 cues described rather than named.
- Round 5, 120 ideas with a real pipeline's mix (4 prohibited / 12 high / 10 limited / 14 minimal
  per writer): rules alone 0.825 / 0.812; tier model at p >= 0.6 without a gate 0.742 / 0.979 with
  15 false escalations, which is why it now needs p >= 0.8 and a people/safety cue, and may also
  raise minimal results to limited (thresholds chosen on this round).
- Round 6, 120 ideas, same mix: rules alone 0.817 / 0.854; product wiring 0.892 / 0.979. Nothing
  was chosen on it before that measurement.
- Round 7, 120 ideas (a manufacturer, a city's IT provider, a consumer group): rules alone 0.817 /
  0.750, product wiring 0.883 / 0.938 (tier model at p >= 0.8); the model threshold then went to
  0.7 (limited 0.6), which gave 0.892 / 0.958 on it. Most rule misses were Annex III 4(b) per-person
  scoring and allocation in a manager's words.
- Round 8, 120 ideas (logistics, a health and education foundation, media and telecom), kept back
  for the final figure: rules alone 0.867 / 0.833, product wiring 0.892 / 0.938. It joined the
  precedents afterwards but the rules were not tuned on it, so its test only pins that first pass.
- Round 9, 120 ideas (a line manager's team, ordinary-sounding Art. 5 practices, public sector and
  utilities): rules alone 0.883 / 0.875, product wiring 0.950 / 0.979. The six product misses led to
  concept changes (rhetorical German questions, overdraft limits, enrolment forecasts, timetables decided
  by the head, completeness checks under Art. 6(3), virtually staged flats): rules alone 0.925 / 0.896.
- Round 10, 120 ideas (Art. 50 near-misses in consumer businesses, machines and plants, chatty German
  from HR, banks, landlords and administration): rules alone 0.808 / 0.708, product wiring 0.917 /
  0.938. Fixed by concept (customers read while staff are left out, the writer's own scepticism,
  passers-by and badge photos, work routed by personal performance, driver drowsiness systems in
  type-approved vehicles, device complaints as back office, job-ad generators, licences held rather
  than granted, proctoring cues): rules alone 0.883 / 0.792, the rest is left to the safety net.
- Round 11, 120 ideas (farms, hotels, gyms, NGOs; non-native English in pharma, aviation and
  shipping; schools, courts, transport and parties): rules alone 0.842 / 0.812, product wiring
  0.900 / 0.917. The safety net's people gate then learnt "who"/"wer" (0.908 / 0.958); the rules
  learnt work shared out by performance in a supervisor's words, dishes that are not courts, redacted
  judgments, "kritisch" that is not KRITIS, seafarers, church-going and neighbours' tips as private
  conduct, and assistants that "rate nobody": rules alone 0.933 / 0.896.
- Round 12, 120 ideas (half of one set terse sticky notes; media, legal tech, claims and social
  services; Swiss, Austrian, British and Irish usage): rules alone 0.817 / 0.708, product wiring
  0.900 / 0.875, the lowest recall so far. Fixed by concept (deception the writer marks as false,
  hyphenated face matching, theft words and profile inputs, manual workers, the back of a queue,
  rounds and contract renewals, targeted job adverts and shortlists of whom to call, written tone
  that is no voice, "entscheidet nix"): rules alone 0.908 / 0.875.
- Round 13, 120 ideas (employment in six small-business sectors in the owner's voice; Art. 5 told
  only by its effect; ideas shaped like intake answers, "Problem: … Lösung: …"): rules alone
  0.875 / 0.875, product wiring 0.950 / 0.958. Fixed by concept (payday credit pushed at people in
  the red, "zeigt an, wer gelangweilt wirkt", people asking for work and a top-N of whom to call):
  rules alone 0.908 / 0.917.
"""

from __future__ import annotations

import pytest

from tests.triage.generalisation import assert_format, assert_tier_quality, load

# (data file, size, share of prohibited+high, share of German ideas, min accuracy, min strict recall)
ROUNDS = [
    ("generalisation_ideas_round4.jsonl", 150, (0.45, 0.50), (0.45, 0.55), 0.95, 0.95),
    ("generalisation_ideas_round5.jsonl", 120, (0.38, 0.42), (0.45, 0.55), 0.95, 0.95),
    ("generalisation_ideas_round6.jsonl", 120, (0.38, 0.42), (0.45, 0.55), 0.95, 0.95),
    ("generalisation_ideas_round7.jsonl", 120, (0.38, 0.42), (0.45, 0.55), 0.95, 0.95),
    ("generalisation_ideas_round8.jsonl", 120, (0.38, 0.42), (0.45, 0.55), 0.86, 0.83),
    ("generalisation_ideas_round9.jsonl", 120, (0.38, 0.42), (0.45, 0.55), 0.92, 0.89),
    ("generalisation_ideas_round10.jsonl", 120, (0.38, 0.42), (0.45, 0.55), 0.88, 0.79),
    ("generalisation_ideas_round11.jsonl", 120, (0.38, 0.42), (0.45, 0.55), 0.93, 0.89),
    ("generalisation_ideas_round12.jsonl", 120, (0.38, 0.42), (0.45, 0.55), 0.90, 0.87),
    ("generalisation_ideas_round13.jsonl", 120, (0.38, 0.42), (0.45, 0.55), 0.90, 0.91),
]


@pytest.mark.parametrize(("name", "size", "strict_share", "de_share"), [r[:4] for r in ROUNDS],
                         ids=[r[0] for r in ROUNDS])
def test_format_matches_the_eval_file(name: str, size: int, strict_share: tuple[float, float],
                                      de_share: tuple[float, float]) -> None:
    assert_format(load(name), size=size, strict_share=strict_share, de_share=de_share)


@pytest.mark.parametrize(("name", "min_accuracy", "min_strict_recall"), [(r[0], *r[4:]) for r in ROUNDS],
                         ids=[r[0] for r in ROUNDS])
def test_tier_accuracy_and_strict_recall(name: str, min_accuracy: float, min_strict_recall: float) -> None:
    assert_tier_quality(load(name), min_accuracy=min_accuracy, min_strict_recall=min_strict_recall)
