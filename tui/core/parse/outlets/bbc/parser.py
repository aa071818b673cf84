"""Parse BBC live-page dumps into a :class:`Feed`.

A BBC page dump has a ``Summary`` heading with bullet lines, then posts
newest first, each ``  N. `` numbered, with the title fused to its time
(see :mod:`tui.core.bbc_times`).  Flattened copies lose the numbers, the
indentation and the heading; degraded copies lose titles and times too.  The
parser finds post starts from numbers, else from fused title stamps, else
treats the page as degraded: summary lines followed by untitled text.

Every non-blank line lands in exactly one place (see :mod:`tests.coverage`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.model.post import Block, BlockKind, Byline, Feed, Label, Origin, PagePartKind, Post, Stamp
from tui.core.model.text import ends_sentence, ends_with_stop, normalise
from tui.core.model.zones import MONTH_PATTERN, month_number, zone_offset
from tui.core.parse.line_kinds import (
    blank_lines_above,
    blank_lines_below,
    is_data_line,
    is_embed,
    is_forum_header,
    is_headline_shaped,
    is_link_out,
    is_match_line,
    is_person_name,
    is_quote,
    is_role,
    is_run_of_sentences,
    name_and_role,
    quoted_speaker,
    title_and_byline,
)
from tui.core.parse.outlets.bbc.lines import is_chrome, is_contribution_icon
from tui.core.parse.outlets.bbc.times import (
    GENERIC_TITLES,
    clock_entries,
    clock_entry,
    entry_keyword,
    find_stamp,
    is_over_line,
    match_minute_stamp,
    minute_entries,
    minute_entry,
    minute_lines,
    over_lines,
    posted_stamp,
    split_title_stamp,
    trailing_label,
)

_NUMBER_RE = re.compile(r"^\s*(\d{1,4})\.\s+(\S.*)$")
#: A list number alone on its line: an entry whose head is empty (a reader's message with no time).
_BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,4})\.\s*$")
_BULLET_RE = re.compile(r"^\s*[•●▪◦·*]\s+(.*)$")
#: A bullet whose item the copy emptied, or whose item it printed on the lines under it ("  •" / "    Cieran …").
_EMPTY_BULLET_RE = re.compile(r"^\s*[•●▪◦·]\s*$")
_CAPTION_MARKER_RE = re.compile(r"^\s*(image|media|video|audio)\s+caption\s*[,:]\s*(.*)$", re.IGNORECASE)
_IMAGE_SOURCE_RE = re.compile(r"^(?P<alt>.*?)\s*Image source,\s*(?P<credit>.*?)\s*$")
#: An older layout's picture credit: ``Azov/ReutersCopyright: Azov/Reuters``.
_COPYRIGHT_RE = re.compile(r"^(?P<alt>.{0,80}?)\s*Copyright:\s*(?P<credit>[^.!?]{1,60})$")
_FIGURE_RE = re.compile(
    r"^(map|graphic|chart|graph|a\s+map|an?\s+image|video|footage)\s+(showing|of|shows|with)\b", re.IGNORECASE
)
#: A finite verb in the first sentence after a figure's words, before any relative word: the line tells news about
#: it ("Video of the gunmen fleeing the attack has emerged."), it does not name a picture ("Map showing which areas
#: … are under Russian control" names one).
_FIGURE_NEWS_RE = re.compile(
    r"(?:(?!\b(?:which|that|who|whom|whose|where|when|how|what|why)\b)[^.!?])*"
    r"\b(?:has|have|had|is|are|was|were|appears?|emerged|will|can)\b",
    re.IGNORECASE,
)


def _is_figure(text: str) -> bool:
    """A figure's name: "Map showing …", "Chart showing …", "Video of …" — not a sentence about it ("Video shows the
    aftermath of the tsunami …", stopped, is the post's text)."""
    match = _FIGURE_RE.match(text)
    if match is None or (match[2].lower() == "shows" and ends_sentence(text)):
        return False
    return _FIGURE_NEWS_RE.match(text, match.end()) is None


_CLOCK_TITLE_RE = re.compile(r"^(?P<hour>[01]\d|2[0-3])[:.]?(?P<minute>[0-5]\d):?$")
_REPEATED_STAMP_RE = re.compile(r"^published\s+at\s+\d{1,2}[:.]\d{2}\b.*$", re.IGNORECASE)
#: The 2008-2011 site's date line, its time in GMT then in UK time: "Page last updated at 17:10 GMT, Tuesday,
#: 20 April 2010 18:10 UK".
_OLD_PAGE_UPDATED_RE = re.compile(
    r"^page\s+last\s+updated\s+at\s+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s+GMT,\s+[A-Za-z]+,\s+"
    r"(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\s+(?P<year>\d{4})(?:\s+\d{1,2}[:.]\d{2}\s+UK)?$",
    re.IGNORECASE,
)
#: The 2007 site's date line, its time in GMT (then perhaps in UK time): "Last Updated: Saturday, 17 March 2007, 18:39
#: GMT", "Last Updated: Tuesday, 26 June 2007, 08:45 GMT 09:45 UK".
_LAST_UPDATED_2007_RE = re.compile(
    r"^last\s+updated:\s+[A-Za-z]+,\s+(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\s+(?P<year>\d{4}),\s+"
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s+GMT(?:\s+\d{1,2}[:.]\d{2}\s+UK)?$",
    re.IGNORECASE,
)
_PAGE_UPDATED_RE = re.compile(
    r"^(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\s+(?P<year>\d{4})\s+last\s+updated\s+at\s+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?:\s+(?P<zone>GMT|BST))?$",
    re.IGNORECASE,
)
_FIXTURE_RE = re.compile(r"^.{2,60}\s+v\s+.{2,60}\s+\(\d{1,2}[:.]\d{2}\s*(BST|GMT)?\)$")
_EDITED_BY_RE = re.compile(r"^\s*edited\s+by\b", re.IGNORECASE)
#: The page's reporters under "Live Reporting": "By Joel Gunter, Yaroslav Lukov … and Tom Spender".
_REPORTERS_RE = re.compile(
    r"^By\s+[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+(?:(?:,\s*|\s+and\s+)[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+)+$"
)
#: The page's one reporter, above the posts: "By Karen Hoggan".
_ONE_REPORTER_RE = re.compile(
    r"^By\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}"
    r"(?:\s+at\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})?$"  # and where: "By Tom Fordyce at Wimbledon"
)


#: The page's team for a byline, above the posts: "By the BBC Sport team at Wimbledon", "By the BBC News team".
_TEAM_BYLINE_RE = re.compile(
    r"^By\s+the\s+BBC(?:\s+[A-Z][\w’'.-]+){0,2}\s+(?:live\s+)?team"
    r"(?:\s+(?:at|in)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})?$"
)


def _names_writers(text: str) -> bool:
    """True for the page's writers' line above its posts: "By Karen Hoggan", "By A B and C D", "By the BBC Sport
    team at Wimbledon"."""
    return bool(_REPORTERS_RE.match(text) or _ONE_REPORTER_RE.match(text) or _TEAM_BYLINE_RE.match(text))


#: A label a copy fused before the title (``BreakingCabinet Office loses …``, ``AnalysisWhy …``).
_FUSED_LABEL_RE = re.compile(
    r"^(?:(?P<label>Breaking|Analysis|Explainer|Watch|Listen)(?=[A-Z\"'‘“])"
    # the 2013 pages' badge in capitals before the title, a space between: "BREAKING Breaking News"
    r"|(?P<badge>BREAKING|ANALYSIS|STANDARD)\s+(?=[A-Z][a-z]))"
)
#: Headings over a page's summary bullets (older pages say ``Key points``).
_SUMMARY_HEADINGS = ("summary", "key points")
#: A summary's heading, perhaps naming its day ("Summary for Sunday, 28th June", a forum member's re-post of the page).
_SUMMARY_HEADING = "|".join(heading.replace(" ", r"\s+") for heading in _SUMMARY_HEADINGS)
_DATED_SUMMARY_RE = re.compile(rf"^(?:{_SUMMARY_HEADING})(?:\s+for\s+[\w ,]{{3,40}})?$", re.IGNORECASE)

#: Label lines a BBC page prints on their own line before a title.
KNOWN_LABELS = {
    "analysis",
    "breaking",
    "explainer",
    "fact check",
    "verify",
    "watch",
    "listen",
    "live",
    "pinned",
    "key event",
    "opinion",
    "reality check",
    "correction",
    # the 2019-2020 local pages' travel alerts: the update icon's name on the number's line, the alert as the title
    "envelope update",
}


def _is_label_line(text: str) -> bool:
    stripped = text.strip()
    return stripped.lower() in KNOWN_LABELS or bool(_FIXTURE_RE.match(stripped) or _HASHTAGS_RE.match(stripped))


#: A "Get involved" post's hashtags on a line of their own under its title: "#bbcrugby", "#bbctennis #Wimbledon".
_HASHTAGS_RE = re.compile(r"^#\w{2,40}(?:\s+#\w{2,40}){0,3}$")


#: How many entries a list may lose between two numbers that still continue it (``4.`` then ``6.``).
_LOST_ENTRIES = 5


def _numbered_starts(lines: list[str]) -> dict[int, str]:
    """Indexes of ``N. `` lines forming the sequence 1, 2, 3 … -> text after the number.

    A number may skip a lost entry or two (``3.`` then ``5.``): the entries on
    either side are still entries.
    """
    runs: list[dict[int, str]] = [{}]
    expected = 1
    text_indent = 0  # how deep the first entry's text stands (a list indented as deep is inside an entry)
    for idx, line in enumerate(lines):
        starts = runs[-1]
        match = _NUMBER_RE.match(line) or (
            _BARE_NUMBER_RE.match(line) if starts or _content_indented_under(lines, idx) else None
        )
        if match and starts and _indent(line) > _indent(lines[min(starts)]) and _indent(line) >= text_indent:
            continue  # a list inside an entry's text, indented as the text ("    4. Mark Cavendish (GB) …")
        if (
            match
            and not starts
            and int(match[1]) > 1
            and _content_indented_under(lines, idx)
            and _indent(line) > 0
            and not clock_entry(line)
        ):
            # a later page, or a copy cut above its first entries: the live page's own numbering of titled posts
            # ("  3. Envelope update" over its text indented deeper) starts the run wherever it starts (an entry
            # opening with its time, "  2. 0116:", may have lost the one above it: the times read that page)
            expected = int(match[1])
        if match and starts and int(match[1]) == 1 and _is_index(lines, starts):
            runs.append({})  # the numbers start again below a list of headlines: the posts start here
            starts, expected = runs[-1], 1
        elif match and len(starts) >= 2 and int(match[1]) == 1 and match.re is _NUMBER_RE and clock_entry(line):
            expected = 1  # a second list of entries, numbered from 1 again ("1. 0614:" below "6. 0628:")
        if match and expected <= int(match[1]) <= expected + (_LOST_ENTRIES if starts else 0):
            if not starts:
                text_indent = _indent(next((t for t in lines[idx + 1 :] if t.strip()), "")) or _indent(line) + 1
            starts[idx] = match[2] if match.re is _NUMBER_RE else ""
            expected = int(match[1]) + 1
    return runs[-1]


def _indent(line: str) -> int:
    """How many spaces or tabs open ``line``."""
    return len(line) - len(line.lstrip(" \t"))


def _content_indented_under(lines: list[str], idx: int) -> bool:
    """True when the next non-blank line after ``idx`` is indented deeper than line ``idx`` (a list number alone
    on its line over its entry: "  1.  " / "    1530:")."""
    following = next((line for line in lines[idx + 1 :] if line.strip()), None)
    return following is not None and _indent(following) > _indent(lines[idx])


#: Blank lines that set a lost entry apart inside the entry above it (a paragraph gap is one).
_LOST_ENTRY_GAP = 2


#: The most words of a picture's caption numbered as a list item of its own.
_NUMBERED_CAPTION_WORDS = 16
#: A line that opens with a word of letters.
_WORDS_RE = re.compile(r"^[^\W\d_]{2,}")


def _numbered_pictures(lines: list[str], numbered: dict[int, str]) -> list[int]:
    """The numbered items that are a picture's caption on a list whose entries open with their time (a 2012 "As
    it happened" page's copy: "3. 1615:" / "… when Rondell Meeks took this picture on Tuesday morning." / "4. Flooded
    street in Brooklyn" / "5. 1606:"): a line of its own, unstopped and short, under a timed entry and over the next
    item or the page's end. None unless most items open with their time."""
    order = sorted(numbered)
    timed = {i for i in order if clock_entry(numbered[i], 0) is not None}
    if len(timed) < _LISTED_ENTRIES or len(timed) * 2 < len(order):
        return []
    found = []
    for above, idx in zip(order, order[1:]):
        text = numbered[idx].strip()
        following = next((j for j in range(idx + 1, len(lines)) if lines[j].strip()), None)
        if (
            above in timed
            and idx not in timed
            and (following is None or following in numbered)
            and not ends_sentence(text)
            and not text.endswith(":")
            and len(text.split()) <= _NUMBERED_CAPTION_WORDS
            and _WORDS_RE.match(text) is not None  # (words: not an entry's time cut short, "5. 1")
        ):
            found.append(idx)
    return found


def _lost_entry_starts(lines: list[str], numbered: dict[int, str]) -> set[int]:
    """Where entries whose number (and time) the copy dropped start: between ``1.`` and ``3.``, the
    last line set apart by a wider gap than paragraphs have ("Get Involved- …" two blank lines under
    entry 1's text); between ``1.`` and ``5.``, up to three such lines (an entry lost whole leaves
    none)."""
    found: set[int] = set()
    counted = False  # the page's lost entries were found by their pundits' heads
    spaced = False  # ... or by the wider gaps that set them apart
    numbers = sorted(numbered)
    for a, b in zip(numbers, numbers[1:]):
        first, second = _NUMBER_RE.match(lines[a]), _NUMBER_RE.match(lines[b])
        if first is None or second is None:
            continue
        lost = int(second[1]) - int(first[1]) - 1
        if lost < 1:
            continue
        apart: list[int] = []
        for idx in range(b - 1, a + 1, -1):
            if _set_apart(lines, idx, a):
                apart.append(idx)
                if len(apart) == lost:
                    break
        heads = [i for i in range(a + 1, b) if _PUNDIT_HEAD_RE.match(lines[i].strip())]
        if not apart and len(heads) == lost:
            # no wider gaps, but as many pundits' heads as numbers lost: each head opened a lost entry
            apart, counted = heads, True
        spaced = spaced or len(apart) == lost >= 2
        found.update(apart)
    last = max(numbers, default=0)
    # (or every wider gap among the numbered entries marks a lost number, one for one)
    gaps = {i for i in range(min(numbers, default=0) + 2, last) if _set_apart(lines, i, min(numbers))}
    spaced = spaced or (bool(found) and not counted and gaps == found)
    if counted:
        # the page's pundits' heads are entries: so is one under the last number
        found.update(i for i in range(last + 1, len(lines)) if _PUNDIT_HEAD_RE.match(lines[i].strip()))
    elif spaced:
        # every entry a number lost was set apart by a wider gap: so are those under the last number
        found.update(i for i in range(last + 2, len(lines)) if _set_apart(lines, i, last))
    return found


def _set_apart(lines: list[str], idx: int, since: int) -> bool:
    """True when line ``idx`` has text and :data:`_LOST_ENTRY_GAP` blank lines or more above it, below line
    ``since``'s text."""
    gap = 0
    while gap < idx and not lines[idx - 1 - gap].strip():
        gap += 1
    return bool(lines[idx].strip()) and gap >= _LOST_ENTRY_GAP and idx - 1 - gap > since


#: A pundit's name and role over their words on the 2012-2014 pages, a space before the comma: "Miles Maclagan ,
#: Murray's former coach".
_PUNDIT_HEAD_RE = re.compile(r"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+,\s+(?P<role>\S.{1,60})$")


def _is_index(lines: list[str], starts: dict[int, str]) -> bool:
    """True for a numbered list of headlines with nothing under them (a page's own index of its posts)."""
    numbers = sorted(starts)
    return len(numbers) >= 2 and all(
        not any(lines[i].strip() for i in range(a + 1, b)) for a, b in zip(numbers, numbers[1:], strict=False)
    )


#: What a copy prints for a post's video or audio player in place of its title.
_MEDIA_PLACEHOLDER_RE = re.compile(r"^(?:video|audio|media)\s+content$", re.IGNORECASE)


def _lone_numbered_post(lines: list[str], numbered: dict[int, str]) -> bool:
    """True for a page copied with one post: ``1. Title`` (or ``1. 2044:``) over the post's indented lines."""
    if len(numbered) != 1:
        return False
    ((idx, text),) = numbered.items()
    body = [line for line in lines[idx + 1 :] if line.strip()]
    return (
        (is_headline_shaped(text) or bool(_CLOCK_TITLE_RE.match(text)))
        and bool(body)
        and all(line.startswith("  ") for line in body)
        and not lines[idx].startswith("  " * 3)
    )


#: What a flattened copy runs into the start of the next line: a post's own stamp printed again under its
#: title ("09:41 GMT 23 March 2017MPs in seats …"), an embed's closing furniture ("End of twitter post…").
_FUSED_START_RE = re.compile(
    r"^(?P<fused>\d{2}:\d{2}\s+(?:GMT|BST)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|End\s+of\s+(?:twitter|instagram|facebook|youtube|tiktok)\s+post)(?=\S)(?P<rest>.+)$",
    re.IGNORECASE,
)


def _unfuse_line_starts(lines: list[str], feed: Feed) -> list[str]:
    """The lines, less what a flattened copy ran into their starts, and the story link it ran onto a teaser's end
    ("… police say.Read more"), kept as page parts; the same lines when nothing was."""
    cleaned: list[str] | None = None
    for idx, line in enumerate(lines):
        stripped = line.strip()
        fused = _FUSED_START_RE.match(stripped)
        while fused is not None:
            if cleaned is None:
                cleaned = list(lines)
            feed.page_parts.append(Block("chrome", fused["fused"], idx + 1, idx + 1))
            stripped = fused["rest"].strip()
            cleaned[idx] = line[: len(line) - len(line.lstrip())] + stripped
            fused = _FUSED_START_RE.match(stripped)
        link = _FUSED_READ_MORE_RE.search(stripped)
        if link is not None:
            if cleaned is None:
                cleaned = list(lines)
            feed.page_parts.append(Block("chrome", link[0], idx + 1, idx + 1))
            cleaned[idx] = line[: len(line) - len(line.lstrip())] + stripped[: link.start()]
    return cleaned if cleaned is not None else lines


#: A teaser's link run onto its last sentence by a copy, no space between: "… before leaving, police say.Read more".
_FUSED_READ_MORE_RE = re.compile(r"(?<=[.!?\"”’])Read more$")


def _title_text(line: str) -> str:
    match = _NUMBER_RE.match(line)
    return match[2] if match else line.strip()


