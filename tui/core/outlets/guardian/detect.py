"""How a Guardian live blog is recognised by its content alone."""

from __future__ import annotations

import re

from ...outlet import Evidence
from .times import parse_page_stamp, parse_post_time

_MARKERS = [
    re.compile(r"^\s*Key events\s*$", re.MULTILINE),
    re.compile(r"^\s*Updated(\s+at\b.*)?\s*$", re.MULTILINE),
    re.compile(r"taking over from", re.IGNORECASE),
    re.compile(r"handing the blog over", re.IGNORECASE),
    re.compile(r"^\s*(Opening summary|The day so far|Closing summary)\s*$", re.MULTILINE),
    re.compile(r"Photograph:"),
    re.compile(r"^\s*First published on\b", re.MULTILINE),
]


def detect(lines: list[str]) -> Evidence:
    """``Key events``, ``Updated`` lines and time lines are strong; curly quotes are weak."""
    text = "\n".join(lines)
    strong = sum(1 for rx in _MARKERS if rx.search(text))
    strong += 1 if any(parse_post_time(line) or parse_page_stamp(line) for line in lines[:400]) else 0
    straight = text.count('"')
    curly = text.count("“") + text.count("”")
    weak = 1.0 if curly > straight else 0.0
    reason = f"{strong} Guardian markers" if strong else "no structural markers; curly quotation marks suggest the Guardian"
    return Evidence(strong, weak, reason)
