"""The composition root: builds the concrete stores and engines from `Settings`.

Tests build a `Container` the same way with their own settings, so every path is wired
exactly as in production. Heavy parts (Chroma, the embedding model) are created on first use.
"""

from __future__ import annotations

import secrets
import threading
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from core.ports import DbConversationStore, DbIdeaSink, IndexDuplicateFinder
from core.settings import Engine as EngineKind
from core.settings import Settings
from intake.conversation import ConversationService
from intake.extractor import Extractor
from knowledge.embeddings import Embedder, get_embedder
from knowledge.policy_store import PolicyStore
from knowledge.similarity import IdeaIndex
from portfolio import db
from portfolio.policies import sync_policy_documents
from triage.engine import TriageEngine
from triage.worker import TriageWorker

if TYPE_CHECKING:
    from triage.llm import LlmClient


class Container:
    """Lazily created parts of one aipmo process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()

    @cached_property
    def engine(self) -> Engine:
        return db.make_engine(self.settings.effective_database_url)

    @cached_property
    def secret_key(self) -> bytes:
        """Signs web visitor cookies: AIPMO_SECRET_KEY, or in local mode a key kept under the data directory."""
        configured = self.settings.secret_key.get_secret_value()
        if configured:
            return configured.encode("utf-8")
        path = self.settings.data_dir / "secret.key"
        with self._lock:
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(secrets.token_hex(32), encoding="utf-8")
                path.chmod(0o600)
            return path.read_text(encoding="utf-8").strip().encode("utf-8")

    def upgrade_database(self) -> None:
        db.upgrade(self.settings.effective_database_url)

    @cached_property
    def embedder(self) -> Embedder:
        return get_embedder()

    @cached_property
    def policies(self) -> PolicyStore:
        """The policy knowledge base; the default pack is loaded when it is empty."""
        with self._lock:
            if "policies" in self.__dict__:  # another thread built it meanwhile (no lock in cached_property >= 3.12)
                return self.__dict__["policies"]
            store = PolicyStore(self.settings, embedder=self.embedder)
            store.ensure_default_pack()
            self.sync_policies(store)
            return store

    def sync_policies(self, store: PolicyStore) -> None:
        """Mirror the stored policy documents into the portfolio database (after any change)."""
        with db.session_scope(self.engine) as session:
            sync_policy_documents(session, documents=store.list_documents())

    @cached_property
    def idea_index(self) -> IdeaIndex:
        with self._lock:
            if "idea_index" in self.__dict__:
                return self.__dict__["idea_index"]
            return IdeaIndex(self.settings, embedder=self.embedder)

    def warm_up(self) -> None:
        """Load the embedding model, the knowledge base and the engine before the first user needs them."""
        _ = self.idea_index, self.triage_engine

    @cached_property
    def llm_client(self) -> LlmClient:
        """One client, so the triage engine and the extractor share one circuit breaker."""
        from triage.llm import LlmClient, build_chat_model, model_name

        return LlmClient(build_chat_model(self.settings), model_name=model_name(self.settings))

    @cached_property
    def triage_engine(self) -> TriageEngine:
        """The offline engine, or the LLM engine with the offline one as its safety floor and fallback."""
        from triage.offline import OfflineEngine
        from triage.precedents import PrecedentIndex

        offline = OfflineEngine(self.policies, PrecedentIndex.load(self.embedder))
        if self.settings.engine is not EngineKind.llm:
            return offline
        from triage.llm import LlmEngine

        return LlmEngine(self.llm_client, self.policies, offline, redact_pii=self.settings.redact_pii)

    @cached_property
    def intake(self) -> ConversationService:
        extractor: Extractor | None = None
        if self.settings.engine is EngineKind.llm:
            from intake.llm_extractor import LlmExtractor

            extractor = LlmExtractor(self.llm_client, redact_pii=self.settings.redact_pii)
        return ConversationService(
            store=DbConversationStore(self.engine),
            sink=DbIdeaSink(self.engine, lambda: self.idea_index),
            duplicates=IndexDuplicateFinder(self.engine, lambda: self.idea_index),
            extractor=extractor,
        )

    @cached_property
    def worker(self) -> TriageWorker:
        return TriageWorker(self.engine, lambda: self.triage_engine)
