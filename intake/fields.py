"""The idea draft the intake conversation fills, and which of its fields are still missing.

Kept separate from the conversation so the extractor, the summary card and the database
ports all agree on one JSON-serialisable shape (the lead maps it onto the UseCase record).
"""

from __future__ import annotations

from pydantic import BaseModel

# Order in which missing fields are asked for and shown on the summary card.
FIELD_ORDER: tuple[str, ...] = (
    "title",
    "problem",
    "solution",
    "affected",
    "department",
    "data_used",
    "personal_data",
    "benefit",
)

# Names a user may type after "edit"/"ändern" (lower case), mapped to the field.
FIELD_ALIASES: dict[str, str] = {
    "title": "title",
    "titel": "title",
    "name": "title",
    "problem": "problem",
    "issue": "problem",
    "pain": "problem",
    "solution": "solution",
    "lösung": "solution",
    "loesung": "solution",
    "idea": "solution",
    "idee": "solution",
    "description": "solution",
    "beschreibung": "solution",
    "affected": "affected",
    "users": "affected",
    "user": "affected",
    "process": "affected",
    "betroffene": "affected",
    "betroffen": "affected",
    "nutzer": "affected",
    "prozess": "affected",
    "zielgruppe": "affected",
    "department": "department",
    "dept": "department",
    "team": "department",
    "abteilung": "department",
    "bereich": "department",
    "data": "data_used",
    "data used": "data_used",
    "daten": "data_used",
    "datenquellen": "data_used",
    "personal data": "personal_data",
    "personal": "personal_data",
    "pii": "personal_data",
    "personenbezogene daten": "personal_data",
    "personenbezogen": "personal_data",
    "personendaten": "personal_data",
    "datenschutz": "personal_data",
    "benefit": "benefit",
    "benefits": "benefit",
    "nutzen": "benefit",
    "value": "benefit",
    "mehrwert": "benefit",
    "estimate": "benefit",
}


class IdeaDraft(BaseModel):
    """What the user has told us about an idea so far; every field may still be empty."""

    title: str = ""
    problem: str = ""
    solution: str = ""
    affected: str = ""
    department: str = ""
    data_used: str = ""
    personal_data: bool | None = None
    benefit: str = ""

    def description(self) -> str:
        """Problem and solution as one text (what duplicate search and triage read)."""
        parts = [p for p in (self.title, self.problem, self.solution) if p]
        return "\n".join(parts)

    def merged(self, **changes: object) -> IdeaDraft:
        """A copy with the given fields replaced (validated, unlike model_copy)."""
        data = self.model_dump()
        data.update(changes)
        return IdeaDraft.model_validate(data)


def missing_fields(draft: IdeaDraft) -> list[str]:
    """The fields still needed before the summary, in the order we ask for them.

    The description counts as given when either the problem or the solution is known; the
    title is derived and never asked for.  `data_used` and `personal_data` are separate
    because an answer often settles one but not the other.
    """
    missing: list[str] = []
    if not (draft.problem or draft.solution):
        missing.append("solution")
    if not draft.affected:
        missing.append("affected")
    if not draft.department:
        missing.append("department")
    if not draft.data_used:
        missing.append("data_used")
    if draft.personal_data is None:
        missing.append("personal_data")
    if not draft.benefit:
        missing.append("benefit")
    return missing


def next_question(draft: IdeaDraft) -> str | None:
    """The field to ask about next, or None when the summary can be shown.

    When neither the data nor the personal-data flag is known we ask one combined question
    (keyed "data_used"); the extractor reads both answers out of the reply.
    """
    missing = missing_fields(draft)
    return missing[0] if missing else None
