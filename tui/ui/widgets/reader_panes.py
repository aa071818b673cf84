"""The two reading panes shared by the reader and the replay: timeline and detail.

Wide terminals show them side by side, narrower ones stacked, tiny ones one
at a time; :func:`fit_layout` sets the classes the stylesheet keys on.
"""

from __future__ import annotations

from datetime import tzinfo

from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.screen import Screen

from tui.core.model.post import Post
from tui.core.stages.topics import Taxonomy
from tui.core.store.marks import Marks
from tui.ui.widgets.detail_view import DetailView
from tui.ui.widgets.timeline_view import TimelineHeader, TimelineView

#: Widths below which panes stack, and below which only one pane shows.
STACK_BELOW = 110
SINGLE_BELOW = 60
SINGLE_BELOW_HEIGHT = 16


def fit_layout(screen: Screen, width: int, height: int) -> None:
    """Set the ``stacked``/``single`` classes on a screen for its size."""
    screen.set_class(width < STACK_BELOW, "stacked")
    screen.set_class(width < SINGLE_BELOW or height < SINGLE_BELOW_HEIGHT, "single")


class ReaderPanes(Container):
    """Timeline (with its column header) and the detail of the highlighted post."""

    def __init__(
        self,
        zone: tzinfo | None,
        by_id: dict[str, Post],
        taxonomy: Taxonomy | None,
        *,
        id: str = "panes",
        marks: Marks | None = None,
    ) -> None:
        """The panes get what they need to render posts when they are built (no later queries);
        ``marks`` (the reader's) mark rows read, starred and noted."""
        super().__init__(id=id)
        self.zone = zone
        self.by_id = by_id
        self.taxonomy = taxonomy
        self.marks = marks

    def compose(self) -> ComposeResult:
        with Vertical(id="timeline-pane"):
            yield TimelineHeader(id="timeline-header")
            timeline = TimelineView(zone=self.zone, id="timeline")
            timeline.taxonomy = self.taxonomy
            timeline.reader_marks = self.marks
            yield timeline
        detail = DetailView(id="detail")
        detail.zone, detail.by_id, detail.taxonomy = self.zone, self.by_id, self.taxonomy
        yield detail
