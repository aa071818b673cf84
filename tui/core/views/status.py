"""What the reader's status line says, as plain values (no markup is ever parsed from them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class StatusFacts:
    """The day shown, the posts shown of how many, marks, order, sources, filters and problems."""

    day: date | None = None
    sources: dict[str, int] = field(default_factory=dict)
    files: int = 0
    shown: int = 0
    total: int = 0
    filters: str = ""
    sort: str = ""
    problems: tuple[str, ...] = ()
    busy: str = ""
    new: int = 0
    day_uncertain: bool = False
    #: Unread and starred counts (None: no marks to count).
    marks: tuple[int, int] | None = None
    #: Each fetched page's state, one line ("" when nothing is fetched).
    sources_state: str = ""
    story: str = ""
