"""Pages a copy flattened onto one line.

Some copies (a scraper's text field, a forum post, a ``tr '\\n' ' '``) put a
whole page on one line or a few very long ones.  No outlet's parser can read
that: every rule works on lines.  :func:`unflatten` gives such a page its
lines back where the text shows where they were — runs of two or more spaces
(what was a line break), sentence ends, and around a time printed with its
zone (``… here. 5.09pm BST A new post …``, ``…published at 11:48 GMT 2 March
Meloni and …``), and before a time that opens an entry (``… as always. 1432: Hug
between …``, ``… your thing 4.33pm: Has anyone …``, ``… tomorrow. 5.58pm GMT17:58
Meanwhile …``) — and says that it did.  Ordinary dumps are returned as they are.
"""

from __future__ import annotations

import re

from tui.core.model.text import ends_sentence
from tui.core.model.zones import MONTH_PATTERN, ZONE_PATTERN

#: A page whose longest line is this long, with so few lines, was flattened.
_LONG_LINE = 1000
_FEW_LINES = 3

_GAP_RE = re.compile(r"\s{2,}")
_SENTENCE_END_RE = re.compile(r"(?:(?<=[a-z)%][.!?])|(?<=\d\d[.!?]))([\"”’]?)\s+(?=[A-Z“\"‘(])")
#: A time printed with its zone, and the date after it if any (``5.09pm BST``, ``11:48 GMT 2 March``).
#: (A copy may break it after the separator: ``05. 21 GMT``.)
_TIME = (
    rf"\d{{1,2}}[.:] ?\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:{ZONE_PATTERN})"
    rf"(?:\s+\d{{1,2}}\s+(?:{MONTH_PATTERN})(?:\s+\d{{4}})?)?"
)
#: A time that opens an entry in the forms live pages have printed them: a 24-hour ``1435:`` or a
#: 12-hour ``4.33pm:`` before the text, or a zoned time printed twice (``5.58pm GMT17:58``).  The
#: text after it starts with a capital, a quote or a digit, so ``in 2010: the`` is no entry.
_ENTRY_TIME_RE = re.compile(
    # (and a sport page's match minute: "45 mins: Lamont on …", "1 min: Dan Park …")
    rf"(?<![\w.:,£$€])(?i:(?:[01]\d|2[0-3])[0-5]\d:|\d{{1,3}}\s+mins?:|\d{{1,2}}[.:]\d{{2}}\s*[ap]\.?m\.?:"
    rf"|\d{{1,2}}[.:]\d{{2}}\s*[ap]m\s*(?:{ZONE_PATTERN})\s*\d{{1,2}}:\d{{2}})(?=\s*[A-Z0-9“\"‘'(])"
    # (and, after a sentence's end, a time with the entry's word: "… a wry grin. 1pm leaderboard: +1 Garcia (6) …")
    r"|(?<=[.!?\"”’] )\d{1,2}(?:[.:]\d{2})?\s*[ap]m\s+[a-z]{3,15}:(?=\s*[A-Z0-9“\"‘'(+-])"
)
#: A line with this many entry times holds several entries run together.
_ENTRIES_RUN_TOGETHER = 2
#: Such a time opening a piece of text (it was a line of its own).
#: (A zoned time printed twice, ``5.58pm GMT17:58``, is one time.)
_LEADING_TIME_RE = re.compile(rf"^({_TIME}(?:\d{{1,2}}:\d{{2}})?)\s+(?=\S)", re.IGNORECASE)
#: Such a time ending a title, the text after it being the post's (``…Starmerpublished at 11:48 GMT 2 March Meloni …``).
#: (The text may open with a number: a distance to go, "12.51pm BST 144km to go: Tony Martin …", or be another time,
#: "12.22pm BST 12.18pm BST …", the first post's text lost; or a tweet's handle or tag, "6.36pm GMT .@J_Dijsselbloem:
#: …".)
_TRAILING_TIME_RE = re.compile(
    rf"(?<![\w:.])({_TIME})\s+(?=[A-Z“\"‘']|\.?[@#]\w|\d{{1,3}}(?:\.\d)?\s*(?:km|miles?|laps?)\s+(?:to\s+go|remaining|left)\b|{_TIME})",
    re.IGNORECASE,
)


#: The space a copy put after a time's separator (``05. 21 GMT``).
_BROKEN_TIME_RE = re.compile(r"^(\d{1,2}[.:]) (?=\d{2})")


#: A line this long may hold posts run together.
_RUN_LINE = 200
#: A copy with posts run together inside its lines has few lines (an ordinary dump has a line per paragraph).
_RUN_PAGE_LINES = 40


