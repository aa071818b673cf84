"""Parse Guardian live-blog dumps into a :class:`Feed`.

A Guardian dump has one paragraph per line, newest post first, and usually
no per-post times.  Posts are split using every signal the text offers:

* a time line before a post (``5.09pm BST``, ``19 Aug 2025 20.35 BST``);
* headline-shaped lines (short, no closing full stop; see
  :func:`tui.core.parse.line_kinds.is_headline_shaped`);
* ``Updated`` lines, which close an edited post (or, in copies where the
  first line of the page is ``Updated``, open one);
* summary headings (``Summary``, ``Opening summary``, ``The day so far``…);
* handovers (``It's … here, taking over from …``, ``I'm handing the blog over …``);
* link-out lines (``Read the full report here:``), which end a post.

``Key events`` is an index of headlines separated by ``-`` lines; it is kept
as the feed's key events, not as a post.  Lines printed above it that are
repeated later on the page are the pinned post; otherwise they are the page
header.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.core.model.post import Block, BlockKind, Byline, Feed, Label, Origin, Post
from tui.core.model.text import ends_sentence, normalise
from tui.core.model.zones import safe_date
from tui.core.parse.line_kinds import (
    blank_lines_above,
    blank_lines_below,
    closes_quote,
    ends_a_sentence_inside,
    is_data_line,
    is_embed,
    is_excerpt_intro,
    is_headline_shaped,
    is_link_out,
    is_list_intro,
    is_match_line,
    is_person_name,
    is_quote,
    is_quote_intro,
    is_relative_age,
    is_report_intro,
    is_run_of_sentences,
    is_team_sheet_line,
    list_number,
    opens_quote,
    repeats_opening,
)
from tui.core.parse.outlets.guardian.head import (
    blog_headline_below_other_text,
    blog_title,
    ends_item,
    head_end,
    is_copy_date,
    item_head_end,
    quoted_from_end,
)
from tui.core.parse.outlets.guardian.lines import is_chrome
from tui.core.parse.outlets.guardian.segment import (
    PREAMBLE,
    PROGRESS,
    announces_round_up,
    boundaries,
    common_words,
    is_closing_note,
    is_quoted_sender,
    is_signed,
    is_summary_heading,
    paragraph_gap,
    points_to_story,
    signs_off,
    tells_dismissal,
)
from tui.core.parse.outlets.guardian.times import (
    PageStamp,
    head_date,
    parse_iso_stamp,
    parse_page_stamp,
    parse_post_time,
    parse_syndication_stamp,
    parse_updated,
    same_clock,
)

#: A page with this many posts that open with their times has its head above the first.
_TIMED_ENTRIES = 2
#: A line ending as a sentence of prose does (a word, then ``.``, ``!`` or ``?``).
_SENTENCE_RE = re.compile(r"[a-z]{2,}[.!?][\"”’']?$")
_INLINE_TIME_RE = re.compile(
    # "7.00am: …", "5.43pm BST: …", "5.43pm (1.43pm Chile): …" (the local time in brackets), and a
    # blog run from two places: "3.08pm ET/8.08pm BST: …" (either zone first).
    r"^(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4}\b)?)"
    r"(?:\s*/\s*(?P<other>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4}\b)?))?"
    # the page's note on its clock may follow the first post's time: "8.21am: (all times GMT) Welcome …"; or a dash and
    # the entry's subject with its colon, the subject the text's: "3.59pm - Libya: Here's a summary …"
    # (a copy may drop the space after the colon: "9.05am:Good morning everybody, …")
    r"(?:\s*\([^()]{1,40}\))?"
    r"(?:\s*:\s+(?:\(all\s+times\s+[^()]{1,20}\)\s*)?|:(?=[A-Z])|\s+[-–—]\s+(?=[A-Z][\w’' ]{1,30}:\s))"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: A 2009-2010 post opening with its 24-hour time and no colon: "21:30 Join Comment is free for live …",
#: and a 2008 one with its 12-hour time, minutes and no colon: "12.05pm The word on the street …"
#: (a sentence of three words or more follows: "21:30 BST" alone is a time line); a 2010 one with the hour
#: alone, bare or with a full stop: "9am Morning. So now …", "8am. Before you read on …".
#: A clock time opening a paragraph with no colon after it: "21:30", "7.23pm", "9am".
_LEAD_TIME = r"(?:[01]\d|2[0-3]):[0-5]\d|(?:1[0-2]|0?[1-9])(?:\.[0-5]\d)?\s?[ap]m"
_CLOCK_LEAD_RE = re.compile(
    rf"^(?P<time>{_LEAD_TIME})(?P<other>)(?<=m)?\.?"
    # (the first word no zone and no clock: "9.18pm EST21:18 …" is a time line run into a copy's second stamp)
    r"\s+(?![A-Z]{1,3}T\b)(?P<rest>[A-Z“\"‘'][^\s\d]*(?:\s+\S+){2,}.*)$"
)
#: A time run into the entry's first word and its colon: "1pm leaderboard: +1 Garcia (6) …" (the word is the text's).
_TIME_WORD_LEAD_RE = re.compile(
    r"^(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]m)(?P<other>)\s+(?P<rest>[a-z]{3,15}:\s+[A-Z0-9“\"‘'(+-].*)$"
)
#: The same on a copy's last line, cut a word or two after the time: "6.57pm Ernie put" (under timed entries).
_CUT_CLOCK_LEAD_RE = re.compile(
    rf"^(?P<time>{_LEAD_TIME})(?P<other>)"
    r"\s+(?![A-Z]{1,3}T\b)(?P<rest>[A-Z“\"‘'][^\s\d]*(?:\s+\S+)?)$"
)
#: The zones a Guardian page's own clock reads in.
_HOME_ZONES = ("BST", "GMT")
#: A minute-by-minute sports entry: "80 min: …", "45+2 min: …" (the match's minute, not a clock time).
#: Added time is written either way: "90+3 min", "90 min +3:".
_MATCH_MINUTE_RE = re.compile(
    r"^(?P<minute>\d{1,3})(?:\s*\+\s*(?P<added>\d{1,2}))?\s*(?:min|mins|minutes?)\b\.?"
    r"(?:\s*\+\s*(?P<added_after>\d{1,2}))?(?:\s*:?\s+(?P<rest>\S.*)|\s*:)$"
)
_DIARY_INTRO_RE = re.compile(
    r"\b(diary|agenda|timetable|schedule|timings|key\s+times|running\s+order|itinerary|coming\s+up|what\s+to\s+expect)\b"
    # (what it covers may follow: "Here’s the schedule for today’s talks in Washington (all in local time).")
    r".{0,60}[.:]?$|:$",
    re.IGNORECASE,
)
_BULLET_GLYPH_RE = re.compile(r"^(?:[•●▪◦·]|-(?=\s+[A-Z0-9£$€“\"‘]))\s+")
_KEY_EVENTS = {"key events", "key events:"}
_HANDOVER_IN_RE = re.compile(
    r"^(?:(?:hello|hi|good\s+(?:morning|afternoon|evening))[,.!]?\s+)?"
    r"(?:it[’']s|this\s+is|i[’']m)\s+[\w .’'-]{2,60}?\s*(?:here)?,?\s+"
    r"(?:taking\s+over|picking\s+up|back\s+with\s+you|with\s+you|and\s+i[’']ll\s+be)\b",
    re.IGNORECASE,
)
_HANDOVER_OUT_RE = re.compile(
    r"^(?:i[’']m|i\s+am|we[’']re|we\s+are|i[’']ll\s+be|i\s+will\s+be)\s+(?:now\s+)?handing\s+(?:the\s+(?:live\s+)?blog\s+)?over\b"
    r"|^that[’']s\s+(?:it|all)\s+from\s+me\b",
    re.IGNORECASE,
)
#: A writer's sign-off that hands over to no one ("That’s all from me for tonight.", "That’s all from me.
#: Thanks a lot for your comments."): it closes the post it ends rather than opening one.
_SIGN_OFF_RE = re.compile(
    r"^(?!.*\b(?:over\s+to|take\s+over|taking\s+over|colleague|handing|will\s+be\s+(?:here|with\s+you|taking))\b)",
    re.IGNORECASE,
)
_PHOTO_RE = re.compile(r"^(?P<text>.*?)\s*Photograph:\s*(?P<credit>.*?)\s*$")
#: A picture's credit by another name, short and unstopped: "Image: Tweetmap", "Illustration: Guardian Design".
_OTHER_CREDIT_RE = re.compile(
    r"^(?P<text>.*?)\s*(?:Image|Illustration|Composite|Graphic):\s*(?P<credit>[A-Z][^.!?:]{0,50}?)\s*$"
)


def _caption_match(text: str) -> re.Match[str] | None:
    """A picture's caption and its credit ("… Photograph: Reuters", "Image: Tweetmap"), or None."""
    if "Photograph:" in text:
        return _PHOTO_RE.match(text)
    return _OTHER_CREDIT_RE.match(text) if ":" in text else None


def _is_caption(text: str) -> bool:
    """True for a picture's caption with its credit."""
    return _caption_match(text) is not None


def is_handover_in(text: str) -> bool:
    """``It's Jakub Krupa here, taking over from Charlie Moloney.``"""
    return bool(_HANDOVER_IN_RE.match(text))


def is_handover_out(text: str) -> bool:
    """``I'm handing the blog over to Matthew Pearce …``"""
    return bool(_HANDOVER_OUT_RE.match(text))


@dataclass
class _State:
    """Parser state while walking the posts region."""

    posts: list[Post] = field(default_factory=list)
    current: Post | None = None
    closed: bool = False
    pending_labels: list[Label] = field(default_factory=list)
    list_mode: bool = False
    list_by_separators: bool = False
    list_gap: int | None = None  # the widest run of blank lines between a lead-in's list lines so far
    after_separator: bool = False
    quote_mode: str = ""  # "", "next" (one line), "open" (until closed), "run" (until a blank line)
    quote_end: int = 0  # in "run" mode, the line of the quotation's last line so far
    quote_intro: str = ""  # the line that introduced the quotation
    quote_lines: int = 0
    pinned: bool = False
    diary: bool = False  # inside a run of time-prefixed diary lines ("10am: …")
    byline_copy: str = ""  # a contributor's name printed twice (photo alt, then name): the second copy is due
    subheadings: bool = False  # a byline over subheadings was just read: they are the post's text


def parse_guardian(lines: list[str], path: str) -> Feed:
    """Parse the cleaned lines of a Guardian dump (``lines[0]`` is line 1)."""
    feed = Feed(path=path, source="guardian", format="guardian")
    n = len(lines)
    first_key_events = next((i for i, line in enumerate(lines) if line.strip().lower() in _KEY_EVENTS), None)
    content = [i for i, line in enumerate(lines) if line.strip()]
    leading_updated = _updated_leads(lines, content)
    last_content = content[-1] + 1 if content else 0

    state = _State()
    time_lines = [i for i, line in enumerate(lines) if parse_post_time(line) is not None]
    start = _timed_head_end(lines, head_end(lines, is_chrome, _starts_posts), time_lines)
    start = max(start, quoted_from_end(lines))
    piece = blog_headline_below_other_text(lines)
    if piece > start:
        start = piece + head_end(lines[piece:], is_chrome, _starts_posts)
    _page_head(lines, 0, start, feed)
    if first_key_events is not None and first_key_events > start:
        if _repeats_later(lines, start, first_key_events):
            state.pinned = True
        elif not _has_prose(lines, start, first_key_events):
            _page_header(lines, start, first_key_events, feed)
            start = first_key_events

    inline_times = sum(1 for line in lines if _INLINE_TIME_RE.match(line.strip()))
    shares = _share_lines(lines)
    page = _Page(
        feed,
        path,
        lines,
        leading_updated,
        last_content,
        len(time_lines),
        inline_times,
        _sets_posts_apart(lines),
        len(shares) >= 2,
        _short_lines_set_apart(lines),
    )
    items = _later_items(lines, start)
    idx = start
    while idx < n:
        raw = lines[idx]
        text = raw.strip()
        if not text:
            idx += 1
            continue
        if idx in items:  # another blog's item on the same feed page: its head is page parts
            _finish(state, path, lines)
            _page_head(lines, idx, items[idx], feed)
            idx = items[idx]
            continue
        if text.lower() in _KEY_EVENTS:
            _finish(state, path, lines)
            state.pinned = False
            idx = _parse_key_events(lines, idx, feed)
            continue
        idx += 1
        _handle_line(text, idx, state, page)
    _finish(state, path, lines)
    state.posts = _without_bare_headings(state.posts, feed)
    _unfuse_goal_headings(state.posts)
    _unfuse_headings(state.posts, feed)
    if _delimited(state.posts, lines, shares):
        posts = state.posts
    else:
        common = common_words([b.text for post in state.posts for b in post.body if b.kind == "paragraph"])
        gap = paragraph_gap([(post.title_line if post.title else None, post.body) for post in state.posts])
        posts = [piece for post in state.posts for piece in _split_glued(post, path, common, gap)]
    for index, post in enumerate(posts):
        post.page_index = index
    feed.posts = posts
    if state.pending_labels:
        for label in state.pending_labels:
            feed.page_parts.append(Block("chrome", label.detail or label.text, label.line, label.line))
    return feed


