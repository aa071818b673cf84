"""Turn printed clock times into aware datetimes: the date-inference rule.

Dumps often print a time without a year (``21:02 British Summer Time 19
August``) or without a date (``06:38 British Summer Time``).  The rule, in
order (today's date is used once: a guessed year is never after it):

1. **Year.**  A stamp's own year; else the year of ``--date``; else the year
   that puts the day nearest to a fully dated stamp of the same page (or of
   another snapshot of it: a feed of the same outlet sharing paragraphs);
   else a *guess* from the page's own text (never other files'): a year the
   page mentions (``Alaska 2025``; a year in a date-shaped mention such as
   ``19 August 2025`` counts three times a bare one, and a year after the
   current one is no candidate: a page cannot be from the future) in which
   that day falls on the weekday the text points at (the weekday named most
   often, counted as "yesterday", with the next day as "today"); else the
   nearest such year to the year it mentions most; else that year.  A guess
   resting on a single mention says so; a weekday alone is no year (the
   date stays unknown: pass ``--date``).  A guess is said in the
   post's ``time_note`` and in a feed warning.  No evidence at all: the
   date is unknown.
2. **Date.**  A dated stamp keeps its date.  A time-only stamp takes the
   date of the nearest dated stamp on its page, stepping back a day whenever
   an older post (further down the page) shows a later clock time, and
   forward a day whenever a newer post shows an earlier one.
3. **Pages with no dates at all** take ``--date``; else the page's own
   ``First published``/last-updated stamp or a date in its header; else the
   date its other snapshots carry.  The top (newest) post gets that date and
   the rest walk back from it as in 2.  A page with none of these stays
   undated here; after the relate stage, the borrow stage
   (:mod:`tui.core.stages.borrow`) may date it from posts of other outlets
   reporting the same events (never from a file it shares nothing with).

Every dated post says where its date came from in ``date_basis``
(:data:`~tui.core.model.post.DateBasis`).

Posts whose full date was printed are ``stated``; the rest of those with a
clock time are ``stated-time-inferred-date``, with the reason in
``time_note``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from tui.core.model.page_order import runs_forward
from tui.core.model.post import DateBasis, Feed, Post, Stamp
from tui.core.model.text import normalise
from tui.core.model.union_find import UnionFind
from tui.core.model.zones import MONTH_PATTERN, WEEKDAYS, clock_zone, get_zone, local_datetime, safe_date
from tui.core.parse.outlet import home_zone

_YEAR_RE = re.compile(r"\b(19[89]\d|20\d\d)\b")
#: A year in a date-shaped mention (``19 August 2025``, ``August 19, 2025``, ``2025-08-19``): it outweighs a bare year.
_DATED_YEAR_RE = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN})\.?,?\s+|\b(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+)(19[89]\d|20\d\d)\b"
    r"|\b(19[89]\d|20\d\d)-\d{2}-\d{2}\b",
    re.IGNORECASE,
)
#: How many bare mentions a date-shaped mention of a year is worth.
_DATED_WEIGHT = 3
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def feed_text(feed: Feed) -> str:
    """All readable text of a feed (titles, body, summary) as one string."""
    parts: list[str] = [b.text for b in feed.summary]
    for post in feed.posts:
        parts.append(post.title or "")
        parts.extend(b.text for b in post.body)
    return "\n".join(parts)


def weekday_hint(text: str) -> int | None:
    """The weekday (0=Monday) a page was most likely written on, from its text.

    Live pages name past days ("on Monday") far more than their own; each
    candidate day scores the mentions of itself, 1.5 × those of the day
    before, and 0.5 × those of the day after.
    """
    counts = Counter(m.lower() for m in _WEEKDAY_RE.findall(text))
    if not counts:
        return None
    scores = []
    for day in range(7):
        score = counts[WEEKDAYS[day]] + 1.5 * counts[WEEKDAYS[(day - 1) % 7]] + 0.5 * counts[WEEKDAYS[(day + 1) % 7]]
        scores.append((score, -day))
    best = max(scores)
    return -best[1]


#: How every reason for a guessed year begins (the timeline says the year is a guess).
GUESSED = "year guessed"
#: The note of posts dated only by a date line a copy printed above the page.
COPY_DATED = "date guessed from the date line printed above the page"


def snapshot_groups(feeds: list[Feed]) -> list[int]:
    """For each feed, the index of its group: feeds of one outlet sharing a paragraph are one page's snapshots."""
    sets = UnionFind(len(feeds))
    owner: dict[str, int] = {}
    for index, feed in enumerate(feeds):
        for key in snapshot_keys(feed):
            other = owner.setdefault(key, index)
            if other != index:
                sets.union(index, other)
    return sets.roots()