#: A list number, a bullet or a list's dash opening a line ("2. 1826: …", "• 2331: …", "- 1121: …"): a time
#: straight after it is at the line's start.
_LIST_NUMBER_RE = re.compile(r"^(?:\d{1,4}\.|[•●▪◦·]|[-–](?=\s))\s*")


def _opening(text: str) -> int:
    """Where ``text``'s own start ends: past a list number or a bullet, if it opens with one."""
    number = _LIST_NUMBER_RE.match(text)
    return number.end() if number else 0


def _inner_times(line: str) -> int:
    """How many times that open or end a post stand inside ``line`` (not at its start, nor straight after
    the list number it opens with)."""
    text = line.strip()
    if len(text) < _RUN_LINE:
        return 0
    start = _opening(text)
    return len([m for m in _TRAILING_TIME_RE.finditer(text) if m.start() > start]) + len(
        [m for m in _ENTRY_TIME_RE.finditer(text) if m.start() > start]
    )


def _times_inside(content: list[str]) -> int:
    """How many post-opening times stand inside the lines (counting stops at two: that settles it)."""
    found = 0
    for line in content:
        if len(line) >= _RUN_LINE:
            found += _inner_times(line)
            if found >= _ENTRIES_RUN_TOGETHER:
                break
    return found


#: A hard-wrapped copy: this share of its lines runs on into the next (no sentence end, the next
#: line starting in lower case), with hardly a blank line.
_WRAPPED_SHARE = 0.3
_WRAPPED_MIN_LINES = 6


def is_wrapped(lines: list[str]) -> bool:
    """True when a copy broke the text at a fixed width: most lines end mid-sentence and the next
    line carries on in lower case, and no blank lines separate paragraphs."""
    content = [line.strip() for line in lines if line.strip()]
    if len(content) < _WRAPPED_MIN_LINES or len(lines) - len(content) > len(lines) // 10:
        return False
    runs_on = sum(
        1
        for line, following in zip(content, content[1:], strict=False)
        if not ends_sentence(line) and following[:1].islower()
    )
    return runs_on >= _WRAPPED_SHARE * len(content)


#: The widths a copy may have been wrapped at (a terminal browser's 72-80 columns, an e-mail's 70-78, a
#: narrow terminal's 40 and more).
_WRAP_WIDTHS = (30, 160)
#: Lines that show a wrapping tool's break -- full up to the width, the next word not fitting -- make up at
#: least this share of the lines followed by text; and at least this share of them end mid-sentence
#: (a tool breaks where the width falls, a writer where the sentence ends).
_FULL_SHARE = 0.35
_MID_SENTENCE_SHARE = 0.5
#: A wrapped copy holds at least this many lines of text, and this many full lines followed by text (fewer
#: show no pattern).
_WIDTH_MIN_LINES = 8
_WIDTH_MIN_FULL = 3


def _first_word(line: str) -> str:
    return line.split(maxsplit=1)[0] if line.strip() else ""


def _broke_at(line: str, following: str, width: int) -> bool:
    """True when a tool wrapping at ``width`` would have broken ``line`` before ``following``: the
    next line's first word did not fit on it (a line of no letters or digits, a separator such as the
    Guardian's ``-`` between key events, is a line of its own)."""
    return any(ch.isalnum() for ch in following) and len(line.rstrip()) + 1 + len(_first_word(following)) > width


