"""The LLM triage engine (langchain + langchain-openai) and its guards; see `engine.LlmEngine`."""

from triage.llm.chat import build_chat_model, model_name
from triage.llm.client import LlmClient, LlmInvalidAnswer, LlmUnavailable
from triage.llm.engine import LlmEngine
from triage.llm.resilience import CircuitBreaker, RetryPolicy
from triage.llm.schema import LlmTriageResult, needs_retriage

__all__ = [
    "CircuitBreaker",
    "LlmClient",
    "LlmEngine",
    "LlmInvalidAnswer",
    "LlmTriageResult",
    "LlmUnavailable",
    "RetryPolicy",
    "build_chat_model",
    "model_name",
    "needs_retriage",
]
