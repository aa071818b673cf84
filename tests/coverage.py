"""Account for every line of a dump: which part of a feed holds it.

The parsers promise that every non-blank input line ends up in exactly one
place.  :func:`line_owners` rebuilds that mapping from a parsed feed so the
tests can verify the promise.
"""

from __future__ import annotations

from collections import defaultdict

from tui.core.model.post import Block, Feed


def _block_lines(block: Block) -> range:
    return range(block.first_line, block.last_line + 1)


def line_owners(feed: Feed) -> dict[int, list[tuple[str, str]]]:
    """Map each line number to the (owner, text) pieces that claim it.

    Owners are ``post:N:title``, ``post:N:body``, ``summary``, ``key-events``,
    ``page:KIND`` and so on.  The texts are what the feed kept of that line.
    """
    owners: dict[int, list[tuple[str, str]]] = defaultdict(list)

    def claim(line: int, owner: str, text: str) -> None:
        owners[line].append((owner, text))

    def claim_block(owner: str, block: Block) -> None:
        lines = _block_lines(block)
        if block.marker is not None and len(lines) > 1:
            claim(lines[0], owner, block.marker)
            claim(lines[-1], owner, block.text)
        else:
            for line in lines:  # a block joined from wrapped lines claims each of them
                claim(line, owner, _all_text(block))

    for block in feed.summary:
        claim_block("summary", block)
    for block in feed.key_events:
        claim_block("key-events", block)
    for block in feed.page_parts:
        claim_block(f"page:{block.kind}", block)
    for index, post in enumerate(feed.posts):
        tag = f"post:{index}"
        stamp_on_title = post.stamp is not None and post.stamp.line == post.title_line
        if post.title_line:
            fused = [label.text for label in post.labels if label.line == post.title_line]
            title = " ".join(fused + [post.title or ""])
            if stamp_on_title and post.stamp is not None:
                title += " published at " + post.stamp.text
            claim(post.title_line, tag + ":title", title)
        body_lines = {block.first_line for block in post.body}
        if post.stamp is not None and post.stamp.line and not stamp_on_title and post.stamp.line not in body_lines:
            claim(post.stamp.line, tag + ":stamp", post.stamp.text)
        for label in post.labels:
            if label.line and not (label.line == post.title_line and post.title_line):
                claim(label.line, tag + ":label", label.detail or label.text)
        if post.byline is not None:
            claim(post.byline.first_line, tag + ":byline", post.byline.name)
            if post.byline.role is not None and post.byline.last_line != post.byline.first_line:
                claim(post.byline.last_line, tag + ":byline", post.byline.role)
        for block in post.body:
            claim_block(tag + ":body", block)
    return dict(owners)


def unaccounted_lines(feed: Feed, lines: list[str]) -> tuple[list[int], list[int]]:
    """(lost, doubled): non-blank lines nobody claims, and lines claimed twice."""
    owners = line_owners(feed)
    lost = [i + 1 for i, line in enumerate(lines) if line.strip() and (i + 1) not in owners]
    doubled = [n for n, claims in owners.items() if len({o for o, _ in claims}) > 1]
    return lost, doubled


def _all_text(block: Block) -> str:
    """Every character a block took from the dump: its marker, text and credit."""
    parts = [block.marker or "", block.text]
    if block.credit is not None:
        parts.append(("Image source, " if block.kind == "image" else "Photograph: ") + block.credit)
    return " ".join(p for p in parts if p)
