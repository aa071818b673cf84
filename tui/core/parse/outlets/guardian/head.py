"""The head of a Guardian page: what copies print above the first post.

Copies made by readers, aggregators, mirrors and diff sites put their own
furniture and the blog's header on top of the posts: app banners, edition and
section lines, the byline list, the blog's headline (``… – as it happened``)
and standfirst, the lead photo (its alt text, then the caption ending in
``Photograph: …``), live-blog controls (``Sort by:``, ``Auto update:``), a
mirror's date line, a diff site's notes.  :func:`head_end` finds where that
stops; the parser files those lines as page parts, never as posts.

A line is *head* when it matches one of the recognisers below.  A short
unpunctuated line (a section name, a standfirst, a photo's alt text) is head
only when a recognised head line follows it before any post text, so a post
title on the first line of a copy still starts a post.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from tui.core.model.text import ends_sentence, ends_with_stop
from tui.core.model.zones import MONTH_PATTERN, WEEKDAY_PATTERN
from tui.core.parse.line_kinds import ends_a_sentence_inside, is_headline_shaped, is_related_link
from tui.core.parse.outlets.guardian.segment import is_closing_note, is_summary_heading
from tui.core.parse.outlets.guardian.times import (
    is_date_line,
    parse_iso_stamp,
    parse_page_stamp,
    parse_post_time,
    parse_updated,
)

#: The blog's own headline or series line.
#: A blog's title with its subject first: "Ukraine war live: …", "Covid live news: study suggests …".
_SUBJECT_FIRST_TITLE = r"^[\w’'.,&-]+(?:\s+[\w’'.,&-]+){0,6}\s+live(?:\s+news|\s+updates)?:\s+\S"
#: The day's second (or later) blog, after the date in its headline: " part two", " part 2".
_DAY_PART = r"(?:\s+part\s+(?:two|three|four|five|[2-9]))?"
#: The dash before a headline's date: spaced, or run onto the last word with a space after it.
_DATE_DASH = r"(?:\s[-–—|]\s*|(?<=\w)[-–—]\s+)"
_HEADLINE_RES = [
    re.compile(
        # (after a colon, "live" itself: "… : latest daily LIVE updates" is a forum's or a site's own title)
        r"(?:\s[-–—]\s*((?:[\w’']+\s+){0,3}as\s+(?:it|they)\s+happened!?(?:\s*[:,]\s*part\s+\w+)?|(?:[\w’']+\s+){0,3}live!?(\s+updates|\s+coverage)?|live\s+blog"
        r"|(?:over|minute)-by-(?:over|minute)\s+report)"
        r"|:\s*(as\s+(?:it|they)\s+happened!?|live(\s+updates|\s+coverage)?|live\s+blog)"
        # (or after a comma: "Juventus v Real Madrid: Champions League semi-final, as it happened")
        r"|,\s*as\s+(?:it|they)\s+happened!?)"
        # a feed's writer after a bar ("… – as it happened | Scott Murray"), or a feed reader's item time fused
        # after the title, and its fold toggle: "… – live16:43[−]"
        r"(?:\s\|\s[^|]{1,40}|\d{1,2}:\d{2}(?:\s*\[[−+-]\])?)?\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?!.*[.!]$).*(\blive\s*blog\b.{0,60}$|^politics\s+live\b)", re.IGNORECASE),
    # (the 2019- news blogs' subject first: "Ukraine war live: …", "Covid live news: study suggests …")
    re.compile(_SUBJECT_FIRST_TITLE, re.IGNORECASE),
    # A minute-by-minute report's title with its subject after a colon and no dash: "World Cup final 1966: England v
    # West Germany live!"
    re.compile(r"^[^.!?:]{3,80}:\s[^.!?,]{3,80}\slive!$", re.IGNORECASE),
    # The page's own title line as a copy keeps it: "… - as it happened | Football | guardian.co.uk".
    re.compile(r"\s\|\s*(?:[\w ,&’'-]{1,40}\s\|\s*)*(?:guardian\.co\.uk|the\s+guardian)\s*$", re.IGNORECASE),
    # An older blog's headline ends with its day: "England riots: … reaction - Tuesday 16 August 2011", or
    # with its weekday and no year ("Syria: attack on Homs continues - Tuesday 7 February", 2012), perhaps the day's
    # second blog ("Japan nuclear crisis - Wednesday 16 March part two").
    # (the dash may follow the last word with no space: "Libya, Syria and Middle East Unrest- Monday 3 October 2011")
    re.compile(
        rf"{_DATE_DASH}(?:(?:{WEEKDAY_PATTERN})\w*,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN})\w*,?\s+\d{{4}}"
        rf"{_DAY_PART}$"
        rf"|{_DATE_DASH}(?:{WEEKDAY_PATTERN})\w*,?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN})\w*{_DAY_PART}$",
        re.IGNORECASE,
    ),
]
#: The live blog's controls: "Sort by:", "Latest first", "Auto update:", "On", "Off", "Updates:".
_CONTROL_RES = [
    re.compile(r"^(•\s*)?(sort\s+by|auto\s+update|updates|live\s+blog:\s*\w+)\s*:?\s*\w*$", re.IGNORECASE),
    re.compile(r"^(•\s*)?(latest|oldest|newest)\s+first$|^(•\s*)?(on|off)$", re.IGNORECASE),
]
_ITEM_DATE_RE = re.compile(r"^(?:permalink\s*[-–—]\s*)?(?:posted|published)\s+on\s+\d.{0,40}$", re.IGNORECASE)
#: A news blog's standfirst links, alone on their lines: "Read our latest news story", "Read the latest summary", "Read
#: the latest summary of events", "Read the Guardian's latest news story", "Read the latest live updates here".
STANDFIRST_LINK = (
    r"(?:•\s*)?read\s+(?:our|the)(?:\s+guardian[’']s)?\s+latest\s+"
    r"(?:summary(?:\s+of\s+(?:events|the\s+day))?|news\s+story|report|live\s+updates(?:\s+here)?)"
)
#: A mirror's date line under the headline, perhaps with the time it was copied: "8 July 2019", "08 July 2019 11:51".
_COPY_DATE_RE = re.compile(
    r"^((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(\d{1,2}(st|nd|rd|th)?\s+[a-z]+\.?|[a-z]+\.?\s+\d{1,2}(st|nd|rd|th)?,?)\s+\d{4}"
    r"(,?\s+\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)


def is_copy_date(text: str) -> bool:
    """True for a mirror's date line (the day, perhaps the time it was copied; no zone): never a post's time."""
    return _COPY_DATE_RE.match(text.strip()) is not None


#: A copy site's own stamp under the headline: "Last modified: 05: 25 AM GMT+0" (the copy's time, not the page's).
_COPY_STAMP_RE = re.compile(r"^last\s+(?:modified|updated)(?:\s+on)?\s*:\s*\S.{0,40}$", re.IGNORECASE)
_HEAD_RES = [
    # Reader-app and aggregator banners, and the copy's own edition line.
    re.compile(r"^get\s+all\s+your\s+news\s+in\s+one\s+place\.?$", re.IGNORECASE),
    re.compile(r"^\d+[’']?s\s+of\s+premium\s+titles\.?$", re.IGNORECASE),
    re.compile(r"^one\s+app\.?$|^start\s+reading$", re.IGNORECASE),
    # A self-hosted feed reader's view (FreshRSS): "Reading view", "There are new articles available, click to
    # refresh the page."
    re.compile(r"^reading\s+view$|^there\s+are\s+new\s+articles\s+available\b.{0,60}$", re.IGNORECASE),
    re.compile(r"^the\s+guardian(\s*[-–]\s*(uk|us|au|australia|international|europe))?$", re.IGNORECASE),
    re.compile(r"^powered\s+by\s+guardian\.co\.uk", re.IGNORECASE),
    re.compile(r"\barticle\s+titled\b.*\bwas\s+written\s+by\b", re.IGNORECASE),
    re.compile(r"^badge\b", re.IGNORECASE),
    # An aggregator's disclaimer ("This article was added by the user. … is not responsible for the content").
    re.compile(r"^this\s+article\s+was\s+added\s+by\b|\bis\s+not\s+responsible\s+for\s+the\s+content\b", re.IGNORECASE),
    # A feed reader's date line under an item's headline: "Permalink - Posted on 2020-10-01 07:58", "Posted on 19
    # September 2019 | 10:19 am".
    _ITEM_DATE_RE,
    # A blog's digest of a feed: an item's title, the digest's date for it and perhaps the item's standfirst on one
    # line ("Croatia v Mexico: World Cup 2014 live! Posted: 23 Jun 2014 02:47 PM PDT World Cup Group A …").
    re.compile(r"\bPosted:\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\s+\d{1,2}:\d{2}\s*[AP]M\s+[A-Z]{2,4}\b"),
    # Diff sites (News Sniffer and the like).
    re.compile(r"^this\s+article\s+is\s+from\s+the\s+source\b", re.IGNORECASE),
    # ... and the rest of that notice when a copy wrapped it ("on ." where the site printed no date).
    re.compile(r"^on\s+(?:\d{1,2}\s+\w+\s+\d{4}[^.]*)?\.$", re.IGNORECASE),
    re.compile(r"^(?:on\b.*?\.\s*)?it\s+last\s+changed\b.*\bago\b", re.IGNORECASE),
    re.compile(r"^you\s+can\s+find\s+the\s+current\s+article\b", re.IGNORECASE),
    re.compile(r"^the\s+article\s+has\s+changed\s+\d+\s+times?\b", re.IGNORECASE),
    re.compile(r"^version\s+\d+(\s+version\s+\d+|\s+of\s+\d+\.?)?$", re.IGNORECASE),
    re.compile(r"^\(\d+\s+(seconds?|minutes?|hours?|days?)\s+later\)$", re.IGNORECASE),
    # The blog's headline and series line.
    *_HEADLINE_RES,
    # The standfirst every politics and news blog of the 2010s opened with, and the later news blogs' one
    # ("All the latest as Britain gears up to leave …", "Follow all the latest updates …"): one sentence.
    re.compile(r"^rolling\s+coverage\s+of\b", re.IGNORECASE),
    # the Australia blogs' standfirst formula at its end: "… All the day’s events, live"
    re.compile(r"\ball\s+the\s+day[’']s\s+(?:events|news|developments)\b[^.!?]{0,80}\blive\.?$", re.IGNORECASE),
    re.compile(
        r"^(?:all\s+the\s+latest|follow\s+(?:all\s+)?(?:the\s+)?latest)\s+[a-z]"
        r"(?!.*[.!?]\s+\S)[^\n]{0,200}$",
        re.IGNORECASE,
    ),
    # Byline lists: "Helen Livingstone (now) and Donna Ferguson (earlier)", "James Wallace (earlier) and Rob Smyth
    # (later)".
    re.compile(r"\((now|earlier|later)\)", re.IGNORECASE),
    # The 2013 pages' sharing popups: "Send to a friend", "Close this popup", "Your IP address will be logged".
    re.compile(r"^(?:send\s+to\s+a\s+friend|close\s+this\s+popup|your\s+ip\s+address\s+will\s+be\s+logged)$", re.I),
    # Live-blog controls and leftovers.
    *_CONTROL_RES,
    re.compile(r"^this\s+(live\s+)?blog(\s*post)?\s+is\s+(now\s+)?closed\b", re.IGNORECASE),
    # A copy's own updated stamp, run into the byline whose name it lost: "By Updated at 2014-07-09 18:03:04 +0000".
    re.compile(
        r"^(by\s+)?(updated|published|last\s+updated)(\s+(at|on))?\s+\d{4}-\d{2}-\d{2}[ t]\d{2}:\d{2}(:\d{2})?"
        r"(\s*(z|utc|gmt|[+-]\d{2}:?\d{2}))?$",
        re.IGNORECASE,
    ),
    # The 2010 blogs' standfirst asking for readers' news, and the writer's handle and address under it:
    # "… Follow the latest here. Send us your news:" / "@peterwalker99" / "peter.walker@guardian.co.uk".
    re.compile(r"\bsend\s+(us|me)\s+your\s+(news|views|thoughts|comments|questions)\b[^.!?]{0,60}:?$", re.IGNORECASE),
    re.compile(r"^@\w{2,30}$|^[\w.+-]+@[\w-]+(\.[\w-]+)+$"),
    # The 2008 blogs' pointer under the standfirst: "Scroll down for latest updates and final result".
    re.compile(r"^scroll\s+down\s+for\s+(?:the\s+)?(?:latest|new|more)\b[^.!?]{0,60}$", re.IGNORECASE),
    re.compile(rf"^{STANDFIRST_LINK}$", re.IGNORECASE),
    _COPY_STAMP_RE,
    # A mirror's tag and date lines.
    re.compile(r"^([\w’'-]+\s+)*#\w+(\s+#\w+)*$"),
    _COPY_DATE_RE,
]
_BYLINE_LIST_RE = re.compile(
    r"^[A-Z][\w’'.-]+(\s+[A-Z][\w’'.-]+)+((\s*,\s*|\s+and\s+)[A-Z][\w’'.-]+(\s+[A-Z][\w’'.-]+)+)+$"
)
#: A caption's credit: ``Photograph: …``, or the agency credit in brackets that ends it (``(Mario Vedder/AP)``).
_CAPTION_RE = re.compile(r"Photograph:|\((?:[^()/]{2,40}/)+[^()/]{2,30}\)\s*$")


#: The most lines a page prints above its lead photo (headline, standfirst, a byline), and how long each is.
_ABOVE_LEAD_PHOTO = 3
_HEAD_LINE_CHARS = 300
#: ... and when its standfirst is a list of points and links (the 2013 news blogs), how many and how long.
_POINTS_ABOVE_LEAD_PHOTO = 12
_POINT_CHARS = 100


def _standfirst_points(lines: list[str], above: list[int]) -> bool:
    """True when the lines under the headline are a standfirst of points and links, bulleted or with their
    bullets lost ("Baby born at 4.24pm at St Mary's hospital" / "  Do you know your royal baby names?"):
    each short, and none a sentence stopped with a full stop."""
    return all(
        len(text := lines[i].strip().lstrip("•").strip()) <= _POINT_CHARS and not text.endswith(".") for i in above[1:]
    )


#: A feed's credit for the item it re-posts: "Powered by Guardian.co.ukThis article titled “…” was written by …, for
#: theguardian.com on …" (the link's text may be lost: "Powered by article titled …").
_FEED_CREDIT_RE = re.compile(r"\barticle\s+titled\b.*\bwas\s+written\s+by\b", re.IGNORECASE)
#: How far down a re-post its feed credit may stand and still open the Guardian's text.
_FEED_CREDIT_LINES = 15


def _feed_credit_end(lines: list[str], stops: Callable[[str], bool]) -> int:
    """The line after a re-post's feed credit near its top: what the site printed above it (its own title,
    furniture, a line of its own comment) is head, whatever it says; 0 when there is none, or when a post
    starts above it."""
    for idx in range(min(len(lines), _FEED_CREDIT_LINES)):
        text = lines[idx].strip()
        if text and stops(text):
            return 0
        if _FEED_CREDIT_RE.search(text):
            return idx + 1
    return 0


#: The writer's invitation among a sports blog's standfirst points: "Email john.ashdown@theguardian.com or Tweet
#: @John_Ashdown", "Email Rob or tweet @Rob_Smyth".
_CONTACT_POINT_RE = re.compile(
    r"^(?:e-?mail|tweet|follow)\b(?=.{0,80}(?:[\w.+-]@[\w-]|(?:^|\s)@\w))(?=.{0,80}\b(?:or|and)\s+(?:e-?mail|tweet|follow)\b)"
    r".{0,100}$",
    re.IGNORECASE,
)
#: The most content lines above a run of standfirst points (the copy's banner, the headline).
_ABOVE_POINTS = 6
#: The most points a standfirst holds.
_MOST_POINTS = 8
#: A list's mark opening a standfirst point ("- Live updates …", "• Email …").
_POINT_MARK_RE = re.compile(r"^[-–•]\s+")


#: The most lines the head above the live blog's controls may run to, and the fewest controls that make them certain.
_LINES_ABOVE_CONTROLS = 40
_FEWEST_CONTROLS = 3


def _controls_end(lines: list[str], stops: Callable[[str], bool]) -> int:
    """The line after the live blog's controls when the page prints them near its top as a run of their own
    ("Live" / "Sort by:" / "Latest first" / "Oldest first" / "Auto update:" / "On" / "Off" / "Updates:"): all above
    them is the head, whatever it says (a headline in no series, a standfirst long as a paragraph); 0 when there is
    no such run or a post starts above it."""
    run: list[int] = []
    for idx in range(min(len(lines), _LINES_ABOVE_CONTROLS)):
        text = lines[idx].strip()
        if not text:
            continue
        if any(rx.match(text) for rx in _CONTROL_RES):
            run.append(idx)
            continue
        if len(run) >= _FEWEST_CONTROLS:
            break
        if stops(text):
            return 0
        run = []
    if len(run) < _FEWEST_CONTROLS or not any(_SORT_BY_RE.match(lines[i].strip()) for i in run):
        return 0
    return run[-1] + 1


#: The controls' own first line, which no post text is: "Sort by:".
_SORT_BY_RE = re.compile(r"^(?:•\s*)?sort\s+by\s*:?$", re.IGNORECASE)


def _contact_points_end(lines: list[str]) -> int:
    """Where the head ends when the page opens with a sports blog's standfirst points (dashed or bulleted links,
    one of them the writer's invitation to email or tweet: "- Email … or Tweet @…"), perhaps under its banner and
    headline: the line after the last point; 0 otherwise."""
    content = [i for i in range(min(len(lines), 30)) if lines[i].strip()]
    for n, idx in enumerate(content[: _ABOVE_POINTS + 1]):
        if not _POINT_MARK_RE.match(lines[idx].strip()):
            continue
        run = list(itertools.takewhile(lambda i: _POINT_MARK_RE.match(lines[i].strip()) is not None, content[n:]))
        points = [_POINT_MARK_RE.sub("", lines[i].strip()) for i in run]
        if (
            len(run) <= _MOST_POINTS
            and all(len(p) <= _POINT_CHARS for p in points)
            and any(_CONTACT_POINT_RE.match(p) for p in points)
        ):
            return run[-1] + 1
        return 0
    return 0


def _lead_photo_end(lines: list[str], stops: Callable[[str], bool], is_chrome: Callable[[str], bool]) -> int:
    """Where the head ends when the page opens with a headline and standfirst over its lead photo's
    alt text and the caption repeating it ("… Photograph: …"): the line after the caption; 0 when the
    page does not open that way (a post's time or more text above the photo).  The site's furniture above
    the headline (the section's name: "News blog") is not counted among the lines above the photo."""
    content = [i for i in range(min(len(lines), 40)) if lines[i].strip()]
    for n, (alt, caption) in enumerate(zip(content, content[1:])):
        above = content[:n]
        counted = sum(1 for i in above if not is_chrome(lines[i]))
        if counted > _ABOVE_LEAD_PHOTO and not (
            counted <= _POINTS_ABOVE_LEAD_PHOTO and _standfirst_points(lines, above)
        ):
            return 0
        if (
            "Photograph:" in lines[alt]
            and above
            and all(len(lines[i].strip()) <= _HEAD_LINE_CHARS and not stops(lines[i]) for i in above)
            and any(stops(lines[i]) for i in content[n + 1 : n + 3])
        ):
            # the photo's alt run into its caption on one line, a post's time right under it ("… power plant,
            # March 2011 Explosions at … Photograph: -/AFP/Getty Images" / "2pm (11pm JST): …")
            return alt + 1
        # (a copy that starts at the photo itself has its head's controls under it: "Live" / "Sort by:")
        under = next((lines[i].strip() for i in content[n + 2 : n + 3]), "")
        # (or a summary heading, the first post's, under a copy that starts at the photo)
        # (or the headline printed again under the photo: a copy that prints the head twice)
        controls = (
            is_head_line(under)
            or under.lower() == "live"
            or (not above and stops(under))
            or (bool(above) and under == lines[above[0]].strip())
        )
        if (
            # (a caption with no credit tells itself by repeating the alt and going on: "What Clockwatch might have
            # looked like 187 years and five days ago." / "What Clockwatch might … ago (if football existed). …")
            (
                _CAPTION_RE.search(lines[caption])
                or _goes_on_from(lines[alt], lines[caption])
                or _opens_alike(lines[alt], lines[caption])
            )
            # (under a headline the caption repeats the alt; over the controls it may say it otherwise: the agency's
            # "Protesters chant slogans outside …" over "Protesters chanting slogans outside … today. Photograph: …")
            and (
                (
                    _is_alt_of(lines[alt], lines[caption])
                    or _names_of(lines[alt], lines[caption])
                    or _retells(lines[alt], lines[caption])
                    or _agency_title_of(lines[alt], lines[caption])
                    or _opens_alike(lines[alt], lines[caption])
                )
                and bool(above)
                or controls
                # (a copy that starts at the photo itself, its alt naming what the caption names)
                or (not above and _pictured_in(lines[alt], lines[caption]))
            )
            and all(len(lines[i].strip()) <= _HEAD_LINE_CHARS and not stops(lines[i]) for i in above)
            # the posts under it (or none: a page saved with its head only, the blog's headline at its top)
            and (
                any(lines[i].strip() for i in range(caption + 1, len(lines)))
                or (above and is_headline(lines[above[0]]))
            )
        ):
            return caption + 1
    return 0


#: The 2009-2012 pages' standfirst, writers and dated line run together into one by a copy: "… Andy Bull
#: (morning and evening session) and Rob Smyth (afternoon session) guardian.co.uk, Friday 29 July 2011 05.05 EDT".
_DATED_HEAD_RE = re.compile(
    rf"\s(?:guardian\.co\.uk,?\s+)?(?:{WEEKDAY_PATTERN})\w*,?\s+\d{{1,2}}\s+(?:{MONTH_PATTERN})\w*\s+\d{{4}}"
    r"\s+\d{1,2}[.:]\d{2}(?:\s*[A-Z]{2,4})?$",
    re.IGNORECASE,
)


def is_head_line(text: str) -> bool:
    """True for a line only a page's head prints (banners, headline, byline list, controls)."""
    stripped = text.strip()
    if not stripped:
        return False
    if any(rx.search(stripped) for rx in _HEAD_RES) or _DATED_HEAD_RE.search(stripped):
        return True
    if parse_iso_stamp(stripped) is not None or parse_page_stamp(stripped) is not None or is_date_line(stripped):
        return True
    return bool(_BYLINE_LIST_RE.match(stripped))


def is_headline(text: str) -> bool:
    """True for the blog's own headline or series line (``… – as it happened``), not a link to one ("Related: …
    – live", "Read more …")."""
    stripped = text.strip()
    return not _READ_MORE_RE.match(stripped) and any(rx.search(stripped) for rx in _HEADLINE_RES)


def _is_filler(text: str) -> bool:
    """A line that is head only between head lines: section names, standfirsts, photo alt text."""
    stripped = text.strip().lstrip("•").strip()
    trailing_off = stripped.endswith(("...", "…"))  # a standfirst that trails off is no sentence of a post
    # (nor does one closing on an aside with no stop: "… for this tired nonsense (until Murray gets past …, that is)")
    aside = stripped.endswith(")") and not stripped[:-1].rstrip().endswith((".", "!", "?", "…"))
    return (
        bool(stripped)
        and (not ends_sentence(stripped) or trailing_off or aside or len(stripped.split()) <= 3)
        and len(stripped) <= (_STANDFIRST_CHARS if ";" in stripped else _FILLER_CHARS)
    )


#: The longest line that can be head filler; a standfirst listing the day's news between semicolons ("… says
#: UN; people in … told to follow Russian measures; 38 countries refer …") may run to _STANDFIRST_CHARS.
_FILLER_CHARS = 200
#: The longest standfirst (a paragraph of one or two sentences, or the day's news between semicolons).
_STANDFIRST_CHARS = 320


def _is_alt_of(text: str, caption: str) -> bool:
    """True when ``caption`` (a ``… Photograph: …`` line) repeats ``text``: a picture's alt text, then its caption
    (word for word, or with a word put in: "Supporters of defeated presidential candidate …" over "Supporters of
    defeated reformist presidential candidate … Photograph: Getty Images")."""
    alt = text.strip().rstrip(".")
    if len(alt) < 12:
        return False
    if caption.strip().startswith(alt):
        return True
    # (word for word whatever the commas: "Lizzie, 29, from London …" over "Lizzie, 29 from London …")
    said = _bare_words(caption.split("Photograph:")[0])
    words = _bare_words(alt)
    return (
        len(words) >= _ALT_WORDS
        and said[:2] == words[:2]
        and len(said) - len(words) <= _ALT_WORDS_PUT_IN
        and sum(word in said for word in words) >= len(words) - 1
    )


def _bare_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, their commas, semicolons and colons left out."""
    return [word.strip(",;:") for word in text.lower().split()]


def _opens_alike(text: str, caption: str) -> bool:
    """True when an unstopped alt and the uncredited caption under it open with the same words and the caption says
    the rest its own way ("Richie McCaw, right, leads the All Blacks' haka before their World Cup semi-final against
    Australia" / "Richie McCaw, right, leads the haka. This one lasted for 83 minutes.")."""
    alt = _bare_words(text)
    said = _bare_words(caption)
    return (
        not ends_sentence(text.strip())
        and ends_sentence(caption.strip())
        and len(alt) >= _ALT_WORDS
        and said[:_SHARED_OPENING_WORDS] == alt[:_SHARED_OPENING_WORDS]
        and said != alt
    )


#: How many opening words an alt and its uncredited caption share.
_SHARED_OPENING_WORDS = 4


def _goes_on_from(text: str, caption: str) -> bool:
    """True when ``caption`` opens with all of ``text`` (its stop left out) and goes on: an uncredited caption under
    the alt text it repeats."""
    alt = text.strip().rstrip(".")
    said = caption.strip()
    return len(alt.split()) >= _REPEATED_ALT_WORDS and said.startswith(alt) and len(said) > len(alt) + 2


#: The fewest words of an alt text an uncredited caption repeats.
_REPEATED_ALT_WORDS = 6


def _retells(text: str, caption: str) -> bool:
    """True when ``text`` is a short alt, no sentence, most of whose words the credited caption under it uses
    in its own order ("G20 protesters with police standing guard in central London" / "Police stand guard in
    central London as protesters demonstrate … Photograph: …")."""
    alt = text.strip()
    words = {word for word in re.findall(r"[a-z]{4,}", alt.lower())}
    said = set(re.findall(r"[a-z]{4,}", caption.split("Photograph:")[0].lower()))
    return (
        "Photograph:" in caption
        and len(alt.split()) <= _RETOLD_ALT_WORDS
        and not ends_sentence(alt)
        and len(words) >= _ALT_WORDS_RETOLD
        and len(words & said) * 3 >= len(words) * 2
    )


#: The most words of an alt that a caption tells again in its own order, and the fewest of four letters or more.
_RETOLD_ALT_WORDS = 12
_ALT_WORDS_RETOLD = 3


def _pictured_in(text: str, caption: str) -> bool:
    """True when ``text`` is a short alt, no sentence, sharing a name with the credited caption under it ("Mitt
    Romney's horse Rafalca" / "Jan Ebeling riding Rafalca - … Photograph: …"): the page's lead photo when a copy
    opens with the pair."""
    alt = text.strip()
    return (
        "Photograph:" in caption
        and len(alt.split()) <= _NAMING_ALT_WORDS
        and not ends_sentence(alt)
        and _names_shared(alt, caption) >= 1
    )


def _agency_title_of(text: str, caption: str) -> bool:
    """True when ``text`` is a picture agency's title for the photo, in title case, naming two things the credited
    caption under it names ("Eastern Libya Continues Fight Against Gaddafi Forces" / "Rebel fighters in Libya hold
    a position ahead of … Gaddafi's forces … Photograph: …")."""
    alt = text.strip()
    words = alt.split()
    return (
        "Photograph:" in caption
        and len(words) <= _AGENCY_TITLE_WORDS
        and not ends_sentence(alt)
        and all(word[:1].isupper() for word in words if len(word) >= _TITLE_CASED_LETTERS)
        and _names_shared(alt, caption) >= 2
    )


#: The most words of an agency's title, and the length from which its words are capitalised.
_AGENCY_TITLE_WORDS = 10
_TITLE_CASED_LETTERS = 4


def _names_shared(alt: str, caption: str) -> int:
    """How many of the capitalised names of a photo's alt its caption (before its credit) names too."""
    names = {name.lower() for name in _NAME_RE.findall(alt)}
    return len(names & {name.lower() for name in _CAPITALISED_RE.findall(caption.split("Photograph:")[0])})


def opens_at_lead_photo(lines: list[str]) -> bool:
    """True when a copy's first two lines of text are a photo's alt and its credited caption, the caption
    repeating the alt or naming what it names: the copy starts inside the blog, under its headline."""
    content = [line.strip() for line in lines[: _ABOVE_LEAD_PHOTO * 4] if line.strip()]
    if len(content) < 2 or "Photograph:" not in content[1]:
        return False
    alt, caption = content[0], content[1]
    return _is_alt_of(alt, caption) or _names_of(alt, caption) or _pictured_in(alt, caption)


def _names_of(text: str, caption: str) -> bool:
    """True when ``text`` is a short alt naming who a photo shows and the caption under it (``… Photograph: …``)
    names them too, in other words ("Fernando Alonso and Sebastian Vettel" / "Ferrari's Fernando Alonso, pictured in
    front of his rival Sebastian Vettel here, … Photograph: …")."""
    alt = text.strip()
    names = re.findall(r"\b[A-Z][\w’'-]+", alt)
    return (
        _CAPTION_RE.search(caption) is not None
        and len(alt.split()) <= _NAMING_ALT_WORDS
        and not ends_sentence(alt)
        and len(names) >= 2
        and all(name in caption for name in names)
    )


#: The most words of an alt that only names who a photo shows.
_NAMING_ALT_WORDS = 8
#: The fewest words of an alt text a caption may repeat with words put in, and how many it may put in.
_ALT_WORDS = 6
_ALT_WORDS_PUT_IN = 3


#: A line of a page's head furniture wherever it stands: a bullet, a counter or icon with no
#: letters, a "Click here …" or "Read …" link.
_FURNITURE_RE = re.compile(
    r"^(?:[•●▪◦·]|[^A-Za-z]*$|(?:click|tap)\s+here\b|read\s+(?:a|an|the|our|more)\b)", re.IGNORECASE
)


def _all_furniture(lines: list[str], start: int, end: int) -> bool:
    """True when every non-blank line in [start, end) is head furniture (see ``_FURNITURE_RE``)."""
    return all(_FURNITURE_RE.match(line.strip()) for line in lines[start:end] if line.strip())


#: A copy's teaser: the post's first words cut off with dots, the poster's name after them
#: ("… in another day of fa.....myrwalker.").
_TEASER_RE = re.compile(r"^(?P<start>.{20,}?\w)\.{3,}\w")


def _is_teaser(text: str, following: list[str]) -> bool:
    """True for a copy's teaser of a line just below it (its first words, cut off with dots)."""
    teaser = _TEASER_RE.match(text)
    return teaser is not None and any(line.strip().startswith(teaser["start"]) for line in following)


#: Blank lines between a standfirst and the first post: a title sits one blank line over its text.
_WIDE_GAP = 2


def _wide_gap_before(lines: list[str], idx: int) -> bool:
    """True when at least :data:`_WIDE_GAP` blank (or whitespace) lines stand just above ``idx``."""
    gap = 0
    probe = idx - 1
    while probe >= 0 and not lines[probe].strip():
        gap += 1
        probe -= 1
    return gap >= _WIDE_GAP


#: A forum's or blog's line introducing what it quotes: "From the Guardian:", "Via the Guardian's live blog:".
_QUOTED_FROM_RE = re.compile(r"^(?:from|via|source:?)\s+(?:the\s+)?guardian\b[^.!?]{0,40}:?$", re.IGNORECASE)


def quoted_from_end(lines: list[str], limit: int = 40) -> int:
    """Past a forum's or blog's "From the Guardian:" near the top (all above it is the copier's own),
    or 0 when there is none."""
    found = next((i for i in range(min(len(lines), limit)) if _QUOTED_FROM_RE.match(lines[i].strip())), None)
    return 0 if found is None else found + 1


#: A paragraph of prose: a sentence of at least this many words.
_PROSE_WORDS = 15


#: The last line of a feed's item: its copyright footer, "Continue reading...", the date it was posted.
_ITEM_END_RE = re.compile(r"©|^continue\s+reading\b|^(?:posted|published)\s+on\b", re.IGNORECASE)


def ends_item(text: str) -> bool:
    """True for the last line of a feed's item (its copyright footer, "Continue reading...", its posted date)."""
    return _ITEM_END_RE.search(text.strip()) is not None


def blog_headline_below_other_text(lines: list[str], limit: int = 60) -> int:
    """Where the blog's own headline (``… – as it happened``) stands when a feed or a site printed
    another piece's prose above it (a newsletter, an article), or 0: nothing of a live blog comes before
    its headline, so all above it is the copier's."""
    if opens_at_lead_photo(lines):
        return 0  # the copy starts at the blog's lead photo: a "– live!" line under it is a post's heading
    if blog_title(next((line for line in lines[:limit] if line.strip()), "")):
        return 0  # the page opens with a blog's item: a later blog's item follows an item's last line
    for idx in range(1, min(len(lines), limit)):
        text = lines[idx].strip()
        if _BLOG_TITLE_RE.search(text) and not _IMAGE_LABEL_RE.match(text) and not _READ_MORE_RE.match(text):
            above = [line.strip() for line in lines[:idx]]
            if any(parse_post_time(t) is not None for t in above):
                return 0  # the blog's posts are above: a headline printed again below them
            # (another item above it, ended by "Continue reading...", is the feed's however short its lines: the
            # Fiver's "Sign up now! …")
            prose = any(ends_sentence(t) and len(t.split()) >= _PROSE_WORDS for t in above)
            return idx if prose or any(ends_item(t) for t in above) else 0
    return 0


#: A live blog's own title: "… – as it happened" (or "…, as it happened"), "… – live" (or "– live!"), with a
#: byline a feed adds ("| Scott Murray").
_BLOG_TITLE_RE = re.compile(
    # (the subject may come between: "Police officers injured amid standoff in Plymouth – England riots as it happened")
    r"(?:(?:\s[-–—]|:)\s*(?:(?:[\w’']+\s+){0,3}as\s+(?:it|they)\s+happened!?|(?:[\w’']+\s+){0,3}live!?"
    r"(?:\s+updates|\s+coverage)?)"
    r"|,\s*as\s+(?:it|they)\s+happened!?)"
    r"(?:\s*\|\s*[^|]{1,40})?$"
    # (or the 2019- news blogs' subject first: "Covid live news: study suggests …", "Ukraine war live: …")
    rf"|{_SUBJECT_FIRST_TITLE}",
    re.IGNORECASE,
)
#: A copier's link to an item's page ("Read More Australian election campaign 2019 about to get under way
#: – politics live"), or a "Related: … – live" link under an article: never the blog's own headline.
_READ_MORE_RE = re.compile(r"^(?:read\s+more\b|related\s*:)", re.IGNORECASE)
#: A picture's label in an older blog ("Live blog: quote", "Live blog - market down"): not a title.
_IMAGE_LABEL_RE = re.compile(r"^live\s*blog\b", re.IGNORECASE)


def _is_uncredited_photo(lines: list[str], idx: int) -> bool:
    """True for a lead photo whose caption lost its credit: a short alt text, its caption on the very next
    line -- an alt text in lower case (``transfer blog``), or one whose names the caption repeats, the pair
    set apart by a blank line (``Britain's Jessica Ennis celebrates`` / ``Jessica Ennis wins …``)."""
    text = lines[idx].strip()
    caption = lines[idx + 1].strip() if idx + 1 < len(lines) else ""
    if not caption or ends_sentence(text):
        return False
    if text[:1].islower() and len(text.split()) <= 6:
        return True
    after = lines[idx + 2].strip() if idx + 2 < len(lines) else ""
    # (the caption may open with a kicker in capitals: "MANCHESTER UNITED'S LAST WEMBLEY EUROPEAN CUP FINAL: …")
    return (
        len(text.split()) <= _LEAD_ALT_WORDS
        and not after
        and _names_shared(text, caption) >= 2
        and len(caption.split()) > len(text.split())
    )


#: The most words a lead photo's alt text has.
_LEAD_ALT_WORDS = 8
#: A capitalised word: the names an alt text and its caption share.
_NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
#: ... and in a caption, a word in capitals too.
_CAPITALISED_RE = re.compile(r"\b[A-Z][A-Za-z]{2,}\b")


def _index_link(lines: list[str], idx: int, end: int) -> bool:
    """True for a summary post's heading in the head's list of links to the key posts, its bullet lost: in one
    unbroken run of lines with the head above it and a line straight below ("Funeral to take place on Wednesday" /
    "Lunchtime summary" / "Afternoon summary" / the lead photo's alt), on a page that parts its paragraphs with blank
    lines (a summary post's heading stands over a blank line)."""
    text = lines[idx].strip()
    if not (end > 0 and idx + 1 < len(lines) and is_summary_heading(text) and lines[idx + 1].strip()):
        return False
    if any(not lines[i].strip() for i in range(end - 1, idx)):
        return False
    return any(not line.strip() for line in lines[idx + 1 :])


def _printed_again(text: str, lines: list[str], end: int) -> bool:
    """True for a line the head already printed above ``end`` (a copy that prints the headline and
    standfirst twice, the second time under the lead photo)."""
    return end > 0 and len(text) >= _REPEATED_CHARS and any(line.strip() == text for line in lines[:end])


def _head_printed_again(lines: list[str], end: int) -> int:
    """Index after the head's second printing when the headline (the line above ``end``) is printed
    again a few lines below with the same lines under it as the first time ("Mayoral election results:
    Live" / standfirst / "Mayoral election results: Live" / standfirst); 0 otherwise."""
    headline = lines[end - 1].strip()
    window = range(end, min(len(lines), end + _REPEATED_HEAD_LINES * 4))
    texts = [(i, lines[i].strip()) for i in window if lines[i].strip()][: _REPEATED_HEAD_LINES * 2 + 1]
    for pos, (_, text) in enumerate(texts):
        if text != headline:
            continue
        between = [t for _, t in texts[:pos]]
        again = texts[pos + 1 : pos + 1 + len(between)]
        if between and [t for _, t in again] == between:
            return again[-1][0] + 1
        return 0
    return 0


#: The most text lines a head printed twice has under its headline.
_REPEATED_HEAD_LINES = 3

#: A line this long printed twice in the head is the head's own, printed again.
_REPEATED_CHARS = 20


#: The writer closing the blog as they write: "The liveblog is closing for the night."
_CLOSING_NOW_RE = re.compile(r"\b(?:is|are)\s+(?:now\s+)?closing\b", re.IGNORECASE)


def head_end(lines: list[str], is_chrome: Callable[[str], bool], stops: Callable[[str], bool]) -> int:
    """Index of the first line after the page's head (0 when the page has none).

    ``is_chrome`` is the outlet's chrome recogniser; chrome lines inside the
    head are head too.  ``stops`` recognises lines the posts region starts
    with (a post's time, ``Key events``, a summary heading), never head.  Scanning stops at the first
    line that could be post
    text and is not followed by further head lines.
    """
    # A headline and standfirst over the lead photo are head whatever they say; what follows is
    # judged as below (furniture under the photo is head too).
    controls = _controls_end(lines, stops)
    end = max(
        _lead_photo_end(lines, stops, is_chrome), _feed_credit_end(lines, stops), _contact_points_end(lines), controls
    )
    pending = False  # filler lines seen since the last confirmed head line
    fillers: list[str] = []  # those lines
    photo_pair = False  # the line before was a lead photo's alt text, repeated in the caption that follows
    under_photo = False  # the last confirmed head line was the lead photo's caption
    # the last confirmed head line was one of the live blog's controls ("Off", "Updates:")
    after_controls = bool(controls) and end == controls
    idx = end
    limit = min(len(lines), 60)
    while idx < limit:
        text = lines[idx].strip()
        if not text:
            idx += 1
            continue
        following = next((lines[j].strip() for j in range(idx + 1, min(len(lines), idx + 3)) if lines[j].strip()), "")
        if parse_updated(text)[0] and parse_page_stamp(following) is not None:
            end, pending = idx + 1, False  # the page's "Updated" over its own stamp, not a post's
            idx += 1
            continue
        if parse_updated(text)[0] and pending:
            break  # "Updated" closes a post: the lines just above it were one (a video's title), not head
        if _index_link(lines, idx, end):
            end, pending, fillers = idx + 1, False, []  # the key events' link to a post ("Afternoon summary")
            idx += 1
            continue
        if stops(text) or is_related_link(text) or (is_closing_note(text) and _CLOSING_NOW_RE.search(text)):
            # (a post's "Related: …" link, the latest post of a feed's item, is never head either, nor is the writer's
            # note that the blog is closing: "The liveblog is closing for the night. In summary" -- a notice that it
            # has closed, "This blog is closed", is the page's)
            if pending and end and not (under_photo and _is_entry_heading(fillers)):
                # Lines with no text of their own between the head and the first post:
                # a headless key-events index, a standfirst.
                end = idx
            break
        if is_head_line(text) or _is_teaser(text, lines[idx + 1 : idx + 8]) or _printed_again(text, lines, end):
            end, pending, fillers, under_photo = idx + 1, False, [], False
            after_controls = any(rx.match(text) for rx in _CONTROL_RES)
        elif is_chrome(text):
            if not pending:
                end = idx + 1
        elif _CAPTION_RE.search(text) and (end or photo_pair):
            if after_controls and fillers:
                break  # a title over its photo under the live controls: the first post's ("Cyprus bailout crisis …")
            end, pending, fillers, under_photo = idx + 1, False, [], True
        elif _CAPTION_RE.search(following) and (end or _is_alt_of(text, following)):
            pending = True
            photo_pair = not end  # the lead photo at the very top: its alt text, then its caption
        elif end and _is_uncredited_photo(lines, idx):
            end, pending = idx + 2, False  # a photo's short alt text and, on the very next line, its caption
            idx += 2
            continue
        elif _is_filler(text):
            pending = True
            fillers.append(text)
        else:
            if (
                end
                and pending
                and (
                    _all_furniture(lines, end, idx)
                    or _wide_gap_before(lines, idx)
                    or _standfirst_below(lines, end, idx)
                )
            ):
                # What lay between the head and the first post was furniture (bullets, counters, links),
                # or a standfirst the page set apart by a wider gap than a title has over its text, or one
                # straight under the headline.
                end = idx
            elif end and pending and (title := _standfirst_over_title(lines, end, idx)) is not None:
                end = title  # a standfirst straight under the headline, then the first post's title over its text
            elif end and (again := _head_printed_again(lines, end)):
                end, pending, fillers = again, False, []  # the headline and standfirst printed twice
                idx = again
                continue
            elif end:
                end = _short_lines_to_first_post(lines, end, stops)
            break
        idx += 1
    return end


#: The fewest words of a standfirst read as one under the headline with no marker below it (with its bullet).
_STANDFIRST_WORDS = 14
_BULLETED_STANDFIRST_WORDS = 8


def _standfirst_below(lines: list[str], end: int, idx: int) -> bool:
    """True when the lines in [end, idx) are furniture (counters, bullets) and one or two standfirst lines
    (long, unpunctuated) straight under the blog's headline: "England cruised to victory by five wickets at
    Lord's thanks to a superb partnership …" over the preamble."""
    if not _under_headline(lines, end):
        return False
    texts = [line.strip() for line in lines[end:idx] if line.strip()]
    standfirst = [text for text in texts if not _FURNITURE_RE.match(text)]
    # (shorter ones only with the 2010-2012 standfirst's bullet under them: "• Email … with your thoughts"; a
    # post's title of eight words or so sits under a headline too)
    bulleted = any(text.startswith("•") for text in texts)
    least = _BULLETED_STANDFIRST_WORDS if bulleted else _STANDFIRST_WORDS
    return 1 <= len(standfirst) <= 2 and all(_is_filler(text) and len(text.split()) >= least for text in standfirst)


def _standfirst_over_title(lines: list[str], end: int, idx: int) -> int | None:
    """The first post's title line when the lines in [end, idx) are a standfirst straight under the blog's headline
    (one long unpunctuated line: "So that was the 2014 Oscars. … See how the night unfolded below") and a short
    title (over the post's text at ``idx``); else None."""
    if not _under_headline(lines, end):
        return None
    shown = [i for i in range(end, idx) if lines[i].strip()]
    if len(shown) != 2:
        return None
    standfirst, title = (lines[i].strip() for i in shown)
    if not (_is_filler(standfirst) and len(standfirst.split()) >= _STANDFIRST_WORDS):
        return None
    return shown[1] if is_headline_shaped(title) and len(title.split()) < _STANDFIRST_WORDS else None


def item_head_end(lines: list[str], idx: int) -> int:
    """Where the head of a feed item whose blog title stands at ``idx`` ends: after the title, the feed's
    counters ("$", "0") and one standfirst line, when more text follows it."""
    end = idx + 1
    standfirst = False
    probe = end
    while probe < len(lines):
        text = lines[probe].strip()
        probe += 1
        if not text or _FURNITURE_RE.match(text):
            end = probe if not standfirst else end
            continue
        later = any(line.strip() for line in lines[probe:])
        if not standfirst and later and _is_filler(text) and len(text.split()) >= _STANDFIRST_WORDS:
            standfirst, end = True, probe
            continue
        if not later and not ends_sentence(text) and not any(line.strip() for line in lines[idx + 1 : probe - 1]):
            end = probe  # the page cut inside the item's standfirst, the one line under its title
        break
    return end


def blog_title(text: str) -> bool:
    """True for a live blog's own title ("… – as it happened | Tom Lutz and James Dart")."""
    return _BLOG_TITLE_RE.search(text.strip()) is not None


#: The most words of the first entry's own heading under the lead photo ("Close of play", "Lunch").
_ENTRY_HEADING_WORDS = 4


def _is_entry_heading(fillers: list[str]) -> bool:
    """True when the only line between the lead photo and the first post's marker is a short heading
    ("Close of play" over "34th over: …"): the first post's title, not head."""
    return len(fillers) == 1 and len(fillers[0].split()) <= _ENTRY_HEADING_WORDS and not ends_sentence(fillers[0])


#: How many short lines may stand between a page's headline and its first post's marker and still be
#: head (a standfirst, a photo's name and caption), and how long each may be.
_HEAD_TAIL_LINES = 3
_HEAD_TAIL_CHARS = 120


def _under_headline(lines: list[str], end: int) -> bool:
    """True when the last content line above ``end`` is the blog's headline (or a feed's date line or a copy's stamp
    under it)."""
    above = [line.strip() for line in reversed(lines[:end]) if line.strip()][:2]
    if above and (_ITEM_DATE_RE.match(above[0]) or _COPY_STAMP_RE.match(above[0])):
        above = above[1:]  # (a feed's date line under the headline, or a copy's own stamp)
    return bool(above) and is_headline(above[0])


def _short_lines_to_first_post(lines: list[str], end: int, stops: Callable[[str], bool]) -> int:
    """Where the head ends when at most :data:`_HEAD_TAIL_LINES` short lines, none a sentence ending in a
    full stop, stand between it and a line that can only open the posts ("Preamble: …", a post's time):
    that line; else ``end``.  Straight under the blog's headline one paragraph alone may be a sentence (the
    standfirst: "More pain for Spurs at Stamford Bridge, as Chelsea battle from behind …."), unless it is the
    blog's closing note."""
    under_headline = _under_headline(lines, end)
    seen: list[str] = []
    for idx in range(end, min(len(lines), end + 12)):
        text = lines[idx].strip()
        if not text:
            continue
        if stops(text):
            return idx
        seen.append(text)
        if len(seen) == 1 and under_headline and _is_standfirst(text):
            continue
        if (
            len(seen) > _HEAD_TAIL_LINES
            or len(text) > _HEAD_TAIL_CHARS
            or text.endswith(".")
            # (and so are sentences closed by an exclamation or a question: "A big cheer as Stuart Broad returns to
            # the attack. England have won the match by 74 runs and the Ashes!")
            or (ends_with_stop(text) and ends_a_sentence_inside(text))
        ):
            return end  # (a sentence ending in a full stop is a post's text: "We will now be closing this blog.")
    return end


def _is_standfirst(text: str) -> bool:
    """True for a paragraph that can be the standfirst (or the lead video's description) straight under the
    headline, with a line only posts open with under it: not too long, and not the blog's closing note."""
    return len(text) <= _LEAD_STANDFIRST_CHARS and not is_closing_note(text)


#: The longest paragraph read as the standfirst or the lead video's description between the headline and a line
#: only posts open with ("Excerpts from the ceremonial funeral of Lady Thatcher, … and led by the Queen": two
#: sentences, 328 characters); the place it stands in is what makes it head.
_LEAD_STANDFIRST_CHARS = 480
