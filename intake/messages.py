"""Channel-neutral messages between an adapter (Slack, Teams, web, CLI) and the intake service.

Adapters translate platform payloads into `Inbound` and render `Reply` objects; nothing here
knows which channel it is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["de", "en"]


@dataclass(frozen=True)
class Inbound:
    """One thing a user said or clicked."""

    channel: str  # "web" | "cli" | "slack" | "teams"
    user_id: str
    text: str = ""
    conversation: str = "default"  # thread / DM / browser session within the channel
    button: str | None = None  # value of a pressed quick reply or card button
    lang_hint: Lang | None = None
    display_name: str | None = None


@dataclass(frozen=True)
class Choice:
    label: str
    value: str


@dataclass(frozen=True)
class SummaryCard:
    """The idea as understood so far, offered for confirm / edit / cancel."""

    title: str
    fields: list[tuple[str, str]]  # (localised label, value) in display order
    choices: list[Choice]


@dataclass(frozen=True)
class Reply:
    text: str
    choices: list[Choice] = field(default_factory=list)
    card: SummaryCard | None = None
    idea_id: int | None = None  # set when the reply is about a filed idea
