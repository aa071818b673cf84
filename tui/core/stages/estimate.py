"""Estimate times for posts whose dump printed none, with an honest window.

Method (per page — the dumps of one outlet that share a post — over its merged entries in page order,
oldest first):

1. **Order.**  Page order is never contradicted: estimates never decrease
   from an older post to a newer one.  Posts with a printed time are fixed
   points of the sequence.
2. **Bounds** from the text of each post:

   * clock times it cites: ``(9:41)`` or ``11am BST`` in a past-tense
     sentence are *lower* bounds (the post came after); in a sentence about
     the future (``will``, ``due``, ``later today``…) they are *upper*
     bounds;
   * greetings and handovers: ``Good morning`` puts a post between 05:00
     and 12:00, ``Good afternoon`` 12:00–18:00, ``Good evening`` after
     17:00, "guide you through the late afternoon" 15:00–18:00;
   * the day itself (the page's date, see :mod:`tui.core.stages.dates`);
   * the other snapshots of the page: a post already present in a snapshot
     whose page stamp says when it was taken cannot be later than that.

   Bounds propagate along the page order (a lower bound holds for every
   newer post, an upper bound for every older one).
3. **Anchors.**  A post linked to timed posts of another outlet (see
   :mod:`tui.core.stages.related`) is anchored at the median of their times, since
   both report one event; an anchor outside the post's bounds, or one that
   would reverse page order against an earlier anchor, is dropped.  The
   truth is taken to lie from 45 minutes before to 90 minutes after the
   anchor: outlets report one event at about the same time, the slower one
   up to an hour or so later.
4. **Interpolation.**  Between two anchors, posts are spread by the amount
   of writing between them (words, plus a fixed cost per post), so a run of
   paragraphs weighs the same however a dump split it into posts; before
   the first and after the last they step back/forward at the median rate
   between anchors (10 minutes per average post when unknown), inside bounds.
5. **Window.**  An anchored post's window is its anchor's interval; any
   other post's runs from the start of the previous anchor's interval (or
   its lower bound) to the end of the next anchor's (or its upper bound).
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from tui.core.model.page_order import runs_forward
from tui.core.model.post import DateBasis, Feed, Post
from tui.core.model.union_find import UnionFind
from tui.core.model.zones import clock_24h, local_datetime, safe_date
from tui.core.parse.outlet import display_name, home_zone

ANCHOR_BEFORE = timedelta(minutes=45)
ANCHOR_AFTER = timedelta(minutes=90)
DEFAULT_GAP = timedelta(minutes=10)

_CLOCK_RE = re.compile(
    r"""
    \b(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ampm>am|pm)\s*(?P<z1>BST|GMT)?\b
    | \b(?P<hh>\d{1,2})[.:](?P<mm>\d{2})\s*(?P<z2>BST|GMT)\b
    | \b(?P<noon>midday|noon)\s+(?P<z3>BST|GMT)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_FUTURE_RE = re.compile(
    r"\b(will|would|due|later\s+today|expected|set\s+to|scheduled|shortly|upcoming|is\s+to|are\s+to)\b",
    re.IGNORECASE,
)
_FOREIGN_ZONE_RE = re.compile(
    r"\b(brussels|paris|berlin|kyiv|moscow|washington|new\s+york|eastern|cet|cest|edt|est)\s+time\b|\b(cet|cest|edt|est|et)\b",
    re.IGNORECASE,
)
_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]?")
#: A greeting that opens a new day when it follows the evening's posts.
_MORNING_RE = re.compile(r"\bgood\s+morning\b", re.IGNORECASE)

#: Phrases that place a post in part of the day: (pattern, earliest, latest).
DAYPART_CUES: list[tuple[re.Pattern[str], time, time]] = [
    (re.compile(r"\bgood\s+morning\b(?!\s*/)", re.IGNORECASE), time(5, 0), time(12, 0)),
    (re.compile(r"\bgood\s+afternoon\b(?!\s*/)", re.IGNORECASE), time(12, 0), time(18, 0)),
    (re.compile(r"\bgood\s+evening\b(?!\s*/)", re.IGNORECASE), time(17, 0), time(23, 59)),
    (re.compile(r"\bthis\s+morning\b", re.IGNORECASE), time(5, 0), time(23, 59)),
    (re.compile(r"\bgood\s+morning\s*/\s*afternoon\b", re.IGNORECASE), time(5, 0), time(18, 0)),
    (re.compile(r"\bthrough\s+the\s+late\s+afternoon\b", re.IGNORECASE), time(15, 0), time(18, 0)),
    (re.compile(r"\bthrough\s+the\s+(?<!late\s)afternoon\b", re.IGNORECASE), time(12, 0), time(17, 0)),
    (re.compile(r"\bthrough\s+the\s+evening\b", re.IGNORECASE), time(17, 0), time(22, 0)),
]


