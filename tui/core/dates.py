"""Turn printed clock times into aware datetimes: the date-inference rule.

Dumps often print a time without a year (``21:02 British Summer Time 19
August``) or without a date (``06:38 British Summer Time``).  The rule, in
order, never consulting today's clock:

1. **Year.**  A stamp's own year; else the year of ``--date``; else the year
   that puts the day nearest to a fully dated stamp elsewhere in the load;
   else a *guess* from the page's own text (never other files'): a year the
   page mentions (``Alaska 2025``) in which that day falls on the weekday
   the text points at (the weekday named most often, counted as
   "yesterday", with the next day as "today"); else the nearest such year
   to the year it mentions most; else that year.  A guess is said in the
   post's ``time_note`` and in a feed warning.  No evidence at all: the
   date is unknown.
2. **Date.**  A dated stamp keeps its date.  A time-only stamp takes the
   date of the nearest dated stamp on its page, stepping back a day whenever
   an older post (further down the page) shows a later clock time, and
   forward a day whenever a newer post shows an earlier one.
3. **Pages with no dates at all** take ``--date``; else the page's own
   ``First published``/last-updated stamp; else the date most stamps of the
   same outlet's other dumps in the load carry (then any outlet's).  The top
   (newest) post gets that date and the rest walk back from it as in 2.

Posts whose full date was printed are ``stated``; the rest of those with a
clock time are ``stated-time-inferred-date``, with the reason in
``time_note``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .model import Feed, Post, Stamp
from .outlet import home_zone
from .zones import WEEKDAYS, local_datetime, safe_date

_YEAR_RE = re.compile(r"\b(19[89]\d|20\d\d)\b")
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


def _full_dates(feeds: list[Feed]) -> list[tuple[str, date]]:
    """(source, date) of every fully dated stamp (post or page) in the load."""
    found: list[tuple[str, date]] = []
    for feed in feeds:
        for stamp in _feed_stamps(feed):
            if stamp.year and stamp.month and stamp.day:
                day = safe_date(stamp.year, stamp.month, stamp.day)
                if day:
                    found.append((feed.source, day))
    return found


def _feed_stamps(feed: Feed) -> list[Stamp]:
    return [p.stamp for p in feed.posts if p.stamp is not None] + feed.page_stamps


class DateResolver:
    """Applies the date-inference rule to every post of a load."""

    def __init__(self, feeds: list[Feed], override: date | None = None) -> None:
        self.feeds = feeds
        self.override = override
        self.full_dates = _full_dates(feeds)
        self._mentioned: dict[str, Counter[int]] = {}  # worked out only if a rule needs it
        self._counts: list[tuple[Feed, Counter[date]]] | None = None
        self._weekdays: dict[str, int | None] = {}

    def _years(self, feed: Feed) -> Counter[int]:
        """The years a page's own text mentions, counted (never other files')."""
        key = feed.path
        if key not in self._mentioned:
            self._mentioned[key] = Counter(int(y) for y in _YEAR_RE.findall(feed_text(feed)))
        return self._mentioned[key]

    def resolve_year(self, month: int, day: int, feed: Feed) -> tuple[int | None, str]:
        """A year for a day-month printed without one, and the reason."""
        if self.override:
            return self.override.year, "year from --date"
        if self.full_dates:
            best: tuple[int, int] | None = None
            for _source, ref in self.full_dates:
                for year in (ref.year - 1, ref.year, ref.year + 1):
                    candidate = safe_date(year, month, day)
                    if candidate:
                        gap = abs((candidate - ref).days)
                        if best is None or gap < best[0]:
                            best = (gap, year)
            if best:
                return best[1], "year from another dated stamp in this load"
        return self._guess_year(month, day, feed)

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
                return year, f"{GUESSED}: {year} is a year the page mentions in which the day is a {name}, the weekday its text points at"
            if anchor is not None:
                near = sorted(range(anchor - 6, anchor + 7), key=lambda y: (abs(y - anchor), y))
                year = next(y for y in near if (d := safe_date(y, month, day)) is not None and d.weekday() == weekday)
                return year, f"{GUESSED}: the year nearest {anchor} (the year the page mentions most) in which the day is a {name}"
        if anchor is not None:
            return anchor, f"{GUESSED}: the year the page mentions most"
        return None, "year unknown (pass --date)"

    def _weekday(self, feed: Feed) -> int | None:
        key = feed.path
        if key not in self._weekdays:
            self._weekdays[key] = weekday_hint(feed_text(feed))
        return self._weekdays[key]

    def stamp_date(self, stamp: Stamp, feed: Feed) -> tuple[date | None, str]:
        """The date a stamp prints (completing a missing year), or None."""
        if stamp.day is None or stamp.month is None:
            return None, ""
        if stamp.year is not None:
            return safe_date(stamp.year, stamp.month, stamp.day), ""
        year, why = self.resolve_year(stamp.month, stamp.day, feed)
        if year is None:
            return None, why
        return safe_date(year, stamp.month, stamp.day), why

    def page_date(self, feed: Feed) -> tuple[date | None, str]:
        """A date for a page whose posts print none."""
        if self.override:
            return self.override, "date from --date"
        for stamp in feed.page_stamps:
            day, why = self.stamp_date(stamp, feed)
            if day:
                return day, "date from the page's own stamp"
        if feed.page_dates:
            return feed.page_dates[0], "date from the page's own header"
        for same in (True, False):
            counts: Counter[date] = Counter()
            for other, other_counts in self._dated_counts():
                if other is feed or (other.source == feed.source) != same:
                    continue
                counts.update(other_counts)
            if counts:
                best = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
                where = "the same outlet's" if same else "another outlet's"
                return best, f"date from {where} other dump in this load ({best.isoformat()})"
        return None, "date unknown (pass --date)"

    def _dated_counts(self) -> list[tuple[Feed, Counter[date]]]:
        """Dates of each feed's dated stamps, counted once per resolver."""
        if self._counts is None:
            self._counts = []
            for feed in self.feeds:
                counts: Counter[date] = Counter()
                for post in feed.posts:
                    if post.stamp is not None and post.stamp.day is not None:
                        day, _ = self.stamp_date(post.stamp, feed)
                        if day:
                            counts[day] += 1
                if counts:
                    self._counts.append((feed, counts))
        return self._counts

    def dated(self, feed: Feed) -> Feed:
        """A copy of the feed whose stamped posts carry ``published``, ``time_basis`` and ``time_note``."""
        positions = [i for i, p in enumerate(feed.posts) if p.stamp is not None]
        if not positions:
            return feed
        stamped = [feed.posts[i] for i in positions]
        dates: list[date | None] = []
        notes: list[str] = []
        for post in stamped:
            day, why = self.stamp_date(post.stamp, feed)  # type: ignore[arg-type]
            dates.append(day)
            notes.append(why)
        posts = list(feed.posts)
        if all(d is None for d in dates):
            anchor, why = self.page_date(feed)
            if anchor is None:
                for i in positions:
                    posts[i] = replace(posts[i], time_note=why)
                warning = f"could not infer the date of {len(stamped)} timed posts: {why}"
                return replace(feed, posts=posts, warnings=feed.warnings + [warning])
            dates[0] = anchor
            notes[0] = why
        _walk(stamped, dates, notes)
        warnings = list(feed.warnings)
        guessed = [n for n in notes if n.startswith(GUESSED)]
        if guessed:
            years = sorted({d.year for d, n in zip(dates, notes) if d is not None and n.startswith(GUESSED)})
            shown = ", ".join(str(y) for y in years)
            warnings.append(f"the year of {len(guessed)} posts is a guess ({shown}): {guessed[0][len(GUESSED) + 2:]}; pass --date if it is wrong")
        zone = home_zone(feed.source)
        for i, post, day, note in zip(positions, stamped, dates, notes):
            stamp = post.stamp
            assert stamp is not None and day is not None
            full = stamp.year is not None and stamp.month is not None and stamp.day is not None
            posts[i] = replace(
                post,
                published=local_datetime(day, stamp.hour, stamp.minute, stamp.utc_offset_minutes, zone),
                time_basis="stated" if full else "stated-time-inferred-date",
                time_note="as printed" if full else note,
            )
        return replace(feed, posts=posts, warnings=warnings)