def _later_items(lines: list[str], start: int) -> dict[int, int]:
    """Where each later item of a feed page begins (a headline straight after an item's last line), mapped to
    where what is the feed's, not the blog's, ends: a live blog's item's head (a feed archive's page can hold two
    blogs' items), or the whole of another piece's item (an article's headline, standfirst and first paragraphs,
    down to its own last line or the page's end, no blog's title among them)."""
    items: dict[int, int] = {}
    previous = ""
    skip_to = start
    for idx in range(start, len(lines)):
        text = lines[idx].strip()
        if not text or idx < skip_to:
            continue
        if ends_item(previous):  # (the rarer test first: it spares the others)
            if blog_title(text):
                items[idx] = item_head_end(lines, idx)
            elif is_headline_shaped(text) and (end := _article_item_end(lines, idx)) is not None:
                items[idx] = skip_to = end
                previous = lines[end - 1].strip()  # the item's last line: another item may follow it
                continue
        previous = text
    return items


def _article_item_end(lines: list[str], idx: int) -> int | None:
    """Where the feed's item of another piece (not a live blog) whose headline stands at ``idx`` ends: past its
    last line, or the page's end when the page was cut inside it; None when a blog's title comes first."""
    for probe in range(idx + 1, len(lines)):
        text = lines[probe].strip()
        if text and blog_title(text):
            return None
        if text and ends_item(text):
            return probe + 1
    return len(lines)


def _closing_labels(post: Post) -> list[Label]:
    """The labels printed after the post's text (the ``Updated`` line that closes it)."""
    return [label for label in post.labels if label.line and post.body and label.line > post.body[-1].last_line]


def _share_lines(lines: list[str]) -> list[int]:
    """Where the page prints a post's ``Share`` footer (a line of that word alone)."""
    return [n for n, line in enumerate(lines) if line.strip().lower() == "share"]


def _delimited(posts: list[Post], lines: list[str], shares: list[int]) -> bool:
    """True when the copy kept what separates every post, so no post is cut further: the
    ``Share`` footer a page prints under each post is there (twice or more), or at least half
    the posts carry their own time, or the footer once whole, ``Share`` straight over ``Updated at …`` (the
    2014-2019 pages' footer: a copy that kept one kept every post's; the page's own ``Share`` button in its head
    has no ``Updated`` under it).  (An ``Updated`` line alone is no such mark: only edited posts print it.)"""
    if len(shares) >= 2 or any(parse_updated(_next_content(lines, n + 1))[0] for n in shares):
        return True
    return bool(posts) and sum(1 for post in posts if post.stamp is not None) * 2 >= len(posts)


#: A line of this many words or more, alone under a post's time, is the post's text, not a bare headline.
_SENTENCE_WORDS = 15
#: An entry's run-in lead, a few words and a colon before its first sentence: "A question: Is this …", "Update: The …".
_RUN_IN_LEAD_RE = re.compile(r"^[A-Z][\w’']*(?:\s+[\w’']+){0,2}:\s+[A-Z\"“]")


def _without_bare_headings(posts: list[Post], feed: Feed) -> list[Post]:
    """The posts, less headings that nothing follows (an index entry such as ``Afternoon summary``
    printed above the posts by a copy that dropped its ``Key events`` line): those are page parts."""
    kept: list[Post] = []
    for post in posts:
        if (
            post.title
            and not post.body
            and (len(post.title.split()) >= _SENTENCE_WORDS or post.title.endswith(("!", "?")))
            # (untimed, below the first post and opening with a run-in lead: a writer's one-line entry, "A question:
            # Is this the most-used song title in pop?"; an index stands above the posts, and a summary's
            # subheadings ask their questions bare, "What happened today?")
            and (post.stamp is not None or (kept and _RUN_IN_LEAD_RE.match(post.title) is not None))
        ):
            # a timed post whose only line is a long sentence ("A reminder, as the votes are counted tonight,
            # to keep up to date with the key question: Are the Scots independent yet?") or an exclamation
            # ("The goal is given!") holds it as its text
            post.body = [Block("paragraph", post.title, post.title_line or 0, post.title_line or 0)]
            post.title = None
        if (
            post.title
            and not post.body
            and post.stamp is None
            and post.byline is None
            and not post.pinned_copy
            # (a heading its own "Updated" closed is a post whose only content was an embed: a video's title)
            and not any(label.text == "Updated" for label in post.labels)
            # (and so is a teaser trailing off over the next post's headline: "One last thing …")
            and not post.title.rstrip().endswith(("…", "..."))
        ):
            feed.page_parts.append(Block("heading", post.title, post.title_line, post.title_line))
            for label in post.labels:
                if label.line and label.line != post.title_line:
                    feed.page_parts.append(Block("chrome", label.detail or label.text, label.line, label.line))
        else:
            kept.append(post)
    return kept


def _updated_leads(lines: list[str], content: list[int]) -> bool:
    """True when ``Updated`` lines open posts rather than close them.

    Decided per file: the page's first content line is ``Updated`` and its
    last is not (in the usual closing style the reverse holds).
    """
    if not content:
        return False
    first, last = lines[content[0]], lines[content[-1]]
    return parse_updated(first)[0] and not parse_updated(last)[0]


def _repeats_later(lines: list[str], start: int, end: int) -> bool:
    """True when the first content line in [start, end) appears again after ``end``."""
    head = next((normalise(lines[i]) for i in range(start, end) if lines[i].strip()), "")
    if not head:
        return False
    return any(normalise(lines[i]) == head for i in range(end + 1, len(lines)))


def _starts_posts(text: str) -> bool:
    """Lines that belong to the posts region, never to the page's head."""
    return (
        (parse_post_time(text) is not None and not is_copy_date(text))
        or _INLINE_TIME_RE.match(text.strip()) is not None
        or _MATCH_MINUTE_RE.match(text.strip()) is not None
        or _OVER_RE.match(text.strip()) is not None
        or text.strip().lower() in _KEY_EVENTS
        or parse_updated(text)[0]
        or is_summary_heading(text)
        or is_handover_in(text)
    )


def _split_glued(post: Post, path: str, common: frozenset[str] = frozenset(), gap: int | None = None) -> list[Post]:
    """The post, cut where a glued-on post starts (see :mod:`.segment`).

    The first piece keeps the title, time, byline and opening labels; an ``Updated``
    line that closed the run stays with the last piece.  Pinned copies are
    never cut; a summary only after its sign-off.
    """
    if post.pinned_copy:
        return [post]
    cuts = boundaries(post.body, post.title, common, round_up=post.has_label("Summary"), gap=gap)
    if not cuts:
        return [post]
    closing = _closing_labels(post)
    opening = [label for label in post.labels if label not in closing]
    pieces: list[Post] = []
    for first, last in zip([0] + cuts, cuts + [len(post.body)]):
        body = post.body[first:last]
        piece = Post(source=post.source, file=path, page_index=post.page_index, body=body)
        if not pieces:
            piece.title, piece.title_line, piece.stamp = post.title, post.title_line, post.stamp
            piece.byline = post.byline  # (the writer's name under the title belongs to the post it opens)
            piece.labels = list(opening)
            piece.start_unsure = post.start_unsure
        else:
            piece.start_unsure = True  # cut inside a run of paragraphs: nothing printed marks the start
        start = min(([piece.title_line] if piece.title_line else []) + [body[0].first_line])
        piece.origins = [Origin(path, start, body[-1].last_line)]
        pieces.append(piece)
    pieces[-1].labels.extend(closing)
    if pieces[0].title_line:
        pieces[0].origins = [Origin(path, post.origins[0].first_line, pieces[0].origins[0].last_line)]
    if closing:
        pieces[-1].origins = [Origin(path, pieces[-1].origins[0].first_line, max(label.line for label in closing))]
    return pieces


def _is_post_stamp(page_stamp: PageStamp, text: str, state: _State) -> bool:
    """A weekday-dated time line with no page prefix, once posts have begun, dates a post."""
    if state.current is None and not state.posts:
        return False
    return not re.match(r"^\s*(first\s+published|last\s+modified|last\s+updated|updated)", text, re.IGNORECASE)


def _has_prose(lines: list[str], start: int, end: int) -> bool:
    """True when [start, end) holds a paragraph of post text (a sentence of eight words or more)."""
    return any(
        ends_sentence(lines[i].strip()) and len(lines[i].split()) >= 8 and "Photograph:" not in lines[i]
        for i in range(start, end)
    )


def _timed_head_end(lines: list[str], start: int, time_lines: list[int]) -> int:
    """Where the posts start on a page whose posts open with their times (``8.40am: …``, or a
    ``12.15am BST`` line over each: ``time_lines``, the indexes of such lines).

    Lines above the first such post that hold no sentence of post text are the
    page's head too (a copy's breadcrumb, the blog's title and byline, its
    standfirst bullets run together); a page with fewer such posts, or with
    post text above them (a copy cut mid-post), keeps ``start``.
    """
    timed = sorted(
        {i for i in time_lines if i >= start}
        | {i for i in range(start, len(lines)) if _INLINE_TIME_RE.match(lines[i].strip())}
    )
    if len(timed) < _TIMED_ENTRIES or any(_starts_posts(lines[i]) for i in range(start, timed[0])):
        return start
    if any(
        _SENTENCE_RE.search(text := lines[i].strip()) and len(text.split()) >= 8 and not _is_standfirst_link(text)
        for i in range(start, timed[0])
    ):
        return start
    if any(_leads_numbered_list(lines, i, timed[0]) for i in range(start, timed[0])):
        return start  # a table under its lead-in, the standings at the report's top: "General classification …:"
    return timed[0]


#: A numbered list's item: "1. Rasmussen (RAB) 53h 11min 38sec".
_NUMBERED_ITEM_RE = re.compile(r"^\d{1,3}\.\s+\S")
#: The fewest numbered items a lead-in's list holds.
_LISTED_ITEMS = 3


def _leads_numbered_list(lines: list[str], idx: int, end: int) -> bool:
    """True when ``lines[idx]`` is a lead-in ending with a colon over a numbered list (before line ``end``)."""
    if not lines[idx].strip().endswith(":"):
        return False
    below = [lines[i].strip() for i in range(idx + 1, end) if lines[i].strip()][:_LISTED_ITEMS]
    return len(below) == _LISTED_ITEMS and all(_NUMBERED_ITEM_RE.match(text) for text in below)


