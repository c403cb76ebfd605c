"""Does an idea touch personal data?  Phrases and yes/no answers in DE and EN.

Personal data decides DPIA and risk steps later, so the flag is only set from explicit words
("keine personenbezogenen Daten", "customer names") or clearly personal data kinds; when a user
is unsure we record yes and let the reviewer check.
"""

from __future__ import annotations

import re

from intake.vocab import DATA_KINDS, Term

# People-related words that make data personal even when the data kind alone does not.
PERSONAL_HINTS = re.compile(
    r"\b(employees?|staff|workers|pickers|people|persons?|person|customers?|patients?|applicants?|"
    r"travell?ers?|students?|members?|callers?|names?|faces?|facial|emotions?|biometric\w*|"
    r"mitarbeit\w*|personen|kunden|kundin\w*|patient\w*|bewerber\w*|reisende\w*|studierende\w*|"
    r"mitglieder\w*|anrufer\w*|namen|gesicht\w*|emotion\w*|biometri\w*|mieter\w*|contact (persons?|details)|"
    r"ansprechpartner\w*|kontaktdaten|adress\w*|address\w*|e-mail-adressen|phone numbers|telefonnummern)\b",
    re.IGNORECASE,
)
NO_PERSONAL = re.compile(
    r"\b(no|without|not any|zero) (personal|personally identifiable|pii)\b|\bno pii\b|"
    r"\bnothing per person\b|\banonymi[sz]ed\b|\banonymous\b|\baggregate(d)? (numbers|data) only\b|"
    r"\b(keine|ohne|nicht) (personenbezogenen?|persönlichen?|personen)\w*|\bohne personenbezug\w*|"
    r"\bkein personenbezug\w*|\banonym\w*|\bno (customer|employee) data\b|\bkeine (kunden|mitarbeiter)daten\b|"
    r"\bnur aggregiert\w*|\bno names\b|\bkeine namen\b",
    re.IGNORECASE,
)
YES_PERSONAL = re.compile(
    r"\b(personal data|personally identifiable|pii)\b|\bpersonenbezogen\w*\b|\bpersönliche daten\b",
    re.IGNORECASE,
)

YES = re.compile(
    r"^\s*(yes|yeah|yep|y|sure|true|of course|correct|ja|jo|jawohl|klar|genau|sicher|"
    r"doch|natürlich|stimmt)\b",
    re.IGNORECASE,
)
NO = re.compile(
    r"^\s*(no|nope|n|none|never|false|not really|nein|nee|keine?|nicht|niemals|nö)\b", re.IGNORECASE
)
UNSURE = re.compile(
    r"\b(not sure|unsure|don'?t know|no idea|maybe|unclear|weiß nicht|weiss nicht|"
    r"keine ahnung|unklar|vielleicht|eventuell|unsicher)\b",
    re.IGNORECASE,
)


def yes_no(text: str) -> bool | None:
    """Normalise an answer to "does it use personal data?"."""
    if NO_PERSONAL.search(text) or NO.search(text):
        return False
    if YES.search(text) or UNSURE.search(text) or YES_PERSONAL.search(text):
        return True  # when unsure we assume yes; the reviewer checks it
    return from_text(text, [k for k in DATA_KINDS if k.pattern.search(text)])


def from_text(text: str, kinds: list[Term]) -> bool | None:
    """Personal data or not, from explicit phrases first, then from the data kinds named."""
    if NO_PERSONAL.search(text):
        return False
    if YES_PERSONAL.search(text) or any(k.personal for k in kinds):
        return True
    if kinds and PERSONAL_HINTS.search(text):
        return True
    if kinds and all(k.personal is False for k in kinds):
        return False
    return None
