"""The reader's keys: what each key of the main screen does to the view, the search box and the panes.

A mixin of :class:`~tui.ui.screens.main_screen.MainScreen` (whose
``BINDINGS`` name these actions, so the keymap is declared in one place):
each action changes the reader's state (:class:`~tui.core.views.reader.Reader`)
and asks the screen to draw it again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from tui.core.model.post import Post
from tui.core.store.marks import Marks
from tui.core.views.filtering import FilterState
from tui.core.views.reader import JumpKind, Reader
from tui.ui import post_actions
from tui.ui.dialogs.choice_dialog import ChoiceDialog, ChoiceResult
from tui.ui.widgets.detail_view import DetailView
from tui.ui.widgets.reading_panes import ReadingPanes
from tui.ui.widgets.search_bar import SearchBar
from tui.ui.widgets.timeline_view import TimelineView

if TYPE_CHECKING:
    from textual.message import Message
    from textual.screen import Screen

    _Screen = Screen[None]
else:
    _Screen = object


class ReaderKeys(_Screen):
    """The main screen's key actions (mixed into the screen)."""

    # Provided by the screen this is mixed into.
    reader: Reader
    zone: tzinfo | None
    marks: Marks

    if TYPE_CHECKING:
        filters: FilterState

        def refilter(self, keep: Post | None = None) -> None: ...

        def set_filters(self, state: FilterState) -> None: ...

        def _set_notice(self, text: str) -> None: ...

        def _update_hints(self) -> None: ...

        def save_session(self) -> None: ...

        SearchOpened: type[Message]

    # -- keys: search, sort, filters -------------------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open(self.filters.query)  # now, not after a refresh: the next keys land in it
        self.post_message(self.SearchOpened())

    def action_next_match(self) -> None:
        self.query_one(TimelineView).action_cursor_down()

    def action_previous_match(self) -> None:
        self.query_one(TimelineView).action_cursor_up()

    def action_clear_search(self) -> None:
        self.query_one(SearchBar).show_query("")
        self.set_filters(self.filters.with_query(""))
        self.query_one(TimelineView).focus()

    def action_topics(self) -> None:
        def done(result: ChoiceResult | None) -> None:
            if result is not None:
                self.set_filters(replace(self.filters, topics=result.values, topic_mode=result.mode))

        if options := self.reader.topic_options():
            self.app.push_screen(ChoiceDialog("Filter by topic", options, mode=self.filters.topic_mode), done)

    def action_outlets(self) -> None:
        def done(result: ChoiceResult | None) -> None:
            if result is not None:
                self.set_filters(self.filters.with_outlets(frozenset(result.values)))

        self.app.push_screen(ChoiceDialog("Filter by outlet", self.reader.outlet_options(), noun="outlet"), done)

    def action_cycle_sort(self) -> None:
        key = self.reader.view.cycle_sort()
        self.refilter()
        self.app.notify(f"Sorted by {key}", markup=False, timeout=1.5)

    def action_reverse_sort(self) -> None:
        self.reader.view.reverse_sort()
        self.refilter()

    def action_clear_filters(self) -> None:
        self.query_one(SearchBar).show_query("")
        self.set_filters(self.filters.cleared())

    def action_unread_only(self) -> None:
        self.reader.view.toggle_unread_only()
        self.refilter()

    def action_starred_only(self) -> None:
        self.reader.view.toggle_starred_only()
        self.refilter()

    def action_mark_shown_read(self) -> None:
        """Every post the filters show (and only those) becomes read."""
        ids = [post.id for post in self.reader.shown]
        self.query_one(ReadingPanes).keeper.set_read(ids, True)
        self._set_notice(f"Marked {len(ids)} shown post{'s' if len(ids) != 1 else ''} read.")

    # -- keys: moving about ----------------------------------------------------------

    def action_jump_related(self) -> None:
        """Go to the other outlet's post on this story, keeping the filters (see :meth:`ReaderView.jump`)."""
        shown = {post.id for post in self.reader.shown}
        jump = self.reader.view.jump(self.query_one(DetailView).post, self.reader.by_id, shown)
        if jump.kind is JumpKind.NONE:
            if jump.notice:
                self.app.notify(jump.notice, markup=False, timeout=2)
            return
        self._set_notice(jump.notice)
        if jump.kind is JumpKind.REVEAL:
            self.query_one(SearchBar).show_query("")
            self.refilter(keep=jump.target)
        elif jump.kind is JumpKind.MOVE:
            self.query_one(TimelineView).set_entries(self.reader.shown, keep=jump.target)
        self._update_hints()

    def action_go_back(self) -> None:
        """Return to where ``l`` was last pressed, with that moment's filters and sort."""
        stop = self.reader.view.back()
        if stop is None:
            return
        self._set_notice("")
        self.query_one(SearchBar).show_query(self.filters.query)
        self.refilter(keep=self.reader.by_id.get(stop.post_id or ""))
        self._update_hints()

    def action_switch_pane(self) -> None:
        timeline, detail = self.query_one(TimelineView), self.query_one(DetailView)
        if timeline.has_focus:
            detail.focus()
            self.add_class("detail-focus")
        else:
            timeline.focus()
            self.remove_class("detail-focus")

    def action_back(self) -> None:
        if self.query_one(SearchBar).has_focus:
            self.action_clear_search()
        elif not self.query_one(TimelineView).has_focus:
            self.query_one(TimelineView).focus()
            self.remove_class("detail-focus")
        elif self.filters.active:
            self.action_clear_filters()

    def action_replay(self) -> None:
        """Replay the shown (filtered) posts in time order."""
        from tui.ui.screens.replay_screen import ReplayScreen

        reader, view = self.reader, self.reader.view
        taxonomy = reader.timeline.taxonomy
        screen = ReplayScreen(
            reader.shown, self.zone, taxonomy, reader.by_id, speed=view.replay_speed, start_at=view.replay_at
        )

        def done(post: Post | None) -> None:
            now = screen.clock.now
            view.replay_at = now if now not in (datetime.min, None) else view.replay_at
            view.replay_speed = screen.clock.speed
            if post is not None:
                self.query_one(TimelineView).set_entries(reader.shown, keep=post)
            self.save_session()

        self.app.push_screen(screen, done)

    def export(self, kind: str) -> None:
        """Write the shown posts (``digest``: the starred among them) to a file in the exports folder."""
        story = getattr(self.app, "story", None)
        shown = self.reader.shown
        states = {p.id: self.marks.get(p.id) for p in shown}
        said = post_actions.export(kind, self.reader.timeline, shown, states, self.zone, story.name if story else "")
        self._set_notice(said)
