"""The borrow stage (after relate): pages with no date of their own take one from pages on the same events.

The date stage dates every page that says, or whose snapshots say, what day
it is.  A page that says nothing is left undated there.  Once the relate
stage has linked posts across outlets, such a page is connected to the pages
of the posts it shares events with: it takes the date most of the dated
posts of its nearest connected pages carry -- those directly related first,
then the rest of its connected group.  A page connected to nothing never
lends or borrows a date.  Its timed posts are then dated: the newest timed
post gets the borrowed date and the others walk back from it across
midnight, as the date stage's rule 2 does.  Returns new values.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from zoneinfo import ZoneInfo

from tui.core.model.post import DateBasis, Post
from tui.core.model.zones import local_datetime
from tui.core.parse.outlet import home_zone
from tui.core.stages.dates import walk_dates


@dataclass(frozen=True)
class Borrowed:
    """The borrow stage's result: entries (the borrowing pages' timed posts dated), each page's date and its
    basis, and a note per borrowed date."""

    entries: list[Post]
    page_days: dict[str, date | None]
    page_basis: dict[str, DateBasis]
    notes: list[str]


def borrow_dates(
    entries: list[Post],
    page_days: dict[str, date | None],
    page_basis: dict[str, DateBasis],
    related: dict[str, list[str]],
) -> Borrowed:
    """The borrow stage over one day group's entries (``related``: each entry's linked entries' ids)."""
    undated = [path for path, day in page_days.items() if day is None]
    if not undated:
        return Borrowed(entries, page_days, page_basis, [])
    days, bases, notes = dict(page_days), dict(page_basis), []
    neighbours = _page_neighbours(entries, related)
    lenders_of = _dated_posts(entries)
    for path in undated:
        found = _nearest_lenders(path, neighbours, lenders_of)
        if not found:
            continue
        lent = Counter(post.moment.astimezone(ZoneInfo(home_zone(post.source))).date() for post in found)
        best = max(lent.items(), key=lambda item: (item[1], item[0]))[0]
        days[path] = best
        bases[path] = "guessed" if any(post.date_basis == "guessed" for post in found) else "related"
        notes.append(
            f"{path}: no date of its own; {best:%a %d %b %Y} from {len(found)} dated posts of pages reporting "
            "the same events"
        )
    lent_to = {path: days[path] for path in undated if days[path] is not None}
    return Borrowed(_date_pages(entries, lent_to, bases), days, bases, notes)


def _page_neighbours(entries: list[Post], related: dict[str, list[str]]) -> dict[str, set[str]]:
    """Pages connected by a related pair of posts, one to another."""
    files_of = {entry.id: {origin.file for origin in entry.origins} for entry in entries}
    neighbours: dict[str, set[str]] = {}
    for entry in entries:
        for other_id in related.get(entry.id, ()):
            for mine in files_of[entry.id]:
                for theirs in files_of.get(other_id, ()):
                    if mine != theirs:
                        neighbours.setdefault(mine, set()).add(theirs)
                        neighbours.setdefault(theirs, set()).add(mine)
    return neighbours


def _dated_posts(entries: list[Post]) -> dict[str, list[Post]]:
    """Each page's posts with a date of their own (not estimated, not unknown): the ones that can lend it."""
    dated: dict[str, list[Post]] = {}
    for entry in entries:
        if entry.published is None or entry.time_basis == "estimated" or entry.date_basis == "unknown":
            continue
        for file in {origin.file for origin in entry.origins}:
            dated.setdefault(file, []).append(entry)
    return dated


def _nearest_lenders(path: str, neighbours: dict[str, set[str]], lenders_of: dict[str, list[Post]]) -> list[Post]:
    """The dated posts of the nearest ring of pages connected to ``path`` that has any (none: [])."""
    seen, ring = {path}, {path}
    while ring:
        ring = {n for f in ring for n in neighbours.get(f, ())} - seen
        seen |= ring
        found = [post for f in sorted(ring) for post in lenders_of.get(f, ())]
        if found:
            return found
    return []


def _date_pages(entries: list[Post], lent_to: dict[str, date | None], bases: dict[str, DateBasis]) -> list[Post]:
    """New entries: the timed, undated posts of each page in ``lent_to`` dated from its borrowed day.

    A page's posts are taken in page order (by where each starts in the file); the newest timed post
    gets the day and the others walk back from it across midnight.
    """
    dating: dict[str, tuple[date, str, DateBasis]] = {}
    for path, day in lent_to.items():
        if day is None:
            continue
        on_page = sorted(
            ((origin.first_line, entry) for entry in entries for origin in entry.origins if origin.file == path),
            key=lambda pair: pair[0],
        )
        stamped = [entry for _, entry in on_page if entry.stamp is not None and entry.published is None]
        if not stamped:
            continue
        dates: list[date | None] = [day] + [None] * (len(stamped) - 1)
        notes = [f"date from posts of other outlets reporting the same events ({day.isoformat()})"] * len(stamped)
        page_bases: list[DateBasis] = [bases.get(path, "related")] * len(stamped)
        walk_dates(stamped, dates, notes, page_bases)
        for entry, when, note, basis in zip(stamped, dates, notes, page_bases):
            if when is not None:
                dating.setdefault(entry.id, (when, note, basis))  # an entry on two such pages: its first
    return [_dated(entry, *dating[entry.id]) if entry.id in dating else entry for entry in entries]


def _dated(entry: Post, when: date, note: str, basis: DateBasis) -> Post:
    stamp = entry.stamp
    assert stamp is not None
    published = local_datetime(
        when, stamp.hour, stamp.minute, stamp.utc_offset_minutes, home_zone(entry.source), stamp.zone
    )
    return replace(entry, published=published, time_basis="stated-time-inferred-date", date_basis=basis, time_note=note)
