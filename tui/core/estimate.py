"""Estimate times for posts whose dump printed none, with an honest window.

Method (per outlet, over that outlet's merged entries in page order, oldest
first):

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
   * the day itself (the page's date, see :mod:`tui.core.dates`);
   * the other snapshots of the page: a post already present in a snapshot
     whose page stamp says when it was taken cannot be later than that.

   Bounds propagate along the page order (a lower bound holds for every
   newer post, an upper bound for every older one).
3. **Anchors.**  A post linked to timed posts of another outlet (see
   :mod:`tui.core.related`) is anchored at the median of their times, since
   both report one event; an anchor outside the post's bounds, or one that
   would reverse page order against an earlier anchor, is dropped.  The
   truth is taken to lie from 45 minutes before to 90 minutes after the
   anchor: outlets report one event at about the same time, the slower one
   up to an hour or so later.
4. **Interpolation.**  Between two anchors, posts are spread evenly by page
   position; before the first and after the last they step back/forward by
   the median gap between anchors (10 minutes when unknown), inside bounds.
5. **Window.**  An anchored post's window is its anchor's interval; any
   other post's runs from the start of the previous anchor's interval (or
   its lower bound) to the end of the next anchor's (or its upper bound).
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from .guardian_times import cross_references
from .model import Post
from .zones import local_datetime

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
_FOREIGN_ZONE_RE = re.compile(r"\b(brussels|paris|berlin|kyiv|moscow|washington|new\s+york|eastern|cet|cest|edt|est)\s+time\b|\b(cet|cest|edt|est|et)\b", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]?")

#: Phrases that place a post in part of the day: (pattern, earliest, latest).
DAYPART_CUES: list[tuple[re.Pattern[str], time, time]] = [
    (re.compile(r"\bgood\s+morning\b(?!\s*/)", re.IGNORECASE), time(5, 0), time(12, 0)),
    (re.compile(r"\bgood\s+afternoon\b(?!\s*/)", re.IGNORECASE), time(12, 0), time(18, 0)),
    (re.compile(r"\bgood\s+evening\b(?!\s*/)", re.IGNORECASE), time(17, 0), time(23, 59)),
    (re.compile(r"\bthrough\s+the\s+late\s+afternoon\b", re.IGNORECASE), time(15, 0), time(18, 0)),
    (re.compile(r"\bthrough\s+the\s+(?<!late\s)afternoon\b", re.IGNORECASE), time(12, 0), time(17, 0)),
    (re.compile(r"\bthrough\s+the\s+evening\b", re.IGNORECASE), time(17, 0), time(22, 0)),
]


@dataclass
class Constraints:
    """What the text says about one post's time."""

    lower: datetime | None = None
    upper: datetime | None = None
    reasons: list[str] = field(default_factory=list)


def _text_of(post: Post) -> str:
    return "\n".join([post.title or ""] + [b.text for b in post.body if b.kind != "separator"])


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
                hour = int(match["h"]) % 12 + (12 if match["ampm"].lower() == "pm" else 0)
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
    text = _text_of(post)
    found = Constraints()

    def at(hour: int, minute: int) -> datetime:
        return local_datetime(day, hour, minute, None, post.source)

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


