"""The merged timeline as a value, and its orderings.

This is part of the model floor: views (the reader, replay, exporters)
read a :class:`Timeline` without importing the pipeline that builds it
(:mod:`tui.core.build.pipeline`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from tui.core.model.post import UNCERTAIN_DATES, Feed, LoadError, Post
from tui.core.parse.outlet import display_name

if TYPE_CHECKING:  # the taxonomy is built by the topics stage; only its type is needed here
    from tui.core.stages.topics import Taxonomy

SORT_KEYS = ("time", "outlet", "title")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class Timeline:
    """Merged entries in chronological order, with the feeds and errors behind them."""

    entries: list[Post] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    taxonomy: Taxonomy | None = None
    #: The store's full-text search for these entries (ids holding every folded term), when stored.
    search: Callable[[list[str]], set[str] | None] | None = None

    def topic_counts(self) -> dict[str, int]:
        """Posts per topic id, in taxonomy order."""
        ids = self.taxonomy.ids() if self.taxonomy else []
        counts = {topic_id: 0 for topic_id in ids}
        for entry in self.entries:
            for topic_id in entry.topics:
                counts[topic_id] = counts.get(topic_id, 0) + 1
        return counts

    def by_id(self) -> dict[str, Post]:
        """Entries keyed by id (ids are unique in a timeline)."""
        return {entry.id: entry for entry in self.entries}

    def sorted(self, key: str = "time", reverse: bool = False) -> list[Post]:
        """Entries sorted by ``time``, ``outlet`` or ``title`` (ties: time, then page order)."""
        return sort_entries(self.entries, key, reverse)

    def page_url(self, post: Post) -> str | None:
        """The address of the page ``post`` was read from, when it was fetched or printed it (None: a dump
        that printed none)."""
        files = {origin.file for origin in post.origins}
        return next((feed.url for feed in self.feeds if feed.url and feed.path in files), None)

    def failures(self) -> list[str]:
        """What could not be used: files that did not load, a topic file that did not parse."""
        failures = [str(error) for error in self.errors]
        if self.taxonomy is not None:
            failures += [f"{error} (using the default topics)" for error in self.taxonomy.errors]
        return failures

    def problems(self) -> list[str]:
        """What the user must be told about this load, one line each.

        The :meth:`failures` (the default topics are used in place of a bad
        topic file), then how files were read when not as plain UTF-8.  The
        one list the CLI's stderr and the app's status line both show.
        """
        notes = [f"{feed.path}: {note}" for feed in self.feeds for note in feed.read_notes]
        return self.failures() + notes

    @property
    def day(self) -> date | None:
        """The date most entries fall on (in their outlet's zone)."""
        days: dict[date, int] = {}
        for entry in self.entries:
            if entry.published is not None:
                d = entry.published.date()
                days[d] = days.get(d, 0) + 1
        return max(days, key=lambda d: days[d]) if days else None

    @property
    def day_uncertain(self) -> bool:
        """True when the year of :attr:`day` is a guess for some of its posts."""
        day = self.day
        if day is None:
            return False
        return any(
            entry.published is not None and entry.published.date() == day and entry.date_basis in UNCERTAIN_DATES
            for entry in self.entries
        )


def chronological_key(entry: Post) -> tuple[Any, ...]:
    """Time, then outlet, then reverse page order (older posts sit lower on a page)."""
    when = entry.published or _EPOCH
    return (entry.published is None, when, entry.source, entry.file, -entry.page_index)


def sort_entries(entries: list[Post], key: str = "time", reverse: bool = False) -> list[Post]:
    """Sort entries by one of :data:`SORT_KEYS`."""
    if key == "time":
        return sorted(entries, key=chronological_key, reverse=reverse)
    if key == "outlet":
        ordered = sorted(entries, key=chronological_key)
        return sorted(ordered, key=lambda e: display_name(e.source), reverse=reverse)
    if key == "title":
        ordered = sorted(entries, key=chronological_key)
        return sorted(ordered, key=lambda e: e.display_title.casefold().lstrip("'‘\"“"), reverse=reverse)
    raise ValueError(f"unknown sort key {key!r}; use one of {', '.join(SORT_KEYS)}")
