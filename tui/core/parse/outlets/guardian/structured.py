"""The Guardian's own data: a page's JSON (``.json?dcr=true``), a Content API response, a saved page, an update poll.

Every form becomes the same :class:`~tui.core.model.post.Feed` a dump
gives, with what only the data knows: each block's id, exact first-published
and last-updated times, its link, key-event / summary / pinned flags, and
the page's title, address and live state.  The pinned copy of a block is not
a second post.  What a fetch plan asks for next (older pages, the update
poll) is worked out here too, from the responses alone; fetching is the
sources floor's business.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from tui.core.model.post import Block, Byline, Feed, Label, Post
from tui.core.parse.structured import (
    Timed,
    as_dict,
    as_list,
    clean_text,
    html_blocks,
    html_document,
    json_scripts,
    once,
    parse_instant,
    position_origin,
    timed_post,
)

CODE = "guardian"
HOME_ZONE = "Europe/London"
#: Hosts whose pages this reader knows (a saved page names one in its canonical link).
HOSTS = ("theguardian.com", "guardianapis.com", "guardianapps.co.uk")
#: A live blog's path: ``/<section>/live/YYYY/mon/DD/slug`` (sections may nest: ``/us-news/live/…``).
LIVE_PATH_RE = re.compile(r"^/[\w-]+(?:/[\w-]+)*/live/\d{4}/[a-z]{3}/\d{1,2}/[\w-]+/?$")
_BLOCK_ID_RE = re.compile(r"^block-([\w-]{1,64})$")
#: How many older pages a URL's first fetch follows (a long day has 5-15 pages of 10-30 blocks).
MAX_PAGES = 40


def is_live_url(url: str) -> bool:
    """Whether ``url`` has the path of a Guardian live blog (any host: a mirror or a test server works)."""
    return bool(LIVE_PATH_RE.match(urlsplit(url).path))


def _page_base(url: str) -> str:
    """The page's address without query, fragment or a ``.json`` ending."""
    parts = urlsplit(url)
    path = parts.path[:-5] if parts.path.endswith(".json") else parts.path
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), "", ""))


def page_json_url(url: str, page: str | None = None) -> str:
    """The page's JSON (``<page>.json?dcr=true``), of an older page when ``page`` (``with:block-ID``) is given."""
    query = {"page": page, "dcr": "true"} if page else {"dcr": "true"}
    return f"{_page_base(url)}.json?{urlencode(query)}"


def poll_url(url: str, newest_block: str) -> str:
    """The update poll the page itself makes: blocks after ``newest_block`` (``block-ID``)."""
    return f"{_page_base(url)}.json?{urlencode({'lastUpdate': newest_block, 'isLivePage': 'true', 'dcr': 'true'})}"


# --- reading a page's JSON -------------------------------------------------------------------------


def is_page_json(data: Any) -> bool:
    """A ``.json?dcr=true`` page: blocks with elements, and the page's address."""
    page = as_dict(data)
    blocks = as_list(page.get("blocks"))
    return (
        bool(blocks)
        and ("webURL" in page or "pageId" in page)
        and all("elements" in as_dict(b) or "id" in as_dict(b) for b in blocks[:3])
    )


def _element_blocks(element: dict[str, Any], position: int) -> list[Block]:
    kind = str(element.get("_type", "")).rsplit(".", 1)[-1]
    data = as_dict(element.get("data"))
    url = element.get("url") if isinstance(element.get("url"), str) else None
    if kind == "ImageBlockElement":
        caption = clean_text(data.get("caption") or data.get("alt"))
        credit = clean_text(data.get("credit"))
        credit = credit[len("Photograph: ") :] if credit.startswith("Photograph: ") else credit
        return [Block("caption", caption, position, position, credit=credit or None)] if caption or credit else []
    if kind == "RichLinkBlockElement":
        text = clean_text(f"{element.get('prefix') or ''}{element.get('text') or ''}")
        return [Block("link-out", f"{text} ({clean_text(url)})" if url else text, position, position)] if text else []
    html = element.get("html") if isinstance(element.get("html"), str) else None
    if (
        kind in ("TextBlockElement", "SubheadingBlockElement", "BlockquoteBlockElement", "PullquoteBlockElement")
        and html
    ):
        blocks = html_blocks(html, position)
        if kind in ("BlockquoteBlockElement", "PullquoteBlockElement"):
            blocks = [Block("quote", b.text, b.first_line, b.last_line) for b in blocks]
        return blocks
    if html or url:
        text = " ".join(b.text for b in html_blocks(html or "", position))
        link = clean_text(url) if url else ""
        shown = " ".join(part for part in (text, f"({link})" if link else "") if part)
        return [Block("embed", shown, position, position)] if shown else []
    return []


