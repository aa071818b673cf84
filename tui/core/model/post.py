"""The data model shared by every part of liveblog.

Plain dataclasses, no behaviour beyond small derived properties, and no
imports from the rest of liveblog: this is the floor every layer stands on.
Parsers build :class:`Feed` objects (one per input file) holding
:class:`Post` objects in page order; the pipeline's stages return new
objects rather than changing the ones they are given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

#: How a post's time was obtained.
#: ``published``: the outlet's own data gave the exact moment (a page, its JSON, an API);
#: ``stated``: the dump printed the full date and time;
#: ``stated-time-inferred-date``: the dump printed the clock time, the date (or
#: year) was inferred by the documented rule in :mod:`tui.core.stages.dates`;
#: ``estimated``: the dump printed no time, the timeline estimated one;
#: ``unknown``: no time and nothing to estimate from.
TimeBasis = Literal["published", "stated", "stated-time-inferred-date", "estimated", "unknown"]

#: Where a post's *date* comes from (see :mod:`tui.core.stages.dates`):
#: ``printed`` on the post; ``page``: the page's own stamp, header or dated
#: posts; ``snapshot``: another snapshot of the same page; ``given``:
#: ``--date``; ``related``: posts of another outlet reporting the same events;
#: ``guessed``: the year is a guess from the page's text; ``unknown``.
DateBasis = Literal["printed", "page", "snapshot", "given", "related", "guessed", "unknown"]
#: Date bases the timeline marks as uncertain (``Tue 8 Nov ?``).
UNCERTAIN_DATES = frozenset({"guessed", "unknown"})

#: Kinds of body block.  ``separator`` lines (a lone ``-``) are kept so that
#: nothing is lost but are not displayed.
BlockKind = Literal["paragraph", "bullet", "quote", "image", "caption", "link-out", "embed", "separator"]

#: Body blocks that are the reporter's prose (not captions, image text or embeds).
PROSE_KINDS = ("paragraph", "quote", "bullet")

#: Kinds of page-level (feed) part that are not posts.
PagePartKind = Literal["heading", "separator", "chrome", "editor", "caption", "page-stamp", "page-title"]


@dataclass(slots=True)
class Block:
    """One piece of text: a body block of a post, or a page-level part of a feed.

    ``first_line``/``last_line`` are 1-based line numbers in the source file.
    ``credit`` holds an image credit (``""`` when the dump printed an empty
    one); ``marker`` the literal marker line such as ``Image caption,``.
    """

    kind: BlockKind | PagePartKind | Literal["key-event"]
    text: str
    first_line: int
    last_line: int
    credit: str | None = None
    marker: str | None = None


@dataclass(slots=True)
class Byline:
    """A post's author: a name and an optional role line."""

    name: str
    role: str | None = None
    first_line: int = 0
    last_line: int = 0

    def __str__(self) -> str:
        return f"{self.name}, {self.role}" if self.role else self.name


@dataclass(slots=True)
class Label:
    """A label such as ``Analysis``, ``Breaking``, ``Summary``, ``Pinned``.

    ``line`` is 0 for labels the parser derived rather than read from a line
    of its own (for example ``Pinned``, or ``Breaking`` fused to a title).
    """

    text: str
    line: int = 0
    detail: str = ""  # the line as printed when it says more (``Updated at 14.20 BST``)


@dataclass(slots=True)
class Stamp:
    """A time exactly as a dump printed it, parsed into fields.

    Missing fields are ``None``; ``utc_offset_minutes`` is ``None`` when the
    dump named no zone.
    """

    text: str
    hour: int
    minute: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    zone: str | None = None
    utc_offset_minutes: int | None = None
    line: int = 0


@dataclass(slots=True)
class Origin:
    """Where (part of) a post came from: a file and an inclusive line range.

    A post read from an outlet's own data (a page, its JSON, an API) has no
    lines: ``in_data`` is set, the "lines" are its 1-based place in the
    page's data, and ``file`` is the page's address or the saved file.
    """

    file: str
    first_line: int
    last_line: int
    in_data: bool = False


@dataclass(slots=True)
class Revision:
    """An earlier version of a post (or of a page summary) kept by the merge."""

    origin: Origin
    title: str | None
    texts: list[str]
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TopicHit:
    """Evidence that a post belongs to a topic: the phrase and where it matched."""

    topic: str
    phrase: str
    field: str  # "title" or "body:N" (index of the body block)
    start: int
    end: int