def snapshot_keys(feed: Feed) -> list[str]:
    """What makes two feeds snapshots of one page when they share it: the outlet and the opening
    of a long paragraph (one of the first two of a post), normalised."""
    return [
        f"{feed.source}\x1f{normalise(block.text[:160])}"
        for post in feed.posts
        for block in post.body[:2]
        if len(block.text) >= 60
    ]


def _stamp_dates(feed: Feed) -> list[date]:
    """Dates of the feed's fully dated stamps (post or page)."""
    found = []
    for stamp in _feed_stamps(feed):
        if stamp.year and stamp.month and stamp.day:
            day = safe_date(stamp.year, stamp.month, stamp.day)
            if day:
                found.append(day)
    return found


def _feed_stamps(feed: Feed) -> list[Stamp]:
    return [p.stamp for p in feed.posts if p.stamp is not None] + feed.page_stamps


def _once(years: Counter[int], year: int) -> str:
    """`` (one mention)`` when a guess rests on a single bare mention of its year."""
    return " (one mention)" if years[year] == 1 else ""


class DateResolver:
    """Applies the date-inference rule to every post of a load.

    Only a page's own evidence and its own other snapshots (feeds of the
    same outlet sharing paragraphs) date it: other files never change a
    page's dates.  Each answer comes with its reason and a
    :data:`~tui.core.model.post.DateBasis`.
    """

    def __init__(self, feeds: list[Feed], override: date | None = None, latest_year: int | None = None) -> None:
        """``latest_year`` is the last year a guess may give (default: the current year)."""
        self.feeds = feeds
        self.override = override
        self.latest_year = latest_year if latest_year is not None else date.today().year
        groups = snapshot_groups(feeds)
        self._group = {feed.path: group for feed, group in zip(feeds, groups)}
        self._members: dict[int, list[Feed]] = {}
        for feed, group in zip(feeds, groups):
            self._members.setdefault(group, []).append(feed)
        self._own_dates = {feed.path: _stamp_dates(feed) for feed in feeds}
        self._mentioned: dict[str, Counter[int]] = {}  # worked out only if a rule needs it
        self._weekdays: dict[str, int | None] = {}

    def _snapshots(self, feed: Feed) -> list[Feed]:
        """The other snapshots of the same page."""
        return [other for other in self._members.get(self._group.get(feed.path, -1), []) if other is not feed]

    def _years(self, feed: Feed) -> Counter[int]:
        """The years a page's own text mentions, counted (never other files')."""
        key = feed.path
        if key not in self._mentioned:
            text = feed_text(feed)
            counts = Counter(int(y) for y in _YEAR_RE.findall(text))
            for bare, iso in _DATED_YEAR_RE.findall(text):
                counts[int(bare or iso)] += _DATED_WEIGHT - 1
            self._mentioned[key] = Counter({y: n for y, n in counts.items() if y <= self.latest_year})
        return self._mentioned[key]

    def resolve_year(self, month: int, day: int, feed: Feed) -> tuple[int | None, str, DateBasis]:
        """A year for a day-month printed without one, the reason, and its basis."""
        if self.override:
            return self.override.year, "year from --date", "given"
        sources: tuple[tuple[list[date], str, DateBasis], ...] = (
            (self._own_dates[feed.path], "year from this page's own dated stamps", "page"),
            (
                [d for other in self._snapshots(feed) for d in self._own_dates[other.path]],
                "year from another snapshot of this page",
                "snapshot",
            ),
        )
        for refs, why, basis in sources:
            best: tuple[int, int] | None = None
            for ref in refs:
                for option in (ref.year - 1, ref.year, ref.year + 1):
                    candidate = safe_date(option, month, day)
                    if candidate:
                        gap = abs((candidate - ref).days)
                        if best is None or gap < best[0]:
                            best = (gap, option)
            if best:
                return best[1], why, basis
        year, why = self._guess_year(month, day, feed)
        return year, why, ("guessed" if year is not None else "unknown")

    def _guess_year(self, month: int, day: int, feed: Feed) -> tuple[int | None, str]:
        """A year from the page's own text: the years it mentions and the weekday it points at."""
        years = self._years(feed)
        anchor = max(years, key=lambda y: (years[y], y)) if years else None
        weekday = self._weekday(feed)
        if weekday is not None:
            name = WEEKDAYS[weekday].title()
            fits = [y for y in years if (d := safe_date(y, month, day)) is not None and d.weekday() == weekday]
            if fits:
                year = max(fits, key=lambda y: (years[y], y))
                return (
                    year,
                    f"{GUESSED}: {year} is a year the page mentions{_once(years, year)} in which the day is a {name}, "
                    "the weekday its text points at",
                )
            if anchor is not None:
                near = sorted(
                    range(anchor - 6, min(anchor + 7, self.latest_year + 1)), key=lambda y: (abs(y - anchor), y)
                )
                year = next(
                    (y for y in near if (d := safe_date(y, month, day)) is not None and d.weekday() == weekday), anchor
                )
                return (
                    year,
                    f"{GUESSED}: the year nearest {anchor} (the year the page mentions most{_once(years, anchor)}) in "
                    f"which the day is a {name}",
                )
        if anchor is not None:
            return anchor, f"{GUESSED}: the year the page mentions most{_once(years, anchor)}"
        return None, "year unknown (pass --date)"

    def _weekday(self, feed: Feed) -> int | None:
        key = feed.path
        if key not in self._weekdays:
            self._weekdays[key] = weekday_hint(feed_text(feed))
        return self._weekdays[key]

    def stamp_date(self, stamp: Stamp, feed: Feed) -> tuple[date | None, str, DateBasis]:
        """The date a stamp prints (completing a missing year), the reason, and its basis."""
        if stamp.day is None or stamp.month is None:
            return None, "", "unknown"
        if stamp.year is not None:
            return safe_date(stamp.year, stamp.month, stamp.day), "", "printed"
        year, why, basis = self.resolve_year(stamp.month, stamp.day, feed)
        if year is None:
            return None, why, "unknown"
        return safe_date(year, stamp.month, stamp.day), why, basis

    def page_date(self, feed: Feed) -> tuple[date | None, str, DateBasis]:
        """A date for a page whose posts print none: from ``--date``, the page itself or its snapshots."""
        if self.override:
            return self.override, "date from --date", "given"
        for stamp in feed.page_stamps:
            day, why, basis = self.stamp_date(stamp, feed)
            if day:
                return day, "date from the page's own stamp", ("page" if basis == "printed" else basis)
        if feed.page_dates:
            return feed.page_dates[0], "date from the page's own header", "page"
        counts: Counter[date] = Counter()
        for other in self._snapshots(feed):
            counts.update(self._own_dates[other.path])
        if counts:
            best = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
            return best, f"date from another snapshot of this page ({best.isoformat()})", "snapshot"
        if feed.copy_dates:
            day = feed.copy_dates[0]
            return (
                day,
                f"{COPY_DATED} ({day.isoformat()})",
                "guessed",
            )
        return None, "date unknown (pass --date)", "unknown"

    def dated(self, feed: Feed) -> Feed:
        """A copy of the feed whose stamped posts carry ``published``, ``time_basis``, ``date_basis``
        and ``time_note``."""
        # A post the outlet's own data timed exactly (time basis "published") needs no rule.
        positions = [i for i, p in enumerate(feed.posts) if p.stamp is not None and p.time_basis != "published"]
        if not positions:
            return feed
        stamped = [feed.posts[i] for i in positions]
        dates: list[date | None] = []
        notes: list[str] = []
        bases: list[DateBasis] = []
        for post in stamped:
            day, why, basis = self.stamp_date(post.clock, feed)
            dates.append(day)
            notes.append(why)
            bases.append(basis if day else "unknown")
        posts = list(feed.posts)
        if all(d is None for d in dates):
            anchor, why, basis = self.page_date(feed)
            if anchor is None:
                # Undated here; the borrow stage may still date it (see tui.core.stages.borrow).
                for i in positions:
                    posts[i] = replace(posts[i], time_note=why, date_basis="unknown")
                return replace(feed, posts=posts)
            # The page's day is the outlet's: clocks printed in another zone (a copy re-timed to its
            # reader's, "12.41am AEST") are walked as the outlet's clocks, then dated back in their own zone.
            carries, clocks = _home_clocks(stamped, anchor, home_zone(feed.source))
            dates[0] = anchor
            notes[0] = why
            bases[0] = basis
            latest = _page_updated(feed)
            if latest is not None and latest[0] != anchor and basis == "page" and not any(carries):
                # the page's stamp, printed in another zone, fell on another day of the outlet's clock ("29 August
                # 2012 Last updated at 23:40 GMT" is 30 August in London): the posts' clocks, the outlet's, count
                # from that day
                anchor = dates[0] = latest[0]
            if (
                latest is not None
                and latest[0] == anchor
                and _newest_first(stamped)
                and latest[1] < _minutes(stamped[0]) - _STAMP_SLACK
                and latest[1] + _DAY_MINUTES - _minutes(stamped[0]) <= _SHORTLY_AFTER
            ):
                # The page was last updated just after midnight ("Page last updated at 00:01 GMT, Thursday, 17
                # March") and its newest post is from just before it ("2359"): that post is the evening before.
                dates[0] = anchor - timedelta(days=1)
                walk_dates(stamped, dates, notes, bases, clocks)
            elif (
                latest is not None
                and latest[0] == anchor
                and _newest_first(stamped)
                and _minutes(stamped[0]) <= latest[1] + _STAMP_SLACK
            ):
                # The page says when it was last updated, and its newest post is just before that: the
                # newest post is on that day, the ones below it before it (across midnight, the evening
                # before).  A newest post later than the page's stamp contradicts it (a stamp left from
                # the morning, a typo): then the day most posts fall on is the page's, as for any page.
                walk_dates(stamped, dates, notes, bases, clocks)
            else:
                walk_dates(stamped, dates, notes, bases, clocks)
                dates = _centred(dates, anchor, clocks[0] if _newest_first(stamped) else None)
            dates = [day - timedelta(days=carry) if day is not None else None for day, carry in zip(dates, carries)]
        walk_dates(stamped, dates, notes, bases)
        warnings = list(feed.warnings) + _guess_warnings(dates, notes)
        zone = home_zone(feed.source)
        for i, post, day, note, basis in zip(positions, stamped, dates, notes, bases):
            stamp = post.stamp
            assert stamp is not None and day is not None
            full = stamp.year is not None and stamp.month is not None and stamp.day is not None
            posts[i] = replace(
                post,
                published=local_datetime(day, stamp.hour, stamp.minute, stamp.utc_offset_minutes, zone, stamp.zone),
                time_basis="stated" if full else "stated-time-inferred-date",
                date_basis="printed" if full else ("page" if basis == "printed" else basis),
                time_note="as printed" if full else note,
            )
        return replace(feed, posts=posts, warnings=warnings)


