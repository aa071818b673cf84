"""A file's bytes to a feed: the outlet's own data when it is that, else a text dump's lines,
unflattened, detected (or forced) and parsed by its outlet.  Everything here is parsing: the
parse cache is keyed by this floor's code, so changing it throws away exactly the parses it made."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from tui.core.infra.reading import lines_of_bytes
from tui.core.model.post import Block, Feed, Post
from tui.core.model.zones import safe_date
from tui.core.parse import outlet
from tui.core.parse.line_kinds import repeats_opening
from tui.core.parse.unflatten import unflatten, unwrapped

#: A scraper's date fused before a copy's first line: " date 2022-11-19 6.14pm GMT".
_SCRAPER_DATE_RE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\s+")
#: A time on a line of its own: "6.14pm GMT", "18:14".
_TIME_ONLY_RE = re.compile(r"^\d{1,2}[.:]\d{2}\s*(?:[ap]m)?\s*[A-Z]{0,4}$", re.IGNORECASE)
#: A dump's own address, printed on a line of its own near its top.
_URL_RE = re.compile(r"^https?://[^\s<>\"]+$")


def read_feed(data: bytes, name: str, fmt: str | None = None) -> Feed:
    """The feed in a file's bytes (``fmt``: an outlet's code, detected when None); raises ValueError
    naming what is wrong.

    An outlet's own data (a page snapshot, a saved page, its JSON) is read
    by that outlet's page reader; anything else is a text dump.
    """
    structured = outlet.read_structured(data, name)
    if structured is not None:
        return structured
    lines, warnings = lines_of_bytes(data)
    feed = parse_lines(lines, name, fmt)
    feed.read_notes = list(warnings)
    feed.url = next((line.strip() for line in lines[:40] if _URL_RE.match(line.strip())), None)
    feed.digest = hashlib.blake2b("\n".join(lines).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return feed


def _scraper_date(lines: list[str]) -> tuple[list[str], date | None]:
    """The lines less a scraper's date fused before the first one (`` date 2022-11-19 6.14pm GMT``),
    and that date; the line keeps its place, so line numbers stay the file's."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines, None
    match = _SCRAPER_DATE_RE.match(lines[first])
    if match is None or not lines[first][match.end() :].strip():
        return lines, None
    if _TIME_ONLY_RE.match(lines[first][match.end() :].strip()) and not _first_posts_time(lines, first):
        return lines, None  # "date … 6.46pm BST": read whole, as the page's own stamp
    day = safe_date(int(match[1]), int(match[2]), int(match[3]))
    if day is None:
        return lines, None
    return [*lines[:first], lines[first][match.end() :], *lines[first + 1 :]], day


#: The list a terminal browser's dump ends with (``lynx -dump``): a "References" line, perhaps "Visible links" and
#: "Hidden links:", then each link numbered with its address.
_REFERENCE_RE = re.compile(r"^\s*(\d{1,5})\.\s+\S+:\S*$|^\s*(?:Visible|Hidden) links:?\s*$")
#: A link's number where its text was ("[12]Leaders arrive in Paris").
_LINK_MARK_RE = re.compile(r"\[(\d{1,5})\]")


def _link_references(lines: list[str]) -> tuple[list[str], str | None]:
    """A terminal browser's dump without its links' numbers and the list of references it ends with (both
    the browser's, never the page's: "[12]Leaders arrive" is "Leaders arrive"); the list is the file's end,
    so the lines above keep their numbers.  Other files as they are."""
    start = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip() == "References"), None)
    if start is None:
        return lines, None
    listed = [_REFERENCE_RE.match(line) for line in lines[start + 1 :] if line.strip()]
    numbers = {int(match[1]) for match in listed if match is not None and match[1]}
    if not numbers or not all(listed):
        return lines, None
    marks = 0

    def unmark(match: re.Match[str]) -> str:
        nonlocal marks
        if int(match[1]) not in numbers:
            return match[0]
        marks += 1
        return ""

    out = [_LINK_MARK_RE.sub(unmark, line) if "[" in line else line for line in lines[:start]]
    return out, f"a terminal browser's dump: {marks} link numbers and its {len(numbers)} references taken out"