def parse_bbc(lines: list[str], path: str) -> Feed:
    """Parse the cleaned lines of a BBC dump (``lines[0]`` is line 1)."""
    feed = Feed(path=path, source="bbc", format="bbc")
    lines = _unfuse_line_starts(lines, feed)
    numbered = _numbered_starts(lines)
    pictures = _numbered_pictures(lines, numbered)
    if pictures:
        lines = list(lines)  # (the caller's lines stay as read)
    for idx in pictures:
        # a picture's caption the list numbered as an item of its own: the entry above's picture, not an entry
        del numbered[idx]
        caption = _NUMBER_RE.match(lines[idx])
        if caption is not None:
            lines[idx] = " " * caption.start(2) + caption[2]  # (its number dropped, the text where it stood)
    if (
        _is_index(lines, numbered)
        and not any(find_stamp(line) for line in lines)
        # (items opening with their times, "1. 1452:The New York Times …", are the entries themselves)
        and sum(1 for text in numbered.values() if clock_entry(text, 0)) < _LISTED_ENTRIES
    ):
        numbered = {}  # a numbered summary over posts that have no numbers: the summary is no posts
    titled = [i for i, line in enumerate(lines) if split_title_stamp(_title_text(line))]
    lost: set[int] = set()
    newest: set[int] = set()
    if len(numbered) >= 2 or (numbered and titled) or _lone_numbered_post(lines, numbered):
        lost = _lost_entry_starts(lines, numbered)
        starts = sorted(set(numbered) | lost)
    elif titled:
        starts = []
        for idx in titled:
            start = idx
            probe = idx - 1
            while probe >= 0 and (not lines[probe].strip() or _is_label_line(lines[probe])):
                if lines[probe].strip():
                    start = probe
                probe -= 1
            starts.append(start)
        # A post whose stamp the copy lost still shows its title over a byline.
        starts = sorted(set(starts) | {i for i in range(starts[0] + 1, len(lines)) if _bylined_title(lines, i)})
    elif dashed := _dash_entries(lines):
        # the 2010 match pages: entries set apart by "-" lines (the lines themselves are no text)
        lines = ["" if line.strip() == "-" else line for line in lines]
        starts = dashed
    elif clocked := _timed_entries(lines):
        # an older page whose entries open with their time ("0305: …"), and the untimed items of a list
        # whose items are those entries
        starts = sorted(
            set(clocked)
            | _untimed_list_entries(lines, clocked)
            | _untimed_wide_entries(lines, clocked)
            | {i for i in _pundit_entries(lines) if i > min(clocked[0], _writer_line(lines, clocked[0]))}
            | _lost_first_entry(lines, clocked[0])
            | (newest := _untimed_newest_entry(lines, clocked[0]))
            | _contribution_entries(lines, clocked[0])
            | _readers_over_first_entry(lines, clocked[0])
            | _keyword_entries(lines, clocked[0])
            | _list_item_entries(lines, clocked[0])
            | _score_entries(lines, clocked[0])
        )
        # a picture's name straight over an entry's time ("Matthew Price" / "2308 The BBC's …")
        # opens that entry, not the end of the one above
        starts = [start - 1 if _picture_over_clock(lines, start) else start for start in starts]
        # a list number alone on its line over an entry that opens with its time ("  3.  " / "0932:") is the
        # list's furniture, not the text of the entry above
        # (and so is an emptied bullet among them)
        lines = ["" if _BARE_NUMBER_RE.match(line) or _EMPTY_BULLET_RE.match(line) else line for line in lines]
    elif len(scored := _score_entries(lines, 0)) >= _LISTED_ENTRIES:
        # a match's games alone, each under its score ("Lu 5-7 3-6 2-6 Federer:" / the game's text)
        starts = sorted(scored)
    elif len(contributed := _contribution_entries(lines, 0)) >= _LISTED_ENTRIES:
        # a page (or its newest part) of readers' untimed entries alone, each under its icon's label
        starts = sorted(contributed)
    elif len(sent := _sent_entries(lines)) >= _LISTED_ENTRIES:
        # readers' untimed messages alone, each a paragraph opening with the sender ('Alex, via text: "…"'), as a
        # copy re-posts a sport page's readers
        starts = sorted(sent)
    else:
        return _parse_degraded(lines, path, feed)

    last_content = max((i + 1 for i, line in enumerate(lines) if line.strip()), default=0)
    _parse_preamble(lines, 0, starts[0], feed)
    bounds = starts + [len(lines)]
    writers = _page_writers(lines)
    for number, (start, end) in enumerate(zip(bounds, bounds[1:])):
        post = _parse_post(
            lines, start, end, path, number, bool(numbered), last_content, feed, start in lost, writers=writers
        )
        if post is not None:
            if start in newest:
                _icon_as_label(post)
            feed.posts.append(post)
    _title_cut_off(feed, lines, last_content)
    _shared_clock_zone(feed.posts, lines)
    return feed


def _title_cut_off(feed: Feed, lines: list[str], last_content: int) -> None:
    """The last entry's title with nothing under it, the page's last line, on a page whose other entries have
    no titles, is the start of the entry's text where the page was cut ("4. 2010:" / "Cardinal Antonio Maria
    Rouco" and the page ends): it becomes the entry's first paragraph."""
    if len(feed.posts) < 2 or any(post.title for post in feed.posts[:-1]):
        return
    last = feed.posts[-1]
    line = last_content - 1
    if last.title and not last.body and line >= 0 and lines[line].strip().endswith(last.title):
        last.body = [Block("paragraph", last.title, line, line)]
        last.title = None


def _contribution_entries(lines: list[str], first: int) -> set[int]:
    """Untimed entries among clock-opened ones (below line ``first``): a reader's e-mail or a tweet, its text
    straight under its icon's label ("e-mail sent in by reader" / "Opakunle Abayomi, Nigeria, says: …"); on a copy
    that lost every blank line, a reader's message on a line of its own ('From Debbie, Oswestry, via text on 81111:
    "…"')."""
    squeezed = _no_blank_lines(lines)
    return {
        i
        for i in range(max(first, 1) + 1, len(lines))
        if (
            (is_contribution_icon(lines[i - 1]) and (i < 2 or not lines[i - 2].strip()))
            # (or a blank line between: "Text in your views on 81111" / "" / 'From Anonymous, via text on 81111: …')
            or (
                i >= 2
                and not lines[i - 1].strip()
                and is_contribution_icon(lines[i - 2])
                and (i < 3 or not lines[i - 3].strip())
                and _is_reader_message(lines[i].strip())
            )
            # (or its icon lost: "Alex Evans tweets: As Obama turns his head … Read Alex Evan's Tweets", "Mandy, UK
            # says: Typical budget. …", a forum handle's "ElrikMerlin says: …")
            or (not lines[i - 1].strip() and _is_reader_message(lines[i].strip()))
            # (or their name and place over what they wrote: "Cieran Murphy in New Jersey" / "writes: This is …")
            or (not lines[i - 1].strip() and _signs_over_sent(lines, i))
            or (squeezed and _is_reader_message(lines[i].strip()))
        )
        and lines[i].strip()
        and clock_entry(lines[i], i + 1) is None
    }


def _paragraphs_opening(lines: list[str], stop: int, opens: Callable[[str], bool]) -> set[int]:
    """The lines above ``stop`` that a blank line sets apart and whose text ``opens`` accepts."""
    return {i for i in range(1, stop) if lines[i].strip() and not lines[i - 1].strip() and opens(lines[i].strip())}


def _sent_entries(lines: list[str]) -> set[int]:
    """Paragraphs that open with a reader's name and the way their message came ('Sarah, via text: "…"'), set
    apart by blank lines: with no time on the page, each is an entry."""
    return _paragraphs_opening(lines, len(lines), lambda text: _READER_SENT_RE.match(text) is not None)


def _readers_over_first_entry(lines: list[str], first: int) -> set[int]:
    """Readers' messages set apart above the first timed entry (the newest entry was a reader's: 'From Tim H,
    Harrogate, TMS inbox: "…"' over "1843: Yup - …"): untimed entries, not the page's summary."""
    return _paragraphs_opening(
        lines, first, lambda text: _is_reader_message(text) or _READER_SENT_RE.match(text) is not None
    )


#: A reader's name and where they are, no comma between: "Cieran Murphy in New Jersey".
_NAMED_IN_PLACE_RE = re.compile(r"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\s+(?:in|from)\s+[A-Z][\w .’'-]{1,40}$")


def _signs_over_sent(lines: list[str], idx: int) -> bool:
    """True for a reader's name and place, no comma between, on ``lines[idx]`` over the message they sent ("writes:
    …", "tweets: …"), a blank line between at most."""
    if not _NAMED_IN_PLACE_RE.match(lines[idx].strip()):
        return False
    below = next((lines[i].strip() for i in range(idx + 1, min(idx + 3, len(lines))) if lines[i].strip()), "")
    return _SENT_RE.match(below) is not None


def _is_reader_message(text: str) -> bool:
    """True for a reader's tweet with its link, or a reader's comment under their name and place or handle."""
    if _READER_TWEET_RE.match(text):
        return True
    if _READER_VIA_RE.match(text):
        return True
    said = _READER_SAYS_RE.match(text)
    return said is not None and (is_reader(said["who"]) or _FORUM_HANDLE_RE.match(said["who"]) is not None)


#: A reader's name, perhaps with where they are ("Tim H, Harrogate,"), and the way their message came ("via text on
#: 81111"): the pieces of the two reader-message patterns below.
_READER_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?,?"
_READER_VIA = r"(?:via|by)\s+(?i:e-?mail|text|sms|twitter|606)(?:\s+(?:on\s+)?\d{5})?"
#: A reader's message with the way it came, the 2009 sport pages' way: 'From David, Barnstaple, via email: "…"'.
_READER_VIA_RE = re.compile(rf"^From\s+{_READER_NAME}\s+{_READER_VIA}\s*:\s*\S")
#: Any reader's message with the way it came: 'From Tim H, Harrogate, TMS inbox: "…"', 'Anon, via text 81111: "…"',
#: 'From Roonaldezov on 606: "…"', 'Ian, Fleet, in the TMS inbox: "…"' (inside an entry, such a message may be the
#: entry's; above the first, it is one).
_READER_SENT_RE = re.compile(
    rf"^(?:From\s+)?{_READER_NAME}\s+(?:{_READER_VIA}|(?:in\s+the\s+)?TMS\s+inbox|on\s+606)\s*:\s*\S"
)


#: A reader's comment after their name: "Mandy, UK says: Typical budget. …".
_READER_SAYS_RE = re.compile(r"^(?P<who>[^:]{2,60}?)\s+says:\s+\S")
#: A forum handle: one word with a capital or a digit inside it ("ElrikMerlin", "deez0").
_FORUM_HANDLE_RE = re.compile(r"^[A-Za-z][a-z]+[A-Z0-9][\w]*$")
#: A reader's tweet with its sender's link after it, the 2009-2010 pages' way: "Alex Evans tweets: … Read Alex Evan's
#: Tweets".
_READER_TWEET_RE = re.compile(r"^\S+(?:\s+\S+){0,3}\s+tweets:\s.*\bRead\s+\S+(?:\s+\S+)?['’]s?\s+[Tt]weets\.?$")


#: How many clock-opened entries printed as list items make the list the page's entries.
_LISTED_ENTRIES = 2


def _untimed_list_entries(lines: list[str], clocked: list[int]) -> set[int]:
    """The untimed items of a list whose items are the page's entries ("  • 2331: Janie …" … "  • Epicentre
    of a new 4.4 quake: Fukushima." … "  • 0030: …" in a forum's copy): each is an entry of its own, unless
    it is one of a list that a line ending with a colon introduces ("… the main points:" over its items)."""
    listed = [i for i in clocked if _BULLET_RE.match(lines[i])]
    if len(listed) < _LISTED_ENTRIES or len(listed) * 2 < len(clocked):
        return set()
    timed = set(clocked)
    found: set[int] = set()
    introduced = False  # the items since the last entry follow a line ending with a colon
    before = ""
    for idx in range(clocked[0] + 1, len(lines)):
        text = lines[idx].strip()
        if not text:
            continue
        if idx in timed:
            introduced = False
        elif _BULLET_RE.match(lines[idx]):
            introduced = introduced or before.endswith(":")
            if not introduced:
                found.add(idx)
        elif _EMPTY_BULLET_RE.match(lines[idx]):
            # an untimed item printed under its bullet ("  •" / "    Cieran Murphy in New Jersey" / "    writes: …")
            item = next((i for i in range(idx + 1, len(lines)) if lines[i].strip()), None)
            if item is not None and item not in timed and _indent(lines[item]) > _indent(lines[idx]):
                found.add(item)
        before = text
    return found


#: A match's score at a break, on a line of its own among minute- or time-opened entries: "FULL-TIME: Scotland 15-15
#: England", and a cricket day's at its breaks: "STUMPS - England 336-7", "LUNCH: Australia 112-2".
_SCORE_LINE_RE = re.compile(
    r"^\s*(?:(?:FULL|HALF)[- ]TIME\b"
    r"|(?:STUMPS|LUNCH|TEA|CLOSE\s+OF\s+PLAY|DRINKS|BAD\s+LIGHT|RAIN\s+STOPS\s+PLAY)\s*[-:–]\s*"
    r"[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*){0,2}\s+\d{1,3}(?:[-/]\d{1,2})?\b)"
)


def _timed_entries(lines: list[str]) -> list[int]:
    """The entries that open with their time ("1908: …") or a match's minute ("80 mins: …"), and a sport page's
    score lines at a break ("FULL-TIME: Scotland 15-15 England"), when the page writes its entries that way: one
    of each kind is as good as two of one.  A line of furniture that opens with digits is no entry (a wiki
    section's heading pasted with the page: "2009 Headingley Test v Australia[edit]")."""
    lines = ["" if line.lstrip()[:1].isdigit() and is_chrome(line) else line for line in lines]
    found = minute_lines(lines)
    breaks = {i for i, line in enumerate(lines) if _SCORE_LINE_RE.match(line)}
    overs = over_lines(lines)  # (a cricket page's overs and wickets, "20th over - 118-8 …", between timed entries)
    # (and a tennis match's games under their scores, "* Azarenka 6-3 3-1 Paszek", below one timed entry)
    games = min(len(_score_entries(lines, 0)), 1)
    clocks = clock_entries(lines, len(found) + len(breaks) + min(len(overs), 1) + games)
    if not clocks and len(overs) >= _LISTED_ENTRIES:
        # (one entry's time in the spaced form, "2145 So the ninth-seeded Aussies …", over a cricket page's overs)
        clocks = [i for i, line in enumerate(lines) if clock_entry(line) is not None]
    minutes = minute_entries(lines, len(clocks), found)
    scores = breaks if minutes or clocks else set()
    bowled = set(overs) if clocks and len(overs) >= _LISTED_ENTRIES else set()
    return sorted(set(clocks) | set(minutes) | scores | bowled)


