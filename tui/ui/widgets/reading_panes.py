"""The reader's two panes, drawing the reader's state, with the keys that act on the highlighted post.

:class:`ReadingPanes` is the main screen's :class:`ReaderPanes` (the replay
shows the same panes without these keys).  It filters and sorts the
:class:`~tui.core.views.reader.Reader`'s timeline in a worker (a large archive
never blocks a key) and draws the result, shows the highlighted post in the
detail pane and marks it read after a while (see
:class:`~tui.ui.mark_keeper.MarkKeeper`).  Messages go up: what it has to
say (:class:`ReadingPanes.Said`), counts out of date
(:class:`ReadingPanes.Changed`), rows drawn (:class:`ReadingPanes.Drawn`).
"""

from __future__ import annotations

from datetime import tzinfo

from textual import on, work
from textual.binding import Binding
from textual.message import Message

from tui.core.model.post import Post
from tui.core.model.text import clip
from tui.core.store.marks import Marks
from tui.core.views import filtering
from tui.core.views.filtering import FilterState
from tui.core.views.reader import Reader, Taken
from tui.core.views.timeline import SORT_KEYS, Timeline
from tui.ui import post_actions
from tui.ui.long_lived import keep_out_of_collections
from tui.ui.mark_keeper import MarkKeeper
from tui.ui.widgets.detail_view import DetailView
from tui.ui.widgets.reader_panes import ReaderPanes
from tui.ui.widgets.timeline_view import TimelineHeader, TimelineView