def _first_posts_time(lines: list[str], first: int) -> bool:
    """True when the time after a scraper's date on line ``first`` is the first post's: text, not another time,
    under it, and time lines like it further down (" date 2022-04-09 6.03pm BST" / "That's it for this year." /
    "5.57pm BST"); a time over another time, or over posts that print none, is the page's own stamp."""
    below = [line.strip() for line in lines[first + 1 :] if line.strip()]
    return bool(below) and not _TIME_ONLY_RE.match(below[0]) and any(_TIME_ONLY_RE.match(line) for line in below[1:])


#: A line printed twice, run together, is this long at least (a diff viewer's old and new sides).
_TWICE_CHARS = 40


#: Two clock times side by side, a diff viewer's old and new sides of a changed time line ("3.53am BST 4.29am
#: BST", "03:53 04:29").
_TWO_TIMES_RE = re.compile(
    r"^(?P<old>\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)\s+\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$",
    re.IGNORECASE,
)


def _once(line: str) -> str:
    """A line a diff viewer printed twice side by side ("All the latest … local timeAll the latest … local
    time", "<headline> <headline>"), once; a changed time line's two sides ("3.53am BST 4.29am BST"), the
    old side, whose post the lines under it show; any other line as it is."""
    text = line.strip()
    if (times := _TWO_TIMES_RE.match(text)) is not None:
        return times["old"]
    if len(text) < 2 * _TWICE_CHARS:
        return line
    half, odd = divmod(len(text), 2)
    if not odd and text[:half] == text[half:]:
        return text[:half]
    if odd and text[half] == " " and text[:half] == text[half + 1 :]:
        return text[:half]
    return line


#: A line set in markdown bold by a copy ("** 0055**", "**Key points**").
_BOLD_RE = re.compile(r"^(\s*)\*\*\s*(?P<text>[^*]+?)\s*\*\*\s*$")
#: A bare clock time ("0055", "19:44").
_BARE_CLOCK_RE = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$|^(?:[01]?\d|2[0-3])[:.][0-5]\d$")


#: A line a copy set as a markdown heading ("### Leaders arrive in Paris", "## Key events ##"); a hashtag has no
#: space after its mark ("#G7Summit trends").
_HEADING_RE = re.compile(r"^(\s*)#{1,6}[ \t]+(?P<text>\S.*?)(?:[ \t]+#+)?[ \t]*$")


#: A quotation's mark in a markdown or e-mail copy ("> “We are ready,” he said.", ">> …" nested).
_QUOTE_MARK_RE = re.compile(r"^(\s*)(?:>[ \t]?)+")


def _unbold(line: str) -> str:
    """A line a copy set in markdown bold, without its asterisks; a bold time alone on its line is an
    entry's time heading and gets the colon the page printed after it ("** 0055**" -> "0055:")."""
    bold = _BOLD_RE.match(line)
    if bold is None:
        return line
    text = bold["text"]
    return f"{bold[1]}{text}:" if _BARE_CLOCK_RE.match(text) else f"{bold[1]}{text}"


#: A list item a markdown copy starts with ``*`` or ``+`` ("* Ukrainian President Volodymyr Zelenskiy said …"); a
#: tennis page's game heading marks its server with a star too ("* Azarenka 6-3 3-1 Paszek"), its scores set apart.
_STAR_ITEM_RE = re.compile(r"^(\s*)[*+][ \t]+(?=[A-Z0-9“\"‘'(£$€])")
_GAME_SCORE_RE = re.compile(r"\b\d{1,2}-\d{1,2}\b.*\b\d{1,2}-\d{1,2}\b")
#: A copy starts at least this many lines with such a star before its stars are read as bullets.
_STAR_ITEMS = 2


def _unmarked(lines: list[str]) -> list[str]:
    """A markdown copy's lines without its marks: headings (``### …``) and quotations (``> …``) as plain lines,
    its ``*`` items with the pages' bullet (see :func:`_star_bullets`)."""
    out = []
    for line in lines:
        start = line.lstrip()[:1]
        if start == "#":
            heading = _HEADING_RE.match(line)
            if heading is not None:
                line = f"{heading[1]}{heading['text']}"
        elif start == ">":
            line = _QUOTE_MARK_RE.sub(r"\1", line, count=1)
        out.append(line)
    return _star_bullets(out)