def _is_standfirst_link(text: str) -> bool:
    """True for one of the 2010-2012 standfirst's bulleted pointers to the paper's other coverage: "• Follow
    Switzerland v Chile live with John Ashdown.", "• Read Rob Smyth's mbm report …", "• In pictures: …" (no post's
    sentence)."""
    bullet = _BULLET_GLYPH_RE.match(text)
    return bullet is not None and _POINTER_RE.match(text[bullet.end() :]) is not None


_POINTER_RE = re.compile(
    r"(?:follow|read|relive|see|watch|listen|e-?mail|tweet|join|in\s+pictures|catch\s+up|sign\s+up|view)\b",
    re.IGNORECASE,
)


def _page_head(lines: list[str], start: int, end: int, feed: Feed) -> None:
    """File the lines of the page's head (see :mod:`.head`) as page parts."""
    from tui.core.parse.outlets.guardian.head import is_headline

    for idx in range(start, end):
        text = lines[idx].strip()
        if not text:
            continue
        no = idx + 1
        stamp = parse_page_stamp(text, no) or parse_iso_stamp(text, no) or parse_syndication_stamp(text, no)
        if stamp is not None:
            feed.page_parts.append(Block("page-stamp", text, no, no))
            feed.page_stamps.append(stamp.stamp)
            continue
        found = head_date(text)
        own = is_headline(text)  # the blog's headline dates the page; a date line may be the copy's
        if found is not None and (day := safe_date(*found)) is not None:
            (feed.page_dates if own else feed.copy_dates).append(day)
        feed.page_parts.append(Block("page-title" if own else "chrome", text, no, no))


def _page_header(lines: list[str], start: int, end: int, feed: Feed) -> None:
    for idx in range(start, end):
        text = lines[idx].strip()
        if not text:
            continue
        no = idx + 1
        page_stamp = parse_page_stamp(text, no)
        if page_stamp is not None:
            feed.page_parts.append(Block("page-stamp", text, no, no))
            feed.page_stamps.append(page_stamp.stamp)
        elif is_chrome(text):
            feed.page_parts.append(Block("chrome", text, no, no))
        else:
            feed.page_parts.append(Block("page-title", text, no, no))


def _parse_key_events(lines: list[str], idx: int, feed: Feed) -> int:
    """Consume a ``Key events`` list starting at ``idx``; return the next index.

    Entries are single lines separated by lines holding only ``-``; leaked UI
    text is chrome.  The list ends at the first entry not preceded by ``-``.
    """
    feed.page_parts.append(Block("heading", lines[idx].strip(), idx + 1, idx + 1))
    idx += 1
    following = _next_content(lines, idx, skip_chrome=True, after=1)
    expecting = following == "-" or is_relative_age(following)
    listed = _entries_over_live_feed(lines, idx)
    if listed:
        # a copy that dropped the "-" lines between the entries: every line down to "Live feed" is one
        for probe in range(idx, listed):
            text = lines[probe].strip()
            if text and is_chrome(text):
                feed.page_parts.append(Block("chrome", text, probe + 1, probe + 1))
            elif text:
                feed.key_events.append(Block("key-event", text, probe + 1, probe + 1))
        return listed
    while idx < len(lines):
        text = lines[idx].strip()
        no = idx + 1
        if not text:
            idx += 1
            continue
        if parse_post_time(text) is not None:
            break  # a post's time: the stream has begun (an index entry is never a clock time)
        if text == "-" or is_relative_age(text):  # "-" or the entry's age ("3h ago") separates entries
            feed.page_parts.append(Block("separator", text, no, no))
            expecting = True
        elif is_chrome(text):
            feed.page_parts.append(Block("chrome", text, no, no))
        elif expecting:
            feed.key_events.append(Block("key-event", text, no, no))
            expecting = False
        else:
            break
        idx += 1
    return idx


#: The most entries a key events index printed without its "-" lines has above "Live feed".
_KEY_EVENTS_OVER_FEED = 12


def _entries_over_live_feed(lines: list[str], idx: int) -> int:
    """The index of a "Live feed" line that closes the key events index starting at ``idx`` (a copy that
    dropped the "-" lines between its entries still prints the heading over the posts); 0 when none follows
    within :data:`_KEY_EVENTS_OVER_FEED` lines of text, or a post's time comes first."""
    seen = 0
    for probe in range(idx, len(lines)):
        text = lines[probe].strip()
        if not text:
            continue
        if text.lower() == "live feed":
            return probe if seen else 0
        if parse_post_time(text) is not None or seen >= _KEY_EVENTS_OVER_FEED:
            return 0
        seen += 1
    return 0


def _next_content(lines: list[str], idx: int, skip_chrome: bool = False, after: int = 0) -> str:
    """The ``after``-th non-blank (and, optionally, non-chrome) line from ``idx`` on, stripped."""
    seen = 0
    for probe in range(idx, len(lines)):
        text = lines[probe].strip()
        if not text or (skip_chrome and is_chrome(text)):
            continue
        if seen == after:
            return text
        seen += 1
    return ""


def _new_post(state: _State, path: str, lines: list[str], line_no: int) -> Post:
    _finish(state, path, lines)
    post = Post(source="guardian", file=path, page_index=len(state.posts))
    post.origins = [Origin(path, line_no, line_no)]
    post.labels.extend(state.pending_labels)
    state.pending_labels = []
    if state.pinned:
        post.labels.append(Label("Pinned"))
        post.pinned_copy = True
    state.current = post
    state.closed = False
    state.list_mode = state.list_by_separators = state.after_separator = False
    state.quote_mode = ""
    return post


def _finish(state: _State, path: str, lines: list[str]) -> None:
    post = state.current
    if post is None:
        return
    owned = [post.title_line, post.stamp.line if post.stamp else 0]
    owned += [label.line for label in post.labels]
    owned += [block.last_line for block in post.body]
    post.origins = [Origin(path, post.origins[0].first_line, max(owned + [post.origins[0].first_line]))]
    state.posts.append(post)
    state.current = None


def _is_fragment(text: str) -> bool:
    """A line too short to start a post on its own (a cut-off last line, a figure)."""
    return (len(text.split()) < 3 and not ends_sentence(text)) or is_data_line(text)


def _inline_is_diary(state: _State) -> bool:
    """True when a time-prefixed line is an entry in a diary list, not a post's start.

    Older blogs open with the day's diary (``10am: Michael Gove speaks …``)
    after a line that introduces it; the run of time-prefixed lines that
    follows is that post's text.
    """
    if state.diary:
        return True
    post = state.current
    if post is None or state.closed or not post.body or post.body[-1].kind == "bullet":
        return False  # (a round-up's last item naming the agenda, "• Today's agenda", introduces nothing)
    return bool(_DIARY_INTRO_RE.search(post.body[-1].text))


def _is_fresh(post: Post | None) -> bool:
    """A post with nothing but (optionally) a stamp or a heading so far."""
    return post is not None and not post.body


@dataclass(frozen=True, slots=True)
class _Page:
    """What every line handler may consult about the page being parsed."""

    feed: Feed
    path: str
    lines: list[str]
    leading_updated: bool  # Updated lines open posts (see _updated_leads)
    last_content: int  # the number of the page's last non-blank line
    time_lines: int  # how many lines are a post's time alone
    inline_times: int = 0  # how many lines open with a post's time before its text ("10.21am: The results …")
    post_gap: int | None = (
        None  # the fewest blank lines that part posts, when wider than paragraphs' (_sets_posts_apart)
    )
    share_footers: bool = False  # every post ends with its "Share" line (two or more on the page)
    set_apart: Counter[str] = field(default_factory=Counter)  # short lines set apart by blank lines: how often each


#: A line handler: whether it took the line ``text`` (number ``no``).
_Handler = Callable[[str, int, _State, _Page], bool]


def _handle_line(text: str, no: int, state: _State, page: _Page) -> None:
    """File one line of the posts region: the first handler of :data:`_HANDLERS` that takes it does,
    and a line none takes is post text."""
    _end_list_at_wider_gap(no, state, page)
    for handler in _HANDLERS:
        if handler(text, no, state, page):
            return
    _opening_or_text(text, no, state, page)


def _end_list_at_wider_gap(no: int, state: _State, page: _Page) -> None:
    """A lead-in's list ends where a wider run of blank lines than any between its lines comes (a reader's
    verse, its lines one under another, then two blank lines and the next post's heading)."""
    if not state.list_mode or state.list_by_separators:
        return
    gap = blank_lines_above(page.lines, no - 1)
    if state.list_gap is None or gap <= state.list_gap:
        state.list_gap = gap if state.list_gap is None else max(gap, state.list_gap)
        return
    state.list_mode, state.list_gap = False, None


def _page_stamp_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """A page-level stamp (a weekday-dated time line below the page's head is a post's, not the page's)."""
    page_stamp = parse_page_stamp(text, no)
    if page_stamp is None or _is_post_stamp(page_stamp, text, state):
        return False
    page.feed.page_parts.append(Block("page-stamp", text, no, no))
    page.feed.page_stamps.append(page_stamp.stamp)
    return True


def _updated_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """``Updated``: closes the post (or, on a page that leads with it, opens the next)."""
    if not parse_updated(text, no)[0]:
        return False
    label = Label("Updated", no, detail=text if text != "Updated" else "")
    if page.leading_updated or state.current is None:
        _finish(state, page.path, page.lines)
        state.pending_labels.append(label)
    else:
        state.current.labels.append(label)
        state.closed = True
        state.list_mode = state.list_by_separators = False  # (a list the post's lead-in opened ends with it)
        state.quote_mode = ""
    return True


def _inline_time_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """``8.40am: It's hard to tell …`` (or, in 2009-2010, ``21:30 Join …``) opens a timed post, unless it
    is an entry of the day's diary."""
    if "ink to this update" in text:  # (the substring first: most lines are spared the pattern)
        text = _SHARE_POPUP_RE.sub(": ", text, count=1)
    inline = _INLINE_TIME_RE.match(text) or _CLOCK_LEAD_RE.match(text) or _TIME_WORD_LEAD_RE.match(text)
    if inline is None and no == page.last_content and state.current is not None and state.current.stamp is not None:
        inline = _CUT_CLOCK_LEAD_RE.match(text)  # the copy's last line, cut after its time: "6.57pm Ernie put"
    if inline is None:
        state.diary = False
        return False
    if _inline_is_diary(state):
        state.diary = True
        return False
    printed = inline["time"]
    if inline["other"] and inline["other"].upper().endswith(_HOME_ZONES) and not printed.upper().endswith(_HOME_ZONES):
        printed = inline["other"]  # "3.08pm ET/8.08pm BST": the page's own clock
    stamp = parse_post_time(printed, no)
    if stamp is None:
        return False
    rest = inline["rest"]
    # (a diff viewer's old and new sides of a changed line run together: "11.21am: The latest … last year. 12.01pm:
    # Belgium saw …" -- two entries, the second read as a line of its own)
    second = _SECOND_ENTRY_RE.search(rest) if inline.re is _INLINE_TIME_RE else None
    current = state.current
    # (a summary's heading over the entry's time heads that entry: "Mid-afternoon summary:" / "2:02pm GMT: Here is …")
    headed = current is not None and _is_fresh(current) and current.stamp is None and current.has_label("Summary")
    post = _open_with_marker(text, rest[: second.start()].rstrip() if second else rest, no, state, page, reuse=headed)
    post.stamp = stamp
    if second is not None:
        _handle_line(rest[second.end() :], no, state, page)
    return True


#: The 2011 pages' share popup run in after an entry's time: "10.51am:CloseLink to this update: There were rumours …".
_SHARE_POPUP_RE = re.compile(r"(?<=[ap]m):\s*(?:Close)?Link\s+to\s+this\s+update:\s*", re.IGNORECASE)
#: A second entry's time after a sentence's end on an entry's line: "… late last year. 12.01pm: Belgium …".
_SECOND_ENTRY_RE = re.compile(r"(?<=[a-z)%][.!?])\s+(?=\d{1,2}[.:]\d{2}\s*[ap]m:\s+[A-Z])")


