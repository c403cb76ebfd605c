from dataclasses import dataclass

import pytest
from sqlmodel import Session, select

from core.wiring import Container
from portfolio.models import PolicyDocument
from portfolio.policies import sync_policy_documents

pytestmark = pytest.mark.db


@dataclass(frozen=True)
class Doc:
    document: str
    version: str
    chunks: int


def names(session: Session) -> dict[str, str]:
    return {d.name: d.version for d in session.exec(select(PolicyDocument)).all()}


def test_the_table_mirrors_added_changed_and_removed_documents(session: Session) -> None:
    sync_policy_documents(session, documents=[Doc("a.md", "v1", 3), Doc("b.md", "v1", 2)])
    session.commit()
    sync_policy_documents(session, documents=[Doc("a.md", "v2", 4)])
    session.commit()
    assert names(session) == {"a.md": "v2"}


def test_the_default_pack_is_recorded_when_the_knowledge_base_loads(container: Container) -> None:
    store = container.policies
    with Session(container.engine) as session:
        assert names(session) == {d.document: d.version for d in store.list_documents()}
        assert "eu-ai-act-classification.de.md" in names(session)
