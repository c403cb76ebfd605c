"""Workshop ideas from CSV/XLSX: mapping, bad rows reported, idempotent re-import, triage queued."""

from pathlib import Path

import pytest
from sqlmodel import Session

from core.wiring import Container
from intake.bulk_import import column_map, import_rows
from portfolio import jobs, repository

pytestmark = pytest.mark.db

CSV = """Titel;Beschreibung;Abteilung;Personenbezogene Daten;Einreicher
Lieferscheine erfassen;Lieferscheine aus dem Lager per KI auslesen und ins ERP übernehmen;Logistik;nein;lea@example.com
;;;;
Schichtplan;Eine KI soll Schichtpläne aus Wunschzetteln der Mitarbeitenden vorschlagen;Produktion;vielleicht;tom
;;;ja;
Meeting minutes;An assistant that turns meeting recordings into minutes for the project office;PMO;yes;
"""


def write(tmp_path: Path, text: str = CSV, name: str = "workshop.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_rows_are_stored_and_queued_bad_rows_reported(container: Container, tmp_path: Path) -> None:
    with Session(container.engine) as s:
        report = import_rows(s, path=write(tmp_path))
        s.commit()
        assert [e.row for e in report.errors] == [4, 5]
        assert "yes/no" in report.errors[0].message and "no idea text" in report.errors[1].message
        assert len(report.created) == 2 and jobs.pending_count(s) == 2
        first = repository.get_use_case(s, idea_id=report.created[0])
        assert (first.title, first.department, first.personal_data, first.channel, first.language) == (
            "Lieferscheine erfassen", "Logistik", False, "import", "de")
        second = repository.get_use_case(s, idea_id=report.created[1])
        assert second.language == "en" and second.personal_data is True


def test_reimport_is_idempotent_and_dry_run_stores_nothing(container: Container, tmp_path: Path) -> None:
    path = write(tmp_path)
    with Session(container.engine) as s:
        dry = import_rows(s, path=path, dry_run=True)
        s.rollback()
        assert len(dry.created) == 2 and repository.list_use_cases(s)[1] == 0
        import_rows(s, path=path)
        s.commit()
        again = import_rows(s, path=path)
        s.commit()
        assert again.created == [] and again.skipped == 2 and repository.list_use_cases(s)[1] == 2


def test_xlsx_with_explicit_mapping(container: Container, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Kurzname", "Was soll die KI tun?"])
    sheet.append(["Angebotsentwürfe", "Angebote aus Anfragen der Kunden automatisch vorformulieren"])
    path = tmp_path / "ideas.xlsx"
    book.save(path)
    with Session(container.engine) as s:
        report = import_rows(s, path=path, mapping={"title": "Kurzname", "description": "Was soll die KI tun?"})
        s.commit()
        assert repository.get_use_case(s, idea_id=report.created[0]).title == "Angebotsentwürfe"


def test_a_file_without_an_idea_column_is_refused_with_the_columns_named() -> None:
    with pytest.raises(ValueError, match="no column with the idea itself.*Foo, Bar"):
        column_map(["Foo", "Bar"])
    with pytest.raises(ValueError, match="column 'Nope' is not in the file"):
        column_map(["Titel"], {"description": "Nope"})


def test_one_column_csv_and_line_breaks_inside_cells(container: Container, tmp_path: Path) -> None:
    path = write(tmp_path, 'Idea\n"An AI that drafts replies\nto customer e-mails for the service team"\n', "one.csv")
    with Session(container.engine) as s:
        report = import_rows(s, path=path)
        s.commit()
        uc = repository.get_use_case(s, idea_id=report.created[0])
        assert len(report.created) == 1 and not report.errors
        assert "drafts replies to customer e-mails" in (uc.solution or "")
