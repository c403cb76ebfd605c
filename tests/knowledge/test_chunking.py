from __future__ import annotations

from pathlib import Path

import docx
import pytest

from knowledge.chunking import MAX_CHARS, chunk_file, chunk_text, document_version, slugify

MARKDOWN = """# Travel policy

Intro text before any section.

## Booking

Book trains for trips under 500 km.

### Rail cards

The company pays a BahnCard 50 for frequent travellers.

## Expenses

Submit receipts within 30 days.

## Expenses

A second section with the same title.
"""


def _minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with Helvetica text, written by hand (no PDF writer library is installed)."""
    text_ops = (
        "BT /F1 12 Tf 72 720 Td 14 TL "
        + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
            for line in lines
        )
        + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text_ops)} >>\nstream\n{text_ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{off:010d} 00000 n \n" for off in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_markdown_sections_keep_heading_path_and_stable_ids() -> None:
    chunks = chunk_text(MARKDOWN, document="travel.en.md")
    by_section = {c.section: c for c in chunks}
    assert "Travel policy > Booking > Rail cards" in by_section
    rail = by_section["Travel policy > Booking > Rail cards"]
    assert rail.id == "travel.en.md#rail-cards"
    assert "BahnCard 50" in rail.text and rail.text.startswith("Rail cards")
    ids = [c.id for c in chunks]
    assert "travel.en.md#expenses" in ids and "travel.en.md#expenses-2" in ids
    assert len(ids) == len(set(ids))
    assert {c.version for c in chunks} == {document_version(MARKDOWN)}
    assert chunk_text(MARKDOWN, document="travel.en.md") == chunks  # deterministic


def test_long_sections_are_split_below_the_limit() -> None:
    body = "\n\n".join(f"Paragraph {i} " + "word " * 60 for i in range(30))
    chunks = chunk_text(f"# Long\n\n{body}\n", document="long.md")
    assert len(chunks) > 1
    assert all(len(c.text) <= MAX_CHARS + 100 for c in chunks)
    assert chunks[0].id == "long.md#long" and chunks[1].id == "long.md#long-2"


def test_plain_text_numbered_headings(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(
        "1 Scope\nThis applies to everyone.\n\n2 Data handling\nNo secrets in prompts.\n", "utf-8"
    )
    chunks = chunk_file(path)
    assert [c.section for c in chunks] == ["1 Scope", "2 Data handling"]
    assert chunks[1].document == "policy.txt" and "No secrets" in chunks[1].text


def test_docx_headings_become_sections(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Richtlinie KI", level=1)
    document.add_paragraph("Einleitung zur Richtlinie.")
    document.add_heading("Datenschutz", level=2)
    document.add_paragraph("Keine personenbezogenen Daten in öffentliche Werkzeuge.")
    path = tmp_path / "richtlinie.de.docx"
    document.save(str(path))
    chunks = chunk_file(path)
    assert [c.section for c in chunks] == ["Richtlinie KI", "Richtlinie KI > Datenschutz"]
    assert chunks[1].id == "richtlinie.de.docx#datenschutz"
    assert "personenbezogenen" in chunks[1].text


def test_pdf_text_is_chunked(tmp_path: Path) -> None:
    path = tmp_path / "handbook.pdf"
    path.write_bytes(
        _minimal_pdf(["1 Purpose", "Use approved tools only", "2 Incidents", "Report leaks at once"])
    )
    chunks = chunk_file(path)
    assert [c.section for c in chunks] == ["1 Purpose", "2 Incidents"]
    assert "Report leaks" in chunks[1].text
    assert chunks[0].version == document_version(path.read_bytes())


def test_unsupported_type(tmp_path: Path) -> None:
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"x")
    with pytest.raises(ValueError, match="unsupported"):
        chunk_file(path)


def test_slugify_handles_umlauts_and_articles() -> None:
    assert slugify("Art. 5 Abs. 1 lit. f Emotionserkennung am Arbeitsplatz") == (
        "art-5-abs-1-lit-f-emotionserkennung-am-arbeitsplatz"
    )
    assert slugify("Größe & Maß") == "grosse-mass"
    assert slugify("???") == "section"
