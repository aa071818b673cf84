"""What the reader remembers of a set of inputs between runs, and the trail of ``l`` jumps.

A :class:`ReaderSession` is the view state a reopen restores — filters,
sort, the highlighted post, the replay's position and speed, the searches
kept — read from the stored dict with every value checked (a value of the
wrong type, an unknown topic or outlet, or an unknown sort is left out, never
an error), and written back as a plain dict.  :class:`Trail` remembers where
each ``l`` (jump to the linked post) was pressed, so Backspace returns there
with that moment's filters and sort.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from tui.core.views.filtering import FilterState
from tui.core.views.history import SearchHistory
from tui.core.views.timeline import SORT_KEYS

#: The longest saved search a session restores (characters).
MAX_QUERY = 200
#: The replay's speed when no session says otherwise (one minute of coverage per second).
DEFAULT_SPEED = 60


@dataclass(frozen=True)
class ReaderSession:
    """The reader's view state that a reopen restores."""

    filters: FilterState = field(default_factory=FilterState)
    sort_key: str = "time"
    reverse: bool = False
    #: The highlighted post's id.
    post_id: str | None = None
    replay_at: datetime | None = None
    replay_speed: int = DEFAULT_SPEED
    #: The searches kept with Enter, oldest first.
    searches: tuple[str, ...] = ()

    @classmethod
    def restored(cls, saved: Mapping[str, Any], topics: Collection[str], outlets: Collection[str]) -> ReaderSession:
        """The session in ``saved`` (a stored dict), keeping only values that fit: ``topics`` and
        ``outlets`` are the ids the timeline knows."""
        filters = FilterState()
        chosen = saved.get("topics")
        if isinstance(chosen, list):
            filters = replace(filters, topics=frozenset(t for t in chosen if isinstance(t, str) and t in topics))
        if saved.get("topic_mode") in ("any", "all"):
            filters = replace(filters, topic_mode=saved["topic_mode"])
        shown = saved.get("outlets")
        if isinstance(shown, list):
            filters = filters.with_outlets(frozenset(o for o in shown if isinstance(o, str) and o in outlets))
        if isinstance(saved.get("query"), str):
            filters = filters.with_query(saved["query"][:MAX_QUERY])
        filters = replace(
            filters, unread_only=saved.get("unread_only") is True, starred_only=saved.get("starred_only") is True
        )
        speed = saved.get("replay_speed")
        return cls(
            filters=filters,
            sort_key=saved["sort"] if saved.get("sort") in SORT_KEYS else "time",
            reverse=saved.get("reverse") is True,
            post_id=saved["post"] if isinstance(saved.get("post"), str) else None,
            replay_at=_moment(saved.get("replay_at")),
            replay_speed=speed if isinstance(speed, int) and not isinstance(speed, bool) else DEFAULT_SPEED,
            searches=tuple(SearchHistory.from_saved(saved.get("search_history")).entries),
        )

    def saved(self, theme: str) -> dict[str, Any]:
        """The session as the store keeps it (``theme``: the reader's theme, kept alongside)."""
        return {
            "post": self.post_id,
            "topics": sorted(self.filters.topics),
            "topic_mode": self.filters.topic_mode,
            "outlets": sorted(self.filters.outlets) if self.filters.outlets is not None else None,
            "query": self.filters.query,
            "unread_only": self.filters.unread_only,
            "starred_only": self.filters.starred_only,
            "sort": self.sort_key,
            "reverse": self.reverse,
            "theme": theme,
            "replay_at": self.replay_at.isoformat() if self.replay_at is not None else None,
            "replay_speed": self.replay_speed,
            "search_history": list(self.searches),
        }


def _moment(value: object) -> datetime | None:
    """A stored ISO moment, or None when there is none or it does not read."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class TrailStop:
    """Where ``l`` was pressed: the highlighted post, and the filters and sort of that moment."""

    post_id: str | None
    filters: FilterState
    sort_key: str
    reverse: bool


@dataclass
class Trail:
    """The ``l`` jumps made, newest last (Backspace walks back along them)."""

    stops: list[TrailStop] = field(default_factory=list)

    def push(self, stop: TrailStop) -> None:
        """Remember one more jump."""
        self.stops.append(stop)

    def pop(self) -> TrailStop | None:
        """The last jump's starting point, forgotten; None when there is none."""
        return self.stops.pop() if self.stops else None

    def __bool__(self) -> bool:
        return bool(self.stops)
