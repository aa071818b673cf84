"""Outlets' responses, built in the shapes of the real recordings (``../shared/reference/sources/``).

The recordings are third-party data and stay out of the project: these
builders make responses of the same shapes from the tests' own text, so the
suite passes on a fresh clone.  Shapes: a Guardian page JSON
(``<page>.json?dcr=true``), its update poll's answer, a saved Guardian page's
block markup; a BBC live page with ``window.__INITIAL_DATA__`` and the
stream endpoint's JSON.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime
from typing import Any

GUARDIAN_PATH = "/world/live/2025/aug/19/ukraine-war-live-updates"
BBC_PATH = "/news/live/c2kzn1nw1d4t"
BBC_QUERY = (
    "assetId=c2kzn1nw1d4t&liveTextStreamId=3861CC0A9EA7434981EEE3FCE9880391"
    "&pageSize=20&pageUrl=%2Fnews%2Flive%2Fc2kzn1nw1d4t"
)


def ms(text: str) -> int:
    """Epoch milliseconds of an ISO time (``2025-08-19T09:30:00Z``)."""
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)


def guardian_block(
    block_id: str,
    when: str,
    paragraphs: list[str],
    title: str | None = None,
    updated: str | None = None,
    key_event: bool = False,
    summary: bool = False,
    pinned: bool = False,
    contributors: list[str] | None = None,
) -> dict[str, Any]:
    """One block of a page JSON (``blocks[]``)."""
    block: dict[str, Any] = {
        "id": block_id,
        "elements": [
            {
                "_type": "model.dotcomrendering.pageElements.TextBlockElement",
                "html": f"<p>{html.escape(p)}</p>",
                "elementId": f"e-{block_id}-{n}",
            }
            for n, p in enumerate(paragraphs)
        ],
        "attributes": {"pinned": pinned, "keyEvent": key_event, "summary": summary},
        "blockCreatedOn": ms(when) - 60_000,
        "blockFirstPublished": ms(when),
        "blockLastUpdated": ms(updated or when),
        "contributors": [{"name": n} for n in contributors or []],
        "primaryDateLine": "Tue 19 Aug 2025 09.30 BST",
    }
    if title:
        block["title"] = title
    return block


def guardian_page(
    blocks: list[dict[str, Any]],
    base: str,
    live: bool = True,
    older: str | None = None,
    page: int = 1,
    total: int = 1,
    headline: str = "Ukraine war live: leaders meet at the White House",
    pinned: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A page JSON: ``webURL``, ``headline``, ``blocks``, ``pagination``, the live state in ``config``."""
    pagination: dict[str, Any] = {"currentPage": page, "totalPages": total}
    if older:
        pagination["older"] = f"?page=with:block-{older}"
        pagination["oldest"] = f"?page=with:block-{older}"
    data: dict[str, Any] = {
        "version": 3,
        "headline": headline,
        "webTitle": headline,
        "pageId": GUARDIAN_PATH.lstrip("/"),
        "webURL": base + GUARDIAN_PATH,
        "blocks": blocks,
        "keyEvents": [b for b in blocks if b["attributes"]["keyEvent"]],
        "mostRecentBlockId": f"block-{blocks[0]['id']}" if blocks else None,
        "pagination": pagination,
        "config": {"isLive": live, "isLiveBlog": True, "isPaidContent": False},
        "linkedData": [{"@type": "LiveBlogPosting", "headline": headline}],
    }
    if pinned:
        data["pinnedPost"] = pinned
    return data


def guardian_poll(new_blocks: list[dict[str, Any]], base: str) -> dict[str, Any]:
    """The update poll's answer: how many new blocks, the newest id, their markup."""
    answer: dict[str, Any] = {"numNewBlocks": len(new_blocks)}
    if new_blocks:
        answer["mostRecentBlockId"] = f"block-{new_blocks[0]['id']}"
        answer["html"] = guardian_blocks_html(new_blocks, base)
    return answer


