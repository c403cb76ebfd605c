"""Clean what a user typed before anything reads or echoes it.

Every channel renders our text differently (Block Kit, Adaptive Cards, HTML, a terminal), so
the service never passes markup through: tags are stripped, script/style bodies dropped and
entities decoded once.  Length and emoji-only checks live here so the conversation can answer
them in one place.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

MAX_CHARS = 4000

_SCRIPT = re.compile(r"<\s*(script|style)\b[^>]*>.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z!/][^<>]*>")
_LEFTOVER = re.compile(r"[<>]")
_SPACE = re.compile(r"[ \t\r\f\v]+")


@dataclass(frozen=True)
class Cleaned:
    """The cleaned text and what was wrong with the raw input."""

    text: str
    problem: str | None = None  # "empty" | "too_long" | "emoji_only"
    had_markup: bool = False


def strip_markup(text: str) -> str:
    """Plain text without tags, script bodies or angle brackets (safe to echo anywhere)."""
    text = _SCRIPT.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _SCRIPT.sub(" ", text)  # entities may have hidden a second layer
    text = _TAG.sub(" ", text)
    text = _LEFTOVER.sub("", text)
    lines = [_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _has_letters_or_digits(text: str) -> bool:
    return any(unicodedata.category(ch)[0] in ("L", "N") for ch in text)


def clean(raw: str) -> Cleaned:
    """Strip markup and classify the input; the conversation decides how to answer."""
    raw = raw or ""
    if len(raw) > MAX_CHARS:
        return Cleaned(text="", problem="too_long")
    text = strip_markup(raw)
    had_markup = bool(_TAG.search(raw) or _SCRIPT.search(raw) or "&lt;" in raw.lower())
    if not text.strip():
        return Cleaned(text="", problem="empty", had_markup=had_markup)
    if not _has_letters_or_digits(text):
        return Cleaned(text="", problem="emoji_only", had_markup=had_markup)
    return Cleaned(text=text.strip(), had_markup=had_markup)
