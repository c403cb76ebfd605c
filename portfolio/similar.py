"""Ideas similar to a text: search the idea index, then load the matching records from the database.

The reviewer API, the dashboard and the intake duplicate check all ask the same question; this is
the one place that turns index hits into records, in a single query, so an index entry whose record
is gone (or, for intake, is no longer live) never reaches a user.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlmodel import Session, col, select

from knowledge.types import SimilarityIndex
from portfolio.models import UseCase
from portfolio.status import UseCaseStatus

# Ideas that still count as "the same idea exists": not drafts, not rejected or merged away.
LIVE = (UseCaseStatus.submitted, UseCaseStatus.triaged, UseCaseStatus.in_review, UseCaseStatus.approved,
        UseCaseStatus.needs_info, UseCaseStatus.in_progress, UseCaseStatus.live)


class SimilarUseCase(NamedTuple):
    use_case: UseCase
    score: float


def similar_use_cases(session: Session, *, index: SimilarityIndex, text: str, k: int = 5,
                      exclude: int | None = None, live_only: bool = False) -> list[SimilarUseCase]:
    """The stored ideas the index finds for `text`, best first, with their scores.

    `exclude` skips one idea ("similar to this idea"); `live_only` keeps only `LIVE` ideas. Hits
    whose record is missing from the database are dropped, so fewer than `k` may come back.
    """
    hits = [h for h in index.search(text, k=k, exclude=exclude) if h.idea_id != exclude]
    if not hits:
        return []
    query = select(UseCase).where(col(UseCase.id).in_([h.idea_id for h in hits]))
    if live_only:
        query = query.where(col(UseCase.status).in_([s.value for s in LIVE]))
    records = {uc.id: uc for uc in session.exec(query).all()}
    return [SimilarUseCase(records[h.idea_id], h.score) for h in hits if h.idea_id in records]
