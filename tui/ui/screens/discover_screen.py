"""The live blogs the outlets' feeds list now: Enter adds the highlighted one to a story."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.parse.outlet import short_code
from tui.core.sources.discover import LiveBlog
from tui.ui.widgets.key_bar import KeyBar


class DiscoverScreen(Screen[None]):
    """Filled by the app's discover worker (:meth:`show`); the rows are untrusted text, drawn as plain text."""

    BINDINGS = [
        Binding("j", "move(1)", "Down", show=False, id="discover_down"),
        Binding("k", "move(-1)", "Up", show=False, id="discover_up"),
        Binding("enter", "add", "Add to a story", id="discover_add"),
        Binding("escape", "back", "Back to the stories", id="discover_back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.blogs: list[LiveBlog] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Live blogs the outlets are running now"), id="discover-title")
        yield OptionList(id="discover-list")
        yield Static(Text("Reading the outlets' feeds…"), id="discover-status")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(KeyBar).context = "discover"
        self.query_one(OptionList).focus()

    def show(self, blogs: list[LiveBlog], problems: list[str]) -> None:
        """The feeds' live blogs (newest first), and one line per feed that could not be read."""
        self.blogs = blogs
        options = self.query_one(OptionList)
        options.clear_options()
        for blog in blogs:
            when = f"{blog.updated:%d %b %H:%M}" if blog.updated else "-"
            options.add_option(Option(Text(f"{short_code(blog.outlet):<4} {when:>12}  {blog.title}"), id=blog.url))
        if blogs:
            options.highlighted = 0
        found = f"{len(blogs)} live blog{'s' if len(blogs) != 1 else ''}" if blogs else "No live blogs in the feeds now"
        lines = [found + (" · Enter: add the highlighted one to a story" if blogs else "")] + problems[-3:]
        self.query_one("#discover-status", Static).update(Text("\n".join(lines)))

    def highlighted(self) -> LiveBlog | None:
        index = self.query_one(OptionList).highlighted
        return self.blogs[index] if index is not None and 0 <= index < len(self.blogs) else None

    def action_move(self, step: int) -> None:
        """j/k: the list's own cursor actions (as its arrow keys)."""
        options = self.query_one(OptionList)
        options.action_cursor_down() if step > 0 else options.action_cursor_up()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_add()

    def action_add(self) -> None:
        from tui.ui.dialogs.add_dialog import ask_to_add

        blog = self.highlighted()
        if blog is not None:
            ask_to_add(self.app, blog.url, blog.title)

    def action_back(self) -> None:
        self.dismiss(None)