#: The 2010 match pages' entry head: its time and its kind on a line of their own ("16:30 Commentary").
_KIND_HEAD_RE = re.compile(r"^(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\s+(?P<kind>[A-Z][a-z]+(?:[ -][A-Za-z]+){0,2})$")
#: Their untimed entries' kinds, printed before the entry ("Contributor BBC Sport's … Phil McNulty", "606").
_KIND_LABEL_RE = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?P<kind>Contributor|Commentary|606|Text|SMS|Email|E-mail|Tweet|Twitter)(?:\s+(?P<rest>\S.*))?$"
)
#: The 2011 sport pages' numbered entry heads: the list number, the time (perhaps with no colon, perhaps with its
#: zone), the entry's kind and perhaps its title ("1. 1300 BST: Commentary", "4. 1315 Commentary Schedule of
#: events:"), or the kind alone for an untimed one ("5. SMS").
_LISTED_KIND_HEAD_RE = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?:(?P<h>[01]\d|2[0-3]):?(?P<m>[0-5]\d)(?:\s+(?:BST|GMT))?:?\s+)?"
    r"(?P<kind>Commentary|SMS|Text|E-?mail|Tweet|Twitter|Contributor|606)"
    r"(?:\s+(?P<title>[A-Z][^.!?]{0,60}?))?:?$"
)
#: The 2011 pages' source label run into an untimed entry's text: "Via TwitterWilmington-based journalist …".
_SOURCE_LABEL_RE = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?P<kind>Via\s+(?:Twitter|email|e-mail|text|SMS))\s*(?P<rest>[A-Z“\"].*)$"
)
#: How many "-" lines, and time-and-kind heads under them, make a page written that way.
_DASH_ENTRIES = 3


def _dash_entries(lines: list[str]) -> list[int]:
    """The entries of a page that sets them apart by lines holding only "-", each headed by its time and kind
    ("-" / "16:30 Commentary" / text, and untimed ones: "-" / "606" / "From deez0"): the first line under each
    "-"; none unless the page is written that way."""
    heads: list[int] = []
    for idx, line in enumerate(lines):
        if line.strip() == "-":
            following = next((i for i in range(idx + 1, len(lines)) if lines[i].strip()), None)
            if following is not None and lines[following].strip() != "-":
                heads.append(following)
    kinds = sum(1 for i in heads if _KIND_HEAD_RE.match(lines[i].strip()))
    return heads if len(heads) >= _DASH_ENTRIES and kinds * 2 >= len(heads) else []


def _untimed_wide_entries(lines: list[str], clocked: list[int]) -> set[int]:
    """The untimed entries of a page whose entries open with their time only now and then, and which parts
    its entries by wider gaps than it parts an entry's head from its text (an "As it happened" page: "Key
    Points" bullets, then one-paragraph entries two blank lines apart, "2210: Gabriel Gatehouse BBC News,
    Johannesburg" one blank line over its text): each paragraph after a wide gap, and the first below the
    summary when a wide gap ends it, opens an entry.  None unless the page shows both spacings and at
    least two such entries lead the first timed one (a welcome or a match report over timed entries is
    the page's head)."""
    scratch = Feed(path="", source="bbc", format="bbc")
    content = _degraded_content(lines, scratch)
    rest = content[_degraded_summary(lines, content, scratch) :]
    wide = _wide_gap_starts(lines, rest)
    # (the first entry below the head counts when the wider gap sets it apart from the head's furniture too)
    first_apart = bool(rest) and rest[0] < clocked[0] and _apart_under_head(lines, rest)
    before = sum(1 for i in wide if i < clocked[0])
    # (or, on a page written oldest first, the entry under the head set apart by the wider gap, and two such entries
    # after the first timed one: "Hello and welcome …" / "1008: Lyse Doucet BBC News, Tahrir Square" / …)
    after = first_apart and sum(1 for i in wide if i > clocked[0]) >= _WIDE_GAPS_SEEN
    # (or a page whose timed entries stand one blank line over their text, with two or more untimed entries after
    # the first set apart by the wider gap: "0639: The BBC's Tulip Mazumdar" / "" / "says: …" / "" / "" /
    # "President Zardari added …")
    spaced = any(i + 2 < len(lines) and not lines[i + 1].strip() and lines[i + 2].strip() for i in clocked)
    later = spaced and sum(1 for i in wide if i > clocked[0]) >= _WIDE_GAPS_SEEN
    if before + first_apart < _WIDE_GAPS_SEEN and not after:
        # (by the later entries alone, the wider gaps above the first timed one are the head's)
        return {i for i in wide if i > clocked[0]} if later else set()
    return wide | {rest[0]} if (len(rest) > 1 and rest[1] in wide) or after else wide


#: A station's badge printed over a pundit's words on the 2008-2012 sport pages ("BBC Radio 5 Live").
_STATION_BADGE_RE = re.compile(
    r"^(?:BBC\s+Radio\s+5\s+[Ll]ive(?:\s+Sports\s+Extra)?|BBC\s+Radio\s+\d|BBC\s+TV|BBC\s+One|BBC\s+Two"
    r"|Test\s+Match\s+Special)$"
)
#: A pundit's words with the station they spoke on: 'Annabel Croft on 5 live: "It was …"' (or where they wrote
#: them: 'Ian Poulter on Twitter: "…"'); and a named speaker's words with who they are in brackets: 'Godfrey Clarke
#: (Darren's dad): "He's been playing well …"'.
#: The BBC's channels and stations a pundit speaks on: "BBC Two", "BBC Radio 5 live", "5 live", "TMS".
_ON_AIR = (
    r"(?:BBC\s+(?:One|Two|Radio\s+\d|Sport|TV)|(?:BBC\s+)?(?:Radio\s+5\s+live|5\s+live|TV|One|Two)|TMS"
    r"|Test\s+Match\s+Special)"
)
_PUNDIT_ON_AIR_RE = re.compile(
    rf"^[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){{0,8}}\s+(?:on\s+(?:{_ON_AIR}|Twitter)|speaking\s+to\s+BBC(?:\s+Sport)?)\b"
    r"[^:\"“]{0,20}:\s*[\"“]"
    r"|^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}\s+\([^()]{3,40}\):\s*[\"“]",
    re.IGNORECASE,
)


def _lost_first_entry(lines: list[str], first: int) -> set[int]:
    """Where the entries before the first timed one start when the list's numbers show some were lost
    ("As it happened", a captain's speech with no number or time, then "2. 0116:"): the prose between the
    page's last piece of furniture and that entry is the lost first entry; none when the first timed
    entry is numbered 1 or not at all, or nothing but furniture, bullets and headings stands above it."""
    number = _NUMBER_RE.match(lines[first])
    if number is None or int(number[1]) < 2:
        return set()
    found: int | None = None
    for idx in range(first - 1, -1, -1):
        text = lines[idx].strip()
        if not text:
            continue
        if is_chrome(text) or _BULLET_RE.match(lines[idx]) or text.lower() in _SUMMARY_HEADINGS:
            break
        found = idx
    return {found} if found is not None and _is_prose(lines[found].strip()) else set()


def _untimed_newest_entry(lines: list[str], first: int) -> set[int]:
    """The newest entry, added without its time, between the page's writer line and its first timed entry (the
    day's sign-off: "By the BBC Sport team at Wimbledon" / "It's good news for a Briton at Wimbledon" / "Let's end
    on a high note. …" / "1936: …"): the old layout's head ends at the writer, so prose under it is an entry. It
    opens at the icon's or picture's name straight over it, if there is one; none when the first thing under the
    writer is not prose (a pundit's badge, a bulleted list, a heading)."""
    writer = _writer_line(lines, first)
    region = [i for i in range(writer + 1, first) if lines[i].strip()]
    if writer == first or not region:
        return set()
    opening = region[0]
    text = lines[opening].strip()
    label = (_is_icon_label(text) or _is_picture_name(text)) and not is_chrome(text)
    prose_at = region[1] if label and len(region) > 1 and region[1] == opening + 1 else opening
    prose = lines[prose_at].strip()
    if not _is_prose(prose) or _BULLET_RE.match(lines[prose_at]) or is_chrome(prose) or _badge_over(lines, opening):
        return set()
    return {opening}


#: A page's word on the zone of all its times, when it is not the home one: "All times EDT" (a US storm's or election's
#: page, perhaps run into the summary's last point).
_ALL_TIMES_ZONE_RE = re.compile(r"\bAll times (?:are |in |stated are )?(?P<zone>EDT|EST|ET|CDT|CST|PDT|PST)\b")


def _shared_clock_zone(posts: list[Post], lines: list[str]) -> None:
    """A page that prints one zone other than its home's on some of its entries' times and none on the others
    ("0638 EST:" over "0639: The BBC's Tulip Mazumdar"), or says so for all of them ("All times EDT"), keeps all its
    clock in that zone: the bare times take it. A page that prints its home zone on any ("0845 BST:") or two zones
    keeps each time as printed."""
    stamps = [post.stamp for post in posts if post.stamp is not None and post.stamp.day is None]
    zones = {stamp.zone for stamp in stamps if stamp.zone is not None}
    declared = next((found["zone"] for line in lines if (found := _ALL_TIMES_ZONE_RE.search(line))), None)
    if declared is not None and not zones:
        zones = {declared}
    if len(zones) != 1 or any(re.search(r"\b(?:BST|GMT)\b", stamp.text) for stamp in stamps):
        return
    (zone,) = zones
    for stamp in stamps:
        if stamp.zone is None:
            stamp.zone, stamp.utc_offset_minutes = zone, zone_offset(zone)


def _icon_as_label(post: Post) -> None:
    """An untimed entry opening at its icon's label ("It's good news for a Briton at Wimbledon") has it as a label,
    as a timed entry under one does."""
    if post.body and post.body[0].kind == "image" and _is_icon_label(post.body[0].text):
        icon = post.body.pop(0)
        post.labels.insert(0, Label(icon.text, icon.first_line))


def _badge_over(lines: list[str], idx: int) -> bool:
    """A station's badge or a pundit's picture name printed straight over the words it marks, no blank
    line between ("BBC Radio 5 Live" / "Andy Murray's former coach Miles Maclagan: …", "Boris Becker" /
    "Boris Becker on BBC TV: …")."""
    text = lines[idx].strip()
    if not text or idx + 1 >= len(lines) or not lines[idx + 1].strip():
        return False
    below = lines[idx + 1].strip()
    if _STATION_BADGE_RE.match(text):
        return True
    if not is_person_name(text):
        return False
    if below.startswith(f"{text} ") and len(below.split()) > len(text.split()) + 3:
        return True
    # (the name closing the words' attribution: "Iain Carter" / "BBC golf correspondent Iain Carter: \"It shows …")
    attribution = re.match(r"^([^:\"“]{0,80}):\s*[\"“]", below)
    return attribution is not None and attribution[1].endswith(f" {text}")


def _writer_line(lines: list[str], first: int) -> int:
    """The line of the page's writer above its first timed entry ("By Ben Dirs"): the head ends there, so a pundit's
    words under it are the newest, untimed entry; ``first`` when there is none."""
    return next((i for i in range(first - 1, -1, -1) if _names_writers(lines[i].strip())), first)


#: A tennis match's score over a game's text, the server starred at the score or at the name, apart or not: "Venus 6-1
#: *5-0 Safina", "Venus 6-1 4-0* Safina", "* Azarenka 6-3 3-1 Paszek", "Azarenka 6-3 4-1 Paszek *".
_SCORE_HEAD_RE = re.compile(
    r"^(?:\*\s?)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+(?:\*?\d{1,2}-\d{1,2}\*?\s+){1,5}"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:\s?\*)?"
    r":?$"  # (perhaps over its text after a colon: "Lu 5-7 3-6 2-6 Federer:")
)


def _over_score_head(lines: list[str], idx: int) -> bool:
    """Whether ``lines[idx - 1]`` is an icon's or a picture's name straight over a game's score heading."""
    return _name_over(lines, idx) is not None and bool(_SCORE_HEAD_RE.match(lines[idx].strip()))


def _score_entries(lines: list[str], first: int) -> set[int]:
    """A tennis match's games below the first timed entry, each an untimed entry under its score ("Venus 6-1 *5-0
    Safina" with the game's text on the very next line), perhaps under an icon's or a picture's name ("A bagel")."""
    found: set[int] = set()
    for idx in range(first + 1, len(lines) - 1):
        if not _SCORE_HEAD_RE.match(lines[idx].strip()) or not lines[idx + 1].strip():
            continue
        if not lines[idx - 1].strip():
            found.add(idx)
        elif _over_score_head(lines, idx):
            found.add(idx - 1)
    return found


def _keyword_entries(lines: list[str], first: int) -> set[int]:
    """Untimed entries below the first timed one that open with a keyword in capitals run into their text, set apart
    by a blank line ("BAD LIGHT STOPS PLAY Almost as much as a relief …", "FULL-TIME: England 30-17 Wales …")."""
    return {
        idx
        for idx in range(first + 1, len(lines))
        if lines[idx].strip()
        and not lines[idx - 1].strip()
        and (_KEYWORD_OPENING_RE.match(lines[idx].strip()) or _capital_banner(lines, idx))
    }


def _capital_banner(lines: list[str], idx: int) -> bool:
    """A line all in capitals set apart by blank lines, a match's result as a banner ("AUSTRALIA (168-5, 20 OVS) BEAT
    SRI LANKA (87, 16.2 OVS) BY 81 RUNS"); not one set closer to the entry above than to the next, which ends the
    entry above ("… loop a simple catch to short leg." / "" / "ENGLAND 102 ALL OUT" / "" / "" / "" / "1422: …")."""
    text = lines[idx].strip()
    return (
        text.isupper()
        and len(text.split()) >= _BANNER_WORDS
        and (idx + 1 >= len(lines) or not lines[idx + 1].strip())
        and not is_chrome(text)
        and blank_lines_below(lines, idx) <= blank_lines_above(lines, idx)
    )


#: The fewest words of a banner in capitals.
_BANNER_WORDS = 4


#: A keyword of two to five words in capitals, then the text: "BAD LIGHT STOPS PLAY Almost as much …", "FULL-TIME:
#: England …" (not a run of capitals with no text after it, nor a single word: "PENALTY" heads a minute's entry).
_KEYWORD_OPENING_RE = re.compile(r"^[A-Z][A-Z'’-]+(?:[\s:]+[A-Z][A-Z'’-]+){1,4}[:!]?\s+[A-Z][a-z]")


def _list_item_entries(lines: list[str], first: int) -> set[int]:
    """The untimed entries above the first timed one on the 2007 sport pages, whose live text is a bulleted list, each
    item's paragraphs indented under its bullet ("  • That means France win …" / "    \"The Welsh forwards …\"" /
    "    Jonathan Davies, BBC Sport TV pundit"): below the writer's line, each bullet and each indented paragraph
    after a blank line opens an entry. None unless every line there is a bullet or indented deeper than one."""
    writer = _writer_line(lines, first)
    if writer == first:
        return set()
    region = [i for i in range(writer + 1, first) if lines[i].strip()]
    bullets = [i for i in region if _BULLET_RE.match(lines[i])]
    if not bullets or region[0] != bullets[0]:
        return set()
    depth = _indent(lines[bullets[0]])
    if any(i not in bullets and _indent(lines[i]) <= depth for i in region):
        return set()
    return {i for i in region if not lines[i - 1].strip() and not is_chrome(lines[i].strip())}


def _pundit_entries(lines: list[str]) -> set[int]:
    """The 2008-2012 sport pages' untimed entries of a pundit's words: under a station's badge or the
    pundit's picture name (the entry opens at the badge), or naming the station they spoke on after a
    blank line ('Annabel Croft on 5 live: "…"')."""
    found: set[int] = set()
    for idx, line in enumerate(lines):
        if _badge_over(lines, idx):
            found.add(idx)
        elif _PUNDIT_ON_AIR_RE.match(line.strip()) and idx and not lines[idx - 1].strip():
            found.add(idx)
        elif idx and not lines[idx - 1].strip() and quoted_speaker(line.strip()) is not None:
            found.add(idx)  # a great's words by name alone: 'Rod Laver: "They both played some unbelievable tennis."'
        elif idx and not lines[idx - 1].strip() and line.strip()[:1] in '"“' and _on_air_source(lines, idx + 1):
            found.add(idx)  # someone's words over where they said them: "…" / "Clubhouse leader … on BBC Two"
        elif _attributes_words(line.strip()) and idx:
            # someone's words after what they spoke on, perhaps under a picture's caption straight over them ("A
            # celeb has been spotted" / "Red Bull Racing on Twitter: …"): the entry opens at the caption
            if not lines[idx - 1].strip():
                found.add(idx)
            elif idx >= 2 and not lines[idx - 2].strip() and _is_caption_over(lines[idx - 1].strip()):
                found.add(idx - 1)
    return found


#: Someone's words after who they are and what they spoke on, and a colon: 'Fernando Alonso on qualifying in third:
#: "…"', 'Sebastian Vettel on Red Bull's team radio: "…"', 'Virgin's Timo Glock (grid position 22) on BBC One: "…"'.
_ATTRIBUTED_WORDS_RE = re.compile(
    r"^(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.()-]+){0,8}?)\s+on\s+(?P<on>[\w’'.-]+(?:\s+[\w’'.-]+){0,5}):\s*[\"“]\S"
)
#: A speech verb in who spoke: 'Horner told reporters on the grid: "…"' quotes inside a post, it opens none.
_SPEECH_VERB_RE = re.compile(
    r"\b(?:said|says|added|adds|told|tells|wrote|writes|tweeted|tweets|commented|declared|stated)\b", re.IGNORECASE
)
#: The most words of a picture's caption over an entry.
_CAPTION_OVER_WORDS = 8


def _attributes_words(text: str) -> bool:
    """True for a paragraph of someone's words after who they are, what they spoke on and a colon (see
    :data:`_ATTRIBUTED_WORDS_RE`): on the older sport pages each such quotation is an untimed entry of its own."""
    match = _ATTRIBUTED_WORDS_RE.match(text)
    return (
        match is not None
        and not match["who"].startswith("From ")  # (a reader's message: "From HCP on 606: …", see _READER_SENT_RE)
        and not match["who"].endswith((".", "!", "?"))
        and _SPEECH_VERB_RE.search(match["who"]) is None
    )


def _is_caption_over(text: str) -> bool:
    """True for a short unstopped line that may be a picture's caption over an entry ("A celeb has been spotted")."""
    return (
        len(text.split()) <= _CAPTION_OVER_WORDS
        and text[:1].isupper()
        and not ends_sentence(text)
        and not text.endswith(":")
        and clock_entry(text, 0) is None
    )


#: Where a pundit's or player's words were said, on the line under them: "Clubhouse leader Mark Calcavecchia on BBC
#: Two", "Former champion Nick Faldo on Radio 5 live".
_ON_AIR_SOURCE_RE = re.compile(
    rf"^[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){{1,8}}\s+(?:on|speaking\s+to)\s+{_ON_AIR}$", re.IGNORECASE
)


def _on_air_source(lines: list[str], idx: int) -> bool:
    """True when ``lines[idx]`` names who spoke the words above it and where, straight under them."""
    return idx < len(lines) and _ON_AIR_SOURCE_RE.match(lines[idx].strip()) is not None


#: A person's words after their name alone and a colon: 'Rod Laver: "They both …"'.


def _next_contents(lines: list[str], idx: int, count: int) -> list[str]:
    """The ``count`` content lines after ``idx``, stripped (fewer at the end of the file)."""
    found: list[str] = []
    for probe in range(idx + 1, len(lines)):
        if lines[probe].strip():
            found.append(lines[probe].strip())
            if len(found) == count:
                break
    return found


def _bylined_title(lines: list[str], idx: int) -> bool:
    """A headline-shaped line right above a byline (a name line, then a role line)."""
    text = lines[idx].strip()
    if not text or not is_headline_shaped(text) or is_person_name(text) or split_title_stamp(text):
        return False
    after = _next_contents(lines, idx, 2)
    return len(after) == 2 and is_person_name(after[0]) and is_role(after[1])


def _parse_preamble(lines: list[str], start: int, end: int, feed: Feed) -> None:
    """Summary heading, summary bullets, editors and chrome before the first post."""
    has_heading = any(lines[i].strip().lower() in _SUMMARY_HEADINGS for i in range(start, end))
    seen_heading = False
    idx = start
    while idx < end:
        raw = lines[idx]
        text = raw.strip()
        no = idx + 1
        idx += 1
        if not text:
            continue
        bullet = _BULLET_RE.match(raw)
        caption = _CAPTION_MARKER_RE.match(raw)
        if text.lower() in _SUMMARY_HEADINGS and not seen_heading:
            seen_heading = True
            feed.page_parts.append(Block("heading", text, no, no))
        elif bullet:
            feed.summary.append(Block("bullet", bullet[1].strip(), no, no))
        elif _EDITED_BY_RE.match(text):
            feed.page_parts.append(Block("editor", text, no, no))
        elif (stamp := _page_stamp(text, no)) is not None:
            feed.page_parts.append(Block("page-stamp", text, no, no))
            feed.page_stamps.append(stamp)
        elif caption:
            idx = _take_caption(lines, idx - 1, end, caption, feed.page_parts, kind="caption")
        elif is_chrome(text) or is_embed(text):
            feed.page_parts.append(Block("chrome", text, no, no))
        elif has_heading and not seen_heading:
            feed.page_parts.append(Block("page-title", text, no, no))
        else:
            feed.summary.append(Block("bullet", text, no, no))


def _page_stamp(text: str, no: int) -> Stamp | None:
    """The page's own date line as a stamp: "24 March 2010 Last updated at 11:33" (perhaps with its zone, "… at 23:40
    GMT"), or the 2008-2011 site's
    "Page last updated at 17:10 GMT, Tuesday, 20 April 2010 18:10 UK" (its time in GMT)."""
    older = _OLD_PAGE_UPDATED_RE.match(text) or _LAST_UPDATED_2007_RE.match(text)
    found = older or _PAGE_UPDATED_RE.match(text)
    month = month_number(found["month"]) if found is not None else None
    if found is None or not month:
        return None
    zone = None if older else (found["zone"] or "").upper() or None  # "29 August 2012 Last updated at 23:40 GMT"
    return Stamp(
        text,
        int(found["hour"]),
        int(found["minute"]),
        int(found["day"]),
        month,
        int(found["year"]),
        zone="GMT" if older else zone,
        utc_offset_minutes=0 if older else {"GMT": 0, "BST": 60}.get(zone or ""),
        line=no,
    )


def _take_caption(
    lines: list[str],
    idx: int,
    end: int,
    match: re.Match[str],
    out: list[Block],
    kind: BlockKind | PagePartKind = "caption",
) -> int:
    """Consume an ``Image caption,`` marker (and the caption text line after it).

    Returns the index of the next unconsumed line.
    """
    marker_no = idx + 1
    marker = lines[idx].strip()
    inline = match[2].strip()
    if inline:
        marker = marker[: len(marker) - len(inline)].rstrip()
        out.append(Block(kind, inline, marker_no, marker_no, marker=marker))
        return idx + 1
    probe = idx + 1
    while probe < end and not lines[probe].strip():
        probe += 1
    if probe < end and not _NUMBER_RE.match(lines[probe]) and not split_title_stamp(lines[probe].strip()):
        out.append(Block(kind, lines[probe].strip(), marker_no, probe + 1, marker=marker))
        return probe + 1
    out.append(Block(kind, "", marker_no, marker_no, marker=marker))
    return idx + 1


