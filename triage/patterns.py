"""Text helpers for the offline rules: normalising, negation masking, language guess, concepts.

Rules match *concepts* (a stem list per idea such as "emotion" or "workplace"), never whole
example sentences, so they generalise to ideas nobody has written yet. Negated phrases
("no scores are stored", "keine Bewertung") are masked before matching so a denial does not
trigger the very rule it denies; so is a German clause whose negation comes last ("Über Zulassungen
entscheidet er nicht").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NEGATION = re.compile(
    r"\b(?:no|not|never|without|nothing|none|neither|nor|don't|doesn't|won't|isn't|kein\w*|nicht|ohne|"
    r"niemals|"
    r"weder|noch nie)\b((?:[\s,]+[\w'-]+){1,3})",
    re.IGNORECASE,
)
# German puts the negation last: "Über Zulassungen entscheidet er nicht." The clause before a clause-final
# "nicht" (up to six words, never across punctuation or a conjunction) is what is denied.
_CLAUSE_BREAK = r"(?:und|oder|aber|sondern|denn|doch|weil|dass|ob|wenn|als|wer|wessen|wen|wem|was)"
_VERB_FINAL_NEGATION = re.compile(
    rf"(?<![\w'-])((?:(?!{_CLAUSE_BREAK}\b)[\w'-]+ ){{1,6}})"
    r"(?:(?:aber|jedoch|auch|gar|überhaupt|ausdrücklich|bewusst|selbst|natürlich|bitte) )?"
    r"(?:nicht|nie|niemals|keinesfalls|keineswegs)(?=\s*[.,;:!?)\]\"]|\s+-|\s*$|\s+(?:und|oder|aber|sondern)\b)",
)
# A suggestion asked as a question denies nothing: "Könnten wir die Limits nicht automatisch anpassen?",
# "Why not let the AI plan the tours?". Only the main clause counts: in "..., der Daten nicht speichert?"
# the "nicht" after the comma is a real one.
_RHETORICAL = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:(?:könnten|können|könnte|sollten|sollte|sollen|wollen|müssten|würde|warum|wieso|weshalb)"
    r"\b[^.!?,;]*?\b(nicht)\b|why (not|don't)\b)[^.!?]*\?"
)
_DE_WORDS = frozenset(
    "der die das und ist nicht wir unsere unser für mit von den dem ein eine einen soll sollen kann könnte "
    "werden wird auf aus bei nach zum zur wie dass auch oder sich mitarbeiter kunden ki".split()
)
_EN_WORDS = frozenset(
    "the and is not we our for with from a an to of should could can will would be on in at by as that "
    "or this it they their employees customers ai".split()
)


def normalise(text: str) -> str:
    """Lower-case, unify quotes and dashes, collapse whitespace: one form for every matcher."""
    text = text.lower().replace("\u2019", "'").replace("\u2011", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", text).strip()


def mask_negations(text: str) -> str:
    """Blank out the 1-3 words after a negation, and the German clause before a clause-final "nicht",
    so denied cues do not count as present.
    """
    for m in reversed(list(_RHETORICAL.finditer(text))):
        start, end = m.span(1) if m.group(1) else m.span(2)
        text = text[:start] + " " * (end - start) + text[end:]
    text = _VERB_FINAL_NEGATION.sub(lambda m: " " * len(m.group(1)) + m.group(0)[len(m.group(1)) :], text)
    return _NEGATION.sub(
        lambda m: m.group(0)[: len(m.group(0)) - len(m.group(1))] + " " * len(m.group(1)), text
    )


def language(text: str) -> str:
    """`de` or `en` by counting function words and umlauts; ties go to English."""
    words = re.findall(r"[a-zäöüß]+", text.lower())
    de = sum(w in _DE_WORDS for w in words) + 2 * len(re.findall(r"[äöüß]", text.lower()))
    en = sum(w in _EN_WORDS for w in words)
    return "de" if de > en else "en"


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


@dataclass(frozen=True)
class Concept:
    """A named idea with its DE/EN surface forms; `raw` concepts are matched before masking.

    `raw` is for cues that are themselves negations ("nothing per person", "ohne Redaktion").
    """

    name: str
    pattern: re.Pattern[str]
    raw: bool = False

    def find(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)


def concept(*alternatives: str, raw: bool = False, name: str = "") -> Concept:
    """Build a concept from regex alternatives (already lower-case, may contain stems)."""
    return Concept(name, re.compile("|".join(f"(?:{a})" for a in alternatives)), raw)


@dataclass(frozen=True)
class Text:
    """One idea text prepared once for all matchers: normalised, masked, language."""

    raw: str
    masked: str
    lang: str
    words: int

    @classmethod
    def of(cls, text: str) -> Text:
        norm = normalise(text)
        return cls(raw=norm, masked=mask_negations(norm), lang=language(text), words=word_count(text))

    def find(self, c: Concept) -> re.Match[str] | None:
        return c.find(self.raw if c.raw else self.masked)

    def has(self, c: Concept) -> bool:
        return self.find(c) is not None

    def cue(self, c: Concept) -> str | None:
        """The matched surface form, widened to the whole word so a reviewer recognises it."""
        m = self.find(c)
        if m is None:
            return None
        source = self.raw if c.raw else self.masked
        start, end = m.start(), m.end()
        while start > 0 and (source[start - 1].isalnum() or source[start - 1] in "-"):
            start -= 1
        while end < len(source) and (source[end].isalnum() or source[end] in "-"):
            end += 1
        return source[start:end].strip()


def outside_denial(text: Text, needed: Concept, *denials: Concept) -> bool:
    """`needed` still occurs once an explicit denial ("entscheidet er nicht", "bewertet wird nix") is cut out."""
    rest = text.masked
    for denial in denials:
        m = text.find(denial)
        if m is not None:
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    return needed.find(rest) is not None
