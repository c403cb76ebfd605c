"""Grounding: find the policy passages that back the tier, the controls and the scoring rubric.

Only passages the retriever actually returned are cited, with a short quote taken verbatim from
the passage text, so every citation can be checked against the knowledge base. Embedding search
alone confuses neighbouring sections ("Annex III 5" vs "Art. 6(1)"), so the engine asks for a
dozen passages and picks the one whose *section heading* carries the expected anchor (e.g.
`Art. 5(1)(f)`, `Anhang III Nr. 4`). Results are cached per query: the queries come from a
small fixed vocabulary, which keeps batch triage fast with an embedding model behind it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.types import Passage, PolicyRetriever
from triage.result import Citation, Tier

_CONTROLS = {
    Tier.prohibited: ("Controls for prohibited practices", "Maßnahmen bei verbotenen Praktiken"),
    Tier.high: ("Controls for high-risk systems", "Maßnahmen für Hochrisiko-Systeme"),
    Tier.limited: ("Controls for limited-risk systems", "Maßnahmen für Systeme mit begrenztem Risiko"),
    Tier.minimal: ("Controls for minimal-risk systems", "Maßnahmen für Systeme mit minimalem Risiko"),
}
SNIPPET_CHARS = 220


@dataclass(frozen=True)
class Query:
    """What to search for and the phrase the right section heading should contain."""

    text: str
    anchor: str


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[\wäöüß]+", text.lower()))


def anchor_for(basis: str, lang: str) -> str:
    """The heading phrase of the pack section for a basis, in the pack's DE or EN notation."""
    if lang != "de":
        basis = re.sub(r"^(Annex III \d)\([a-e]\)$", r"\1", basis)
        return basis.split(" + ")[0]
    out = re.sub(r"Art\. (\d+)\((\d+)\)\(([a-h])\)", r"Art. \1 Abs. \2 lit. \3", basis)
    out = re.sub(r"Art\. (\d+)\((\d+)\)", r"Art. \1 Abs. \2", out)
    out = re.sub(r"Annex III (\d)(?:\([a-e]\))?", r"Anhang III Nr. \1", out)
    return out.split(" + ")[0]


def queries_for(
    tier: Tier, basis: str, label: str, lang: str, *, exception: bool = False, dpia: bool = False
) -> list[Query]:
    """Legal basis, the Art. 6(3) check if made, tier controls, DPIA if required, effort rubric."""
    de = lang == "de"
    out: list[Query] = []
    if basis == "none":
        out.append(
            Query("Minimales Risiko" if de else "Minimal risk", "Minimales Risiko" if de else "Minimal risk")
        )
    else:
        anchor = anchor_for(basis, lang)
        out.append(Query(f"{anchor} {label}", anchor))
    if exception:
        a = "Art. 6 Abs. 3" if de else "Art. 6(3)"
        out.append(Query(f"{a} Ausnahme Profiling" if de else f"{a} exception profiling", a))
    controls = _CONTROLS[tier][1 if de else 0]
    out.append(Query(controls, controls))
    if dpia:
        out.append(
            Query("Datenschutz-Folgenabschätzung (DSFA)", "DSFA")
            if de
            else Query("Data protection impact assessment (DPIA)", "DPIA")
        )
    out.append(
        Query("Aufwand (1-5) Bewertungsschema", "Aufwand")
        if de
        else Query("Effort score (1-5) scoring rubric", "Effort score")
    )
    return out


def best_passage(passages: list[Passage], query: Query) -> Passage | None:
    """Prefer a passage whose last heading contains the anchor, then heading word overlap, then rank."""
    if not passages:
        return None
    anchor = query.anchor.lower()
    q = _tokens(query.text)

    def key(item: tuple[int, Passage]) -> tuple[bool, int, int]:
        rank, p = item
        heading = p.section.split(">")[-1].lower()
        return (anchor in heading, len(q & _tokens(heading)), -rank)

    return max(enumerate(passages), key=key)[1]


def _verbatim(text: str, sentence: str) -> str:
    """The exact slice of `text` that `sentence` (whitespace-normalised) came from."""
    pattern = r"\s+".join(re.escape(w) for w in sentence.split())
    found = re.search(pattern, text)
    return found.group(0) if found else sentence


def snippet(passage: Passage, query: Query) -> str:
    """The body sentence sharing most words with the query: a verbatim quote (`snippet in passage.text`)."""
    lines = [ln for ln in passage.text.splitlines() if ln.strip()]
    heading = passage.section.split(">")[-1].strip()
    if lines and lines[0].strip().lstrip("# ").strip() == heading:
        lines = lines[1:]
    body = " ".join(ln.strip() for ln in lines) or passage.text.strip()
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ(\-*])", body) if len(s.strip()) >= 30]
    terms = _tokens(query.text)
    best = max(sentences, key=lambda s: len(terms & _tokens(s))) if sentences else body
    return _verbatim(passage.text, best)[:SNIPPET_CHARS].rstrip()


class CitationFinder:
    """Retrieves and caches passages; turns the best one per query into a `Citation`."""

    def __init__(self, retriever: PolicyRetriever, *, k: int = 12) -> None:
        self.retriever = retriever
        self.k = k
        self._cache: dict[str, list[Passage]] = {}

    def passages(self, query: str) -> list[Passage]:
        if query not in self._cache:
            self._cache[query] = list(self.retriever.retrieve(query, k=self.k))
        return self._cache[query]

    def reset(self) -> None:
        """Forget cached passages (call when the policy version changed)."""
        self._cache.clear()

    def cite(self, queries: list[Query]) -> list[Citation]:
        out: list[Citation] = []
        seen: set[str] = set()
        for query in queries:
            passage = best_passage(self.passages(query.text), query)
            if passage is None or passage.id in seen:
                continue
            seen.add(passage.id)
            out.append(
                Citation(
                    passage_id=passage.id,
                    document=passage.document,
                    section=passage.section,
                    snippet=snippet(passage, query),
                )
            )
        return out
