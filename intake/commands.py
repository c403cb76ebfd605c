"""Recognise commands in typed text and decode button values.

Commands work at every step and in both languages, whatever language the conversation is in;
button values carry the conversation nonce so a click on an old card is noticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.fields import FIELD_ALIASES

_HELP = {"help", "hilfe", "?", "commands", "befehle"}
_CANCEL = {"cancel", "abbrechen", "abbruch", "stop", "stopp", "quit"}
_RESTART = {"restart", "neu", "new", "neustart", "start over", "von vorne", "neue idee", "new idea"}
_STATUS = {"status", "my ideas", "meine ideen", "ideas", "ideen"}
_CONFIRM = {
    "confirm",
    "submit",
    "yes",
    "y",
    "ok",
    "okay",
    "send",
    "bestätigen",
    "einreichen",
    "ja",
    "passt",
    "absenden",
    "yes submit",
    "ja einreichen",
    "looks good",
    "sieht gut aus",
}
_FILE_ANYWAY = {
    "file anyway",
    "submit anyway",
    "anyway",
    "trotzdem",
    "trotzdem einreichen",
    "new idea anyway",
}
_EDIT = re.compile(r"^(?:edit|change|ändern|aendern|bearbeiten|korrigieren)(?:\s+(.+))?$")
_MERGE = re.compile(
    r"^(?:add to|merge into|merge|zu|hinzufügen zu|zusammenführen mit)?\s*#?\s*(\d+)"
    r"(?:\s+hinzufügen)?$"
)


_REPLY = re.compile(
    r"^(?:reply|answer|antwort|antworten|ergänzen|ergaenzen)\s+#\s*(\d+)\s*[:,-]?\s+(.+)$", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True)
class Command:
    name: str  # help | cancel | restart | status | edit | confirm | file | merge | field | answer | reply
    arg: str | None = None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().strip(".!?,;:'\"")).strip()


def field_named(name: str) -> str | None:
    """The field for a DE/EN name such as "abteilung" or "personal data"."""
    return FIELD_ALIASES.get(_norm(name).replace("_", " ")) or FIELD_ALIASES.get(_norm(name))


def parse_text(text: str, step: str) -> Command | None:
    """A command typed as text, or None when the text is content."""
    reply = _REPLY.match(text.strip())
    if reply:  # an answer to a reviewer's question about a filed idea: "reply #12 <answer>"
        return Command("reply", f"{reply.group(1)}|{reply.group(2).strip()}")
    norm = _norm(text)
    if norm in _HELP:
        return Command("help")
    if norm in _CANCEL:
        return Command("cancel")
    if norm in _RESTART:
        return Command("restart")
    if norm in _STATUS:
        return Command("status")
    m = _EDIT.match(norm)
    if m and (
        m.group(1) is None
        or field_named(m.group(1))
        or (norm.split()[0] in ("edit", "ändern", "aendern") and len(m.group(1).split()) <= 3)
    ):
        return Command("edit", m.group(1))
    if step == "summary" and norm in _CONFIRM:
        return Command("confirm")
    if step == "duplicates":
        if norm in _FILE_ANYWAY:
            return Command("file")
        m = _MERGE.match(norm)
        if m:
            return Command("merge", m.group(1))
    return None


def button_value(nonce: str, action: str, arg: str | None = None) -> str:
    return f"{nonce}|{action}" + (f"|{arg}" if arg is not None else "")


def parse_button(value: str, nonce: str) -> Command | None:
    """The command behind a button, or None when it is from another conversation or malformed."""
    parts = value.split("|")
    if len(parts) not in (2, 3) or parts[0] != nonce:
        return None
    action = parts[1]
    if action not in {"confirm", "edit", "cancel", "file", "merge", "field", "answer"}:
        return None
    return Command(action, parts[2] if len(parts) == 3 else None)
