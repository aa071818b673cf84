"""What every outlet's structured reader shares: HTML fragments as body blocks, JSON and times read safely.

An outlet's own data (a saved page, its JSON, an API response) is
untrusted: every text taken from it goes through :func:`clean_text`
(control codes and terminal escapes removed, white space folded), so it
reaches the stages exactly as cleaned dump text does.  Nothing here names
an outlet.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from tui.core.model.post import Block, BlockKind, Origin, Post, Stamp
from tui.core.model.text import clean_line
from tui.core.model.zones import get_zone, zone_abbreviation

#: Block-level tags whose text is one body block (``li``: a bullet; ``blockquote``: a quote).
_BLOCK_TAGS: dict[str, BlockKind] = {
    "p": "paragraph",
    "li": "bullet",
    "blockquote": "quote",
    "h2": "paragraph",
    "h3": "paragraph",
    "h4": "paragraph",
}
#: Tags whose content is never text a reader sees.
_SKIP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "button", "form")
_SPACE_RE = re.compile(r"\s+")


def clean_text(text: str | None) -> str:
    """Untrusted text from an outlet's data as one clean line (no control codes, single spaces)."""
    if not text:
        return ""
    return _SPACE_RE.sub(" ", clean_line(text.replace("\u00a0", " "))).strip()


#: Tags that break a line of text (a space where they start and end when read inline).
_BREAKING = {
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "blockquote",
    "h2",
    "h3",
    "h4",
    "figure",
    "figcaption",
    "section",
    "tr",
    "td",
}


def _inline(node: Node) -> str:
    """The text under ``node`` as one run: text nodes as they are, a space at every line-breaking tag."""
    parts: list[str] = []
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            parts.append(child.text(deep=False) or "")
        elif child.tag in _SKIP_TAGS:
            continue
        elif child.tag in _BREAKING:
            parts.append(" " + _inline(child) + " ")
        else:
            parts.append(_inline(child))
    return "".join(parts)


def _node_text(node: Node) -> str:
    return clean_text(_inline(node))


def _strip(tree: HTMLParser) -> None:
    for tag in _SKIP_TAGS:
        for node in tree.css(tag):
            node.decompose()


def html_blocks(html: str, first: int = 0) -> list[Block]:
    """The text of an HTML fragment as body blocks: paragraphs, bullets and quotes, in order.

    Text outside any paragraph-like tag is one paragraph.  ``first`` is the
    line number the blocks carry (structured posts have no lines; see
    :class:`~tui.core.model.post.Origin`).
    """
    tree = HTMLParser(f"<div id='liveblog-root'>{html}</div>")
    _strip(tree)
    root = tree.css_first("#liveblog-root")
    if root is None:
        return []
    blocks: list[Block] = []
    for kind, text in _walk(root):
        if text:
            blocks.append(Block(kind, text, first, first))
    return blocks


_CONTAINERS = {
    "ul",
    "ol",
    "div",
    "section",
    "figure",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "span",
    "body",
    "html",
}


def _walk(node: Node) -> Iterator[tuple[BlockKind, str]]:
    """(kind, text) for each block-level piece under ``node``; loose text between them is a paragraph."""
    loose: list[str] = []

    def flush() -> Iterator[tuple[BlockKind, str]]:
        text = clean_text("".join(loose))
        loose.clear()
        if text:
            yield "paragraph", text

    for child in node.iter(include_text=True):
        tag = child.tag
        if tag in _BLOCK_TAGS:
            yield from flush()
            yield _BLOCK_TAGS[tag], _node_text(child)
        elif tag in _CONTAINERS and _has_blocks(child):
            yield from flush()
            yield from _walk(child)
        elif tag == "-text":
            loose.append(child.text(deep=False) or "")
        elif tag in _SKIP_TAGS:
            continue
        elif tag == "br":
            loose.append(" ")
        else:
            loose.append(_inline(child))
    yield from flush()


def _has_blocks(node: Node) -> bool:
    return any(node.css_first(tag) is not None for tag in _BLOCK_TAGS)


def html_document(text: str) -> HTMLParser:
    """A whole page, parsed (scripts kept: the embedded data lives there)."""
    return HTMLParser(text)


def json_scripts(tree: HTMLParser, selector: str) -> Iterator[Any]:
    """Each ``<script>`` matching ``selector`` read as JSON; scripts that are not JSON are skipped."""
    for node in tree.css(selector):
        try:
            yield json.loads(node.text(deep=True) or "")
        except ValueError:
            continue


def once(objects: Iterable[Any], key: str) -> Iterator[dict[str, Any]]:
    """Each JSON object once by its ``key`` (the first seen wins; objects without one are all kept)."""
    seen: set[str] = set()
    for obj in objects:
        obj = as_dict(obj)
        ident = str(obj.get(key) or "")
        if ident and ident in seen:
            continue
        seen.add(ident)
        yield obj


def loads(data: bytes | str) -> Any:
    """JSON, or None when it is not JSON (truncated, malformed)."""
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` when it is a JSON object, else an empty one (missing keys are normal in outlets' data)."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """``value`` when it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def parse_instant(value: Any) -> datetime | None:
    """An aware datetime from epoch milliseconds or an ISO 8601 text; None when it is neither."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value / 1000, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and value.strip():
        text = value.strip().replace("Z", "+00:00")
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        if not 1900 <= moment.year <= 2999:
            return None
        return moment
    return None


def stamp_of(moment: datetime, home_zone: str) -> Stamp:
    """The stamp a dump of the outlet would print for ``moment``: its clock in the outlet's home zone."""
    local = moment.astimezone(get_zone(home_zone))
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    zone = zone_abbreviation(local.tzname() or "")
    text = f"{local:%H:%M} {zone} {local.day} {local:%B %Y}"
    return Stamp(text, local.hour, local.minute, local.day, local.month, local.year, zone, minutes)


@dataclass(frozen=True)
class Timed:
    """A post's moments as its outlet's data gives them."""

    published: datetime
    updated: datetime | None = None


def timed_post(post: Post, timed: Timed | None, home_zone: str) -> Post:
    """``post`` with the exact times the data gave (time basis ``published``), or as it is without them."""
    if timed is None:
        return post
    post.published = timed.published
    post.updated = timed.updated if timed.updated and timed.updated > timed.published else None
    post.stamp = stamp_of(timed.published, home_zone)
    post.time_basis = "published"
    post.date_basis = "printed"
    post.time_note = "as the outlet's data gives it"
    return post


def position_origin(name: str, position: int) -> Origin:
    """Where a structured post came from: the source's name and its 1-based position in the page's data."""
    return Origin(name, position, position, in_data=True)


def digest_of(*parts: bytes) -> str:
    """A hash of the responses a feed was read from (equal digests: the same page twice)."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(part)
    return digest.hexdigest()
