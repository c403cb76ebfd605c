"""The use-case status machine: the one place that knows which moves are legal.

draft → submitted → triaged → in_review → approved | rejected | merged | needs_info,
then approved → in_progress → live | stopped. Reviewers may decide straight from `triaged`
(opening the review is implied), a `needs_info` idea returns to `submitted` once answered, and a
submitted idea can be merged into an existing one at intake.
"""

from __future__ import annotations

from enum import StrEnum


class UseCaseStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    triaged = "triaged"
    in_review = "in_review"
    approved = "approved"
    rejected = "rejected"
    merged = "merged"
    needs_info = "needs_info"
    in_progress = "in_progress"
    live = "live"
    stopped = "stopped"


_S = UseCaseStatus
DECISIONS = frozenset({_S.approved, _S.rejected, _S.merged, _S.needs_info})

TRANSITIONS: dict[UseCaseStatus, frozenset[UseCaseStatus]] = {
    _S.draft: frozenset({_S.submitted}),
    _S.submitted: frozenset({_S.triaged, _S.merged}),
    _S.triaged: frozenset({_S.in_review, _S.triaged} | DECISIONS),
    _S.in_review: DECISIONS,
    _S.needs_info: frozenset({_S.submitted, _S.rejected}),
    _S.approved: frozenset({_S.in_progress, _S.stopped}),
    _S.in_progress: frozenset({_S.live, _S.stopped}),
    _S.rejected: frozenset(),
    _S.merged: frozenset(),
    _S.live: frozenset({_S.stopped}),
    _S.stopped: frozenset(),
}


class IllegalTransition(ValueError):
    """A move the status machine forbids; the message names both states."""

    def __init__(self, current: UseCaseStatus, target: UseCaseStatus, idea_id: int | None = None) -> None:
        self.current = current
        self.target = target
        who = f"idea {idea_id}" if idea_id is not None else "an idea"
        allowed = ", ".join(sorted(TRANSITIONS[current])) or "nothing (final state)"
        super().__init__(f"cannot move {who} from '{current}' to '{target}'; allowed from '{current}': {allowed}")


def check_transition(current: UseCaseStatus, target: UseCaseStatus, idea_id: int | None = None) -> None:
    """Raise `IllegalTransition` unless `current → target` is allowed."""
    if target not in TRANSITIONS[current]:
        raise IllegalTransition(current, target, idea_id)