def _parse_post(
    lines: list[str],
    start: int,
    end: int,
    path: str,
    page_index: int,
    numbered_page: bool,
    last_content: int,
    feed: Feed,
    lost: bool = False,
    writers: frozenset[str] = frozenset(),
) -> Post | None:
    """The post in ``lines[start:end]``: its head (labels, title, stamp), byline, then body.  A ``lost``
    entry (its number and time dropped) may open with its heading; ``writers``: the names the page gives
    its writers and editors (see :func:`_page_writers`)."""
    post = Post(source="bbc", file=path, page_index=page_index)
    head = _PUNDIT_HEAD_RE.match(lines[start].strip())
    opening: list[Block]
    if head is not None:
        # a pundit's name and role over their words: the entry's byline ("Miles Maclagan , Murray's former coach")
        post.byline = Byline(head["name"], head["role"], start + 1, start + 1)
        idx, opening = start + 1, []
    elif lost:
        idx, opening = _heading_under_clock(lines, start, end, post), []
    else:
        idx, opening = _post_head(lines, start, end, post)
    idx = _take_repeated_stamp(lines, idx, end, post, feed)
    idx = _take_label_lines(lines, idx, end, post)
    idx = _take_byline(lines, idx, end, post, writers)
    body = _body_blocks(lines, idx, end, first_is_numbered=(idx == start and numbered_page), last_line=last_content)
    if post.byline is not None and post.byline.first_line > idx:  # a byline under the question the post answers
        body = [block for block in body if not post.byline.first_line <= block.first_line <= post.byline.last_line]
    # The page's editors line, printed under the summary a flattened copy glued to the first post.
    # (and the name of the writer whose entries follow, between two entries: "By Pranav Soneji", the shift before)
    editors = [
        block
        for block in body
        if block.kind in ("paragraph", "image")
        and (_EDITED_BY_RE.match(block.text) or (block is body[-1] and _ONE_REPORTER_RE.match(block.text)))
    ]
    feed.page_parts.extend(Block("editor", block.text, block.first_line, block.last_line) for block in editors)
    # A copy that kept the share menu under a post ("Article share tools", "Share this post").
    chrome = [block for block in body if block.kind in ("paragraph", "image", "link-out") and is_chrome(block.text)]
    feed.page_parts.extend(Block("chrome", block.text, block.first_line, block.last_line) for block in chrome)
    # (a picture the head took from its heading's lines comes first: "REFEREE REACTION- …" / "Mark Halsey")
    post.body = _join_broken_paragraphs(
        [*post.body, *opening] + [block for block in body if block not in editors and block not in chrome]
    )
    _quoted_under_icon(post.body, chrome)
    _text_taken_for_a_picture(post.body)
    last = end - 1
    while last > start and not lines[last].strip():
        last -= 1
    if not (post.title or post.body or post.stamp or post.byline or post.labels) and last == start:
        # an entry the page was cut inside before anything of it ("  5. 1", its time cut short): the page's line
        feed.page_parts.append(Block("chrome", lines[start].strip(), start + 1, start + 1))
        return None
    post.origins = [Origin(path, start + 1, last + 1)]
    return post


def _quoted_under_icon(body: list[Block], furniture: list[Block]) -> None:
    """The paragraph straight under a quotation block's icon label ("Quote Message", alone on its line and gone to
    the page's furniture) is that quotation."""
    icons = [block.last_line for block in furniture if block.text.strip().lower() == "quote message"]
    for line in icons:
        below = next((block for block in body if block.first_line > line), None)
        if below is not None and below.kind == "paragraph":
            below.kind = "quote"


def _post_head(lines: list[str], start: int, end: int, post: Post) -> tuple[int, list[Block]]:
    """Read the post's head into ``post``; the index after it, and an opening paragraph printed on
    the head's line (an older page's ``0305: The result …``)."""
    title_idx = next((probe for probe in range(start, end) if split_title_stamp(_title_text(lines[probe]))), None)
    if title_idx is not None:
        return _stamped_head(lines, start, title_idx, post), []
    first = lines[start]
    if _picture_over_clock(lines, start + 1) or _over_score_head(lines, start + 1):
        idx, opening = _post_head(lines, start + 1, end, post)
        if _is_icon_label(first.strip()):
            post.labels.insert(0, Label(first.strip(), start + 1))  # the entry's icon, by its label
            return idx, opening
        return idx, [Block("image", first.strip(), start + 1, start + 1), *opening]
    if _SCORE_HEAD_RE.match(first.strip()) and start + 1 < end and lines[start + 1].strip():
        post.title, post.title_line = first.strip().rstrip(":"), start + 1  # a tennis match's score over its game
        return start + 1, []
    kind = _KIND_HEAD_RE.match(first.strip())
    if kind is not None:
        # "16:30 Commentary": the entry's time, and its kind as a label
        post.stamp = Stamp(f"{kind['h']}:{kind['m']}", int(kind["h"]), int(kind["m"]), line=start + 1)
        post.labels.append(Label(kind["kind"], start + 1))
        return start + 1, []
    listed = _LISTED_KIND_HEAD_RE.match(first.strip())
    if listed is not None and (listed["h"] or not listed["title"]):
        # "1. 1300 BST: Commentary", "4. 1315 Commentary Schedule of events:", "5. SMS": the time, the kind as a
        # label, and the entry's title when it has one
        if listed["h"]:
            post.stamp = Stamp(f"{listed['h']}{listed['m']}", int(listed["h"]), int(listed["m"]), line=start + 1)
        post.labels.append(Label(listed["kind"], start + 1))
        if listed["title"]:
            post.title, post.title_line = listed["title"], start + 1
        return start + 1, []
    sourced = _SOURCE_LABEL_RE.match(first.strip())
    if sourced is not None:
        post.labels.append(Label(sourced["kind"], start + 1))
        return start + 1, [Block("paragraph", sourced["rest"], start + 1, start + 1)]
    labelled = _KIND_LABEL_RE.match(first.strip())
    rest = labelled["rest"] or "" if labelled is not None else ""
    if rest[:1].isdigit():
        labelled = None  # a title naming the number to text ("3. Text 81111"), no kind
    if labelled is not None and rest.endswith(":"):
        # the kind run into the speaker of the words under it ("1. Commentary Nelson Mandela:" / "\"The 2010 …\"")
        post.labels.append(Label(labelled["kind"], start + 1))
        return start + 1, [Block("paragraph", rest, start + 1, start + 1)]
    if labelled is not None and (not rest or not ends_sentence(rest)):
        # an untimed entry's kind ("606"), perhaps run into its writer ("Contributor BBC Sport's … Phil McNulty")
        post.labels.append(Label(labelled["kind"], start + 1))
        writer = (labelled["rest"] or "").split()
        if len(writer) >= 2 and is_person_name(" ".join(writer[-2:])):
            post.byline = Byline(" ".join(writer[-2:]), " ".join(writer[:-2]), start + 1, start + 1)
        return start + 1, []
    played = minute_entry(first)
    if played is not None:
        # a sport page's entry opening with the match minute ("80 mins: England drive …"): the minute labels it
        post.labels.append(Label(played[0], start + 1))
        return start + 1, [Block("paragraph", played[1], start + 1, start + 1)]
    entry = clock_entry(first, start + 1)
    if entry is not None:
        # An older page's entry opens with its time: "0305: The result …", "3. 19:44: GOAL …", perhaps
        # under a capitalised keyword ("BUDGET 06:03:") and over its writer or source on the same line.
        post.stamp, marker, rest = entry
        keyword = entry_keyword(first)
        fused = None if keyword else _FUSED_KEYWORD_RE.match(rest)
        if fused is not None:
            # a copy ran the entry's capitalised keyword into its text ("1522:TENNISFormer world No 1 …"), perhaps
            # after the writer ("BBC Sport's chief sport writer Tom FordyceBRADLEY DAVIES BANMore from …")
            keyword, rest = fused["keyword"], fused["text"]
            writer = (fused["by"] or "").split()
            if len(writer) >= 4 and is_person_name(" ".join(writer[-2:])):
                post.byline = Byline(" ".join(writer[-2:]), " ".join(writer[:-2]), start + 1, start + 1)
        if keyword:
            post.title, post.title_line = keyword, start + 1
        named = name_and_role(rest)
        if named is not None:
            post.byline = Byline(named[0], named[1], start + 1, start + 1)
            return start + 1, []
        if keyword and rest and len(rest.split()) <= _SOURCE_WORDS and not ends_sentence(rest):
            post.labels.append(Label(rest, start + 1))  # the source: "OUTRAGE! 06:06: Radio 5 live"
            return start + 1, []
        if rest:
            return start + 1, [Block("paragraph", rest, start + 1, start + 1, marker=marker)]
        post.title_line = start + 1
        return start + 1 if keyword else _heading_under_clock(lines, start + 1, end, post), []
    number_match = _NUMBER_RE.match(first)
    if number_match:
        pictured = _CLOCK_FILE_RE.match(number_match[2].strip())
        if pictured is not None:
            # a picture's file name run onto the entry's time ("1749 1429465-high_res-formula-1-2012"): its picture
            idx = _numbered_head(lines, start, end, pictured["clock"], post)
            return idx, [Block("image", pictured["file"], start + 1, start + 1)]
        return _numbered_head(lines, start, end, number_match[2].strip(), post), []
    if _BARE_NUMBER_RE.match(first):
        # an entry with no head on the number's line: its time may follow on a line of its own ("  2.  " / "0930:"),
        # else its text does
        following = next((i for i in range(start + 1, end) if lines[i].strip()), None)
        if following is not None and clock_entry(lines[following], following + 1) is not None:
            return _post_head(lines, following, end, post)
        return start + 1, []
    if _bylined_title(lines, start):
        post.title, post.title_line = first.strip(), start + 1
        return start + 1, []
    return start, []


#: An entry's time with a picture's file name after it: "1749 1429465-high_res-formula-1-2012".
_CLOCK_FILE_RE = re.compile(
    r"^(?P<clock>(?:[01]\d|2[0-3])[:.]?[0-5]\d:?)\s+(?P<file>(?=[\w-]*\d)(?=[\w-]*[_-])[\w-]+(?:\.(?:jpe?g|png|gif))?)$"
)
#: An entry's capitalised keyword run into its text by a copy ("TENNISFormer world No 1 …", "REDKNAPP
#: ACQUITTALLord Sugar tells …"), perhaps after the writer's role and name ("… Tom FordyceBRADLEY DAVIES BANMore").
_FUSED_KEYWORD_RE = re.compile(
    r"^(?:(?P<by>[^:]{3,80}?[a-z]))?(?P<keyword>[A-Z][A-Z’'&-]+(?:\s+[A-Z][A-Z’'&-]+){0,3})(?P<text>[A-Z][a-z’'].*)$"
)


def _stamped_head(lines: list[str], start: int, title_idx: int, post: Post) -> int:
    """A head whose title is fused with its stamp on line ``title_idx`` (label lines may come first)."""
    # Everything between the number and the title is a label line.
    for probe in range(start, title_idx):
        text = _title_text(lines[probe]) if probe == start else lines[probe].strip()
        if text:
            post.labels.append(Label(text, probe + 1))
    fused = split_title_stamp(_title_text(lines[title_idx]), title_idx + 1)
    if fused is None:
        raise ValueError(f"line {title_idx + 1} holds no stamp")  # the caller found one there: a bug
    title, stamp = fused
    title = _unfuse_label(title, title_idx + 1, post)
    after = trailing_label(_title_text(lines[title_idx]))
    if after:
        post.labels.append(Label(after, title_idx + 1))
    post.title = title or None
    post.title_generic = title.lower() in GENERIC_TITLES
    post.title_line = title_idx + 1
    post.stamp = stamp
    minute = match_minute_stamp(_title_text(lines[title_idx])) if stamp is None else None
    if minute:
        post.labels.append(Label(minute, title_idx + 1))  # the match minute, the sport page's only time
    return title_idx + 1


#: The first digits of an entry's time, where the page was cut: "1", "13", "130".
_CUT_CLOCK_RE = re.compile(r"^\d{1,3}$")
#: The start of a stamp fused to a title, where the page was cut: "publis", "published at 1".
_CUT_STAMP_RE = re.compile(
    r"(?<=\S)publ(?:i(?:s(?:h(?:e(?:d(?:\s+(?:a(?:t(?:\s+\d{1,2}(?:[:.]\d{0,2})?)?)?)?)?)?)?)?)?)?$"
)


#: A stamp fused to a title whole up to its time, where the page was cut in what follows: "St Albanspublished at 19:32
#: Bri".
_CUT_AFTER_TIME_RE = re.compile(r"(?<=\S)published\s+at\s+(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\s+\S.{0,40}$")


def _uncut_title(text: str, line_no: int, post: Post) -> str:
    """The title on the page's last line, where the page was cut inside its fused stamp ("… by our word'publis") or
    after the stamp's time ("St Albanspublished at 19:32 Bri": the time stands, given to ``post``); ``text`` as it
    is when no stamp was cut there."""
    cut = _CUT_STAMP_RE.search(text)
    if cut is not None and cut.start() > 0:
        return text[: cut.start()]
    kept = _CUT_AFTER_TIME_RE.search(text)
    if kept is not None:
        hour, minute = int(kept["hour"]), int(kept["minute"])
        post.stamp = Stamp(f"{kept['hour']}:{kept['minute']}", hour, minute, line=line_no)
        return text[: kept.start()]
    return text


#: The most words left of a quoted title the page was cut inside (more read as a quotation opening the text).
_CUT_QUOTED_WORDS = 6

#: The most words of a label on a numbered entry's own line over its title ("athletics", "get involved").
_LABEL_WORDS = 3


def _numbered_head(lines: list[str], start: int, end: int, text: str, post: Post) -> int:
    """The head of a numbered post with no stamp: ``text`` follows the number (a label line, a title,
    a Sport commentary time, or the post's first words)."""
    below = next((i for i in range(start + 1, end) if lines[i].strip()), None)
    if (
        below is not None
        and not _next_text(lines, below + 1, len(lines))
        and len(text.split()) <= _LABEL_WORDS
        and (text.islower() or _is_label_line(text))
        and (title := _uncut_title(lines[below].strip(), below + 1, post)) != lines[below].strip()
    ):
        # a label on the number's line over the title, the page cut inside the title's stamp ("5. athletics" /
        # "Coming up nextpublished at 02:0")
        post.labels.append(Label(text, start + 1))
        post.title, post.title_line = title, below + 1
        return below + 1
    last = not _next_text(lines, start + 1, len(lines))
    if last:
        text = _uncut_title(text, start + 1, post)
    if last and _CUT_CLOCK_RE.match(text):
        return start + 1  # the page cut inside the entry's time ("  5. 1"): nothing of the entry is left
    posted = posted_stamp(text, start + 1)
    if posted is not None:
        # An older layout: "1. Posted at 7:24", the title on the next line.
        post.stamp = posted
        idx = start + 1
        while idx < end and not lines[idx].strip():
            idx += 1
        if idx < end and (is_headline_shaped(lines[idx].strip()) or _is_numbered_title(lines[idx].strip())):
            post.title, post.title_line = lines[idx].strip(), idx + 1
            return idx + 1
        return idx
    if _MEDIA_PLACEHOLDER_RE.match(text):
        post.labels.append(Label(text, start + 1))  # "Video content": the post's video, not its title
        return start + 1
    if _SENT_RE.match(_next_text(lines, start + 1, end)):
        return start  # a reader's name over "writes: …": the message's first words, not a title
    if is_person_name(text) and is_role(_next_text(lines, start + 1, end)):
        # a copy that lost the entry's title and time: its writer's name on the number's line over their role
        # ("1. Rupert Wingfield-Hayes" / "Reporting from Taiwan") is the untitled entry's byline
        role = next(i for i in range(start + 1, end) if lines[i].strip())
        post.byline = Byline(text, lines[role].strip(), start + 1, role + 1)
        return role + 1
    if _is_label_line(text):
        post.labels.append(Label(text, start + 1))
        idx = start + 1
        while idx < end and not lines[idx].strip():
            idx += 1
        if idx < end:
            post.title, post.title_line = lines[idx].strip(), idx + 1
            idx += 1
        return idx
    # (a quoted title the page was cut inside, its quotation never closed: "4. 'Beyond t")
    cut_quoted = last and text[:1] in "'‘\"“" and len(text.split()) <= _CUT_QUOTED_WORDS and not ends_sentence(text)
    if (is_headline_shaped(text) or _is_numbered_title(text) or cut_quoted) and not _CLOCK_TITLE_RE.match(text):
        text = _unfuse_label(text, start + 1, post)
        post.title, post.title_line = text, start + 1
        post.title_generic = text.lower() in GENERIC_TITLES
        return _take_section_line(lines, start + 1, end, post)
    clock = _CLOCK_TITLE_RE.match(text)
    if clock is not None:
        # BBC Sport commentary: the post's only title is its time ("1853:").
        post.stamp = Stamp(text, int(clock["hour"]), int(clock["minute"]), line=start + 1)
        post.title_line = start + 1
        return _heading_under_clock(lines, start + 1, end, post)
    return start  # untitled numbered post: the number line is body text


#: The most words a source named after an entry's time has ("Radio 5 live").
_SOURCE_WORDS = 4


def _text_taken_for_a_picture(body: list[Block]) -> None:
    """An entry with no paragraph has its text in its last long line read as a picture's name (an unstopped
    sentence: "The Paralympic flame touches down in the Olympic Stadium in the hands of Joe Townsend"): that
    line is a paragraph.  A picture's name is short, and its caption follows it."""
    if any(block.kind == "paragraph" for block in body):
        return
    last = body[-1] if body else None
    if last is not None and last.kind == "image" and len(last.text.split()) >= _UNSTOPPED_TEXT_WORDS:
        last.kind = "paragraph"


#: The fewest words of an unstopped line read as an entry's text rather than a picture's name.
_UNSTOPPED_TEXT_WORDS = 10


def _heading_under_clock(lines: list[str], idx: int, end: int, post: Post) -> int:
    """A heading printed straight under an entry's time, with a blank line after it, is the entry's title
    ("2. 1945:" then "MANAGER REACTION- Millwall 0-2 Wigan", "Arsenal 3-1 Norwich"); the index after it.
    A source or contributor line there ("BBC Sport Chief Football Writer Phil McNulty at Old Trafford",
    "BBC 2012, Olympic StadiumKEY MOMENT- …") is the entry's first line, not its title."""
    if idx + 1 >= end or not lines[idx].strip():
        return idx
    # (a picture's name may stand between the heading and the blank line: "REFEREE REACTION- Man City 2-3 Norwich" /
    # "Mark Halsey" / "")
    pictured = (
        idx + 2 < end
        and is_person_name(lines[idx + 1].strip())
        and not lines[idx + 2].strip()
        and bool(_CAPS_HEADING_RE.match(lines[idx].strip()))
    )
    if lines[idx + 1].strip() and not pictured:
        return idx
    text = lines[idx].strip()
    if pictured:
        post.title, post.title_line = text, idx + 1
        post.body.append(Block("image", lines[idx + 1].strip(), idx + 2, idx + 2))
        return idx + 2
    fused = _PICTURE_ON_SCORE_RE.match(text)
    if fused is not None:
        # a picture's name run into a match's score heading ("Manchester City striker Sergio AgueroMan City 2-3
        # Norwich"): the picture, then the entry's title
        post.body.append(Block("image", fused["picture"], idx + 1, idx + 1))
        post.title, post.title_line = fused["heading"], idx + 1
        return idx + 1
    if _ICON_BADGE_RE.match(text):
        post.labels.append(Label(text, idx + 1))  # the entry's icon, by its name ("1627:" / "Green Jersey")
        return idx + 1
    if _bbc_source(text) or _VIDEO_LABEL_RE.search(text) or _SPEAKER_LINE_RE.match(text):
        return idx  # (and a speaker's words after a colon: "England bowler Chris Tremlett: Wow. What a game.")
    if _name_role_line(text) is not None:
        return idx  # the writer's name and role ("Jennie Gow - BBC Radio 5 live pit-lane reporter"): the byline
    if not _is_numbered_title(text) and not _CAPS_HEADING_RE.match(text):
        return idx
    if clock_entry(text, idx + 1) is not None or _NUMBER_RE.match(text):
        return idx
    if _POINTS_TO_PICTURE_RE.search(_next_text(lines, idx + 1, end)):
        return idx  # a picture's name: the text under it says so ("Have a closer look at this picture.")
    post.title, post.title_line = text, idx + 1
    return idx + 1


#: A picture's name run into a match's score heading, no space between: "Manchester City striker Sergio AgueroMan City
#: 2-3 Norwich".
_PICTURE_ON_SCORE_RE = re.compile(
    r"^(?P<picture>[A-Z][^:]{2,80}?[a-z])(?P<heading>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,2}\s+\d{1,2}-\d{1,2}\s+"
    r"[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,2})$"
)


