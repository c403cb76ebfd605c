"""`build_chat_model`: one place that turns `Settings` into a chat model, OpenAI-compatible or Azure."""

from __future__ import annotations

from langchain_openai import AzureChatOpenAI, ChatOpenAI

from tests.triage.llm.helpers import IDEA_HIGH, triage_answer
from tests.triage.llm.openai_server import answer
from triage.llm import LlmEngine, build_chat_model, model_name


def test_openai_compatible_model_has_our_timeout_and_no_client_retries(llm_settings, server):
    model = build_chat_model(llm_settings)
    assert isinstance(model, ChatOpenAI)
    assert model.max_retries == 0 and model.request_timeout == llm_settings.llm_timeout
    assert model.openai_api_base == server.base_url and model_name(llm_settings) == "test-model"


def test_azure_is_used_when_its_endpoint_is_set(llm_settings, server, retriever, offline, breaker):
    settings = llm_settings.model_copy(update={
        "azure_openai_endpoint": server.root_url, "azure_openai_deployment": "pmo-gpt",
        "azure_openai_api_key": llm_settings.openai_api_key})
    model = build_chat_model(settings)
    assert isinstance(model, AzureChatOpenAI) and model.max_retries == 0
    server.queue(answer(triage_answer()))

    result = LlmEngine.from_settings(settings, retriever, offline, breaker=breaker).triage(IDEA_HIGH)

    assert result.engine == "pmo-gpt" and not result.needs_retriage
    request = server.received[0]
    assert request.path.startswith("/openai/deployments/pmo-gpt/chat/completions?api-version=")
    assert request.headers["api-key"] == "sk-test-key"