#: Minutes past midnight before which a newest-first page's top post, in a tie, is read as past midnight.
_SMALL_HOURS = 6 * 60
#: Minutes a post's printed time may run past the page's own last-update stamp (clocks, rounding).
_STAMP_SLACK = 5
#: Minutes in a day, and how long after its newest post a page stamped past midnight may have been updated.
_DAY_MINUTES = 24 * 60
_SHORTLY_AFTER = 3 * 60


def _minutes(post: Post) -> int:
    return post.clock.hour * 60 + post.clock.minute


def _home_clocks(posts: list[Post], anchor: date, zone_name: str) -> tuple[list[int], list[int]]:
    """Each post's clock in the outlet's zone around ``anchor``: (days its printed day is behind the
    outlet's day, minutes past the outlet's midnight).  A clock printed without a zone, or in the
    outlet's own, is the outlet's (0 days, its own minutes)."""
    zone = get_zone(zone_name)
    carries: list[int] = []
    clocks: list[int] = []
    for post in posts:
        stamp = post.clock
        if stamp.utc_offset_minutes is None and clock_zone(stamp.zone, zone_name) == zone_name:
            carries.append(0)
            clocks.append(_minutes(post))
            continue
        home = local_datetime(anchor, stamp.hour, stamp.minute, stamp.utc_offset_minutes, zone_name, stamp.zone)
        home = home.astimezone(zone)
        carries.append((home.date() - anchor).days)
        clocks.append(home.hour * 60 + home.minute)
    return carries, clocks


