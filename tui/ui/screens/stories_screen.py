"""The stories screen: one row per story, the reader's home when stories exist.

The rows are drawn from :class:`~tui.core.session.stories.StorySummary`
values the app computes in a worker (the stored copies first, then what the
network brings); this screen only draws them and sends the user's choices
up as messages.
"""

from __future__ import annotations

from datetime import UTC, datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.widgets.data_table import ColumnKey

from tui.core.session.stories import StorySummary
from tui.core.sources.poller import age
from tui.core.sources.stories import Story
from tui.ui.widgets.key_bar import KeyBar

#: The columns: key, label, width (None: the rest).
COLUMNS = (
    ("name", "Story", None),
    ("outlets", "Outlets", 9),
    ("state", "State", 6),
    ("posts", "Posts", 6),
    ("unread", "Unread", 6),
    ("new", "New", 5),
    ("updated", "Updated", 11),
)


def _number(value: int | None) -> Text:
    return Text("…" if value is None else str(value), justify="right")


def _updated(summary: StorySummary | None, now: datetime) -> Text:
    """How long ago the newest post was, within a day and a half; else its date."""
    if summary is None or summary.updated is None:
        return Text("…" if summary is None else "-")
    if (now - summary.updated).total_seconds() < 36 * 3600:
        return Text(f"{age(summary.updated, now)} ago")
    return Text(f"{summary.updated:%d %b %Y}")


class StoriesScreen(Screen[None]):
    """Every story in the stories file; Enter opens one as its merged timeline."""

    BINDINGS = [
        Binding("j", "move(1)", "Down", show=False, id="stories_down"),
        Binding("k", "move(-1)", "Up", show=False, id="stories_up"),
        Binding("enter", "open", "Open", id="stories_open"),
        Binding("a", "add", "Add URL", tooltip="Add a URL", id="stories_add"),
        Binding("d", "remove", "Remove", tooltip="Remove the story", id="stories_remove"),
        Binding("D", "discover", "Discover", tooltip="Discover live blogs", id="stories_discover"),
        Binding("r", "refresh", "Fetch", tooltip="Fetch now", id="stories_refresh"),
        Binding("escape", "back", "Back to the story you came from", id="stories_back"),
    ]

    class OpenStory(Message):
        """Open this story (the app loads it, or goes back to it when it is open already)."""

        def __init__(self, story: Story) -> None:
            super().__init__()
            self.story = story

    class Refresh(Message):
        """Work out every row again (``fetch``: ask the network too)."""

        def __init__(self, fetch: bool) -> None:
            super().__init__()
            self.fetch = fetch

    def __init__(self, stories: list[Story], current: str | None = None, problems: list[str] | None = None) -> None:
        """``current`` is the story the reader has open (Esc goes back to it)."""
        super().__init__()
        self.stories = stories
        self.current = current
        self.summaries: dict[str, StorySummary] = {}
        self.problems = list(problems or [])
        self.status_line = ""

    def compose(self) -> ComposeResult:
        yield Static(Text("Stories", style="bold"), id="stories-title")
        yield DataTable(id="stories", cursor_type="row", zebra_stripes=False)
        yield Static(Text(""), id="stories-status")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(KeyBar).context = "stories"
        table = self.query_one(DataTable)
        for key, label, width in COLUMNS:
            table.add_column(
                Text(label, justify="right" if width and key != "outlets" else "left"), key=key, width=width
            )
        self._fill()
        self._say_status()
        table.focus()

    def on_resize(self) -> None:
        self._size_name_column()

    def _size_name_column(self) -> None:
        table = self.query_one(DataTable)
        fixed = sum(w + 2 for _, _, w in COLUMNS if w)
        name = table.columns.get(ColumnKey("name"))
        if name is not None:
            name.width = max(10, self.size.width - fixed - 4)
            name.auto_width = False
            table.refresh()

    def _fill(self) -> None:
        """Draw every row from the summaries known now (``…`` where none is known yet)."""
        table = self.query_one(DataTable)
        keep = table.cursor_row if table.row_count else 0
        table.clear()
        now = datetime.now(UTC)
        for story in self.stories:
            summary = self.summaries.get(story.name)
            mark = "▸ " if story.name == self.current else "  "
            table.add_row(
                Text(mark + story.name, no_wrap=True, overflow="ellipsis"),
                Text(" ".join(summary.outlets) if summary else "…"),
                Text(summary.state if summary else "…"),
                _number(summary.posts if summary else None),
                _number(summary.unread if summary else None),
                _number(summary.new if summary else None),
                _updated(summary, now),
                key=story.name,
            )
        self._size_name_column()
        if self.stories:
            table.move_cursor(row=min(keep, len(self.stories) - 1))

    def _say_status(self) -> None:
        if not self.stories:
            text = "No stories yet. a: add a live page's address · D: discover what the outlets are running now"
        else:
            text = self.status_line
        lines = [text] + self.problems[-3:]
        self.query_one("#stories-status", Static).update(Text("\n".join(line for line in lines if line)))

    # --- what the app tells it ---------------------------------------------------------------------

    def show_summary(self, summary: StorySummary) -> None:
        """One story's row, as soon as it is known."""
        self.summaries[summary.name] = summary
        if self.is_mounted:
            self._fill()

    def set_stories(self, stories: list[Story], problems: list[str]) -> None:
        """The stories file changed (a story added or removed)."""
        self.stories = stories
        self.problems = problems
        names = {s.name for s in stories}
        self.summaries = {k: v for k, v in self.summaries.items() if k in names}
        if self.is_mounted:
            self._fill()
            self._say_status()

    def set_status(self, text: str) -> None:
        self.status_line = text
        if self.is_mounted:
            self._say_status()

    def highlighted(self) -> Story | None:
        """The story under the cursor."""
        table = self.query_one(DataTable)
        if not self.stories or table.cursor_row < 0:
            return None
        return self.stories[min(table.cursor_row, len(self.stories) - 1)]

    def rows(self) -> list[str]:
        """Every row as plain text (for tests and the README)."""
        table = self.query_one(DataTable)
        return [" | ".join(Text.assemble(cell).plain for cell in table.get_row_at(n)) for n in range(table.row_count)]

    # --- keys --------------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        """j/k: the table's own cursor actions (as its arrow keys)."""
        table = self.query_one(DataTable)
        table.action_cursor_down() if step > 0 else table.action_cursor_up()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        story = self.highlighted()
        if story is not None:
            self.post_message(self.OpenStory(story))

    def action_refresh(self) -> None:
        self.post_message(self.Refresh(fetch=True))

    def action_back(self) -> None:
        if self.current is not None and len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            self.app.notify("No story is open yet: Enter opens the highlighted one", markup=False, timeout=4)

    def action_add(self) -> None:
        from tui.ui.dialogs.add_dialog import ask_to_add

        story = self.highlighted()
        ask_to_add(self.app, "", story.name if story else "")

    def action_remove(self) -> None:
        from tui.ui.dialogs.confirm_dialog import ConfirmDialog

        story = self.highlighted()
        if story is None:
            return
        sources = len(story.sources)
        question = (
            f"Remove the story {story.name!r} ({sources} source{'s' if sources != 1 else ''}) from stories.toml? "
            "Its fetched pages and your marks stay in the store."
        )
        self.app.push_screen(ConfirmDialog(question), lambda yes: self._remove(story, yes))

    def _remove(self, story: Story, yes: bool | None) -> None:
        remove = getattr(self.app, "remove_story", None)
        if yes and remove is not None:
            remove(story)

    def action_discover(self) -> None:
        discover = getattr(self.app, "show_discover", None)
        if discover is not None:
            discover()
