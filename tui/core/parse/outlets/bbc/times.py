"""Where BBC timestamps are parsed.

BBC live pages fuse the post title with its time::

    Ministers meet unionspublished at 14:05 British Summer Time 3 June
    What form could a US security guarantee take?published at 06:38 British Summer Time
    Postpublished at 09:12 GMT 5 July 2024

:func:`split_title_stamp` separates the title from a :class:`Stamp`.
"""

from __future__ import annotations

import re

from tui.core.model.post import Stamp
from tui.core.model.zones import MONTH_PATTERN, ZONE_PATTERN, month_number, zone_offset
from tui.core.parse.line_kinds import name_and_role

_STAMP_RE = re.compile(
    rf"""
    published\s+at\s+
    (?P<hour>\d{{1,2}})[:.](?P<minute>\d{{2}})
    (?:\s*(?P<zone>{ZONE_PATTERN}))?
    (?:,?\s+(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_PATTERN})\.?(?:,?\s+(?P<year>\d{{4}}))?)?
    \s*(?P<label>Breaking|Analysis|Live|Watch|Listen|Explainer|Verify)?
    \s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)

_PREFIX_RE = re.compile(r"^published\s+at\s+", re.IGNORECASE)
#: An older layout's stamp on a line of its own under the post's number: ``Posted at 7:24``, or as a
#: copy runs the visible and the hidden time together, ``Posted at 7:247:24``.
_POSTED_RE = re.compile(
    rf"^(?:posted|published)\s+at\s+(?P<hour>\d{{1,2}})[:.](?P<minute>\d{{2}})(?:(?P=hour)[:.](?P=minute))?"
    rf"(?:\s*(?P<zone>{ZONE_PATTERN}))?\s*$",
    re.IGNORECASE,
)

#: Titles BBC pages use instead of a headline.
GENERIC_TITLES = {"post", "post update", "update"}


def find_stamp(line: str) -> re.Match[str] | None:
    """The fused ``published at`` stamp at the end of ``line``, if any."""
    if "published" not in line.lower():
        return None
    return _STAMP_RE.search(line)


def posted_stamp(line: str, line_no: int = 0) -> Stamp | None:
    """The stamp of a ``Posted at 7:24`` line (None for any other line)."""
    match = _POSTED_RE.match(line.strip())
    if match is None or int(match["hour"]) > 23 or int(match["minute"]) > 59:
        return None
    zone = match["zone"]
    return Stamp(
        text=f"{match['hour']}:{match['minute']}",
        hour=int(match["hour"]),
        minute=int(match["minute"]),
        zone=zone.upper() if zone else None,
        utc_offset_minutes=zone_offset(zone),
        line=line_no,
    )


#: A sport page's stamp that gives the match minute, not a clock: "No try: Wales 0-7 Englandpublished at 8 mins".
_MINUTE_STAMP_RE = re.compile(r"published\s+at\s+(?P<minute>\d{1,3}(?:\+\d{1,2})?\s+mins?)\s*$", re.IGNORECASE)


def match_minute_stamp(line: str) -> str | None:
    """The match minute of a title fused with a sport page's minute stamp ("8 mins"), if any."""
    match = _MINUTE_STAMP_RE.search(line) if "published" in line.lower() else None
    return match["minute"] if match else None


def split_title_stamp(line: str, line_no: int = 0) -> tuple[str, Stamp | None] | None:
    """Split a fused BBC title line into (title, stamp); None if it has no stamp.  A sport page's stamp
    of the match minute ("… England published at 8 mins") gives the title and no stamp (see
    :func:`match_minute_stamp`)."""
    match = find_stamp(line)
    if match is None:
        played = _MINUTE_STAMP_RE.search(line) if "published" in line.lower() else None
        return (line[: played.start()].strip(), None) if played else None
    hour, minute = int(match["hour"]), int(match["minute"])
    if hour > 23 or minute > 59:
        return None
    month = month_number(match["month"]) if match["month"] else None
    text = _PREFIX_RE.sub("", match.group(0)).strip()
    if match["label"]:
        text = text[: len(text) - len(match["label"])].strip()
    stamp = Stamp(
        text=text,
        hour=hour,
        minute=minute,
        day=int(match["day"]) if match["day"] else None,
        month=month,
        year=int(match["year"]) if match["year"] else None,
        zone=" ".join(match["zone"].split()) if match["zone"] else None,
        utc_offset_minutes=zone_offset(match["zone"]),
        line=line_no,
    )
    if stamp.day is not None and not 1 <= stamp.day <= 31:
        return None
    return line[: match.start()].strip(), stamp


def trailing_label(line: str) -> str | None:
    """A label a copy fused after the stamp (``…6 November 2024Breaking``), if any."""
    match = find_stamp(line)
    return match["label"] if match is not None else None


#: An older page's entry that opens with its clock time (2010–2014 live text and "As it happened"
#: pages): ``0305: The result …``, ``19:44: Full-time …``, ``  3. 1930: BUDGET …``, and the four
#: digits fused to the text or a space before it (``0640Referring to …``, ``0638 The Deputy …``).
_CLOCK_ENTRY_RE = re.compile(
    r"^\s*(?:\d{1,4}\.\s+|[•●▪◦·]\s*|-\s+)?(?:"  # after a list number, or a bullet ("• 2140:", "- 1522:")
    # a capitalised keyword may head the entry: "BUDGET 06:03:", "NEW POUND COIN 06:10:", "OUTRAGE! 06:06: …"
    r"(?:(?P<keyword>[A-Z][A-Z’'&-]*[A-Z!?](?:\s+[A-Z][A-Z’'&-]*[A-Z!?]?){0,3})\s+)?"
    # (the four digits perhaps with the zone, "0845 BST: Five days after …", a US election night's "0638 EST:";
    # "13:30 GMT: …" is a day's diary)
    r"(?P<clock>(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:\s+(?P<zone>BST|GMT|EST|EDT|CST|CDT|PST|PDT|ET))?"
    r"|(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d))"
    # (or a dash after the time, the 2009 cricket pages' way with the score: "1843 - 479-5 That's the ton …")
    r"(?::|\s+[-–](?=\s))\s*(?P<rest>\S.*)?"
    # (the text may open with a sender's handle in lower case: "1752 andylockran tweets:")
    rf"|(?P<fused>(?P<fh>[01]\d|2[0-3])(?P<fm>[0-5]\d)) ?(?!(?i:{ZONE_PATTERN})\b)"
    r"(?P<text>(?:[A-Z\"“‘']|\w{3,30}\s+tweets:).*)"
    # Newsbeat's 2010 pages: a 12-hour time and the reporter, "10:17am (from Dave Howard): …"
    # (the reporter's name is what marks the form: the Guardian's older blogs open entries "10.32am: …")
    r"|(?P<twelve>(?P<h12>1[0-2]|0?[1-9])[:.](?P<m12>[0-5]\d)\s?(?P<ampm>[ap]m))"
    r"\s*\((?:from|by)\s+[^()]{2,40}\):\s*(?P<rest12>\S.*)?"
    r")$"
)


#: A four-digit time with the writer's aside in brackets before the colon: "0048 (crikey, is it really that late?): …".
_CLOCK_ASIDE_RE = re.compile(
    r"^\s*(?P<clock>(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d))\s+(?P<rest>\([^()]{2,60}\):\s*\S.*)$"
)


#: A sport page's entry that opens with the match minute: "80 mins: England drive and drive …", "1 min: Dan Park …".
#: (or a motor race's lap: "Lap 23: Nico Rosberg and Sebastien Buemi stop …", the 2009-2011 Formula 1 pages)
_MINUTE_ENTRY_RE = re.compile(r"^\s*(?P<minute>\d{1,3}(?:\+\d{1,2})?\s+mins?|Lap\s+\d{1,3}):\s*(?P<rest>\S.*)$")
#: How many minute-opened entries make a page written that way (one may be a sentence: "90 mins: that is all").
_MINUTE_ENTRIES = 2


def minute_entry(line: str) -> tuple[str, str] | None:
    """(the match minute as printed, the text after it) of a minute-opened entry ("80 mins: …")."""
    match = _MINUTE_ENTRY_RE.match(line)
    return (match["minute"], match["rest"].strip()) if match else None


#: The 2009-2010 cricket pages' untimed entries: an over's number and the score opening the text ("20th over - 118-8
#: Parnell bowls …", "16.3 overs - Aus 109-4"), or a wicket's line ("WICKET - Zaheer c De Villiers b Steyn 4, …").
_OVER_ENTRY_RE = re.compile(r"^\s*(?:\d{1,2}(?:st|nd|rd|th)\s+over|\d{1,2}(?:\.\d)?\s+overs?|WICKET)\s*[-–]\s*\S")


def is_over_line(line: str) -> bool:
    """True for a line opening a cricket page's untimed entry with the over or a wicket (:data:`_OVER_ENTRY_RE`)."""
    return _OVER_ENTRY_RE.match(line) is not None


def over_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines that open a cricket page's untimed entry with the over or a wicket (see
    :data:`_OVER_ENTRY_RE`)."""
    return [i for i, line in enumerate(lines) if is_over_line(line)]


def minute_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines that open with a match minute ("80 mins: …"), however many there are."""
    return [i for i, line in enumerate(lines) if _MINUTE_ENTRY_RE.match(line)]