def _match_minute_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """``80 min: …``: a minute-by-minute entry, labelled with its minute."""
    minute = _MATCH_MINUTE_RE.match(text)
    if minute is None:
        return False
    current = state.current
    # (a heading just above, with no text yet, is the entry's title: "England v Iceland is go ..." over "1 min: …")
    fresh = current is not None and _is_fresh(current) and not state.closed
    if minute["rest"] and _is_goal_heading(minute["rest"]) and _next_content(page.lines, no + 1):
        # a scoring event's heading after its minute, over its text ("80 min +1: TRY! Lions 59-8 Barbarians")
        post = state.current if fresh and state.current is not None else _new_post(state, page.path, page.lines, no)
        post.title, post.title_line = minute["rest"], no
    elif minute["rest"]:
        post = _open_with_marker(text, minute["rest"], no, state, page, reuse=fresh)  # "12.05pm BST" above: its post
    else:  # the minute alone ("84 min:"): its text follows on the next line, or the copy was cut there
        post = current if fresh and current is not None else _new_post(state, page.path, page.lines, no)
    added = minute["added"] or minute["added_after"]
    post.labels.append(Label(f"{minute['minute']}+{added} min" if added else f"{minute['minute']} min"))
    return True


#: An over-by-over cricket entry: "16th over: England 43-3 (Ballance 16, Root 0) …", a ball's in the last
#: overs of a chase ("19.4 overs: India 195-4 …", the over and the ball) or an innings' end ("50 overs: …"),
#: a stage race's ("14km to go: …"; see :data:`~.segment.PROGRESS`), and the report's opening entries
#: (:data:`~.segment.PREAMBLE`).
_OVER_RE = re.compile(rf"^(?:(?i:{PROGRESS})\s*:\s+\S|{PREAMBLE})")


def _over_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """``16th over: England 43-3 …``: an over-by-over entry opens a post (its text keeps the over and
    the score, which read as its first words)."""
    if _OVER_RE.match(text) is None:
        return False
    current = state.current
    # (a heading just above, with no text yet, is the entry's title: "Close of play" over "34th over: …")
    fresh = current is not None and _is_fresh(current) and not state.closed
    if not fresh:
        _new_post(state, page.path, page.lines, no)
    _body_line(text, no, state)
    return True


#: A lap-by-lap report's heading: "Lap 70", "Lap 12/71", "Lap 5 of 58".
_LAP_RE = re.compile(r"^Lap\s+\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$", re.IGNORECASE)


def _lap_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """``Lap 70``: a lap-by-lap entry's heading opens a post under it as its title (as ``80 min:`` opens a
    minute's entry)."""
    if _LAP_RE.match(text) is None:
        return False
    post = _new_post(state, page.path, page.lines, no)
    post.title, post.title_line = text, no
    return True


def _open_with_marker(text: str, rest: str, no: int, state: _State, page: _Page, reuse: bool = False) -> Post:
    """A post (new, or with ``reuse`` the open one) whose first paragraph is ``rest``, printed after
    a marker (a time, a minute)."""
    post = state.current if reuse and state.current is not None else _new_post(state, page.path, page.lines, no)
    _body_line(rest, no, state)
    post.body[-1].marker = text[: len(text) - len(rest)]
    return post


def _time_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """A post's time on a line of its own (a repeat of the time just above it is the copy's furniture)."""
    stamp = parse_post_time(text, no)
    if stamp is None:
        return False
    current = state.current
    if current is not None and _is_fresh(current) and not current.title:
        if current.stamp is not None and same_clock(current.stamp, stamp):
            page.feed.page_parts.append(Block("chrome", text, no, no))  # "2.12pm BST" then "14:12"
            return True
        if current.stamp is None:
            current.stamp = stamp
            return True
    _new_post(state, page.path, page.lines, no).stamp = stamp
    return True


#: A key event of the blog's index as a copy prints it without its "Key events" heading: the time, its
#: 24-hour twin and the event's title run together ("9.18pm EST21:18 Trump lead in Georgia shrinks").
_INDEX_ENTRY_RE = re.compile(r"^\d{1,2}\.\d{2}\s*[ap]m\s*(?:[A-Z]{2,4})?\s*\d{2}:\d{2}\s+\S")


#: The Guardian's post-time markup leaked into a copy as text, its time lost: "p class=”block-time
#: published-time”>" stands where a post's time stood, at the post's start.
_LEAKED_TIME_MARKUP_RE = re.compile(r"^<?\s*p\s+class\s*=\s*[\"“”']?block-time\b.*$", re.IGNORECASE)


def _leaked_time_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """The post-time markup a copy leaked as text: furniture that opens the next post."""
    if _LEAKED_TIME_MARKUP_RE.match(text) is None:
        return False
    page.feed.page_parts.append(Block("chrome", text, no, no))
    if state.current is not None and not _is_fresh(state.current):
        _new_post(state, page.path, page.lines, no)
    return True


#: A copy's last line cut inside an entry's time: "10.30a", "4.1", "11." (nothing of the entry is left).
_CUT_TIME_RE = re.compile(r"^\d{1,2}[.:](?:\d?|\d{2}\s*[ap])$")


def _cut_time_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """The page's last line, cut inside the next entry's time ("10.30a"): kept with the page's parts, no post's text."""
    if no != page.last_content or _CUT_TIME_RE.match(text) is None:
        return False
    page.feed.page_parts.append(Block("chrome", text, no, no))
    return True


#: A video player's controls as a copy prints them: "Play Video" over the video's length ("2:19", "1:02:05").
_PLAYER_RE = re.compile(r"^(?:play|watch)(?:\s+video)?$", re.IGNORECASE)
_DURATION_RE = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}$")
#: The Guardian's title of a video: "Mass shooting at two Christchurch mosques – video report".
_VIDEO_TITLE_RE = re.compile(r"\s[–-]\s+video(?:\s+(?:report|explainer|highlights|interview))?$", re.IGNORECASE)


def _introduces_video(state: _State) -> bool:
    """True when the open post's last paragraph speaks of the video under it ("I'll leave you with this video of the
    ceremony today."): the video's title there ("… – video") is the post's embed, not a heading."""
    post = state.current
    return (
        post is not None
        and bool(post.body)
        and post.body[-1].kind == "paragraph"
        and _VIDEO_WORD_RE.search(post.body[-1].text) is not None
    )


#: The fewest words of a sentence telling of a wicket that is text, never a heading.
_DISMISSAL_TEXT_WORDS = 8
#: A paragraph speaking of a video.
_VIDEO_WORD_RE = re.compile(r"\b(?:video|footage|clip)\b", re.IGNORECASE)


def _content_above(lines: list[str], no: int, count: int) -> list[str]:
    """The ``count`` non-blank lines above line ``no`` (1-based), nearest first."""
    found: list[str] = []
    idx = no - 2
    while idx >= 0 and len(found) < count:
        if lines[idx].strip():
            found.append(lines[idx].strip())
        idx -= 1
    return found


def _player_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """A video player's length under its "Play Video" (furniture, never a post's time), and the video's
    title under them (the video's caption, never a post's title)."""
    above = _content_above(page.lines, no, 2)
    if _DURATION_RE.match(text) and above and _PLAYER_RE.match(above[0]):
        page.feed.page_parts.append(Block("chrome", text, no, no))
        return True
    if len(above) == 2 and _DURATION_RE.match(above[0]) and _PLAYER_RE.match(above[1]) and _VIDEO_TITLE_RE.search(text):
        if state.current is None:
            page.feed.page_parts.append(Block("caption", text, no, no))
        else:
            state.current.body.append(Block("caption", text, no, no))
        return True
    return False


def _index_entry_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """A key events index entry above the first post: page furniture, never a post."""
    if state.posts or state.current is not None or _INDEX_ENTRY_RE.match(text) is None:
        return False
    page.feed.page_parts.append(Block("chrome", text, no, no))
    return True


def _chrome_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """Page furniture."""
    if not is_chrome(text):
        return False
    page.feed.page_parts.append(Block("chrome", text, no, no))
    if page.share_footers and text.lower() == "share" and state.current is not None and state.current.body:
        state.closed = True  # the post's own "Share" footer: what follows is the next post, times or no times
    return True


#: A link, a handle or a tweeted picture inside a line.
_LINKED_RE = re.compile(r"https?://|pic\.twitter\.com/|(?:^|\s)@\w")
#: Most words of an item of a list whose bullets a copy lost ("19 June: Khamenei's hardline speech").
_LISTED_WORDS = 12


def _listed_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """A short unstopped line straight under a lead-in that ends with a colon, or under an item of its list
    ("You can follow the events of previous days here:" / "19 June: Khamenei's hardline speech" / "18 June: mass
    mourning"): an item of the post's list, never a heading.  Two items make the lead-in a list's, not the
    post's closing link: the post goes on under the list."""
    post = state.current
    if (
        post is None
        or not post.body
        or ends_sentence(text)
        or len(text.split()) > _LISTED_WORDS
        or _BULLET_GLYPH_RE.match(text)  # (a bullet keeps its own handler)
        or _LINKED_RE.search(text)  # (an embedded post's text under its lead-in: "We're back down again... pic…")
    ):
        return False
    run = 0  # the items of the list so far, straight above
    while run < len(post.body) and post.body[-1 - run].kind == "bullet":
        run += 1
    lead = post.body[-1 - run] if run < len(post.body) else None
    adjacent = all(block.last_line == no - 1 - k for k, block in enumerate(reversed(post.body[-1 - run :])))
    if (
        lead is None
        or not adjacent
        or lead.kind not in ("paragraph", "link-out")
        or not lead.text.endswith(":")
        # (on a copy with no blank lines every line is straight under the one above: there a short line is the
        # next heading as often as an item)
        or (lead.first_line >= 2 and page.lines[lead.first_line - 2].strip())
        or is_summary_heading(text)
        or text == "-"
    ):
        return False
    post.body.append(Block("bullet", text, no, no))
    if run:
        state.closed = False
    return True


#: Most words a subheading inside a post has ("One week on, Paris remembers").
_SUBHEADING_WORDS = 8


def _is_subheading(text: str) -> bool:
    """A short capitalised line that is no sentence and no name: a subheading inside a post."""
    words = text.split()
    return (
        0 < len(words) <= _SUBHEADING_WORDS
        and text[:1].isupper()
        and not ends_sentence(text)
        and not text.endswith((":", ",", "…"))
        and not is_person_name(text)
    )


def _byline_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """A contributor's name printed twice (under their photo, then as the byline) opens their post; printed
    once under a post's time, it is that post's byline."""
    if state.byline_copy:
        copy, state.byline_copy = state.byline_copy, ""
        if text == copy:
            page.feed.page_parts.append(Block("chrome", text, no, no))
            return True
    current = state.current
    if (
        is_person_name(text)
        and not is_summary_heading(text)  # ("Closing Summary" is two capitalised words, but no one's name)
        and current is not None
        and current.stamp is not None
        and _is_fresh(current)
        and not state.closed
        and current.byline is None
        and (
            ends_sentence(following := _next_content(page.lines, no))
            or (current.title and (parse_post_time(following) is not None or _is_subheading(following)))
            # (or over the copy's last line, cut off mid-sentence: "Julian Borger" / "The US director of national
            # intelligence, Dan Coats, has j")
            or (_next_is_last_content(page, no) and len(following.split()) >= _CUT_LINE_WORDS)
        )
    ):
        # A writer's name alone under a post's time (and title), over its first sentence ("3.29am BST /
        # Pound falls 6% / Jill Treanor / The pound has hit …"), or over the next post's time when the post is
        # a title and its writer alone (a version viewer shows only what changed), or over the subheadings of
        # a summary whose paragraphs the viewer left out: the post's byline.
        current.byline = Byline(text, None, no, no)
        state.subheadings = _is_subheading(following)
        return True
    if not (is_person_name(text) and _next_content(page.lines, no) == text):
        return False
    reuse = current is not None and _is_fresh(current) and not state.closed and current.byline is None
    post = current if reuse and current is not None else _new_post(state, page.path, page.lines, no)
    post.byline = Byline(text, None, no, no)
    state.byline_copy = text
    return True


