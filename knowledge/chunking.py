"""Split policy documents (Markdown, text, PDF, DOCX) into citable, section-sized chunks.

Why by section: a triage citation names a document and a section and quotes a snippet; a chunk
that follows the author's headings is a passage a reviewer can find again. Every chunk carries the
document name, its heading path and the document version (a content hash), and gets a stable id
`<document>#<section-slug>` (plus `-2`, `-3` … when a slug repeats or a long section is split).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_CHARS = 1800
"""Longer sections are split at paragraph boundaries; e5-small sees only ~512 tokens anyway."""

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_NUMBERED_HEADING = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+([A-ZÄÖÜ].{2,80})$")


@dataclass(frozen=True)
class Chunk:
    """One passage before it is embedded."""

    id: str
    document: str
    section: str
    version: str
    text: str


def document_version(content: bytes | str) -> str:
    """Short content hash: changes whenever the document's bytes change."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()[:12]


def slugify(text: str) -> str:
    """ASCII slug for passage ids (`Art. 5(1)(f) Emotionen` → `art-5-1-f-emotionen`)."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80] or "section"


def read_text(path: Path) -> tuple[str, str]:
    """(text, format) of a supported file; Markdown headings are kept, DOCX headings become `#`."""
    suffix = path.suffix.lower()
    if suffix in {".md", ".markdown"}:
        return path.read_text(encoding="utf-8"), "md"
    if suffix == ".txt":
        return path.read_text(encoding="utf-8"), "txt"
    if suffix == ".pdf":
        from pypdf import PdfReader

        pages = [page.extract_text() or "" for page in PdfReader(str(path)).pages]
        return "\n\n".join(pages), "txt"
    if suffix == ".docx":
        return _docx_to_markdown(path), "md"
    raise ValueError(f"unsupported policy file type {suffix!r} (use .md, .txt, .pdf or .docx)")


def _docx_to_markdown(path: Path) -> str:
    """DOCX paragraphs as Markdown; Word's `Heading N` / `Title` styles become heading levels."""
    import docx

    lines: list[str] = []
    for para in docx.Document(str(path)).paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        level = 1 if style == "Title" else _heading_level(style)
        lines.append(f"{'#' * level} {text}" if level else text)
        lines.append("")
    return "\n".join(lines)


def _heading_level(style: str) -> int:
    match = re.match(r"(?:Heading|Überschrift)\s*(\d)", style)
    return int(match.group(1)) if match else 0


def split_sections(text: str, fmt: str) -> list[tuple[list[str], str]]:
    """(heading path, body) pairs in document order; text before the first heading has an empty path."""
    sections: list[tuple[list[str], str]] = []
    path: list[str] = []
    body: list[str] = []

    def flush() -> None:
        content = "\n".join(body).strip()
        if content:
            sections.append((list(path), content))
        body.clear()

    for line in text.splitlines():
        heading = _parse_heading(line, fmt)
        if heading is None:
            body.append(line)
            continue
        flush()
        level, title = heading
        del path[level - 1 :]
        path.extend([""] * (level - 1 - len(path)))
        path.append(title)
    flush()
    return [([p for p in heading_path if p], content) for heading_path, content in sections]


def _parse_heading(line: str, fmt: str) -> tuple[int, str] | None:
    stripped = line.strip()
    if fmt == "md":
        match = _MD_HEADING.match(stripped)
        return (len(match.group(1)), match.group(2).strip()) if match else None
    match = _NUMBERED_HEADING.match(stripped)  # plain text / PDF: "2.1 Data governance"
    if match and not stripped.endswith((".", ",", ";")):
        return (match.group(1).count(".") + 1, stripped)
    return None


def _pieces(body: str) -> list[str]:
    """Split an over-long body at blank lines, keeping pieces under MAX_CHARS where possible."""
    if len(body) <= MAX_CHARS:
        return [body]
    out: list[str] = []
    current = ""
    for para in re.split(r"\n\s*\n", body):
        if current and len(current) + len(para) + 2 > MAX_CHARS:
            out.append(current)
            current = para
        else:
            current = f"{current}\n\n{para}" if current else para
    if current:
        out.append(current)
    return out


def chunk_text(text: str, *, document: str, fmt: str = "md", version: str | None = None) -> list[Chunk]:
    """Chunks of one document; `version` defaults to the hash of `text`."""
    version = version or document_version(text)
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for heading_path, body in split_sections(text, fmt):
        section = " > ".join(heading_path) or document
        base = f"{document}#{slugify(heading_path[-1] if heading_path else 'intro')}"
        for piece in _pieces(body):
            seen[base] = seen.get(base, 0) + 1
            pid = base if seen[base] == 1 else f"{base}-{seen[base]}"
            title = heading_path[-1] if heading_path else ""
            chunk_body = f"{title}\n{piece}" if title else piece
            chunks.append(Chunk(id=pid, document=document, section=section, version=version, text=chunk_body))
    return chunks


def chunk_file(path: Path, *, document: str | None = None) -> list[Chunk]:
    """Chunks of a file; the document name defaults to the file name, the version to its byte hash."""
    text, fmt = read_text(path)
    return chunk_text(
        text, document=document or path.name, fmt=fmt, version=document_version(path.read_bytes())
    )