def _star_bullets(lines: list[str]) -> list[str]:
    """A markdown copy's list items (``* …``, ``+ …``) with the bullet the pages print (``• …``), when the copy
    has :data:`_STAR_ITEMS` or more of them; a star before a game's scores stays."""
    items = [i for i, line in enumerate(lines) if _STAR_ITEM_RE.match(line) and not _GAME_SCORE_RE.search(line)]
    if len(items) < _STAR_ITEMS:
        return lines
    out = list(lines)
    for i in items:
        out[i] = _STAR_ITEM_RE.sub(r"\1• ", out[i], count=1)
    return out


#: Share of a page's lines a copy printed twice in a row, above which every such pair is one line.
_DOUBLED_SHARE = 0.6
#: The fewest characters of a doubled copy's last line read as its repeat cut short.
_CUT_REPEAT_CHARS = 10


def _undoubled(lines: list[str]) -> tuple[list[str], str | None]:
    """A copy that printed most lines twice, one under the other ("17:35" over "17:35", each paragraph
    again under itself), read once, with a warning that says so; any other page as it is (a line that
    repeats by chance on a normal page stays)."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    pairs = sum(1 for a, b in zip(content, content[1:], strict=False) if lines[a].strip() == lines[b].strip())
    if len(content) < 6 or 2 * pairs < _DOUBLED_SHARE * len(content):
        return lines, None
    kept: list[str] = []
    last: str | None = None
    final = content[-1]
    for no, line in enumerate(lines):
        text = line.strip()
        # (the file's last line may be the repeat cut short: "… members of the public a")
        cut = no == final and last is not None and repeats_opening(text, last, _CUT_REPEAT_CHARS)
        if text and (text == last or cut):
            last = None  # a third copy is a line of its own
            kept.append("")  # (blanked, not dropped: the lines keep the file's numbers; see _repeats_as_parts)
            continue
        if text:
            last = text
        kept.append(line)
    return kept, f"most lines were printed twice in a row (a copy's artefact): read once ({pairs} repeats)"


def _repeats_as_parts(feed: Feed, original: list[str], read: list[str]) -> None:
    """The repeats a doubled copy's reading blanked, kept as page furniture so no line of the file goes unaccounted."""
    feed.page_parts.extend(
        Block("chrome", line.strip(), n + 1, n + 1)
        for n, (line, now) in enumerate(zip(original, read, strict=True))
        if line.strip() and not now.strip()
    )


#: A dash list's mark left at the end of the line above its item by a copy ("… at 21:00 BST. -" over
#: "- 1108: More suggestions …"): not part of the sentence.
_STRAY_DASH_RE = re.compile(r"(?<=[.!?\"”’)])\s+[-–]$")


#: A feed item's last line: the blog's text ends at it ("Continue reading...").
_CONTINUE_RE = re.compile(r"^\s*continue\s+reading\s*(?:\.\.\.|…)?\s*$", re.IGNORECASE)


def _other_items(feed: Feed, lines: list[str]) -> None:
    """In a feed reader's or aggregator's page the blog's item ends at "Continue reading...": the posts
    after it are other articles of the feed, kept as page parts (never as the blog's posts) -- unless they are
    another live blog's item, under its own headline (a page title the outlet's parser found)."""
    ends = [i + 1 for i, line in enumerate(lines) if _CONTINUE_RE.match(line)]
    if not ends or not feed.posts:
        return
    end = ends[0]
    if not any(post.origins and post.origins[0].first_line < end for post in feed.posts):
        return  # the feed's first "Continue reading..." closes another item, above the blog
    titles = [part.first_line for part in feed.page_parts if part.kind == "page-title" and part.first_line > end]
    kept: list[Post] = []
    for post in feed.posts:
        first = post.origins[0].first_line if post.origins else 0
        if first > end and not _in_live_item(first, titles, ends):  # an article's item: the feed's, not the blog's
            texts = [post.title or ""] + [block.text for block in post.body]
            feed.page_parts.extend(Block("chrome", text, first, first) for text in texts if text)
            continue
        # the post's item ends at its own "Continue reading...": what runs on under it is the next item's first lines
        item_end = next((e for e in ends if e > first), len(lines) + 1)
        after = [block for block in post.body if block.first_line > item_end]
        feed.page_parts.extend(Block("chrome", block.text, block.first_line, block.last_line) for block in after)
        post.body = [block for block in post.body if block.first_line <= item_end]
        kept.append(post)
    feed.posts = [post for post in kept if post.body or post.title]