def minute_entries(lines: list[str], others: int = 0, found: list[int] | None = None) -> list[int]:
    """Indexes of the lines that open entries with the match minute, when the page is written that way
    (``others``: the page's entries opened another way, with their time, count towards it; ``found``: the
    page's :func:`minute_lines`, when the caller has them)."""
    found = minute_lines(lines) if found is None else found
    return found if found and len(found) + min(others, 1) >= _MINUTE_ENTRIES else []


def entry_keyword(line: str) -> str | None:
    """The capitalised keyword that heads a clock-opened entry ("BUDGET" in "BUDGET 06:03:"), if any."""
    match = _CLOCK_ENTRY_RE.match(line)
    return match["keyword"] if match is not None and match["fused"] is None else None


def clock_entry(line: str, line_no: int = 0) -> tuple[Stamp, str, str] | None:
    """(stamp, the time as printed with its colon, the text after it) of a clock-opened entry."""
    match = _CLOCK_ENTRY_RE.match(line)
    if match is None:
        aside = _CLOCK_ASIDE_RE.match(line)
        if aside is None:
            return None
        # the writer's aside between the time and its colon is the entry's text ("0048 (crikey, is it really that
        # late?): Right, …")
        stamp = Stamp(text=aside["clock"], hour=int(aside["hh"]), minute=int(aside["mm"]), line=line_no)
        return stamp, aside["clock"], aside["rest"].strip()
    if match["fused"] is not None:
        hour, minute, printed, rest = int(match["fh"]), int(match["fm"]), match["fused"], match["text"]
        stamp = Stamp(text=printed, hour=hour, minute=minute, line=line_no)
        marker = line.strip()[: len(line.strip()) - len(rest)]
        return stamp, marker, rest.strip()
    if match["twelve"] is not None:
        hour = int(match["h12"]) % 12 + (12 if match["ampm"] == "pm" else 0)
        stamp = Stamp(text=match["twelve"] + ":", hour=hour, minute=int(match["m12"]), line=line_no)
        rest = match["rest12"] or ""
        marker = line.strip()[: len(line.strip()) - len(rest)] if rest else line.strip()
        return stamp, marker, rest.strip()
    hour = int(match["hh"] if match["hh"] is not None else match["h"])
    minute = int(match["mm"] if match["mm"] is not None else match["m"])
    printed = match["clock"]
    # a zone other than the home one's is the stamp's ("0638 EST:"); BST and GMT are the page's own clock
    zone = match["zone"] if match["zone"] not in (None, "BST", "GMT") else None
    stamp = Stamp(
        text=printed + ":", hour=hour, minute=minute, zone=zone, utc_offset_minutes=zone_offset(zone), line=line_no
    )
    rest = match["rest"] or ""
    marker = line.strip()[: len(line.strip()) - len(rest)] if rest else line.strip()
    return stamp, marker, rest.strip()


