"""Time-zone names and month names as live blogs print them.

Shared by every outlet's timestamp grammar.  Offsets are in minutes east
of UTC.  Outlets print local time: BST is UTC+1, GMT is UTC+0.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache

from dateutil import tz as dateutil_tz

ZONE_OFFSETS: dict[str, int] = {
    "british summer time": 60,
    "greenwich mean time": 0,
    "bst": 60,
    "gmt": 0,
    "utc": 0,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "edt": -240,
    "est": -300,
    "cdt": -300,
    "cst": -360,
    "pdt": -420,
    "pst": -480,
    "aest": 600,
    "aedt": 660,
}

#: Zones printed by region, whose offset depends on the date: "1.37pm ET" reads EDT in summer, EST in winter.
REGIONAL_ZONES: dict[str, str] = {
    "et": "America/New_York",
    "ct": "America/Chicago",
    "pt": "America/Los_Angeles",
}

#: Regex alternation of zone names, longest first so that spelled-out names win.
ZONE_PATTERN = "|".join(
    sorted((z.replace(" ", r"\s+") for z in [*ZONE_OFFSETS, *REGIONAL_ZONES]), key=len, reverse=True)
)


def clock_zone(printed: str | None, home_zone: str) -> str:
    """The IANA zone a clock reads in: a regional zone's when one is printed ("ET"), else ``home_zone``."""
    return REGIONAL_ZONES.get((printed or "").lower(), home_zone)


MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    start=1,
):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
MONTHS["sept"] = 9

MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))


def clock_24h(hour: int, ampm: str) -> int:
    """A 12-hour clock's hour on the 24-hour clock (``12am`` is 0, ``12pm`` is 12); ``ampm`` as printed
    (``pm``, ``PM``, ``p.m.``)."""
    return hour % 12 + (12 if ampm.replace(".", "").lower() == "pm" else 0)


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_PATTERN = "|".join(WEEKDAYS + [d[:3] for d in WEEKDAYS])


def zone_offset(name: str | None) -> int | None:
    """Minutes east of UTC for a printed zone name, or None if unknown."""
    if not name:
        return None
    return ZONE_OFFSETS.get(" ".join(name.lower().split()))


_SPELLED_OUT = {"british summer time": "BST", "greenwich mean time": "GMT"}


def zone_abbreviation(name: str) -> str:
    """A printed zone name as a column shows it: ``Greenwich Mean Time`` is ``GMT``, ``bst`` is ``BST``."""
    folded = " ".join(name.lower().split())
    return _SPELLED_OUT.get(folded, folded.upper())


def month_number(name: str) -> int | None:
    """1-12 for an English month name or abbreviation."""
    return MONTHS.get(name.lower().rstrip("."))


_OFFSET_RE = re.compile(r"^([+-])(\d{1,2}):(\d{2})$")


@cache
def _in_zone_database(name: str) -> bool:
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(name)
    except Exception:  # noqa: BLE001 - every way a key can fail (not found, not TZif, bad key, OS errors) means no
        return False
    return True


def get_zone(name: str) -> tzinfo:
    """A tzinfo for an IANA zone name or a fixed ``±HH:MM`` offset; raises ValueError for anything else.

    Names are checked by the standard library's zone database first (a key
    that is no path, naming a real zone file), so a path
    (``../../etc/passwd``), a file of the database that is no zone
    (``iso3166.tab``), a POSIX rule string or a 300-character name is refused.
    """
    if name.upper() in ("UTC", "Z", "GMT"):
        return UTC
    offset = _OFFSET_RE.match(name)
    if offset:
        sign, hours, minutes = offset.groups()
        if int(hours) > 14 or int(minutes) > 59:
            raise ValueError(f"offset {name!r} is out of range (from -14:00 to +14:00)")
        return timezone((-1 if sign == "-" else 1) * timedelta(hours=int(hours), minutes=int(minutes)))
    shown = name if len(name) <= 60 else name[:57] + "..."
    if len(name) > 60 or not _in_zone_database(name):
        raise ValueError(
            f"unknown time zone {shown!r} (an IANA name such as Europe/Kyiv, UTC, or an offset such as +02:00)"
        )
    zone = dateutil_tz.gettz(name)
    if not isinstance(zone, tzinfo):
        raise ValueError(f"unknown time zone {shown!r}")
    return zone


#: The years a live blog's date can be in: a printed year outside them is no date (a dump's
#: "0001" would otherwise reach date arithmetic at the edge of what a date can hold).
YEARS = range(1900, 3000)


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the fields name no real day (``31 Feb``) or a year outside :data:`YEARS`.

    The one place a date is built from printed fields: every stage uses it.
    """
    if year not in YEARS:
        return None
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def local_datetime(
    day: date, hour: int, minute: int, offset_minutes: int | None, home_zone: str, printed_zone: str | None = None
) -> datetime:
    """An aware datetime for a printed clock time.

    With a printed zone of fixed offset the offset is used; with a regional
    one (``printed_zone`` "ET") that region's zone decides the offset for
    that date; with none, the outlet's home zone (an IANA name) does (BST
    or GMT for Europe/London).
    """
    naive = datetime(day.year, day.month, day.day, hour, minute)
    if offset_minutes is not None:
        return naive.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    zone = get_zone(clock_zone(printed_zone, home_zone))
    aware = naive.replace(tzinfo=zone)
    offset = aware.utcoffset() or timedelta(0)
    return naive.replace(tzinfo=timezone(offset))
