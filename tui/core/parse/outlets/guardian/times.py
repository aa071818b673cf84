"""Where Guardian timestamps are parsed.

Guardian dumps print times on lines of their own, in several forms::

    5.09pm BST                      a post's time (several posts may share it)
    5.43pm (1.43pm Chile)           likewise, with the local time of the story's place
    10.00am:                        likewise, as 2010-2012 pages print it over its post's paragraphs
    20.35 BST                       likewise, 24-hour clock
    19 Aug 2025 20.35 BST           a post's full stamp
    6.20pm GMT18:20                 likewise, as a copy runs the page's 12- and 24-hour prints together
    3.11am ET08:11                  likewise from an edition abroad: its zone's time, then the home clock's
    Thu 19 May 2022 19.28 EDT       the page's "last updated" stamp
    First published on Thu 19 May 2022 08.00 EDT

(Clock times cited inside text, ``(13:40)``, are read by
:mod:`tui.core.stages.estimate`, which any outlet's posts can use.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.model.post import Stamp
from tui.core.model.zones import MONTH_PATTERN, WEEKDAY_PATTERN, ZONE_PATTERN, clock_24h, month_number, zone_offset

_CLOCK = r"(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?"
_DATE = rf"(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_PATTERN})\.?,?\s+(?P<year>\d{{4}})"

_POST_TIME_RE = re.compile(
    rf"^\s*(?:(?:published|posted|filed)(?:\s+at)?\s*:?\s+)?(?:(?P<weekday>{WEEKDAY_PATTERN})\.?,?\s+)?(?:{_DATE},?\s+)?"
    rf"{_CLOCK}\s*(?P<zone>{ZONE_PATTERN})?\s*(?:\((?P<local>[^()]{{1,40}})\)\s*)?"  # "5.43pm (1.43pm Chile)"
    # a copy that runs the page's two prints together: "6.20pm GMT18:20" (the second the home clock's, also under
    # another zone's first: "3.11am ET08:11")
    r"(?:(?<=[A-Z])(?P<home_hour>\d{1,2}):(?P<home_minute>\d{2})\s*)?"
    # a 2010-2012 post's time alone over its paragraphs keeps the colon it has when run into them ("10.00am:")
    r"(?:(?<=[\dmMTt]):\s*)?$",
    re.IGNORECASE,
)
_PAGE_STAMP_RE = re.compile(
    rf"^\s*(?P<prefix>(?:first\s+published|last\s+modified|last\s+updated|updated)(?:\s+on)?\s*:?\s+)?"
    rf"(?:(?P<weekday>{WEEKDAY_PATTERN})\.?,?\s+)?{_DATE},?\s+{_CLOCK}\s*(?P<zone>{ZONE_PATTERN})?\s*"
    # A copy that drops the break between two stamps: "… 12.53 EDTFirst published on Fri 14 Jun 2024 04.40 EDT".
    rf"(?:(?<=\S)first\s+published\s+on\s+(?:(?:{WEEKDAY_PATTERN})\.?,?\s+)?\d{{1,2}}\s+(?:{MONTH_PATTERN})[^\n]{{0,40}})?$",
    re.IGNORECASE,
)
_ISO_STAMP_RE = re.compile(
    rf"^\s*(?:date\s+)?(?P<year>\d{{4}})-(?P<month_no>\d{{2}})-(?P<day>\d{{2}})[ "
    rf"T]+{_CLOCK}\s*(?P<zone>{ZONE_PATTERN})?\s*$",
    re.IGNORECASE,
)
#: A copy's bare date line: ``2017-03-09`` (a reader or aggregator's, above the blog).
_ISO_DATE_RE = re.compile(r"^\s*(?:date\s+)?(?P<year>\d{4})-(?P<month_no>\d{2})-(?P<day>\d{2})\s*$", re.IGNORECASE)
_HEAD_DATE_RE = re.compile(
    rf"\b(?:(?P<weekday>{WEEKDAY_PATTERN})\w*,?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_PATTERN})\w*\.?,?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
_UPDATED_RE = re.compile(
    rf"^\s*updated(?:\s+at)?(?:\s+{_CLOCK}\s*(?P<zone>{ZONE_PATTERN})?)?\s*\.?\s*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class PageStamp:
    """A page-level stamp: ``first published`` or ``last updated``."""

    stamp: Stamp
    kind: str  # "first-published" or "updated"


def _clock(match: re.Match[str]) -> tuple[int, int] | None:
    hour = int(match["hour"])
    minute = int(match["minute"]) if match["minute"] else 0
    ampm = (match["ampm"] or "").replace(".", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = clock_24h(hour, ampm)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def _stamp(match: re.Match[str], line: str, line_no: int) -> Stamp | None:
    clock = _clock(match)
    if clock is None:
        return None
    groups = match.groupdict()
    day = int(groups["day"]) if groups.get("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    zone = match["zone"]
    return Stamp(
        text=line.strip(),
        hour=clock[0],
        minute=clock[1],
        day=day,
        month=month_number(groups["month"]) if groups.get("month") else None,
        year=int(groups["year"]) if groups.get("year") else None,
        zone=zone.upper() if zone else None,
        utc_offset_minutes=zone_offset(zone),
        line=line_no,
    )


def parse_post_time(line: str, line_no: int = 0) -> Stamp | None:
    """A post's time printed on its own line (``5.09pm BST``, ``19 Aug 2025 20.35 BST``,
    ``Published: 1.05pm GMT``, ``Sat 19 Nov 2022 6.14pm GMT`` below the page's head).

    A bare number is not a time: the line needs minutes, am/pm, or a zone.
    """
    match = _POST_TIME_RE.match(line)
    if match is None:
        return None
    if not (match["minute"] or match["ampm"] or match["zone"]):
        return None
    if match["minute"] is None and not match["ampm"]:
        return None
    stamp = _stamp(match, line, line_no)
    if stamp is not None and stamp.zone not in (None, *_HOME_ZONES) and match["home_hour"] is not None:
        # an edition abroad prints its own zone's time first and the home clock's run on after it ("3.11am ET08:11"):
        # the home clock's is the time the page keeps, as a time printed in both zones keeps its BST or GMT one
        hour, minute = int(match["home_hour"]), int(match["home_minute"])
        if hour <= 23 and minute <= 59:
            return Stamp(text=stamp.text, hour=hour, minute=minute, line=line_no)
    return stamp


#: The zones of the Guardian's home clock.
_HOME_ZONES = ("GMT", "BST", "UTC")


def same_clock(a: Stamp, b: Stamp) -> bool:
    """True when two stamps print the same clock time (``2.12pm BST`` and ``14:12``)."""
    return (a.hour, a.minute) == (b.hour, b.minute)


def parse_page_stamp(line: str, line_no: int = 0) -> PageStamp | None:
    """A page-level stamp line (weekday-prefixed, or ``First published on …``, ``Last modified: …``)."""
    match = _PAGE_STAMP_RE.match(line)
    if match is None or not (match["prefix"] or match["weekday"]):
        return None
    stamp = _stamp(match, line, line_no)
    if stamp is None:
        return None
    prefix = (match["prefix"] or "").lower()
    return PageStamp(stamp, "first-published" if prefix.startswith("first") else "updated")


def parse_iso_stamp(line: str, line_no: int = 0) -> PageStamp | None:
    """An aggregator's stamp line: `` date 2022-11-19 6.14pm GMT`` (the page's last update)."""
    match = _ISO_STAMP_RE.match(line)
    if match is None or not (match["minute"] or match["ampm"]):
        return None
    clock = _clock(match)
    month, day = int(match["month_no"]), int(match["day"])
    if clock is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    zone = match["zone"]
    stamp = Stamp(
        text=line.strip(),
        hour=clock[0],
        minute=clock[1],
        day=day,
        month=month,
        year=int(match["year"]),
        zone=zone.upper() if zone else None,
        utc_offset_minutes=zone_offset(zone),
        line=line_no,
    )
    return PageStamp(stamp, "updated")


#: A syndication feed's credit line: "… This article titled “…” was written by …, for theguardian.com on
#: Thursday 19th March 2020 00.35 UTC" -- the Guardian's own stamp of the page's last update.
_SYNDICATED_RE = re.compile(
    rf"this\s+article\s+titled\b.*\bfor\s+theguardian\.com\s+on\s+(?:(?:{WEEKDAY_PATTERN})\w*\s+)?"
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_PATTERN})\w*\s+(?P<year>\d{{4}})\s+"
    r"(?P<hour>\d{1,2})[.:](?P<minute>\d{2})\s+(?P<zone>UTC|GMT|BST)\b",
    re.IGNORECASE,
)


def parse_syndication_stamp(line: str, line_no: int = 0) -> PageStamp | None:
    """The Guardian's own stamp in a syndication feed's credit line ("… for theguardian.com on Thursday
    19th March 2020 00.35 UTC"): when the page was last updated."""
    match = _SYNDICATED_RE.search(line)
    month = month_number(match["month"]) if match else None
    if match is None or month is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    if hour > 23 or minute > 59:
        return None
    zone = match["zone"].upper()
    stamp = Stamp(
        text=line.strip(),
        hour=hour,
        minute=minute,
        day=int(match["day"]),
        month=month,
        year=int(match["year"]),
        zone=zone,
        utc_offset_minutes=zone_offset(zone),
        line=line_no,
    )
    return PageStamp(stamp, "updated")


def is_date_line(line: str) -> bool:
    """True for a copy's bare date line (``2017-03-09``, `` date 2025-03-02``)."""
    return _ISO_DATE_RE.match(line) is not None


def head_date(line: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date printed inside a page-head line (``Monday 20 June 2011``),
    or of a copy's bare date line (``2017-03-09``)."""
    iso = _ISO_DATE_RE.match(line)
    if iso is not None:
        return int(iso["year"]), int(iso["month_no"]), int(iso["day"])
    match = _HEAD_DATE_RE.search(line)
    if match is None:
        return None
    month = month_number(match["month"])
    if month is None:
        return None
    return int(match["year"]), month, int(match["day"])


def parse_updated(line: str, line_no: int = 0) -> tuple[bool, Stamp | None]:
    """Whether the line is an ``Updated`` marker, and the time it names, if any."""
    match = _UPDATED_RE.match(line)
    if match is None:
        return False, None
    if match["hour"] is None:
        return True, None
    return True, _stamp(match, line, line_no)
