"""Cut free text into clauses, find the benefit clause and derive a short title.

Shared by the extractor and the conversation: a title must be a few words, never the whole
message, and the "so that …"/"damit …" part of a sentence is the benefit, not the solution.
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_BENEFIT_START = re.compile(
    r"(?:,\s*|\s)(?=(?:so that|so (?:\w+ ){0,3}(?:can|could|will|would|don'?t|no longer|have|get|need)\b|"
    r"in order to|to save|saving|which saves?|damit(?!,)|sodass|so dass|um (?:\w+ ){0,6}zu\b|"
    r"das spart|spart|would save|could save|to reduce|to cut))",
    re.IGNORECASE,
)
_BENEFIT_SENTENCE = re.compile(
    r"\b(saves?|saving|spar\w*|faster|schneller|less|fewer|weniger|reduc\w+|verringer\w*|increase\w*|"
    r"improv\w+|verbesser\w*|steiger\w*|more (revenue|sales)|mehr umsatz|quality|qualität|"
    r"benefit|nutzen|efficien\w+|effizien\w+)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:(?:and|und|also|auch|well|so|also|ok|okay|hmm|i think|ich denke|maybe|vielleicht|"
    r"for|für|fuer|the|our|unsere[nmrs]?|unser|die|der|das|den|we'?d|we|wir|it'?s|es ist|it is|"
    r"that|dass|that'?s|idea|idee|what if we|what if|wie wäre es|have an? ai|let an? (?:ai|model)|"
    r"we want to|like to|wir wollen|ich möchte|möchten|"
    r"ich würde gerne|wir würden gerne|wir hätten gerne|gerne|per ki|mit ki|"
    r"an? (?:ai|ki)|eine? ki|an?|eine?|die ki|the ai|ai|ki|should|could|would|can|soll|sollte|könnte|"
    r"würde|kann)"
    r"\b[\s:,-]*)+",
    re.IGNORECASE,
)
_CUT = re.compile(
    r",|;|\(|\s[-–]\s|\b(?:that|which|who|whose|where|so that|to help|damit|sodass|"
    r"weil|because|since|when|wenn|before|bevor|after|nachdem)\b",
    re.IGNORECASE,
)
_TRAIL = re.compile(
    r"(?:\s+(?:for|and|or|of|to|the|a|an|with|in|on|at|by|from|into|what|whose|their|"
    r"für|und|oder|mit|von|im|in|zu|zum|zur|nach|aus|über|den|dem|der|die|das|ein|eine|"
    r"einen|per|our|unsere|ihre|seine))+$",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"\b(hi|hello|hey|hallo|moin|servus|i|ich|have|habe|hab|an|a|ein|eine|idea|idee|ideas|ideen|"
    r"about|über|for|für|with|mit|ai|ki|genai|some|something|etwas|thing|sache|using|nutzen|use|"
    r"the|das|die|der|we|wir|could|könnten|should|sollten|do|machen|tun|maybe|vielleicht|in|im|"
    r"our|unsere[nmrs]?|there|es|gibt|is|ist|my|meine|new|neue)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


def clauses(text: str) -> list[str]:
    """Sentences of the text, stripped; a ';' also ends one."""
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


def benefit_clause(text: str) -> str:
    """The part that says what the idea is good for ("so reps can …", "damit …"), if any."""
    for sentence in clauses(text):
        m = _BENEFIT_START.search(sentence)
        if m:
            return sentence[m.end() :].strip().rstrip(".!")
    for sentence in clauses(text):
        if _BENEFIT_SENTENCE.search(sentence):
            return sentence.rstrip(".!")
    return ""


def strip_lead(text: str) -> str:
    """Drop filler words at the start of an answer ("for the …", "we want to …")."""
    stripped = _LEAD.sub("", text.strip()).strip(" .!:,-")
    return stripped[:1].upper() + stripped[1:] if stripped else text.strip(" .!")


def derive_title(text: str, *, max_words: int = 8) -> str:
    """A title of a few words from the first sentence of a description."""
    first = strip_lead(clauses(text)[0]) if clauses(text) else text
    prefix = ""
    head, sep, rest = first.partition(":")
    if sep and len(head.split()) <= 3 and rest.strip():
        prefix, first = head.strip(), rest.strip()
    elif sep and len(head.split()) <= max_words:
        first = head
    body = strip_lead(first)
    m = _CUT.search(body, 12)
    if m:
        body = body[: m.start()]
    words = body.split()[: max_words - len(prefix.split())]
    body = _TRAIL.sub("", " ".join(words)).strip(" .,:;-?!")
    body = body[:1].upper() + body[1:]
    title = f"{prefix}: {body}" if prefix and body else (prefix or body)
    if len(title) > 80:
        title = title[:80].rsplit(" ", 1)[0]
    return title


def is_vague(text: str) -> bool:
    """True for "I have an idea about AI" and the like: too little to describe an idea."""
    content = [w for w in _WORD.findall(_FILLER.sub(" ", text))]
    return len(content) < 3
