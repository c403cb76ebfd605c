"""What happens when a conversation leaves the chat: keep a draft, check duplicates, file, merge.

Split from the dialogue flow because these are the steps that write to the portfolio.  Filing
first stores the idea as a draft and checkpoints that id in the conversation state, so a repeated
confirm (a retry, a second replica, a crash between the two writes) files the same record
instead of a second idea.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict

from intake import cards
from intake.messages import Inbound, Reply
from intake.ports import DuplicateFinder, IdeaSink
from intake.state import State
from intake.texts import t

MAX_CANDIDATES = 3


class _Who(TypedDict):
    channel: str
    user_id: str
    display_name: str | None
    lang: str
    draft_id: int | None


class Filing:
    """Portfolio writes for one conversation turn."""

    def __init__(self, sink: IdeaSink, duplicates: DuplicateFinder, new_nonce: Callable[[], str]) -> None:
        self.sink = sink
        self.duplicates = duplicates
        self.new_nonce = new_nonce

    def _who(self, state: State, inbound: Inbound) -> _Who:
        return {
            "channel": inbound.channel,
            "user_id": inbound.user_id,
            "display_name": state.display_name,
            "lang": state.lang,
            "draft_id": state.draft_id,
        }

    def keep_draft(self, state: State, inbound: Inbound) -> int | None:
        """Store what the user wrote so far as a draft (nothing half-written is lost)."""
        if state.step == "idle" or not cards.has_content(state.draft):
            return None
        state.draft_id = self.sink.save_draft(state.draft, **self._who(state, inbound))
        return state.draft_id

    def cancel(self, state: State, inbound: Inbound) -> Reply:
        draft_id = self.keep_draft(state, inbound)
        state.reset(self.new_nonce())
        if draft_id is None:
            return Reply(t("cancelled_empty", state.lang))
        return Reply(t("cancelled", state.lang, id=draft_id), idea_id=draft_id)

    def restart(self, state: State, inbound: Inbound) -> Reply:
        draft_id = self.keep_draft(state, inbound)
        state.reset(self.new_nonce())
        kept = t("restart_kept", state.lang, id=draft_id) if draft_id else ""
        return Reply(t("restarted", state.lang, kept=kept))

    def confirm(self, state: State, inbound: Inbound, checkpoint: Callable[[], None]) -> Reply:
        """Show similar ideas if there are any, else file right away."""
        if state.draft_id is None:
            self.keep_draft(state, inbound)
            checkpoint()
        query = "\n".join(p for p in (state.draft.description(), state.draft.affected) if p)
        found = [c for c in self.duplicates.similar(query) if c[0] != state.draft_id]
        if found:
            state.step = "duplicates"
            state.candidates = [(int(i), str(title), float(s)) for i, title, s in found[:MAX_CANDIDATES]]
            return cards.duplicates(state)
        return self.file(state, inbound)

    def file(self, state: State, inbound: Inbound) -> Reply:
        idea_id = self.sink.file(state.draft, **self._who(state, inbound))
        title = cards.shown(state.draft.title, state.lang)
        state.reset(self.new_nonce())
        return Reply(t("filed", state.lang, id=idea_id, title=title), idea_id=idea_id)

    def merge(self, state: State, inbound: Inbound, existing_id: int) -> Reply:
        title = next((c[1] for c in state.candidates if c[0] == existing_id), "")
        merged_id = self.sink.merge_into(existing_id, state.draft, **self._who(state, inbound))
        state.reset(self.new_nonce())
        return Reply(
            t("merged", state.lang, id=merged_id, title=cards.shown(title, state.lang)), idea_id=merged_id
        )
