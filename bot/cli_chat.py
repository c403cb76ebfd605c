"""`aipmo chat`: the intake conversation in a terminal, interactive or driven by piped stdin.

A line that is a choice number from the last replies, or a choice label, presses that button;
anything else is sent as text. Triage runs right after filing, so the result shows up here too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlmodel import Session

from core.wiring import Container
from intake.messages import Choice, Inbound, Lang, Reply
from portfolio import notifications

HINTS: dict[str, Lang] = {"de": "de", "en": "en"}


def render(reply: Reply) -> tuple[str, list[Choice]]:
    """Plain text of a reply and the choices it offers, numbered in the text."""
    lines = [reply.text] if reply.text else []
    choices: list[Choice] = []
    if reply.card is not None:
        lines.append(f"── {reply.card.title} ──")
        lines += [f"  {label}: {value}" for label, value in reply.card.fields]
        choices += reply.card.choices
    choices += reply.choices
    if choices:
        lines.append("  " + "  ".join(f"[{n}] {c.label}" for n, c in enumerate(choices, 1)))
    return "\n".join(lines), choices


def pick(line: str, choices: list[Choice]) -> str | None:
    """The button value a typed line stands for, if any."""
    text = line.strip()
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1].value
    for choice in choices:
        if text.lower() == choice.label.lower():
            return choice.value
    return None


def run_chat(container: Container, *, user: str, lang: str | None, lines: Iterable[str],
             write: Callable[[str], None], prompt: Callable[[], None] = lambda: None) -> None:
    """Drive one terminal conversation until the input ends."""
    service = container.intake
    choices: list[Choice] = []
    prompt()
    for raw in lines:
        line = raw.rstrip("\n")
        button = pick(line, choices)
        inbound = Inbound(channel="cli", user_id=user, conversation="terminal", text="" if button else line,
                          button=button, lang_hint=HINTS.get(lang or ""), display_name=user)
        choices = []
        for reply in service.handle(inbound):
            text, offered = render(reply)
            write(text)
            choices += offered
        container.worker.drain()
        with Session(container.engine, expire_on_commit=False) as session:
            notes = notifications.pending(session, channel="cli", user_id=user)
            notifications.mark_delivered(session, notifications=notes)
            session.commit()
        for note in notes:
            write(note.text)
        prompt()
