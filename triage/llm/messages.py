"""Prompt files and the messages built from them.

Why files: prompts are versioned artefacts a reviewer can diff (`triage.v1.en.md`), in DE and EN
because the rationales and questions the model writes are shown to users. Why the data blocks: an
idea is untrusted text, so it only ever enters a prompt JSON-encoded between markers carrying a
random nonce that the idea cannot know, and the instructions say everything inside is data.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from knowledge.types import Passage

PROMPTS = Path(__file__).with_name("prompts")  # a package, so the files ship in the wheel
TRIAGE_PROMPT = "triage.v1"
EXTRACT_PROMPT = "extract.v1"
PASSAGE_CHARS = 1200


@lru_cache(maxsize=32)
def load(name: str) -> Template:
    """A prompt file as a `string.Template` (`$name` placeholders; JSON braces need no escaping)."""
    return Template((PROMPTS / name).read_text(encoding="utf-8"))


def render(name: str, **values: str) -> str:
    return load(name).substitute(values)


def prompt_file(stem: str, lang: str) -> str:
    """`triage.v1` + `de` → `triage.v1.de.md`; unknown languages get English."""
    return f"{stem}.{'de' if lang == 'de' else 'en'}.md"


@dataclass(frozen=True)
class DataBlock:
    """Markers around one piece of untrusted data; the nonce makes them unforgeable from inside."""

    label: str
    nonce: str

    @classmethod
    def new(cls, label: str) -> DataBlock:
        return cls(label, secrets.token_hex(8))

    @property
    def open(self) -> str:
        return f"<<<{self.label}-{self.nonce}>>>"

    @property
    def close(self) -> str:
        return f"<<<END-{self.label}-{self.nonce}>>>"

    def wrap(self, payload: object) -> str:
        """The payload as JSON between the markers: quotes and newlines in it stay escaped."""
        return f"{self.open}\n{json.dumps(payload, ensure_ascii=False)}\n{self.close}"


def passages_payload(passages: list[Passage]) -> list[dict[str, str]]:
    return [
        {"id": p.id, "document": p.document, "section": p.section, "text": p.text[:PASSAGE_CHARS]}
        for p in passages
    ]


def triage_messages(
    text: str, passages: list[Passage], *, lang: str, version: str = TRIAGE_PROMPT
) -> list[BaseMessage]:
    """System: instructions + passages as reference data. User: nothing but the idea's data block."""
    idea, refs = DataBlock.new("IDEA"), DataBlock.new("POLICIES")
    system = render(
        prompt_file(version, lang),
        idea_open=idea.open,
        idea_close=idea.close,
        policies=refs.wrap(passages_payload(passages)),
        policies_open=refs.open,
        policies_close=refs.close,
    )
    return [SystemMessage(content=system), HumanMessage(content=idea.wrap(text))]


def extract_messages(
    text: str, *, lang: str, draft: dict[str, object], asked: str | None, version: str = EXTRACT_PROMPT
) -> list[BaseMessage]:
    """System: the field rules. User: the message and what is known so far, both as data."""
    block = DataBlock.new("MESSAGE")
    system = render(prompt_file(version, lang), message_open=block.open, message_close=block.close)
    payload = {"message": text, "asked_field": asked or "", "known_fields": draft}
    return [SystemMessage(content=system), HumanMessage(content=block.wrap(payload))]