def _next_is_last_content(page: _Page, no: int) -> bool:
    """True when the next line with content after line ``no`` is the page's last one."""
    return no + blank_lines_below(page.lines, no - 1) + 1 == page.last_content


#: The fewest words of a copy's cut last line read as the start of a sentence under a writer's name.
_CUT_LINE_WORDS = 5


def _subheading_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """The subheadings under a summary's title and byline are its text (the paragraphs under them may be
    missing from a copy), up to the first line that is no subheading."""
    state.subheadings = state.subheadings and _is_subheading(text) and state.current is not None
    if state.subheadings:
        _body_line(text, no, state)
    return state.subheadings


def _bullet_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """A ``•`` bullet: post text, never a post's start unless no post is open."""
    item = _BULLET_GLYPH_RE.sub("", text)
    if not (_BULLET_GLYPH_RE.match(text) and item):
        return False
    post = state.current
    if post is None or state.closed:
        post = _new_post(state, page.path, page.lines, no)
    post.body.append(Block("bullet", item, no, no))
    return True


def _summary_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """``Summary``, ``The day so far`` …: the heading of a summary post (a flattened copy may run the
    heading into the post's first words: ``Closing summary Time for a quick recap: …``)."""
    fused = _FUSED_SUMMARY_RE.match(text)
    heading = fused["heading"] if fused is not None and is_summary_heading(fused["heading"]) else text
    if not is_summary_heading(heading):
        return False
    current = state.current
    reuse = current is not None and _is_fresh(current) and not state.closed and not current.title
    post = current if reuse and current is not None else _new_post(state, page.path, page.lines, no)
    post.title, post.title_line = heading, no
    post.labels.append(Label("Summary"))
    if heading != text:
        _body_line(text[len(heading) :].strip(), no, state)
    return True


#: A summary heading of two or three words run into a sentence that starts with a capital.
_FUSED_SUMMARY_RE = re.compile(r"^(?P<heading>(?i:(?:\S+\s+){0,3}?summary|the\s+day\s+so\s+far))\s+(?=[A-Z]\w*\s)")


def _quoted_feed_line(text: str, no: int, state: _State, page: _Page) -> bool:
    """A line opening with a four-digit or colon time in a run of such lines straight under a lead-in ending with a
    colon, no blank line between ("… gave a dramatic minute-by-minute account …:" / "1507: My house is trashed!"):
    someone's posts quoted with their times, the open post's text (never a post, a heading or an index entry)."""
    if state.current is None or not state.current.body or not _QUOTED_TIME_RE.match(text):
        return False
    lines = page.lines
    above = no - 2
    while above >= 0 and lines[above].strip() and _QUOTED_TIME_RE.match(lines[above].strip()):
        above -= 1
    if above < 0 or above == no - 1 or not lines[above].strip().endswith(":"):
        return False
    _body_line(text, no, state)
    return True


#: A time opening a quoted post: "1507: …", "15:07 …".
_QUOTED_TIME_RE = re.compile(r"^(?:[01]\d|2[0-3])(?::?[0-5]\d)(?::|\s)\s*\S")


_HANDLERS: tuple[_Handler, ...] = (
    _page_stamp_line,
    _updated_line,
    _quoted_feed_line,
    _inline_time_line,
    _match_minute_line,
    _over_line,
    _lap_line,
    _leaked_time_line,
    _cut_time_line,
    _index_entry_line,
    _player_line,
    _time_line,
    _chrome_line,
    _listed_line,
    _byline_line,
    _subheading_line,
    _bullet_line,
    _summary_line,
)


def _opening_or_text(text: str, no: int, state: _State, page: _Page) -> None:
    """A handover or a headline opens a post; other text continues the open one (or opens one)."""
    current = state.current
    if state.diary and current is not None:
        _body_line(text, no, state, listed=True)  # an entry of the diary the post lists ("8:15am: Nato … doorstep")
        return
    starts_fresh = current is None or (
        state.closed
        and not _sign_off_quip(text, no, page)
        # (a paragraph opening with the post's heading goes on with it past a link: "Stage 13" / "… click here." /
        # "Stage 13 finishes in Nîmes, …")
        and not (
            bool(current.title) and len((current.title or "").split()) >= 2 and text.startswith(f"{current.title} ")
        )
    )
    if is_handover_in(text) and not (_is_fresh(current) and not state.closed):
        _new_post(state, page.path, page.lines, no)
    elif (
        is_handover_out(text)
        and not _SIGN_OFF_RE.search(text)
        and not (current is not None and not state.closed and not current.body)
        # (on a copy that parts posts by a wider gap, a hand-over closer than that is the open post's last words)
        and not (
            page.post_gap is not None
            and current is not None
            and not state.closed
            and blank_lines_above(page.lines, no - 1) < page.post_gap
        )
    ):
        _new_post(state, page.path, page.lines, no)
    elif (
        _opens_as_headline(text, no, state, page)
        or _short_heading(text, no, state, page)
        or _two_word_heading(text, no, page)
        or _repeated_heading(text, no, page)
    ):
        if current is not None and not state.closed and _is_fresh(current) and not current.title:
            current.title, current.title_line = text, no
        else:
            post = _new_post(state, page.path, page.lines, no)
            post.title, post.title_line = text, no
        return
    elif starts_fresh and not (current is not None and _is_fragment(text)):
        _new_post(state, page.path, page.lines, no)
    _body_line(text, no, state, listed=_in_list_block(no, page) or _in_numbered_run(no, page))
    if _RELATED_RE.match(text) and _ends_at_related_link(no, state, page):
        state.closed = True


#: A football goal's heading: "GOAL!!! West Bromwich Albion 2-3 Manchester City (Anichebe 90)",
#: "Goal! Norwich 4-0 WBA (Howson)" -- a headline, though it ends with a bracket.
_GOAL_RE = re.compile(r"^(?:GOAL|Goal)!*\s+[^()]{3,80}?\b\d{1,2}\s*-\s*\d{1,2}\b[^()]{0,60}\([^()]{1,40}\)")


#: A teaser heading: a few words trailing off after a space ("Not long now ...", "Roy Hodgson speaks ...").
_TEASER_RE = re.compile(r"^[A-Z][^.!?:;]{2,60}\s(?:\.\.\.|…)$")
#: Most words a teaser heading has ("Page 2 for a Romney win, page 3 for Obama ...").
_TEASER_WORDS = 12
#: A paragraph carrying on the sentence of the heading over it: "… for now. But I'll be back tomorrow".
_CARRIED_ON_RE = re.compile(r"^(?:…|\.\.\.)\s*[a-z]")


def _is_teaser_heading(text: str, following: str) -> bool:
    """True for a teaser heading over its post's text: a short line trailing off after a space, the next
    line a sentence of some length or a minute's entry ("1 min: …")."""
    if len(text.split()) <= _TEASER_WORDS and text.endswith(("…", "...")) and _CARRIED_ON_RE.match(following):
        return True  # its sentence carried on under it: "Right. that's it from me …" / "… for now. But I'll be back …"
    return (
        len(text.split()) <= _TEASER_WORDS
        and _TEASER_RE.match(text) is not None
        and (
            (ends_sentence(following) and len(following.split()) >= _PROSE_WORDS)
            or len(following.split()) >= _SENTENCE_WORDS  # (a long line, its stop lost: "Here is … mentioned earlier")
            or _MATCH_MINUTE_RE.match(following) is not None
            # (or straight over the next post's headline: its own text, an embed, was lost)
            or (is_headline_shaped(following) and not ends_sentence(following))
        )
    )


def _is_goal_heading(text: str) -> bool:
    """True for a goal's or another scoring event's heading standing alone on its line ("GOAL! … (Howson)", "WICKET!
    c Lyon b Johnson 0 (England 6-1)"), or a score's ("Australia 75/4 (trail by 140 runs with six wickets
    remaining)"): headlines, though they end with a bracket."""
    goal = _GOAL_RE.match(text)
    whistle = _WHISTLE_RE.match(text)
    scored = _SCORED_RE.match(text)
    return (
        (goal is not None and goal.end() == len(text))
        or bool(_EVENT_RE.match(text) or _SCORE_HEADING_RE.match(text) or _BREAK_SCORE_RE.match(text))
        or (whistle is not None and _RESULT_RE.match(text[whistle.end() :]) is not None)
        or (scored is not None and _RESULT_RE.match(text[scored.end() :]) is not None)
    )


#: A scoring event exclaimed or stopped before the match's score: "TRY! Lions 59-8 Barbarians", "CONVERSION. Lions
#: 54-8 Barbarians", "GOAL! Spurs 1-0 Stoke".
_SCORED_RE = re.compile(
    r"^(?:GOAL|OWN\s+GOAL|TRY|PENALTY\s+TRY|CONVERSION|PENALTY(?:\s+GOAL)?|DROP\s+GOAL|WICKET|RED\s+CARD)(?:!+|\.)\s+"
    # (or in title case, exclaimed: "Goal!!! Fulham 3-0 West Brom")
    r"|^(?:Goal|Own\s+goal|Try|Wicket)!+\s+"
)


#: A whistle exclaimed before a match's result: "Full-time! West Ham 1-2 Leicester", "Half-time: Spurs 2-0 Stoke".
_WHISTLE_RE = re.compile(r"^(?i:full[-\s]?time|half[-\s]?time|FT|HT)(?:!+|:)\s+")
#: A scoring event's heading with the score after it in brackets: "WICKET! c Lyon b Johnson 0 (England 6-1)", or the
#: batsman's dismissal and runs: "WICKET!!! ENGLAND WIN THE ASHES! (Siddle c Anderson b Broad, 23)".
_EVENT_RE = re.compile(
    r"^(?:WICKET|Wicket|TRY|Try|PENALTY|Penalty|RED\s+CARD|Red\s+card|DROPPED|Dropped|OUT|Out)!+\s+[^()]{1,80}"
    r"\((?:[^()]*\b\d{1,3}\s*[-/]\s*\d{1,3}\b[^()]*"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:c|b|lbw|st|run\s+out)\b[^()]{0,40}?,?\s+\d{1,3})\)$"
)
#: A side's score as a heading, perhaps with the match's state in brackets: "Australia 75/4 (trail by 140 runs …)".
_SIDE_SCORE = r"[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*){0,3}\s+\d{1,3}[-/]\d{1,2}"
_SCORE_HEADING_RE = re.compile(rf"^{_SIDE_SCORE}(?:\s+\([^()]{{3,80}}\))?$")
#: A break in play labelled in capitals over the score, the batsmen in brackets: "STUMPS DAY FOUR: Australia 23-2
#: (Renshaw 7)", "LUNCH – England 120-3 (Root 45, Stokes 12)".
_BREAK_SCORE_RE = re.compile(
    rf"^[A-Z]{{3,}}(?:\s+[A-Z]{{2,}}){{0,3}}\s*(?::|–|—|-)\s*{_SIDE_SCORE}(?:\s+dec)?(?:\s+\([^()]{{3,80}}\))?$"
)


def _unfuse_goal_headings(posts: list[Post]) -> None:
    """A flattened copy runs a goal's heading into its text ("GOAL! QPR 3-2 West Brom (Austin 86) And
    there's the treble …"): the heading becomes the untitled post's title."""
    for post in posts:
        first = post.body[0] if post.body else None
        if post.title or first is None or first.kind != "paragraph":
            continue
        goal = _GOAL_RE.match(first.text)
        rest = first.text[goal.end() :].strip() if goal else ""
        if goal is not None and rest[:1].isupper():
            post.title, post.title_line = goal.group(0), first.first_line
            first.text = rest


