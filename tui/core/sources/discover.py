"""Discover the live blogs the outlets are running now, from their public feeds.

A feed (RSS or Atom, read with ``feedparser``) lists articles; an item is a
live blog when an outlet recognises its link as one of its live pages (the
outlets' plug-ins say, by the address's shape — nothing here names an
outlet).  Feeds are fetched politely like pages; a feed that fails is one
line and the others still count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tui.core.model.text import printable
from tui.core.parse import outlet as registry
from tui.core.sources.http import FetchError, PoliteClient, check_url, shown_url


@dataclass(frozen=True)
class LiveBlog:
    """One live blog a feed lists: its outlet, title, address, and when the feed says it was updated."""

    outlet: str
    title: str
    url: str
    updated: datetime | None
    feed: str


def _when(entry: Any) -> datetime | None:
    parsed = entry.get("updated_parsed") or entry.get("published_parsed")
    if not parsed:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in parsed[:6])
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _clean_link(link: str) -> str:
    """The address without the feed's tracking query and fragment (what a person would paste)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(link.strip())
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def read_feed(body: bytes, feed_url: str) -> tuple[list[LiveBlog], str | None]:
    """The live blogs one feed's body lists, and a problem when it is not a feed at all."""
    import feedparser

    parsed = feedparser.parse(body)
    entries = list(parsed.get("entries", []))
    if parsed.get("bozo") and not entries:
        reason = parsed.get("bozo_exception")
        return [], f"not an RSS or Atom feed ({printable(str(reason))[:120] if reason else 'unreadable'})"
    found: list[LiveBlog] = []
    for entry in entries:
        link = _clean_link(str(entry.get("link", "")))
        if not link or check_url(link) is not None:
            continue
        chosen = registry.url_outlet(link)
        if chosen is None:
            continue
        title = " ".join(printable(str(entry.get("title", ""))).split()) or link
        found.append(LiveBlog(chosen.code, title, link, _when(entry), feed_url))
    return found, None


def discover(
    feeds: list[str] | tuple[str, ...],
    client: PoliteClient,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[LiveBlog], list[str]]:
    """Every live blog the feeds list (each address once, newest first), and one line per feed that failed."""
    blogs: dict[str, LiveBlog] = {}
    problems: list[str] = []
    for feed_url in feeds:
        if progress is not None:
            progress(f"Reading {shown_url(feed_url)}")
        refused = check_url(feed_url)
        if refused:
            problems.append(f"{shown_url(feed_url)}: {refused}")
            continue
        try:
            answer = client.get(feed_url)
        except FetchError as error:
            problems.append(f"{shown_url(feed_url)}: {error.reason}")
            continue
        found, problem = read_feed(answer.body, feed_url)
        if problem:
            problems.append(f"{shown_url(feed_url)}: {problem}")
        for blog in found:
            blogs.setdefault(blog.url, blog)
    ordered = sorted(blogs.values(), key=lambda b: b.updated or datetime.min.replace(tzinfo=UTC), reverse=True)
    return ordered, problems
