"""PII redaction before text leaves the machine (`AIPMO_REDACT_PII=true`), and the way back.

The stored record keeps the original; only the copy sent to the endpoint carries placeholders such
as `[EMAIL_1]`. The same value always gets the same placeholder, so the model can still refer to it,
and `Redaction.restore` puts the originals back into whatever the model wrote. Detection is patterns
plus small offline heuristics for names (honorifics, cue words, common first names) — it errs on the
side of redacting a capitalised word too many rather than sending a colleague's name out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_LOW = r"[a-zäöüßéèáàíóúñç]+"
_UP = rf"[A-ZÄÖÜ](?:{_LOW}|'[A-ZÄÖÜ]{_LOW})(?:[A-ZÄÖÜ]{_LOW})?(?:-[A-ZÄÖÜ]{_LOW})?"  # Weber, O'Neil, McKay, Lü-Ma
_NAME = rf"{_UP}(?:\s+(?:von\s+|van\s+|de\s+)?{_UP})?"

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)\d{1,3}[\s./-]?(?:\(0\)\s?)?\d(?:[\s./-]?\d){5,13}\b"
    r"|(?<![\w+])\(?0\d{2,5}\)?[\s./-]?\d(?:[\s./-]?\d){4,10}\b"
)
HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herrn?|Frau)\.?\s+(?:Dr\.?\s+)?({_NAME})")
CUE = re.compile(
    rf"\b(?:colleague|contact|manager|boss|team lead|ask|cc|named|called|by|from|with|"
    rf"Kollegen?|Kollegin|Ansprechpartner(?:in)?|Chef(?:in)?|Teamleiter(?:in)?|namens|von|mit|bei)"
    rf"[:,]?\s+({_NAME})"
)
FIRST_NAMES = frozenset(
    "Anna Andrea Alexander Andreas Barbara Ben Carla Christian Claudia Daniel David Elena Emma Eva Felix "
    "Frank Hannah Jan Jana Jens Johannes John Jonas Julia Katharina Klaus Laura Lena Lisa Lukas Maria Marie "
    "Mark Markus Martin Max Michael Monika Nina Oliver Paul Peter Petra Ralf Sabine Sandra Sarah Sebastian "
    "Sophie Stefan Stephan Susanne Thomas Tim Tobias Uwe Wolfgang James Robert Mary Jennifer Linda "
    "Patricia Elizabeth William Richard Joseph Charles Emily Olivia Jessica Kevin Brian".split()
)
FIRST_NAME = re.compile(rf"\b(?:{'|'.join(sorted(FIRST_NAMES))})\b(?:\s+{_UP})?")
# Capitalised words a cue may precede that are not names (German capitalises every noun).
NOT_NAMES = frozenset(
    "The A An Our We It This That AI KI Der Die Das Den Dem Des Ein Eine Einer Einem Unsere Unserem Unserer "
    "Hilfe Kunden Mitarbeitern Daten Excel Sap Slack Teams Outlook Jira Python Chatgpt Copilot Openai "
    "Montag Dienstag Mittwoch Donnerstag Freitag Monday Tuesday Wednesday Thursday Friday".split()
)


@dataclass
class Redaction:
    """The redacted text and the placeholder → original map to undo it."""

    text: str
    mapping: dict[str, str] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.mapping)

    def restore(self, value: Any) -> Any:
        """Originals back in every string of a (nested) JSON-like value."""
        if not self.mapping:
            return value
        if isinstance(value, str):
            for placeholder, original in self.mapping.items():
                value = value.replace(placeholder, original)
            return value
        if isinstance(value, list):
            return [self.restore(v) for v in value]
        if isinstance(value, dict):
            return {k: self.restore(v) for k, v in value.items()}
        return value


class Redactor:
    """Replaces e-mail addresses, IBANs, phone numbers and person names with numbered placeholders."""

    def __init__(self, extra_names: tuple[str, ...] = ()) -> None:
        self.extra_names = tuple(n for n in extra_names if n.strip())

    def redact(self, text: str, *, into: Redaction | None = None) -> Redaction:
        """Placeholders for every PII hit; `into` continues an earlier redaction (same numbering)."""
        found: dict[str, str] = {original: ph for ph, original in (into.mapping if into else {}).items()}
        counters: dict[str, int] = {}
        for placeholder in found.values():
            kind = placeholder[1:].rsplit("_", 1)[0]
            counters[kind] = counters.get(kind, 0) + 1

        def sub(
            kind: str,
            pattern: re.Pattern[str],
            text: str,
            group: int = 0,
            keep: Callable[[str], bool] = lambda _: True,
        ) -> str:
            def replace(m: re.Match[str]) -> str:
                value = m.group(group)
                if not keep(value):
                    return m.group(0)
                if value not in found:
                    counters[kind] = counters.get(kind, 0) + 1
                    found[value] = f"[{kind}_{counters[kind]}]"
                start, end = m.start(group) - m.start(0), m.end(group) - m.start(0)
                whole = m.group(0)
                return whole[:start] + found[value] + whole[end:]

            return pattern.sub(replace, text)

        text = sub("EMAIL", EMAIL, text)
        text = sub("IBAN", IBAN, text)
        text = sub("PHONE", PHONE, text, keep=lambda v: sum(ch.isdigit() for ch in v) >= 7)
        for name in self.extra_names:
            text = sub("PERSON", re.compile(rf"\b{re.escape(name)}\b"), text)
        text = sub("PERSON", HONORIFIC, text, group=1)
        text = sub("PERSON", CUE, text, group=1, keep=_looks_like_name)
        text = sub("PERSON", FIRST_NAME, text)
        mapping = {placeholder: original for original, placeholder in found.items()}
        if into is not None:
            into.mapping = mapping
        return Redaction(text, mapping)


def _looks_like_name(value: str) -> bool:
    words = value.split()
    if words[0] in NOT_NAMES:
        return False
    # A lone capitalised word after "von"/"mit" is usually a German noun; a first name or two words is a name.
    return words[0] in FIRST_NAMES or (len(words) >= 2 and words[-1] not in NOT_NAMES)