#: A heading a copy ran into its post's first sentence with no space: "Third Sage member warns too soon to lift
#: lockdownProfessor Peter Horby, chair of …" (the heading's last word in lower case, the sentence's first capitalised).
_FUSED_HEADING_RE = re.compile(r"^(?P<title>[A-Z][^.!?:;\n]{10,120}?\s[a-z]{3,})(?P<text>[A-Z][a-z]{2,}\s\S.*)$")
#: The fewest words of the sentence after a fused heading.
_FUSED_TEXT_WORDS = 8


def _unfuse_headings(posts: list[Post], feed: Feed) -> None:
    """An untitled post whose first paragraph is a heading run into its first sentence with no space has that
    heading as its title; so has the page's first post, whose title was then the page's headline ("Follow here for
    the latest updates on the pandemic" over "Third Sage member warns …lockdownProfessor …")."""
    for number, post in enumerate(posts):
        first = post.body[0] if post.body else None
        if (post.title and number) or first is None or first.kind != "paragraph":
            continue
        fused = _FUSED_HEADING_RE.match(first.text)
        if (
            fused is not None
            and is_headline_shaped(fused["title"])
            and len(fused["text"].split()) >= _FUSED_TEXT_WORDS
            and ends_sentence(fused["text"])
        ):
            if post.title:
                feed.page_parts.append(Block("page-title", post.title, post.title_line, post.title_line))
            post.title, post.title_line = fused["title"], first.first_line
            first.text = fused["text"]


def _follows_announcement(state: _State) -> bool:
    """True when the open post's last paragraph announces what follows ("The rest of the MPs opposing the motion
    were as follows."): a headline-shaped line under it heads a part of that post ("Labour MPs who voted against
    airstrikes - 153"), not a post of its own."""
    post = state.current
    if post is None or state.closed or not post.body:
        return False
    body = post.body
    at = len(body) - 1
    # (or heads a later part: the parts' headings and their paragraphs in turn under the announcement)
    while at >= 2 and _is_part_heading(body[at - 1].text) and not _AS_FOLLOWS_RE.search(body[at].text):
        at -= 2
    return body[at].kind == "paragraph" and _AS_FOLLOWS_RE.search(body[at].text) is not None


def _is_part_heading(text: str) -> bool:
    """A short unstopped line: the heading of a part of a post."""
    return len(text.split()) <= _SENTENCE_WORDS and not ends_sentence(text)


#: A paragraph ending by announcing what follows it.
_AS_FOLLOWS_RE = re.compile(r"\b(?:as\s+follows|the\s+following|listed\s+below|are\s+below)\s*[.:]?$", re.IGNORECASE)


def _opens_as_headline(text: str, no: int, state: _State, page: _Page) -> bool:
    """A headline-shaped line where a headline can stand (not the page's last line, an embed, a
    caption, inside a quotation or a list)."""
    if (
        _is_result_heading(text, no, page)
        and not state.quote_mode
        and not _follows_announcement(state)
        and not _inside_timed_post(text, no, state, page)
        # (a result straight under a heading is that post's text: "Bury are relegated …" / "Bury 0-1 Oldham")
        and not (_is_fresh(state.current) and state.current is not None and state.current.title and not state.closed)
    ):
        return True
    return (
        (is_headline_shaped(text) or _is_goal_heading(text) or _is_teaser_heading(text, _next_content(page.lines, no)))
        and no != page.last_content
        and not is_embed(text)
        and not is_link_out(text)
        and not _is_caption(text)
        and not (_VIDEO_TITLE_RE.search(text) and _introduces_video(state))
        # (a sentence telling of a wicket, "Morgan tries to cart his first ball …, and doesn't get enough on it!", is
        # the text of a wicket's post whose heading a copy lost)
        and not (tells_dismissal(text) and len(text.split()) >= _DISMISSAL_TEXT_WORDS)
        # (the blog's closing note run into a lead-in, "The liveblog is closing for the night. In summary", is text)
        and not (is_closing_note(text) and ends_a_sentence_inside(text))
        and not _ends_block(no, page)
        and not state.quote_mode
        and not state.after_separator
        and not (state.list_mode and not state.list_by_separators)
        # (a heading over the blog's closing note may have it open with "And": "And that's it for our … liveblog.")
        # (a score's heading is one whatever follows: "Full-time! West Ham 1-2 Leicester" / "And Leicester are …")
        and not (
            _CONTINUES_RE.match(following := _next_content(page.lines, no))
            and not is_closing_note(following)
            and not _is_goal_heading(text)
        )
        and not _CONJUNCTION_RE.match(text)
        # (a sign-off told in sentences, "Thanks for reading. Until next time, bye!", is the closing post's last words;
        # one as a heading, "Thank you and goodnight", has no stop)
        and not (signs_off(text) and ends_sentence(text))
        and not is_signed(text)  # (prose its writer signed: "Glastonbury Police are mocking you...HJP")
        and not _has_list_mark(text, ")")  # ("1) …": an item, even when a copy broke it before its stop)
        and not _REFERS_BACK_RE.match(text)
        and not _among_results(text, no, page)
        and not _BY_FIELD_RE.match(text)
        and not _in_list_block(no, page)
        and not _in_numbered_run(no, page)
        and not _captions_announced_list(no, page)
        # (a long line straight under a headline, its stop lost, is that post's text: "World reaction" / "From
        # Australia, to China … assessment of his second presidential election win")
        and not (
            len(text.split()) >= _SENTENCE_WORDS
            and _is_fresh(state.current)
            and state.current is not None
            and bool(state.current.title)
            and not state.closed
            and bool(state.posts)  # (under the page's head, a standfirst under a stamp line is the head's)
        )
        and not _introduces_quote(text, no, page)
        and not _follows_announcement(state)
        and not _inside_timed_post(text, no, state, page)
        and not _inside_timed_round_up(state)
        and not _is_caption(_next_content(page.lines, no))  # a photo's alt text over its caption
        # (or over a caption that repeats it, whole or cut short: "Steve McQueen jumping for joy …" / "Steve McQu";
        # or that caption under it: "Le Soir, 7 November 2012" twice)
        and not _repeats_opening(page.lines[no].strip(), text)
        and not (
            state.current is not None
            and state.current.body
            and _cut_repeat_of(text, state.current.body[-1], no)  # (a paragraph's, not an index entry's)
        )
        and not _ends_sign_off(no, page)
        and not _exclaims_under_headline(text, state)
        and not _tweet_text(no, page)
        and not _ANSWERED_RE.match(_next_content(page.lines, no))
        and not _answers_question(text, state)
        # (a match named over its team sheet is a subheading of the team news under way: "Some teams …" /
        # "Arsenal v Sunderland" / "Arsenal: Almunia, Eboue, …")
        and not (
            state.current is not None and is_match_line(text) and is_team_sheet_line(_next_content(page.lines, no))
        )
        and not (text.endswith("?") and _QUOTED_ANSWER_RE.match(_next_content(page.lines, no)))
    )


#: How many one-blank-line gaps (paragraphs) and wider ones (posts) a copy must show to part posts by the wider.
_NARROW_GAPS_SEEN = 3
_WIDE_GAPS_SEEN = 2


def _sets_posts_apart(lines: list[str]) -> int | None:
    """The fewest blank lines that part posts on a copy that parts its paragraphs by fewer: one blank line between
    paragraphs and two or more between posts (a page saved with each post's box as an extra blank line), or two
    between paragraphs and four or more between posts (a feed's re-post that doubled every break); None when the
    copy shows no such habit."""
    gaps: Counter[int] = Counter()
    run, seen = 0, False
    for line in lines:
        if line.strip():
            if seen and run:
                gaps[run] += 1
            seen, run = True, 0
        else:
            run += 1
    if gaps[1] >= _NARROW_GAPS_SEEN and sum(n for gap, n in gaps.items() if gap >= 2) >= _WIDE_GAPS_SEEN:
        return 2
    if (
        gaps[2] >= _NARROW_GAPS_SEEN
        and gaps[2] > gaps[1]
        and sum(n for gap, n in gaps.items() if gap >= _DOUBLED_POST_GAP) >= _WIDE_GAPS_SEEN
    ):
        return _DOUBLED_POST_GAP
    return None


#: The fewest blank lines between posts on a copy that puts two between paragraphs.
_DOUBLED_POST_GAP = 4


def _ends_block(no: int, page: _Page) -> bool:
    """True when line ``no`` stands a wider gap above prose on a copy that parts posts so: the last line of
    its post ("… Here's one of a Glastonbury wedding" / two blank lines / "If you're at the festival, …"), not
    a heading over the next (a bare heading has a heading under it: "Bong! News at 10" / "GB men join …")."""
    if page.post_gap is None:
        return False
    below = no
    while below < len(page.lines) and not page.lines[below].strip():
        below += 1
    following = page.lines[below].strip() if below < len(page.lines) else ""
    return below - no >= page.post_gap and bool(following) and not is_headline_shaped(following)


def _is_result_heading(text: str, no: int, page: _Page) -> bool:
    """True for a match's result alone between blank lines, over a paragraph or the post's "Updated" (a clockwatch's
    "Crystal Palace 0-0 Cardiff" over "Read Dominic Fifield's match report:"), not one of a list of results (a
    result on either side of it)."""
    if not _RESULT_RE.match(text) or no < 2 or no >= len(page.lines):
        return False
    if page.lines[no - 2].strip() or page.lines[no].strip():
        return False
    following = _next_content(page.lines, no)
    before = _content_above(page.lines, no, 2)
    # (a list of results may hold a fixture with no score: "Torquay v Barnet postponed waterlogged pitch")
    if before and _FIXTURE_RE.match(before[0]):
        before = before[1:]
    return bool(following) and not _RESULT_RE.match(following) and not (before and _RESULT_RE.match(before[0]))


def _among_results(text: str, no: int, page: _Page) -> bool:
    """True for a fixture with a match's result next to it: an item of a list of results ("Southend 0-0 Bristol
    Rovers" / "Torquay v Barnet postponed waterlogged pitch" / "Wycombe 2-1 Aldershot"), not a heading."""
    if not _FIXTURE_RE.match(text) or _is_goal_heading(text):
        return False  # (a goal's heading under the scores is a post's: "Stoke 1-1 Man City" / "Goal!!! Fulham 3-0 …")
    before = next(iter(_content_above(page.lines, no, 1)), "")
    return bool(_RESULT_RE.match(before) or _RESULT_RE.match(_next_content(page.lines, no)))


#: The most words of a line in a block of list lines.
_LIST_LINE_WORDS = 6
#: The fewest lines of such a block.
_LIST_BLOCK_LINES = 3
#: The most words of a numbered line in such a block, and its number: "147. Mark Cavendish (Team Columbia) +1hr …".
_NUMBERED_LIST_LINE_WORDS = 12


def _has_list_mark(text: str, mark: str) -> bool:
    """True for a line opening with a list item's number and this mark ("." in "6. Carlos Sastre …", ")" in "1) …")."""
    found = list_number(text)
    return found is not None and found[1] == mark


def _in_list_block(no: int, page: _Page) -> bool:
    """True for a line of a block of short lines set apart by blank lines, one under another (a list of names and
    places, "Wael Ghonim, Cairo" / "Mohamed Abdelfattah, Alexandria" / …): items, never headings."""
    lines = page.lines
    if not _is_list_line(lines[no - 1]):
        return False
    first = last = no - 1
    while first > 0 and lines[first - 1].strip():
        if not _is_list_line(lines[first - 1]):
            return False
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].strip():
        if not _is_list_line(lines[last + 1]):
            return False
        last += 1
    # (a blank line above it: a page that sets its paragraphs apart)
    return first > 0 and last - first + 1 >= _LIST_BLOCK_LINES