def guardian_blocks_html(blocks: list[dict[str, Any]], base: str) -> str:
    """Block markup as the page (and the poll's ``html``) prints it."""
    parts = []
    for block in blocks:
        when = datetime.fromtimestamp(block["blockFirstPublished"] / 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        link = f"{base}{GUARDIAN_PATH}?page=with:block-{block['id']}#block-{block['id']}"
        title = f"<h2>{html.escape(block['title'])}</h2>" if block.get("title") else ""
        body = "".join(e["html"] for e in block["elements"])
        parts.append(
            f'<article id="block-{block["id"]}" class="block"><header><a href="{link}">'
            f'<time dateTime="{when}">1h ago</time><span>09.30 BST</span></a>{title}</header>{body}</article>'
        )
    return "".join(parts)


def guardian_saved_page(blocks: list[dict[str, Any]], base: str, pinned: dict[str, Any] | None = None) -> str:
    """A page saved from a browser: site chrome, scripts, the pinned copy and the blocks."""
    copy = guardian_blocks_html([pinned], base).replace("<article id=", "<article data-x=") if pinned else ""
    pinned_html = f'<div id="pinned-post">{copy}</div>' if pinned else ""
    return (
        "<!DOCTYPE html><html><head><title>Ukraine war live | The Guardian</title>"
        '<meta property="og:site_name" content="the Guardian">'
        f'<link rel="canonical" href="https://www.theguardian.com{GUARDIAN_PATH}">'
        "<script>window.guardian = {config: {}}; document.write('\\x1b[31m')</script><style>p{color:red}</style></head>"
        "<body><nav>Skip to main content</nav><h1>Ukraine war live: leaders meet at the White House</h1>"
        f"{pinned_html}{guardian_blocks_html(blocks, base)}<footer>© 2025 Guardian News</footer></body></html>"
    )


def bbc_result(
    urn: str,
    when: str,
    paragraphs: list[str],
    title: str | None = None,
    updated: str | None = None,
    breaking: bool = False,
) -> dict[str, Any]:
    """One post of a stream (``results[]``), in the model the BBC's live pages use."""

    def text_block(kind: str, text: str) -> dict[str, Any]:
        return {
            "type": kind,
            "model": {
                "blocks": [
                    {
                        "type": "text",
                        "model": {
                            "blocks": [
                                {
                                    "type": "paragraph",
                                    "model": {
                                        "text": text,
                                        "blocks": [{"type": "fragment", "model": {"text": text, "attributes": []}}],
                                    },
                                }
                            ]
                        },
                    }
                ]
            },
        }

    header = [text_block("headline", title)] if title else []
    return {
        "urn": urn,
        "type": "POST",
        "options": {"isBreakingNews": breaking},
        "dates": {"firstPublished": when, "lastPublished": updated or when, "time": None},
        "header": {"model": {"blocks": header}},
        "content": {
            "model": {
                "blocks": [
                    {
                        "type": "paragraph",
                        "model": {"text": p, "blocks": [{"type": "fragment", "model": {"text": p, "attributes": []}}]},
                    }
                    for p in paragraphs
                ]
            }
        },
    }


def bbc_stream(results: list[dict[str, Any]], index: int = 1, total: int = 1) -> dict[str, Any]:
    """The stream endpoint's answer."""
    return {"data": {"results": results, "page": {"index": index, "total": total}}}


def bbc_page_html(
    results: list[dict[str, Any]],
    total: int = 1,
    live: bool = True,
    title: str = "Ukraine war: leaders meet Trump - live",
) -> str:
    """A live page: its data as a JSON text inside a JavaScript string literal, decoded twice by readers."""
    data = {
        "data": {
            f"stream?{BBC_QUERY}&pageNumber=1": {
                "name": "stream",
                "data": {"results": results, "page": {"index": 1, "total": total}},
            },
            "live-page-header?id=c2kzn1nw1d4t": {"data": {"title": title, "isLive": live, "seo": {"seoTitle": title}}},
        }
    }
    literal = json.dumps(json.dumps(data))
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)} - BBC News</title>"
        '<meta property="og:site_name" content="BBC News"></head><body><div id="main">…</div>'
        f"<script>window.__INITIAL_DATA__={literal};</script></body></html>"
    )