def _bbc_source(text: str) -> bool:
    """A BBC contributor's line ("BBC Sport Chief Football Writer Phil McNulty at Old Trafford"), not a heading that
    happens to start with the name ("BBC coverage")."""
    return text.startswith("BBC ") and len(text.split()) >= _SOURCE_LINE_WORDS


#: The fewest words of a contributor's line opening "BBC …".
_SOURCE_LINE_WORDS = 4


#: The 2012 sport pages' icons, printed by name under an entry's time: a race leader's jersey, a tweet, a text.
_ICON_BADGE_RE = re.compile(
    r"^(?:(?:Yellow|Green|White|Polka[- ][Dd]ot) [Jj]ersey|Tweet|Text|E-?mail|Quote|Envelope update)$"
)
#: A speaker named before a colon over words of more than one sentence ("England bowler Chris Tremlett: Wow. What a
#: game. Jimmy Anderson superb"): a quotation, not a heading.
_SPEAKER_LINE_RE = re.compile(r"^[A-Z][^:]{2,60}:\s+\S[^:]*?[.!?]\s+\S")
#: A quotation block's icon label run on to the quotation: "Quote Message: In addition to this …".
_QUOTE_ICON_RE = re.compile(r"^Quote Message:\s*(?P<rest>\S.*)$")
#: A speaker named (up to eight words) before a colon over six words or more of what they said.
_SPEAKER_WORDS_RE = re.compile(r"^[A-Z][\w’'.-]*,?(?:\s+[\w’'.-]+,?){0,7}:\s+[A-Z\"“‘'](?:\S*\s+){5}")
#: A video's label fused to the place it was filmed ("Live now, the North Greenwich ArenaKEY MOMENT", "BBC 2012,
#: Olympic StadiumKEY MOMENT- THE QUEEN ARRIVES …"): the entry's video, not its title or its words.
_VIDEO_LABEL_RE = re.compile(r"[a-z.,)]KEY MOMENT(?:-|$)")
#: A BBC Sport heading led by an upper-case label and a hyphen ("MANAGER REACTION- Millwall 0-2 Wigan", "BRONZE
#: MEDAL- Great Britain (Men's team gymnastics)"): a title however long.
_CAPS_HEADING_RE = re.compile(r"^[A-Z][A-Z0-9'&]+(?: [A-Z0-9'&]+){0,3}- \S")

#: Text that points at the picture above it: "Have a closer look at this picture."
_POINTS_TO_PICTURE_RE = re.compile(r"\b(?:this|these|the)\s+(?:picture|photo|photograph|image|shot)s?\b", re.IGNORECASE)


def _unfuse_label(title: str, line_no: int, post: Post) -> str:
    """The title less a label fused before it, which becomes one of the post's labels."""
    fused = _FUSED_LABEL_RE.match(title)
    if fused is None:
        return title
    post.labels.append(Label(fused["label"] or fused["badge"].capitalize(), line_no))
    return title[fused.end() :].lstrip()


def _is_numbered_title(text: str) -> bool:
    """On a numbered page the line after the number is the title unless it reads as body text.

    Older "Live Reporting" pages have short titles (``Goodbye!``), titles
    ending in ``...`` and generic ones (``Post update``).
    """
    words = text.split()
    if not words or text[0] in "\"“‘'":
        return False
    if text.endswith(_TRAILING_OFF) and len(words) <= _PROMPT_TITLE_WORDS:
        return True  # a question put to readers trailing off: "I asked which long cycling routes you … started…."
    if len(text) > 140 or len(words) > 16:
        return False
    return not ends_sentence(text) or text.endswith(("!", "?", *_TRAILING_OFF)) or len(words) <= 6


#: A title trailing off: "…", "...", and with a full stop after the ellipsis ("started….").
_TRAILING_OFF = ("...", "…", "….", "....")
#: The most words of a title trailing off (a question put to readers is long).
_PROMPT_TITLE_WORDS = 25


#: A social account's handle alone on its line: "@BBCNews".
_HANDLE_RE = re.compile(r"^@\w{1,30}$")
_SECTION_RE = re.compile(r"^(?:\S+(?:\s+\S+)?|.{0,30}\b(?:19|20)\d\d)$")


def _take_section_line(lines: list[str], idx: int, end: int, post: Post) -> int:
    """A section line printed under an older page's title (``Euro 2016``), or the match a Sport entry is
    about (``Bulgaria 0-6 England``): a label."""
    probe = idx
    while probe < end and not lines[probe].strip():
        probe += 1
    if probe >= end:
        return idx
    text = lines[probe].strip()
    following = next((lines[j].strip() for j in range(probe + 1, end) if lines[j].strip()), "")
    # (the match a Sport entry is about is a label too: "Bulgaria 0-6 England")
    # (and so is the fixture with its kick-off: "England v Iceland (20:00 BST)")
    section = (_SECTION_RE.match(text) and not ends_sentence(text)) or is_match_line(text) or _FIXTURE_RE.match(text)
    # (a tweet's sender card is the tweet's, not a section: "@BBCNews" / "BBC News" / "UK" / "tweets: …")
    if section and not is_person_name(text) and following and not _HANDLE_RE.match(text):
        post.labels.append(Label(text, probe + 1))
        return probe + 1
    return idx


def _take_label_lines(lines: list[str], idx: int, end: int, post: Post) -> int:
    """Label lines printed after the title (``Breaking`` on a line of its own, a Sport entry's fixture with its
    kick-off: ``England v Iceland (20:00 BST)``)."""
    probe = idx
    while probe < end:
        text = lines[probe].strip()
        if not text:
            probe += 1
            continue
        if post.title is not None and (_is_label_line(text) or _event_line(lines, probe, end, post)):
            post.labels.append(Label(text, probe + 1))
            probe += 1
            idx = probe
            continue
        break
    return idx


#: How readers send their messages, under a "Get Involved" title: a hashtag, a number to text, a way to send it.
_HOW_TO_SEND_RE = re.compile(r"#\w+|\btext\s+\d{5}\b|\bvia\s+(?i:whatsapp|e-?mail|text|sms|twitter|x)\b")


def _event_line(lines: list[str], idx: int, end: int, post: Post) -> bool:
    """A sport page's event line under a stamped title, over the entry's text ("Taylor made for gold?" / "Men's triple
    jump final (13:50 BST)" / "The men's triple jump is one of …"): a few words, no sentence, a label of the entry."""
    text = lines[idx].strip()
    if post.stamp is None or not post.labels or len(text.split()) > _EVENT_WORDS or ends_with_stop(text):
        return False
    if text.endswith((":", ",")) or is_person_name(text) or "Image source" in text or is_chrome(text):
        return False
    if _HOW_TO_SEND_RE.search(text):
        return False  # how to send a message ("#bbctennis or text 81111 (UK only)"): a reader's post's first line
    below = idx + 1
    while below < end:
        line = lines[below].strip()
        # (a picture may come first, "Christian TaylorImage source, Getty Images", or the writer's name and role,
        # "Tom Fordyce" / "Chief sports writer in Rio")
        if line and "Image source" not in line and not is_person_name(line) and not is_role(line):
            break
        below += 1
    following = lines[below].strip() if below < end else ""
    return len(following.split()) >= _EVENT_WORDS or ends_with_stop(following)


#: The most words of a sport page's event line under an entry's title (and the fewest of the text under it).
_EVENT_WORDS = 8


def _take_repeated_stamp(lines: list[str], idx: int, end: int, post: Post, feed: Feed) -> int:
    """A copy's second, zone-less print of the stamp (``published at 18:10 20 March``): page furniture."""
    probe = idx
    while probe < end and not lines[probe].strip():
        probe += 1
    if probe < end and post.stamp is not None and _REPEATED_STAMP_RE.match(lines[probe].strip()):
        feed.page_parts.append(Block("chrome", lines[probe].strip(), probe + 1, probe + 1))
        return probe + 1
    return idx


def _take_byline(lines: list[str], idx: int, end: int, post: Post, writers: frozenset[str] = frozenset()) -> int:
    """A name line followed by a role line (blank lines between allowed), or a name alone that the page gives one
    of its writers (``writers``), right after the title (or under the reader's question the post answers: "Question
    from John in Uganda" / "Helen Briggs" / "BBC News", the question's line then staying the post's first text)."""
    probe = idx
    while probe < end and not lines[probe].strip():
        probe += 1
    if (
        probe < end
        # (or under the match's score, which sport posts print first: "Final: Williams 7-14 Zhao" / "Steve Sutcliffe")
        and (
            _QUESTION_FROM_RE.match(lines[probe].strip())
            or is_data_line(_ROUND_NAME_RE.sub("", lines[probe].strip(), count=1))
        )
        and _take_byline(lines, probe + 1, end, post) > probe + 1
    ):
        return idx  # (the body skips the byline's lines: see _parse_post)
    if probe < end and (one_line := _name_role_line(lines[probe].strip())) is not None:
        # the name and the role on one line: "Laura Maxwell, BBC Scotland News"
        if any(line.strip() for line in lines[probe + 1 : end]):  # (the post's text under it)
            post.byline = Byline(one_line[0], one_line[1], probe + 1, probe + 1)
            return probe + 1
    role_at = probe + 1
    while role_at < end and not lines[role_at].strip():
        role_at += 1
    if role_at < end:
        name, role = lines[probe].strip(), lines[role_at].strip()
        if is_person_name(name) and role and is_role(role):
            post.byline = Byline(name, role, probe + 1, role_at + 1)
            return role_at + 1
        if name in writers and is_person_name(name):
            # a name alone, over the post's text, that the page names among its writers ("Edited by Alice Evans and
            # Francesca Gillett" / … / "Alice Evans" / "Last time we had …"): her byline, not a picture's name
            post.byline = Byline(name, None, probe + 1, probe + 1)
            return probe + 1
    return idx


#: A line naming the page's writers or editors: "Edited by Alice Evans and Francesca Gillett", "By Joel Gunter,
#: …", "Today's live coverage was brought to you by Rob Corp, …", "The page today has been written by …".
_WRITERS_LINE_RE = re.compile(
    r"^(?:edited\s+by|by|.{0,60}\b(?:brought\s+to\s+you|written|edited|put\s+together)\s+by)\s+(?P<names>[A-Z].*)$",
    re.IGNORECASE,
)


def _page_writers(lines: list[str]) -> frozenset[str]:
    """The names of the people a page says wrote or edited it (in its editors line or a closing post)."""
    names: set[str] = set()
    for line in lines:
        found = _WRITERS_LINE_RE.match(line.strip())
        if found is None:
            continue
        for name in re.split(r",\s*|\s+and\s+", found["names"].rstrip(".")):
            if is_person_name(name.strip()):
                names.add(name.strip())
    return frozenset(names)


#: The round's name before a sport post's score line: "Final: " in "Final: Williams 7-14 Zhao".
_ROUND_NAME_RE = re.compile(r"^[A-Z][\w-]*(?:\s+[\w-]+){0,2}:\s+")
#: A reader's question a post answers, named by its sender: "Question from John in Uganda".
_QUESTION_FROM_RE = re.compile(r"^Questions?\s+from\s+[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}$")
#: A writer's name and role on one line, a comma between: "Laura Maxwell, BBC Scotland News".
_NAME_COMMA_ROLE_RE = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})(?:,|\s+[-–])\s+(?P<role>[^,.]{3,60})$"
)


#: A reporter named with the BBC station or programme they report for: "Jo Deahl for 5 live", "Chris Mason for BBC
#: Radio 4", "Nick Eardley for Newsnight".
_NAME_FOR_STATION_RE = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+for\s+"
    r"(?P<role>(?:BBC\s+)?(?:Radio\s+\d(?:\s+[Ll]ive)?|5\s+[Ll]ive|Newsnight|Newsbeat|Today|World\s+Service)"
    r"|BBC(?:\s+[A-Z][\w’'-]*){1,3})$"
)


def _name_role_line(text: str) -> tuple[str, str] | None:
    """(name, role) of a writer's name and role on one line ("Laura Maxwell, BBC Scotland News", "Jennie Gow - BBC
    Radio 5 live pit-lane reporter", "Jo Deahl for 5 live"), or None."""
    reporting = _NAME_FOR_STATION_RE.match(text)
    if reporting is not None and is_person_name(reporting["name"]):
        return reporting["name"], "for " + reporting["role"]
    match = _NAME_COMMA_ROLE_RE.match(text)
    if match is None or not is_person_name(match["name"]) or not is_role(match["role"]):
        return None
    return match["name"], match["role"]


#: A reader's message under the sender's name: "texts: …", "tweets: …", "emails: …".
_SENT_RE = re.compile(
    r"^(?:(?:texts|tweets|emails|e-mails|writes|says)\s*:|(?:tweets|texts|emails)\s+(?:a|an|this|that|the|his|her|their)\s"
    r"|says\s+[a-z])"
)
#: The most words a sender's line has ("Reporter for The Wall Street Journal, Lisa Fleisher").
_SENDER_WORDS = 14


def _is_sender(text: str) -> bool:
    """A line that could name who sent what follows: a few words, a comma, no sentence end."""
    return "," in text and len(text.split()) <= _SENDER_WORDS and not ends_sentence(text)


#: A reader named over their message: "Sophie Atkins, in Leicester, UK", "Irina, in Kiev, Ukraine,".
_READER_RE = re.compile(r"^(?P<name>[^,]{2,40}),\s+(?:in\s+)?[A-Z][\w .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30})?,?$")
#: A pundit's or correspondent's source line over their quotation, inside an entry: a name, then the BBC's own
#: programme or role ("Nick Faldo, BBC Sport", "Bernard Gallacher, BBC Radio 5 live").
_BBC_SOURCE_RE = re.compile(r"^[^,]{2,60},\s+BBC\b[^.!?]{0,60}$")


def is_reader(text: str) -> bool:
    """True for a reader's name and place on a line of their own, over what they sent (a BBC source line is none)."""
    match = _READER_RE.match(text)
    return (
        match is not None
        and (is_person_name(match["name"]) or len(match["name"].split()) == 1)
        and _BBC_SOURCE_RE.match(text) is None
        and _SOURCE_LOGO_RE.match(text) is None  # (nor a BBC service with its region: "BBC Look North, Yorkshire")
    )


def _card_over_sent(text: str, below: str) -> bool:
    """A tweet's sender with no comma in their name ("Australian Aviation", "Foreign editor @ABC Jon Williams") over
    "tweets: …"."""
    return len(text.split()) <= _SENDER_WORDS and not ends_sentence(text) and _SENT_RE.match(below) is not None


def _sender_starts(lines: list[str], rest: list[int], following: dict[int, int]) -> set[int]:
    """In a copy with no numbers or times, the lines that start a contribution: a sender over what they sent
    ("Cameraman at @wfsbnews, Kevin Michael" / "tweets: …"), a reader's name and place over their message
    ("Sophie Atkins, in Leicester, UK" / "My Dad's wife …"), and a sender printed straight over such a sender
    (what they sent was lost: an embedded picture)."""
    starts: set[int] = set()
    above = dict(zip(rest[1:], rest))
    for i in reversed(rest):
        after = following.get(i)
        text = lines[i].strip()
        if after is None or not (_is_sender(text) or _card_over_sent(text, lines[after].strip())):
            continue
        if i in above and _keyword_clock(lines[above[i]], above[i] + 1) is not None:
            continue  # the writer under a keyword's heading ("TWEET 0937" / "Norman Smith, …"): that entry's
        if (
            _SENT_RE.match(lines[after].strip())
            or (is_reader(text) and _is_prose(lines[after].strip()))
            or (after == i + 1 and after in starts)
        ):
            starts.add(i)
    return starts


#: The most lines a tweet's sender card has under its handle (the name, the place) before "tweets: …".
_CARD_LINES = 2


def _in_sender_card(text: str, lines: list[str], idx: int, end: int) -> bool:
    """True for a line of a tweet's sender card: the handle alone on its line or a short line under it,
    with "tweets: …" at most :data:`_CARD_LINES` lines further down (``idx``: the line after ``text``)."""
    after = [lines[i].strip() for i in range(idx, end) if lines[i].strip()][: _CARD_LINES + 1]
    sent = next((n for n, line in enumerate(after) if _SENT_RE.match(line)), None)
    if sent is None:
        return False
    if _HANDLE_RE.match(text):
        return True
    before = [lines[i].strip() for i in range(idx - 2, -1, -1) if lines[i].strip()][:_CARD_LINES]
    return len(text.split()) <= _CARD_WORDS and any(_HANDLE_RE.match(line) for line in before[: _CARD_LINES - sent])


#: The most words a sender card's name or place line has.
_CARD_WORDS = 4


#: A video's (or a clip's) caption marker, never a picture's.
_MEDIA_CAPTION_RE = re.compile(r"^\s*(?:media|video|audio)\s+caption\s*[,:]", re.IGNORECASE)
#: The fewest words of a line that introduces the video under it (shorter ones are programme or station names).
_VIDEO_INTRO_WORDS = 5


def _introduces_video(text: str, following: str) -> bool:
    """True for a line of some length right over a video's caption marker."""
    return len(text.split()) >= _VIDEO_INTRO_WORDS and _MEDIA_CAPTION_RE.match(following) is not None


def _next_text(lines: list[str], idx: int, end: int) -> str:
    """The next non-blank line from ``idx`` on (before ``end``), stripped; "" when there is none."""
    return next((lines[i].strip() for i in range(idx, end) if lines[i].strip()), "")


#: A writer's greeting on a line of its own: "Good morning,", "Hello everyone,", "Hi all".
_SALUTATION_RE = re.compile(
    r"^(?:good\s+(?:morning|afternoon|evening)|hello|hi|welcome\s+back)(?:\s+(?:all|everyone|everybody|again))?[,!]?$",
    re.IGNORECASE,
)


def _is_alt_text(text: str, blocks: list[Block], no: int, last_line: int, following: str = "") -> bool:
    """An image's alt text: an unpunctuated description, not a cut-off last line or a quotation.

    Before a post's first paragraph any unpunctuated line is a picture's alt
    text (``London Stansted Airport``); later it needs four words.
    """
    if ends_sentence(text) or no == last_line or any(q in text for q in '"“”'):
        return False
    if _SALUTATION_RE.match(text) or _QUESTION_FROM_RE.match(text):
        return False  # the writer greeting the readers ("Good morning,"), a reader's question's sender: the post's text
    if _READ_TWEETS_RE.search(text):
        return False  # a tweet's text with the 2010 pages' link to its sender ("… TONIGHT. Read AhmNoHere's tweets")
    if _STATS_LINE_RE.search(text):
        return False  # a scorecard's or a table's line ("England 107-8 (40 overs)", "Batsmen: Moeen 8*")
    if _ON_AIR_SOURCE_RE.match(text):
        return False  # the words' source under a pundit's boxed quote ("Ian Chappell on TMS")
    if text.isupper() and len(text.split()) >= _SHOUT_WORDS:
        return False  # the writer shouting the news ("ENGLAND 102 ALL OUT"): no picture is described in capitals
    if _ADDRESSES_READER_RE.search(text):
        return False  # the post speaks to its reader ("Find out how long you're predicted to live and join the
        # conversation using the hashtag #LivingLonger"): a picture's description never does
    if _CREDITS_RE.search(text):
        return False  # the closing post's credits: "Today's live coverage was brought to you by …, … and …"
    if blocks and blocks[-1].kind == "caption" and len(text.split()) >= _PROSE_AFTER_CAPTION_WORDS:
        return False  # the picture above has its caption: a long line under it is a paragraph that lost its stop
    before_prose = not any(block.kind in ("paragraph", "quote", "bullet") for block in blocks)
    if before_prose and len(text.split()) >= _UNSTOPPED_TEXT_WORDS and _LEANS_BACK_RE.match(following):
        return False  # a post's first sentence that lost its stop, the next leaning on it: "Yui Kamiji … are
        # underway in the … final" / "They are defending their title …" (an alt's next paragraph starts afresh)
    return before_prose or len(text.split()) >= 4


