"""A fetched page as one document: the responses a URL's fetch gathered, with the URL and when.

The sources floor writes one of these for each URL it fetches (in the
store's pages folder); the parse stage reads it like any file, and the
outlet that owns the URL turns its responses into a feed.  Keeping the raw
responses (not the feed) means a parser upgrade re-reads them exactly.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass
from datetime import datetime

#: The document's first key, and the format version.
MAGIC = "liveblog-page-snapshot"
VERSION = 1
_GZIP = b"\x1f\x8b"
#: A decompressed snapshot larger than this is refused (it would not be one we wrote).
MAX_SNAPSHOT = 256 * 1024 * 1024


@dataclass(frozen=True)
class Response:
    """One response of a fetch: the address asked, the body, and the validators the server gave."""

    url: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Snapshot:
    """What one URL's fetch gathered: the page's responses in the order asked, and state for polling."""

    url: str
    outlet: str
    fetched: datetime
    responses: tuple[Response, ...]
    #: Whether the page said it is live when fetched (None: it did not say).
    live: bool | None = None
    #: Why this fetch stopped before the page's older parts ("" when it got all of them); never stored.
    incomplete: str = ""


def encode(snapshot: Snapshot) -> bytes:
    """The snapshot as gzip-compressed JSON (bodies as text: they are JSON or HTML)."""
    document = {
        MAGIC: VERSION,
        "url": snapshot.url,
        "outlet": snapshot.outlet,
        "fetched": snapshot.fetched.isoformat(),
        "live": snapshot.live,
        "responses": [
            {"url": r.url, "etag": r.etag, "last_modified": r.last_modified, "body": r.body.decode("utf-8", "replace")}
            for r in snapshot.responses
        ],
    }
    return gzip.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"), compresslevel=6, mtime=0)


def is_snapshot(data: bytes) -> bool:
    """Whether bytes look like a snapshot (compressed, or the JSON itself)."""
    head = _inflate_head(data) if data[:2] == _GZIP else data[:64]
    return head.lstrip()[:40].startswith(b'{"' + MAGIC.encode())


def _inflate_head(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 64)
    except zlib.error:
        return b""


def gunzip(data: bytes, limit: int = MAX_SNAPSHOT) -> bytes:
    """Gzip-compressed bytes inflated (at most ``limit``); raises ValueError for damaged or oversized data."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"damaged compressed data ({exc})") from None
    if len(out) > limit:
        raise ValueError(f"compressed data inflates past {limit // (1024 * 1024)} MiB")
    return out


def decode(data: bytes) -> Snapshot:
    """A snapshot from :func:`encode`'s bytes; raises ValueError naming what is wrong."""
    raw = gunzip(data) if data[:2] == _GZIP else data
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError):
        raise ValueError("a page snapshot that is not valid JSON (damaged?)") from None
    if not isinstance(document, dict) or document.get(MAGIC) != VERSION:
        raise ValueError("a page snapshot of an unknown version")
    try:
        responses = tuple(
            Response(str(r["url"]), str(r["body"]).encode("utf-8"), r.get("etag"), r.get("last_modified"))
            for r in document["responses"]
        )
        fetched = datetime.fromisoformat(str(document["fetched"]))
        live = document.get("live")
        return Snapshot(
            str(document["url"]), str(document["outlet"]), fetched, responses, live if isinstance(live, bool) else None
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ValueError("a page snapshot with missing or malformed fields") from None
