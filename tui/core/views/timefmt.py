"""Format post times for people: the outlet's local time; estimates no finer than their evidence."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from tui.core.model.post import UNCERTAIN_DATES, Post
from tui.core.model.zones import get_zone, zone_abbreviation
from tui.core.parse.outlet import home_zone


def display_zone(post: Post, override: tzinfo | None = None) -> tzinfo:
    """The zone to show a post's time in: ``--tz`` if given, else the outlet's."""
    return override or get_zone(home_zone(post.source))


def local_time(post: Post, override: tzinfo | None = None) -> datetime | None:
    """The post's time in its display zone."""
    if post.published is None:
        return None
    return post.published.astimezone(display_zone(post, override))


#: An estimate is shown to the minute (rounded to 5) only when its window is this narrow…
_MINUTE_PRECISION = 30 * 60
#: … to the hour (``~7am``) when it is this narrow, and as a part of the day beyond.
_HOUR_PRECISION = 3 * 3600
_DAY_PARTS = ((5, "~night"), (12, "~morn"), (17, "~aftn"), (21, "~eve"), (24, "~night"))


def estimate_text(when: datetime, window: tuple[datetime, datetime] | None) -> str:
    """An estimated time no more precise than its evidence.

    ``≈07:05`` (window ≤ 30 min, to 5 minutes), ``~7am`` (≤ 3 h), else the
    part of the day: ``~morn``, ``~aftn``, ``~eve``, ``~night``.
    """
    width = (window[1] - window[0]).total_seconds() if window else 0
    if width <= _MINUTE_PRECISION:
        rounded = when.replace(second=0, microsecond=0) + timedelta(minutes=2.5)
        rounded -= timedelta(minutes=rounded.minute % 5)
        return "≈" + rounded.strftime("%H:%M")
    if width <= _HOUR_PRECISION:
        hour = (when + timedelta(minutes=30)).hour
        return f"~{hour % 12 or 12}{'am' if hour < 12 else 'pm'}"
    return next(name for end, name in _DAY_PARTS if when.hour < end)


def clock(post: Post, override: tzinfo | None = None, with_zone: bool = False) -> str:
    """``18:35``; an estimate as :func:`estimate_text` gives it; ``--:--`` when unknown.

    A post whose page printed a clock time but no date that could be worked
    out shows that time as printed (in the page's own zone: without a date
    it cannot be converted).
    """
    when = local_time(post, override)
    if when is None:
        stamp = post.stamp
        if stamp is None:
            return "--:--"
        printed = f"{stamp.hour:02d}:{stamp.minute:02d}"
        return f"{printed} {zone_abbreviation(stamp.zone)}" if with_zone and stamp.zone else printed
    if post.time_basis == "estimated":
        zone = display_zone(post, override)
        window = None
        if post.time_window:
            low, high = post.time_window
            window = (low.astimezone(zone), high.astimezone(zone))
        text = estimate_text(when, window)
    else:
        text = when.strftime("%H:%M")
    if with_zone:
        text += " " + (when.tzname() or "")
    return text


def window_text(post: Post, override: tzinfo | None = None) -> str:
    """``between 17:10 and 18:20 BST`` for an estimate, else ``""``."""
    if post.time_basis != "estimated" or post.time_window is None:
        return ""
    zone = display_zone(post, override)
    early, late = (t.astimezone(zone) for t in post.time_window)
    return f"between {early:%H:%M} and {late:%H:%M} {late.tzname() or ''}".rstrip()


def date_mark(post: Post) -> str:
    """``?`` after a date whose year is a guess (or unknown), else ``""``."""
    return "?" if post.date_basis in UNCERTAIN_DATES else ""


#: How the detail view says where a date came from.
DATE_BASIS_TEXT = {
    "printed": "date as printed",
    "page": "date from the page",
    "snapshot": "date from another snapshot of the page",
    "given": "date from --date",
    "related": "date from pages reporting the same events",
    "guessed": "year guessed",
    "unknown": "date unknown",
}


def full_time(post: Post, override: tzinfo | None = None) -> str:
    """``Tue 19 Aug 2025 18:35 BST`` (with ``≈`` when estimated, ``?`` after a guessed year);
    ``18:35 GMT, date unknown`` for a printed clock whose date could not be worked out."""
    when = local_time(post, override)
    if when is None:
        return f"{clock(post, override, with_zone=True)}, date unknown" if post.stamp is not None else "time unknown"
    prefix = "≈" if post.time_basis == "estimated" else ""
    return f"{prefix}{when:%a %d %b %Y}{date_mark(post)} {when:%H:%M} {when.tzname() or ''}".rstrip()


def updated_text(post: Post, override: tzinfo | None = None) -> str:
    """``updated 14:20`` (with the day when it differs) for a post its outlet updated later, else ``""``."""
    if post.updated is None or post.published is None:
        return ""
    zone = display_zone(post, override)
    when, first = post.updated.astimezone(zone), post.published.astimezone(zone)
    return f"updated {when:%H:%M}" if when.date() == first.date() else f"updated {when:%a %d %b %H:%M}"


def spans_days(entries: list[Post], zone: tzinfo | None = None) -> bool:
    """Whether a list of posts covers more than one day, judged on the first and last timed posts (a list
    in time order has its days between them) and ~200 others (the rest of a list in another order)."""
    first = next((post for post in entries if post.published is not None), None)
    last = next((post for post in reversed(entries) if post.published is not None), None)
    sample = entries[:: max(1, len(entries) // 200)] + [post for post in (first, last) if post is not None]
    return len({when.date() for when in (local_time(post, zone) for post in sample) if when}) > 1


def day_divider(entries: list[Post], index: int, zone: tzinfo | None = None) -> str:
    """``Wed 20 Aug · `` when the post at ``index`` is the first of its day in a time-ordered list, else ``""``."""
    if not 0 <= index < len(entries):
        return ""
    when = local_time(entries[index], zone)
    if when is None:
        return ""
    before = local_time(entries[index - 1], zone) if index > 0 else None
    if before is not None and before.date() == when.date():
        return ""
    return f"{when:%a %d %b}{date_mark(entries[index])} · "
