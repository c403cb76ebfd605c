"""Bulk intake: workshop ideas from CSV or XLSX into the portfolio, each queued for triage.

Columns are matched by name (German or English synonyms, or an explicit mapping). A row with only
a free-text description is structured by the intake's offline extractor, the same one the chat
uses. Re-importing the same file is idempotent: each row is keyed by a hash of its content.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, select

from intake.extractor import OfflineExtractor
from intake.fields import IdeaDraft
from intake.language import detect
from portfolio import jobs, repository
from portfolio.models import UseCase
from portfolio.status import UseCaseStatus

SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "titel", "name", "idea title", "ideentitel", "use case", "usecase"),
    "description": ("description", "beschreibung", "idea", "idee", "text", "details", "summary", "zusammenfassung"),
    "problem": ("problem", "pain point", "herausforderung", "ausgangslage"),
    "solution": ("solution", "lösung", "loesung", "proposed solution", "lösungsidee", "ansatz"),
    "affected": ("affected", "users", "betroffene", "nutzer", "zielgruppe", "process", "prozess"),
    "department": ("department", "abteilung", "bereich", "team", "business unit", "fachbereich"),
    "data_used": ("data", "daten", "data used", "datenquellen", "data sources"),
    "personal_data": ("personal data", "personenbezogene daten", "pii", "personal", "personenbezogen"),
    "benefit": ("benefit", "nutzen", "expected benefit", "value", "mehrwert", "erwarteter nutzen"),
    "submitter": ("submitter", "einreicher", "einreicherin", "owner", "author", "email", "e-mail", "contact"),
}
YES = {"yes", "ja", "y", "j", "true", "1", "x"}
NO = {"no", "nein", "n", "false", "0"}


@dataclass
class RowError:
    row: int
    message: str


@dataclass
class ImportReport:
    created: list[int] = field(default_factory=list)
    skipped: int = 0  # already imported earlier (same content)
    errors: list[RowError] = field(default_factory=list)


def _norm(header: str) -> str:
    return re.sub(r"\s+", " ", header.strip().lower().replace("_", " "))


def column_map(headers: list[str], explicit: Mapping[str, str] | None = None) -> dict[str, str]:
    """field → column header; explicit `field=column` pairs win over synonyms."""
    found: dict[str, str] = {}
    normalised = {_norm(h): h for h in headers if h}
    for name, words in SYNONYMS.items():
        for word in words:
            if word in normalised:
                found[name] = normalised[word]
                break
    for name, column in (explicit or {}).items():
        if name not in SYNONYMS:
            raise ValueError(f"unknown field {name!r}; fields are {', '.join(SYNONYMS)}")
        if column not in headers:
            raise ValueError(f"column {column!r} is not in the file; columns are {', '.join(headers)}")
        found[name] = column
    if not {"title", "description", "solution", "problem"} & found.keys():
        raise ValueError("no column with the idea itself: name one title/description/solution/problem "
                         f"(columns are {', '.join(headers)}), or map one with --map description=COLUMN")
    return found


def read_rows(path: Path) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """Headers and (spreadsheet row number, values) of a CSV (any common delimiter) or XLSX file."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        assert sheet is not None
        rows = sheet.iter_rows(values_only=True)
        headers = [str(h or "").strip() for h in next(rows, ())]
        return headers, ((n, {h: "" if v is None else str(v).strip() for h, v in zip(headers, r, strict=False)})
                         for n, r in enumerate(rows, start=2))
    if suffix not in (".csv", ".txt"):
        raise ValueError(f"{path.name}: only .csv and .xlsx files can be imported")
    text = path.read_text(encoding="utf-8-sig")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:  # one column, or nothing to tell the delimiter by
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)  # keeps line breaks inside cells
    headers = [h.strip() for h in reader.fieldnames or []]
    return headers, ((n, {(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(v, str)})
                     for n, row in enumerate(reader, start=2))


def row_to_draft(values: Mapping[str, str], columns: Mapping[str, str]) -> tuple[IdeaDraft, str]:
    """The structured idea of one row and its language; free text is run through the extractor."""
    # One line per cell: a line break inside a quoted cell is layout, not a new sentence for the extractor.
    get = {name: re.sub(r"\s+", " ", values.get(col, "")).strip() for name, col in columns.items()}
    text = " ".join(v for k, v in get.items() if k in ("title", "description", "problem", "solution") and v)
    if not text:
        raise ValueError("the row has no idea text (title, description, problem or solution are empty)")
    lang = detect(text, default="en")
    lang = lang if lang in ("de", "en") else "en"
    draft = OfflineExtractor().extract(" ".join(v for k, v in get.items() if k != "submitter" and v),
                                       lang=lang, draft=IdeaDraft(), asked=None)
    given = {k: v for k, v in get.items() if v and k in IdeaDraft.model_fields and k != "personal_data"}
    if get.get("personal_data"):
        flag = get["personal_data"].lower()
        if flag not in YES | NO:
            raise ValueError(f"personal data must be yes/no (ja/nein), not {get['personal_data']!r}")
        given["personal_data"] = flag in YES  # type: ignore[assignment]
    if get.get("description") and not get.get("solution") and not draft.solution:
        given["solution"] = get["description"]
    return draft.model_copy(update=given), lang


def row_key(draft: IdeaDraft) -> str:
    raw = "\x1f".join(str(v) for v in draft.model_dump().values())
    return "import:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:40]


def import_rows(session: Session, *, path: Path, mapping: Mapping[str, str] | None = None, dry_run: bool = False,
                actor: str = "import") -> ImportReport:
    """Store each good row as a submitted idea with a queued triage; bad rows go to the report."""
    headers, rows = read_rows(path)
    columns = column_map(headers, mapping)
    report = ImportReport()
    for number, values in rows:
        if not any(values.values()):
            continue
        try:
            draft, lang = row_to_draft(values, columns)
        except ValueError as exc:  # pydantic's ValidationError is one too
            report.errors.append(RowError(number, str(exc)))
            continue
        key = row_key(draft)
        if session.exec(select(UseCase.id).where(UseCase.source_key == key)).first() is not None:
            report.skipped += 1
            continue
        if dry_run:
            report.created.append(0)
            continue
        submitter = None
        if who := values.get(columns.get("submitter", ""), "").strip():
            submitter = repository.get_or_create_submitter(session, channel="import", user_id=who[:200],
                                                           language=lang)
        fields = draft.model_dump()
        fields["title"] = draft.title or (draft.solution or draft.problem)[:80]
        use_case = repository.create_use_case(session, fields=fields, submitter=submitter, channel="import",
                                              language=lang, status=UseCaseStatus.submitted, actor=actor,
                                              source_key=key)
        assert use_case.id is not None
        jobs.enqueue_triage(session, use_case_id=use_case.id)
        report.created.append(use_case.id)
    return report
