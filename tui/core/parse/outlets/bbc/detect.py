"""How a BBC live page is recognised by its content alone.

Strong markers are structures only BBC pages (and copies of them) print:
fused ``published at`` stamps, ``Image source,`` credits, caption markers,
numbered posts, entries that open with their time (``0305: …``), the older
``Live Reporting`` furniture.  Weak hints are the
BBC's house style: straight quotation marks, the ``Zelensky`` spelling, job
titles capitalised before a name (``Prime Minister Keir Starmer``, ``Sir
Keir``), and summary bullets printed as ``- `` lines.
"""

from __future__ import annotations

import re

from tui.core.parse.outlet import Evidence, Marker
from tui.core.parse.outlets.bbc.times import clock_entries, find_stamp

_MARKERS = [
    Marker(("published",), re.compile(r"published\s+at\s+\d{1,2}:\d{2}", re.IGNORECASE)),
    # The 2015-2022 layout numbered its posts over "Posted at 7:24".
    Marker(("posted at",), re.compile(r"^\s*\d{1,3}\.\s+posted\s+at\s+\d{1,2}:\d{2}", re.IGNORECASE | re.MULTILINE)),
    Marker(("image source,",), re.compile(r"Image source,")),
    Marker(("image caption",), re.compile(r"^\s*Image caption[,:]", re.MULTILINE)),
    Marker(("british summer time", "greenwich mean time"), re.compile(r"British Summer Time|Greenwich Mean Time")),
    Marker(("media caption,",), re.compile(r"^\s*Media caption,", re.MULTILINE)),
    Marker(("twitter post",), re.compile(r"^\s*(Skip|End of) twitter post", re.MULTILINE | re.IGNORECASE)),
    Marker(
        ("live reporting", "all times stated are uk", "got a tv licence"),
        re.compile(r"^\s*(Live Reporting|All times stated are UK|Got a TV Licence\?)\s*$", re.MULTILINE),
    ),
    # The 2010-2012 layout's key points end with its reporters and its clock; the 2013-2014 "As it happened"
    # pages' with "(All times BST)" and a "Live text" heading over the writers' names.
    Marker(
        ("live page reporters", "all times in gmt", "all times are gmt"),
        re.compile(r"^\W*(Live page reporters:|All times (?:in|are) (?:GMT|BST|UK)\b)", re.MULTILINE),
    ),
    Marker(("all times",), re.compile(r"\(All times (?:in |are )?(?:GMT|BST|UK)\)")),
    Marker(("live text",), re.compile(r"^\s*Live text\s*$", re.MULTILINE)),
    # The 2010-2014 "As it happened" pages' summary heading alone on its line (the Guardian says "Key events").
    Marker(("key points",), re.compile(r"^\s*Key [Pp]oints\s*$", re.MULTILINE)),
    # The 2008-2012 pages' furniture: "Related BBC sites", and "Page last updated at 19:03 GMT, Friday, 1 July 2011".
    Marker(("related bbc sites",), re.compile(r"^\s*Related BBC sites\s*$", re.MULTILINE)),
    Marker(
        ("page last updated at",),
        re.compile(r"^\s*Page last updated at \d{1,2}:\d{2} GMT, [A-Z][a-z]+day,", re.MULTILINE),
    ),
    # The 2012-2014 "as it happened" pages' head: "22 July 2012 Last updated at 19:11" and the box
    # "Get involved" / "To get involved contact us in any of the following ways" (a copy may keep no entry's time).
    Marker(
        ("last updated at",),
        re.compile(r"^\s*\d{1,2} [A-Z][a-z]+ \d{4} Last updated at \d{1,2}:\d{2}\s*$", re.MULTILINE),
    ),
    Marker(
        ("to get involved contact us",),
        re.compile(r"^\s*To get involved contact us in any of the following ways\s*$", re.MULTILINE),
    ),
    # A copy keeps the page's title with the site's name after it ("… as it happened - BBC Sport (blog)").
    Marker(
        ("bbc news", "bbc sport"),
        re.compile(r"^.{8,}\s[-–|]\s+BBC (?:News|Sport)(?:\s+\((?:blog|live)\))?\s*$", re.MULTILINE | re.IGNORECASE),
    ),
    Marker(("bbc.co.uk", "bbc.com/news"), re.compile(r"bbc\.co\.uk|bbc\.com/news", re.IGNORECASE)),
    Marker(
        ("view more on",),
        re.compile(r"^\s*View more on (twitter|instagram|facebook|youtube)\s*$", re.MULTILINE | re.IGNORECASE),
    ),
]
_NUMBERED_RE = re.compile(r"^\s+(\d{1,3})\.\s+\S")
_HOUSE_STYLE = [
    Marker(("zelensky",), re.compile(r"\bZelensky\b")),
    Marker(
        ("sir keir", "minister", "president", "chancellor", "secretary"),
        re.compile(
            r"\bSir Keir\b"
            r"|\b(?:Prime Minister|President|Chancellor|Foreign Minister|Secretary of State) [A-Z][a-z]+ [A-Z]"
        ),
    ),
    Marker(("- ",), re.compile(r"^- \S.{20,}$", re.MULTILINE)),
    Marker(("bbc",), re.compile(r"\bthe BBC[’']s\b|\btells BBC\b|\bBBC Verify\b")),
]


def _numbered_run(lines: list[str]) -> bool:
    """True when indented post numbers run 1, 2 (a BBC page's numbered posts)."""
    expected = 1
    for line in lines:
        match = _NUMBERED_RE.match(line)
        if match and int(match[1]) == expected:
            expected += 1
            if expected > 2:
                return True
    return False


#: The fewest timed lines of a quoted run of posts (a forum's "Quote:" over one entry quotes a BBC page).
_QUOTED_POSTS = 3


def _quoted_list(lines: list[str], clocked: list[int]) -> bool:
    """True when every line opening with a time is one of a run of lines under an introduction ending with a colon,
    no blank line among them: someone's tweets quoted with their times ("… gave a minute-by-minute account:" /
    "1507: My house is trashed! …" / "1647: …"), not a page's entries."""
    first, last = clocked[0], clocked[-1]
    if len(clocked) < _QUOTED_POSTS or any(not lines[i].strip() for i in range(first, last + 1)):
        return False
    return first > 0 and lines[first - 1].rstrip().endswith(":")


def detect(lines: list[str]) -> Evidence:
    """Structural markers are strong; house style (quotes, spellings, capitalised titles) is weak."""
    text = "\n".join(lines)
    lower = text.lower()
    strong = float(sum(1 for marker in _MARKERS if marker.found(text, lower)))
    if any(find_stamp(line) for line in lines[:400]):
        strong += 2
    if _numbered_run(lines[:400]):
        strong += 1
    clocked = clock_entries(lines[:400])
    if clocked and not _quoted_list(lines, clocked):
        strong += 2  # entries opening with their time, the BBC's older live text ("0305: …", "19:44: …")
    straight = text.count('"')
    curly = text.count("“") + text.count("”")
    weak = (1.0 if straight >= curly and straight else 0.0) + sum(
        0.5 for marker in _HOUSE_STYLE if marker.found(text, lower)
    )
    reason = (
        f"{strong:g} BBC markers" if strong else "no structural markers; BBC house style (straight quotes, spellings)"
    )
    return Evidence(strong, weak, reason)
