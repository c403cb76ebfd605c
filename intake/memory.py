"""In-memory implementations of the intake ports.

For tests, the question-count benchmark and a throw-away terminal chat: they behave like the
database-backed ports (state round-trips through JSON, ids count up) but keep nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from intake.fields import IdeaDraft


class MemoryStore:
    """ConversationStore over a dict; states are copied through JSON like a database would."""

    def __init__(self) -> None:
        self.states: dict[tuple[str, str, str], str] = {}

    def load(self, channel: str, user_id: str, conversation: str) -> dict[str, Any] | None:
        raw = self.states.get((channel, user_id, conversation))
        return json.loads(raw) if raw is not None else None

    def save(self, channel: str, user_id: str, conversation: str, state: dict[str, Any]) -> None:
        self.states[(channel, user_id, conversation)] = json.dumps(state)


@dataclass
class StoredIdea:
    id: int
    draft: IdeaDraft
    channel: str
    user_id: str
    display_name: str | None
    lang: str
    status: str
    merged_into: int | None = None
    additions: list[IdeaDraft] = field(default_factory=list)


class MemorySink:
    """IdeaSink over a dict of `StoredIdea`."""

    def __init__(self) -> None:
        self.ideas: dict[int, StoredIdea] = {}
        self._next = 1

    def _put(self, draft: IdeaDraft, status: str, draft_id: int | None, **who: Any) -> int:
        if draft_id is None or draft_id not in self.ideas:
            draft_id, self._next = self._next, self._next + 1
        self.ideas[draft_id] = StoredIdea(id=draft_id, draft=draft, status=status, **who)
        return draft_id

    def save_draft(
        self,
        draft: IdeaDraft,
        *,
        channel: str,
        user_id: str,
        display_name: str | None,
        lang: str,
        draft_id: int | None,
    ) -> int:
        return self._put(
            draft, "draft", draft_id, channel=channel, user_id=user_id, display_name=display_name, lang=lang
        )

    def file(
        self,
        draft: IdeaDraft,
        *,
        channel: str,
        user_id: str,
        display_name: str | None,
        lang: str,
        draft_id: int | None,
    ) -> int:
        return self._put(
            draft,
            "submitted",
            draft_id,
            channel=channel,
            user_id=user_id,
            display_name=display_name,
            lang=lang,
        )

    def merge_into(
        self,
        existing_id: int,
        draft: IdeaDraft,
        *,
        channel: str,
        user_id: str,
        display_name: str | None,
        lang: str,
        draft_id: int | None,
    ) -> int:
        if existing_id in self.ideas:
            self.ideas[existing_id].additions.append(draft)
        if draft_id is not None and draft_id in self.ideas:
            self.ideas[draft_id].status = "merged"
            self.ideas[draft_id].merged_into = existing_id
        return existing_id

    def answer_back(self, idea_id: int, text: str, *, channel: str, user_id: str) -> str:
        idea = self.ideas.get(idea_id)
        if idea is None or (idea.channel, idea.user_id) != (channel, user_id):
            return "not_found"
        if idea.status != "needs_info":
            return "not_waiting"
        idea.draft = idea.draft.merged(problem=f"{idea.draft.problem}\n\n{text}".strip())
        idea.status = "submitted"
        return "reopened"

    def my_ideas(self, channel: str, user_id: str) -> list[tuple[int, str, str]]:
        mine = [i for i in self.ideas.values() if i.channel == channel and i.user_id == user_id]
        return [(i.id, i.draft.title, i.status) for i in sorted(mine, key=lambda i: -i.id)]


class StaticDuplicates:
    """DuplicateFinder that returns a fixed list (empty by default)."""

    def __init__(self, candidates: list[tuple[int, str, float]] | None = None) -> None:
        self.candidates = list(candidates or [])
        self.queries: list[str] = []

    def similar(self, text: str) -> list[tuple[int, str, float]]:
        self.queries.append(text)
        return list(self.candidates)
