"""How a BBC live page is recognised by its content alone."""

from __future__ import annotations

import re

from ...outlet import Evidence
from .times import find_stamp

_MARKERS = [
    re.compile(r"published\s+at\s+\d{1,2}:\d{2}", re.IGNORECASE),
    re.compile(r"Image source,"),
    re.compile(r"^\s*Image caption[,:]", re.MULTILINE),
    re.compile(r"British Summer Time|Greenwich Mean Time"),
    re.compile(r"^\s*Media caption,", re.MULTILINE),
    re.compile(r"^\s*(Skip|End of) twitter post", re.MULTILINE | re.IGNORECASE),
]


def detect(lines: list[str]) -> Evidence:
    """Fused ``published at`` stamps and BBC image credits are strong; straight quotes are weak."""
    text = "\n".join(lines)
    strong = sum(1 for rx in _MARKERS if rx.search(text))
    if any(find_stamp(line) for line in lines[:400]):
        strong += 2
    straight = text.count('"')
    curly = text.count("“") + text.count("”")
    weak = 1.0 if straight >= curly else 0.0
    reason = f"{strong} BBC markers" if strong else "no structural markers; straight quotation marks suggest the BBC"
    return Evidence(strong, weak, reason)
