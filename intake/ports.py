"""What the intake service needs from the rest of aipmo, as small Protocols.

The lead implements these over the portfolio database and the knowledge base; tests use
in-memory fakes.  Keeping them here (and tiny) means the conversation never imports a
database or an embedding model and runs the same in every channel and replica.
"""

from __future__ import annotations

from typing import Any, Protocol

from intake.fields import IdeaDraft


class ConversationStore(Protocol):
    """Conversation state per (channel, user, conversation): a JSON-serialisable dict."""

    def load(self, channel: str, user_id: str, conversation: str) -> dict[str, Any] | None: ...

    def save(self, channel: str, user_id: str, conversation: str, state: dict[str, Any]) -> None: ...


class IdeaSink(Protocol):
    """Where drafts and submitted ideas go (the portfolio)."""

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
        """Create or update (when `draft_id` is given) a record with status `draft`; return its id."""
        ...

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
        """Submit the idea (status `submitted`, triage queued); reuse `draft_id` if given. Return its id."""
        ...

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
        """Attach this submission to an existing idea (e.g. as a comment/supporter); return `existing_id`."""
        ...

    def answer_back(self, idea_id: int, text: str, *, channel: str, user_id: str) -> str:
        """Add the submitter's answer to an idea a reviewer asked back about and send it back to triage.

        Returns "reopened", "not_found" (no such idea of this user) or "not_waiting" (no open question).
        """
        ...

    def my_ideas(self, channel: str, user_id: str) -> list[tuple[int, str, str]]:
        """The user's ideas as (id, title, status), newest first."""
        ...


class DuplicateFinder(Protocol):
    """Similar existing ideas for a text, best first, already filtered by the duplicate threshold."""

    def similar(self, text: str) -> list[tuple[int, str, float]]: ...
