from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.policy_pack import pack_files
from knowledge.policy_store import PolicyStore

POLICY_V1 = """# Remote work

## Equipment

Employees get a laptop and a headset.

## Working hours

Core hours are 10:00 to 15:00.
"""

POLICY_V2 = """# Remote work

## Equipment

Employees get a laptop, a headset and a second monitor.

## Travel to the office

Travel to the office is reimbursed twice a month.
"""


def test_default_pack_loads_when_empty_and_not_twice(tmp_path: Path) -> None:
    store = PolicyStore(data_dir=tmp_path)
    loaded = store.ensure_default_pack()
    assert sorted(loaded) == sorted(p.name for p in pack_files())
    count = store.collection.count()
    assert count > 50
    assert store.ensure_default_pack() == []
    assert store.collection.count() == count
    reopened = PolicyStore(data_dir=tmp_path)  # a restart sees the persisted pack
    assert reopened.ensure_default_pack() == []
    assert reopened.policy_version() == store.policy_version()


def test_pack_has_both_languages(pack_store: PolicyStore) -> None:
    docs = {d.document: d for d in pack_store.list_documents()}
    for name in ("eu-ai-act-classification", "ai-usage-guideline", "gdpr-checklist", "pmo-scoring-rubric"):
        assert docs[f"{name}.en.md"].lang == "en" and docs[f"{name}.de.md"].lang == "de"


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        (
            "We want a camera in the office that reads employees' facial expressions to see if they are "
            "stressed",
            "en",
            "eu-ai-act-classification.en.md#art-5-1-f-emotion-recognition-in-the-workplace-and-in-education",
        ),
        (
            "Eine Kamera im Großraumbüro soll an der Mimik erkennen, ob die Mitarbeitenden gestresst sind",
            "de",
            "eu-ai-act-classification.de.md#art-5-abs-1-lit-f-emotionserkennung-am-arbeitsplatz-und-in-"
            "bildungseinrichtungen",
        ),
    ],
)
def test_retrieval_finds_the_workplace_emotion_ban(
    pack_store: PolicyStore, query: str, lang: str, expected: str
) -> None:
    top = pack_store.retrieve(query, k=3)
    assert expected in [p.id for p in top]
    only_lang = pack_store.retrieve(query, k=3, lang=lang)
    assert only_lang[0].id == expected
    assert all(p.document.endswith(f".{lang}.md") for p in only_lang)
    assert only_lang[0].score > only_lang[-1].score - 1e-9
    assert "Art. 5" in only_lang[0].section


def test_retrieval_on_an_empty_store(empty_store: PolicyStore) -> None:
    assert empty_store.retrieve("anything") == []


def test_readding_a_changed_file_replaces_its_chunks(empty_store: PolicyStore, tmp_path: Path) -> None:
    path = tmp_path / "remote-work.en.md"
    path.write_text(POLICY_V1, "utf-8")
    empty_store.add_file(path)
    version_before = empty_store.policy_version()
    old_ids = set(empty_store.collection.get()["ids"])
    assert "remote-work.en.md#working-hours" in old_ids

    path.write_text(POLICY_V2, "utf-8")
    empty_store.add_file(path)
    ids = set(empty_store.collection.get()["ids"])
    assert ids == {"remote-work.en.md#equipment", "remote-work.en.md#travel-to-the-office"}
    assert empty_store.get("remote-work.en.md#working-hours") is None
    equipment = empty_store.get("remote-work.en.md#equipment")
    assert equipment is not None and "second monitor" in equipment.text
    [info] = empty_store.list_documents()
    assert info.chunks == 2
    assert empty_store.policy_version() != version_before


def test_same_content_keeps_policy_version(empty_store: PolicyStore, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(POLICY_V1, "utf-8")
    empty_store.add_file(path)
    first = empty_store.policy_version()
    empty_store.add_file(path)
    assert empty_store.policy_version() == first
    assert len(first) == 12


def test_remove_and_get(empty_store: PolicyStore) -> None:
    empty_store.add_text(POLICY_V1, document="remote.md")
    empty_store.add_text("# Other\n\nText.\n", document="other.md")
    passage = empty_store.get("remote.md#equipment")
    assert passage is not None
    assert passage.document == "remote.md" and passage.section == "Remote work > Equipment"
    assert empty_store.remove("remote.md") == 2
    assert empty_store.remove("remote.md") == 0
    assert empty_store.get("remote.md#equipment") is None
    assert [d.document for d in empty_store.list_documents()] == ["other.md"]


def test_a_change_by_another_process_shows_in_the_version_once_the_cache_expires(
    empty_store: PolicyStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = empty_store.policy_version()
    other = PolicyStore(client=empty_store.client)  # e.g. `aipmo policies add` while the server runs
    other.add_text(POLICY_V1, document="remote-work.en.md")
    assert empty_store.policy_version() == first  # reused within VERSION_TTL
    monkeypatch.setattr("knowledge.policy_store.VERSION_TTL", 0.0)
    assert empty_store.policy_version() == other.policy_version() != first