#: A reader's message signed under it: "From Charlotte, Kent, via text on 81111", "Andy, Leeds, via e-mail".
_SENDER_RE = re.compile(
    r"^(?:From\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3}|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:,\s*[A-Z][\w’'. -]{1,40})?,?\s+"
    # (or a forum's: "From myfaceisgreen on 606", and "From anon via text on 81111")
    r"(?:(?:via|by)\s+(?:text|e-?mail|sms|twitter)\b.{0,40}|on\s+606)$"
)
#: A line that addresses its reader ("you", "your"), asks them to send in their views ("Text us on 81111", "Email us")
#: or ends on a hashtag to join: a post's text, never alt text.
_ADDRESSES_READER_RE = re.compile(
    r"\b(?i:you|your|you[’']re|you[’']ll)\b|#\w+$|^(?i:text|e-?mail|tweet|send|contact|message)\s+us\b"
    # (or gives a number to ring: "To report traffic and travel incidents dial 0330 123 0184 at any time")
    r"|\b(?i:dial|call|ring|phone)\s+\d[\d ]{6,}"
)
#: A paragraph opening with a pronoun that refers back to the one above.
_LEANS_BACK_RE = re.compile(r"^(?:They|He|She|It|Their|His|Her|Its)\s")


#: A live page's credits, unstopped at the end of its closing post: "Today's live coverage was brought to you by
#: Robert Greenall, Thomas Spender … and Alice Cuddy".
_CREDITS_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:brought\s+to\s+you|edited|written|produced|compiled)\s+by\s+[A-Z]"
)
#: A news agency's caption as a picture's alt: what it shows, then the place and the day after commas ("Greek rescue
#: workers search amid the rubble …, in Beirut, Lebanon, 07 August 2020.").
_AGENCY_ALT_RE = re.compile(rf",\s+\d{{1,2}}\s+(?i:{MONTH_PATTERN})\s+(?:19|20)\d{{2}}\.?$")
#: The 2010 pages' link after a quoted tweet: "Read andylockran's tweets".
_READ_TWEETS_RE = re.compile(r"\bRead\s+\S+['’]s\s+tweets$")
#: The fewest words of an unpunctuated line under a picture's caption that make it a paragraph, not the next
#: picture's name ("Downing Street has responded to criticism that the G7 barbecue … did not comply with …").
_PROSE_AFTER_CAPTION_WORDS = 12
#: The fewest words of a line in capitals read as the writer's shout rather than a picture's description.
_SHOUT_WORDS = 3


#: A line of figures no picture is named with: a score ("107-8", "6-2-14-0") or a "Label: figures" line.
_STATS_LINE_RE = re.compile(r"\b\d+-\d+\b|^[A-Z][\w ]{1,30}:\s.*\d")


def _is_picture_name(text: str) -> bool:
    """A picture's name at the very end of an entry, with the next entry straight under it ("Chelsea's
    players"): a few words, unpunctuated, no quotation."""
    return (
        2 <= len(text.split()) <= _PICTURE_NAME_WORDS and not ends_sentence(text) and not any(q in text for q in '"“”:')
    )


#: The most words of an icon's label printed over an entry ("It's good news for a Briton at Wimbledon").
_ICON_LABEL_WORDS = 10


def _is_icon_label(text: str) -> bool:
    """An icon's label over an entry on the 2008-2009 sport pages ("It's good news for a Briton at Wimbledon",
    "Someone is having a tantrum at Wimbledon"): longer than a picture's name, unpunctuated, no quotation."""
    return (
        _PICTURE_NAME_WORDS < len(text.split()) <= _ICON_LABEL_WORDS
        and text[:1].isupper()
        and not ends_sentence(text)
        and not any(q in text for q in '"“”:')
    )


def _name_over(lines: list[str], idx: int) -> str | None:
    """The picture's or icon's name on the line straight over ``lines[idx]``, a blank line or nothing above it;
    None when that line is no such name."""
    if idx < 1 or idx >= len(lines) or (idx >= 2 and lines[idx - 2].strip()):
        return None
    text = lines[idx - 1].strip()
    return text if _is_picture_name(text) or _is_icon_label(text) else None


def _picture_over_clock(lines: list[str], idx: int) -> bool:
    """Whether ``lines[idx - 1]`` is a picture's name printed straight over the entry whose time opens
    ``lines[idx]`` or ends its heading there (a blank line or nothing above it): a few unpunctuated words, not
    capitals, not an icon's furniture ("Wicket falls", "e-mail sent in by reader")."""
    text = _name_over(lines, idx)
    return (
        text is not None
        and not text.isupper()
        and not is_chrome(text)
        and clock_entry(text, idx) is None
        # (the entry's time opening its line, or run into its heading: "Barkhad Abdi 23:36:")
        and (clock_entry(lines[idx], idx + 1) is not None or _keyword_clock(lines[idx], idx + 1) is not None)
        and not _BARE_NUMBER_RE.match(text)
    )


#: The most words a picture's name left at an entry's end has.
_PICTURE_NAME_WORDS = 5
#: The most words of a picture's name between a title and its text in a copy ("Yanis Varoufakis with Ireland's
#: Michael Noonan"): the title above and the paragraph below leave it no other reading.
_PICTURE_UNDER_TITLE_WORDS = 7


def _names_picture_over(block: Block, credit_line: int) -> bool:
    """True for a paragraph that is the name of the picture whose credit line (``credit_line``) follows it: short,
    unstopped, at most a blank line above the credit."""
    return (
        block.kind == "paragraph"
        and credit_line - block.last_line <= 2
        and len(block.text.split()) <= _PICTURE_UNDER_TITLE_WORDS
        and not ends_sentence(block.text)
        and not block.text.endswith(":")
    )


def _body_blocks(
    lines: list[str], idx: int, end: int, first_is_numbered: bool = False, degraded: bool = False, last_line: int = 0
) -> list[Block]:
    """Classify the body lines of one BBC post into blocks (``last_line``: the file's last content line)."""
    blocks: list[Block] = []
    while idx < end:
        raw = lines[idx]
        text = raw.strip()
        no = idx + 1
        numbered = _NUMBER_RE.match(raw) if first_is_numbered and blocks == [] else None
        if numbered is not None:
            text = numbered[2].strip()
        if not text:
            idx += 1
            continue
        caption = _CAPTION_MARKER_RE.match(text)
        if caption:
            idx = _take_caption(lines, idx, end, caption, blocks)
            continue
        if (quoted := _QUOTE_ICON_RE.match(text)) is not None:
            # a quotation run on to its block's icon label ("Quote Message: In addition to this …"): the quotation
            blocks.append(Block("quote", quoted["rest"], no, no))
            idx += 1
            continue
        idx += 1
        next_raw = lines[idx] if idx < end else ""
        following = _next_text(lines, idx, end)
        bullet = _BULLET_RE.match(raw)
        source = _IMAGE_SOURCE_RE.match(text) if "Image source," in text else None
        if bullet:
            blocks.append(Block("bullet", bullet[1].strip(), no, no))
        elif source:
            blocks.append(Block("image", source["alt"].strip(), no, no, credit=source["credit"]))
        elif copyright_ := _COPYRIGHT_RE.match(text):
            named = blocks[-1] if blocks and not copyright_["alt"].strip() else None
            if named is not None and _names_picture_over(named, no):
                # the picture's name over its credit, a blank line between ("Raymond Poulidor" / "Copyright: @ITV4")
                named.kind, named.credit, named.last_line = "image", copyright_["credit"].strip(), no
            else:
                blocks.append(Block("image", copyright_["alt"].strip(), no, no, credit=copyright_["credit"].strip()))
        elif _CAPTION_MARKER_RE.match(next_raw.strip()) and next_raw.strip():
            blocks.append(Block("image", text, no, no))
        elif is_embed(text):
            blocks.append(Block("embed", text, no, no))
        elif is_link_out(text):
            blocks.append(Block("link-out", text, no, no))
        elif is_quote(text):
            blocks.append(Block("quote", text, no, no))
        elif _SENT_RE.match(following) or _in_sender_card(text, lines, idx, end):
            # a reader's name over "texts: …", or a line of a tweet's sender card ("@BBCNews" / "BBC News" / "UK"
            # over "tweets: …"): the message's sender
            blocks.append(Block("paragraph", text, no, no))
        elif _introduces_video(text, following):
            # a line of some length over a video's caption ("Theresa May's evening update on events in Manchester"
            # / "Media caption, …"): the post's words about the video (a video carries no alt text)
            blocks.append(Block("paragraph", text, no, no))
        elif _VIDEO_LABEL_RE.search(text):
            blocks.append(Block("image", text, no, no))  # a video's label ("… ArenaKEY MOMENT")
        elif _SENDER_RE.match(text):
            blocks.append(
                Block("paragraph", text, no, no)
            )  # a message's sender ("From Charlotte, Kent, via text on 81111")
        elif is_over_line(text):
            blocks.append(Block("paragraph", text, no, no))  # a cricket over's score, the entry's text: no picture
        elif _SPEAKER_WORDS_RE.match(text):
            # someone's words after their name and a colon ("Former England batsman Mark Butcher: Funny how a
            # player's relative popularity …"), however they end: never a picture's name
            blocks.append(Block("paragraph", text, no, no))
        elif (
            _is_figure(text)
            or _AGENCY_ALT_RE.search(text)
            or (
                not degraded
                and _is_alt_text(text, blocks, no, last_line, following)
                and "Image source," not in following
            )
        ):
            # (over a picture whose alt the page marks with its source, an unpunctuated line is the entry's
            # subheading, not another picture's name: "The Syrian 23-year-old died in the fire")
            blocks.append(Block("image", text, no, no))
        elif not degraded and idx == end < len(lines) and no != last_line and _is_picture_name(text):
            blocks.append(Block("image", text, no, no))  # a picture's name the copy left on the next entry
        elif _repeats_text_above(text, blocks):
            blocks.append(Block("image", text, no, no))  # a tweeted picture's caption: "Minesweeper Turbinist …"
        else:
            blocks.append(Block("paragraph", text, no, no))
    return blocks


#: Words a sentence never ends on: an article, a determiner or a preposition wanting its noun.
_OPEN_END_RE = re.compile(r"\b(?:the|a|an|our|their|his|her|its|this|these|my|your|of|to|from|with|on|at|by|for)$")


def _join_broken_paragraphs(body: list[Block]) -> list[Block]:
    """``body`` with each paragraph a copy broke where a link was lost joined again ("… In the meantime, here's the" /
    "" / "report on Gilbert's victory."): across one blank line, a paragraph stopping on a word no sentence ends on
    (or a line read as a link's with no stop: "You can read our main story" / "" / "here and check back …"), and one
    opening in lower case."""
    joined: list[Block] = []
    for block in body:
        above = joined[-1] if joined else None
        if (
            above is not None
            and above.kind in ("paragraph", "link-out")
            and block.kind == "paragraph"
            and block.first_line - above.last_line == 2
            and block.text[:1].islower()
            and (
                _OPEN_END_RE.search(above.text) is not None
                # (a link's words left alone, "You can read our main story" / "here and check back …")
                or (above.kind == "link-out" and not ends_sentence(above.text) and not _SENT_RE.match(block.text))
            )
        ):
            joined[-1] = Block("paragraph", f"{above.text} {block.text}", above.first_line, block.last_line)
            continue
        joined.append(block)
    return joined


#: The fewest words of an unpunctuated line that repeats the text above it as a picture's caption.
_REPEATED_CAPTION_WORDS = 4


def _repeats_text_above(text: str, blocks: list[Block]) -> bool:
    """An unpunctuated line whose words the text just above holds (the picture a tweet carried, captioned
    with the tweet's words: "tweets: Minesweeper Turbinist … this morning - #Crimea" / "Minesweeper …")."""
    if not blocks or ends_sentence(text) or len(text.split()) < _REPEATED_CAPTION_WORDS:
        return False
    return normalise(text) in normalise(blocks[-1].text)


_DASH_BULLET_RE = re.compile(r"^-\s+(\S.*)$")
_MEDIA_PREFIX_RE = re.compile(r"^(watch|listen|video|audio)\s*:", re.IGNORECASE)


#: The most words of the next sentence a copy leaves on a line it broke after a sentence.
_BROKEN_TAIL_WORDS = 3
#: A sentence's end inside a line, the next sentence starting after it ("… in midday trading. The").
_INNER_END_RE = re.compile(r"[a-z0-9)%][.!?]['\"”’]?\s+[A-Z\"“‘]")


def _is_prose(text: str) -> bool:
    """A paragraph: a sentence of six words or more, or one the copy broke the line after, the next
    sentence begun ("Wall Street remains lower in midday trading. The")."""
    if ends_sentence(text):
        return len(text.split()) >= 6
    ends = [match.start() for match in _INNER_END_RE.finditer(text)]
    if not ends:
        return False
    head, tail = text[: ends[-1] + 2], text[ends[-1] + 2 :]
    # (the next sentence only just begun: a summary item that runs on after a question is no paragraph)
    return len(head.split()) >= 6 and len(tail.split()) <= _BROKEN_TAIL_WORDS


def _icon_over_title(lines: list[str], idx: int, following: dict[int, int]) -> bool:
    """An icon's name ("Green jersey", "Yellow jersey") straight over a title in a flattened copy (however short:
    "As you were", the icon marking the entry's start), the title over the entry's text."""
    after = following.get(idx)
    if after is None:
        return False
    title = lines[after].strip()
    text_at = following.get(after)
    return _degraded_title(lines, after, following) or (
        text_at is not None
        and 1 <= len(title.split()) <= _ICON_TITLE_WORDS
        and not ends_sentence(title)
        # (the copy's last line may be cut off before its stop)
        and (_is_prose(lines[text_at].strip()) or len(lines[text_at].split()) >= _CUT_TEXT_WORDS)
    )


#: The most words of a title under an icon's name in a flattened copy.
_ICON_TITLE_WORDS = 8
#: A line of this many words is text, its stop perhaps cut off.
_CUT_TEXT_WORDS = 12


#: The fewest words of a copy's cut last line that read as the text under a title ("Braintree Town v FC Halifax Town" /
#: "Live coverage of Saturday's National League game between Br").
_CUT_LAST_LINE_WORDS = 8


def _degraded_title(lines: list[str], idx: int, following: dict[int, int]) -> bool:
    """A title in a flattened copy: headline-shaped and followed by a paragraph.

    ``following`` maps a content line's index to the next content line's.
    """
    text = lines[idx].strip()
    if _SOURCE_LOGO_RE.match(text):
        return False  # a BBC service's name under a title ("BBC News Travel"): the post's source, never its title
    if _short_title_over_byline(lines, idx, following):
        return True
    after = following.get(idx)
    if after is not None and text.lower() in GENERIC_TITLES:
        return True  # an untitled post's generic heading ("Post update")
    if after is not None and _BADGE_TITLE_RE.match(text):
        return True  # the 2013 pages' breaking entry: "BREAKING Breaking News" (or "Breaking News") over its text
    if after is not None and _repeated_by_caption(text, lines[after].strip()):
        return False  # a picture's alt, the caption under it repeating it: "… from 1979 to 1990" / "… 1990, and …"
    if (
        after is not None
        and is_headline_shaped(text)
        and _SOURCE_LOGO_RE.match(lines[after].strip())
        and following.get(after) is not None
    ):
        return True  # a title over its source's logo, then the post: "Forecast for crash site" / "BBC Weather" / …
    if after is not None and _alt_over_short_title(lines, idx, after, following):
        return False  # a picture's alt over the next entry's short title: "A rescuers points to the plane crash site …"
        # / "Last performance of opera singers" / text
    if (
        after is not None
        and after > idx + 1
        and _picture_under(lines, after, following) is not None
        # (a quoted title under the line is the next entry's title, the line the picture's alt above it: "A man
        # holds up a sign …" / "'Large European contingent'" / text)
        and not _QUOTED_TITLE_RE.match(lines[after].strip())
    ):
        # a title over its picture's name (and credit), then the text: "Flight to safety" / "Gold bars" / "Reuters"
        if is_headline_shaped(text) or _short_degraded_title(lines, idx):
            return True
    if after is not None and _CAPS_TITLE_RE.match(text) and _is_prose(lines[after].strip()):
        return True  # a capitalised heading over its entry's text, as the 2010-2014 pages set one: "MATCH OF THE DAY"
    if not _title_shaped(text) and not (after is not None and _short_degraded_title(lines, idx)):
        return False
    if (
        after is not None
        and _MEDIA_PREFIX_RE.match(text)
        and is_person_name(lines[after].strip())
        and (role_at := following.get(after)) is not None
        and is_role(lines[role_at].strip())
    ):
        return True  # a video's title over its presenter's name and role ("Watch: Monday's forecast …" / "Lisa
        # Gallagher" / "Weather presenter, BBC Look North")
    if _MEDIA_PREFIX_RE.match(text) or is_link_out(text) or after is None or _BBC_SOURCE_RE.match(text):
        return False  # (a pundit's source line over their words is no title: "Nick Faldo, BBC Sport")
    next_text = lines[after].strip()
    if _SENT_RE.match(next_text) or is_reader(text):
        return False  # a sender over what they sent: "Hassan Hassan, Abu Dhabi" / "tweets: …"
    if _is_prose(next_text) or (after not in following and len(next_text.split()) >= _CUT_LAST_LINE_WORDS):
        return True  # followed by a paragraph (the copy's last one may be cut off mid-sentence)
    if _short_then_prose(lines, after, following) and _title_shaped(text):
        return True  # its text opens with a short sentence ("What's Netta most looking forward to …?" / "One word -
        # houmous." / "We can't blame her, to be honest.")
    if after not in following and _short_degraded_title(lines, idx) and next_text[:1].isupper():
        return True  # a short heading set apart over the copy's cut last line ("Markets update" / "FTSE 100 ended")
    if _LEAD_IN_RE.match(next_text) and (is_headline_shaped(text) or _QUOTED_TITLE_RE.match(text)):
        return True  # over a lead-in to an embed the copy dropped ("'Utterly devastating'" / "MPs tweet...")
    role_at = following.get(after)
    if is_person_name(next_text) and role_at is not None and is_role(lines[role_at].strip()):
        return True
    # over its writer's name and role on one line ("Vote 2014 at-a-glance: …" / "Alex Hunt, Politics editor, BBC …")
    return is_headline_shaped(text) and _named_with_comma(next_text) is not None


#: A heading in capitals alone on its line, a few words long: "MATCH OF THE DAY", "BUDGET 2014", "TEAM NEWS".
#: (two words at least: a lone word in capitals is as often a picture's credit, "BBC", "PA")
_CAPS_TITLE_RE = re.compile(r"^(?=.*[A-Z]{3})[A-Z][A-Z0-9'’&-]*(?:\s+[A-Z0-9'’&-]+){1,5}$")


def _alt_over_short_title(lines: list[str], idx: int, after: int, following: dict[int, int]) -> bool:
    """True for a long unstopped line (a picture's description) straight over a short headline-shaped one with a
    paragraph under it: the short one is the title, the long one the picture above it."""
    text, below = lines[idx].strip(), lines[after].strip()
    prose_at = following.get(after)
    return (
        len(text.split()) >= _ALT_WORDS
        and not ends_sentence(text)
        and len(below.split()) <= _SUBTITLE_WORDS
        and is_headline_shaped(below)
        and prose_at is not None
        and _is_prose(lines[prose_at].strip())
    )


