"""How a post's body reads as plain text: the one policy for every view.

The detail pane, the Markdown export and ``liveblog replay`` all lay a
post's blocks out from :func:`plain_blocks`; each adds only its own styling
or syntax.  Separators and empty blocks are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from tui.core.model.post import Block, Origin, Post
from tui.core.parse.outlet import display_name
from tui.core.views.timefmt import full_time, window_text

#: The marker each kind of block is shown with.
MARKERS: dict[str, str] = {"bullet": "• ", "quote": "▌ ", "image": "[image] ", "caption": "[caption] "}


@dataclass(frozen=True, slots=True)
class PlainBlock:
    """One block as it reads: ``field`` is ``body:N``; ``tight`` when the next block continues a list."""

    field: str
    kind: str
    marker: str
    text: str
    tight: bool


def block_text(block: Block) -> str:
    """A block's text as shown, an image's credit included."""
    if block.kind == "image" and block.credit:
        return f"{block.text} — {block.credit}"
    return block.text


def plain_blocks(post: Post) -> list[PlainBlock]:
    """The post's readable blocks in order, with their markers."""
    shown = [(i, b) for i, b in enumerate(post.body) if b.kind != "separator" and (b.text or b.credit)]
    out: list[PlainBlock] = []
    for position, (index, block) in enumerate(shown):
        following = shown[position + 1][1] if position + 1 < len(shown) else None
        tight = block.kind == "bullet" and following is not None and following.kind == "bullet"
        out.append(PlainBlock(f"body:{index}", block.kind, MARKERS.get(block.kind, ""), block_text(block), tight))
    return out


def citation(post: Post, zone: tzinfo | None = None, url: str | None = None) -> str:
    """The post as a citation: outlet, time, title, text, and where it came from.

    ``url`` is the page's address when the dump printed one; the post's own
    link when its source gave one; the dump's file and lines (or, for a post
    read from the outlet's data, its place in the page) either way.
    """
    when = full_time(post, zone)
    window = window_text(post, zone)
    lines = [
        f"{display_name(post.source)}, {when}{f' (estimated, {window})' if window else ''}",
        post.display_title,
        "",
    ]
    lines += [block.marker + block.text for block in plain_blocks(post)]
    lines.append("")
    if post.link:
        lines.append(f"Link: {post.link}")
    if url and url != post.link:
        lines.append(f"Source: {url}")
    lines.append("From: " + "; ".join(origin_text(o) for o in post.origins))
    return "\n".join(lines)


#: What the detail view says of a post whose start is a guess (:attr:`Post.start_unsure`).
START_UNSURE_TEXT = (
    "start: a guess — the page marks no new post here for sure (no time or number): the text was cut where a "
    "new item seemed to begin, and may belong to the post above"
)


def origin_text(origin: Origin) -> str:
    """Where a post came from, for people: ``file lines 3-9``, or ``URL (post 4 of the page's data)``."""
    if origin.in_data:
        return f"{origin.file} (post {origin.first_line} of the page's data)"
    return f"{origin.file} lines {origin.first_line}-{origin.last_line}"


def fit_badges(badges: list[str], room: int) -> str:
    """As many badges as fit in ``room`` cells, in order ("" when none fits)."""
    shown: list[str] = []
    for badge in badges:
        if len(" ".join(shown + [badge])) > room:
            break
        shown.append(badge)
    return " ".join(shown)


def title_and_badges(title: str, wanted: list[str], others: list[str], room: int) -> tuple[str, str]:
    """A timeline row's title (cut with ``…`` and padded to its width) and its topic badges, in ``room`` cells.

    The ``wanted`` badges (the filtered topics') always show, in up to half the room; then the title;
    the ``others`` get only the room the title leaves.
    """
    first = fit_badges(wanted, room // 2)
    left = room - len(title) - 1 - (len(first) + 1 if first else 0)
    badges = " ".join(b for b in (first, fit_badges(others, left)) if b)
    width = max(0, room - (len(badges) + 1 if badges else 0))
    if len(title) > width:
        title = title[: max(0, width - 1)] + "…" if width else ""
    return title.ljust(width), badges
