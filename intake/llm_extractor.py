"""`LlmExtractor`: the intake `Extractor` through the same guarded LLM client as triage.

Why it exists next to `OfflineExtractor`: a model reads free-form chat ("we lose two days a month
on supplier invoices, Lena in AP would love a bot") better than patterns. Why it wraps the offline
extractor: intake must never stop working — on an outage, an open circuit or two invalid answers the
message is read by the offline patterns instead. The merge rule is the offline one: only empty
fields are filled, except the field the bot just asked about, which the answer sets.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from pydantic import ConfigDict

from intake.extractor import Extractor, OfflineExtractor
from intake.fields import IdeaDraft
from triage.llm.chat import build_chat_model, model_name
from triage.llm.client import LlmClient, LlmInvalidAnswer, LlmUnavailable
from triage.llm.messages import extract_messages
from triage.llm.redact import Redaction, Redactor
from triage.llm.resilience import CircuitBreaker, RetryPolicy

if TYPE_CHECKING:
    from core.settings import Settings

log = logging.getLogger(__name__)
SHORT_ANSWER = 120
"""Characters up to which an answer to the bot's question is read by the offline rules."""
MAX_FIELD_CHARS = 500


class ExtractedFields(IdeaDraft):
    """The JSON object the extraction prompt asks for: the draft's own fields (empty means "the
    message does not say"); anything else the model adds is ignored."""

    model_config = ConfigDict(extra="ignore")


class LlmExtractor:
    """Implements `intake.extractor.Extractor`; falls back to `OfflineExtractor` when the LLM cannot answer."""

    def __init__(self, client: LlmClient, *, fallback: Extractor | None = None, redact_pii: bool = False,
                 redactor: Redactor | None = None) -> None:
        self.client = client
        self.fallback = fallback or OfflineExtractor()
        self.redactor = (redactor or Redactor()) if redact_pii else None

    @classmethod
    def from_settings(cls, settings: Settings, *, client: LlmClient | None = None, retry: RetryPolicy | None = None,
                      breaker: CircuitBreaker | None = None) -> LlmExtractor:
        """Pass the triage engine's `client` to share one circuit breaker per endpoint."""
        client = client or LlmClient(build_chat_model(settings), model_name=model_name(settings), retry=retry,
                                     breaker=breaker)
        return cls(client, redact_pii=settings.redact_pii)

    def extract(self, text: str, *, lang: str, draft: IdeaDraft, asked: str | None) -> IdeaDraft:
        """The model reads free descriptions; a short answer to a question the bot asked is read by the
        offline rules, so an idea costs one extraction call plus one triage call on the happy path."""
        text = text.strip()
        if not text:
            return draft
        if asked is not None and len(text) <= SHORT_ANSWER:
            return self.fallback.extract(text, lang=lang, draft=draft, asked=asked)
        redaction = Redaction(text)
        known = {k: v for k, v in draft.model_dump().items() if v not in ("", None)}
        if self.redactor is not None:
            redaction = self.redactor.redact(text)
            known = {k: self.redactor.redact(v, into=redaction).text if isinstance(v, str) else v
                     for k, v in known.items()}
        messages = extract_messages(redaction.text, lang=lang, draft=known, asked=asked)
        try:
            found = self.client.structured(messages, ExtractedFields, purpose="extract")
        except (LlmUnavailable, LlmInvalidAnswer) as exc:
            log.warning("LLM extraction unavailable (%s); using the offline extractor", exc)
            return self.fallback.extract(text, lang=lang, draft=draft, asked=asked)
        values = redaction.restore(found.model_dump())
        updates: dict[str, object] = {}
        for field, value in values.items():
            if value is None or value == "":
                continue
            if isinstance(value, str):
                value = value.strip()[:MAX_FIELD_CHARS]
            current = getattr(draft, field)
            if field == asked or current is None or current == "":
                updates[field] = value
        return draft.merged(**updates)
