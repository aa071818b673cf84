"""The reader: status line, timeline pane, detail pane, search bar.

Attributes flow down (the screen hands entries to the panes); messages flow
up (the timeline reports the highlighted post).  Filtering runs in a worker
so a large archive never blocks a key press.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import Any

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input

from tui.core.model.post import Post
from tui.core.model.text import clip, printable
from tui.core.parse.outlet import codes, display_name
from tui.core.session.follow import Update
from tui.core.store.base import MEMORY
from tui.core.store.database import Store
from tui.core.store.marks import Marks
from tui.core.views import filtering
from tui.core.views.filtering import FilterState, SearchIndex
from tui.core.views.history import SearchHistory
from tui.core.views.render import citation
from tui.core.views.session import ReaderSession, Trail, TrailStop
from tui.core.views.timeline import SORT_KEYS, Timeline, sort_entries
from tui.ui.browser import open_in_browser
from tui.ui.dialogs.choice_dialog import Choice, ChoiceDialog, ChoiceResult
from tui.ui.widgets.bounded_input import BoundedInput
from tui.ui.widgets.detail_view import DetailView
from tui.ui.widgets.key_bar import Hint, KeyBar
from tui.ui.widgets.reader_panes import ReaderPanes, fit_layout
from tui.ui.widgets.status_bar import StatusBar
from tui.ui.widgets.timeline_view import TimelineHeader, TimelineView

#: Actions bound to letters that must type into the search box when it has focus.
_OPENERS = {"search", "topics", "outlets", "replay", "annotate"}
#: Seconds a post stays open in the detail view before it counts as read.
READ_AFTER = 2.0
#: How long a notice stays on the status line (what is still wrong stays as a problem line instead).
NOTICE_SECONDS = 6.0
#: Seconds of quiet after a key in the search box before the search is applied.
SEARCH_SETTLE = 0.08
#: The longest search the box holds (characters): a paste past it is cut, never re-drawn key by key.
MAX_SEARCH = 500
#: Seconds of calm before the session (cursor, filters, sort) is saved.
SAVE_AFTER = 0.5


class MainScreen(Screen[None]):
    """The timeline and the detail of the highlighted post."""

    BINDINGS = [
        # Keys that open something are handled in their turn; the app holds the keys typed after
        # them until what they open is ready (see LiveblogApp.on_event).
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "next_match", "Next match", id="next_match"),
        Binding("N", "previous_match", "Prev match", show=False, id="previous_match"),
        Binding("t", "topics", "Topics", id="topics"),
        Binding("o", "outlets", "Outlets", id="outlets"),
        Binding("s", "cycle_sort", "Sort", id="cycle_sort"),
        Binding("S", "reverse_sort", "Reverse sort", show=False, id="reverse_sort"),
        Binding("c", "clear_filters", "Clear filters", id="clear_filters"),
        Binding("l", "jump_related", "Other outlet's post on this story", show=False, id="jump_related"),
        Binding("backspace", "go_back", "Back to where l was pressed (filters restored)", show=False, id="go_back"),
        Binding("r", "replay", "Replay", id="replay"),
        Binding("y", "cite", "Copy the post as a citation (to the clipboard, over SSH too)", show=False, id="cite"),
        Binding("w", "open_link", "Open the post's link in a browser (over SSH: copy it)", show=False, id="open_link"),
        Binding("tab", "switch_pane", "Switch pane", show=False, id="switch_pane"),
        Binding("down", "results", "Search box: a newer kept search, then the results", show=False, id="results"),
        Binding("up", "older_search", "In the search box: the search before (history)", show=False, id="older_search"),
        Binding("escape", "back", "Back: close search, leave the detail, then clear filters", show=False, id="back"),
        Binding("m", "toggle_read", "Mark read / unread", show=False, id="toggle_read"),
        Binding("M", "mark_shown_read", "Mark every shown post read", show=False, id="mark_shown_read"),
        Binding("asterisk", "toggle_star", "Star / unstar", id="toggle_star"),
        # Not a priority binding: a note is on the post the keys before it reached.
        Binding("a", "annotate", "Note on the post", show=False, id="annotate"),
        Binding("u", "unread_only", "Unread only (again: all)", show=False, id="unread_only"),
        Binding("i", "starred_only", "Starred only (again: all)", show=False, id="starred_only"),
    ]

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
        #: What is still being read or built behind a preview ("" when the timeline is whole); not
        #: ``loading``, Textual's flag that covers a widget with a loading indicator.
        self.loading_message = loading
        #: The post the cursor was first put on (a restore still to do stays pending while it is there).
        self._placed_id: str | None = None
        self._pending_fill: Timeline | None = None
        #: Whether the first filtered rows have been handed to the timeline (before that, an empty
        #: list is not "no post matches", and the status line waits for the rows).
        self._rows_shown = False
        self._warmed = search_index is not None
        self.timeline = timeline
        #: Sorted entries and entry ids, each for one timeline (rebuilt when the timeline is replaced).
        self._orders: tuple[Timeline | None, dict[tuple[str, bool], list[Post]]] = (None, {})
        self._ids: tuple[Timeline | None, list[str]] = (None, [])
        self.zone = zone
        self.marks = marks if marks is not None else Marks(Store(MEMORY))
        self.filters = FilterState()
        self.sort_key = "time"
        self.reverse = False
        self.session = dict(session or {})
        self._restore_id: str | None = None
        self.replay_at: datetime | None = None
        #: The replay's speed when it was last closed (a reopen starts there).
        self.replay_speed = 60
        #: The searches kept with Enter (↑ and ↓ in the search box walk them).
        self.search_history = SearchHistory()
        self._restore(self.session)
        self._read_timer: Timer | None = None
        self._notice_timer: Timer | None = None
        #: A search typed but not applied yet (see :meth:`_search_changed`).
        self._search_timer: Timer | None = None
        self._typed_query: str | None = None
        #: Whether the reader has pressed a key here: only then does a post shown for a moment count as read.
        self._reading = False
        self._save_timer: Timer | None = None
        #: Retries marks the store could not keep (running only while some are pending).
        self._marks_timer: Timer | None = None
        self.search_index = search_index or SearchIndex()
        self.by_id = timeline.by_id()
        self.shown: list[Post] = list(timeline.entries)
        #: Where each ``l`` was pressed, with that moment's filters and sort.
        self._trail = Trail()
        #: A linked post ``l`` found hidden by the filters; ``l`` again shows it.
        self._hidden_target: str | None = None
        self._notice = ""
        #: Each fetched page's state (live / ended / offline, last fetch, next poll, last error), one line.
        self.sources_state = ""
        #: Posts that arrived while reading and have not been visited yet.
        self.new_ids: set[str] = set()
        taxonomy = timeline.taxonomy
        self._topic_names = {t.id: t.name for t in taxonomy.topics} if taxonomy is not None else {}

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        yield ReaderPanes(self.zone, self.by_id, self.timeline.taxonomy, marks=self.marks)
        yield BoundedInput(MAX_SEARCH, placeholder="Search titles and text (Enter to keep, Esc to clear)", id="search")
        yield KeyBar()

    class SearchOpened(Message):
        """The search box is open and focused: keys typed after ``/`` can go to it."""

    @classmethod
    def opens_something(cls, key: str, rebound: Mapping[str, str] | None = None) -> bool:
        """Whether ``key`` is bound to an action that opens something (the search box, a dialog, replay);
        ``rebound`` are the keys the user moved (binding id -> keys)."""
        moved = rebound or {}
        return any(
            isinstance(b, Binding)
            and b.action in _OPENERS
            and key in (k.strip() for k in moved.get(b.id or "", b.key).split(","))
            for b in cls.BINDINGS
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the search box has focus, letters are text, not commands."""
        if action in _OPENERS and isinstance(self.focused, Input):
            return False
        if action == "older_search" and not isinstance(self.focused, Input):
            return False
        return True

    #: Focused when the screen is ready (Textual does it, after every pane has mounted).
    AUTO_FOCUS = "#timeline"

    def on_mount(self) -> None:
        """Start the first filter; nothing here queries the panes, which may still be mounting."""
        search = self.query_one("#search", Input)
        search.display = bool(self.filters.query)
        with search.prevent(Input.Changed):
            search.value = self.filters.query
        fit_layout(self, self.size.width, self.size.height)
        keep = self.by_id.get(self._restore_id or "")
        self._filter_worker(self.filters, self.sort_key, self.reverse, keep)
        if not self._warmed:
            self._warm_search()
        self._warm_orders(self.timeline)
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

    @work(thread=True, exclusive=True, group="orders", exit_on_error=False)
    def _warm_orders(self, timeline: Timeline) -> None:
        """Sort the timeline by every key now (in a worker), so that choosing a sort is a look-up."""
        for key in SORT_KEYS:
            if self._orders[0] not in (None, timeline):
                return  # the timeline was replaced meanwhile
            self._ordered(timeline, key, False)

    @work(thread=True, group="warm", exit_on_error=False)
    def _warm_search(self) -> None:
        """Prepare search text for every post in the background."""
        filtering.warm(self.timeline.entries, self.search_index)

    # -- layout ---------------------------------------------------------------

    def on_descendant_focus(self) -> None:
        """The key bar follows the focus: timeline, detail or search."""
        focused = self.focused
        context = (
            "search" if isinstance(focused, Input) else "detail" if isinstance(focused, DetailView) else "timeline"
        )
        self.query_one(KeyBar).context = context

    def on_resize(self, event) -> None:  # type: ignore[no-untyped-def]
        fit_layout(self, event.size.width, event.size.height)

    # -- filtering ------------------------------------------------------------

    def refilter(self, keep: Post | None = None) -> None:
        """Apply filters and sort (in a worker) and show the result."""
        keep = keep or self.query_one(TimelineView).current
        if len(self.timeline.entries) > 20_000:
            self.update_status(busy="filtering…")
        self._filter_worker(self.filters, self.sort_key, self.reverse, keep)

    @work(thread=True, exclusive=True, group="filter", exit_on_error=True)
    def _filter_worker(self, state: FilterState, key: str, reverse: bool, keep: Post | None) -> None:
        shown = filtering.apply(self._ordered(self.timeline, key, reverse), state, self.search_index, self.marks)
        self.app.call_from_thread(self._show, shown, keep, state)

    def _ordered(self, timeline: Timeline, key: str, reverse: bool) -> list[Post]:
        """The timeline's entries in this order, sorted once per timeline and order (not per keystroke)."""
        if self._orders[0] is not timeline:
            self._orders = (timeline, {})
        orders = self._orders[1]
        if (key, reverse) not in orders:
            orders[(key, reverse)] = sort_entries(timeline.entries, key, reverse)
        return orders[(key, reverse)]

    def _entry_ids(self) -> list[str]:
        """Every entry's id (for the marks counts), listed once per timeline."""
        if self._ids[0] is not self.timeline:
            self._ids = (self.timeline, [post.id for post in self.timeline.entries])
        return self._ids[1]

    def _show(self, shown: list[Post], keep: Post | None, state: FilterState) -> None:
        if state != self.filters:
            return  # a newer filter is on its way
        self.shown = shown
        timeline = self.query_one(TimelineView)
        timeline.set_query(self.filters.query)
        timeline.in_time_order = self.sort_key == "time"  # day dividers belong to time order only
        timeline.focus_topics = self.filters.topics  # their badges always show
        timeline.set_entries(shown, keep)
        if self._placed_id is None and timeline.current is not None:
            self._placed_id = timeline.current.id
        self.query_one(TimelineHeader).set_sort(self.sort_key, self.reverse)
        if self._rows_shown:
            self.update_status()
        else:  # the first time, the counts appear with the rows they count, not a frame before them
            self._rows_shown = True
            self.call_after_refresh(self.update_status)
        self._save_soon()
        if not shown:
            self.query_one(DetailView).show(None)

    def update_status(self, busy: str = "") -> None:
        """Refresh the status line (not before the first rows: the counts appear with the rows they count)."""
        if not self._rows_shown:
            return  # _show draws it once the first rows are on screen
        counts = {s: 0 for s in codes()}
        for feed in self.timeline.feeds:
            counts[feed.source] = counts.get(feed.source, 0) + 1
        problems = self.timeline.problems()
        if not self.marks.kept:
            count = self.marks.pending_posts
            problems = [
                f"{count} mark{'s' if count != 1 else ''} NOT saved yet ({self.marks.problem}); retrying every 3 s",
                *problems,
            ]
        story = getattr(self.app, "story", None)
        self.query_one(StatusBar).show(
            story=story.name if story is not None else "",
            day=self.timeline.day,
            day_uncertain=self.timeline.day_uncertain,
            sources=counts,
            files=len(self.timeline.feeds),
            shown=len(self.shown),
            total=len(self.timeline.entries),
            new=len(self.new_ids),
            filters=self.filters.describe(self._topic_names),
            sort=f"{self.sort_key} {'↓' if self.reverse else '↑'}",
            problems=problems,
            busy=busy or (f"{self.loading_message}…" if self.loading_message else ""),
            notice=self._notice,
            marks=self.marks.counts(self._entry_ids()),
            sources_state=self.sources_state,
        )

    def show_sources(self, state: str) -> None:
        """Show the fetched pages' states (the app calls this as they change)."""
        if state != self.sources_state:
            self.sources_state = state
            self.update_status()

    def set_filters(self, state: FilterState) -> None:
        """Replace the filters and refilter."""
        self.filters = state
        self.refilter()

    def on_key(self, event: events.Key) -> None:
        """The first key makes the highlighted post one being read (see :meth:`_start_read_timer`)."""
        if not self._reading:
            self._reading = True
            self.call_after_refresh(self._start_read_timer, self._current())

    # -- messages from the panes -------------------------------------------------

    @on(TimelineView.Highlighted)
    def _highlighted(self, event: TimelineView.Highlighted) -> None:
        if event.post is not None and event.post.id in self.new_ids:
            self.new_ids.discard(event.post.id)  # seen: no longer counted as new
            self.update_status()
        if event.post is None and not self._rows_shown:
            return  # the rows are still being filtered: nothing to say about them yet
        detail = self.query_one(DetailView)
        detail.focus_topics = self.filters.topics
        detail.show(event.post, self.filters.query)
        detail.note = self.marks.note(event.post.id) if event.post is not None else ""
        self._start_read_timer(event.post)
        self._save_soon()

    @on(TimelineView.Selected)
    def _selected(self, event: TimelineView.Selected) -> None:
        self.query_one(DetailView).focus()
        self.add_class("detail-focus")

    @on(TimelineHeader.SortRequested)
    def _sort_clicked(self, event: TimelineHeader.SortRequested) -> None:
        if event.key == self.sort_key:
            self.reverse = not self.reverse
        else:
            self.sort_key, self.reverse = event.key, False
        self.refilter()

    # -- search -----------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.value = self.filters.query
        self.set_focus(search)  # now, not after a refresh: keys typed after / must land in the box
        self.post_message(self.SearchOpened())

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Filter as the search is typed — once the keys pause for a moment, so a paste typed key by key
        (a terminal without bracketed paste) filters once, not once per character."""
        self._typed_query = event.value
        if isinstance(event.input, BoundedInput) and event.input.cut:
            self._set_notice(f"The search holds at most {MAX_SEARCH} characters; the rest was dropped.")
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_SETTLE, self._apply_typed_query)

    def _apply_typed_query(self) -> None:
        self._search_timer = None
        if self._typed_query is not None and self._typed_query != self.filters.query:
            self.set_filters(self.filters.with_query(self._typed_query))
        self._typed_query = None

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._apply_typed_query()
        search = self.query_one("#search", Input)
        self.search_history.keep(search.value)
        search.display = bool(search.value)
        self.query_one(TimelineView).focus()

    def action_next_match(self) -> None:
        self.query_one(TimelineView).action_cursor_down()

    def action_previous_match(self) -> None:
        self.query_one(TimelineView).action_cursor_up()

    # -- dialogs ----------------------------------------------------------------

    def action_topics(self) -> None:
        taxonomy = self.timeline.taxonomy
        if taxonomy is None:
            return
        counts = filtering.topic_counts(self.timeline.entries, self.filters, self.search_index, taxonomy.ids())
        choices = [Choice(t.id, t.name, counts.get(t.id, 0), t.id in self.filters.topics) for t in taxonomy.topics]

        def done(result: ChoiceResult | None) -> None:
            if result is not None:
                self.set_filters(replace(self.filters, topics=result.values, topic_mode=result.mode))

        self.app.push_screen(ChoiceDialog("Filter by topic", choices, mode=self.filters.topic_mode), done)

    def action_outlets(self) -> None:
        counts = filtering.outlet_counts(self.timeline.entries, self.filters, self.search_index)
        chosen = self.filters.outlets or frozenset()
        choices = [Choice(s, display_name(s), counts.get(s, 0), s in chosen) for s in codes()]

        def done(result: ChoiceResult | None) -> None:
            if result is not None:
                self.set_filters(self.filters.with_outlets(frozenset(result.values)))

        self.app.push_screen(ChoiceDialog("Filter by outlet", choices, noun="outlet"), done)

    # -- sorting, clearing, jumping -------------------------------------------

    def action_cycle_sort(self) -> None:
        self.sort_key = SORT_KEYS[(SORT_KEYS.index(self.sort_key) + 1) % len(SORT_KEYS)]
        self.refilter()
        self.app.notify(f"Sorted by {self.sort_key}", markup=False, timeout=1.5)

    def action_reverse_sort(self) -> None:
        self.reverse = not self.reverse
        self.refilter()

    def _reset_search_input(self) -> None:
        search = self.query_one("#search", Input)
        with search.prevent(Input.Changed):
            search.value = ""
        search.display = False

    def action_clear_filters(self) -> None:
        self._reset_search_input()
        self.set_filters(self.filters.cleared())

    def action_jump_related(self) -> None:
        """Go to the other outlet's post on this story, keeping the filters.

        When the filters hide it, say so and offer it: ``l`` again clears the
        filters to show it.  Either way Backspace returns here, filters and all.
        """
        current = self.query_one(DetailView).post
        if current is None or not current.related:
            self.app.notify("No linked post from the other outlet.", markup=False, timeout=2)
            return
        target = next((self.by_id[r] for r in current.related if r in self.by_id), None)
        if target is None:
            return
        if self._hidden_target == target.id:
            self._hidden_target = None
            self._trail.push(TrailStop(current.id, self.filters, self.sort_key, self.reverse))
            self._reset_search_input()
            self.filters = self.filters.cleared()
            self._set_notice("Filters cleared to show the linked post; Backspace restores them.")
            self.refilter(keep=target)
        elif any(post.id == target.id for post in self.shown):
            self._trail.push(TrailStop(current.id, self.filters, self.sort_key, self.reverse))
            self._set_notice("")
            self.query_one(TimelineView).set_entries(self.shown, keep=target)
        else:
            self._hidden_target = target.id
            self._set_notice(
                f"The linked post ({display_name(target.source)}, {clip(target.display_title, 40)}) is hidden by the "
                "filters: l again shows it."
            )
        self._update_hints()

    def action_go_back(self) -> None:
        """Return to where ``l`` was last pressed, with that moment's filters and sort."""
        stop = self._trail.pop()
        if stop is None:
            return
        post_id, filters, sort_key, reverse = stop.post_id, stop.filters, stop.sort_key, stop.reverse
        self._hidden_target = None
        self._set_notice("")
        search = self.query_one("#search", Input)
        with search.prevent(Input.Changed):
            search.value = filters.query
        search.display = bool(filters.query)
        self.filters, self.sort_key, self.reverse = filters, sort_key, reverse
        self.refilter(keep=self.by_id.get(post_id or ""))
        self._update_hints()

    def _set_notice(self, text: str) -> None:
        """Say ``text`` on the status line for :data:`NOTICE_SECONDS` (a newer notice replaces it)."""
        self._notice = text
        if self._notice_timer is not None:
            self._notice_timer.stop()
            self._notice_timer = None
        if text:
            self._notice_timer = self.set_timer(NOTICE_SECONDS, self._expire_notice)
        self.update_status()

    def _expire_notice(self) -> None:
        self._notice_timer = None
        if self._notice:
            self._notice = ""
            self.update_status()

    def _update_hints(self) -> None:
        extra: list[Hint] = []
        if self._hidden_target is not None:
            extra.append(Hint("l", "Show linked post", 0))
        if self._trail:
            extra.append(Hint("Bksp", "Back", 0))
        self.query_one(KeyBar).extra = tuple(extra)

    # -- following --------------------------------------------------------------

    def apply_update(self, update: Update) -> None:
        """Take a rebuilt timeline: mark what is new or removed, never move the reader.

        The cursor stays on its post (and the post on its screen row), unless
        it was on the newest post of a time-ordered list: then it follows.
        """
        timeline_view = self.query_one(TimelineView)
        current = timeline_view.current
        following = (
            current is not None
            and self.sort_key == "time"
            and not self.reverse
            and timeline_view.cursor == len(self.shown) - 1
        )
        self.timeline = update.timeline
        self.by_id = update.timeline.by_id()
        self.query_one(DetailView).by_id = self.by_id
        for post_id in update.revised | update.new:
            self.search_index.texts.pop(post_id, None)
        if self.search_index.backend is not update.timeline.search:  # the store's index answers for one build only
            self.search_index.use_backend(update.timeline.search)
            if self.search_index.backend is None:
                self._warm_search()
        self.new_ids |= set(update.new)
        marks = timeline_view.marks
        marks.update({post_id: "●" for post_id in update.new})
        marks.update({post_id: "✗" for post_id in update.removed})
        newest = update.timeline.sorted("time")[-1] if following and update.timeline.entries else None
        wanted = [
            e
            for e in update.timeline.entries
            if e.id in update.new and self.filters.topics and set(e.topics) & self.filters.topics
        ]
        if wanted:
            names = ", ".join(
                sorted({self._topic_names.get(t, t) for e in wanted for t in e.topics if t in self.filters.topics})
            )
            self._set_notice(f"{len(wanted)} new post{'s' if len(wanted) != 1 else ''} in {names}.")
        self.refilter(keep=newest or current)
        self._warm_orders(update.timeline)

    def set_loading_message(self, message: str) -> None:
        """Say what is still being read or built behind the preview (the status line shows it)."""
        self.loading_message = message
        if self.is_mounted:
            self.update_status()

    def fill(self, timeline: Timeline) -> None:
        """Take the whole timeline after its preview: nothing is marked new and the cursor stays
        on its post (and row), unless a restored post the preview lacked is now there to go to."""
        if not self.is_mounted:
            self._pending_fill = timeline  # on_mount takes it
            return
        self._pending_fill = None
        by_id = timeline.by_id()
        keep = self.query_one(TimelineView).current
        if self._restore_pending():
            keep = by_id.get(self._restore_id or "", keep)
        self.loading_message = ""
        self.timeline = timeline
        self.by_id = by_id
        self.query_one(DetailView).by_id = by_id
        if self.search_index.backend is not timeline.search:
            self.search_index.use_backend(timeline.search)
            if timeline.search is None:
                self._warm_search()
        self.refilter(keep=keep)
        self._warm_orders(timeline)

    def _restore_pending(self) -> bool:
        """A saved post the preview did not hold, and the cursor not moved from where it was first put."""
        current = self.query_one(TimelineView).current
        return (
            self._restore_id is not None
            and self._restore_id not in self.by_id
            and (current is None or current.id == self._placed_id)
        )

    def action_cite(self) -> None:
        """Copy the highlighted post as a citation (OSC 52: works over SSH in most terminals)."""
        post = self.query_one(DetailView).post
        if post is None:
            return
        url = next((f.url for f in self.timeline.feeds if f.url and any(o.file == f.path for o in post.origins)), None)
        self.app.copy_to_clipboard(citation(post, self.zone, url))
        self._set_notice(f"Copied a citation of “{clip(post.display_title, 40)}” to the clipboard.")

    def action_open_link(self) -> None:
        """Open the highlighted post's own link (else its page's) in a browser; copy it where none can open."""
        post = self.query_one(DetailView).post
        if post is None:
            return
        url = post.link or next(
            (f.url for f in self.timeline.feeds if f.url and any(o.file == f.path for o in post.origins)), None
        )
        if not url:
            self._set_notice("This post has no link: it was read from a dump that printed no address.")
            return
        if open_in_browser(url):
            self._set_notice(f"Opened {printable(url)} in the browser.")
        else:
            self.app.copy_to_clipboard(url)
            self._set_notice(f"No browser here; copied {printable(url)} to the clipboard.")

    def action_replay(self) -> None:
        """Replay the shown (filtered) posts in time order."""
        from tui.ui.screens.replay_screen import ReplayScreen

        def done(post: Post | None) -> None:
            now = screen.clock.now
            self.replay_at = now if now not in (datetime.min, None) else self.replay_at
            self.replay_speed = screen.clock.speed
            if post is not None:
                self.query_one(TimelineView).set_entries(self.shown, keep=post)
            self.save_session()

        screen = ReplayScreen(
            self.shown, self.zone, self.timeline.taxonomy, self.by_id, speed=self.replay_speed, start_at=self.replay_at
        )
        self.app.push_screen(screen, done)

    def export(self, kind: str) -> None:
        """Write the shown posts (``digest``: the starred among them) to a file in the exports folder."""
        from datetime import UTC

        from tui.core.infra.locations import exports_dir
        from tui.core.infra.safe_io import atomic_write, describe_os_error
        from tui.core.views.export import export_name, export_text

        states = {p.id: self.marks.get(p.id) for p in self.shown}
        story = getattr(self.app, "story", None)
        where = exports_dir() / export_name(kind, datetime.now(UTC), story.name if story is not None else "")
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(where, export_text(kind, self.timeline, self.shown, states, self.zone).encode("utf-8"))
        except OSError as exc:
            self._set_notice(f"Could not export: {printable(str(where))}: {describe_os_error(exc)}")
            return
        count = sum(1 for s in states.values() if s.starred) if kind == "digest" else len(self.shown)
        what = "starred post" if kind == "digest" else "post"
        self._set_notice(f"Exported {count} {what}{'s' if count != 1 else ''} to {printable(str(where))}")

    def action_switch_pane(self) -> None:
        timeline, detail = self.query_one(TimelineView), self.query_one(DetailView)
        if timeline.has_focus:
            detail.focus()
            self.add_class("detail-focus")
        else:
            timeline.focus()
            self.remove_class("detail-focus")

    def action_back(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus:
            self.action_clear_search()
            return
        if not self.query_one(TimelineView).has_focus:
            self.query_one(TimelineView).focus()
            self.remove_class("detail-focus")
        elif self.filters.active:
            self.action_clear_filters()

    def action_results(self) -> None:
        """Down in the search box: a newer kept search while walking the history, else to the matching posts."""
        if not isinstance(self.focused, Input):
            return
        newer = self.search_history.newer()
        if newer is not None:
            self._show_in_search_box(newer)
            return
        self.set_focus(self.query_one(TimelineView))

    def action_older_search(self) -> None:
        """Up in the search box: the search kept before the one shown."""
        search = self.query_one("#search", Input)
        older = self.search_history.older(search.value)
        if older is not None:
            self._show_in_search_box(older)

    def _show_in_search_box(self, text: str) -> None:
        search = self.query_one("#search", Input)
        search.value = text
        search.cursor_position = len(text)

    # -- the reader's marks -----------------------------------------------------

    def _current(self) -> Post | None:
        """The post under the cursor (the detail pane may still be catching up with fast keys)."""
        return self.query_one(TimelineView).current or self.query_one(DetailView).post

    def _start_read_timer(self, post: Post | None) -> None:
        """A post open in the detail view for :data:`READ_AFTER` seconds becomes read."""
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        if post is None or self.marks.is_read(post.id) or not self._reading:
            return  # no key pressed yet: the post the reader opened on has not been read
        post_id = post.id

        def done() -> None:
            current = self.query_one(DetailView).post
            if current is not None and current.id == post_id:
                self._mark([post_id], True)

        self._read_timer = self.set_timer(READ_AFTER, done)

    def _mark(self, ids: list[str], read: bool) -> None:
        self.marks.set_read(ids, read)
        self._marks_changed()

    def _kept(self, what: str) -> str:
        """``what`` as a notice: said as done only when the store kept it."""
        if self.marks.kept:
            return what
        return f"{what.rstrip('.')} — NOT saved yet ({self.marks.problem}); kept here and retried."

    def _retry_marks(self) -> None:
        self.marks.retry()
        self._watch_pending()
        self.update_status()

    def _watch_pending(self) -> None:
        """Retry every 3 s while marks are pending; once none is, say so (whichever write kept them)."""
        if not self.marks.kept and self._marks_timer is None:
            self._marks_timer = self.set_interval(3.0, self._retry_marks)
        elif self.marks.kept and self._marks_timer is not None:
            self._marks_timer.stop()
            self._marks_timer = None
            self._set_notice("Every mark is saved now.")

    def _marks_changed(self) -> None:
        """Redraw rows, the note and the counts.  The unread/starred filters are not reapplied here: a post
        just read stays on its row (under the cursor) until the filters next change."""
        self._watch_pending()
        self.query_one(TimelineView).redraw_rows()
        current = self._current()
        self.query_one(DetailView).note = self.marks.note(current.id) if current is not None else ""
        self.update_status()

    def action_toggle_read(self) -> None:
        post = self._current()
        if post is None:
            return
        if self._read_timer is not None:
            self._read_timer.stop()  # the reader decides: no automatic mark for this post
            self._read_timer = None
        self._mark([post.id], not self.marks.is_read(post.id))

    def action_mark_shown_read(self) -> None:
        """Every post the filters show (and only those) becomes read."""
        ids = [post.id for post in self.shown]
        self._mark(ids, True)
        self._set_notice(f"Marked {len(ids)} shown post{'s' if len(ids) != 1 else ''} read.")

    def action_toggle_star(self) -> None:
        post = self._current()
        if post is None:
            return
        starred = self.marks.toggle_star(post.id)
        self._marks_changed()
        self._set_notice(self._kept(("Starred" if starred else "Unstarred") + f" “{clip(post.display_title, 40)}”."))

    def action_annotate(self) -> None:
        post = self._current()
        if post is None:
            return
        from tui.ui.dialogs.note_dialog import MAX_NOTE, NoteDialog

        def done(note: str | None) -> None:
            if note is not None:
                cut = len(note.strip()) > MAX_NOTE
                kept = note.strip()[:MAX_NOTE]
                self.marks.set_note(post.id, kept)
                self._marks_changed()
                said = (
                    "Note removed."
                    if not kept
                    else (
                        f"Note saved, cut to its first {MAX_NOTE:,} characters (it had {len(note.strip()):,})."
                        if cut
                        else "Note saved."
                    )
                )
                self._set_notice(self._kept(said))

        self.app.push_screen(NoteDialog(post.display_title, self.marks.note(post.id)), done)

    def action_unread_only(self) -> None:
        self.set_filters(replace(self.filters, unread_only=not self.filters.unread_only, starred_only=False))

    def action_starred_only(self) -> None:
        self.set_filters(replace(self.filters, starred_only=not self.filters.starred_only, unread_only=False))

    # -- the session --------------------------------------------------------------

    def _restore(self, session: dict[str, Any]) -> None:
        """Filters, sort, search and the highlighted post of a saved session (see
        :meth:`ReaderSession.restored <tui.core.views.session.ReaderSession.restored>`)."""
        restored = ReaderSession.restored(session, self._topic_ids(), codes())
        self.filters, self.sort_key, self.reverse = restored.filters, restored.sort_key, restored.reverse
        self.search_history = SearchHistory(list(restored.searches))
        self._restore_id = restored.post_id
        self.replay_at, self.replay_speed = restored.replay_at, restored.replay_speed

    def _topic_ids(self) -> list[str]:
        taxonomy = self.timeline.taxonomy
        return taxonomy.ids() if taxonomy is not None else []

    def session_state(self) -> dict[str, Any]:
        """What a reopen restores (see :meth:`_restore`)."""
        current = self.query_one(TimelineView).current
        return ReaderSession(
            filters=self.filters,
            sort_key=self.sort_key,
            reverse=self.reverse,
            post_id=current.id if current is not None and not self._restore_pending() else self._restore_id,
            replay_at=self.replay_at,
            replay_speed=self.replay_speed,
            searches=tuple(self.search_history.entries),
        ).saved(self.app.theme)

    def on_unmount(self) -> None:
        for timer in (self._read_timer, self._save_timer):
            if timer is not None:
                timer.stop()

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

    def action_clear_search(self) -> None:
        self._reset_search_input()
        self.set_filters(self.filters.with_query(""))
        self.query_one(TimelineView).focus()