class ReadingPanes(ReaderPanes):
    """Timeline and detail of the reader's state, and the keys that act on the highlighted post."""

    BINDINGS = [
        Binding("y", "cite", "Cite", tooltip="Copy the post as a citation (to the clipboard, over SSH too)", id="cite"),
        Binding("w", "open_link", "Open the post's link in a browser (over SSH: copy it)", show=False, id="open_link"),
        Binding("m", "toggle_read", "Read", tooltip="Mark read / unread", id="toggle_read"),
        Binding("asterisk", "toggle_star", "Star", tooltip="Star / unstar", id="toggle_star"),
        # Not a priority binding: a note is on the post the keys before it reached.
        Binding("a", "annotate", "Note", tooltip="Note on the post", id="annotate"),
    ]

    class Said(Message):
        """Something to tell the reader on the status line."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Changed(Message):
        """Read, starred, noted or new posts changed: the counts are out of date."""

    class Drawn(Message):
        """Filtered rows were drawn (``first``: the first rows since the reader opened)."""

        def __init__(self, first: bool) -> None:
            super().__init__()
            self.first = first

    def __init__(self, reader: Reader, zone: tzinfo | None, marks: Marks) -> None:
        """``reader``: the state to draw (the screen's); ``marks``: the reader's read/starred/notes."""
        super().__init__(zone, reader.by_id, reader.timeline.taxonomy, marks=marks)
        self.reader = reader
        self.keeper = MarkKeeper(self, marks, self._marks_changed, self.say, self.showing)
        #: Whether filtered rows have been drawn (before that, an empty list is not "no post matches").
        self.rows_shown = False
        #: Whether a filter is on its way to the rows (keys typed after Enter in the search wait for it).
        self.drawing = False

    def say(self, text: str) -> None:
        """Tell the reader ``text`` (the screen puts it on the status line)."""
        self.post_message(self.Said(text))

    def current(self) -> Post | None:
        """The post under the cursor (the detail pane may still be catching up with fast keys)."""
        return self.query_one(TimelineView).current or self.query_one(DetailView).post

    def showing(self) -> Post | None:
        """The post the detail pane shows."""
        return self.query_one(DetailView).post

    # -- drawing -------------------------------------------------------------------

    def start(self, keep: Post | None) -> None:
        """The first filter, the cursor on ``keep`` (nothing is queried: the panes may still be mounting)."""
        view = self.reader.view
        self.drawing = True
        self._filter_worker(view.filters, view.sort_key, view.reverse, keep)

    def on_key(self) -> None:
        """The first key makes the highlighted post one being read (see :class:`~tui.ui.mark_keeper.MarkKeeper`)."""
        if not self.keeper.reading:
            self.keeper.reading = True
            self.call_after_refresh(self.keeper.shown, self.current())

    def refilter(self, keep: Post | None = None) -> None:
        """Filter and sort (in a worker) and draw the result, the cursor on ``keep`` (else where it is)."""
        view = self.reader.view
        self.drawing = True
        self._filter_worker(view.filters, view.sort_key, view.reverse, keep or self.query_one(TimelineView).current)

    @work(thread=True, exclusive=True, group="filter", exit_on_error=True)
    def _filter_worker(self, state: FilterState, key: str, reverse: bool, keep: Post | None) -> None:
        shown = self.reader.filtered(state, key, reverse, self.keeper.marks)
        self.app.call_from_thread(self._draw, shown, keep, state)

    def _draw(self, shown: list[Post], keep: Post | None, state: FilterState) -> None:
        view = self.reader.view
        if state != view.filters:
            return  # a newer filter is on its way
        self.reader.shown = shown
        timeline = self.query_one(TimelineView)
        timeline.set_query(view.filters.query)
        timeline.in_time_order = view.sort_key == "time"  # day dividers belong to time order only
        timeline.focus_topics = view.filters.topics  # their badges always show
        timeline.set_entries(shown, keep)
        if self.reader.placed_id is None and timeline.current is not None:
            self.reader.placed_id = timeline.current.id
        self.query_one(TimelineHeader).set_sort(view.sort_key, view.reverse)
        if not shown:
            self.query_one(DetailView).show(None)
        self.post_message(self.Drawn(first=not self.rows_shown))
        self.rows_shown = True
        self.drawing = False

    def take(self, taken: Taken, new: frozenset[str] = frozenset(), removed: frozenset[str] = frozenset()) -> None:
        """Draw the timeline the reader just took (``new`` and ``removed``: ids to mark on their rows)."""
        timeline = self.reader.timeline
        self.by_id = self.reader.by_id
        self.query_one(DetailView).by_id = self.by_id
        rows = self.query_one(TimelineView)
        rows.marks.update({post_id: "●" for post_id in new})
        rows.marks.update({post_id: "✗" for post_id in removed})
        if taken.warm_search:
            self.warm_search()
        if taken.notice:
            self.say(taken.notice)
        self.refilter(keep=taken.keep)
        self.warm_orders(timeline)

    @work(thread=True, exclusive=True, group="orders", exit_on_error=False)
    def warm_orders(self, timeline: Timeline) -> None:
        """Sort the timeline by every key now (in a worker), so that choosing a sort is a look-up, and line up
        the search texts of the order shown (see :meth:`Reader.prepare_search`)."""
        for key in SORT_KEYS:
            if not self.reader.orders.is_for(timeline):
                return  # the timeline was replaced meanwhile
            self.reader.orders.ordered(timeline, key, False)
        if self.reader.orders.is_for(timeline):
            self.reader.prepare_search()
            self._keep_long_lived()

    @work(thread=True, group="warm", exit_on_error=False)
    def warm_search(self) -> None:
        """Prepare search text for every post in the background (and line it up in the order shown)."""
        filtering.warm(self.reader.timeline.entries, self.reader.search_index)
        self.reader.prepare_search()
        self._keep_long_lived()

    def _keep_long_lived(self) -> None:
        """What a worker just made (orders, folded and lined-up texts) lives as long as the timeline: out of
        the collector's passes with it -- not once the app is closing (it hands everything back then)."""
        if self.app.is_running and not getattr(self.app, "closing", False):
            keep_out_of_collections()

    @on(TimelineView.Highlighted)
    def _highlighted(self, event: TimelineView.Highlighted) -> None:
        """Show the highlighted post (the message goes on up: the screen saves the session)."""
        if event.post is not None and event.post.id in self.reader.new_ids:
            self.reader.new_ids.discard(event.post.id)  # seen: no longer counted as new
            self.post_message(self.Changed())
        if event.post is None and not self.rows_shown:
            return  # the rows are still being filtered: nothing to say about them yet
        filters = self.reader.view.filters
        detail = self.query_one(DetailView)
        detail.focus_topics = filters.topics
        detail.show(event.post, filters.query)
        detail.note = self.keeper.marks.note(event.post.id) if event.post is not None else ""
        self.keeper.shown(event.post)

    def _marks_changed(self) -> None:
        """Redraw rows and the note.  The unread/starred filters are not reapplied here: a post just read
        stays on its row (under the cursor) until the filters next change."""
        self.query_one(TimelineView).redraw_rows()
        current = self.current()
        self.query_one(DetailView).note = self.keeper.marks.note(current.id) if current is not None else ""
        self.post_message(self.Changed())

    # -- keys ------------------------------------------------------------------------

    def action_toggle_read(self) -> None:
        post = self.current()
        if post is not None:
            self.keeper.toggle_read(post)

    def action_toggle_star(self) -> None:
        post = self.current()
        if post is not None:
            self.keeper.toggle_star(post, clip(post.display_title, 40))

    def action_annotate(self) -> None:
        post = self.current()
        if post is None:
            return
        from tui.ui.dialogs.note_dialog import MAX_NOTE, NoteDialog

        def done(note: str | None) -> None:
            if note is not None:
                self.keeper.set_note(post, note, MAX_NOTE)

        self.app.push_screen(NoteDialog(post.display_title, self.keeper.marks.note(post.id)), done)

    def action_cite(self) -> None:
        """Copy the highlighted post as a citation (OSC 52: works over SSH in most terminals)."""
        post = self.showing()
        if post is not None:
            self.say(post_actions.cite(self.app, self.reader.timeline, post, self.zone))

    def action_open_link(self) -> None:
        """Open the highlighted post's own link (else its page's) in a browser; copy it where none can open."""
        post = self.showing()
        if post is not None:
            self.say(post_actions.open_link(self.app, self.reader.timeline, post))

    def on_unmount(self) -> None:
        self.keeper.stop()
