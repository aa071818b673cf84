"""The BBC's own data: a live page's embedded JSON, and the stream endpoint the page polls.

A live page carries its posts in ``window.__INITIAL_DATA__`` (a JSON text
stored as a JavaScript string literal: decoded twice), in
``<script id="__NEXT_DATA__">``, or as JSON-LD; the stream endpoint
(``/wc-data/container/stream?<the page's own query>&pageNumber=N``) answers
``{page: {index, total}, results: [...]}``, sometimes under ``data``.  Posts
are found wherever a ``results`` list of objects with a ``urn`` sits, so a
moved key is not a lost page.  Built to the shapes in the project's notes on
the sources (no recorded BBC News page exists; the World Service sample has
the same post model).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tui.core.model.post import Block, Byline, Feed, Label, Post
from tui.core.parse.outlets.bbc.times import GENERIC_TITLES
from tui.core.parse.structured import (
    Timed,
    as_dict,
    as_list,
    clean_text,
    html_document,
    json_scripts,
    once,
    parse_instant,
    position_origin,
    timed_post,
)

CODE = "bbc"
HOME_ZONE = "Europe/London"
#: A live page's path: ``/news/live/ID``, ``/sport/football/live/ID``, ``/<service>/live/ID``.
LIVE_PATH_RE = re.compile(r"^/(?:[\w-]+/){1,3}live/[\w-]+/?$")
STREAM_PATH = "/wc-data/container/stream"
#: How many stream pages a URL's first fetch reads (20 posts a page).
MAX_PAGES = 40
_INITIAL_RE = re.compile(r"window\.__INITIAL_DATA__\s*=\s*(\"(?:[^\"\\]|\\.)*\")", re.S)
_DEPTH = 12


def is_live_url(url: str) -> bool:
    """Whether ``url`` has the path of a BBC live page (any host: a mirror or a test server works)."""
    return bool(LIVE_PATH_RE.match(urlsplit(url).path))


def html_is_bbc(text: str) -> bool:
    """Whether a page carries the BBC's embedded data or says it is the BBC's."""
    head = text[:400_000]
    return "__INITIAL_DATA__" in head or ("__NEXT_DATA__" in head and "bbc" in head.lower()) or 'content="BBC' in head


def initial_data(text: str) -> Any:
    """``window.__INITIAL_DATA__`` decoded (a string literal holding JSON), or None."""
    match = _INITIAL_RE.search(text)
    if match is None:
        return None
    try:
        inner = json.loads(match.group(1))
        return json.loads(inner) if isinstance(inner, str) else inner
    except (ValueError, RecursionError):
        return None


def page_data(text: str) -> list[Any]:
    """Every embedded JSON a saved or fetched page holds: initial data, next data, JSON-LD."""
    found: list[Any] = []
    data = initial_data(text)
    if data is not None:
        found.append(data)
    tree = html_document(text)
    found += list(json_scripts(tree, "script#__NEXT_DATA__"))
    found += list(json_scripts(tree, 'script[type="application/ld+json"]'))
    return found


def _objects(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object under ``value`` (bounded depth: outlets' data is deep but not that deep)."""
    if depth > _DEPTH * 2:
        return
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _objects(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item, depth + 1)


def streams(value: Any) -> list[dict[str, Any]]:
    """Objects holding a ``results`` list of posts (each with a ``urn``)."""
    return [
        obj
        for obj in _objects(value)
        if isinstance(obj.get("results"), list) and any(isinstance(r, dict) and "urn" in r for r in obj["results"])
    ]


def stream_query(value: Any) -> str | None:
    """The query of the page's own stream request (the key starting ``stream?`` in its initial data)."""
    for obj in _objects(value):
        for key in obj:
            if isinstance(key, str) and key.startswith("stream?"):
                return key[len("stream?") :]
    return None


def stream_url(page_url: str, query: str, page: int) -> str:
    """The stream endpoint at the page's origin, with the page's own query and ``pageNumber``."""
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "pageNumber"]
    pairs.append(("pageNumber", str(page)))
    parts = urlsplit(page_url)
    return urlunsplit((parts.scheme, parts.netloc, STREAM_PATH, urlencode(pairs), ""))


def page_total(value: Any) -> int:
    """How many stream pages there are (1 when no stream says)."""
    for stream in streams(value):
        total = as_dict(stream.get("page")).get("total")
        if isinstance(total, int) and not isinstance(total, bool) and total > 0:
            return total
    return 1


def _first(value: Any, key: str, kind: type) -> Any:
    for obj in _objects(value):
        found = obj.get(key)
        if isinstance(found, kind) and not (kind is int and isinstance(found, bool)):
            return found
    return None


def _text(node: Any) -> str:
    """The text of a BBC block tree: a node's ``model.text``, else its children's, joined."""
    model = as_dict(as_dict(node).get("model"))
    if isinstance(model.get("text"), str):
        return clean_text(model["text"])
    return clean_text(" ".join(_text(child) for child in as_list(model.get("blocks"))))


