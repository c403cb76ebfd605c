"""Build the langchain chat model from `Settings`, in exactly one place.

Why one function: the engine and the extractor must talk to the same endpoint with the same
timeout, and `max_retries=0` must never be forgotten (retries are ours, see `resilience`), or
the circuit breaker would not see the failed attempts the client hid from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from langchain_core.language_models import BaseChatModel
from langchain_openai import AzureChatOpenAI, ChatOpenAI
from pydantic import SecretStr

if TYPE_CHECKING:
    from core.settings import Settings


def model_name(settings: Settings) -> str:
    """What the result's `engine` field names: the Azure deployment or the model."""
    if settings.azure_openai_endpoint:
        return settings.azure_openai_deployment or settings.llm_model
    return settings.llm_model


def build_chat_model(settings: Settings, *, temperature: float = 0.0) -> BaseChatModel:
    """ChatOpenAI against any OpenAI-compatible endpoint, or AzureChatOpenAI when Azure is configured."""
    if settings.azure_openai_endpoint:
        key = settings.azure_openai_api_key.get_secret_value() or settings.openai_api_key.get_secret_value()
        return AzureChatOpenAI(
            azure_endpoint=settings.azure_openai_endpoint,
            azure_deployment=settings.azure_openai_deployment or settings.llm_model,
            api_version=settings.azure_openai_api_version,
            api_key=SecretStr(key),
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=temperature,
            use_responses_api=False,
        )
    return ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.openai_base_url or None,
        # Local servers accept any key; the openai client refuses an empty one.
        api_key=SecretStr(settings.openai_api_key.get_secret_value() or "not-needed"),
        timeout=settings.llm_timeout,
        max_retries=0,
        temperature=temperature,
        use_responses_api=False,
    )
