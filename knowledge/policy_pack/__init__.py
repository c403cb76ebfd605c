"""The default policy pack shipped with aipmo (Markdown, DE and EN); loaded when the store is empty."""

from __future__ import annotations

from pathlib import Path

PACK_DIR = Path(__file__).resolve().parent


def pack_files() -> list[Path]:
    """The pack's Markdown documents in a stable order."""
    return sorted(PACK_DIR.glob("*.md"))