@dataclass(frozen=True)
class DatedLoad:
    """The date stage's result: feeds with dated posts, and each page's own date."""

    feeds: list[Feed]
    page_days: dict[str, date | None]


def date_feeds(feeds: list[Feed], override: date | None = None) -> DatedLoad:
    """The date stage: apply the rule above to every feed (returns new feeds)."""
    resolver = DateResolver(feeds, override)
    dated = [resolver.dated(feed) for feed in feeds]
    return DatedLoad(dated, {feed.path: resolver.page_date(feed)[0] for feed in feeds})


def _walk(posts: list[Post], dates: list[date | None], notes: list[str]) -> None:
    """Fill missing dates from neighbours, crossing midnight when clocks wrap.

    Live blogs print newest first, but older pages (and some copies) run
    oldest first; the page's own clock order decides which way midnight is
    crossed.
    """

    def minutes(post: Post) -> int:
        return post.stamp.hour * 60 + post.stamp.minute  # type: ignore[union-attr]

    clocks = [minutes(post) for post in posts]
    rising = sum(1 for a, b in zip(clocks, clocks[1:]) if b > a)
    falling = sum(1 for a, b in zip(clocks, clocks[1:]) if b < a)
    older_down = -1 if rising <= falling else 1  # the day step when the clock "wraps" going down

    for _ in range(2):
        for i in range(1, len(posts)):
            if dates[i] is None and dates[i - 1] is not None:
                wraps = clocks[i] > clocks[i - 1] if older_down < 0 else clocks[i] < clocks[i - 1]
                dates[i] = dates[i - 1] + timedelta(days=older_down if wraps else 0)  # type: ignore[operator]
                notes[i] = notes[i] or notes[i - 1]
        for i in range(len(posts) - 2, -1, -1):
            if dates[i] is None and dates[i + 1] is not None:
                wraps = clocks[i] < clocks[i + 1] if older_down < 0 else clocks[i] > clocks[i + 1]
                dates[i] = dates[i + 1] + timedelta(days=-older_down if wraps else 0)  # type: ignore[operator]
                notes[i] = notes[i] or notes[i + 1]
