"""The timeline pane: a virtualised list of posts (only visible rows are rendered).

Like Toolong's ``LogLines``, it is a ``ScrollView`` whose ``render_line``
builds a ``Strip`` for one visible row, with an LRU cache of rendered rows,
so 100k posts scroll as smoothly as 100.  Post text is untrusted: rows are
built from ``rich.text.Text`` pieces, never parsed as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from itertools import repeat
from operator import is_

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.model.post import Post
from tui.core.parse.outlet import short_code
from tui.core.stages.topics import Taxonomy
from tui.core.store.marks import Marks
from tui.core.views.filtering import highlight_spans
from tui.core.views.render import title_and_badges
from tui.core.views.timefmt import clock, day_divider, spans_days
from tui.ui.outlet_style import outlet_style


@dataclass(frozen=True)
class Column:
    """A fixed-width column of the timeline (the title takes the rest)."""

    key: str
    label: str
    width: int


COLUMNS = (
    Column("mark", "", 2),
    Column("time", "Time", 7),
    Column("outlet", "Src", 4),
    Column("flags", "", 6),  # three marks, star and note, a space before the title
)


def index_of(entries: list[Post], post: Post) -> int:
    """Where ``post`` is in ``entries`` (0 when it is not): the same object (a refilter of one timeline)
    is found by a pass in C, a post of an earlier timeline by its id."""
    hits = list(map(is_, entries, repeat(post)))
    if True in hits:
        return hits.index(True)
    return next((i for i, e in enumerate(entries) if e.id == post.id), 0)


def label_mark(post: Post) -> str:
    """One character for the most telling label: Breaking, Analysis, Summary, Pinned."""
    for label, mark in (("Breaking", "!"), ("Pinned", "⚑"), ("Summary", "Σ"), ("Analysis", "A")):
        if post.has_label(label):
            return mark
    return " "


def topic_badge(topic_id: str, taxonomy: Taxonomy | None = None) -> str:
    """The topic's short badge (from the topic file), else its first word."""
    topic = taxonomy.get(topic_id) if taxonomy is not None else None
    return topic.badge if topic is not None and topic.badge else topic_id.split("-")[0][:5].upper()


