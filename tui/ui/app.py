"""The Textual app and the factory shared by the CLI and the tests."""

from __future__ import annotations

from datetime import date, tzinfo
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from ..core.timefmt import clock
from ..core.timeline import Timeline, build_timeline
from ..core.topics import load_taxonomy
from ..core.model import SOURCE_NAMES
from ..resources import seed_paths, stylesheet


class LiveblogApp(App[int]):
    """Reads live-blog dumps and shows their merged timeline."""

    TITLE = "liveblog"
    CSS_PATH = str(stylesheet())
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]

    def __init__(
        self,
        paths: list[Path] | None = None,
        source_format: str | None = None,
        on_date: date | None = None,
        zone: tzinfo | None = None,
        topics_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.topics_file = topics_file
        self.paths = paths
        self.source_format = source_format
        self.on_date = on_date
        self.zone = zone
        self.timeline: Timeline | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading…", id="status", markup=False)
        yield DataTable(id="timeline", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        self.load_timeline()

    @work(thread=True, exclusive=True)
    def load_timeline(self) -> None:
        """Parse and merge in a thread; hand the result to the UI thread."""
        paths = self.paths or seed_paths()
        label = None if self.paths else (lambda p: f"seeds/{p.name}")
        timeline = build_timeline(paths, self.source_format, self.on_date, label, load_taxonomy(self.topics_file))
        self.call_from_thread(self.show_timeline, timeline)

    def show_timeline(self, timeline: Timeline) -> None:
        """Fill the table with the merged entries."""
        self.timeline = timeline
        table = self.query_one(DataTable)
        table.add_column("Time", key="time")
        table.add_column("Outlet", key="outlet")
        table.add_column("Title", key="title")
        for entry in timeline.entries:
            table.add_row(
                Text(clock(entry, self.zone)),
                Text(SOURCE_NAMES.get(entry.source, entry.source)),
                Text(entry.display_title),
                key=entry.id,
            )
        status = f"{len(timeline.entries)} posts from {len(timeline.feeds)} files"
        if timeline.errors:
            status += " · errors: " + "; ".join(str(e) for e in timeline.errors)
        self.query_one("#status", Static).update(Text(status))


def create_app(
    paths: list[Path] | None = None,
    source_format: str | None = None,
    on_date: date | None = None,
    zone: tzinfo | None = None,
    topics_file: Path | None = None,
) -> LiveblogApp:
    """Build the app (one factory for the CLI and the tests)."""
    return LiveblogApp(paths, source_format, on_date, zone, topics_file)
