"""Line recognisers for BBC pages: the BBC's own page furniture."""

from __future__ import annotations

import re

from ...line_kinds import ChromeRules

CHROME = ChromeRules(
    exact=frozenset({"live reporting", "get involved", "bbc homepage"}),
    pattern=re.compile(
        r"^(.*\bdownload\s+the\s+bbc(\s+news)?\s+app\b.*|(get|open|try)\s+(it\s+in\s+)?the\s+bbc\s+app\b.*)$",
        re.IGNORECASE,
    ),
)


def is_chrome(line: str) -> bool:
    """True for furniture on a BBC page (shared site furniture included)."""
    return CHROME.is_chrome(line)
