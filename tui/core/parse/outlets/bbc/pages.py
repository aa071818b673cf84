"""The BBC's page reader: which addresses are its live pages, how a fetch proceeds, what its data holds.

See :class:`tui.core.parse.outlet.PageReader`; the reading itself is in
:mod:`tui.core.parse.outlets.bbc.structured`.  A fetch reads the page
(its embedded data is the newest stream page), then stream pages 2…total
through the endpoint the page itself uses, with the page's own query.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.core.model.post import Feed
from tui.core.parse.outlets.bbc import structured as b
from tui.core.parse.snapshot import Response, Snapshot
from tui.core.parse.structured import as_dict, as_list, digest_of, loads


def live_url(url: str) -> bool:
    """``/news/live/ID``, ``/sport/<sport>/live/ID`` and the World Service's ``/<service>/live/ID``."""
    return b.is_live_url(url)


def _documents(body: bytes) -> list[Any]:
    text = body.decode("utf-8", "replace")
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in "{[":
        value = loads(stripped)
        return [value] if value is not None else []
    return b.page_data(text)


def read_structured(data: bytes, name: str) -> Feed | None:
    """A saved BBC live page, or a stream endpoint's (or a page data file's) JSON."""
    text = data.decode("utf-8", "replace")
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in "{[":
        value = loads(stripped)
        return b.read_bbc([value], name, digest_of(data)) if b.is_stream_json(value) else None
    if not b.html_is_bbc(text):
        return None
    return b.read_bbc(b.page_data(text), name, digest_of(data))


def read_snapshot(snapshot: Snapshot, name: str) -> Feed:
    """The page and its stream pages as one feed (newest first)."""
    documents = [doc for r in snapshot.responses for doc in _documents(r.body)]
    return b.read_bbc(documents, name, digest_of(*(r.body for r in snapshot.responses)), snapshot.url)


def _query(responses: Sequence[Response]) -> str | None:
    return (
        next((q for q in (b.stream_query(doc) for doc in _documents(responses[0].body)) if q), None)
        if responses
        else None
    )


def next_request(url: str, responses: Sequence[Response]) -> str | None:
    """The page, then stream pages 2…total (at most :data:`~structured.MAX_PAGES`)."""
    if not responses:
        return url
    query = _query(responses)
    if query is None:
        return None
    total = max(b.page_total(doc) for doc in _documents(responses[0].body)) if _documents(responses[0].body) else 1
    wanted = len(responses) + 1
    return b.stream_url(url, query, wanted) if wanted <= min(total, b.MAX_PAGES) else None


def poll_request(url: str, responses: Sequence[Response]) -> str | None:
    """Stream page 1, as the page polls it (None without the page's query: the page is fetched again)."""
    query = _query(responses)
    return b.stream_url(url, query, 1) if query else None


def _newest(documents: list[Any]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for doc in documents:
        for stream in b.streams(doc):
            if as_dict(stream.get("page")).get("index") not in (None, 1):
                continue
            for result in as_list(stream.get("results")):
                result = as_dict(result)
                found.add((str(result.get("urn")), str(as_dict(result.get("dates")).get("lastPublished"))))
    return found


def poll_changed(responses: Sequence[Response], answer: bytes) -> bool:
    """Whether stream page 1 differs from the newest page the responses hold (posts or their update times)."""
    if not responses:
        return True
    return _newest(_documents(answer)) != _newest(_documents(responses[0].body))
