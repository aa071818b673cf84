"""Which way a page runs: live pages print newest first, older pages and archives oldest first."""

from __future__ import annotations

from collections.abc import Sequence


def runs_forward(values: Sequence[float]) -> bool:
    """Whether a page's times (clock minutes or timestamps), top of the page first, go forward more often than back:
    a page written oldest first. A tie reads as the live pages' newest first."""
    later = sum(1 for a, b in zip(values, values[1:]) if a < b)
    earlier = sum(1 for a, b in zip(values, values[1:]) if b < a)
    return later > earlier