@dataclass(slots=True)
class Post:
    """One live-blog post."""

    source: str
    file: str
    page_index: int
    title: str | None = None
    title_generic: bool = False
    title_line: int = 0
    stamp: Stamp | None = None
    published: datetime | None = None
    time_basis: TimeBasis = "unknown"
    time_window: tuple[datetime, datetime] | None = None
    time_note: str = ""
    date_basis: DateBasis = "unknown"
    byline: Byline | None = None
    labels: list[Label] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    id: str = ""
    topics: list[str] = field(default_factory=list)
    topic_evidence: list[TopicHit] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    pinned_copy: bool = False
    #: Where the post starts is a guess: the page marks no new post there for sure (no printed time or
    #: number), and the parser cut a run of paragraphs, a copy with no numbers or times, or a page a copy
    #: flattened, where a new item seemed to begin.  The text is all kept; it may belong to the post above.
    start_unsure: bool = False
    #: The post's own address (the Guardian's ``?page=with:block-ID#block-ID``), when the source gives one.
    link: str | None = None
    #: The outlet's own id for the post (a Guardian block id, a BBC urn), when the source gives one.
    source_id: str | None = None
    #: When the outlet last updated the post, when its data says.
    updated: datetime | None = None
    #: The headline an untitled post shows, when a stored timeline knows it without reading the body.
    _display: str | None = field(default=None, compare=False, repr=False)

    @property
    def label_texts(self) -> list[str]:
        """The labels as plain strings, in order, without duplicates."""
        seen: list[str] = []
        for label in self.labels:
            if label.text not in seen:
                seen.append(label.text)
        return seen

    def has_label(self, text: str) -> bool:
        """True when the post carries the label ``text``."""
        return any(label.text == text for label in self.labels)

    def text_fields(self, prose_only: bool = False) -> list[tuple[str, str]]:
        """What counts as the post's text, as ``(field, text)``: ``title``, then ``body:N``.

        The one definition used by merging, linking, estimating, search and
        topics (``N`` is the block's index in ``body``; separators are left
        out).  ``prose_only`` keeps paragraphs, quotes and bullets only, not
        captions, image text or embeds (linking weighs prose alone).
        """
        fields = [("title", self.title or "")]
        fields += [
            (f"body:{i}", b.text)
            for i, b in enumerate(self.body)
            if b.kind != "separator" and (not prose_only or b.kind in PROSE_KINDS)
        ]
        return fields

    def text(self) -> str:
        """The post's text (see :meth:`text_fields`), one field per line."""
        return "\n".join(text for _, text in self.text_fields())

    @property
    def display_title(self) -> str:
        """The headline, or the first words of an untitled post."""
        if self.title and not self.title_generic:
            return self.title
        if self._display is not None:
            return self._display
        for block in self.body:
            if block.kind in ("paragraph", "quote", "bullet") and block.text:
                words = block.text.split()
                short = " ".join(words[:12])
                return short + ("…" if len(words) > 12 else "")
        return self.title or "(untitled)"

    @property
    def moment(self) -> datetime:
        """``published``, for a post known to be timed (a ValueError when it is not: a caller's mistake)."""
        if self.published is None:
            raise ValueError(f"post {self.id or self.display_title!r} has no time")
        return self.published

    @property
    def clock(self) -> Stamp:
        """``stamp``, for a post known to print a clock time (a ValueError when it does not)."""
        if self.stamp is None:
            raise ValueError(f"post {self.id or self.display_title!r} prints no time")
        return self.stamp

    @property
    def first_line(self) -> int:
        """First line of the post in its file."""
        return self.origins[0].first_line if self.origins else 0

    @property
    def last_line(self) -> int:
        """Last line of the post in its file."""
        return self.origins[0].last_line if self.origins else 0


@dataclass(slots=True)
class Feed:
    """Everything parsed from one input file."""

    path: str
    source: str
    format: str  # the outlet's code, with "-degraded" for a copy that lost its structure
    posts: list[Post] = field(default_factory=list)
    summary: list[Block] = field(default_factory=list)
    key_events: list[Block] = field(default_factory=list)
    page_parts: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    summary_revisions: list[Revision] = field(default_factory=list)
    #: Page-level stamps (``First published on …``, last updated), parsed once by the parser.
    page_stamps: list[Stamp] = field(default_factory=list)
    #: Dates the page prints without a time (a headline's "Monday 20 June 2011").
    page_dates: list[date] = field(default_factory=list)
    #: Dates a copy printed on a line of their own above the page (``2017-03-09``, a mirror's
    #: ``14 November 2024``): perhaps the page's, perhaps only the copy's.
    copy_dates: list[date] = field(default_factory=list)
    #: A hash of the cleaned lines: equal digests mean the same dump given twice.
    digest: str = ""
    #: The page's address: given by the outlet's data, or printed by a dump on a line of its own.
    url: str | None = None
    #: The page's own title, when the outlet's data gives it.
    title: str | None = None
    #: Whether the outlet says the blog is still live (None: a dump, which cannot say).
    live: bool | None = None
    #: When the page was fetched (a page read from its URL), as an aware datetime.
    fetched: datetime | None = None
    #: How the file's bytes were read when not as plain UTF-8 (a fallback
    #: encoding, a truncated last character): shown wherever problems are.
    read_notes: list[str] = field(default_factory=list)
    #: How many posts the file gave, kept when a stored timeline leaves ``posts`` out.
    post_count: int = 0

    @property
    def degraded(self) -> bool:
        """True for a copy that lost its titles, times and boundaries."""
        return self.format.endswith("-degraded")

    @property
    def name(self) -> str:
        """The file's base name."""
        return self.path.rsplit("/", 1)[-1]


@dataclass(slots=True)
class LoadError:
    """A file that could not be loaded, with a one-line reason."""

    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"
