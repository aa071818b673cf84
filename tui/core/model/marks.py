"""What the reader did with one post: read, starred, a note (kept by the store, shown and exported by views)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PostState:
    """What the reader did with one post."""

    read: bool = False
    starred: bool = False
    note: str = ""