class TimelineView(ScrollView, can_focus=True):
    """Rows of posts with a cursor; messages tell the screen what is highlighted."""

    COMPONENT_CLASSES = {
        "timeline--cursor",
        "timeline--estimated",
        "timeline--badge",
        "timeline--outlet",
        "timeline--day",
        "timeline--match",
        "timeline--flag",
        "timeline--read",
        "timeline--star",
    }

    DEFAULT_CSS = """
    TimelineView {
        height: 1fr;
        overflow-x: hidden;
    }
    TimelineView > .timeline--cursor { background: $accent 40%; text-style: bold; }
    TimelineView:focus > .timeline--cursor { background: $accent; color: $text; }
    TimelineView > .timeline--estimated { color: $text-muted; text-style: italic; }
    TimelineView > .timeline--outlet { text-style: bold; }
    TimelineView > .timeline--badge { color: $text-muted; text-style: bold; }
    TimelineView > .timeline--day { color: $readable-warning; text-style: bold; }
    TimelineView > .timeline--match { background: $warning 50%; text-style: bold; }
    TimelineView > .timeline--flag { color: $readable-success; }
    TimelineView > .timeline--read { color: $text-muted; }
    TimelineView > .timeline--star { color: $readable-warning; text-style: bold; }
    """

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="cursor_down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="cursor_up"),
        Binding("g,home", "cursor_first", "First", show=False, id="cursor_first"),
        Binding("G,end", "cursor_last", "Last", show=False, id="cursor_last"),
        Binding("pagedown,f", "page_down", "Page down", show=False, id="page_down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="page_up"),
        Binding("ctrl+d", "half_page(1)", "Half a page down", show=False, id="half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half a page up", show=False, id="half_page_up"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    class Highlighted(Message):
        """The cursor moved to a post (None when the list is empty)."""

        def __init__(self, post: Post | None, index: int) -> None:
            super().__init__()
            self.post = post
            self.index = index

    class Selected(Message):
        """Enter was pressed on a post."""

        def __init__(self, post: Post) -> None:
            super().__init__()
            self.post = post

    def __init__(
        self, *, zone: tzinfo | None = None, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.entries: list[Post] = []
        self.zone = zone
        #: The search whose terms are highlighted in titles (not ``query``: that is Textual's DOM query).
        self.search_terms = ""
        self.taxonomy: Taxonomy | None = None
        self._multi_day = False
        #: Whether the rows are in time order: only then do day dividers mean anything.
        self.in_time_order = True
        #: A third flag per post id: ``●`` arrived while reading, ``✗`` removed from its page.
        self.marks: dict[str, str] = {}
        #: The reader's read/starred marks (set by the screen); None: no marks shown.
        self.reader_marks: Marks | None = None
        #: The topics the reader filters on: their badges show on every row, before the others.
        self.focus_topics: frozenset[str] = frozenset()
        self._cache: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)

    # -- data -----------------------------------------------------------------

    def set_entries(self, entries: list[Post], keep: Post | None = None) -> None:
        """Show these entries; keep the cursor on ``keep`` when it is still there."""
        self.entries = entries
        self._multi_day = spans_days(entries, self.zone)
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(entries))
        index = 0
        if keep is not None:
            index = index_of(entries, keep)
        index = min(index, max(len(entries) - 1, 0))
        if keep is not None and index != self.cursor:
            # Rows arrived above the cursor: scroll by as much, so the post stays where it was on screen.
            self.scroll_to(y=max(0, self.scroll_y + index - self.cursor), animate=False)
        self.cursor = index
        self.refresh()

    def redraw_rows(self) -> None:
        """Draw every row again (a mark, star or note changed; the rows themselves did not)."""
        self._cache.clear()
        self.refresh()

    def set_query(self, query: str) -> None:
        """Highlight these search terms in titles."""
        if query != self.search_terms:
            self.search_terms = query
            self._cache.clear()
            self.refresh()

    @property
    def current(self) -> Post | None:
        """The post under the cursor."""
        if 0 <= self.cursor < len(self.entries):
            return self.entries[self.cursor]
        return None

    # -- cursor ---------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.entries) - 1)) if self.entries else 0

    def watch_cursor(self, old: int, new: int) -> None:
        # Rows are cached with their cursor state, so only the two changed rows re-render.
        self.refresh()
        self.scroll_to_cursor()
        self.post_message(self.Highlighted(self.current, new))

    def scroll_to_cursor(self) -> None:
        """Keep the cursor row inside the viewport."""
        height = self.scrollable_content_region.height or 1
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_first(self) -> None:
        self.cursor = 0

    def action_cursor_last(self) -> None:
        self.cursor = len(self.entries) - 1

    def action_page_down(self) -> None:
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def action_half_page(self, direction: int) -> None:
        """Vim's Ctrl-d / Ctrl-u: the cursor moves half a screen."""
        self.cursor += direction * max(1, self.scrollable_content_region.height // 2)

    def key_enter(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self.current))

    def on_click(self, event: events.Click) -> None:
        row = event.y + round(self.scroll_y)
        if 0 <= row < len(self.entries):
            if row == self.cursor:
                self.post_message(self.Selected(self.entries[row]))
            self.cursor = row

    def on_resize(self) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self.entries))
        self.call_after_refresh(self.scroll_to_cursor)

    # -- rendering ------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = y + round(self.scroll_y)
        width = self.scrollable_content_region.width or self.size.width
        if index >= len(self.entries):
            return Strip.blank(width, self.rich_style)
        post = self.entries[index]
        label = self.day_label(index)
        state = self.reader_marks.get(post.id) if self.reader_marks is not None else None
        key = (
            post.id,
            index == self.cursor,
            width,
            self.app.theme,
            label,
            self.marks.get(post.id, ""),
            state,
            self.focus_topics,
        )  # a theme change re-renders every row
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        strip = self._render_row(post, index == self.cursor, width, label)
        self._cache[key] = strip
        return strip

    def row_text(self, post: Post, width: int, day_label: str = "") -> Text:
        """The row for one post as ``Text`` (also used by tests)."""
        style = self.get_component_rich_style
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f"{label_mark(post)} ", style("timeline--flag"))
        time_text = clock(post, self.zone)
        text.append(f"{time_text:>6} ", style("timeline--estimated") if post.time_basis == "estimated" else Style())
        text.append(f"{short_code(post.source):<3} ", style("timeline--outlet") + outlet_style(self.app, post.source))
        flags = ("✎" if post.revisions else " ") + ("⇄" if post.related else " ") + self.marks.get(post.id, " ")
        text.append(flags, style("timeline--flag"))
        state = self.reader_marks.get(post.id) if self.reader_marks is not None else None
        # Both marks show: a starred post with a note is ★✍, not just ★.
        star = ("★" if state is not None and state.starred else " ") + (
            "✍" if state is not None and state.note else " "
        )
        text.append(star, style("timeline--star"))
        text.append(" ")  # "★✍" never runs into the title
        room = max(0, width - sum(c.width for c in COLUMNS))
        if day_label:
            text.append(day_label[:room], style("timeline--day"))
            room = max(0, room - len(day_label))
        wanted = [topic_badge(t, self.taxonomy) for t in post.topics if t in self.focus_topics]
        others = [topic_badge(t, self.taxonomy) for t in post.topics if t not in self.focus_topics]
        title, badges = title_and_badges(post.display_title, wanted, others, room)
        start = len(text)
        text.append(title, style("timeline--read") if state is not None and state.read else Style())
        if self.search_terms:
            shown = title.rstrip()
            for a, b in highlight_spans(shown, self.search_terms):
                text.stylize(style("timeline--match"), start + a, start + min(b, len(shown)))
        if badges:
            text.append(" " + badges, style("timeline--badge"))
        return text

    def day_label(self, index: int) -> str:
        """``Wed 20 Aug · `` on the first row of each day when the list spans days, else ``""``."""
        if not self._multi_day or not self.in_time_order:
            return ""
        return day_divider(self.entries, index, self.zone)

    def _render_row(self, post: Post, is_cursor: bool, width: int, label: str = "") -> Strip:
        text = self.row_text(post, width, label)
        base = self.rich_style
        plain_background = base.bgcolor
        if is_cursor:
            base = base + self.get_component_rich_style("timeline--cursor")

        def styled(style: Style | None) -> Style:
            if not style:
                return base
            # A cell's style carries the widget's own background and a hue chosen for it (component styles
            # do): on the cursor row the row's own colours win for every cell, which keeps only its emphasis,
            # so the whole row reads as selected in every theme and without colour.
            if is_cursor and style.bgcolor in (None, plain_background):
                return base + Style(bold=style.bold, italic=style.italic)
            return base + style

        segments = [Segment(seg.text, styled(seg.style)) for seg in text.render(self.app.console) if seg.text != "\n"]
        return Strip(segments).crop_extend(0, width, base)


