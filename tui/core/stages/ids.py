"""Stable, unique post ids, assigned once, after the merge.

An id must survive a re-run, another file order and a re-parse of a
*revised* dump (added paragraphs, a changed last sentence, straightened
quotes), so it is built from what a revision rarely touches: the outlet,
the normalised headline, and for untitled or generic-titled posts the
opening words of the first paragraph.  Outlets whose printed times never
change (see :func:`tui.core.parse.outlet.stable_clock`) add the clock time.

Two distinct entries can share that key (two summaries that open with the
same words).  Each then gets a suffix hashed from the text of its first
three blocks, which depends on neither file order nor how many others share
the key; entries identical even in that get a counter in that order.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from tui.core.model.post import Post
from tui.core.model.text import words
from tui.core.parse.outlet import stable_clock

_OPENING_WORDS = 10


def identity_key(post: Post) -> str:
    """The text an id is hashed from."""
    parts = [post.source]
    if post.stamp is not None and stable_clock(post.source):
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


def _digest(text: str, size: int) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=size).hexdigest()


def post_id(post: Post) -> str:
    """``bbc-1a2b3c4d5e``: the outlet and 10 hex digits of a BLAKE2 hash of :func:`identity_key`."""
    return f"{post.source}-{_digest(identity_key(post), 5)}"


_TIEBREAK_BLOCKS = 3


def _tiebreak(post: Post) -> str:
    """What tells apart entries whose identity keys collide.

    The whole text of the first three text blocks: enough to tell two
    summaries apart, while a revision that appends paragraphs keeps it.
    """
    blocks = [b.text for b in post.body if b.kind in ("paragraph", "quote", "bullet") and b.text]
    return "\n".join(" ".join(words(text)) for text in blocks[:_TIEBREAK_BLOCKS])


def _order(post: Post) -> tuple[str, str, str]:
    """A file-order-independent order for entries whose keys collide."""
    when = post.published.isoformat() if post.published else ""
    origin = min((f"{o.file}:{o.first_line:09d}" for o in post.origins), default="")
    return (_tiebreak(post), when, origin)


def assign_ids(entries: list[Post]) -> list[Post]:
    """The ids stage: copies of the entries, each with a unique, stable id.

    An entry alone with its key gets :func:`post_id`; colliding entries each
    get that id plus ``-`` and 6 hex digits of a hash of their opening
    blocks (and a counter only for entries identical even in those).
    """
    ids = unique_ids(entries, [post_id(entry) for entry in entries])
    return [replace(entry, id=new_id) for entry, new_id in zip(entries, ids)]


def unique_ids(entries: list[Post], bases: list[str]) -> list[str]:
    """The ids :func:`assign_ids` gives ``entries`` whose :func:`post_id` values are ``bases``.

    An entry's id depends only on the entries sharing its base, so the ids
    of a few entries can be worked out again without the rest.
    """
    groups: dict[str, list[int]] = {}
    for n, base in enumerate(bases):
        groups.setdefault(base, []).append(n)
    ids = list(bases)
    for base, members in groups.items():
        if len(members) < 2:
            continue
        taken: dict[str, int] = {}
        orders = {n: _order(entries[n]) for n in members}
        for n in sorted(members, key=orders.__getitem__):
            suffix = f"{base}-{_digest(orders[n][0], 3)}"
            count = taken.get(suffix, 0) + 1
            taken[suffix] = count
            ids[n] = suffix if count == 1 else f"{suffix}-{count}"
    return ids