def _newest_first(posts: list[Post]) -> bool:
    """True when the posts' clocks mostly run backwards down the page (newest first)."""
    clocks = [_minutes(post) for post in posts]
    falling = sum(1 for a, b in zip(clocks, clocks[1:]) if b < a)
    rising = sum(1 for a, b in zip(clocks, clocks[1:]) if b > a)
    return falling >= rising


def _page_updated(feed: Feed) -> tuple[date, int] | None:
    """The page's own last-update stamp with a time and a full date, in the outlet's zone: (date, minutes
    past midnight), or None."""
    zone = get_zone(home_zone(feed.source))
    for stamp in feed.page_stamps:
        if stamp.year is None or stamp.month is None or stamp.day is None or stamp.utc_offset_minutes is None:
            continue
        day = safe_date(stamp.year, stamp.month, stamp.day)
        if day is None:
            continue
        local = local_datetime(day, stamp.hour, stamp.minute, stamp.utc_offset_minutes, "UTC").astimezone(zone)
        return local.date(), local.hour * 60 + local.minute
    return None


def _centred(dates: list[date | None], anchor: date, top_clock: int | None = None) -> list[date | None]:
    """``dates``, walked from the page's first post, moved so the day most posts fall on is ``anchor``.

    A page's date (``--date``, its header) names the day it covers; the post at
    its top may be past midnight (a ``0000`` entry closing the day's coverage).
    A tie keeps the first post on ``anchor`` — unless the page is newest first and its top post's clock
    (``top_clock``, minutes past the outlet's midnight) is in the small hours with the day before among
    the tied: then that top post is the one past midnight, and the day before is ``anchor``.
    """
    counts = Counter(day for day in dates if day is not None)
    if not counts:
        return dates
    ranked = counts.most_common()
    best, count = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == count:
        first = dates[0]
        tied = {day for day, n in ranked if n == count}
        if top_clock is None or top_clock >= _SMALL_HOURS or first is None or first - timedelta(days=1) not in tied:
            return dates
        best = first - timedelta(days=1)
    shift = anchor - best
    return [day + shift if day is not None else None for day in dates]