T = TypeVar("T")


def _median_gap(gaps: list[timedelta]) -> timedelta:
    """The median of some gaps (``statistics.median`` is typed for numbers only)."""
    return timedelta(seconds=statistics.median(g.total_seconds() for g in gaps))


@dataclass
class Constraints:
    """What the text says about one post's time."""

    lower: datetime | None = None
    upper: datetime | None = None
    reasons: list[str] = field(default_factory=list)


_CROSS_REF_RE = re.compile(
    r"\((?:see\s+|at\s+)?(?P<times>\d{1,2}[.:]\d{2}(?:\s*[ap]m)?(?:\s*(?:,|and)\s*\d{1,2}[.:]\d{2}(?:\s*[ap]m)?)*)\)",
    re.IGNORECASE,
)


def cross_references(text: str) -> list[tuple[int, int]]:
    """Clock times cited in parentheses inside text: ``(13:40)``, ``(see 14.17)``."""
    found: list[tuple[int, int]] = []
    for match in _CROSS_REF_RE.finditer(text):
        for part in re.split(r"\s*(?:,|and)\s*", match["times"]):
            inner = re.match(r"(\d{1,2})[.:](\d{2})\s*([ap]m)?", part.strip(), re.IGNORECASE)
            if not inner:
                continue
            hour, minute = int(inner[1]), int(inner[2])
            if inner[3]:
                hour = clock_24h(hour, inner[3])
            if hour <= 23 and minute <= 59:
                found.append((hour, minute))
    return found


def clock_cues(text: str) -> list[tuple[int, int, str]]:
    """Clock times a text cites: (hour, minute, "lower"|"upper").

    Times in another city's zone are skipped unless a BST/GMT equivalent is
    given alongside (``1pm Brussels time (midday BST)``).
    """
    cues: list[tuple[int, int, str]] = []
    for sentence in _SENTENCE_RE.findall(text):
        future = bool(_FUTURE_RE.search(sentence))
        # "(9:41)" points back at an earlier post: the post came after it.
        cues.extend((hour, minute, "lower") for hour, minute in cross_references(sentence))
        for match in _CLOCK_RE.finditer(sentence):
            tail = sentence[match.end() : match.end() + 20]
            if _FOREIGN_ZONE_RE.match(tail.strip()):
                continue
            if match["ampm"]:
                hour = clock_24h(int(match["h"]), match["ampm"])
                minute = int(match["m"] or 0)
                kind = "upper" if future else "lower"
            elif match["hh"]:
                hour, minute = int(match["hh"]), int(match["mm"])
                kind = "upper" if future else "lower"
            else:
                hour, minute = 12, 0
                kind = "upper" if future else "lower"
            if hour <= 23 and minute <= 59:
                cues.append((hour, minute, kind))
    return cues


def text_constraints(post: Post, day: date) -> Constraints:
    """Bounds on one post's time from what its own text says."""
    text = post.text()
    found = Constraints()

    def at(hour: int, minute: int) -> datetime:
        return local_datetime(day, hour, minute, None, home_zone(post.source))

    for hour, minute, kind in clock_cues(text):
        moment = at(hour, minute)
        if kind == "lower" and (found.lower is None or moment > found.lower):
            found.lower = moment
            found.reasons.append(f"cites {hour:02d}:{minute:02d} as past")
        elif kind == "upper" and (found.upper is None or moment < found.upper):
            found.upper = moment
            found.reasons.append(f"cites {hour:02d}:{minute:02d} as still to come")
    for pattern, early, late in DAYPART_CUES:
        match = pattern.search(text)
        if match:
            lo, hi = at(early.hour, early.minute), at(late.hour, late.minute)
            found.lower = max(filter(None, [found.lower, lo]))
            found.upper = min(filter(None, [found.upper, hi]))
            found.reasons.append(f"“{match.group(0)}”")
    return found


@dataclass
class _Bounds:
    """Per position of a sequence: whether it is timed, its bounds and the reasons."""

    timed: list[bool]
    lower: list[datetime]
    upper: list[datetime]
    reasons: list[list[str]]


