"""The engine on the real `knowledge.policy_store.PolicyStore` (embedded Chroma, packaged embeddings).

One small policy document in a tmp data dir keeps this at a couple of seconds; the rest of the suite
uses the in-test `StaticRetriever` for speed and fixed ids.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.policy_store import PolicyStore
from tests.triage.llm.helpers import IDEA_HIGH, triage_answer
from tests.triage.llm.openai_server import answer
from triage.llm import LlmEngine
from triage.offline import OfflineEngine

POLICY = """# Employment
AI that ranks, promotes or dismisses workers is high-risk under Annex III 4(b); a human decides.

# Chatbots
Tell people when they talk to a chatbot (Art. 50(1)).
"""


@pytest.fixture
def store(tmp_path: Path) -> PolicyStore:
    store = PolicyStore(data_dir=tmp_path / "chroma")
    store.add_text(POLICY, document="mini-policy.en.md")
    return store


def test_citations_are_checked_against_the_real_store(server, llm_settings, breaker, store):
    engine = LlmEngine.from_settings(llm_settings, store, OfflineEngine(store), breaker=breaker)
    real = store.retrieve(IDEA_HIGH, k=1)[0]
    server.queue(answer(triage_answer(citations=[{"passage_id": real.id, "quote": "a human decides"},
                                                 {"passage_id": "mini-policy.en.md#invented"}])))

    result = engine.triage(IDEA_HIGH)

    assert [c.passage_id for c in result.citations] == [real.id]
    assert store.get(result.citations[0].passage_id) is not None
    assert result.citations[0].section == real.section and result.citations[0].snippet == "a human decides"
    assert result.dropped_citations == ["mini-policy.en.md#invented"]
    assert result.policy_version == store.policy_version()
    assert real.id in server.received[0].text_of("system")