def _guess_warnings(dates: list[date | None], notes: list[str]) -> list[str]:
    """A page's warnings about dates it guessed: a guessed year, or a date read from a copy's date line."""
    warnings = []
    guessed = [n for n in notes if n.startswith(GUESSED)]
    if guessed:
        years = sorted({d.year for d, n in zip(dates, notes) if d is not None and n.startswith(GUESSED)})
        shown = ", ".join(str(y) for y in years)
        warnings.append(
            f"the year of {len(guessed)} posts is a guess ({shown}): {guessed[0][len(GUESSED) + 2 :]}; pass "
            "--date if it is wrong"
        )
    if notes and notes[0].startswith(COPY_DATED):
        warnings.append(
            f"{notes[0]}, which may be the copy's own date rather than the page's; pass --date if it is wrong"
        )
    return warnings


@dataclass(frozen=True)
class DatedLoad:
    """The date stage's result: feeds with dated posts, and each page's own date and its basis."""

    feeds: list[Feed]
    page_days: dict[str, date | None]
    page_basis: dict[str, DateBasis]


def date_feeds(feeds: list[Feed], override: date | None = None) -> DatedLoad:
    """The date stage: apply the rule above to every feed (returns new feeds)."""
    resolver = DateResolver(feeds, override)
    dated = [resolver.dated(feed) for feed in feeds]
    days = {feed.path: resolver.page_date(feed) for feed in feeds}
    for feed in dated:
        if days[feed.path][0] is None:
            first = next((p for p in feed.posts if p.published is not None), None)
            if first is not None:
                days[feed.path] = (first.moment.date(), "", first.date_basis)
    return DatedLoad(
        dated, {path: day for path, (day, _, _) in days.items()}, {path: basis for path, (_, _, basis) in days.items()}
    )