def _in_numbered_run(no: int, page: _Page) -> bool:
    """True for a short paragraph numbered one more than the paragraph above it or one less than the one under it
    (a list set apart by blank lines, its numbers bare: "1 06:19 Barry Lane, James Driscoll" / "2 06:30 Richard
    Finch, Garth Mulroy"): an item, never a headline."""
    text = page.lines[no - 1].strip()
    numbered = list_number(text)
    if numbered is None or len(text.split()) > _NUMBERED_LIST_LINE_WORDS or ends_sentence(text):
        return False
    above = next(iter(_content_above(page.lines, no, 1)), "")
    for other, step in ((above, -1), (_next_content(page.lines, no), 1)):
        found = list_number(other)
        if found is not None and found[0] == numbered[0] + step:
            return True
    return False


#: A paragraph that announces what follows it: "Anyway, here are the tee-off times, …", "Here's the team: …".
_ANNOUNCES_RE = re.compile(r"\bhere(?:[’']s|\s+is|\s+are)\s+(?:the|our|some|a)\b", re.IGNORECASE)


def _captions_announced_list(no: int, page: _Page) -> bool:
    """True for a line between a paragraph that announces what follows and the list it announced ("Anyway, here are
    the tee-off times …" / "The Open tee times, day one" / "1 06:19 Barry Lane, …"): the list's caption, inside
    the post."""
    above = next(iter(_content_above(page.lines, no, 1)), "")
    if not _ANNOUNCES_RE.search(above):
        return False
    below = next((i for i in range(no, len(page.lines)) if page.lines[i].strip()), None)
    return below is not None and (_in_numbered_run(below + 1, page) or _in_list_block(below + 1, page))


def _is_list_line(line: str) -> bool:
    """A line that can be an item of a block of list lines: a few words (more after a list number: "6. Carlos Sastre
    (CSC Saxo Bank) +1min 28sec"), no sentence's end, no post's time."""
    text = line.strip()
    most = _NUMBERED_LIST_LINE_WORDS if _has_list_mark(text, ".") else _LIST_LINE_WORDS
    return len(text.split()) <= most and not ends_sentence(text) and parse_post_time(text) is None


#: A document's field naming who did something: "Seconded by: Ann Coffey MP", "Proposed by: …", "Signed by: …".
_BY_FIELD_RE = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+)?\s+by:\s+\S")
#: A fixture, perhaps with its state: "Torquay v Barnet postponed waterlogged pitch", "Leeds v Hull (3pm)".
_FIXTURE_RE = re.compile(r"^[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}\s+v\s+[A-Z]")


#: A match's result: "Crystal Palace 0-0 Cardiff", "Leicester City 2-1 Manchester City".
#: (A side's name may join its words with "and" or "of": "British and Irish Lions", "Queen of the South".)
_SIDE = r"[A-Z][\w’'.&-]*(?:\s+(?:(?:and|of(?:\s+the)?)\s+)?[A-Z][\w’'.&-]*){0,3}"
_RESULT_RE = re.compile(rf"^{_SIDE}\s+\d{{1,2}}-\d{{1,2}}\s+{_SIDE}$")


def _answers_question(text: str, state: _State) -> bool:
    """True for an answer to the question the open post's last paragraph put ("… over the last week?" /
    "Dijsselbloem responds by saying that …" with its stop lost): the post's text, not a headline."""
    current = state.current
    return (
        current is not None
        and bool(current.body)
        and current.body[-1].text.rstrip().endswith("?")
        and _ANSWERING_RE.match(text) is not None
    )


#: The answer to a question put at a press conference, in the paragraph after it ("Has the credibility … been
#: undermined …?" / "Dijsselbloem responds by saying …"): the question is the post's text, not a headline.
_ANSWERED_RE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\s+(?:responds|replies|answers|responded|replied|answered)\b"
)
#: A quotation answering the question put above it, with who said it after it ("How does India respond …?" /
#: "\"Vigilance, intelligence … norm,\" Dibyesh Anand argues on …"): the question is the post's text.
_QUOTED_ANSWER_RE = re.compile(
    r"^[“\"][^”\"]{20,}[”\"],?\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\s+"
    r"(?:argues|argued|says|said|writes|wrote|suggests|suggested|believes)\b"
)
#: Someone answering, in any words (a question in the paragraph above makes it an answer).
_ANSWERING_RE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\s+(?:responds|replies|answers|says|responded|replied|answered|said)\b"
)


#: An embedded tweet's attribution line: "— Paul johnson (@paul__johnson) July 11, 2016".
_TWEET_ATTRIBUTION_RE = re.compile(r"^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)")
#: How many lines a tweet's text may run to above its attribution line.
_TWEET_LINES = 3


def _tweet_text(no: int, page: _Page) -> bool:
    """True for a line of an embedded tweet's text: its attribution line ("— Name (@handle) date")
    follows within :data:`_TWEET_LINES` content lines, with no other line of its own kind between."""
    for after in range(_TWEET_LINES):
        following = _next_content(page.lines, no, after=after)
        if not following:
            return False
        if _TWEET_ATTRIBUTION_RE.match(following):
            return True
    return False


def _exclaims_under_headline(text: str, state: _State) -> bool:
    """True for an exclamation or a question straight under a headline that has no text yet ("GOAL!!! …"
    / "What a day for Joe Hart!"): the post's first words, not a second headline."""
    current = state.current
    return (
        text.endswith(("!", "?"))
        and current is not None
        and current.title is not None
        and not current.body
        and not state.closed
    )


def _sign_off_quip(text: str, no: int, page: _Page) -> bool:
    """True for a line of a few words one blank line under the blog's closing note (its last words), or a
    writer's short thanks under the post it ends ("… or find me on twitter here." / "Thanks!")."""
    if _THANKS_RE.match(text):
        return True
    return len(text.split()) <= _QUIP_WORDS and _under_closing_note(no, page)


#: A writer's short thanks or goodbye on a line of its own: the end of the post above, never a post.
_THANKS_RE = re.compile(r"^(?:thanks|thank\s+you|many\s+thanks|cheers|bye)(?:\s+\w+){0,2}\s*[!.]?$", re.IGNORECASE)


#: The most words a closing note's last line has ("Seriously, where's my BMW?").
_QUIP_WORDS = 6


def _under_closing_note(no: int, page: _Page) -> bool:
    """True when line ``no`` stands one blank line under the blog's closing note."""
    before = no - 2
    while before >= 0 and not page.lines[before].strip():
        before -= 1
    return before >= 0 and no - 2 - before == 1 and is_closing_note(page.lines[before].strip())


def _ends_sign_off(no: int, page: _Page) -> bool:
    """True for a short line one blank line under the blog's closing note and set apart from what follows
    by a wider gap ("That's it from me tonight. …" / "Seriously, where's my BMW?"): the note's last words."""
    after = no
    while after < len(page.lines) and not page.lines[after].strip():
        after += 1
    return after - no >= 2 and _under_closing_note(no, page)


#: A heading of two words, the second in lower case ("Rowing report", "Boxing night", "See ya!").
_TWO_WORD_HEADING_RE = re.compile(
    # (an exclamation of one word too: "Zing!")
    # (a pun put as a question in title case too: "What's Cooking?")
    r"^[A-Z][a-z’'-]+,?\s+[a-z][a-z’'-]+[!?]?$|^[A-Z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,3}!$"
    r"|^[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+[!?]$"
    # (or a stage of an event by its number: "Stage 13", "Day 4", "Round 2")
    r"|^(?:Stage|Day|Round|Leg|Race|Game|Match|Part)\s+\d{1,3}$"
)
#: A reader's name over their words: "Niall Mullen writes:", "Gary Naylor emails:".
_SENDER_LEAD_IN_RE = re.compile(
    r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:writes|emails|e-mails|texts|tweets|asks|adds):$"
)


def _two_word_heading(text: str, no: int, page: _Page) -> bool:
    """On a page with no time lines, a two-word heading (or an exclamation of up to four: "What a day!") set apart
    by blank lines over a paragraph of
    prose is that post's headline (too short for :func:`is_headline_shaped`)."""
    if page.time_lines or no < 2 or no >= len(page.lines):
        return False
    if page.lines[no - 2].strip() or page.lines[no].strip() or _CONJUNCTION_RE.match(text):
        return False
    following = _next_content(page.lines, no)
    # (or a name the paragraph under it names again: "Michael Phelps" / "And Andy Bull has written about Michael
    # Phelps, …")
    if not (_TWO_WORD_HEADING_RE.match(text) or (is_person_name(text) and text in following)):
        return False
    # (over a list of results: "Championship scores" / "Barnsley 0-6 Charlton" / "Blackburn 2-0 Derby"; an
    # exclamation over one: "Game over!" / "Stoke 1-1 Man City")
    if _RESULT_RE.match(following) and (text.endswith("!") or _RESULT_RE.match(_next_content(page.lines, no, after=1))):
        return True
    # (a lead-in to a quotation counts: "Some reading" / "Here's Simon Cambers's match report for you:", and so
    # does a reader's name over their words: "Poetry, please" / "Niall Mullen writes:")
    if following.endswith(":"):
        return len(following.split()) >= _LEAD_IN_WORDS or _SENDER_LEAD_IN_RE.match(following) is not None
    words = len(following.split())
    # (a paragraph a copy cut off before its stop is prose by its length, or by a shorter one under a heading the
    # page sets apart by a wider gap than one blank line: "" / "" / "Another miss!" / "" / "Oh Zamora! He has …")
    wide = no >= 3 and not page.lines[no - 3].strip()
    return (
        (ends_sentence(following) and words >= _PROSE_WORDS)
        or words >= _CUT_PROSE_WORDS
        or (wide and words >= _PROSE_WORDS)
    )


#: A paragraph of at least this many words is prose whether or not it ends a sentence.
_CUT_PROSE_WORDS = 20
#: A paragraph of at least this many words, ending a sentence, is prose; a lead-in ending in a colon
#: needs fewer ("Here's Simon Cambers's match report for you:").
_PROSE_WORDS = 8
_LEAD_IN_WORDS = 5
#: A page with this many time lines has its posts delimited by them.
_TIMED_PAGE = 3


def _inside_timed_post(text: str, no: int, state: _State, page: _Page) -> bool:
    """True inside the text of a timed post on a page whose posts all open with their time: a
    headline stands under a time line (or over one), so a headline-shaped line here is the post's
    own (a quoted tweet, a subheading)."""
    current = state.current
    following = _next_content(page.lines, no)
    return (
        (page.time_lines >= _TIMED_PAGE or page.inline_times >= _INLINE_TIMED_PAGE)
        and current is not None
        and current.stamp is not None
        and bool(current.body)
        and not state.closed
        and parse_post_time(following) is None
        # (over an entry that opens with its time a short exclamation ends the post above: "Yay, Eurovision! Enjoy!" /
        # "7.16pm: …"; a longer headline may be the next entry's)
        # (a line that states, its stop lost, is the post's last words however long: "Nour Ali is the pseudonym for a
        # journalist based in Damascus" / "1.58pm: …")
        and not (_INLINE_TIME_RE.match(following) is not None and not _exclaims(text) and not _STATES_RE.search(text))
    )


#: A copula before an article, as a sentence says what something is ("… is the pseudonym for …"); a headline drops it.
_STATES_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:the|a|an)\s", re.IGNORECASE)


def _inside_timed_round_up(state: _State) -> bool:
    """True inside a timed post that opened by announcing a round-up ("8.49am: Welcome to Middle East live. Here's a
    summary of developments across the region."): a headline-shaped line there is a section of it ("United Arab
    Emirates"), however few times the page prints."""
    current = state.current
    return (
        current is not None
        and current.stamp is not None
        and bool(current.body)
        and not state.closed
        and announces_round_up(current.body[0].text)
    )


def _exclaims(text: str) -> bool:
    """A short exclamation ("Yay, Eurovision! Enjoy!")."""
    return text.rstrip().endswith("!") and len(text.split()) <= _EXCLAMATION_WORDS