def clock_entries(lines: list[str], others: int = 0) -> list[int]:
    """Indexes of the lines that open entries with their time, when the page is written that way:
    two entries in the colon forms or with the time run into the text (``2357That concludes …``), or
    three in the spaced form (``0640 Referring …``: a line opening with a year and a capital,
    ``2015 General …``, looks the same, so it takes more of them), or a single one whose writer's name and
    role follow its time (a forum quoting one entry: ``0816: Robin Brant Political correspondent, …``).
    ``others`` counts the page's entries opened another way (a match's minute, "79 mins: …"): with them one
    entry in a colon form is enough."""
    entries = [(i, entry) for i, line in enumerate(lines) if (entry := clock_entry(line)) is not None]
    found = [(i, entry[1]) for i, entry in entries]
    # a colon, or a time run into its text with no space ("2357That concludes …"), is a time for sure
    sure = sum(1 for _, marker in found if ":" in marker or marker[-1:].isdigit())
    signed = len(entries) == 1 and ":" in entries[0][1][1] and name_and_role(entries[0][1][2]) is not None
    sure += min(others, 1) if sure else 0
    if len(found) >= 3 or signed:
        return [i for i, _ in found]
    # (two sure ones: a lone spaced one is a line opening with a year, "2011 Six Nations: final day …")
    return [i for i, marker in found if ":" in marker or marker[-1:].isdigit()] if sure >= 2 else []