def wrap_width(lines: list[str]) -> int | None:
    """The width a copy was hard-wrapped at (``lynx -dump``, an e-mail, a narrow terminal's copy), or None.

    Such a copy has no line longer than the width (but a few unbreakable ones), and many of its lines are
    full -- the next line's first word would not have fitted -- and end mid-sentence.  An ordinary dump
    has a line per paragraph, of any length: its longest lines are few and far longer.
    """
    content = [line.rstrip() for line in lines if line.strip()]
    if len(content) < _WIDTH_MIN_LINES:
        return None
    spaced = sorted(len(line) for line in content if " " in line.strip())
    if not spaced:
        return None
    width = spaced[min(len(spaced) - 1, (len(spaced) * 99) // 100)]
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return None
    followed = [(line, following) for line, following in zip(lines, lines[1:]) if line.strip() and following.strip()]
    full = [line for line, following in followed if len(line.rstrip()) <= width and _broke_at(line, following, width)]
    if len(full) < max(_WIDTH_MIN_FULL, _FULL_SHARE * len(followed)):
        return None
    mid_sentence = sum(1 for line in full if not ends_sentence(line))
    return width if mid_sentence >= _MID_SENTENCE_SHARE * len(full) else None


#: What a paragraph may open with: a capital, a digit, a quotation, a bracket or a bullet.
_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"“‘'([•-–")


def unwrap(lines: list[str], width: int) -> list[str]:
    """The lines of a copy hard-wrapped at ``width`` joined back into paragraphs: a line runs on into the
    next where the next one's first word would not have fitted on it.  Blank lines stay; on a copy with
    hardly any, a line ending a sentence before one that opens with a capital, a digit or a quote is left
    a paragraph's end (it may be one): see :func:`_paragraphs_spaced`."""
    spaced = _paragraphs_spaced(lines, width)
    out: list[str] = []
    joining = False
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        text = line.strip() if joining else line.rstrip()
        if joining:
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
        joining = bool(line.strip()) and _broke_at(line, following, width)
        if joining and not spaced and ends_sentence(line) and following.strip()[:1] in _OPENERS:
            joining = False
    return out


def _paragraphs_spaced(lines: list[str], width: int) -> bool:
    """True when the copy sets its paragraphs apart with blank lines: most lines that end a paragraph for
    sure (a sentence's end with room left on the line) are followed by a blank line.  Where paragraphs
    follow each other straight, a full line ending a sentence may end one too.  With no such line, a
    copy with blank lines here and there is taken to set its paragraphs apart with them."""
    ends = [
        following.strip() == ""
        for line, following in zip(lines, lines[1:], strict=False)
        if line.strip() and ends_sentence(line) and not _broke_at(line, following or "x", width)
    ]
    if not ends:  # no paragraph ends for sure: blank lines, if the copy has some, are what sets them apart
        return sum(1 for line in lines if not line.strip()) * 10 > len(lines)
    return sum(ends) * 2 >= len(ends)


def is_flattened(lines: list[str]) -> bool:
    """True when the page's text sits on a few very long lines that show where lines were.

    A long line is a flattened page when it is the file's only line, or holds
    wide gaps (two or more) or a time with its zone after its start; a short
    dump with one long paragraph is not.
    """
    content = [line for line in lines if line.strip()]
    if len(content) <= _RUN_PAGE_LINES and _times_inside(content) >= _ENTRIES_RUN_TOGETHER:
        return True  # posts run together inside lines: times inside them, not at their start
    long = [line.strip() for line in content if len(line) >= _LONG_LINE]
    if not long or len(content) > _FEW_LINES:
        return False
    if len(content) == 1:
        return True
    return any(
        len(_GAP_RE.findall(line)) >= 2
        or _TRAILING_TIME_RE.search(line, 1)
        or len(_ENTRY_TIME_RE.findall(line)) >= _ENTRIES_RUN_TOGETHER
        for line in long
    )


def _entries(text: str) -> list[str]:
    """``text`` cut before each time that opens an entry.

    Among entries opened by ``2328:``, a four-digit time with no colon (``… 2330 Harriet Harman …``)
    opens one too when it is a clock within an hour of theirs (a year such as ``2010`` is not).
    """
    opening = _opening(text)
    marked = [match.start() for match in _ENTRY_TIME_RE.finditer(text) if match.start() > opening]
    clocks = [_minutes(text[start : start + 4]) for start in marked]
    bare = [
        match.start()
        for match in _BARE_CLOCK_RE.finditer(text)
        if match.start() > 0
        and len(marked) >= _ENTRIES_RUN_TOGETHER
        and any(clock is not None and abs(clock - (_minutes(match[1]) or -999)) <= 60 for clock in clocks)
    ]
    cuts = sorted(set(marked) | set(bare))
    # (a dash list's marker before a time is the entry's, not the end of the one above: "… soon. - 1121: …")
    cuts = [m.start() if (m := _ITEM_MARK_RE.search(text, 0, cut)) is not None else cut for cut in cuts]
    starts = [0, *cuts, len(text)]
    return [text[start:end] for start, end in zip(starts, starts[1:], strict=False)]


#: A list item's mark (a dash or a bullet) straight before a cut, after a space.
_ITEM_MARK_RE = re.compile(r"(?<=\s)[-–•]\s*$")


#: A four-digit clock with no colon before a capitalised word (``2330 Harriet``), after a sentence.
_BARE_CLOCK_RE = re.compile(r"(?<=[.!?\"”’] )((?:[01]\d|2[0-3])[0-5]\d) (?=[A-Z])")


def _minutes(text: str) -> int | None:
    """The minutes past midnight of a four-digit clock (``2328``), or None."""
    if len(text) != 4 or not text.isdigit():
        return None
    return int(text[:2]) * 60 + int(text[2:])


def _split(text: str) -> list[str]:
    """The pieces of one flattened line: its entries when times open several, else its sentences."""
    pieces: list[str] = []
    for chunk in _GAP_RE.split(text.strip()):
        entries = _entries(chunk)
        # Entries run together keep their sentences together: a short sentence on a line of
        # its own would read as a headline and cut the entry in two.
        sentences = (
            entries if len(entries) > 1 else _SENTENCE_END_RE.sub(lambda m: m.group(1) + "\n", chunk).split("\n")
        )
        for sentence in sentences:
            pieces.extend(part.strip() for part in _time_split(sentence) if part.strip())
    return pieces


def _time_split(text: str) -> list[str]:
    """``text`` cut after a time printed with its zone, and before it unless a title's ``published
    at`` holds it (``…Starmerpublished at 11:48 GMT 2 March``): elsewhere the time stands alone."""
    leading = _LEADING_TIME_RE.match(text)
    if leading is not None:
        return [_BROKEN_TIME_RE.sub(r"\1", leading[1]), *_title_split(_time_split(text[leading.end() :]))]
    trailing = _TRAILING_TIME_RE.search(text)
    if trailing is not None:
        before, time = text[: trailing.start(1)], _BROKEN_TIME_RE.sub(r"\1", trailing[1])
        if _FUSED_STAMP_RE.search(before) or not before.strip():
            return [before + time, *_time_split(text[trailing.end() :])]
        return [before.strip(), time, *_title_split(_time_split(text[trailing.end() :]))]
    return [text]


def _title_split(pieces: list[str]) -> list[str]:
    """``pieces`` with the first cut after its headline when the copy ran an entry's headline into its text with no
    stop between (``FTSE 100, US stocks at all-time highs; Apple, Microsoft top $4tn market cap The UK’s FTSE …``):
    in a sentence-case headline a capitalised article or pronoun after a lower-case word starts the text."""
    if not pieces:
        return pieces
    first = pieces[0]
    match = _HEADLINE_RUN_ON_RE.search(first)
    if match is None or _HEADLINE_STOP_RE.search(first, 0, match.start()):
        return pieces
    words = len(first[: match.start()].split())
    if not _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]:
        return pieces
    return [first[: match.start()], first[match.end() :], *pieces[1:]]


