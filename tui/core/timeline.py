"""One timeline from many dumps: merge, relate, estimate, sort.

:func:`build_timeline` is the single entry point the CLI, the app and the
tests share: ``files -> parse -> merge -> relate -> estimate``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable

from .dates import DateResolver
from .estimate import estimate_sequence
from .loader import LoadResult, load_paths
from .merge import merge_feeds
from .model import SOURCE_NAMES, Feed, LoadError, Post
from .related import relate
from .topics import Taxonomy, load_taxonomy

SORT_KEYS = ("time", "outlet", "title")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass
class Timeline:
    """Merged entries in chronological order, with the feeds and errors behind them."""

    entries: list[Post] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    taxonomy: Taxonomy | None = None

    def topic_counts(self) -> dict[str, int]:
        """Posts per topic id, in taxonomy order."""
        ids = self.taxonomy.ids() if self.taxonomy else []
        counts = {topic_id: 0 for topic_id in ids}
        for entry in self.entries:
            for topic_id in entry.topics:
                counts[topic_id] = counts.get(topic_id, 0) + 1
        return counts

    def by_id(self) -> dict[str, Post]:
        """Entries keyed by id."""
        return {entry.id: entry for entry in self.entries}

    def sorted(self, key: str = "time", reverse: bool = False) -> list[Post]:
        """Entries sorted by ``time``, ``outlet`` or ``title`` (ties: time, then page order)."""
        return sort_entries(self.entries, key, reverse)

    @property
    def day(self) -> date | None:
        """The date most entries fall on (in their outlet's zone)."""
        days: dict[date, int] = {}
        for entry in self.entries:
            if entry.published is not None:
                d = entry.published.date()
                days[d] = days.get(d, 0) + 1
        return max(days, key=lambda d: days[d]) if days else None


def chronological_key(entry: Post) -> tuple:
    """Time, then source, then reverse page order (older posts sit lower on a page)."""
    when = entry.published or _EPOCH
    return (entry.published is None, when, entry.source, entry.file, -entry.page_index)


def sort_entries(entries: list[Post], key: str = "time", reverse: bool = False) -> list[Post]:
    """Sort entries by one of :data:`SORT_KEYS`."""
    if key == "time":
        return sorted(entries, key=chronological_key, reverse=reverse)
    if key == "outlet":
        ordered = sorted(entries, key=chronological_key)
        return sorted(ordered, key=lambda e: SOURCE_NAMES.get(e.source, e.source), reverse=reverse)
    if key == "title":
        ordered = sorted(entries, key=chronological_key)
        return sorted(ordered, key=lambda e: e.display_title.casefold().lstrip("'‘\"“"), reverse=reverse)
    raise ValueError(f"unknown sort key {key!r}; use one of {', '.join(SORT_KEYS)}")


def _sequences(entries: list[Post], feeds: list[Feed]) -> dict[str, list[Post]]:
    """Each outlet's entries in page order, oldest first, across all its dumps.

    The richest dump's order is the spine; entries found only in other dumps
    are inserted after their predecessor there.
    """
    where: dict[tuple[str, int], Post] = {}
    for entry in entries:
        for origin in entry.origins:
            where[(origin.file, origin.first_line)] = entry
    result: dict[str, list[Post]] = {}
    by_source: dict[str, list[Feed]] = {}
    for feed in feeds:
        by_source.setdefault(feed.source, []).append(feed)
    for source, group in by_source.items():
        orders: list[list[Post]] = []
        for feed in group:
            seen: dict[int, Post] = {}
            for post in reversed(feed.posts):
                entry = _entry_for(post, where)
                if entry is not None and id(entry) not in seen:
                    seen[id(entry)] = entry
            orders.append(list(seen.values()))
        orders.sort(key=len, reverse=True)
        spine: list[Post] = list(orders[0]) if orders else []
        placed = {id(e) for e in spine}
        for order in orders[1:]:
            missing = [k for k, entry in enumerate(order) if id(entry) not in placed]
            if not missing:
                continue
            # Rare: posts found only in a smaller dump; place each after its predecessor there.
            for k in missing:
                entry = order[k]
                before = next((order[j] for j in range(k - 1, -1, -1) if id(order[j]) in placed), None)
                at = next(i for i, e in enumerate(spine) if e is before) + 1 if before is not None else 0
                spine.insert(at, entry)
                placed.add(id(entry))
        spine.extend(e for e in entries if e.source == source and id(e) not in placed)
        result[source] = spine
    return result


def _entry_for(post: Post, where: dict[tuple[str, int], Post]) -> Post | None:
    for origin in post.origins:
        entry = where.get((origin.file, origin.first_line))
        if entry is not None:
            return entry
    for block in post.body:
        entry = where.get((post.file, block.first_line))
        if entry is not None:
            return entry
    return None


def assemble(
    result: LoadResult,
    on_date: date | None = None,
    taxonomy: Taxonomy | None = None,
    progress: Callable[[str], None] | None = None,
) -> Timeline:
    """Merge, relate, estimate and classify the feeds of a load."""
    say = progress or (lambda message: None)
    feeds = result.feeds
    say(f"Merging {sum(len(f.posts) for f in feeds)} posts")
    entries = merge_feeds(feeds)
    say(f"Linking {len(entries)} posts across outlets")
    resolver = DateResolver(feeds, on_date)
    relate(entries, _entry_days(entries, feeds, resolver))
    by_id = {entry.id: entry for entry in entries}
    warnings = list(result.warnings)
    for source, sequence in _sequences(entries, feeds).items():
        if all(e.published is not None for e in sequence):
            continue
        feed = next(f for f in feeds if f.source == source)
        day = _sequence_day(sequence, feed, resolver)
        if day is None:
            warnings.append(f"{SOURCE_NAMES.get(source, source)}: no date to estimate times from (pass --date)")
            continue
        anchors: dict[int, list[datetime]] = {}
        for i, entry in enumerate(sequence):
            times = [
                by_id[r].published
                for r in entry.related
                if r in by_id and by_id[r].published is not None and by_id[r].time_basis != "estimated"
            ]
            if times:
                anchors[i] = times  # type: ignore[assignment]
        estimate_sequence(sequence, day, anchors, _snapshot_limits(sequence, feeds))
    if taxonomy is None:
        taxonomy = load_taxonomy()
    say(f"Classifying {len(entries)} posts by topic")
    taxonomy.classify_all(entries)
    return Timeline(sort_entries(entries), feeds, result.errors, warnings, taxonomy)


def _snapshot_limits(sequence: list[Post], feeds: list[Feed]) -> dict[int, datetime]:
    """For each position, the earliest page stamp of a snapshot that holds the post."""
    from .dates import _page_stamps
    from .zones import local_datetime

    taken: dict[str, datetime] = {}
    for feed in feeds:
        for stamp in _page_stamps(feed):
            if stamp.year and stamp.month and stamp.day:
                moment = local_datetime(date(stamp.year, stamp.month, stamp.day), stamp.hour, stamp.minute, stamp.utc_offset_minutes, feed.source)
                if feed.path not in taken or moment > taken[feed.path]:
                    taken[feed.path] = moment  # the latest stamp is when the copy was taken
    limits: dict[int, datetime] = {}
    if not taken:
        return limits
    for position, entry in enumerate(sequence):
        moments = [taken[o.file] for o in entry.origins if o.file in taken]
        if moments:
            limits[position] = min(moments)
    return limits


def _entry_days(entries: list[Post], feeds: list[Feed], resolver: DateResolver) -> list[date | None]:
    """Each entry's day: its own date, else its dump's page date, else None."""
    page_days: dict[str, date | None] = {}
    by_path = {feed.path: feed for feed in feeds}
    days: list[date | None] = []
    for entry in entries:
        if entry.published is not None:
            days.append(entry.published.date())
            continue
        if entry.file not in page_days:
            feed = by_path.get(entry.file)
            page_days[entry.file] = resolver.page_date(feed)[0] if feed is not None else None
        days.append(page_days[entry.file])
    return days


def _sequence_day(sequence: list[Post], feed: Feed, resolver: DateResolver) -> date | None:
    for entry in sequence:
        if entry.published is not None and entry.time_basis != "estimated":
            return entry.published.date()
    day, _ = resolver.page_date(feed)
    return day


def build_timeline(
    paths: list[Path],
    fmt: str | None = None,
    on_date: date | None = None,
    label: Callable[[Path], str] | None = None,
    taxonomy: Taxonomy | None = None,
    progress: Callable[[str], None] | None = None,
) -> Timeline:
    """Load files and build their merged, classified timeline.

    ``taxonomy`` defaults to the shipped topics plus the user's topic file;
    ``progress`` receives a line per stage (for a loading screen).
    """
    return assemble(load_paths(paths, fmt, on_date, label, progress), on_date, taxonomy, progress)
