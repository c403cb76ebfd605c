"""Chroma client and collection factory shared by the policy store and the similarity index.

Why a module of its own: both stores must open Chroma the same way (embedded under
`data_dir/chroma` or a server from `chroma_url`, telemetry off, explicit embedding function,
cosine space), and Chroma refuses a second embedded client on one path with different settings.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings

from knowledge.embeddings import Embedder

if TYPE_CHECKING:
    from core.settings import Settings


CONNECT_TIMEOUT = 5.0
"""Seconds to wait for a Chroma server before failing; chromadb's own HTTP client has no timeout."""


class ChromaUnavailable(ConnectionError):
    """The configured Chroma server cannot be reached (the message names the URL)."""


def chroma_settings() -> ChromaSettings:
    """Telemetry off (no network calls) and reset disabled; identical for every client in a process."""
    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """(host, port, ssl) of `http://host:port`; the port defaults to 8000 (443 for https)."""
    parsed = urlparse(url if "://" in url else f"http://{url}")
    if not parsed.hostname:
        raise ValueError(f"AIPMO_CHROMA_URL {url!r} has no host")
    ssl = parsed.scheme == "https"
    return parsed.hostname, parsed.port or (443 if ssl else 8000), ssl


def make_client(
    settings: Settings | None = None, *, data_dir: Path | None = None, chroma_url: str | None = None
) -> ClientAPI:
    """A server client when a Chroma URL is configured, else an embedded one under `data_dir/chroma`."""
    url = chroma_url if chroma_url is not None else (settings.chroma_url if settings else "")
    if url:
        host, port, ssl = parse_chroma_url(url)
        try:  # fail fast instead of hanging on an unroutable host (chromadb uses timeout=None)
            socket.create_connection((host, port), timeout=CONNECT_TIMEOUT).close()
            return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=chroma_settings())
        except (OSError, ValueError) as exc:
            raise ChromaUnavailable(
                f"Chroma server at AIPMO_CHROMA_URL={url!r} is not reachable: {exc}"
            ) from exc
    base = data_dir if data_dir is not None else (settings.data_dir if settings else Path("data"))
    path = Path(base) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings())


def open_collection(client: ClientAPI, base: str, embedder: Embedder, *, is_query: bool) -> Collection:
    """The collection `<base>__<model>` in cosine space with the embedder's Chroma function."""
    return client.get_or_create_collection(
        name=embedder.collection_name(base),
        metadata={"hnsw:space": "cosine", "embedding_model": embedder.model_name},
        embedding_function=embedder.chroma_function(is_query=is_query),  # type: ignore[arg-type]
    )
