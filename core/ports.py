"""The intake service's ports implemented over the portfolio database and the idea index.

Each call is its own short transaction, so any replica can serve the next message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from core import metrics
from intake.fields import IdeaDraft
from knowledge.types import SimilarityIndex
from portfolio import jobs, repository
from portfolio import state as conversations
from portfolio.models import UseCase
from portfolio.repository import similarity_text
from portfolio.similar import similar_use_cases
from portfolio.status import UseCaseStatus

log = logging.getLogger(__name__)


class DbConversationStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def load(self, channel: str, user_id: str, conversation: str) -> dict[str, Any] | None:
        with Session(self._engine) as session:
            return conversations.load_conversation(session, channel=channel, user_id=user_id, conversation=conversation)

    def save(self, channel: str, user_id: str, conversation: str, state: dict[str, Any]) -> None:
        with Session(self._engine) as session:
            conversations.save_conversation(session, channel=channel, user_id=user_id, conversation=conversation,
                                            state=state)
            session.commit()


class DbIdeaSink:
    """Drafts and filed ideas in the portfolio; filing queues triage in the same transaction."""

    def __init__(self, engine: Engine, index: Callable[[], SimilarityIndex]) -> None:
        self._engine = engine
        self._index = index

    def _upsert(self, session: Session, draft: IdeaDraft, *, channel: str, user_id: str, display_name: str | None,
                lang: str, draft_id: int | None) -> UseCase:
        submitter = repository.get_or_create_submitter(session, channel=channel, user_id=user_id,
                                                       display_name=display_name, language=lang)
        actor = f"{channel}:{user_id}"
        fields = draft.model_dump()
        if draft_id is not None:
            existing = session.get(UseCase, draft_id)
            if existing is not None and existing.submitter_id == submitter.id:
                if existing.status == UseCaseStatus.draft:
                    existing.language = lang
                    repository.update_fields(session, use_case=existing, fields=fields, actor=actor)
                return existing
        return repository.create_use_case(session, fields=fields, submitter=submitter, channel=channel,
                                          language=lang, status=UseCaseStatus.draft, actor=actor)

    def save_draft(self, draft: IdeaDraft, *, channel: str, user_id: str, display_name: str | None, lang: str,
                   draft_id: int | None) -> int:
        with Session(self._engine, expire_on_commit=False) as session:
            use_case = self._upsert(session, draft, channel=channel, user_id=user_id, display_name=display_name,
                                    lang=lang, draft_id=draft_id)
            session.commit()
            assert use_case.id is not None
            return use_case.id

    def file(self, draft: IdeaDraft, *, channel: str, user_id: str, display_name: str | None, lang: str,
             draft_id: int | None) -> int:
        """Submit once: a repeated confirm of the same draft returns the same idea."""
        with Session(self._engine, expire_on_commit=False) as session:
            use_case = self._upsert(session, draft, channel=channel, user_id=user_id, display_name=display_name,
                                    lang=lang, draft_id=draft_id)
            assert use_case.id is not None
            if use_case.status == UseCaseStatus.draft:
                repository.transition(session, use_case=use_case, to=UseCaseStatus.submitted,
                                      actor=f"{channel}:{user_id}", action="submitted")
                jobs.enqueue_triage(session, use_case_id=use_case.id)
                metrics.IDEAS_FILED.labels(channel).inc()
            session.commit()
            idea_id = use_case.id
        self._add_to_index(idea_id, similarity_text(draft))
        return idea_id

    def merge_into(self, existing_id: int, draft: IdeaDraft, *, channel: str, user_id: str,
                   display_name: str | None, lang: str, draft_id: int | None) -> int:
        """Keep the submitter's text as its own record, merged into the existing idea."""
        with Session(self._engine, expire_on_commit=False) as session:
            target = repository.get_use_case(session, idea_id=existing_id)
            use_case = self._upsert(session, draft, channel=channel, user_id=user_id, display_name=display_name,
                                    lang=lang, draft_id=draft_id)
            assert use_case.id is not None and target.id is not None
            actor = f"{channel}:{user_id}"
            if use_case.status == UseCaseStatus.draft:
                repository.transition(session, use_case=use_case, to=UseCaseStatus.submitted, actor=actor,
                                      action="submitted")
            if use_case.status == UseCaseStatus.submitted:
                use_case.merged_into_id = target.id
                repository.transition(session, use_case=use_case, to=UseCaseStatus.merged, actor=actor,
                                      action="merged_by_submitter", payload={"merged_into": target.id})
                repository.link_duplicate(session, use_case_id=use_case.id, duplicate_of_id=target.id, score=1.0)
                repository.add_audit(session, use_case_id=target.id, actor=actor, action="supporter_added",
                                     payload={"from_idea": use_case.id})
            session.commit()
            return target.id

    def answer_back(self, idea_id: int, text: str, *, channel: str, user_id: str) -> str:
        """The answer is added to the problem description, audited, and the idea is triaged again."""
        with Session(self._engine, expire_on_commit=False) as session:
            use_case = session.get(UseCase, idea_id)
            submitter = repository.get_or_create_submitter(session, channel=channel, user_id=user_id)
            if use_case is None or use_case.submitter_id != submitter.id:
                return "not_found"
            if use_case.status != UseCaseStatus.needs_info:
                return "not_waiting"
            actor = f"{channel}:{user_id}"
            repository.update_fields(session, use_case=use_case, actor=actor,
                                     fields={"problem": f"{use_case.problem or ''}\n\n{text}".strip()})
            repository.transition(session, use_case=use_case, to=UseCaseStatus.submitted, actor=actor,
                                  action="answered", reason=text[:2000])
            jobs.enqueue_triage(session, use_case_id=idea_id)
            session.commit()
            return "reopened"

    def my_ideas(self, channel: str, user_id: str) -> list[tuple[int, str, str]]:
        with Session(self._engine) as session:
            submitter = repository.get_or_create_submitter(session, channel=channel, user_id=user_id)
            session.commit()
            items, _ = repository.list_use_cases(session, submitter_id=submitter.id, limit=20)
            return [(i.id, i.title, str(i.status)) for i in items if i.id is not None]

    def _add_to_index(self, idea_id: int, text: str) -> None:
        try:
            self._index().add(idea_id, text)
        except Exception:  # noqa: BLE001 - the idea is filed; a missing index entry only weakens duplicate search
            log.exception("could not index idea %s for duplicate search", idea_id)


class IndexDuplicateFinder:
    """Similar live ideas with their titles, from the idea index."""

    def __init__(self, engine: Engine, index: Callable[[], SimilarityIndex]) -> None:
        self._engine = engine
        self._index = index

    def similar(self, text: str) -> list[tuple[int, str, float]]:
        with Session(self._engine) as session:
            found = similar_use_cases(session, index=self._index(), text=text, k=5, live_only=True)
            return [(uc.id, uc.title, score) for uc, score in found if uc.id is not None]
