"""Detect which outlet a dump comes from, by its content alone.

Strong markers decide: BBC pages fuse ``published at HH:MM`` to titles and
print ``Image source,`` credits; Guardian pages print ``Key events``,
``Updated`` lines, handovers and summary headings.  A dump with no marker at
all but plenty of prose is a degraded copy: the quotation style decides
(the BBC prints straight double quotes, the Guardian curly ones) and the
feed records that the format was guessed.  Anything else is not a live blog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bbc_times import find_stamp
from .guardian_times import parse_page_stamp, parse_post_time

FORMATS = ("bbc", "guardian")

_BBC_MARKERS = [
    re.compile(r"published\s+at\s+\d{1,2}:\d{2}", re.IGNORECASE),
    re.compile(r"Image source,"),
    re.compile(r"^\s*Image caption[,:]", re.MULTILINE),
    re.compile(r"British Summer Time|Greenwich Mean Time"),
    re.compile(r"^\s*Media caption,", re.MULTILINE),
    re.compile(r"^\s*(Skip|End of) twitter post", re.MULTILINE | re.IGNORECASE),
]
_GUARDIAN_MARKERS = [
    re.compile(r"^\s*Key events\s*$", re.MULTILINE),
    re.compile(r"^\s*Updated(\s+at\b.*)?\s*$", re.MULTILINE),
    re.compile(r"taking over from", re.IGNORECASE),
    re.compile(r"handing the blog over", re.IGNORECASE),
    re.compile(r"^\s*(Opening summary|The day so far|Closing summary)\s*$", re.MULTILINE),
    re.compile(r"Photograph:"),
    re.compile(r"^\s*First published on\b", re.MULTILINE),
]


@dataclass(slots=True)
class Detection:
    """The detected format, how sure the detector is, and why."""

    format: str | None
    confident: bool
    reason: str


def detect_format(lines: list[str]) -> Detection:
    """Decide ``bbc`` or ``guardian`` for a dump's cleaned lines."""
    text = "\n".join(lines)
    bbc = sum(1 for rx in _BBC_MARKERS if rx.search(text))
    if any(find_stamp(line) for line in lines[:400]):
        bbc += 2
    guardian = sum(1 for rx in _GUARDIAN_MARKERS if rx.search(text))
    guardian += sum(1 for line in lines[:400] if parse_post_time(line) or parse_page_stamp(line)) and 1
    if bbc or guardian:
        if bbc > guardian:
            return Detection("bbc", True, f"{bbc} BBC markers")
        if guardian > bbc:
            return Detection("guardian", True, f"{guardian} Guardian markers")
    prose = [line for line in lines if len(line.split()) >= 8]
    if len(prose) < 3 or len(prose) < len([l for l in lines if l.strip()]) // 3:
        return Detection(None, False, "no live-blog markers (published-at stamps, Key events, Updated lines) and too little prose")
    straight = text.count('"')
    curly = text.count("“") + text.count("”")
    if curly > straight:
        return Detection("guardian", False, "no structural markers; curly quotation marks suggest the Guardian")
    return Detection("bbc", False, "no structural markers; straight quotation marks suggest the BBC")
