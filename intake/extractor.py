"""Turn what a user typed into idea fields: the `Extractor` port and its offline peer.

The offline extractor is deterministic (patterns in DE and EN, no network) so intake works
without a key; an LLM extractor can later implement the same Protocol.  It only fills fields
that are still empty, except for the field that was just asked about, which the answer sets.
"""

from __future__ import annotations

import re
from typing import Protocol

from intake import personal, vocab
from intake.fields import IdeaDraft
from intake.textparts import benefit_clause, clauses, derive_title, is_vague, strip_lead
from intake.texts import t

_PAIN = re.compile(
    r"\b(we spend|spend(ing)? \w+ hours|takes? (too )?long|too slow|manual(ly)?|by hand|error-prone|tedious|"
    r"costly|expensive|wast\w+|struggl\w+|bottleneck|backlog|hard to|difficult to|problem|pain|"
    r"currently|today we|nobody|too many|too much|keeps? (failing|breaking)|"
    r"manuell\w*|dauert|zu lange|aufw(e|ä)ndig\w*|fehleranfällig\w*|mühsam\w*|verbringen|kostet|"
    r"derzeit|aktuell|von hand|händisch\w*|engpass|rückstand|schwierig\w*|zu viele|zu viel)\b",
    re.IGNORECASE,
)
_SOLUTION = re.compile(
    r"\b(ai|a\.i\.|ki|ki-\w+|bot|chat ?bot|\w*-?chat|model|modell|ml|machine learning|llm|gpt|automat\w*|"
    r"assistant|assistent\w*|should|could|soll\w*|könnte|idea|idee|let|have an|generate|erzeug\w*|"
    r"predict\w*|vorhersag\w*|forecast\w*|classif\w*|klassifiz\w*|detect\w*|erkenn\w*|suggest\w*|"
    r"vorschl\w*|schlägt|estimat\w*|score|rank|sort|tutor|concierge|auslesen|bewerten|wertet)\b",
    re.IGNORECASE,
)
_FOR = re.compile(
    r"\b(?:for|für|fuer)\s+((?:the |our |all |unsere[nmrs]? |die |den |alle )?"
    r"[\w-]+(?: [\w-]+)?)",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:%|percent|prozent|hours?|hrs?|h\b|stunden|std\.?|minutes?|mins?|minuten|"
    r"days?|tage?n?|weeks?|wochen?|months?|monate?n?|fte|k?€|eur\w*|\$|usd|tickets?|calls?|anrufe?|"
    r"invoices?|rechnungen|emails?|mails?|people|personen|mitarbeiter\w*)",
    re.IGNORECASE,
)

# A field the writer labelled ("Abteilung: Vertrieb.", "Data: CRM exports") is taken as written.
_LABELLED = re.compile(
    r"(?:^|(?<=[.;!?\n]))\s*(abteilung|bereich|department|daten|datenquelle|data|data used|nutzer|users|"
    r"betroffene|affected)\s*:\s*([^.;!?\n]+)[.;!?]?",
    re.IGNORECASE,
)
_LABEL_FIELD = {"abteilung": "department", "bereich": "department", "department": "department",
                "daten": "data_used", "datenquelle": "data_used", "data": "data_used", "data used": "data_used",
                "nutzer": "affected", "users": "affected", "betroffene": "affected", "affected": "affected"}


def labelled_fields(text: str) -> tuple[dict[str, str], str]:
    """The labelled fields of a message and the message without them."""
    fields: dict[str, str] = {}
    for m in _LABELLED.finditer(text):
        fields.setdefault(_LABEL_FIELD[m.group(1).lower()], m.group(2).strip())
    return fields, _LABELLED.sub(" ", text).strip()


class Extractor(Protocol):
    """Reads one message into the draft; `asked` is the field the bot just asked about."""

    def extract(self, text: str, *, lang: str, draft: IdeaDraft, asked: str | None) -> IdeaDraft: ...


def _first_term(terms: tuple[vocab.Term, ...], text: str) -> vocab.Term | None:
    hits = [(m.start(), i, t) for i, t in enumerate(terms) if (m := t.pattern.search(text))]
    return min(hits, key=lambda h: (h[0], h[1]))[2] if hits else None


def _all_terms(terms: tuple[vocab.Term, ...], text: str) -> list[vocab.Term]:
    hits = sorted(
        ((m.start(), i, t) for i, t in enumerate(terms) if (m := t.pattern.search(text))),
        key=lambda h: (h[0], h[1]),
    )
    seen: list[vocab.Term] = []
    for _, _, term in hits:
        if all(term.en != s.en for s in seen):
            seen.append(term)
    return seen


def department_of(text: str, lang: str) -> str:
    term = _first_term(vocab.DEPARTMENTS, text)
    return term.label(lang) if term else ""


def affected_of(text: str, lang: str) -> str:
    roles = _all_terms(vocab.ROLES, text)
    return ", ".join(r.label(lang) for r in roles[:2])


def data_of(text: str, lang: str) -> tuple[str, bool | None]:
    """Data kinds named in the text and whether they involve personal data (None: unknown)."""
    kinds = _all_terms(vocab.DATA_KINDS, text)
    return ", ".join(k.label(lang) for k in kinds[:4]), personal.from_text(text, kinds)


def benefit_of(text: str) -> str:
    found = benefit_clause(text)
    amounts = [m.group(0) for m in _AMOUNT.finditer(text)]
    if found:
        return found
    sentences = [s for s in clauses(text) if _AMOUNT.search(s)]
    return sentences[0].rstrip(".!") if sentences else (", ".join(amounts) if amounts else "")