#: A BBC service's logo left as its name under a post's title ("BBC Weather" over a forecast, "BBC Sport").
#: (or a programme, station or local service named in capitalised words, perhaps with its region after a comma:
#: "BBC News Travel", "BBC West Yorkshire Sport", "BBC Look North, Yorkshire")
_SOURCE_LOGO_RE = re.compile(
    r"^BBC(?:\s+(?:[A-Z][\w'’&-]*|\d|live)){1,4}(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?$"
)
#: The fewest words of a picture's description over a short title; the most words of that title.
_ALT_WORDS = 16
_SUBTITLE_WORDS = 8


def _short_then_prose(lines: list[str], idx: int, following: dict[int, int]) -> bool:
    """True when line ``idx`` is a short sentence (too short for :func:`_is_prose`) with a paragraph under it."""
    text = lines[idx].strip()
    below = following.get(idx)
    return (
        ends_sentence(text)
        and text[:1].isupper()
        and 2 <= len(text.split()) < 6
        and below is not None
        and _is_prose(lines[below].strip())
    )


#: The 2012-2013 "As it happened" pages' breaking entry's heading, with its badge in capitals or without, perhaps with
#: its time between them ("BREAKING 1730 Breaking News").
_BADGE_TITLE_RE = re.compile(r"^(?:BREAKING\s+)?(?:(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s+)?Breaking\s+News$")
#: The fewest words of a picture's alt that a caption repeats.
_REPEATED_ALT_WORDS = 4


def _repeated_by_caption(text: str, below: str) -> bool:
    """A picture's unstopped alt whose caption under it repeats it and goes on ("Baroness Thatcher was … from 1979
    to 1990" / "Baroness Thatcher was … from 1979 to 1990, and the first woman to hold the post.")."""
    return (
        len(text.split()) >= _REPEATED_ALT_WORDS
        and not ends_sentence(text)
        and below.startswith(text)
        and len(below) > len(text)
        and below[len(text)] in ",;: "
    )


def _writer_over_sent(lines: list[str], idx: int, following: dict[int, int]) -> bool:
    """A writer's name and role on one line over what they sent ("Nick Robinson, Political editor" / "tweets: …"):
    an entry of its own on an "As it happened" page whatever the gap above it."""
    after = following.get(idx)
    return (
        after is not None
        and name_and_role(lines[idx].strip()) is not None
        and bool(_SENT_RE.match(lines[after].strip()))
    )


def _named_with_comma(text: str) -> tuple[str, str] | None:
    """(name, role) of a writer's line that parts the two by a comma ("Alex Hunt, Politics editor, BBC News
    Online"), or None."""
    named = name_and_role(text)
    return named if named is not None and text[len(named[0]) : len(named[0]) + 1] == "," else None


#: A short lead-in to what a copy dropped (a tweet, a video): "MPs tweet...", "Here's the moment:".
_LEAD_IN_RE = re.compile(r"^\S+(?:\s+\S+){1,7}(?:\.\.\.|…|:)$")
#: A title that is a quotation, perhaps with a word or two after it: "'Utterly devastating'", "'Heartbreaking'
#: scenes" (not a quotation and its speaker: "'We are fine,' says Bob").
_QUOTED_TITLE_RE = re.compile(
    r"^['‘\"“][^'’\"”]{3,80}['’\"”](?:\s+(?!(?:says?|said|tweets?|writes?|adds?)\b)[\w’'-]+){0,3}$"
)
#: A title that is a quotation after its speaker: "Eyewitness: \"I could hear crying and screaming\"".
_SPEAKER_QUOTE_TITLE_RE = re.compile(r"^[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}:\s+['‘\"“][^'’\"”]{3,80}['’\"”]$")
#: A news agency's credit line under a picture's name in a copy ("Reuters", "PA", "AFP/Getty Images").
_CREDIT_LINE_RE = re.compile(
    r"^(?:Reuters|PA(?:\s+Media)?|AP|AFP|EPA|Getty\s+Images|AFP/Getty\s+Images|Alamy|Shutterstock|BBC|Rex|Bloomberg)$"
)


def _picture_under(lines: list[str], idx: int, following: dict[int, int]) -> int | None:
    """When line ``idx`` is a picture's name (a few words, unpunctuated), perhaps over an agency's credit
    line, with a paragraph after it: the index of that paragraph; None otherwise."""
    text = lines[idx].strip()
    if _alt_over_caption(lines, idx, following):
        return following.get(idx + 1)
    if (
        ends_sentence(text)
        or not 1 <= len(text.split()) <= _PICTURE_UNDER_TITLE_WORDS
        or any(q in text for q in '"“”:')
    ):
        return None
    after = following.get(idx)
    if after is not None and _CREDIT_LINE_RE.match(lines[after].strip()):
        after = following.get(after)
    return after if after is not None and _is_prose(lines[after].strip()) else None


def _alt_over_caption(lines: list[str], idx: int, following: dict[int, int]) -> bool:
    """True when line ``idx`` is a picture's alt text with its caption straight under it, no blank line between, and
    the post's paragraph a blank line below: neither line closed by a stop, as captions are not ("Andrew
    Scott-Clark, director of public health at Kent County Council" / 'Mr Scott-Clarke said rates in Kent were
    "nowhere near the England average"' / "" / "Rates of Covid-19 …")."""
    caption = idx + 1
    if following.get(idx) != caption or caption + 1 >= len(lines) or lines[caption + 1].strip():
        return False
    alt, below = lines[idx].strip(), lines[caption].strip()
    after = following.get(caption)
    return (
        not ends_sentence(alt)
        and not ends_with_stop(below)  # (a caption may close on a quotation, never on a stop)
        # (a caption says something: a name alone under a writer's line is the picture's name under a byline,
        # "Alex Hunt, Politics editor, BBC News Online" / "Nigel Farage")
        and len(below.split()) >= _CAPTION_WORDS
        and not is_person_name(below)
        and len(alt.split()) <= _PICTURE_ALT_WORDS
        and after is not None
        # (the paragraph finished, or long enough to be one where the copy was cut)
        and (_is_prose(lines[after].strip()) or len(lines[after].split()) >= _CUT_PARAGRAPH_WORDS)
    )


#: The most words of a picture's alt text over its caption, and the fewest of the caption.
_PICTURE_ALT_WORDS = 16
_CAPTION_WORDS = 4
#: The fewest words of a paragraph the copy cut before its end.
_CUT_PARAGRAPH_WORDS = 8


def _short_degraded_title(lines: list[str], idx: int) -> bool:
    """A title of two to four words set apart by blank lines ("Good night", "Good night!", "Second
    referendum?"): too short for :func:`is_headline_shaped`, not a name or a role.  In a copy that lost
    every blank line, set apart by the paragraphs around it: a finished sentence above, prose below."""
    text = lines[idx].strip()
    words = text.split()
    if not (
        2 <= len(words) <= _SHORT_TITLE_WORDS
        and text[:1].isupper()
        and (not ends_sentence(text) or text.endswith(("!", "?")))
        and not is_person_name(text)
        and not is_role(text)
        and 0 < idx < len(lines) - 1
    ):
        return False
    if not lines[idx - 1].strip() and not lines[idx + 1].strip():
        return True
    # (the page-wide test last: it reads every line, the others two)
    return ends_with_stop(lines[idx - 1]) and _is_prose(lines[idx + 1].strip()) and _no_blank_lines(lines)


def _no_blank_lines(lines: list[str]) -> bool:
    """True when a copy lost every blank line between its first and last lines of text."""
    shown = [i for i, line in enumerate(lines) if line.strip()]
    return not shown or len(shown) == shown[-1] - shown[0] + 1


#: The most words a title too short to look like a headline has in a degraded copy.
_SHORT_TITLE_WORDS = 4


def _short_title_over_byline(lines: list[str], idx: int, following: dict[int, int]) -> bool:
    """A title too short to look like a headline (``Political implications``) over a byline and role."""
    text = lines[idx].strip()
    after = following.get(idx)
    role_at = following.get(after) if after is not None else None
    return (
        2 <= len(text.split()) <= 4
        and text[:1].isupper()
        and not ends_sentence(text)
        and not is_person_name(text)
        and after is not None
        and role_at is not None
        and is_person_name(lines[after].strip())
        and is_role(lines[role_at].strip())
    )


def _parse_degraded(lines: list[str], path: str, feed: Feed) -> Feed:
    """A copy with no stamps or numbers: summary lines, then posts split at titles and bylines.

    Mirrors and scrapers drop the numbers and the fused stamps; titles survive
    as headline-shaped lines followed by a paragraph, bylines as a name line
    and a role line.  Page furniture anywhere goes to the page parts.
    """
    feed.format = "bbc-degraded"
    content = _degraded_content(lines, feed)
    rest = content[_degraded_summary(lines, content, feed) :]
    head = _head_over_posts_heading(lines, rest)
    feed.summary += [Block("bullet", lines[i].strip(), i + 1, i + 1) for i in rest[:head]]
    wide = _wide_gap_starts(lines, rest)  # (the gap under the head counts as one: the page's spacing)
    rest = rest[head:]
    following = dict(zip(rest, rest[1:]))
    starts = set(_degraded_starts(lines, rest, following))
    if wide:
        # A page that sets its entries apart by the wider gap: a headline-shaped line one blank line under the
        # text above is inside that entry (a picture's alt between its paragraphs), not a title opening one.
        above = dict(zip(rest[1:], rest))
        starts = {
            i
            for i in starts
            if i not in above
            or i - above[i] - 1 >= _WIDE_GAP
            or _keyword_clock(lines[i], i + 1) is not None
            or lines[i].strip().isupper()  # a capitalised keyword heads an entry ("BUDGET 2014")
            or _BADGE_TITLE_RE.match(lines[i].strip()) is not None  # and so does a breaking entry's badge
            or (_writer_over_sent(lines, i, following) and _keyword_clock(lines[above[i]], above[i] + 1) is None)
            or not _degraded_title(lines, i, following)
        }
    pundits = _pundit_entries(lines) & set(rest)
    # a picture whose caption repeats its alt and goes on, under an entry's last sentence, is an entry of its own
    prior = dict(zip(rest[1:], rest))
    pictures = {
        i
        for i in rest
        if i in following
        and i in prior
        and ends_sentence(lines[prior[i]].strip())
        and _repeated_by_caption(lines[i].strip(), lines[following[i]].strip())
    }
    # (an entry whose heading prints its time, "Barkhad Abdi 23:36:", starts at the picture's name straight over it)
    bounds = sorted(
        i - 1 if _picture_over_clock(lines, i) else i
        for i in starts | wide | _sender_starts(lines, rest, following) | pundits | pictures
    )
    bounds.append(len(lines))
    for number, (start, stop) in enumerate(zip(bounds, bounds[1:])):
        post = _degraded_post(lines, path, number, [i for i in rest if start <= i < stop], following)
        if post is not None:
            feed.posts.append(post)
    for post in feed.posts:
        post.start_unsure = post.stamp is None  # no numbers or times: titles, bylines and gaps were guesses
    timed = sum(1 for post in feed.posts if post.stamp is not None)
    feed.warnings.append(
        "no post numbers or times found: read as a flattened copy (titles and bylines split the posts; no times)"
        if not timed
        else f"no post numbers found: read as a copy that lost its time column (titles, bylines and wider gaps "
        f"split the posts; {timed} of {len(feed.posts)} keep a time printed in their heading)"
    )
    return feed


#: The heading an "As it happened" page prints over its entries ("As it happened", "Live text", "Live Reporting").
_ENTRIES_HEADING_RE = re.compile(r"^(?:as\s+it\s+happened|live\s+text|live\s+reporting)$", re.IGNORECASE)
#: The most lines of a page's head (standfirst, the "Get involved" box's items) over that heading.
_HEAD_LINES = 6


def _head_over_posts_heading(lines: list[str], rest: list[int]) -> int:
    """How many of the lines left after the summary (``rest``) are the page's head: those above the heading
    the page prints over its entries, when a few lines stand above it and entries below ("… wins the Open" /
    "• Send us a text: 81111" / "As it happened" / the entries); 0 when there is no such heading."""
    for k, (above, below) in enumerate(zip(rest[: _HEAD_LINES + 1], rest[1 : _HEAD_LINES + 2]), start=1):
        if any(_ENTRIES_HEADING_RE.match(lines[i].strip()) for i in range(above + 1, below)):
            return k
    return 0


#: An entry's heading that prints its time after a capitalised keyword, alone on its line: "TWEET 1021".
_KEYWORD_CLOCK_RE = re.compile(
    r"^(?P<keyword>[A-Z][A-Z’'&!?-]*(?:\s+[A-Z][A-Z’'&!?-]*){0,3})\s+(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)$"
)


#: An entry's title and its time run together, a colon after the time, alone on its line (the 2014 "As it happened"
#: pages' heading over the entry's time): "Barkhad Abdi 23:36:".
_TITLE_CLOCK_RE = re.compile(r"^(?P<keyword>[A-Z][^:.!?]{1,60}?)\s+(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d):$")


def _keyword_clock(text: str, line_no: int) -> tuple[str, Stamp] | None:
    """(keyword, stamp) of a ``TWEET 1021`` heading or a ``Barkhad Abdi 23:36:`` one; four digits that read as a year
    ("BUDGET 2014") are none."""
    stripped = text.strip()
    match = _KEYWORD_CLOCK_RE.match(stripped)
    if match is None or 1990 <= int(match["hh"] + match["mm"]) <= 2030:
        match = _TITLE_CLOCK_RE.match(stripped) if stripped.endswith(":") else None
        if match is None:
            return None
        printed = f"{match['hh']}:{match['mm']}"
    else:
        printed = match["hh"] + match["mm"]
    stamp = Stamp(text=printed, hour=int(match["hh"]), minute=int(match["mm"]), line=line_no)
    return match["keyword"], stamp


#: Blank lines that set an entry apart when the page also sets paragraphs apart by fewer.
_WIDE_GAP = 2
#: How many such gaps make it the page's way of parting entries.
_WIDE_GAPS_SEEN = 2


def _apart_under_head(lines: list[str], rest: list[int]) -> bool:
    """True when the first line below the page's summary (``rest[0]``) stands a wider gap under what is above it."""
    return bool(rest) and blank_lines_above(lines, rest[0]) >= _WIDE_GAP


def _wide_gap_starts(lines: list[str], rest: list[int]) -> set[int]:
    """Entries a copy parts by wider gaps than it parts its other lines (an "As it happened" page that
    lost its time column: two blank lines between entries, one inside them or between the page's head
    lines, its furniture included); none unless the page shows both spacings.
    ``rest``: the lines below the page's summary.  A line that carries on the one before (lower case, after
    a colon) starts none."""
    gaps = {after: after - before - 1 for before, after in zip(rest, rest[1:])}
    wide = [i for i, gap in gaps.items() if gap >= _WIDE_GAP]
    # (the head counts: "In full: Prime Minister's Questions" one blank line over "Live text")
    shown = [i for i, line in enumerate(lines) if line.strip()]
    single = any(after - before == 2 for before, after in zip(shown, shown[1:]))
    # (the gap between the head's furniture and the first entry is one of the page's gaps too)
    under_head = bool(rest) and rest[0] > shown[0] and _apart_under_head(lines, rest)
    if len(wide) + under_head < _WIDE_GAPS_SEEN or not single:
        if wide or not _squeezed_as_it_happened(lines, rest, gaps):
            return set()
        wide = [i for i, gap in gaps.items() if gap == 1]
    before = dict(zip(rest[1:], rest))
    return {
        i
        for i in wide
        if (
            ends_sentence(lines[before[i]].strip())
            # (or a run of sentences whose last lost its stop, a pointer to a gallery: "… white minority rule. The BBC
            # looks at his life in pictures")
            or is_run_of_sentences(lines[before[i]])
            or _LINK_END_RE.search(lines[before[i]]) is not None
            or _BULLET_RE.match(lines[before[i]]) is not None  # a list's last item, unstopped, ends its entry
            # (and so does a sender's message, a tweet's unstopped text: "tweets: … make sure ppl are safe")
            or _SENT_RE.match(lines[before[i]].strip()) is not None
            # (and a paragraph that lost its stop: "… had been seen around 2,557km from Perth on new French satellite
            # images")
            or _lost_its_stop(lines[before[i]].strip())
        )
        and not lines[before[i]].strip().endswith(":")
        and _opens_entry(lines[i].strip())
    }


def _squeezed_as_it_happened(lines: list[str], rest: list[int], gaps: dict[int, int]) -> bool:
    """True for an untimed, unnumbered "As it happened" page (its headline says so) whose copy squeezed
    every run of blank lines into one: its entries, which only a wider gap set apart, now part like its
    paragraphs -- one blank line between every two, and most of them entries of one paragraph on such
    pages."""
    head = [line.strip().lower() for line in lines[: rest[0]] if line.strip()] if rest else []
    return (
        any(line.startswith("as it happened") for line in head)
        and len(gaps) >= _WIDE_GAPS_SEEN
        and all(gap == 1 for gap in gaps.values())
        and not any(_NUMBER_OR_CLOCK_RE.match(lines[i]) for i in rest)  # a numbered or timed page has its marks
    )


#: A line opening with an entry's number or clock ("  2. 0116:", "1435:", "19:44").
_NUMBER_OR_CLOCK_RE = re.compile(r"^\s*(?:\d{1,3}\.\s+|\d{1,2}[:.]?\d{2}\b)")


def _lost_its_stop(text: str) -> bool:
    """A paragraph of some length, opening with a capital, whose last sentence lost its stop."""
    return len(text.split()) >= _UNSTOPPED_TEXT_WORDS and text[:1].isupper() and not text.endswith((":", ",", ";"))


#: A line ending in a link, a hashtag or a handle ends its entry as a sentence would (a tweet: "… #demo2012
#: pic.twitter.com/tsDUEYGB"; a pointer to an account: "Follow … on Twitter @BBCNewsEnts").
_LINK_END_RE = re.compile(r"(?:https?://\S+|pic\.twitter\.com/\S+|\s#\w+|\s@\w+)\s*$")


def _opens_entry(text: str) -> bool:
    """A line an entry can open with: a capital, a digit, a quotation opening with a capital ("\"They need
    food …\""), or a social post's handle ("@erelcabatbat tweets a picture …")."""
    first = text[:1]
    return (
        first.isupper()
        or first.isdigit()
        or (first in "\"“‘'" and text[1:2].isupper())
        or (first == "@" and text[1:2].isalnum())
    )


def _degraded_content(lines: list[str], feed: Feed) -> list[int]:
    """Indexes of the lines that are not furniture (which go to the page parts)."""
    content: list[int] = []
    for idx, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if (stamp := _page_stamp(text, idx + 1)) is not None:
            feed.page_parts.append(Block("page-stamp", text, idx + 1, idx + 1))
            feed.page_stamps.append(stamp)
        elif (
            is_chrome(text)
            or _EDITED_BY_RE.match(text)
            or (is_embed(text) and not _CAPTION_MARKER_RE.match(text))
            or _member_over_header(lines, idx)
        ):
            feed.page_parts.append(Block("editor" if _EDITED_BY_RE.match(text) else "chrome", text, idx + 1, idx + 1))
        elif _writers_under_heading(lines, idx):
            # the page's writers under its "Live Reporting" heading ("By Alex Moss", "Andrew Barton and Oli Constable")
            feed.page_parts.append(Block("editor", text, idx + 1, idx + 1))
        else:
            content.append(idx)
    return content


