"""Stable post ids.

An id must survive a re-run and a re-parse of a *revised* dump (added
paragraphs, a changed last sentence, straightened quotes), so it is built
from what a revision rarely touches: the outlet, the normalised headline,
and for untitled or generic-titled posts the opening words of the first
paragraph.  BBC posts add their printed clock time, which pages never edit.
"""

from __future__ import annotations

import hashlib

from .model import Post
from .text import words

_OPENING_WORDS = 10


def identity_key(post: Post) -> str:
    """The text an id is hashed from."""
    parts = [post.source]
    if post.stamp is not None and post.source == "bbc":
        parts.append(f"{post.stamp.hour:02d}:{post.stamp.minute:02d}")
    specific_title = post.title and not post.title_generic and not post.has_label("Summary")
    if specific_title:
        parts.append(" ".join(words(post.title or "")))
    else:
        if post.title:
            parts.append(" ".join(words(post.title)))
        for block in post.body:
            if block.kind in ("paragraph", "quote", "bullet") and block.text:
                parts.append(" ".join(words(block.text)[:_OPENING_WORDS]))
                break
    return "|".join(parts)


def post_id(post: Post) -> str:
    """``bbc-1a2b3c4d5e``: the outlet and 10 hex digits of a BLAKE2 hash."""
    digest = hashlib.blake2b(identity_key(post).encode("utf-8"), digest_size=5).hexdigest()
    return f"{post.source}-{digest}"


def assign_ids(posts: list[Post]) -> None:
    """Give every post its id; repeats within one feed get ``-2``, ``-3`` …

    A pinned copy is the same post as its in-place copy and shares its id.
    """
    seen: dict[str, int] = {}
    for post in posts:
        base = post_id(post)
        if post.pinned_copy:
            post.id = base
            continue
        count = seen.get(base, 0) + 1
        seen[base] = count
        post.id = base if count == 1 else f"{base}-{count}"
