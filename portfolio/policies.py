"""The policy documents in force, mirrored from the knowledge base into the portfolio database.

Why a mirror: reviewers, digests and audits ask "which policy versions were in force when this
idea was triaged?" with SQL next to the records, without opening Chroma.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from sqlmodel import Session, select

from portfolio.models import PolicyDocument, utcnow


class StoredDocument(Protocol):
    @property
    def document(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def chunks(self) -> int: ...


def sync_policy_documents(session: Session, *, documents: Iterable[StoredDocument]) -> None:
    """Make the table equal to the knowledge base's documents (add, update version, remove)."""
    current = {d.document: d for d in documents}
    rows = {row.name: row for row in session.exec(select(PolicyDocument)).all()}
    for name, stale in rows.items():
        if name not in current:
            session.delete(stale)
    for name, doc in current.items():
        row = rows.get(name)
        if row is None:
            session.add(PolicyDocument(name=name, version=doc.version, chunks=doc.chunks))
        elif (row.version, row.chunks) != (doc.version, doc.chunks):
            row.version, row.chunks, row.added_at = doc.version, doc.chunks, utcnow()
            session.add(row)
