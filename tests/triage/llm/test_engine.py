"""The LLM engine's answer path: valid, repaired, invalid twice, grounding and the tier floor."""

from __future__ import annotations

import json

from tests.triage.llm.helpers import ANNEX3, IDEA_HIGH, IDEA_MINIMAL, metric, triage_answer
from tests.triage.llm.openai_server import answer
from triage.llm import LlmTriageResult, needs_retriage
from triage.result import Quadrant, Tier, TriageResult


def test_valid_answer_becomes_the_result_in_one_call(server, llm_engine, retriever):
    server.queue(answer(triage_answer()))
    before = metric("aipmo_llm_calls_total", purpose="triage", outcome="ok")
    tokens = metric("aipmo_llm_tokens_total", kind="prompt")

    result = llm_engine.triage(IDEA_HIGH)

    assert isinstance(result, TriageResult) and isinstance(result, LlmTriageResult)
    assert len(server.received) == 1
    assert (result.tier, result.basis, result.effort.value, result.benefit.value) == (Tier.high, "Annex III 4(b)", 4, 3)
    assert result.quadrant is Quadrant.strategic_bet  # computed from the scores, not taken from the model
    assert result.engine == "test-model" and result.policy_version == retriever.policy_version()
    assert [c.passage_id for c in result.citations] == [ANNEX3]
    cited = result.citations[0]
    assert (cited.document, cited.snippet) == ("eu-ai-act.en.md", "employment and recruitment")
    assert result.confidence == 0.8 and not result.needs_retriage and not needs_retriage(result)
    # the request is what the real openai client sends: model, JSON mode, bearer key, system + user message
    body = server.received[0].body
    assert body["model"] == "test-model" and body["response_format"] == {"type": "json_object"}
    assert server.received[0].headers["authorization"] == "Bearer sk-test-key"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert ANNEX3 in server.received[0].text_of("system")  # retrieved passages are in the prompt
    assert metric("aipmo_llm_calls_total", purpose="triage", outcome="ok") == before + 1
    assert metric("aipmo_llm_tokens_total", kind="prompt") == tokens + 120
    assert metric("aipmo_llm_latency_seconds_count", purpose="triage") >= 1


def test_answer_in_code_fences_with_prose_is_accepted(server, llm_engine):
    server.queue(answer("Here you go:\n```json\n" + json.dumps(triage_answer()) + "\n```"))
    assert llm_engine.triage(IDEA_HIGH).tier is Tier.high
    assert len(server.received) == 1


def test_invalid_answer_is_repaired_once(server, llm_engine):
    server.queue(answer("{not json at all"), answer(triage_answer(benefit={"value": 5, "rationale": "big"})))

    result = llm_engine.triage(IDEA_HIGH)

    assert len(server.received) == 2
    assert result.benefit.value == 5 and not result.needs_retriage
    repair = server.received[1].messages
    assert repair[-2] == {"role": "assistant", "content": "{not json at all"}
    assert "not valid" in repair[-1]["content"] and repair[-1]["role"] == "user"


def test_schema_violation_names_the_field_in_the_repair_request(server, llm_engine):
    server.queue(answer(triage_answer(effort={"value": 9, "rationale": "x"})), answer(triage_answer()))
    result = llm_engine.triage(IDEA_HIGH)
    assert "effort.value" in server.received[1].messages[-1]["content"]
    assert result.effort.value == 4


def test_invalid_twice_falls_back_to_offline_and_needs_retriage(server, llm_engine, offline):
    server.queue(answer("nope"), answer(triage_answer(tier="extreme")))

    result = llm_engine.triage(IDEA_HIGH)

    assert len(server.received) == 2  # never more than two calls for one idea
    assert result.needs_retriage and needs_retriage(result) and result.fallback_reason == "invalid_answer"
    expected = offline.triage(IDEA_HIGH)
    assert result.engine == "offline"
    assert TriageResult.model_validate(result.model_dump(include=set(TriageResult.model_fields))) == expected


def test_hallucinated_citation_is_dropped_and_lowers_confidence(server, llm_engine):
    cited = [{"passage_id": ANNEX3, "quote": "education"}, {"passage_id": "made-up.md#art99", "quote": "x"}]
    server.queue(answer(triage_answer(citations=cited, confidence=0.8)))

    result = llm_engine.triage(IDEA_HIGH)

    assert [c.passage_id for c in result.citations] == [ANNEX3]
    assert result.dropped_citations == ["made-up.md#art99"]
    assert result.confidence < 0.8
    assert any("made-up.md#art99" in q for q in result.open_questions)


def test_only_hallucinated_citations_cap_confidence(server, llm_engine):
    server.queue(answer(triage_answer(citations=[{"passage_id": "ghost#1"}], confidence=0.95)))
    result = llm_engine.triage(IDEA_HIGH)
    assert result.citations == [] and result.confidence <= 0.5


def test_passage_that_exists_but_was_not_retrieved_is_dropped(server, llm_engine, retriever):
    assert "rubric.de.md#bewertung" in {p.id for p in retriever.passages}  # stored, never retrieved
    server.queue(answer(triage_answer(citations=[{"passage_id": "rubric.de.md#bewertung"}])))
    result = llm_engine.triage(IDEA_MINIMAL)
    assert result.dropped_citations == ["rubric.de.md#bewertung"]


def test_lower_tier_than_rules_keeps_the_floor_and_flags_it(server, llm_engine, offline):
    rules = offline.triage(IDEA_HIGH)
    assert rules.tier is Tier.high
    server.queue(answer(triage_answer(tier="minimal", basis="none", controls=["logging"], confidence=0.9)))

    result = llm_engine.triage(IDEA_HIGH)

    assert result.tier is Tier.high and result.basis == rules.basis
    assert result.legal_path == rules.legal_path
    assert result.tier_floor is not None
    assert (result.tier_floor.rules_tier, result.tier_floor.model_tier) == (Tier.high, Tier.minimal)
    assert result.confidence <= 0.5
    assert any("disagree" in q for q in result.open_questions)
    assert set(rules.controls) <= set(result.controls) and "logging" in result.controls
    assert not result.needs_retriage
    assert result.model_dump(mode="json")["tier_floor"]["model_tier"] == "minimal"  # stored with the draft


def test_stricter_model_tier_stands_without_a_flag(server, llm_engine):
    server.queue(answer(triage_answer(tier="prohibited", basis="Art. 5(1)(c)", horizon="H1")))
    result = llm_engine.triage(IDEA_HIGH)
    assert result.tier is Tier.prohibited and result.tier_floor is None
    assert result.horizon.value == "H3"  # prohibited ideas are not pursued


def test_model_may_lower_a_tier_the_rules_do_not_floor(server, llm_engine, offline):
    assert offline.triage(IDEA_MINIMAL).tier is Tier.minimal
    server.queue(answer(triage_answer(tier="limited", basis="Art. 50(1)")))
    assert llm_engine.triage(IDEA_MINIMAL).tier is Tier.limited


def test_german_idea_gets_the_german_prompt(server, llm_engine):
    server.queue(answer(triage_answer()))
    llm_engine.triage("Die KI soll die Bewerbungen für unsere Azubi-Stellen sortieren und die besten vorschlagen.")
    system = server.received[0].text_of("system")
    assert "Du bist der Triage-Assistent" in system and "Schreibe alle Begründungen" in system
