"""What every Slack listener shares: the container, the Web API, and the intake round trip.

`turn` and `send` are the whole adapter contract: a Slack message or click becomes an `Inbound`,
the intake service answers, and the neutral replies go back as Block Kit (`bot.slack.inbox` runs
them for each stored event). Messages of one conversation are handled one at a time (a
per-conversation lock) so two quick messages never overwrite each other's state; a reply Slack
refuses is kept in the outbox and delivered later.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlmodel import Session, select

from bot.slack.api import SlackApi
from bot.slack.blocks import render
from core.wiring import Container
from intake.messages import Inbound, Reply
from portfolio import notifications
from portfolio.models import Submitter

log = logging.getLogger(__name__)

CHANNEL = "slack"
DM = "dm"  # conversation key of a user's direct messages with the bot


F = TypeVar("F", bound=Callable[..., Any])


class AckGate:
    """Lets work after the ack give way to requests still waiting for theirs.

    Intake turns are CPU work under one GIL; started in the middle of a burst they slow every ack
    still to come. Work waits until no request has been dispatched for `quiet` seconds (at most
    `max_wait`), so a burst of 50 events is acked first and answered right after.
    """

    def __init__(self, *, quiet: float = 0.05, max_wait: float = 0.5) -> None:
        self.quiet, self.max_wait = quiet, max_wait
        self._inflight = 0
        self._last = 0.0
        self._changed = threading.Condition()

    @contextmanager
    def request(self) -> Iterator[None]:
        with self._changed:
            self._inflight += 1
        try:
            yield
        finally:
            with self._changed:
                self._inflight -= 1
                self._last = time.monotonic()
                self._changed.notify_all()

    def wait_quiet(self) -> None:
        deadline = time.monotonic() + self.max_wait
        with self._changed:
            while (now := time.monotonic()) < deadline:
                if self._inflight == 0 and now - self._last >= self.quiet:
                    return
                self._changed.wait(min(deadline - now, self.quiet))


class StripedLocks:
    """A fixed set of locks picked by key: bounded memory, one conversation handled at a time."""

    def __init__(self, stripes: int = 64) -> None:
        self._locks = [threading.Lock() for _ in range(stripes)]

    @contextmanager
    def hold(self, key: str) -> Iterator[None]:
        lock = self._locks[zlib.crc32(key.encode()) % len(self._locks)]
        with lock:
            yield


def conversation_key(channel: str, thread_ts: str | None) -> str:
    """Direct messages are one conversation per user; in channels each thread is its own."""
    if channel.startswith("D") or not thread_ts:
        return DM
    return f"{channel}:{thread_ts}"


@dataclass
class SlackDeps:
    container: Container
    api: SlackApi
    locks: StripedLocks = field(default_factory=StripedLocks)
    gate: AckGate = field(default_factory=AckGate)

    def after_ack(self, func: F) -> F:
        """Wrap a lazy listener: it gives way to pending acks, and a failure is logged with its traceback
        (there is nobody to answer to; bolt would log one line). `functools.wraps` keeps the argument names
        bolt injects by."""

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.gate.wait_quiet()
            try:
                return func(*args, **kwargs)
            except Exception:  # noqa: BLE001 - logged here; the request was acked already
                log.exception("Slack work after the ack failed in %s", func.__name__)
                return None

        return wrapper  # type: ignore[return-value]

    def turn(self, *, user: str, conversation: str, text: str = "", button: str | None = None,
             display_name: str | None = None) -> list[Reply]:
        """One intake turn (the caller holds `locks.hold(f"{user}/{conversation}")` and posts the replies)."""
        return self.container.intake.handle(Inbound(channel=CHANNEL, user_id=user, text=text,
                                                    conversation=conversation, button=button,
                                                    display_name=display_name))

    def send(self, *, user: str, post_to: str, thread_ts: str | None, replies: list[Reply]) -> None:
        for reply in replies:
            result = self.api.call("chat.postMessage", channel=post_to, thread_ts=thread_ts, text=reply.text[:3000],
                                   blocks=render(reply), unfurl_links=False)
            if not result.ok:
                self.keep_for_later(user=user, reply=reply)

    def keep_for_later(self, *, user: str, reply: Reply) -> None:
        """Slack refused the reply: put it in the outbox as a DM so `SlackNotifier` delivers it later."""
        with Session(self.container.engine) as session:
            notifications.notify(session, channel=CHANNEL, user_id=user, kind="reply", text=reply.text,
                                 idea_id=reply.idea_id)
            session.commit()
        log.warning("reply to slack:%s queued in the outbox for a later delivery", user)

    def active(self, *, user: str, conversation: str) -> bool:
        """Whether the user is in the middle of an intake in this conversation (a thread we follow)."""
        state = self.container.intake.store.load(CHANNEL, user, conversation) or {}
        return state.get("step", "idle") != "idle"

    def language(self, user: str) -> str:
        """The language we last talked with this user in ("en" for strangers)."""
        with Session(self.container.engine) as session:
            found = session.exec(select(Submitter).where(Submitter.channel == CHANNEL,
                                                         Submitter.channel_user_id == user)).first()
            return found.language if found is not None else "en"