def estimate_sequence(
    sequence: list[Post],
    day: date,
    anchors: dict[int, list[datetime]],
    limits: dict[int, datetime] | None = None,
) -> None:
    """Estimate times for the untimed posts of one outlet's sequence (oldest first).

    ``anchors`` maps a position to the times of related timed posts;
    ``limits`` maps a position to the latest time the post can have (the
    stamp of a snapshot that already holds it).
    """
    limits = limits or {}
    n = len(sequence)
    if n == 0:
        return
    start = local_datetime(day, 0, 0, None, sequence[0].source)
    end = start + timedelta(hours=23, minutes=59)
    lower: list[datetime] = []
    upper: list[datetime] = []
    reasons: list[list[str]] = []
    timed = [p.published is not None and p.time_basis != "estimated" for p in sequence]
    for position, (post, fixed) in enumerate(zip(sequence, timed)):
        upper_limit = limits.get(position)
        if fixed:
            lower.append(post.published)  # type: ignore[arg-type]
            upper.append(post.published)  # type: ignore[arg-type]
            reasons.append([])
            continue
        cons = text_constraints(post, day)
        lo, hi = cons.lower or start, cons.upper or end
        if upper_limit is not None:
            if upper_limit < hi:
                cons.reasons.append(f"already in a snapshot stamped {upper_limit:%H:%M}")
            hi = min(hi, upper_limit)
        if lo > hi:  # contradictory cues: keep the day, drop the cues
            lo, hi, cons.reasons = start, upper_limit or end, ["contradictory time cues ignored"]
        lower.append(lo)
        upper.append(hi)
        reasons.append(cons.reasons)
    for i in range(1, n):
        if lower[i] < lower[i - 1]:
            lower[i] = lower[i - 1]
    for i in range(n - 2, -1, -1):
        if upper[i] > upper[i + 1]:
            upper[i] = upper[i + 1]
    for i in range(n):
        if lower[i] > upper[i]:
            upper[i] = lower[i]

    # Anchor points: fixed times, then related-post medians that fit.  Each
    # anchor carries the interval the truth lies in.
    points: dict[int, datetime] = {}
    spans: dict[int, tuple[datetime, datetime]] = {}
    for i in range(n):
        if timed[i]:
            points[i] = sequence[i].published  # type: ignore[assignment]
            spans[i] = (points[i], points[i])
    anchor_note: dict[int, str] = {}
    for i, times in sorted(anchors.items()):
        if timed[i] or not times:
            continue
        moment = sorted(times)[len(times) // 2]
        if not lower[i] <= moment <= upper[i]:
            continue
        fixed = sorted(points)
        k = bisect_left(fixed, i)
        if (k > 0 and points[fixed[k - 1]] > moment) or (k < len(fixed) and points[fixed[k]] < moment):
            continue
        points[i] = moment
        spans[i] = (max(lower[i], moment - ANCHOR_BEFORE), min(upper[i], moment + ANCHOR_AFTER))
        anchor_note[i] = f"same event as {len(times)} timed post(s) of another outlet"
    ordered = sorted(points)

    def neighbours(i: int) -> tuple[int | None, int | None]:
        k = bisect_left(ordered, i)
        prev = ordered[k - 1] if k > 0 else None
        nxt_k = k + 1 if k < len(ordered) and ordered[k] == i else k
        nxt = ordered[nxt_k] if nxt_k < len(ordered) else None
        return prev, nxt

    gaps = [
        (points[b] - points[a]) / (b - a)
        for a, b in zip(ordered, ordered[1:])
        if points[b] > points[a]
    ]
    gap = statistics.median(gaps) if gaps else DEFAULT_GAP
    gap = min(max(gap, timedelta(minutes=2)), timedelta(minutes=30))

    estimates: list[datetime] = []
    for i in range(n):
        if i in points:
            estimates.append(points[i])
            continue
        prev, nxt = neighbours(i)
        if prev is not None and nxt is not None:
            share = (i - prev) / (nxt - prev)
            guess = points[prev] + (points[nxt] - points[prev]) * share
        elif prev is not None:
            guess = points[prev] + gap * (i - prev)
        elif nxt is not None:
            guess = points[nxt] - gap * (nxt - i)
        else:
            guess = lower[i] + (upper[i] - lower[i]) * ((i + 1) / (n + 1))
        estimates.append(min(max(guess, lower[i]), upper[i]))
    for i in range(1, n):
        if estimates[i] < estimates[i - 1] and not timed[i]:
            estimates[i] = estimates[i - 1]

    for i, post in enumerate(sequence):
        if timed[i]:
            continue
        prev, nxt = neighbours(i)
        if i in spans:
            lo, hi = spans[i]
        else:
            lo = max(lower[i], spans[prev][0]) if prev is not None else lower[i]
            hi = min(upper[i], spans[nxt][1]) if nxt is not None else upper[i]
        if hi < lo:
            lo, hi = hi, lo
        lo, hi = min(lo, estimates[i]), max(hi, estimates[i])
        post.published = estimates[i].astimezone(timezone.utc).astimezone(estimates[i].tzinfo)
        post.time_basis = "estimated"
        post.time_window = (lo, hi)
        why = []
        if i in anchor_note:
            why.append(anchor_note[i])
        else:
            why.append("interpolated by page order between neighbouring timed posts" if prev is not None and nxt is not None else "extrapolated by page order")
        why.extend(reasons[i])
        post.time_note = "; ".join(why)