class TimelineHeader(ScrollView):
    """The column header above the timeline; clicking a column sorts by it."""

    DEFAULT_CSS = """
    TimelineHeader { height: 1; overflow: hidden hidden; background: $panel; color: $text-muted; text-style: bold; }
    """

    class SortRequested(Message):
        """A column header was clicked."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sort_key = "time"
        self.reverse = False

    def set_sort(self, key: str, reverse: bool) -> None:
        """Show the sort column and direction."""
        self.sort_key, self.reverse = key, reverse
        self.refresh()

    def _label(self, key: str, label: str) -> str:
        arrow = ("▼" if self.reverse else "▲") if key == self.sort_key else ""
        return label + arrow

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        text = Text(no_wrap=True)
        for column in COLUMNS:  # each label in its column's width, so "Title" starts where the titles do
            label = self._label(column.key, column.label) if column.label else ""
            cells = column.width - 1  # the last cell is the gap before the next column
            text.append((label.rjust(cells) if column.key == "time" else label.ljust(cells)) + " ")
        text.append(self._label("title", "Title"))
        segments = [
            Segment(s.text, self.rich_style + s.style if s.style else self.rich_style)
            for s in text.render(self.app.console)
            if s.text != "\n"
        ]
        return Strip(segments).crop_extend(0, width, self.rich_style)

    def on_click(self, event: events.Click) -> None:
        x = event.x
        if x < 2 + 7:
            key = "time"
        elif x < 2 + 7 + 4:
            key = "outlet"
        else:
            key = "title"
        self.post_message(self.SortRequested(key))
