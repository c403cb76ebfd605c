"""The precedent safety net: escalates unseen high-risk paraphrases, never lowers a tier, ships fresh vectors."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from knowledge.embeddings import DEFAULT_VARIANT, MODEL_NAMES, get_embedder
from tests.triage.conftest import InMemoryRetriever
from triage.confidence import LOW
from triage.offline import OfflineEngine
from triage.precedent_data import Precedent, load_precedents, text_key, vectors_path
from triage.precedent_vote import (
    Neighbour,
    PrecedentVote,
    apply_vote,
    concerns_people_or_safety,
    uses_generator_in_house,
)
from triage.precedents import PrecedentIndex
from triage.result import Tier
from triage.risk_rules import classify

# Written for these tests (not in any data file); the rules alone call the first two "minimal".
UNSEEN_HIGH = (
    "Wir wollen, dass die KI anhand der Scannerdaten entscheidet, "
    "welche Lagerhelfer nach der Einarbeitung bleiben dürfen."
)
UNSEEN_WEAK = "The app uses our students' quiz answers to decide who is allowed to sit the final exam."
CLEARLY_MINIMAL = "Translate the cafeteria menu into English every Monday."
RULES_HIGH = "Die KI bewertet die Hausarbeiten der Studierenden und vergibt die Endnote."
CHATBOT = "A chatbot on our website answers visitors' questions about opening hours."
UNSEEN_LIMITED = "Museum audio guide: visitors can ask the guide follow-up questions about each painting."


@pytest.fixture(scope="module")
def index() -> PrecedentIndex:
    return PrecedentIndex.load()


@pytest.fixture
def engine(memory_retriever: InMemoryRetriever, index: PrecedentIndex) -> OfflineEngine:
    return OfflineEngine(memory_retriever, index)


def test_unseen_high_risk_paraphrase_is_escalated_with_a_readable_reason(
    engine: OfflineEngine, memory_retriever: InMemoryRetriever
) -> None:
    plain = OfflineEngine(memory_retriever).triage(UNSEEN_HIGH)
    assert plain.tier is Tier.minimal  # the rules alone miss it
    result = engine.triage(UNSEEN_HIGH)
    assert result.tier is Tier.high
    assert result.basis.startswith("Annex III 4")
    step = next(s for s in result.legal_path if s.step == "Annex III high-risk area")
    assert step.outcome == "applies" and step.article == result.basis
    assert "most similar past ideas were rated prohibited/high" in step.reason
    assert "similarity 0." in step.reason and "Annex III 4" in step.reason
    assert result.confidence < LOW  # a reviewer must confirm a tier set by precedent
    assert result.open_questions[0].startswith("Ähnliche frühere Ideen")
    assert result.controls != plain.controls  # the high-risk controls follow the escalated tier


def test_the_tier_model_escalates_a_paraphrase_the_neighbours_alone_only_flag(
    engine: OfflineEngine, memory_retriever: InMemoryRetriever
) -> None:
    result = engine.triage(UNSEEN_WEAK)
    assert OfflineEngine(memory_retriever).triage(UNSEEN_WEAK).tier is Tier.minimal  # the rules miss it
    assert result.tier is Tier.high and result.basis.startswith("Annex III 3")
    step = next(s for s in result.legal_path if s.step == "Annex III high-risk area")
    assert re.search(r"tier model trained on past ideas gives p\(high-risk\) [01]\.\d\d", step.reason)
    assert result.confidence < LOW  # still a reviewer's call


def test_the_tier_model_raises_an_assistant_the_rules_miss_to_limited(
    engine: OfflineEngine, memory_retriever: InMemoryRetriever
) -> None:
    assert OfflineEngine(memory_retriever).triage(UNSEEN_LIMITED).tier is Tier.minimal  # the rules miss it
    result = engine.triage(UNSEEN_LIMITED)
    assert (result.tier, result.basis) == (Tier.limited, "Art. 50(1)")
    step = next(s for s in result.legal_path if s.step == "Art. 50 transparency")
    assert step.outcome == "applies" and "p(limited)" in step.reason and "escalated by precedent" in step.reason
    assert result.confidence < LOW
    assert result.open_questions[0].startswith("Similar past ideas had transparency duties")


def test_the_tier_model_escalates_only_ideas_about_people_or_safety() -> None:
    high = Neighbour(Precedent("p1", Tier.high, "Annex III 4(b)", "past idea"), 0.80)
    others = tuple(Neighbour(Precedent(f"m{i}", Tier.minimal, "", "other idea"), 0.79) for i in range(3))
    vote = PrecedentVote((high, *others), model=(0.05, 0.9, 0.0, 0.05))
    assert vote.escalates and vote.tier is Tier.high and vote.basis == "Annex III 4(b)"
    assert not dataclasses.replace(vote, gated=False).escalates  # e.g. recipe tweaks, apple sorting
    assert not dataclasses.replace(vote, neighbours=others).escalates  # no past high-risk idea to back it
    assert concerns_people_or_safety(classify("The model decides which warehouse workers we keep after probation."))
    assert not concerns_people_or_safety(classify("Suggest recipe changes that cut sugar in our cereal bars."))
    # People named only by a role the rules do not need, or by "who"/"wer".
    assert concerns_people_or_safety(classify("Each seafarer gets a risk value; whoever is above 0.7 stays ashore."))
    assert concerns_people_or_safety(classify("Das Tool sieht, wer am längsten braucht, und plant entsprechend."))
    assert not concerns_people_or_safety(classify("Sort our apples by size and colour for the farm shop."))


def test_a_generator_the_company_only_uses_is_not_raised_to_limited() -> None:
    minimal = tuple(Neighbour(Precedent(f"m{i}", Tier.minimal, "", "other idea"), 0.8) for i in range(4))
    vote = PrecedentVote(minimal, model=(0.0, 0.02, 0.9, 0.08))
    assert vote.to_limited and not dataclasses.replace(vote, in_house_generator=True).to_limited
    assert uses_generator_in_house(classify(
        "Marketing makes watercolour illustrations for the summer brochure with the image generator we already "
        "license."))
    assert uses_generator_in_house(classify(
        "Für den Katalog erstellt das Marketing Illustrationen mit dem lizenzierten Bildgenerator."))
    # Offered to customers (a provider, Art. 50(2)) or passing for real (Art. 50(4)): still transparency duties.
    assert not uses_generator_in_house(classify(
        "We offer our customers an image generator in our app so they can create their own posters."))
    assert not uses_generator_in_house(classify(
        "With the image generator we license we create photorealistic pictures of our CEO visiting sites, as if "
        "it were real."))


def test_weaker_vote_keeps_the_tier_but_sends_the_idea_to_review(memory_retriever: InMemoryRetriever) -> None:
    neighbours_only = PrecedentIndex.load()
    neighbours_only.model = None  # the kNN vote on its own
    result = OfflineEngine(memory_retriever, neighbours_only).triage(UNSEEN_WEAK)
    assert result.tier is Tier.minimal
    assert result.confidence < LOW
    assert result.open_questions[0].startswith("Similar past ideas were rated high-risk")
    minimal = next(s for s in result.legal_path if s.step == "minimal risk")
    assert "tier kept, sent for review" in minimal.reason


def test_clearly_minimal_idea_stays_minimal_and_untouched(
    engine: OfflineEngine, memory_retriever: InMemoryRetriever, index: PrecedentIndex
) -> None:
    assert not index.worth_embedding(CLEARLY_MINIMAL)
    with_precedents = engine.triage(CLEARLY_MINIMAL)
    assert with_precedents.tier is Tier.minimal
    assert with_precedents == OfflineEngine(memory_retriever).triage(CLEARLY_MINIMAL)


@pytest.mark.parametrize("text", [RULES_HIGH, CHATBOT])
def test_results_the_rules_do_not_call_minimal_are_not_changed(
    engine: OfflineEngine, memory_retriever: InMemoryRetriever, text: str
) -> None:
    assert engine.triage(text) == OfflineEngine(memory_retriever).triage(text)


class _SameVector:
    """Every text maps to the same vector, so every precedent is a perfect neighbour."""

    model_name = "test-same-vector"

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.tile(np.eye(1, 8, dtype=np.float32), (len(texts), 1))


def _index(tier: Tier, basis: str) -> PrecedentIndex:
    precedents = [Precedent(f"t{i}", tier, basis, f"past idea {i}") for i in range(6)]
    embedder = _SameVector()
    return PrecedentIndex(embedder, precedents, embedder.embed_queries([p.text for p in precedents]), lexical_min=0)


def test_a_tier_never_goes_down_because_of_precedents(memory_retriever: InMemoryRetriever) -> None:
    minimal_index = _index(Tier.minimal, "none")
    for text in (RULES_HIGH, CHATBOT, "Use webcams to detect whether employees look stressed."):
        plain = OfflineEngine(memory_retriever).triage(text)
        assert OfflineEngine(memory_retriever, minimal_index).triage(text).tier is plain.tier
    cls = classify(RULES_HIGH)
    assert apply_vote(cls, _index(Tier.high, "Annex III 4(a)").vote(RULES_HIGH)).tier is cls.tier
    # only minimal results are looked at: a chatbot next to nothing but high-risk precedents stays limited
    assert OfflineEngine(memory_retriever, _index(Tier.high, "Annex III 4(a)")).triage(CHATBOT).tier is Tier.limited


def test_all_prohibited_neighbours_suggest_prohibited_with_their_basis(memory_retriever: InMemoryRetriever) -> None:
    result = OfflineEngine(memory_retriever, _index(Tier.prohibited, "Art. 5(1)(f)")).triage(CLEARLY_MINIMAL)
    assert (result.tier, result.basis) == (Tier.prohibited, "Art. 5(1)(f)")
    assert result.legal_path[0].outcome == "applies" and "escalated by precedent" in result.legal_path[0].reason


def test_deterministic(engine: OfflineEngine, index: PrecedentIndex) -> None:
    assert engine.triage(UNSEEN_HIGH) == engine.triage(UNSEEN_HIGH)
    fresh = index.vote_many([UNSEEN_HIGH, UNSEEN_WEAK])
    assert [v.neighbours for v in fresh] == [index.vote(UNSEEN_HIGH).neighbours, index.vote(UNSEEN_WEAK).neighbours]


def test_shipped_vectors_are_fresh() -> None:
    """Fails when ideas.jsonl changed without `python -m triage.precedent_data.build`."""
    precedents = load_precedents()
    with np.load(vectors_path(MODEL_NAMES[DEFAULT_VARIANT])) as data:
        keys, vectors = [str(k) for k in data["keys"]], data["vectors"]
    assert keys == [text_key(p.text) for p in precedents], (
        "stale precedent vectors: run python -m triage.precedent_data.build")
    picks = [0, len(precedents) // 2, len(precedents) - 1]
    fresh = get_embedder().embed_queries([precedents[i].text for i in picks])
    assert np.all(np.sum(fresh * vectors[picks], axis=1) > 0.999)


def test_precedents_are_in_house_only() -> None:
    precedents = load_precedents()
    assert len({p.id for p in precedents}) == len(precedents)
    assert all(p.tier is Tier.minimal or p.basis for p in precedents)
    shared = Path(__file__).resolve().parents[3] / "shared" / "eval" / "ideas.jsonl"
    if shared.exists():
        held_back = {json.loads(line)["text"] for line in shared.read_text(encoding="utf-8").splitlines() if line}
        assert not held_back & {p.text for p in precedents}


def test_the_shipped_tier_model_is_what_training_on_the_shipped_precedents_gives() -> None:
    from knowledge.embeddings import get_embedder
    from triage.precedent_data import cached_vectors
    from triage.tier_model import TierModel, model_path

    embedder = get_embedder()
    precedents = load_precedents()
    vectors = cached_vectors(embedder, [p.text for p in precedents])
    shipped = TierModel.load(model_path(embedder.model_name))
    assert shipped is not None, "run `python -m triage.precedent_data.build` to build the tier model"
    fresh = TierModel.train(vectors, [p.tier for p in precedents])
    assert np.allclose(fresh.probabilities(vectors[:50]), shipped.probabilities(vectors[:50]), atol=1e-3), (
        "the tier model is stale: run `python -m triage.precedent_data.build`")
