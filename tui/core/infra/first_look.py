"""Which files of a large load to build first: the newest day's, so the reader has something to show.

A year of dumps takes a while to parse, merge and classify.  Before that
starts, each file is given a quick look for the date its page prints near
the top (``First published on Sat 1 Mar 2025``, ``… GMT 1 March 2025``,
``2025-03-01``); the files of the newest date found are built on their own
(the same stages, on a day's worth of input) and shown while the rest is
built.  The look is a guess used for ordering only: a file whose date it
cannot find simply waits for the whole build, and nothing else depends on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from tui.core.model.zones import MONTH_PATTERN, MONTHS, safe_date

#: How much of a file the look reads (the page head and its first posts).
LOOK_BYTES = 8192
#: A load is worth a first look when it has at least this many files.
MIN_FILES = 20
#: ... and the newest day's files are at most this share of them.
MAX_SHARE = 0.2

_MONTH = "(" + MONTH_PATTERN + r")\.?"
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"\s+(\d{4})\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def printed_day(head: bytes) -> date | None:
    """The first full date printed in a file's opening bytes, or None."""
    text = head.decode("utf-8", errors="replace")
    found: list[tuple[int, date]] = []
    for regex, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_ISO, "ymd")):
        for match in regex.finditer(text):
            parts = dict(zip(order, match.groups()))
            month = int(parts["m"]) if parts["m"].isdigit() else MONTHS[parts["m"].lower()]
            day = safe_date(int(parts["y"]), month, int(parts["d"]))
            if day is None:
                continue  # no such day: look further
            found.append((match.start(), day))
            break
    return min(found)[1] if found else None


def newest_day_files(heads: Iterable[tuple[Path, bytes]]) -> list[Path]:
    """The files to build first: those printing the newest date, when the load is large enough to
    be worth it and that day is a small part of it; else none."""
    days = [(path, printed_day(head[:LOOK_BYTES])) for path, head in heads]
    if len(days) < MIN_FILES:
        return []
    dated = [day for _, day in days if day is not None]
    if not dated:
        return []
    newest = max(dated)
    chosen = [path for path, day in days if day == newest]
    return chosen if len(chosen) <= MAX_SHARE * len(days) else []
