"""The intake conversation: one state machine behind every channel.

`ConversationService.handle` takes one neutral `Inbound` and returns neutral `Reply`s.  State
is loaded and saved through `ConversationStore` on every message, so a restart or another
replica continues where the user left off.  The bot asks only for what is still missing, one
question at a time, in the user's language; commands work at every step; bad input gets a
friendly answer and never loses the draft.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable

from intake import cards
from intake.commands import Command, field_named, parse_button, parse_text
from intake.extractor import Extractor, OfflineExtractor
from intake.fields import IdeaDraft, next_question
from intake.filing import Filing
from intake.language import detect, guess_short
from intake.messages import Inbound, Lang, Reply
from intake.ports import ConversationStore, DuplicateFinder, IdeaSink
from intake.sanitize import MAX_CHARS, clean
from intake.state import State
from intake.texts import label, t

log = logging.getLogger(__name__)

MAX_RETRIES = 2  # after this many repeats of one question we take the answer as it is


def _new_nonce() -> str:
    return secrets.token_hex(4)


class ConversationService:
    """Channel-neutral intake; wire it once with the ports, call `handle` per message."""

    def __init__(
        self,
        *,
        store: ConversationStore,
        sink: IdeaSink,
        duplicates: DuplicateFinder,
        extractor: Extractor | None = None,
        default_lang: Lang = "en",
        nonce_factory: Callable[[], str] = _new_nonce,
    ) -> None:
        self.store = store
        self.sink = sink
        self.duplicates = duplicates
        self.extractor: Extractor = extractor or OfflineExtractor()
        self.default_lang = default_lang
        self.new_nonce = nonce_factory
        self.filing = Filing(sink, duplicates, nonce_factory)
        self._locks: dict[tuple[str, str, str], threading.Lock] = {}
        self._locks_guard = threading.Lock()

    def handle(self, inbound: Inbound) -> list[Reply]:
        """Answer one message or click; never raises (errors become a polite reply).

        The state is only written after the turn succeeded, so a failing port leaves the
        conversation where it was (the draft id is checkpointed before filing, see `Filing`).
        Turns of one conversation run one at a time, so a double click files once.
        """
        with self._turn_lock(inbound):
            return self._handle(inbound)

    def _turn_lock(self, inbound: Inbound) -> threading.Lock:
        key = (inbound.channel, inbound.user_id, inbound.conversation)
        with self._locks_guard:
            lock = self._locks.get(key)
            if lock is None:
                if len(self._locks) > 10_000:  # forget idle conversations; a held lock stays referenced
                    self._locks = {k: v for k, v in self._locks.items() if v.locked()}
                lock = self._locks[key] = threading.Lock()
            return lock

    def _handle(self, inbound: Inbound) -> list[Reply]:
        try:
            state = self._load(inbound)
        except Exception:  # noqa: BLE001 - a chat must always get an answer
            log.exception("could not load conversation state for %s/%s", inbound.channel, inbound.user_id)
            return [Reply(t("err_internal", inbound.lang_hint or self.default_lang))]
        try:
            replies = self._dispatch(inbound, state)
            self._save(inbound, state)
        except Exception:  # noqa: BLE001
            log.exception("intake failed for %s/%s", inbound.channel, inbound.user_id)
            return [Reply(t("err_internal", state.lang)), *self._resume_saved(inbound)]
        return replies

    def _resume_saved(self, inbound: Inbound) -> list[Reply]:
        """After a failure: where the last saved state stands (nothing half-done is shown)."""
        try:
            return self._resume(self._load(inbound))
        except Exception:  # noqa: BLE001
            log.exception("could not resume after a failure")
            return []

    def _save(self, inbound: Inbound, state: State) -> None:
        self.store.save(inbound.channel, inbound.user_id, inbound.conversation, state.to_dict())

    def _load(self, inbound: Inbound) -> State:
        data = self.store.load(inbound.channel, inbound.user_id, inbound.conversation)
        if data:
            state = State.from_dict(data, nonce=self.new_nonce())
        else:
            lang = inbound.lang_hint or guess_short(inbound.text) or self.default_lang
            state = State(nonce=self.new_nonce(), lang=lang)
        if inbound.display_name:
            state.display_name = inbound.display_name
        return state

    # -- dispatch ---------------------------------------------------------------------------

    def _dispatch(self, inbound: Inbound, state: State) -> list[Reply]:
        if inbound.button is not None:
            command = parse_button(inbound.button, state.nonce)
            if command is None:
                return [Reply(t("err_stale", state.lang)), *self._resume(state)]
            return self._command(command, state, inbound)
        if len(inbound.text or "") > MAX_CHARS:
            return [Reply(t("err_too_long", state.lang, max=MAX_CHARS)), *self._resume(state)]
        cleaned = clean(inbound.text)
        notes = [Reply(t("err_markup", state.lang))] if cleaned.had_markup else []
        if cleaned.problem == "empty":
            return [*notes, Reply(t("err_empty", state.lang)), *self._resume(state, fallback=True)]
        if cleaned.problem == "emoji_only":
            return [Reply(t("err_emoji", state.lang)), *self._resume(state, fallback=True)]
        lang = detect(cleaned.text, default=state.lang)
        if lang == "other":
            return [Reply(t("err_language", state.lang))]
        state.lang = lang
        command = parse_text(cleaned.text, state.step)
        if command is not None:
            return [*notes, *self._command(command, state, inbound)]
        return [*notes, *self._content(cleaned.text, state)]

    def _content(self, text: str, state: State) -> list[Reply]:
        """Free text: a new idea, an answer, or something to say at the summary."""
        if state.step == "idle":
            state.step, state.asked, state.questions, state.retries = "collect", None, 0, 0
        if state.step in ("collect", "edit"):
            return self._answer(text, state)
        if state.step == "edit_pick":
            field = field_named(text)
            return [self._start_edit(state, field)] if field else [cards.edit_pick(state, unknown=text)]
        if state.step == "duplicates":
            return [cards.duplicates(state)]
        added = self.extractor.extract(text, lang=state.lang, draft=state.draft, asked=None)
        if added != state.draft:  # more detail typed at the summary: take it and show the card again
            state.draft = added
            return [Reply(t("summary_updated", state.lang)), cards.summary(state)]
        return [Reply(t("summary_pick", state.lang)), cards.summary(state)]

    def _answer(self, text: str, state: State) -> list[Reply]:
        asked = state.asked
        before = state.draft
        state.draft = self.extractor.extract(text, lang=state.lang, draft=before, asked=asked)
        if asked and state.draft == before:
            if state.step == "edit" and asked == "personal_data" and state.retries < MAX_RETRIES:
                state.retries += 1
                return [cards.question(state, asked, again=True)]
            if state.step == "edit" or state.retries >= MAX_RETRIES:
                state.draft = self._force(state, asked, text)
        return self._next(state, text)

    def _force(self, state: State, field: str, text: str) -> IdeaDraft:
        """Take an answer as it is: an explicit edit, or a question already repeated twice."""
        value: object = True if field == "personal_data" else text[:500]
        return state.draft.merged(**{field: value})

    def _next(self, state: State, text: str = "") -> list[Reply]:
        """Ask for the next missing field, or show the summary."""
        field = next_question(state.draft)
        if field is None:
            state.step, state.asked, state.retries = "summary", None, 0
            return [cards.summary(state)]
        first = state.questions == 0 and not cards.has_content(state.draft)
        again = self._mark_asked(state, field)
        state.step = "collect"
        if first:
            # Nothing usable yet: greet a "hi", coax a vague "I have an AI idea".
            return [
                Reply(t("welcome", state.lang))
                if len(text.split()) < 3
                else cards.question(state, field, again=True)
            ]
        return [cards.question(state, field, again=again)]

    def _mark_asked(self, state: State, field: str) -> bool:
        """Count a question; True when it repeats the previous one."""
        again = field == state.asked and state.step == "collect"
        state.retries = state.retries + 1 if again else 0
        state.asked = field
        state.questions += 1
        return again

    def _resume(self, state: State, *, fallback: bool = False) -> list[Reply]:
        """Repeat where we are (after help, status or an error) without counting a question."""
        if state.step in ("collect", "edit") and state.asked:
            if state.step == "edit":
                return [Reply(t("edit_ask", state.lang, field=label(state.asked, state.lang)))]
            return [cards.question(state, state.asked)]
        if state.step == "summary":
            return [cards.summary(state)]
        if state.step == "duplicates":
            return [cards.duplicates(state)]
        if state.step == "edit_pick":
            return [cards.edit_pick(state)]
        return [Reply(t("welcome", state.lang))] if fallback else []

    # -- commands ---------------------------------------------------------------------------

    def _command(self, command: Command, state: State, inbound: Inbound) -> list[Reply]:
        name = command.name
        if name == "help":
            return [Reply(t("help", state.lang)), *self._resume(state)]
        if name == "status":
            ideas = self.sink.my_ideas(inbound.channel, inbound.user_id)
            return [cards.status_list(ideas, state.lang), *self._resume(state)]
        if name == "reply" and command.arg:
            number, _, answer = command.arg.partition("|")
            outcome = self.sink.answer_back(int(number), answer[:4000], channel=inbound.channel,
                                            user_id=inbound.user_id)
            return [Reply(t(f"reply_{outcome}", state.lang, id=number), idea_id=int(number)), *self._resume(state)]
        if name == "cancel":
            return [self.filing.cancel(state, inbound)]
        if name == "restart":
            return [self.filing.restart(state, inbound)]
        if name in ("edit", "field"):
            return [self._edit(state, command.arg)]
        if name == "answer" and state.step in ("collect", "edit") and state.asked == "personal_data":
            state.draft = state.draft.merged(personal_data=command.arg != "no")
            return self._next(state)
        if name == "confirm" and state.step == "summary":
            return [self.filing.confirm(state, inbound, checkpoint=lambda: self._save(inbound, state))]
        if name == "file" and state.step == "duplicates":
            return [self.filing.file(state, inbound)]
        if name == "merge" and state.step == "duplicates" and command.arg and command.arg.isdigit():
            return [self.filing.merge(state, inbound, int(command.arg))]
        return [Reply(t("err_stale", state.lang)), *self._resume(state)]

    def _edit(self, state: State, name: str | None) -> Reply:
        if state.step == "idle":
            return Reply(t("welcome", state.lang))
        field = field_named(name) if name else None
        if field is None:
            state.step = "edit_pick"
            return cards.edit_pick(state, unknown=name)
        return self._start_edit(state, field)

    def _start_edit(self, state: State, field: str) -> Reply:
        state.step, state.asked, state.retries = "edit", field, 0
        if field == "personal_data":
            return cards.question(state, field)
        return Reply(t("edit_ask", state.lang, field=label(field, state.lang)))