def _block_post(block: dict[str, Any], page_url: str, name: str, position: int) -> Post | None:
    block_id = str(block.get("id") or "")
    body = [b for element in as_list(block.get("elements")) for b in _element_blocks(as_dict(element), position)]
    title = clean_text(block.get("title")) or None
    if not body and not title:
        return None
    attributes = as_dict(block.get("attributes"))
    post = Post(CODE, name, position - 1, title=title, body=body, origins=[position_origin(name, position)])
    post.source_id = block_id or None
    post.link = f"{page_url}?page=with:block-{block_id}#block-{block_id}" if block_id and page_url else None
    for flag, label in (("summary", "Summary"), ("keyEvent", "Key event"), ("pinned", "Pinned")):
        if _truthy(attributes.get(flag)):
            post.labels.append(Label(label))
    names = [clean_text(as_dict(c).get("name")) for c in as_list(block.get("contributors"))]
    if any(names):
        post.byline = Byline(", ".join(n for n in names if n))
    published = parse_instant(block.get("blockFirstPublished")) or parse_instant(block.get("blockCreatedOn"))
    updated = parse_instant(block.get("blockLastUpdated"))
    return timed_post(post, Timed(published, updated) if published else None, HOME_ZONE)


def _truthy(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _live_state(page: dict[str, Any]) -> bool | None:
    config = as_dict(page.get("config"))
    for key in ("isLive",):
        if isinstance(config.get(key), bool):
            return bool(config[key])
        if isinstance(page.get(key), bool):
            return bool(page[key])
    for item in as_list(page.get("linkedData")):
        if as_dict(item).get("@type") == "LiveBlogPosting" and as_dict(item).get("coverageEndTime"):
            return False
    return None


def read_page_json(pages: list[Any], name: str, digest: str) -> Feed:
    """One feed from a page's JSON and its older pages (newest page first); blocks seen twice count once."""
    first = as_dict(pages[0])
    page_url = clean_text(first.get("webURL")) or ""
    posts: list[Post] = []
    pinned = str(as_dict(first.get("pinnedPost")).get("id") or "")
    for block in once((block for page in pages for block in as_list(as_dict(page).get("blocks"))), "id"):
        post = _block_post(block, page_url, name, len(posts) + 1)
        if post is not None:
            if pinned and block.get("id") == pinned and not post.has_label("Pinned"):
                post.labels.append(Label("Pinned"))
            posts.append(post)
    feed = Feed(name, CODE, CODE, posts=posts, digest=digest, post_count=len(posts))
    feed.url = page_url or None
    feed.title = clean_text(first.get("headline") or first.get("webTitle")) or None
    feed.live = _live_state(first)
    return feed


def older_page(data: Any) -> str | None:
    """The next older page's ``with:block-ID``, when the page JSON says there is one."""
    pagination = as_dict(as_dict(data).get("pagination"))
    older = pagination.get("older")
    if not isinstance(older, str):
        return None
    match = re.search(r"page=(with:block-[\w-]+)", older)
    return match.group(1) if match else None


def newest_block(data: Any) -> str | None:
    """``block-ID`` of the page's newest block (what the update poll asks after)."""
    page = as_dict(data)
    newest = page.get("mostRecentBlockId")
    if isinstance(newest, str) and _BLOCK_ID_RE.match(newest):
        return newest
    blocks = as_list(page.get("blocks"))
    block_id = as_dict(blocks[0]).get("id") if blocks else None
    return f"block-{block_id}" if isinstance(block_id, str) and block_id else None


def poll_says_new(data: Any) -> bool | None:
    """Whether an update poll's answer has new blocks (None: not a poll answer)."""
    answer = as_dict(data)
    count = answer.get("numNewBlocks")
    if not isinstance(count, int) or isinstance(count, bool):
        return None
    return count > 0


# --- the Content API ---------------------------------------------------------------------------------


def is_capi(data: Any) -> bool:
    """A Content API item response with ``show-blocks``."""
    content = as_dict(as_dict(as_dict(data).get("response")).get("content"))
    return "blocks" in content and isinstance(as_dict(content.get("blocks")).get("body"), list)


def read_capi(data: Any, name: str, digest: str) -> Feed:
    """One feed from a Content API response's body blocks."""
    content = as_dict(as_dict(as_dict(data).get("response")).get("content"))
    page_url = clean_text(content.get("webUrl")) or ""
    posts: list[Post] = []
    for block in as_list(as_dict(content.get("blocks")).get("body")):
        block = as_dict(block)
        position = len(posts) + 1
        body = html_blocks(str(block.get("bodyHtml") or ""), position) or (
            [Block("paragraph", clean_text(block.get("bodyTextSummary")), position, position)]
            if clean_text(block.get("bodyTextSummary"))
            else []
        )
        title = clean_text(block.get("title")) or None
        if not body and not title:
            continue
        post = Post(CODE, name, position - 1, title=title, body=body, origins=[position_origin(name, position)])
        block_id = str(block.get("id") or "")
        post.source_id = block_id or None
        post.link = f"{page_url}?page=with:block-{block_id}#block-{block_id}" if block_id and page_url else None
        attributes = as_dict(block.get("attributes"))
        for flag, label in (("summary", "Summary"), ("keyEvent", "Key event"), ("pinned", "Pinned")):
            if _truthy(attributes.get(flag)):
                post.labels.append(Label(label))
        published = parse_instant(block.get("firstPublishedDate")) or parse_instant(block.get("publishedDate"))
        updated = parse_instant(block.get("lastModifiedDate"))
        posts.append(timed_post(post, Timed(published, updated) if published else None, HOME_ZONE))
    fields = as_dict(content.get("fields"))
    feed = Feed(name, CODE, CODE, posts=posts, digest=digest, post_count=len(posts))
    feed.url = page_url or None
    feed.title = clean_text(content.get("webTitle") or fields.get("headline")) or None
    live = fields.get("liveBloggingNow")
    feed.live = _truthy(live) if live is not None else None
    return feed


# --- block HTML: a saved page, or an update poll's html ------------------------------------------------


def html_is_guardian(text: str) -> bool:
    """Whether a saved page says it is the Guardian's (site name, canonical address or block articles)."""
    head = text[:200_000]
    return (
        "theguardian.com" in head
        and (
            'og:site_name" content="the Guardian' in head or 'rel="canonical" href="https://www.theguardian.com' in head
        )
    ) or ('<article id="block-' in head and "theguardian.com" in head)


def read_block_html(text: str, name: str, digest: str) -> Feed:
    """One feed from block markup: ``article#block-ID`` with ``<time dateTime>``, an ``h2`` title and the body.

    The pinned post's copy (``#pinned-post``) is skipped: it is a copy of a block.
    """
    tree = html_document(text)
    for node in tree.css("#pinned-post"):
        node.decompose()
    posts: list[Post] = []
    seen: set[str] = set()
    canonical = tree.css_first('link[rel="canonical"]')
    page_url = clean_text(canonical.attributes.get("href") if canonical is not None else "") or ""
    for article in tree.css("article"):
        match = _BLOCK_ID_RE.match(article.attributes.get("id") or "")
        if not match or match.group(1) in seen:
            continue
        block_id = match.group(1)
        seen.add(block_id)
        position = len(posts) + 1
        time_node = article.css_first("time")
        published = (
            parse_instant(time_node.attributes.get("datetime") or time_node.attributes.get("dateTime"))
            if time_node is not None
            else None
        )
        title_node = article.css_first("h2")
        title = clean_text(title_node.text(deep=True)) if title_node is not None else ""
        for node in article.css("header") + article.css("h2") + article.css("footer"):
            node.decompose()
        body = html_blocks(article.html or "", position)
        if not body and not title:
            continue
        post = Post(CODE, name, position - 1, title=title or None, body=body, origins=[position_origin(name, position)])
        post.source_id = block_id
        post.link = f"{page_url}?page=with:block-{block_id}#block-{block_id}" if page_url else None
        posts.append(timed_post(post, Timed(published) if published else None, HOME_ZONE))
    if not posts:
        posts = _json_ld_posts(tree, name)
    feed = Feed(name, CODE, CODE, posts=posts, digest=digest, post_count=len(posts))
    feed.url = page_url or None
    title_node = tree.css_first("h1") or tree.css_first("title")
    feed.title = clean_text(title_node.text(deep=True)) if title_node is not None else None
    return feed


def _json_ld_posts(tree: Any, name: str) -> list[Post]:
    """Posts from a saved page's JSON-LD ``LiveBlogPosting`` (it may hold only the first few updates)."""
    posts: list[Post] = []
    for data in json_scripts(tree, 'script[type="application/ld+json"]'):
        for item in as_list(data) or [data]:
            item = as_dict(item)
            if item.get("@type") != "LiveBlogPosting":
                continue
            for update in as_list(item.get("liveBlogUpdate")):
                update = as_dict(update)
                position = len(posts) + 1
                text = clean_text(update.get("articleBody"))
                title = clean_text(update.get("headline")) or None
                if not text and not title:
                    continue
                post = Post(CODE, name, position - 1, title=title, origins=[position_origin(name, position)])
                post.body = [Block("paragraph", text, position, position)] if text else []
                link = clean_text(update.get("@id") or update.get("url"))
                post.link = link or None
                match = re.search(r"block-([\w-]+)", link)
                post.source_id = match.group(1) if match else None
                published = parse_instant(update.get("datePublished"))
                updated = parse_instant(update.get("dateModified"))
                posts.append(timed_post(post, Timed(published, updated) if published else None, HOME_ZONE))
    return posts