class OfflineExtractor:
    """Pattern-based extraction in DE and EN; fills what the text says and nothing more."""

    def extract(self, text: str, *, lang: str, draft: IdeaDraft, asked: str | None) -> IdeaDraft:
        text = text.strip()
        if not text:
            return draft
        updates: dict[str, object] = {}
        if asked:
            updates.update(self._answer(text, lang=lang, draft=draft, asked=asked))
        if asked in (None, "solution", "problem"):
            free = self._free_text(text, lang)
            if asked == "solution" and "solution" in updates:
                updates["solution"] = free.get("solution") or updates["solution"]
                if _empty(draft.problem) and free.get("problem"):
                    updates["problem"] = free["problem"]
            updates.update({k: v for k, v in free.items() if k not in updates and _empty(getattr(draft, k))})
        elif asked in ("affected", "department", "data_used", "personal_data", "benefit"):
            # An answer often mentions more: keep what fills still-empty fields.
            extra = self._free_text(text, lang)
            for key in ("department", "personal_data", "data_used", "benefit"):
                if key not in updates and _empty(getattr(draft, key)) and not _empty(extra.get(key)):
                    updates[key] = extra[key]
        new = draft.merged(**updates)
        if not new.title and (new.solution or new.problem):
            sentences = clauses(new.solution) if new.solution else clauses(new.problem)
            core = next((c for c in sentences if _SOLUTION.search(c)), sentences[0] if sentences else "")
            new = new.merged(title=derive_title(core or new.solution or new.problem))
        return new

    def _answer(self, text: str, *, lang: str, draft: IdeaDraft, asked: str) -> dict[str, object]:
        short = text[:500]
        if asked == "personal_data":
            value = personal.yes_no(text)
            return {} if value is None else {"personal_data": value}
        if asked == "data_used":
            _, value = data_of(text, lang)
            if value is None and personal.PERSONAL_HINTS.search(text):
                value = True  # the user is describing the data: "names of contacts" are personal
            out: dict[str, object] = {"data_used": strip_lead(short)}
            if value is not None:
                out["personal_data"] = value
            return out
        if asked == "department":
            return {"department": department_of(text, lang) or strip_lead(short)[:80]}
        if asked in ("affected", "benefit", "title", "problem"):
            return {asked: strip_lead(short)}
        if asked == "solution":
            return {"solution": short} if not is_vague(text) else {}
        return {}

    def _free_text(self, text: str, lang: str) -> dict[str, object]:
        """Everything a free-text description says, field by field; labelled fields as written."""
        labelled, rest = labelled_fields(text)
        out = self._described(rest or text, lang)
        if "department" in labelled:
            out["department"] = department_of(labelled["department"], lang) or labelled["department"][:80]
        if "data_used" in labelled:
            out["data_used"] = labelled["data_used"]
            _, personal_data = data_of(labelled["data_used"], lang)
            if personal_data is not None:
                out["personal_data"] = personal_data
        if "affected" in labelled:
            out["affected"] = labelled["affected"]
        return out

    def _described(self, text: str, lang: str) -> dict[str, object]:
        out: dict[str, object] = {}
        benefit = benefit_of(text)
        problems: list[str] = []
        solutions: list[str] = []
        for clause in clauses(text):
            if benefit == clause.rstrip(".!") and _PAIN.search(clause):
                # "We spend 3 hours a week on it" is today's effort: the problem, and the estimate.
                amounts = ", ".join(m.group(0) for m in _AMOUNT.finditer(clause))
                benefit = t("benefit_from_effort", lang, amounts=amounts)
            core = clause.replace(benefit, "").strip() if benefit else clause
            core = re.sub(r"[\s,;:-]+([.!?]?)$", r"\1", core).strip()
            if not re.search(r"\w", core):
                if problems or solutions:
                    continue  # a benefit sentence after the description
                # The only sentence read as a benefit is the idea itself ("... and save 5 hours a week",
                # "... in ihren Streams nutzen"); its amounts, if any, are the benefit.
                core, benefit = clause, ", ".join(m.group(0) for m in _AMOUNT.finditer(clause))
            if _PAIN.search(core) and not _SOLUTION.search(core):
                problems.append(core)
            elif _SOLUTION.search(core) or not solutions:
                solutions.append(core)
        if not is_vague(text):
            out["problem"] = " ".join(problems)
            out["solution"] = " ".join(solutions)
        out["affected"] = _for_phrase(text, lang) or affected_of(text, lang)
        named = [department_of(m.group(1), lang) for m in _FOR.finditer(text)]
        out["department"] = next((d for d in named if d), "") or department_of(text, lang)
        out["data_used"], out["personal_data"] = data_of(text, lang)
        out["benefit"] = benefit
        return {k: v for k, v in out.items() if not _empty(v)}


def _for_phrase(text: str, lang: str) -> str:
    """ "for sales reps" / "für den Kundenservice": the people or team the idea is for."""
    for m in _FOR.finditer(text):
        phrase = m.group(1)
        role = _first_term(vocab.ROLES, phrase)
        if role:
            return role.label(lang)
        team = _first_term(vocab.DEPARTMENTS, phrase)
        if team and not re.search(r"\b(software|report|app|campaign|kampagne|bericht)\b", phrase, re.I):
            return team.label(lang) + (" (Team)" if lang == "de" else " team")
    return ""


def _empty(value: object) -> bool:
    return value is None or value == ""