def _under_posts_heading(lines: list[str], idx: int) -> bool:
    """True when the nearest line above ``idx``, past the page's writers, is the heading its posts start under ("Live
    Reporting", "All times stated are UK")."""
    for line in reversed(lines[:idx]):
        text = line.strip()
        if not text or _names_writers(text) or _NAMES_LIST_RE.match(text):
            continue
        return _POSTS_HEADING_RE.match(text) is not None
    return False


def _writers_under_heading(lines: list[str], idx: int) -> bool:
    """True for the page's writers straight under its "Live Reporting" heading, with or without "By" ("By Alex Moss",
    "Andrew Barton and Oli Constable")."""
    text = lines[idx].strip()
    above = next((line.strip() for line in reversed(lines[:idx]) if line.strip()), "")
    return above.lower() == "live reporting" and bool(_names_writers(text) or _NAMES_LIST_RE.match(text))


#: Two or more people's names joined by commas and "and": "Andrew Barton and Oli Constable".
_NAMES_LIST_RE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2}(?:(?:,\s*|,?\s+and\s+)[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})+$"
)


def _member_over_header(lines: list[str], idx: int) -> bool:
    """True for a forum member's name straight over their post's header ("Kitkat" / "Coronavirus - 6 February 2022 -
    Sun 06 Feb 2022, 23:29"): furniture, wherever the listing prints it."""
    text = lines[idx].strip()
    below = next((line for line in lines[idx + 1 : idx + 3] if line.strip()), "")
    return len(text.split()) <= _MEMBER_NAME_WORDS and not ends_sentence(text) and is_forum_header(below)


#: The most words a forum member's name has.
_MEMBER_NAME_WORDS = 3


#: The furniture a live page prints between its summary and its posts.
_POSTS_HEADING_RE = re.compile(
    # (and a local news page's heading over its stream: "Latest Stories")
    r"^(?:live\s+reporting|live\s+text|all\s+times\s+(?:stated\s+)?are\s+uk(?:\s+time)?|latest\s+(?:stories|updates))$",
    re.IGNORECASE,
)


#: A page's own title at its top: "As it happened: Boston Marathon explosions", "Live: G20 Summit Build-up",
#: "Six Nations 2012: final day as it happened".
_OWN_TITLE_RE = re.compile(
    r"^(?:as\s+it\s+happened|live)\s*:\s+\S.{2,100}$|^[^.!?]{3,100}\bas\s+it\s+happened$", re.IGNORECASE
)


def _under_writers_heading(lines: list[str], idx: int, feed: Feed) -> bool:
    """True when the nearest line of text above ``idx`` is "Live text" or "Live Reporting", or a writer just filed
    under it."""
    above = next((i for i in range(idx - 1, -1, -1) if lines[i].strip()), None)
    if above is None:
        return False
    if _POSTS_HEADING_RE.match(lines[above].strip()):
        return True
    return any(part.kind == "editor" and part.last_line == above + 1 for part in feed.page_parts)


def _degraded_summary(lines: list[str], content: list[int], feed: Feed) -> int:
    """File the leading summary (a heading, bullets, ``-``-separated items, lines without a full stop,
    until a title or prose); the position in ``content`` where the posts begin."""
    following = dict(zip(content, content[1:]))
    position = 0
    marked = False
    dashes = False  # the summary's items are separated by lines holding only "-", each wrapped over lines
    after_dash = False
    wrapping = False  # the line before was a "-"-separated item's (this one may continue it)
    listed = False  # the summary holds a marked item (a bullet, a "- " item, a number)
    while position < len(content):
        idx = content[position]
        raw, text = lines[idx], lines[idx].strip()
        # A summary's items: bullets, "- " items, or numbers (a summary numbered 1 to 8 above posts that have none).
        bullet = _BULLET_RE.match(raw) or _DASH_BULLET_RE.match(text) or _NUMBER_RE.match(raw)
        if bullet is not None and bullet.re is _NUMBER_RE:
            bullet = _BULLET_RE.match(f"• {bullet[2]}")
        if (
            _EDITED_BY_RE.match(text)
            or _names_writers(text)
            # (the writers listed as bullets under "Live text": "• Sarah Bell" / "• Taylor Brown")
            or (bullet is not None and is_person_name(bullet[1].strip()) and _under_writers_heading(lines, idx, feed))
        ):
            feed.page_parts.append(Block("editor", bullet[1].strip() if bullet else text, idx + 1, idx + 1))
            position += 1
            continue
        if listed and any(_POSTS_HEADING_RE.match(lines[i].strip()) for i in range(feed.summary[-1].last_line, idx)):
            # "Live Reporting" / "All times stated are UK" between the summary's items and this line: the posts
            # begin (above the items it is the page's head: "Live Reporting" / "Latest Post" / "-" items)
            break
        if position == 0 and _OWN_TITLE_RE.match(text):
            feed.page_parts.append(Block("page-title", text, idx + 1, idx + 1))  # "As it happened: Boston Marathon …"
        elif _DATED_SUMMARY_RE.match(text) and not any(b.kind == "heading" for b in feed.page_parts):
            feed.page_parts.append(Block("heading", text, idx + 1, idx + 1))
        elif text == "-":
            feed.page_parts.append(Block("separator", text, idx + 1, idx + 1))
            dashes = after_dash = marked = True
            wrapping = False
            position += 1
            continue
        elif dashes and not _degraded_title(lines, idx, following):
            if after_dash or not wrapping or feed.summary[-1].last_line != idx:  # only the very next line runs on
                feed.summary.append(Block("bullet", text, idx + 1, idx + 1))
            else:  # the item's text runs on over the next line
                item = feed.summary[-1]
                item.text, item.last_line = f"{item.text} {text}", idx + 1
            after_dash = False
            wrapping = True
            position += 1
            continue
        elif bullet:
            feed.summary.append(Block("bullet", bullet[1].strip(), idx + 1, idx + 1))
            listed = True
        elif not feed.summary and is_person_name(text) and idx in following and is_role(lines[following[idx]].strip()):
            break  # no summary: the first post's writer and role ("Rebecca Marston" / "Business reporter, BBC News")
        elif _under_forum_header(lines, idx) and _degraded_title(lines, idx, following):
            break  # the quoted page's first post, its title straight under the header
        elif _under_forum_header(lines, idx) and len(text.split()) <= _MEMBER_LINE_WORDS:
            feed.page_parts.append(Block("chrome", text, idx + 1, idx + 1))  # the member's own line over the quote
            return position + 1  # the page the member quotes starts under it
        elif (
            not ends_sentence(text)
            and not (marked and _degraded_title(lines, idx, following))
            and not (position == 1 and _first_title_under_headline(lines, idx, following))
            # (under "Live Reporting" and the writers the posts begin: "All times stated are UK" / "Pound rises …")
            and not (_under_posts_heading(lines, idx) and _degraded_title(lines, idx, following))
        ):
            feed.summary.append(Block("bullet", text, idx + 1, idx + 1))
        else:
            break
        # Once the summary shows how it marks its lines (bullets, "-" lines, or a
        # heading right above), an unmarked line followed by a paragraph is a title.
        marked = bool(bullet) or text.lower() == "summary"
        wrapping = False
        position += 1
    return position


def _first_title_under_headline(lines: list[str], idx: int, following: dict[int, int]) -> bool:
    """Whether ``lines[idx]``, straight under the page's headline, is the first entry's title over its paragraph (a
    copy that kept no summary: "England local elections 2014 - latest updates" / "Improved turn-out" / "In Tower
    Hamlets, …"), not the headline's second line over a writer, a heading or a summary."""
    after = following.get(idx)
    if after is None or not _degraded_title(lines, idx, following) or not _is_prose(lines[after].strip()):
        return False
    # (the page's entries are titled so: another title over its paragraph follows; a summary's last item over the one
    # untitled entry does not -- "Leaders meet in Washington" / "Ceasefire talks continue - officials" / prose)
    later, seen = following.get(after), 0
    while later is not None and seen < _TITLE_LOOKAHEAD:
        if _degraded_title(lines, later, following):
            return True
        later, seen = following.get(later), seen + 1
    return False


#: How many lines below the first entry's paragraph another title is looked for.
_TITLE_LOOKAHEAD = 8


#: The most words a forum member's own line over a quoted page has.
_MEMBER_LINE_WORDS = 12


def _under_forum_header(lines: list[str], idx: int) -> bool:
    """True for the first line under a forum post's header: the member's own words over what they quote."""
    before = idx - 1
    while before >= 0 and not lines[before].strip():
        before -= 1
    return before >= 0 and is_forum_header(lines[before])


def _kept_clock(text: str, line_no: int) -> tuple[Stamp, str] | None:
    """(stamp, the text after it) of a line that opens with a time and its colon ("1124: Will Coldwell"),
    in a copy that lost the other entries' times."""
    entry = clock_entry(text, line_no)
    if entry is None or ":" not in entry[1]:
        return None
    return entry[0], entry[2]


def _degraded_starts(lines: list[str], rest: list[int], following: dict[int, int]) -> list[int]:
    """Where the posts after the summary start: the first line, titles (not a byline's role line, not
    the picture and first paragraph under a title) and bylines not under a title."""
    pictured: set[int] = set()  # a titled post's picture name, credit line and first paragraph
    for i in rest:
        after = following.get(i)
        if after is not None and after > i + 1 and _degraded_title(lines, i, following):
            prose = _picture_under(lines, after, following)
            if prose is not None:
                pictured |= {j for j in rest if after <= j <= prose}
    return [
        i
        for n, i in enumerate(rest)
        if n == 0
        or _keyword_clock(lines[i], i + 1) is not None
        or _kept_clock(lines[i], i + 1) is not None
        or title_and_byline(lines[i].strip()) is not None
        or (
            (_degraded_title(lines, i, following) or _title_over_title(lines, i, following))
            and not is_person_name(lines[rest[n - 1]].strip())
            and not _subheading_introduced(lines, rest[n - 1], i, following)
            and i not in pictured
            and not _ICON_BADGE_RE.match(lines[rest[n - 1]].strip())  # (under its icon's name: the icon opens it)
        )
        # an icon's name straight over a title ("Green jersey" / "Sagan back in green"): the post opens there
        or (_ICON_BADGE_RE.match(lines[i].strip()) is not None and _icon_over_title(lines, i, following))
        or (
            is_person_name(lines[i].strip())
            and n + 1 < len(rest)
            and is_role(lines[rest[n + 1]].strip())
            and not _degraded_title(lines, rest[n - 1], following)
        )
        or (
            # (the writer's line is the entry's first text, as the sender card of a tweet is: see _in_sender_card)
            _writer_over_sent(lines, i, following)
            and not _degraded_title(lines, rest[n - 1], following)
            and _keyword_clock(lines[rest[n - 1]], rest[n - 1] + 1) is None  # (under "TWEET 0937" it is that entry's)
        )
    ]


def _subheading_introduced(lines: list[str], before: int, idx: int, following: dict[int, int]) -> bool:
    """True for a heading run (``lines[idx]`` straight over another heading) under a sentence that introduces what
    follows with a colon: a summary's subheadings ("Here are today's key developments:" / "Francois Hollande speech"
    / "The investigation" / "• …"), not the titles of posts of their own."""
    text = lines[before].strip()
    if not text.endswith(":") or len(text.split()) < _INTRO_WORDS:
        return False
    after = following.get(idx)
    below = lines[after].strip() if after is not None else ""
    return (
        _title_shaped(lines[idx].strip())
        and below[:1].isupper()
        and not ends_sentence(below)
        and len(below.split()) <= _UNTEXTED_TITLE_WORDS
        and not _BULLET_RE.match(lines[after] if after is not None else "")
    )


#: The fewest words of a sentence that introduces what follows with a colon (not a label: "Summary:").
_INTRO_WORDS = 3


#: How many titles with no text (videos' posts) may stand in a row over a titled post.
_UNTEXTED_TITLES = 3
#: The most words such a title has.
_UNTEXTED_TITLE_WORDS = 10


def _title_over_title(lines: list[str], idx: int, following: dict[int, int], depth: int = _UNTEXTED_TITLES) -> bool:
    """A title whose post has no text (a video the copy dropped): headline-shaped, unstopped, straight over
    another post's title ("Facts about Notre Dame" / "The moment the spire fell" / "No injuries reported" /
    text)."""
    text = lines[idx].strip()
    after = following.get(idx)
    if (
        depth == 0
        or after is None
        or ends_sentence(text)
        or len(text.split()) > _UNTEXTED_TITLE_WORDS  # (a picture's alt over the title: "A man holds up a sign …")
        or _BULLET_RE.match(lines[idx])
        or not _title_shaped(text)
    ):
        return False
    return _degraded_title(lines, after, following) or _title_over_title(lines, after, following, depth - 1)


def _title_shaped(text: str) -> bool:
    """Headline-shaped, or a quotation as a title ("'Heartbreaking' scenes" is neither), perhaps after its
    speaker ("Eyewitness: \"I could hear crying and screaming\"")."""
    return is_headline_shaped(text) or bool(_QUOTED_TITLE_RE.match(text) or _SPEAKER_QUOTE_TITLE_RE.match(text))


def _degraded_post(lines: list[str], path: str, number: int, mine: list[int], following: dict[int, int]) -> Post | None:
    """One post of a degraded copy from its content lines ``mine`` (None when it holds nothing)."""
    if not mine:
        return None
    post = Post(source="bbc", file=path, page_index=number)
    first = mine[0]
    if _ICON_BADGE_RE.match(lines[first].strip()) and len(mine) > 2 and _icon_over_title(lines, first, following):
        # the post's icon, by its name, and its title ("Yellow jersey" / "As you were")
        post.labels.append(Label(lines[first].strip(), first + 1))
        post.title, post.title_line = lines[mine[1]].strip(), mine[1] + 1
        mine = mine[2:]
        first = mine[0]
    if len(mine) > 1 and mine[1] == first + 1 and _picture_over_clock(lines, first + 1):
        post.body.append(Block("image", lines[first].strip(), first + 1, first + 1))  # "Joseph Gordon-Levitt" over
        mine = mine[1:]  # "Barkhad Abdi 23:36:"
        first = mine[0]
    kept = _kept_clock(lines[first], first + 1)
    keyed: tuple[str, Stamp] | None = None
    if _badge_over(lines, first):
        post.body.append(Block("image", lines[first].strip(), first + 1, first + 1))  # the station's or pundit's
        mine = mine[1:]
    elif (keyed := _keyword_clock(lines[first], first + 1)) is not None:
        post.title, post.stamp = keyed
        post.title_line = first + 1
        mine = mine[1:]
    elif kept is not None:
        # an entry that kept its time ("1124: Will Coldwell" over "tweets: …"): the text after the time is its own
        post.stamp, text = kept
        mine = mine[1:]
        if text:
            post.body.append(Block("paragraph", text, first + 1, first + 1))
    elif len(mine) > 1 and _repeated_by_caption(lines[first].strip(), lines[mine[1]].strip()):
        post.body.append(Block("image", lines[first].strip(), first + 1, first + 1))
        mine = mine[1:]
    elif (
        is_person_name(lines[first].strip())
        and not _BADGE_TITLE_RE.match(lines[first].strip())  # ("Breaking News" is a heading, not a name)
        and not lines[first].strip().isupper()  # (nor is a heading in capitals: "MATCH OF THE DAY")
        and len(mine) > 1
        and _is_prose(lines[mine[1]].strip())
    ):
        # a person's name alone over the entry's paragraph: the picture's name ("Milly Dowler" / "The public …")
        post.body.append(Block("image", lines[first].strip(), first + 1, first + 1))
        mine = mine[1:]
    elif (fused := title_and_byline(lines[first].strip())) is not None:
        # the heading with its writer's name and role run on ("Wait continues David Friend Senior journalist, BBC
        # London")
        post.title, post.title_line = fused[0], first + 1
        post.byline = Byline(fused[1], fused[2], first + 1, first + 1)
        mine = mine[1:]
    elif _degraded_title(lines, first, following):
        heading = lines[first].strip()
        badge = _BADGE_TITLE_RE.match(heading)
        if badge is not None and badge["hh"]:
            # "BREAKING 1730 Breaking News": the entry's time between its badge and its heading
            post.stamp = Stamp(f"{badge['hh']}{badge['mm']}", int(badge["hh"]), int(badge["mm"]), line=first + 1)
            heading = heading.replace(f"{badge['hh']}{badge['mm']} ", "", 1)
        post.title, post.title_line = _unfuse_label(heading, first + 1, post), first + 1
        post.title_generic = post.title.lower() in GENERIC_TITLES
        mine = mine[1:]
        if mine and _SOURCE_LOGO_RE.match(lines[mine[0]].strip()):
            post.body.append(Block("image", lines[mine[0]].strip(), mine[0] + 1, mine[0] + 1))  # the source's logo
            mine = mine[1:]
        if mine and mine[0] > first + 1 and len(mine) > 1 and _alt_over_caption(lines, mine[0], following):
            post.body.append(Block("image", lines[mine[0]].strip(), mine[0] + 1, mine[0] + 1))
            post.body.append(Block("caption", lines[mine[1]].strip(), mine[1] + 1, mine[1] + 1))
            mine = mine[2:]
        elif mine and mine[0] > first + 1 and _picture_under(lines, mine[0], following) is not None:
            credit = lines[mine[1]].strip() if len(mine) > 1 and _CREDIT_LINE_RE.match(lines[mine[1]].strip()) else None
            post.body.append(Block("image", lines[mine[0]].strip(), mine[0] + 1, mine[0] + 1, credit=credit))
            mine = mine[2:] if credit else mine[1:]
    elif _title_over_title(lines, first, following):
        post.title, post.title_line = lines[first].strip(), first + 1  # a video's post: its title alone
        mine = mine[1:]
    if (
        post.byline is None
        and len(mine) >= 2
        and is_person_name(lines[mine[0]].strip())
        and is_role(lines[mine[1]].strip())
    ):
        post.byline = Byline(lines[mine[0]].strip(), lines[mine[1]].strip(), mine[0] + 1, mine[1] + 1)
        mine = mine[2:]
    elif (
        post.byline is None
        and (keyed is not None or post.title)
        and mine
        and (named := _named_with_comma(lines[mine[0]].strip())) is not None
    ):
        # the writer and role on one line under a keyword's heading or a title ("TWEET 0937" / "Norman Smith, Chief
        # political correspondent, BBC News Channel" / "tweets: …"), perhaps over a picture's name
        post.byline = Byline(named[0], named[1], mine[0] + 1, mine[0] + 1)
        mine = mine[1:]
        if len(mine) > 1 and is_person_name(lines[mine[0]].strip()) and _is_prose(lines[mine[1]].strip()):
            post.body.append(Block("image", lines[mine[0]].strip(), mine[0] + 1, mine[0] + 1))
            mine = mine[1:]
    for i in mine:
        for block in _body_blocks(lines, i, i + 1, degraded=True):
            if block.kind == "paragraph" and _repeats_text_above(block.text, post.body):
                block.kind = "image"  # a tweeted picture's caption (the copy kept no other mark of it)
            post.body.append(block)
    post.body = _join_broken_paragraphs(post.body)
    if not post.body and post.title is None and post.byline is None:
        return None
    last = max([post.title_line] + [b.last_line for b in post.body] + ([post.byline.last_line] if post.byline else []))
    post.origins = [Origin(path, first + 1, last)]
    return post