#: The most words of a short exclamation.
_EXCLAMATION_WORDS = 6


#: How many lines opening with their post's time make a page whose posts all do ("9.06am: Shares have …"):
#: a headline-shaped line inside such a post's text is the post's own (a paragraph that lost its stop).
_INLINE_TIMED_PAGE = 2


#: A line that carries on the sentence or list before it (``And manufacturing figures are due``,
#: ``which …``): the unpunctuated line above it is an item of that list, not a headline.
_CONTINUES_RE = re.compile(r"^(?:(?i:and|or|nor|plus)\s|[a-z])")
#: A sentence that leans on the one before ("The first is by …", "It was …"): never a headline.
_REFERS_BACK_RE = re.compile(
    r"^(?:the\s+(?:first|second|third|latter|former)|he|she|they|it)\s+(?:is|was|are|were|has|had|says|said"
    # (or a modal or a negation: "They wouldn't? Would they?")
    r"|would|could|will|can|did|does|do|(?:would|could|wo|ca|did|does|do|is|are|was|were|has|have|had)n[’']t)\b",
    re.IGNORECASE,
)
#: A line opening with a conjunction carries on what came before: never a headline.
#: (or "So" and a word: "So some musical updates!", "So that's that, then!" -- a sentence carrying the talk on)
_CONJUNCTION_RE = re.compile(r"^(?i:and|or|nor|plus)\s|^So\s+[a-z]")
#: A lead-in to a quotation that lost its colon: "Here’s Jos Buttler, chatting on Sky Sports".
_HERE_IS_RE = re.compile(r"^here(?:[’']s|\s+is|\s+are)\s", re.IGNORECASE)
#: A paragraph that opens with a quotation mark.
_QUOTATION_RE = re.compile(r"^[“\"‘]")


def _introduces_quote(text: str, no: int, page: _Page) -> bool:
    """True for "Here's …" over a quotation: a lead-in whose colon the copy lost, not a headline."""
    return _HERE_IS_RE.match(text) is not None and _QUOTATION_RE.match(_next_content(page.lines, no)) is not None


#: How many words a heading printed straight under a post's time may have ("Next up", "Team news").
_SHORT_HEADING_WORDS = 4
_SHORT_HEADING_RE = re.compile(r"^[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}$")


#: Most words of a short heading a page repeats over its posts ("Athletics", "Swimming", "Champions League").
_REPEATED_HEADING_WORDS = 3
#: Most words of another heading on a page of repeated headings.
_SIBLING_HEADING_WORDS = 8
_REPEATED_HEADING_RE = re.compile(r"^[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,2}$")


def _short_lines_set_apart(lines: list[str]) -> Counter[str]:
    """How often each short line of a few capitalised words stands alone between blank lines."""
    counts: Counter[str] = Counter()
    for idx in range(1, len(lines) - 1):
        text = lines[idx].strip()
        if (
            text
            and len(text.split()) <= _REPEATED_HEADING_WORDS
            and not lines[idx - 1].strip()
            and not lines[idx + 1].strip()
            and _REPEATED_HEADING_RE.match(text)
        ):
            counts[text] += 1
    return counts


def _repeated_heading(text: str, no: int, page: _Page) -> bool:
    """A short heading the page sets over two posts or more, each time alone between blank lines and over a
    paragraph of prose: a section's name heading each post ("Athletics" … "Athletics"), and another one-word heading
    set so on that page ("Swimming")."""
    repeated = page.set_apart[text] >= 2
    # (and, on such a page, another heading of one word or an exclamation set apart so: "Swimming" once among
    # "Athletics" headings, "It is bronze for Britain!")
    sibling = (
        bool(page.set_apart)
        and max(page.set_apart.values()) >= 2
        and (len(text.split()) == 1 or (len(text.split()) <= _SIBLING_HEADING_WORDS and text.endswith("!")))
        and text[:1].isupper()
    )
    if not (repeated or sibling) or no < 2 or no >= len(page.lines):
        return False
    if page.lines[no - 2].strip() or page.lines[no].strip() or is_person_name(text):
        return False
    following = _next_content(page.lines, no)
    words = len(following.split())
    return (ends_sentence(following) and words >= _PROSE_WORDS) or words >= _CUT_PROSE_WORDS


def _short_heading(text: str, no: int, state: _State, page: _Page) -> bool:
    """A heading too short to look like a headline, printed straight under a post's time and
    followed by the post's text (``4.59pm BST`` / ``Next up`` / ``Related: …``)."""
    current = state.current
    if (
        current is None
        or current.stamp is None
        or current.title
        or current.body
        or state.closed
        or not _SHORT_HEADING_RE.match(text)
        or is_person_name(text)
        or is_data_line(text)
    ):
        return False
    following = _next_content(page.lines, no)
    return bool(following) and parse_post_time(following) is None


def _ends_on_unstopped_quote(text: str) -> bool:
    """True for a line ending on a quotation with no stop inside it ('… "go back to your work"')."""
    return text.endswith(('"', "”")) and not text.rstrip('"”’').endswith((".", "!", "?", ",", ":"))


def _body_kind(text: str, state: _State) -> BlockKind:
    """What a body line is, by the modes the lines before it set and by its own shape."""
    if state.after_separator:
        return "bullet"
    if state.quote_mode:
        return "quote"
    if (
        state.list_mode
        and not state.list_by_separators
        # (an item may end on a quotation with no stop of its own: 'Suleiman told protesters "go back …"')
        and (is_headline_shaped(text) or not ends_sentence(text) or _ends_on_unstopped_quote(text))
        and not is_run_of_sentences(text)  # a quotation after "…, a la John Lennon:", not a list item
        and not is_signed(text)  # the writer's signed sign-off under a lost link ("… Goodnight. GW"), not an item
    ):
        return "bullet"
    if is_embed(text) or (_VIDEO_TITLE_RE.search(text) and _introduces_video(state)):
        return "embed"  # (and the title of the video a paragraph just spoke of: "… – video")
    if is_link_out(text):
        return "link-out"
    if is_quote(text):
        return "quote"
    return "paragraph"


def _follow_modes(text: str, kind: BlockKind, state: _State) -> BlockKind:
    """Update the quote and list modes for the next line; returns the line's kind (a paragraph that
    opens a quotation it does not close is a quote)."""
    if state.quote_mode == "open":
        state.quote_lines += 1
        if closes_quote(text) or state.quote_lines > 8:
            state.quote_mode = ""
    elif state.quote_mode == "next":
        state.quote_mode = "open" if opens_quote(text) and not closes_quote(text) else ""
        if not state.quote_mode and is_report_intro(state.quote_intro):
            state.quote_mode = "run"  # a report quoted under its lead-in, its paragraphs one to a line
        state.quote_lines = 0
    # (a reader's email opening with their words and name, "“Hello Rob!” writes Phil West. “OK, …", is a paragraph)
    elif kind == "paragraph" and opens_quote(text) and not closes_quote(text) and not is_quoted_sender(text):
        kind = "quote"
        state.quote_mode = "open"
        state.quote_lines = 0
    if kind != "bullet" and state.list_mode and not state.after_separator:
        state.list_mode = False
    state.after_separator = False
    if kind in ("paragraph", "quote") and is_quote_intro(text):
        state.quote_mode, state.quote_intro = "next", text
    elif kind == "paragraph" and is_list_intro(text) and not points_to_story(text):
        state.list_mode, state.list_by_separators, state.list_gap = True, False, None
    return kind


_RELATED_RE = re.compile(r"^related\s*:", re.IGNORECASE)


def _ends_at_related_link(no: int, state: _State, page: _Page) -> bool:
    """True when the "Related: …" link on line ``no`` ends its untimed post: a copy that lost the times lists the
    links a post ends with ("Here are the latest standings." / "Related: …") and the next post's text follows. A
    run of links stays together, and so does an embedded post's text under one ("Give @nicholaswatt the …")."""
    post = state.current
    if post is None or post.stamp is not None:
        return False
    following = _next_content(page.lines, no + 1)
    return bool(following) and not _RELATED_RE.match(following) and _LINKED_RE.search(following) is None


def _alt_over_caption(body: list[Block], caption_line: int) -> bool:
    """True when the body's last block sits on the line just above a caption, apart from the text
    before it: a picture's alt text over its caption (``… at Edgbaston.`` / ``… Photograph: …``)."""
    previous = body[-1]
    before = body[-2] if len(body) > 1 else None
    return previous.last_line == caption_line - 1 and (before is None or before.last_line < previous.first_line - 1)


#: The fewest characters of a caption cut short that repeats the alt text over it.
_CUT_CAPTION_CHARS = 6


def _cut_repeat_of(text: str, above: Block, no: int) -> bool:
    """True for a line straight under a paragraph that repeats it, whole or stopping short: a picture's caption
    repeating its alt with no credit ("Le Soir, 7 November 2012" twice), or a copy cut inside one ("Steve McQueen
    jumping for joy after …" / "Steve McQu")."""
    return above.kind == "paragraph" and above.last_line == no - 1 and _repeats_opening(text, above.text)


def _repeats_opening(text: str, longer: str) -> bool:
    """True when ``text`` is ``longer`` or its opening, long enough to be a caption repeating an alt."""
    return repeats_opening(text, longer, _CUT_CAPTION_CHARS)


def _body_line(text: str, no: int, state: _State, listed: bool = False) -> None:
    """File a line of the open post's text (``listed``: a line of a block of list lines, an item)."""
    post = state.current
    assert post is not None
    if text == "-":
        post.body.append(Block("separator", text, no, no))
        state.list_mode = state.list_by_separators = state.after_separator = True
        return
    if state.quote_mode == "run" and state.quote_end and no - state.quote_end > 1:
        state.quote_mode = ""  # a blank line ends a report quoted one paragraph to a line
    photo = _caption_match(text)
    kind = _follow_modes(text, _body_kind(text, state), state)
    if state.quote_mode == "run":
        state.quote_end = no
    if listed and kind == "paragraph":
        kind = "bullet"
    if photo is not None:
        previous = post.body[-1] if post.body else None
        if (
            previous is not None
            and previous.kind == "paragraph"
            and (normalise(previous.text) == normalise(photo["text"]) or _alt_over_caption(post.body, no))
        ):
            previous.kind = "image"
        post.body.append(Block("caption", photo["text"], no, no, credit=photo["credit"]))
        return
    previous = post.body[-1] if post.body else None
    if previous is not None and kind == "paragraph" and _cut_repeat_of(text, previous, no):
        previous.kind = (
            "image"  # the copy's cut caption repeating the alt over it: "Steve McQueen jumping …" / "Steve McQu"
        )
        post.body.append(Block("caption", text, no, no))
        return
    if (
        kind == "paragraph"
        and previous is not None
        and previous.kind == "paragraph"
        and previous.last_line == no - 1
        and text[:1].islower()
        and not ends_sentence(previous.text)
        and not previous.text.rstrip().endswith((":", ";", ","))
    ):
        # a paragraph a copy broke inside a sentence ("… from 8am-6pm UK" / "time, however posts will …"): one paragraph
        previous.text, previous.last_line = f"{previous.text.rstrip()} {text}", no
        return
    post.body.append(Block(kind, text, no, no))
    if (
        kind == "link-out"
        and not _RELATED_RE.match(text)
        and not is_excerpt_intro(text)
        and not _opened_by_inline_time(post)
    ):
        # "Read the full story here:" ends a post; a "Related: …" link sits inside one, and so does any link in
        # an entry that opened with its time ("5.44pm: …"): on such a page only the next time starts an entry;
        # and "Here's an extract from her piece, which you can read in full here:" goes on into the extract
        state.closed = True


def _opened_by_inline_time(post: Post) -> bool:
    """True for a post whose first paragraph opened with its time ("5.44pm: Rebekah Brooks has begun …")."""
    return bool(post.body) and post.stamp is not None and post.body[0].marker is not None
