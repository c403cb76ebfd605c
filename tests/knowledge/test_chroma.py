from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.chroma import CONNECT_TIMEOUT, ChromaUnavailable, make_client, parse_chroma_url
from knowledge.policy_store import PolicyStore
from knowledge.similarity import IdeaIndex


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://chroma:8001", ("chroma", 8001, False)),
        ("https://vectors.example.org", ("vectors.example.org", 443, True)),
        ("localhost:9000", ("localhost", 9000, False)),
        ("http://10.0.0.5", ("10.0.0.5", 8000, False)),
    ],
)
def test_parse_chroma_url(url: str, expected: tuple[str, int, bool]) -> None:
    assert parse_chroma_url(url) == expected


def test_parse_chroma_url_without_host() -> None:
    with pytest.raises(ValueError):
        parse_chroma_url("http://")


def test_unreachable_server_fails_fast_with_the_url() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connection refused
        start = time.monotonic()
        with pytest.raises(ChromaUnavailable, match=f"127.0.0.1:{port}"):
            make_client(chroma_url=f"http://127.0.0.1:{port}")
    assert time.monotonic() - start < CONNECT_TIMEOUT + 1


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    """A real `chroma run` server on a free loopback port (the CLI ships with chromadb)."""
    binary = Path(sys.executable).parent / "chroma"
    if not binary.exists():
        pytest.skip("chroma CLI not installed next to the interpreter")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [str(binary), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("chroma server did not start")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_policy_store_and_idea_index_on_a_chroma_server(chroma_server: str, tmp_path: Path) -> None:
    store = PolicyStore(chroma_url=chroma_server)
    store.add_text("# Rules\n\n## Cameras\n\nNo emotion recognition of staff.\n", document="rules.en.md")
    [hit] = store.retrieve("camera that reads employees' moods", k=1)
    assert hit.id == "rules.en.md#cameras"
    assert not (tmp_path / "chroma").exists()  # nothing embedded was created
    index = IdeaIndex(chroma_url=chroma_server)
    index.add(1, "Summarise customer complaints every week.")
    assert [
        h.idea_id for h in IdeaIndex(chroma_url=chroma_server).search("Weekly summary of complaints.")
    ] == [1]