def _bounds(sequence: list[Post], day: date, limits: dict[int, datetime]) -> _Bounds:
    """Step 2: each post's bounds from its text and snapshots, propagated along page order."""
    zone = home_zone(sequence[0].source)
    start = local_datetime(day, 0, 0, None, zone)
    end = start + timedelta(hours=23, minutes=59)
    found = _Bounds([p.published is not None and p.time_basis != "estimated" for p in sequence], [], [], [])
    for position, (post, fixed) in enumerate(zip(sequence, found.timed)):
        if fixed:
            found.lower.append(post.moment)
            found.upper.append(post.moment)
            found.reasons.append([])
            if post.moment.date() > day:
                day = post.moment.date()
                start = local_datetime(day, 0, 0, None, zone)
                end = start + timedelta(hours=23, minutes=59)
            continue
        upper_limit = limits.get(position)
        cons = text_constraints(post, day)
        lo, hi = cons.lower or start, cons.upper or end
        if upper_limit is not None:
            if upper_limit < hi:
                cons.reasons.append(f"already in a snapshot stamped {upper_limit:%H:%M}")
            hi = min(hi, upper_limit)
        if lo > hi:  # contradictory cues: keep the day, drop the cues
            lo, hi, cons.reasons = start, upper_limit or end, ["contradictory time cues ignored"]
        found.lower.append(lo)
        found.upper.append(hi)
        found.reasons.append(cons.reasons)
    n = len(sequence)
    for i in range(1, n):
        found.lower[i] = max(found.lower[i], found.lower[i - 1])
    for i in range(n - 2, -1, -1):
        found.upper[i] = min(found.upper[i], found.upper[i + 1])
    for i in range(n):
        found.upper[i] = max(found.upper[i], found.lower[i])
    return found


@dataclass
class _Anchors:
    """Step 3: fixed points of the sequence, the interval each stands for, and why."""

    points: dict[int, datetime]
    spans: dict[int, tuple[datetime, datetime]]
    notes: dict[int, str]
    ordered: list[int] = field(default_factory=list)  # sorted positions, set once all are in

    def neighbours(self, i: int) -> tuple[int | None, int | None]:
        """The nearest anchored positions before and after ``i``."""
        ordered = self.ordered
        k = bisect_left(ordered, i)
        prev = ordered[k - 1] if k > 0 else None
        nxt_k = k + 1 if k < len(ordered) and ordered[k] == i else k
        return prev, ordered[nxt_k] if nxt_k < len(ordered) else None


