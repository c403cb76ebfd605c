"""Tell German from English (and notice other languages) without a model or network.

Intake answers in the user's language and follows a clear switch, but short replies such as
"ok", "ja" or "HR" say nothing about the language, so they keep the previous one.
"""

from __future__ import annotations

import re

from intake.messages import Lang

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the a an and or of to in on for with is are was be we our us it this that these those "
        "would could should can will have has not no yes from by at as so they their them you your "
        "my i me what which who when how all every each do does into than more less just only".split()
    ),
    "de": frozenset(
        "der die das den dem des ein eine einen einem einer und oder zu im in auf für mit ist sind "
        "war wir unser unsere uns es dies diese dass nicht kein keine ja nein von bei als so sie "
        "ihr ich mich was wer wie wenn alle jede jeden soll sollte könnte kann wird haben hat nur "
        "auch noch aus über zum zur vom man sich damit um mehr weniger".split()
    ),
    "fr": frozenset(
        "le la les un une des et ou de du pour avec est sont nous notre vous je il elle que qui "
        "dans sur pas ce cette ces très mais aussi être avoir".split()
    ),
    "es": frozenset(
        "el la los las un una unos y o de del para con es son nosotros nuestro que en por pero "
        "muy esta este como más sus se lo".split()
    ),
    "it": frozenset(
        "il lo la gli le un una e o di del della per con è sono noi nostro che non nel ma molto "
        "questo questa come anche".split()
    ),
    "nl": frozenset(
        "de het een en of van voor met is zijn wij ons onze dat niet bij als ook maar naar deze "
        "dit hebben wordt".split()
    ),
    "pt": frozenset(
        "o os as um uma e ou de do da para com é são nós nosso que não em mas muito este esta "
        "como também".split()
    ),
}
_DE_CHARS = re.compile(r"[äöüß]", re.IGNORECASE)
_OTHER_CHARS = re.compile(r"[ñçãõàèìòùâêîôûœ¿¡]", re.IGNORECASE)
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _scores(words: list[str]) -> dict[str, float]:
    scores = {lang: float(sum(w in sw for w in words)) for lang, sw in _STOPWORDS.items()}
    return scores


def detect(text: str, *, default: str) -> str:
    """Return "de", "en", or "other" for a clearly unsupported language.

    `default` (the hint or the conversation's language so far) wins whenever the text is short
    or ambiguous; a switch needs at least two stopword hits and a clear lead.
    """
    non_latin = len(_NON_LATIN.findall(text))
    words = [w.lower() for w in _WORD.findall(text)]
    if non_latin >= 4 and non_latin > len(" ".join(words)) / 2:
        return "other"
    if len(words) < 3:
        return default
    scores = _scores(words)
    if _DE_CHARS.search(text):
        scores["de"] += 1.5
    if _OTHER_CHARS.search(text):
        for lang in ("fr", "es", "it", "pt"):
            scores[lang] += 1.0
    best = max(scores, key=lambda k: scores[k])
    ordered = sorted(scores.values(), reverse=True)
    if ordered[0] < 2 or ordered[0] - ordered[1] < 1:
        return default
    if best in ("de", "en"):
        return best
    # Another language only counts when it clearly beats both supported ones.
    if scores[best] >= 3 and scores[best] >= 2 * max(scores["de"], scores["en"], 0.5):
        return "other"
    return default


_SHORT_DE = {
    "hallo",
    "moin",
    "servus",
    "grüß",
    "gott",
    "guten",
    "tag",
    "morgen",
    "hilfe",
    "abbrechen",
    "neu",
    "idee",
    "ich",
    "wir",
    "danke",
}
_SHORT_EN = {"hello", "hi", "hey", "help", "cancel", "restart", "idea", "thanks", "good", "morning"}


def guess_short(text: str) -> Lang | None:
    """A first guess for a conversation's language from a greeting such as "Hallo" or "Hi".

    Only used when a conversation starts without a hint; later short replies keep the language.
    """
    words = {w.lower() for w in _WORD.findall(text or "")}
    lang = detect(text or "", default="en") if len(words) >= 3 else None
    if lang in ("de", "en"):
        return lang  # type: ignore[return-value]
    if words & _SHORT_DE and not words & _SHORT_EN:
        return "de"
    if words & _SHORT_EN and not words & _SHORT_DE:
        return "en"
    return None
