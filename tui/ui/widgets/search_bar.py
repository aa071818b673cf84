"""The reader's search box: filters as it is typed (once the keys pause), keeps searches with Enter.

Attributes down (the screen hands it the query and the history to walk),
messages up (:class:`SearchBar.Settled` when a typed search should apply,
:class:`SearchBar.ResultsWanted` when Enter kept it or ↓ left it).
"""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input

from tui.core.views.history import SearchHistory
from tui.ui.widgets.bounded_input import BoundedInput

#: Seconds after which keys typed while a search is on its way to the rows are applied anyway (its rows
#: are normally drawn long before: then they apply at once).
SEARCH_SETTLE = 0.5
#: The longest search the box holds (characters): a paste past it is cut, never re-drawn key by key.
MAX_SEARCH = 500


class SearchBar(BoundedInput):
    """A one-line search box, hidden while there is no search to show."""

    BINDINGS = [
        Binding("down", "results", "Search box: a newer kept search, then the results", show=False, id="results"),
        Binding("up", "older_search", "In the search box: the search before (history)", show=False, id="older_search"),
    ]

    class Settled(Message):
        """The typed search, once the keys paused (``cut``: the box is full and text was dropped)."""

        def __init__(self, query: str, cut: bool) -> None:
            super().__init__()
            self.query = query
            self.cut = cut

    class ResultsWanted(Message):
        """Enter kept the search, or ↓ went past the history: the results are wanted."""

    def __init__(self, history: SearchHistory, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(MAX_SEARCH, placeholder="Search titles and text (Enter to keep, Esc to clear)", id=id)
        #: The kept searches ↑ and ↓ walk (the screen's view owns them).
        self.history = history
        self._timer: Timer | None = None
        self._typed: str | None = None
        #: A search was applied and its rows are not drawn yet (keys typed meanwhile wait for them).
        self._waiting = False

    def open(self, query: str) -> None:
        """Show the box with ``query`` in it, focused: keys typed next land in it."""
        self.display = True
        self.value = query
        self.focus()

    def show_query(self, query: str) -> None:
        """Put ``query`` in the box without applying it again; the box shows only while it holds one."""
        with self.prevent(Input.Changed):
            self.value = query
        self.display = bool(query)

    def action_older_search(self) -> None:
        """↑: the search kept before the one shown."""
        older = self.history.older(self.value)
        if older is not None:
            self._put(older)

    def action_results(self) -> None:
        """↓: the search kept after the one shown while walking the history, else the results."""
        newer = self.history.newer()
        if newer is None:
            self.post_message(self.ResultsWanted())
        else:
            self._put(newer)

    def _put(self, text: str) -> None:
        self.value = text
        self.cursor_position = len(text)

    @on(Input.Changed)
    def _typed_something(self, event: Input.Changed) -> None:
        """Filter as the search is typed: a key at once, unless the last search is still on its way to
        the rows; then what was typed meanwhile is applied when they are drawn (a paste typed key by
        key, in a terminal without bracketed paste, filters twice, not once per character)."""
        event.stop()
        self._typed = event.value
        if not self._waiting:
            self._settle()

    def rows_drawn(self) -> None:
        """The rows show the last search applied (or it changed nothing): apply what was typed since."""
        self._waiting = False
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._settle()

    def _settle(self) -> None:
        """Apply what was typed, if anything was since the last time."""
        if self._typed is not None:
            self._waiting = True
            if self._timer is not None:
                self._timer.stop()
            # Should no rows ever be drawn for it, what is typed next still applies after a pause.
            self._timer = self.set_timer(SEARCH_SETTLE, self.rows_drawn)
            self.post_message(self.Settled(self._typed, self.cut))
        self._typed = None

    @on(Input.Submitted)
    def _kept(self, event: Input.Submitted) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._settle()
        self.history.keep(self.value)
        self.display = bool(self.value)
        self.post_message(self.ResultsWanted())
