"""Shared fixtures: one policy store with the default pack per test session (ingesting it takes ~12 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.policy_store import PolicyStore


@pytest.fixture(scope="session")
def pack_store(tmp_path_factory: pytest.TempPathFactory) -> PolicyStore:
    store = PolicyStore(data_dir=tmp_path_factory.mktemp("pack"))
    store.ensure_default_pack()
    return store


@pytest.fixture
def empty_store(tmp_path: Path) -> PolicyStore:
    return PolicyStore(data_dir=tmp_path)
