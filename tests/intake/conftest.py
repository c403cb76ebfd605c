"""The `chat` fixture: drives the intake conversation as a user would, channel-neutrally."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import pytest

from intake.conversation import ConversationService
from intake.messages import Choice, Inbound, Lang, Reply


def _load_memory_ports():  # tests use --import-mode=importlib, so load the helper by path
    name = "tests_intake_memory_ports"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("memory_ports.py"))
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


memory_ports = _load_memory_ports()
_NONCES = itertools.count(1)  # readable, unique across service instances


def make_service(ports) -> ConversationService:
    """The one place a test service is built (the lead's DB tests reuse it with other ports)."""
    return ConversationService(
        store=ports.store,
        sink=ports.sink,
        duplicates=ports.duplicates,
        nonce_factory=lambda: f"n{next(_NONCES)}",
    )


class Chat:
    """One user talking to the bot; `say` and `click` return that turn's replies."""

    def __init__(
        self,
        ports,
        *,
        user_id: str = "u1",
        channel: str = "web",
        conversation: str = "default",
        lang_hint: Lang | None = None,
        service: ConversationService | None = None,
    ) -> None:
        self.ports = ports
        self.service = service or make_service(ports)
        self.user_id, self.channel, self.conversation, self.lang_hint = (
            user_id,
            channel,
            conversation,
            lang_hint,
        )
        self.replies: list[Reply] = []
        self.history: list[list[Reply]] = []

    def _send(self, text: str = "", button: str | None = None) -> list[Reply]:
        inbound = Inbound(
            channel=self.channel,
            user_id=self.user_id,
            text=text,
            conversation=self.conversation,
            button=button,
            lang_hint=self.lang_hint,
            display_name=f"User {self.user_id}",
        )
        self.replies = self.service.handle(inbound)
        self.history.append(self.replies)
        assert self.replies, "the bot must always answer"
        return self.replies

    def say(self, text: str) -> list[Reply]:
        return self._send(text)

    def click(self, action: str, arg: str | None = None) -> list[Reply]:
        """Press the button in the last replies whose value has this action (and argument)."""
        for reply in reversed(self.replies):
            for choice in self._choices(reply):
                parts = choice.value.split("|")
                if parts[1] == action and (arg is None or parts[2:] == [arg]):
                    return self._send(button=choice.value)
        raise AssertionError(
            f"no {action!r} button in {[c.value for r in self.replies for c in self._choices(r)]}"
        )

    def press(self, value: str) -> list[Reply]:
        """Send a raw button value (e.g. one kept from an older conversation)."""
        return self._send(button=value)

    @staticmethod
    def _choices(reply: Reply) -> list[Choice]:
        return [*reply.choices, *(reply.card.choices if reply.card else [])]

    def button_value(self, action: str) -> str:
        values = [c.value for r in self.replies for c in self._choices(r)]
        return next(v for v in values if v.split("|")[1] == action)

    @property
    def last(self) -> Reply:
        return self.replies[-1]

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.replies)

    @property
    def card(self):
        return next((r.card for r in self.replies if r.card is not None), None)

    @property
    def state(self) -> dict:
        return self.ports.store.load(self.channel, self.user_id, self.conversation) or {}

    def card_value(self, label: str) -> str:
        card = self.card
        assert card is not None, self.text
        return dict(card.fields)[label]

    def questions_until_summary(self, first: str, answers: list[str]) -> int:
        """Say `first`, then answer each question in turn; the number of questions asked."""
        self.say(first)
        asked = 0
        for answer in answers:
            if self.card is not None:
                return asked
            asked += 1
            self.say(answer)
        assert self.card is not None, self.text
        return asked

    def other(self, user_id: str) -> Chat:
        """Another user on the same service and ports."""
        return Chat(self.ports, user_id=user_id, channel=self.channel, service=self.service)

    def restarted(self) -> Chat:
        """The same user after the service restarted (new instance, same store)."""
        return Chat(
            self.ports,
            user_id=self.user_id,
            channel=self.channel,
            conversation=self.conversation,
            lang_hint=self.lang_hint,
            service=make_service(self.ports),
        )


@pytest.fixture
def intake_ports(container):
    """The production ports over the test database; only the duplicate finder is scripted per test."""
    from core.ports import DbConversationStore, DbIdeaSink

    return memory_ports.IntakePorts(
        store=DbConversationStore(container.engine),
        sink=DbIdeaSink(container.engine, lambda: container.idea_index),
        duplicates=memory_ports.StaticDuplicates(),
    )


def pytest_collection_modifyitems(items):
    """Every dialogue test here runs on the database, so it runs on PostgreSQL in CI too."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents and "intake_ports" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)


@pytest.fixture
def make_chat(intake_ports):
    """Build further chats on the same ports: `make_chat(user_id="u2", lang_hint="de")`."""

    def factory(**kwargs) -> Chat:
        return Chat(intake_ports, **kwargs)

    return factory


@pytest.fixture
def chat(make_chat) -> Chat:
    return make_chat()