def _header(result: dict[str, Any]) -> tuple[str, Byline | None, str]:
    """(title, byline, sub-headline text that is no byline) of a post's header blocks."""
    title, byline, extra = "", None, ""
    for block in as_list(as_dict(as_dict(result.get("header")).get("model")).get("blocks")):
        block = as_dict(block)
        kind = block.get("type")
        if kind == "headline":
            title = _text(block)
        elif kind == "contributor":
            model = as_dict(block.get("model"))
            name = clean_text(model.get("name"))
            if name:
                byline = Byline(name, clean_text(model.get("subtitle")) or None)
        elif kind == "subheadline":
            text = _text(block)
            name, sep, role = text.partition(" - ")
            if sep and byline is None and len(name.split()) <= 5:
                byline = Byline(name.strip(), role.strip() or None)
            elif text:
                extra = text
    return title, byline, extra


def _body(node: Any, position: int) -> list[Block]:
    """Body blocks of a post's content tree."""
    blocks: list[Block] = []
    for block in as_list(as_dict(as_dict(node).get("model")).get("blocks")):
        block = as_dict(block)
        kind = block.get("type")
        model = as_dict(block.get("model"))
        if kind == "paragraph" or kind == "fragment":
            text = _text(block)
            if text:
                blocks.append(Block("paragraph", text, position, position))
        elif kind in ("unorderedList", "orderedList"):
            for item in as_list(model.get("blocks")):
                text = _text(item)
                if text:
                    blocks.append(Block("bullet", text, position, position))
        elif kind == "quote":
            text = _text(block)
            if text:
                blocks.append(Block("quote", text, position, position))
        elif kind == "image":
            blocks += _image(block, position)
        elif kind in ("video", "social", "embed", "media"):
            text = _text(block)
            link = _first(block, "href", str) or _first(block, "locator", str) or ""
            shown = " ".join(p for p in (text, f"({clean_text(link)})" if link.startswith("http") else "") if p)
            if shown:
                blocks.append(Block("embed", shown, position, position))
        elif kind in ("text", "heading", "subheading", "crosshead"):
            blocks += (
                _body(block, position)
                if as_list(model.get("blocks")) and kind == "text"
                else ([Block("paragraph", _text(block), position, position)] if _text(block) else [])
            )
    return blocks


def _image(block: dict[str, Any], position: int) -> list[Block]:
    caption, alt, credit = "", "", ""
    for part in as_list(as_dict(block.get("model")).get("blocks")):
        part = as_dict(part)
        if part.get("type") == "caption":
            caption = _text(part)
        elif part.get("type") == "altText":
            alt = _text(part)
        elif part.get("type") == "rawImage":
            credit = clean_text(as_dict(part.get("model")).get("copyrightHolder"))
    if not (caption or alt):
        return []
    blocks = [Block("image", alt or caption, position, position, credit=credit or None)]
    if caption and alt:
        blocks.append(Block("caption", caption, position, position))
    return blocks


def _post(result: dict[str, Any], page_url: str, name: str, position: int) -> Post | None:
    title, byline, extra = _header(result)
    body = _body(result.get("content"), position)
    if extra:
        body.insert(0, Block("paragraph", extra, position, position))
    if not body and not title:
        return None
    # An untitled post reads "Post update" on the page (and in a dump of it): the same title keeps its id the same.
    post = Post(
        CODE,
        name,
        position - 1,
        title=title or "Post update",
        body=body,
        byline=byline,
        origins=[position_origin(name, position)],
    )
    post.title_generic = (title or "Post update").lower() in GENERIC_TITLES
    urn = clean_text(result.get("urn"))
    post.source_id = urn or None
    post.link = f"{page_url}?{urlencode({'post': urn})}#post" if urn and page_url else None
    if as_dict(result.get("options")).get("isBreakingNews") is True:
        post.labels.append(Label("Breaking"))
    dates = as_dict(result.get("dates"))
    published = parse_instant(dates.get("firstPublished")) or parse_instant(dates.get("time"))
    updated = parse_instant(dates.get("lastPublished"))
    return timed_post(post, Timed(published, updated) if published else None, HOME_ZONE)


def read_bbc(documents: list[Any], name: str, digest: str, page_url: str | None = None) -> Feed:
    """One feed from a page's embedded data and any stream pages (newest first); a post seen twice counts once.

    Raises ValueError naming what was missing when no post is found.
    """
    posts: list[Post] = []
    url = page_url or ""
    if not url:
        canonical = _first(documents, "canonicalUrl", str) or _first(documents, "url", str) or ""
        url = clean_text(canonical) if canonical.startswith("http") else ""
    results = (
        result for document in documents for stream in streams(document) for result in as_list(stream.get("results"))
    )
    for result in once(results, "urn"):
        post = _post(result, url, name, len(posts) + 1)
        if post is not None:
            posts.append(post)
    if not posts:
        raise ValueError("found no live-page posts in the BBC page's data (no stream of results with post urns)")
    feed = Feed(name, CODE, CODE, posts=posts, digest=digest, post_count=len(posts))
    feed.url = url or None
    title = _first(documents, "seoTitle", str) or _first(documents, "headline", str) or _first(documents, "title", str)
    feed.title = clean_text(title) or None
    live = _first(documents, "isLive", bool)
    feed.live = live
    summary = _first(documents, "summaryPoints", dict)
    points = [obj for obj in _objects(as_dict(summary).get("content")) if obj.get("type") == "listItem"]
    feed.summary = [Block("bullet", _text(point), 0, 0) for point in points if _text(point)]
    return feed


def is_stream_json(data: Any) -> bool:
    """A stream endpoint answer (or a page data file) holding posts."""
    return bool(streams(data))