def _in_live_item(line: int, titles: list[int], ends: list[int]) -> bool:
    """True when ``line`` stands under a live blog's headline (one of ``titles``) with no item's end ("Continue
    reading...", at ``ends``) between them."""
    above = [title for title in titles if title < line]
    return bool(above) and not any(max(above) < end <= line for end in ends)


def _printed_twice(feed: Feed) -> None:
    """A post the copy printed again, word for word, right after itself (a scraper that saved a block
    twice) is one post: the repeat's lines are kept as page parts and the feed says so."""
    kept: list[Post] = []
    repeats = 0
    for post in feed.posts:
        before = kept[-1] if kept else None
        if (
            before is not None
            and post.body
            and post.title == before.title
            and (post.stamp.text if post.stamp else None) == (before.stamp.text if before.stamp else None)
            and [block.text for block in post.body] == [block.text for block in before.body]
        ):
            line = post.origins[0].first_line if post.origins else 0
            feed.page_parts.extend(
                Block("chrome", block.text, block.first_line, block.last_line) for block in post.body
            )
            if post.stamp is not None:
                feed.page_parts.append(Block("chrome", post.stamp.text, line, line))
            repeats += 1
            continue
        kept.append(post)
    if repeats:
        feed.posts = kept
        feed.warnings.append(
            f"{repeats} post{'s' if repeats > 1 else ''} printed twice in a row by the copy: kept once"
        )


def parse_lines(lines: list[str], name: str, fmt: str | None = None) -> Feed:
    """Parse cleaned lines as outlet ``fmt`` (detected when None); raises ValueError.

    A scraper's date fused before the first line is the copy's date (a guess at the page's), and
    the rest of that line is read as the page's first line.
    """
    lines, referenced = _link_references(lines)
    lines, scraped = _scraper_date(lines)
    lines = [_unbold(_once(line)) for line in lines]
    before_undoubling = lines
    lines, doubled = _undoubled(lines)
    undoubled = lines
    lines, rewrapped = unwrapped(lines)
    lines, flattened = unflatten(lines)
    lines = [_STRAY_DASH_RE.sub("", line) if line.endswith(("-", "–")) else line for line in lines]
    warnings: list[str] = [w for w in (referenced, doubled, rewrapped, flattened) if w]
    if fmt is None:
        detection = outlet.detect(lines)
        if detection.format is None:
            known = " or ".join(o.name for o in outlet.outlets())
            raise ValueError(f"not a {known} live-blog dump: {detection.reason} (use --source-format to force one)")
        fmt = detection.format
        if not detection.confident:
            warnings.append(f"format guessed as {fmt}: {detection.reason}")
    chosen = outlet.get(fmt)
    if chosen is None:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(outlet.codes())}")
    if outlet.reads_markdown_copies(fmt):
        lines = _unmarked(lines)
    feed = chosen.parse(lines, name)
    if doubled:
        _repeats_as_parts(feed, before_undoubling, undoubled)
    _other_items(feed, lines)
    _printed_twice(feed)
    if flattened:  # the lines were split again by guesswork: only a printed time marks a start for sure
        for post in feed.posts:
            post.start_unsure = post.start_unsure or post.stamp is None
    if not feed.posts and not feed.summary and not feed.key_events:
        if feed.page_parts:  # a page saved before its first post, or with its head only
            raise ValueError(f"read as {fmt} but found no posts: only the page's head ({len(feed.page_parts)} lines)")
        raise ValueError(f"read as {fmt} but found no posts")
    if not feed.posts:  # a page saved with its head only ("Updates for this Live Event are currently disabled")
        shown = "its summary" if feed.summary else "its key events"
        warnings.append(f"read as {fmt} but found no posts: only the page's head and {shown}")
    if scraped is not None and scraped not in feed.copy_dates:
        feed.copy_dates.insert(0, scraped)
    feed.warnings[:0] = warnings
    return feed
