"""How a Guardian live blog is recognised by its content alone.

Strong markers are structures only Guardian pages (and copies of them)
print: ``Key events`` indexes, ``Updated`` lines, time lines, inline time
prefixes of older blogs (``8.40am: …``), the blog's page head (edition lines,
``… – as it happened``), and copies that name the Guardian as their source.
Weak hints are the Guardian's house style: curly quotation marks, the
``Zelenskiy``/``Zelenskyy`` spelling, job titles in lower case set off by
commas (``the French president, Emmanuel Macron``), the paper naming its own
staff (``the Guardian’s Jason Burke``).
"""

from __future__ import annotations

import re

from tui.core.parse.outlet import Evidence, Marker
from tui.core.parse.outlets.guardian.head import STANDFIRST_LINK, is_head_line
from tui.core.parse.outlets.guardian.times import parse_iso_stamp, parse_page_stamp, parse_post_time

_MARKERS = [
    Marker(("key events",), re.compile(r"^\s*Key events\s*$", re.MULTILINE)),
    Marker(("updated",), re.compile(r"^\s*Updated(\s+at\b.*)?\s*$", re.MULTILINE)),
    Marker(("taking over from",), re.compile(r"taking over from", re.IGNORECASE)),
    Marker(("handing the blog over",), re.compile(r"handing the blog over", re.IGNORECASE)),
    Marker(
        ("opening summary", "the day so far", "closing summary", "interim summary"),
        re.compile(r"^\s*(Opening summary|The day so far|Closing summary|Interim summary)\s*$", re.MULTILINE),
    ),
    Marker(("photograph:",), re.compile(r"Photograph:")),
    # The Guardian's over-by-over cricket reports: "16th over: England 43-3 …".
    Marker(("over:",), re.compile(r"^\s*\d{1,3}(?:st|nd|rd|th)\s+over\s*:\s+\S", re.MULTILINE)),
    Marker(("first published on",), re.compile(r"^\s*First published on\b", re.MULTILINE)),
    Marker(("am:", "pm:"), re.compile(r"^\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]m:\s+\S", re.MULTILINE | re.IGNORECASE)),
    Marker(
        ("guardian",),
        re.compile(
            r"theguardian\.com|guardian\.co\.uk|source\s+'guardian'|^\s*The Guardian\s*[-–]\s*\w+\s*$",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    Marker(("as it happened",), re.compile(r"\s[–-]\s+as it happened\s*$", re.MULTILINE)),
    # A news blog's standfirst links, alone on their lines ("Read the latest summary of events").
    Marker(
        ("read our latest", "read the latest", "read the guardian"),
        re.compile(rf"^\s*{STANDFIRST_LINK}\s*$", re.MULTILINE | re.IGNORECASE),
    ),
]
_HOUSE_STYLE = [
    Marker(("zelensk",), re.compile(r"\bZelensk(?:iy|yy)\b")),
    Marker(
        ("minister", "president", "chancellor", "secretary"),
        re.compile(
            r"\b[Tt]he\s+(?:\w+\s+){0,2}(?:prime\s+minister|president|foreign\s+minister|chancellor|"
            r"secretary\s+of\s+state|defence\s+secretary|foreign\s+secretary),\s+[A-Z]"
        ),
    ),
    Marker(("live",), re.compile(r"\bliveblog\b|\blive\s+blog\b", re.IGNORECASE)),
    # The paper naming its own staff ("the Guardian’s Jason Burke reported"), as the BBC names its own.
    Marker(("guardian",), re.compile(r"\bthe Guardian[’']s\b|\bGuardian Australia\b")),
]


def detect(lines: list[str]) -> Evidence:
    """Structural markers are strong; house style (quotes, spellings, lower-case titles) is weak."""
    text = "\n".join(lines)
    lower = text.lower()
    strong = float(sum(1 for marker in _MARKERS if marker.found(text, lower)))
    head = lines[:60]
    if any(parse_post_time(line) or parse_page_stamp(line) or parse_iso_stamp(line) for line in lines[:400]):
        strong += 1
    if any(is_head_line(line) for line in head):
        strong += 1
    straight = text.count('"')
    curly = text.count("“") + text.count("”")
    weak = (1.0 if curly > straight else 0.0) + sum(0.5 for marker in _HOUSE_STYLE if marker.found(text, lower))
    if not straight and not curly and text.count("’") > text.count("'"):
        weak += 0.5  # no quotation at all: curly apostrophes ("England’s", "Let’s") are the house style left
    reason = (
        f"{strong:g} Guardian markers"
        if strong
        else "no structural markers; Guardian house style (curly quotes, spellings)"
    )
    return Evidence(strong, weak, reason)