def _anchors(sequence: list[Post], bounds: _Bounds, related_times: dict[int, list[datetime]]) -> _Anchors:
    found = _Anchors({}, {}, {})
    for i, post in enumerate(sequence):
        if bounds.timed[i]:
            found.points[i] = post.moment
            found.spans[i] = (found.points[i], found.points[i])
    for i, times in sorted(related_times.items()):
        if bounds.timed[i] or not times:
            continue
        moment = sorted(times)[len(times) // 2]
        if not bounds.lower[i] <= moment <= bounds.upper[i]:
            continue
        fixed = sorted(found.points)
        k = bisect_left(fixed, i)
        if (k > 0 and found.points[fixed[k - 1]] > moment) or (k < len(fixed) and found.points[fixed[k]] < moment):
            continue
        found.points[i] = moment
        found.spans[i] = (max(bounds.lower[i], moment - ANCHOR_BEFORE), min(bounds.upper[i], moment + ANCHOR_AFTER))
        found.notes[i] = f"same event as {len(times)} timed post(s) of another outlet"
    found.ordered = sorted(found.points)
    return found


#: Words a post "costs" besides its own text: finding the news, checking it, publishing
#: (most of a live blogger's time; a typical post is about 100 words long).
POST_OVERHEAD_WORDS = 400


def _positions(sequence: list[Post]) -> list[float]:
    """Where each post sits on the page, measured in writing done (oldest first).

    Reporters publish at a roughly steady rate of writing, so untimed posts
    are spread by the words written between anchors, not by their count: a
    run of paragraphs counts the same whether a dump printed it as one post
    or three.
    """
    positions: list[float] = []
    total = 0.0
    for post in sequence:
        positions.append(total)
        words = sum(len(block.text.split()) for block in post.body)
        total += (words + POST_OVERHEAD_WORDS) / (POST_OVERHEAD_WORDS + 100)
    return positions


def _interpolate(sequence: list[Post], bounds: _Bounds, anchors: _Anchors) -> list[datetime]:
    """Step 4: a time for every position, never decreasing down the page order."""
    n = len(sequence)
    at = _positions(sequence)
    ordered = anchors.ordered
    points = anchors.points
    gaps = [
        (points[b] - points[a]) / (at[b] - at[a])
        for a, b in zip(ordered, ordered[1:])
        if points[b] > points[a] and at[b] > at[a]
    ]
    gap = _median_gap(gaps) if gaps else DEFAULT_GAP
    gap = min(max(gap, timedelta(minutes=2)), timedelta(minutes=30))
    estimates: list[datetime] = []
    for i in range(n):
        if i in points:
            estimates.append(points[i])
            continue
        prev, nxt = anchors.neighbours(i)
        if prev is not None and nxt is not None:
            share = (at[i] - at[prev]) / (at[nxt] - at[prev]) if at[nxt] > at[prev] else (i - prev) / (nxt - prev)
            guess = points[prev] + (points[nxt] - points[prev]) * share
        elif prev is not None:
            guess = points[prev] + gap * (at[i] - at[prev])
        elif nxt is not None:
            guess = points[nxt] - gap * (at[nxt] - at[i])
        else:
            guess = bounds.lower[i] + (bounds.upper[i] - bounds.lower[i]) * ((i + 1) / (n + 1))
        estimates.append(min(max(guess, bounds.lower[i]), bounds.upper[i]))
    for i in range(1, n):
        if estimates[i] < estimates[i - 1] and not bounds.timed[i]:
            estimates[i] = estimates[i - 1]
    return estimates


def _estimated(post: Post, i: int, moment: datetime, bounds: _Bounds, anchors: _Anchors) -> Post:
    """Step 5: a copy of the post with its estimate, window and reasons."""
    prev, nxt = anchors.neighbours(i)
    if i in anchors.spans:
        lo, hi = anchors.spans[i]
    else:
        lo = max(bounds.lower[i], anchors.spans[prev][0]) if prev is not None else bounds.lower[i]
        hi = min(bounds.upper[i], anchors.spans[nxt][1]) if nxt is not None else bounds.upper[i]
    if hi < lo:
        lo, hi = hi, lo
    lo, hi = min(lo, moment), max(hi, moment)
    if i in anchors.notes:
        why = [anchors.notes[i]]
    elif prev is not None and nxt is not None:
        why = ["interpolated by page order between neighbouring timed posts"]
    else:
        why = ["extrapolated by page order"]
    return replace(
        post,
        published=moment.astimezone(UTC).astimezone(moment.tzinfo),
        time_basis="estimated",
        time_window=(lo, hi),
        time_note="; ".join(why + bounds.reasons[i]),
    )


def estimate_sequence(
    sequence: list[Post],
    day: date,
    related_times: dict[int, list[datetime]],
    limits: dict[int, datetime] | None = None,
) -> list[Post]:
    """The estimate stage for one outlet's sequence (oldest first): a new sequence.

    Timed posts are returned as they are; untimed ones as copies with an
    estimated time, window and note.  ``related_times`` maps a position to
    the times of related timed posts of other outlets; ``limits`` maps a
    position to the latest time the post can have (the stamp of a snapshot
    that already holds it).  A morning greeting that would come before the
    previous post's time starts a new day: it and the posts after it are
    estimated on the next day.
    """
    limits = limits or {}
    estimated = _estimate_day(sequence, day, related_times, limits)
    cut = _new_day_at(estimated, day)
    if cut is None:
        return estimated

    def shift(table: dict[int, T], by: int) -> dict[int, T]:
        return {k - by: v for k, v in table.items() if k >= by}

    head = _estimate_day(
        sequence[:cut],
        day,
        {k: v for k, v in related_times.items() if k < cut},
        {k: v for k, v in limits.items() if k < cut},
    )
    tail = estimate_sequence(sequence[cut:], day + timedelta(days=1), shift(related_times, cut), shift(limits, cut))
    return head + tail


def _new_day_at(estimated: list[Post], day: date) -> int | None:
    """The first untimed post whose morning greeting comes after an evening post of ``day``."""
    for i in range(1, len(estimated)):
        post, previous = estimated[i], estimated[i - 1]
        if post.time_basis != "estimated" or previous.published is None or not _MORNING_RE.search(post.text()):
            continue
        evening = local_datetime(day, 17, 0, None, home_zone(post.source))
        if previous.published >= evening:
            return i
    return None


def _estimate_day(
    sequence: list[Post],
    day: date,
    related_times: dict[int, list[datetime]],
    limits: dict[int, datetime],
) -> list[Post]:
    """Estimates for a sequence on one day (see :func:`estimate_sequence`)."""
    if not sequence:
        return []
    bounds = _bounds(sequence, day, limits)
    anchors = _anchors(sequence, bounds, related_times)
    estimates = _interpolate(sequence, bounds, anchors)
    return [
        post if bounds.timed[i] else _estimated(post, i, estimates[i], bounds, anchors)
        for i, post in enumerate(sequence)
    ]


def estimate_timeline(
    entries: list[Post],
    feeds: list[Feed],
    pages: list[list[int]],
    page_days: dict[str, date | None],
    related: dict[str, list[str]],
    page_basis: dict[str, DateBasis] | None = None,
) -> tuple[list[Post], list[str]]:
    """The estimate stage over a whole load: new entries, and warnings.  ``pages``: for each feed, the
    entries its posts became, top of the page first (the merge's :attr:`~tui.core.stages.merge.Merged.pages`;
    ``entries`` are the merged entries in the merge's order).

    Each page's entries are put in page order (:func:`outlet_sequences`)
    and estimated against its day (the first printed date, else the page's
    own date from ``page_days``), anchors from ``related`` timed posts of
    other outlets, and the stamps of snapshots that already hold a post.
    """
    by_id = {entry.id: entry for entry in entries}
    replaced: dict[str, Post] = {}
    warnings: list[str] = []
    limits_by_file = _snapshot_moments(feeds)
    undated = {path for path, day in page_days.items() if day is None}
    for source, woven in outlet_sequences(entries, feeds, pages):
        # A page with no date of its own and none borrowed is not placed on another page's day.
        sequence = [e for e in woven if not (e.origins and all(o.file in undated for o in e.origins))]
        if not sequence or all(e.published is not None for e in sequence):
            continue
        day, basis = _sequence_day(sequence, feeds, page_days, page_basis or {})
        if day is None:
            warning = f"{display_name(source)}: no date to estimate times from (pass --date)"
            if warning not in warnings:  # (said once per outlet, however many of its pages lack a date)
                warnings.append(warning)
            continue
        times = _related_times(sequence, related, by_id)
        limits = _snapshot_limits(sequence, limits_by_file)
        for entry in estimate_sequence(sequence, day, times, limits):
            replaced[entry.id] = replace(entry, date_basis=basis) if entry.time_basis == "estimated" else entry
    return [replaced.get(entry.id, entry) for entry in entries], warnings


def _related_times(
    sequence: list[Post], related: dict[str, list[str]], by_id: dict[str, Post]
) -> dict[int, list[datetime]]:
    """Per position, the times of the timed posts of other outlets that report the same event.

    One post reports one event: a timed post linked to several posts of this
    sequence as their best link alike is ambiguous evidence and anchors none
    of them (otherwise it goes to the post that ranks it highest).
    """
    claims: dict[str, list[tuple[int, int]]] = {}
    for i, entry in enumerate(sequence):
        for rank, other in enumerate(related.get(entry.id, ())):
            timed = by_id.get(other)
            if timed is not None and timed.published is not None and timed.time_basis != "estimated":
                claims.setdefault(other, []).append((rank, i))
    times: dict[int, list[datetime]] = {}
    for other, claimants in claims.items():
        best = min(rank for rank, _ in claimants)
        winners = [i for rank, i in claimants if rank == best]
        if len(winners) == 1:
            times.setdefault(winners[0], []).append(by_id[other].moment)
    return times


def outlet_sequences(entries: list[Post], feeds: list[Feed], pages: list[list[int]]) -> list[tuple[str, list[Post]]]:
    """Each page's entries in page order, oldest first, across all the dumps of it (``pages``: each feed's
    entries, top of the page first, as indexes into ``entries``), with its outlet.

    Dumps of one outlet that share a post are snapshots of one page and make one sequence: the richest
    dump's order is the spine, and entries found only in other dumps are inserted after their predecessor
    there.  Pages that share no post (two blogs of one day) are sequences of their own: one page's order
    says nothing about another's.  An outlet's entries standing first on no page (the later parts of a post
    cut in parts) go last in its first sequence.
    """
    by_page: dict[tuple[str, int], list[int]] = {}
    for n, root in enumerate(_page_groups(feeds, pages)):
        by_page.setdefault((feeds[n].source, root), []).append(n)
    result: list[tuple[str, list[Post]]] = []
    placed: set[str] = set()
    for (source, _root), group in by_page.items():
        orders = sorted((_page_order(entries, pages[n]) for n in group), key=len, reverse=True)
        spine = _weave(orders)
        placed.update(e.id for e in spine)
        result.append((source, spine))
    for source, spine in result:
        spine.extend(e for e in entries if e.source == source and e.id not in placed)
        placed.update(e.id for e in entries if e.source == source)
    return result


def _page_groups(feeds: list[Feed], pages: list[list[int]]) -> list[int]:
    """For each feed, the first feed of its page: feeds of one outlet that share an entry are one page."""
    sets = UnionFind(len(feeds))
    holder: dict[tuple[str, int], int] = {}
    for n, page in enumerate(pages):
        for index in page:
            other = holder.setdefault((feeds[n].source, index), n)
            if other != n:
                sets.union(n, other)
    return sets.roots()


def _page_order(entries: list[Post], page: list[int]) -> list[Post]:
    """The entries a page's posts became, oldest first, each once: lowest on the page first, as live pages print
    newest first -- or top first on a page whose timed posts run forward down it (an archive's "As it happened"
    page, an older blog written oldest first)."""
    seen: dict[str, Post] = {}
    times = [entries[i].published for i in page]
    for index in page if runs_forward([t.timestamp() for t in times if t is not None]) else reversed(page):
        entry = entries[index]
        if entry.id not in seen:
            seen[entry.id] = entry
    return list(seen.values())


def _weave(orders: list[list[Post]]) -> list[Post]:
    """The first order, with entries only the others hold placed after their predecessor there.

    A linked list by id, so each placement is one step whatever the length
    (inserting into a list after searching it made a year-sized load quadratic).
    """
    spine: list[Post] = list(orders[0]) if orders else []
    by_id = {e.id: e for e in spine}
    following: dict[str, str | None] = {a.id: b.id for a, b in zip(spine, spine[1:])}
    head: str | None = spine[0].id if spine else None
    if spine:
        following[spine[-1].id] = None
    for order in orders[1:]:
        for k, entry in enumerate(order):
            if entry.id in by_id:
                continue
            by_id[entry.id] = entry
            if k == 0:  # no predecessor in this order: first of all
                following[entry.id], head = head, entry.id
            else:  # every entry before it in this order is placed by now
                before = order[k - 1].id
                following[entry.id], following[before] = following[before], entry.id
    woven: list[Post] = []
    at = head
    while at is not None:
        woven.append(by_id[at])
        at = following[at]
    return woven


def _snapshot_moments(feeds: list[Feed]) -> dict[str, datetime]:
    """When each snapshot was taken: its latest page stamp with a real date."""
    taken: dict[str, datetime] = {}
    for feed in feeds:
        for stamp in feed.page_stamps:
            if not (stamp.year and stamp.month and stamp.day):
                continue
            day = safe_date(stamp.year, stamp.month, stamp.day)
            if day is None:
                continue
            moment = local_datetime(
                day, stamp.hour, stamp.minute, stamp.utc_offset_minutes, home_zone(feed.source), stamp.zone
            )
            if feed.path not in taken or moment > taken[feed.path]:
                taken[feed.path] = moment
    return taken


def _snapshot_limits(sequence: list[Post], taken: dict[str, datetime]) -> dict[int, datetime]:
    """For each position, the earliest moment a snapshot that holds the post was taken."""
    limits: dict[int, datetime] = {}
    for position, entry in enumerate(sequence):
        moments = [taken[o.file] for o in entry.origins if o.file in taken]
        if moments:
            limits[position] = min(moments)
    return limits


def _sequence_day(
    sequence: list[Post], feeds: list[Feed], page_days: dict[str, date | None], page_basis: dict[str, DateBasis]
) -> tuple[date | None, DateBasis]:
    """The day a sequence's estimates fall on, and where it comes from: its first timed post's date,
    else the date of a page its posts were read from (never another page's of the same outlet: an undated
    page that borrowed a date keeps the one it borrowed)."""
    for entry in sequence:
        if entry.published is not None and entry.time_basis != "estimated":
            return entry.published.date(), entry.date_basis
    files = {origin.file for entry in sequence for origin in entry.origins}
    for feed in feeds:
        if feed.path in files and page_days.get(feed.path) is not None:
            return page_days[feed.path], page_basis.get(feed.path, "page")
    return None, "unknown"