def undated_warnings(feeds: list[Feed], page_days: dict[str, date | None]) -> list[str]:
    """One line per page that stayed undated (no date of its own, none borrowed): its timed posts have no
    date, and its untimed posts no estimated time."""
    warnings = []
    said: set[str] = set()
    for feed in feeds:
        if page_days.get(feed.path) is not None or feed.path in said:
            continue
        said.add(feed.path)  # a file given twice is said once
        timed = sum(1 for post in feed.posts if post.stamp is not None and post.published is None)
        untimed = sum(1 for post in feed.posts if post.stamp is None and post.published is None)
        if timed:
            warnings.append(f"{feed.path}: could not infer the date of {timed} timed posts: date unknown (pass --date)")
        elif untimed:
            warnings.append(
                f"{feed.path}: no date of its own or from related pages: the times of its {untimed} untimed posts "
                "cannot be estimated (pass --date)"
            )
    return warnings


#: Minutes a clock may run the wrong way between neighbouring posts and still be the same day.
_OUT_OF_ORDER = 3 * 60


def walk_dates(
    posts: list[Post],
    dates: list[date | None],
    notes: list[str],
    bases: list[DateBasis],
    clocks: list[int] | None = None,
) -> None:
    """Fill missing dates from neighbours, crossing midnight when clocks wrap.

    Live blogs print newest first, but older pages (and some copies) run
    oldest first; the page's own clock order decides which way midnight is
    crossed.  A clock that runs the wrong way by three hours or less is a post
    printed out of order (``1941`` above ``1942``), not a day that ends; a
    longer run the wrong way is midnight (a blog that stops at 19:00 and goes
    on at 08:00 is 13 hours away, which reads the wrong way by 11).  ``clocks``
    are the minutes past midnight to walk by (default: the printed clocks); the page's order is read from the
    printed clocks either way (clocks moved into another zone can wrap where the page's own do not: "20.37 EDT"
    above "18.40 EDT" is 01:37 above 23:40 in London).
    """
    printed = [_minutes(post) for post in posts]
    if clocks is None:
        clocks = printed
    older_down = 1 if runs_forward(printed) else -1  # the day step when the clock "wraps" going down

    for _ in range(2):
        for i in range(1, len(posts)):
            before = dates[i - 1]
            if dates[i] is None and before is not None:
                wraps = (clocks[i] - clocks[i - 1]) * -older_down > _OUT_OF_ORDER
                dates[i] = before + timedelta(days=older_down if wraps else 0)
                notes[i] = notes[i] or notes[i - 1]
                bases[i] = bases[i - 1]
        for i in range(len(posts) - 2, -1, -1):
            after = dates[i + 1]
            if dates[i] is None and after is not None:
                wraps = (clocks[i + 1] - clocks[i]) * -older_down > _OUT_OF_ORDER
                dates[i] = after + timedelta(days=-older_down if wraps else 0)
                notes[i] = notes[i] or notes[i + 1]
                bases[i] = bases[i + 1]