#: A lower-case word (or a figure), then a capitalised word that opens sentences, not headlines' inner words.
_HEADLINE_RUN_ON_RE = re.compile(
    r"(?<=[a-z0-9%’')])\s+(?=(?:The|A|An|This|These|Those|There|It|Its|We|Our|I|He|She|They|Shares|Here|More|Some|Many)\s+\S)"
)
#: A sentence's stop inside what would be the headline: it is text, not a headline.
_HEADLINE_STOP_RE = re.compile(r"[.!?…](?:\s|$)")
#: How many words such a headline has.
_HEADLINE_WORDS = (3, 25)


#: A title's stamp, fused: the time after it belongs on the title's line.
_FUSED_STAMP_RE = re.compile(r"(?:published|posted)\s+at\s*$", re.IGNORECASE)


def unwrapped(lines: list[str]) -> tuple[list[str], str | None]:
    """The page's lines with its paragraphs whole again when a tool hard-wrapped it at a width (see
    :func:`wrap_width`), and a warning saying so; other pages as they are."""
    width = wrap_width(lines)
    if width is None:
        return lines, None
    joined = unwrap(lines, width)
    breaks = sum(1 for line in lines if line.strip()) - sum(1 for line in joined if line.strip())
    return joined, (
        f"the page was hard-wrapped at {width} characters: {breaks} line breaks inside paragraphs joined "
        "(line numbers count the joined lines)"
    )


def unflatten(lines: list[str]) -> tuple[list[str], str | None]:
    """The page's lines, given back when a copy flattened or hard-wrapped it (with a warning saying so)."""
    if is_wrapped(lines):
        joined = [piece for part in _split(" ".join(line.strip() for line in lines)) for piece in (part, "")]
        return joined, (
            f"the page was hard-wrapped ({len(lines)} lines broken mid-sentence): joined and split into "
            f"{len(joined) // 2} at sentence ends; post boundaries and titles are a guess"
        )
    if not is_flattened(lines):
        return lines, None
    restored: list[str] = []
    for line in lines:
        if len(line) < _LONG_LINE and not _inner_times(line):
            restored.append(line)
            continue
        for piece in _split(line):
            restored.extend([piece, ""])
    warning = (
        f"the page was flattened onto {sum(1 for line in lines if line.strip())} line(s): "
        f"split into {sum(1 for line in restored if line.strip())} at sentence ends, wide gaps and times; "
        "post boundaries and titles are a guess"
    )
    return restored, warning
