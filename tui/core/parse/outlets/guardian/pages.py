"""The Guardian's page reader: which addresses are its live blogs, how a fetch proceeds, what its data holds.

See :class:`tui.core.parse.outlet.PageReader`; the reading itself is in
:mod:`tui.core.parse.outlets.guardian.structured`.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from tui.core.model.post import Feed
from tui.core.parse.outlets.guardian import structured as g
from tui.core.parse.snapshot import Response, Snapshot
from tui.core.parse.structured import digest_of, loads


def live_url(url: str) -> bool:
    """``/<section>/live/YYYY/mon/DD/slug`` (or its ``.json``, or the Content API's address of it)."""
    return g.is_live_url(url.split("?", 1)[0].removesuffix(".json"))


def _content_api(url: str) -> bool:
    """A Content API address (``content.guardianapis.com/<path>?show-blocks=all&api-key=…``): read as given."""
    parts = urlsplit(url)
    return (parts.hostname or "").endswith("guardianapis.com") or "show-blocks=" in parts.query


def read_structured(data: bytes, name: str) -> Feed | None:
    """A page JSON, a Content API response, an update poll's answer or a saved page of the Guardian's."""
    digest = digest_of(data)
    text = data.decode("utf-8", "replace")
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in "{[":
        value = loads(stripped)
        if g.is_page_json(value) or (isinstance(value, dict) and "blocks" in value and "webURL" in value):
            feed = g.read_page_json([value], name, digest)
            if not feed.posts:
                raise ValueError(
                    "a Guardian page's JSON, but it holds no blocks with text (its layout may have changed)"
                )
            return feed
        if g.is_capi(value):
            return g.read_capi(value, name, digest)
        if g.poll_says_new(value) is not None and isinstance(value.get("html"), str):
            return g.read_block_html(value["html"], name, digest)
        return None
    if not g.html_is_guardian(text):
        return None
    feed = g.read_block_html(text, name, digest)
    if not feed.posts:
        raise ValueError(
            "a Guardian page, but no live-blog blocks in it (no article#block-… and no LiveBlogPosting updates)"
        )
    return feed


def read_snapshot(snapshot: Snapshot, name: str) -> Feed:
    """The page JSONs a fetch gathered (newest page first) as one feed."""
    pages = [loads(r.body) for r in snapshot.responses]
    if not pages or not g.is_page_json(pages[0]):
        first = snapshot.responses[0].body if snapshot.responses else b""
        feed = read_structured(first, name) if first else None
        if feed is None:
            raise ValueError("the Guardian page's JSON holds no blocks (its layout may have changed)")
        return feed
    feed = g.read_page_json(
        [p for p in pages if g.is_page_json(p)], name, digest_of(*(r.body for r in snapshot.responses))
    )
    if not feed.posts:
        raise ValueError("the Guardian page's JSON holds no blocks with text (its layout may have changed)")
    return feed


def next_request(url: str, responses: Sequence[Response]) -> str | None:
    """The page's JSON, then each older page in turn (at most :data:`~structured.MAX_PAGES`)."""
    if _content_api(url):
        return None if responses else url  # one response holds every block
    if not responses:
        return g.page_json_url(url)
    if len(responses) >= g.MAX_PAGES:
        return None
    older = g.older_page(loads(responses[-1].body))
    if older is None:
        return None
    wanted = g.page_json_url(url, older)
    return None if any(r.url == wanted for r in responses) else wanted


def poll_request(url: str, responses: Sequence[Response]) -> str | None:
    """The page's own update poll after its newest block (a Content API address is fetched again instead)."""
    if _content_api(url):
        return None
    newest = g.newest_block(loads(responses[0].body)) if responses else None
    return g.poll_url(url, newest) if newest else None


def poll_changed(responses: Sequence[Response], answer: bytes) -> bool:
    """New blocks in the poll's answer (an answer that is not a poll's: assume a change)."""
    said = g.poll_says_new(loads(answer))
    return True if said is None else said
