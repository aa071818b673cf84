"""The reader: status line, timeline pane, detail pane, search bar.

The reader's state -- the timeline, the filters, sort and ``l`` trail over
it, the posts shown and new -- is a :class:`~tui.core.views.reader.Reader`
in the core; this screen draws it and hands it what happens.  Attributes
flow down (the screen hands entries to the panes); messages flow up (the
timeline reports the highlighted post, the search bar a settled search).
Filtering runs in a worker so a large archive never blocks a key press.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input

from tui.core.model.post import Post
from tui.core.parse.outlet import codes
from tui.core.session.follow import Update
from tui.core.store.base import MEMORY
from tui.core.store.database import Store
from tui.core.store.marks import Marks
from tui.core.views.filtering import FilterState, SearchIndex
from tui.core.views.reader import Reader, ReaderView
from tui.core.views.timeline import Timeline
from tui.ui.mark_keeper import READ_AFTER
from tui.ui.screens.reader_keys import ReaderKeys
from tui.ui.widgets.detail_view import DetailView
from tui.ui.widgets.key_bar import Hint, KeyBar
from tui.ui.widgets.reader_panes import fit_layout
from tui.ui.widgets.reading_panes import ReadingPanes
from tui.ui.widgets.search_bar import MAX_SEARCH, SearchBar
from tui.ui.widgets.status_bar import NOTICE_SECONDS, StatusBar
from tui.ui.widgets.timeline_view import TimelineHeader, TimelineView

__all__ = ["MAX_SEARCH", "NOTICE_SECONDS", "READ_AFTER", "MainScreen"]

#: Seconds of calm before the session (cursor, filters, sort) is saved.
SAVE_AFTER = 0.5


class MainScreen(ReaderKeys, Screen[None]):
    """The timeline and the detail of the highlighted post (what each key does: :class:`ReaderKeys`)."""

    BINDINGS = [
        # Keys that open something are handled in their turn; the app holds the keys typed after
        # them until what they open is ready (see KeyHoldingApp.on_event).
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "next_match", "Next match", id="next_match"),
        Binding("N", "previous_match", "Prev match", show=False, id="previous_match"),
        Binding("t", "topics", "Topics", id="topics"),
        Binding("o", "outlets", "Outlets", id="outlets"),
        Binding("s", "cycle_sort", "Sort", id="cycle_sort"),
        Binding("S", "reverse_sort", "Reverse sort", show=False, id="reverse_sort"),
        Binding("c", "clear_filters", "Clear", tooltip="Clear filters", id="clear_filters"),
        Binding("l", "jump_related", "Other outlet", tooltip="Other outlet's post on this story", id="jump_related"),
        Binding(
            "backspace",
            "go_back",
            "Back",
            tooltip="Back to where l was pressed (filters restored)",
            key_display="Bksp",
            show=False,
            id="go_back",
        ),
        Binding("r", "replay", "Replay", id="replay"),
        Binding("tab", "switch_pane", "Switch pane", show=False, id="switch_pane"),
        Binding("escape", "back", "Back: close search, leave the detail, then clear filters", show=False, id="back"),
        Binding("M", "mark_shown_read", "Mark every shown post read", show=False, id="mark_shown_read"),
        Binding("u", "unread_only", "Unread", tooltip="Unread only (again: all)", id="unread_only"),
        Binding("i", "starred_only", "Starred only (again: all)", show=False, id="starred_only"),
    ]

    #: Actions bound to letters that open something (the search box, a dialog, replay): the app holds the
    #: keys typed after them until what they open is ready, and in the search box they are text.
    OPENERS = frozenset({"search", "topics", "outlets", "replay", "annotate"})

    #: Focused when the screen is ready (Textual does it, after every pane has mounted).
    AUTO_FOCUS = "#timeline"

    class SearchOpened(Message):
        """The search box is open and focused: keys typed after ``/`` can go to it."""

    def __init__(
        self,
        timeline: Timeline,
        zone: tzinfo | None = None,
        search_index: SearchIndex | None = None,
        marks: Marks | None = None,
        session: dict[str, Any] | None = None,
        loading: str = "",
    ) -> None:
        """``marks`` are the reader's read/starred/notes (from the store); ``session`` a saved
        session to restore (highlighted post, filters, sort, search, theme, replay position);
        ``loading``: ``timeline`` is a preview (its newest posts) and this says what is still
        being read or built (:meth:`fill` brings the whole)."""
        super().__init__()
        topics = timeline.taxonomy.ids() if timeline.taxonomy is not None else []
        view = ReaderView.restored(session or {}, topics, codes())
        self.reader = Reader(timeline, view, search_index or SearchIndex(), loading_message=loading)
        self._warmed = search_index is not None
        self.zone = zone
        self.marks = marks if marks is not None else Marks(Store(MEMORY))
        self._pending_fill: Timeline | None = None
        self._save_timer: Timer | None = None

    @property
    def filters(self) -> FilterState:
        """The filters shown."""
        return self.reader.view.filters

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        yield ReadingPanes(self.reader, self.zone, self.marks)
        yield SearchBar(self.reader.view.searches, id="search")
        yield KeyBar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the search box has focus, letters are text, not commands."""
        if action in self.OPENERS and isinstance(self.focused, Input):
            return False
        return True

    def on_mount(self) -> None:
        """Start the first filter; nothing here queries inside the panes, which may still be mounting."""
        self.query_one(SearchBar).show_query(self.filters.query)
        fit_layout(self, self.size.width, self.size.height)
        panes = self.query_one(ReadingPanes)
        panes.start(keep=self.reader.by_id.get(self.reader.view.restore_id or ""))
        if not self._warmed:
            panes.warm_search()
        panes.warm_orders(self.reader.timeline)
        if self._pending_fill is not None:
            self.call_after_refresh(self._take_pending_fill)  # not from here: the screen is not mounted yet

    def _take_pending_fill(self) -> None:
        """The whole timeline that arrived before the screen was mounted (a fast read-back after a preview)."""
        if not self.is_mounted:
            self.call_after_refresh(self._take_pending_fill)
            return
        pending, self._pending_fill = self._pending_fill, None
        if pending is not None:
            self.fill(pending)

    def on_descendant_focus(self) -> None:
        """The key bar follows the focus: timeline, detail or search."""
        focused = self.focused
        context = (
            "search" if isinstance(focused, Input) else "detail" if isinstance(focused, DetailView) else "timeline"
        )
        self.query_one(KeyBar).context = context

    def on_resize(self, event: events.Resize) -> None:
        fit_layout(self, event.size.width, event.size.height)

    # -- filtering and drawing ---------------------------------------------------

    def refilter(self, keep: Post | None = None) -> None:
        """Apply filters and sort (in a worker) and show the result."""
        if len(self.reader.timeline.entries) > 20_000:
            self.update_status(busy="filtering…")
        self.query_one(ReadingPanes).refilter(keep)

    def filtering(self) -> bool:
        """True while a filter is on its way to the rows (keys after Enter in the search wait for it)."""
        panes = self.query(ReadingPanes)
        return bool(panes) and panes.first().drawing

    @on(ReadingPanes.Drawn)
    def _drawn(self, event: ReadingPanes.Drawn) -> None:
        self.query_one(SearchBar).rows_drawn()  # what was typed while these rows were on their way
        if event.first:  # the counts appear with the rows they count, not a frame before them
            self.call_after_refresh(self.update_status)
        else:
            self.update_status()
        self._save_soon()

    def update_status(self, busy: str = "") -> None:
        """Refresh the status line (not before the first rows: the counts appear with the rows they count)."""
        panes = self.query(ReadingPanes)
        if not panes or not panes.first().rows_shown:
            return  # the counts appear with the rows they count (and a screen being closed has none)
        story = getattr(self.app, "story", None)
        counts = self.marks.counts(self.reader.orders.ids(self.reader.timeline))
        facts = self.reader.status(counts, self.marks.unsaved(), story.name if story else "", busy)
        self.query_one(StatusBar).show(facts)

    @on(ReadingPanes.Said)
    def _said(self, event: ReadingPanes.Said) -> None:
        self._set_notice(event.text)

    def _set_notice(self, text: str) -> None:
        """Say ``text`` on the status line for a few seconds (a newer notice replaces it)."""
        self.query_one(StatusBar).say(text)

    def show_sources(self, state: str) -> None:
        """Show the fetched pages' states (the app calls this as they change)."""
        if state != self.reader.sources_state:
            self.reader.sources_state = state
            self.update_status()

    def set_filters(self, state: FilterState) -> None:
        """Replace the filters and refilter."""
        self.reader.view.filters = state
        self.refilter()

    def _update_hints(self) -> None:
        self.query_one(KeyBar).extra = tuple(Hint("", h.label, 0, h.binding) for h in self.reader.view.hints())

    # -- messages from the panes -------------------------------------------------

    @on(TimelineView.Highlighted)
    def _highlighted(self) -> None:
        self._save_soon()

    @on(TimelineView.Selected)
    def _selected(self) -> None:
        self.query_one(DetailView).focus()
        self.add_class("detail-focus")

    @on(TimelineHeader.SortRequested)
    def _sort_clicked(self, event: TimelineHeader.SortRequested) -> None:
        self.reader.view.sort_by(event.key)
        self.refilter()

    @on(SearchBar.Settled)
    def _search_settled(self, event: SearchBar.Settled) -> None:
        if event.cut:
            self._set_notice(f"The search holds at most {MAX_SEARCH} characters; the rest was dropped.")
        if event.query != self.filters.query:
            self.set_filters(self.filters.with_query(event.query))
        else:
            self.query_one(SearchBar).rows_drawn()  # nothing to filter again: the rows already show it

    @on(SearchBar.ResultsWanted)
    def _to_results(self) -> None:
        self.query_one(TimelineView).focus()

    @on(ReadingPanes.Changed)
    def _counts_changed(self) -> None:
        self.update_status()

    # -- a new timeline --------------------------------------------------------------

    def apply_update(self, update: Update) -> None:
        """Take a rebuilt timeline: mark what is new or removed, never move the reader.

        The cursor stays on its post (and the post on its screen row), unless
        it was on the newest post of a time-ordered list: then it follows.
        """
        rows = self.query_one(TimelineView)
        at_last_row = rows.cursor == len(self.reader.shown) - 1
        taken = self.reader.take_update(update.timeline, update.new, update.revised, rows.current, at_last_row)
        self.query_one(ReadingPanes).take(taken, update.new, update.removed)

    def fill(self, timeline: Timeline) -> None:
        """Take the whole timeline after its preview: nothing is marked new and the cursor stays
        on its post (and row), unless a restored post the preview lacked is now there to go to."""
        if not self.is_mounted:
            self._pending_fill = timeline  # on_mount takes it
            return
        self._pending_fill = None
        self.query_one(ReadingPanes).take(self.reader.take_whole(timeline, self.query_one(TimelineView).current))

    def set_loading_message(self, message: str) -> None:
        """Say what is still being read or built behind the preview (the status line shows it)."""
        self.reader.loading_message = message
        if self.is_mounted:
            self.update_status()

    # -- the session -----------------------------------------------------------------

    def session_state(self) -> dict[str, Any]:
        """What a reopen restores (see :meth:`ReaderView.restored`)."""
        return self.reader.session(self.query_one(TimelineView).current).saved(self.app.theme)

    def on_unmount(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()

    def _save_soon(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_AFTER, self.save_session)

    def save_session(self) -> None:
        """Write the session to the store now."""
        saver = getattr(self.app, "save_session", None)
        if saver is not None and self.is_mounted:
            try:
                saver(self.session_state())
            except Exception:  # noqa: BLE001 - the panes are gone at shutdown: nothing to save
                pass
