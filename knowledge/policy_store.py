"""The policy knowledge base: policy documents chunked into Chroma and retrieved for triage.

Why Chroma behind a small class: triage only needs `PolicyRetriever` (retrieve + policy_version)
and citation checks (`get`); admins need add/list/remove. Re-adding a document first deletes its
old chunks, so an edited policy never leaves stale passages that a citation could point at.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chromadb.api import ClientAPI

from knowledge.chroma import make_client, open_collection
from knowledge.chunking import Chunk, chunk_file, chunk_text
from knowledge.embeddings import Embedder, get_embedder
from knowledge.pack_cache import embed_passages_cached
from knowledge.policy_pack import pack_files
from knowledge.types import Passage

if TYPE_CHECKING:
    from core.settings import Settings

COLLECTION = "policies"
VERSION_TTL = 5.0
"""Seconds a computed policy version is reused. Computing it reads every chunk's metadata (~2.5 ms,
a tenth of a triage); a change made by this store is seen at once, one made by another process
(`aipmo policies add` while the server runs) within this many seconds."""


@dataclass(frozen=True)
class DocumentInfo:
    """One stored policy document as `aipmo policies list` shows it."""

    document: str
    version: str
    chunks: int
    lang: str


def _lang_of(document: str) -> str:
    """`ai-usage-guideline.de.md` → `de`; empty when the name carries no language tag."""
    parts = document.lower().split(".")
    return parts[-2] if len(parts) >= 3 and len(parts[-2]) == 2 else ""


class PolicyStore:
    """Chroma-backed policy store; implements `knowledge.types.PolicyRetriever`."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        data_dir: Path | None = None,
        chroma_url: str | None = None,
        client: ClientAPI | None = None,
        embedder: Embedder | None = None,
    ) -> None:
        self.embedder = embedder or get_embedder()
        self.client = client or make_client(settings, data_dir=data_dir, chroma_url=chroma_url)
        self.collection = open_collection(self.client, COLLECTION, self.embedder, is_query=False)
        self._version: tuple[str, float] | None = None  # (version, monotonic time computed)

    # -- writing ---------------------------------------------------------------------------------
    def add_file(self, path: Path, *, document: str | None = None) -> int:
        """Ingest a .md/.txt/.pdf/.docx file; returns the number of chunks stored."""
        return self._replace(chunk_file(Path(path), document=document))

    def add_text(self, text: str, *, document: str, fmt: str = "md") -> int:
        """Ingest text under a document name (replacing a previous version of that document)."""
        return self._replace(chunk_text(text, document=document, fmt=fmt), document=document)

    def remove(self, document: str) -> int:
        """Delete every chunk of `document`; returns how many were deleted (0 if unknown)."""
        found = self.collection.get(where={"document": document}, include=[])
        if found["ids"]:
            self.collection.delete(ids=found["ids"])
            self._version = None
        return len(found["ids"])

    def ensure_default_pack(self) -> list[str]:
        """Load the shipped policy pack when the store is empty; the names loaded (none if not empty).

        Passage ids are stable, so two replicas racing here upsert the same rows, never duplicates.
        """
        if self.collection.count() > 0:
            return []
        for path in pack_files():
            self.add_file(path)
        return [p.name for p in pack_files()]

    def _replace(self, chunks: list[Chunk], *, document: str | None = None) -> int:
        if not chunks:
            if document:
                self.remove(document)
            return 0
        self.remove(chunks[0].document)
        embeddings = embed_passages_cached(self.embedder, [c.text for c in chunks])  # pack: shipped vectors
        self.collection.upsert(
            ids=[c.id for c in chunks],
            documents=[c.text for c in chunks],
            embeddings=list(embeddings),
            metadatas=[
                {
                    "document": c.document,
                    "section": c.section,
                    "version": c.version,
                    "lang": _lang_of(c.document),
                }
                for c in chunks
            ],
        )
        self._version = None
        return len(chunks)

    # -- reading ---------------------------------------------------------------------------------
    def list_documents(self) -> list[DocumentInfo]:
        """Stored documents with version and chunk count, sorted by name."""
        counts: dict[tuple[str, str], int] = {}
        for meta in self.collection.get(include=["metadatas"])["metadatas"] or []:
            key = (str(meta["document"]), str(meta["version"]))
            counts[key] = counts.get(key, 0) + 1
        return [
            DocumentInfo(document=doc, version=ver, chunks=n, lang=_lang_of(doc))
            for (doc, ver), n in sorted(counts.items())
        ]

    def get(self, passage_id: str) -> Passage | None:
        """The stored passage with this id, or None (used to check that citations exist)."""
        found = self.collection.get(ids=[passage_id], include=["documents", "metadatas"])
        if not found["ids"]:
            return None
        return _passage(found["ids"][0], (found["documents"] or [""])[0], (found["metadatas"] or [{}])[0])

    def retrieve(self, query: str, *, k: int = 4, lang: str | None = None) -> list[Passage]:
        """The `k` passages closest to `query`, best first; `lang` ("de"/"en") restricts the language."""
        total = self.collection.count()
        if total == 0 or k <= 0 or not query.strip():
            return []
        result = self.collection.query(
            query_embeddings=list(self.embedder.embed_queries([query])),
            n_results=min(k, total),
            where={"lang": lang} if lang else None,
            include=["documents", "metadatas", "distances"],
        )
        ids = result["ids"][0]
        docs = (result["documents"] or [[]])[0]
        metas = (result["metadatas"] or [[]])[0]
        dists = (result["distances"] or [[]])[0]
        return [
            _passage(pid, doc, meta, score=1.0 - float(dist))
            for pid, doc, meta, dist in zip(ids, docs, metas, dists, strict=True)
        ]

    def policy_version(self) -> str:
        """12-hex fingerprint of the set of (document, version); changes when any policy changes."""
        cached, now = self._version, time.monotonic()
        if cached is not None and now - cached[1] < VERSION_TTL:
            return cached[0]
        pairs = sorted({(d.document, d.version) for d in self.list_documents()})
        version = hashlib.sha256("\n".join(f"{d}\t{v}" for d, v in pairs).encode("utf-8")).hexdigest()[:12]
        self._version = (version, now)
        return version


def _passage(pid: str, text: str | None, meta: Any, *, score: float = 0.0) -> Passage:
    meta = meta or {}
    return Passage(
        id=pid,
        document=str(meta.get("document", "")),
        section=str(meta.get("section", "")),
        version=str(meta.get("version", "")),
        text=text or "",
        score=score,
    )
