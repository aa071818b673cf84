"""Add a source to a story: its address (or a path) and the story's name; Enter adds, Esc cancels."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.ui.dismiss_once import DismissOnce


class AddDialog(DismissOnce, ModalScreen[tuple[str, str] | None]):
    """Dismisses with (address, story name) — an empty name: the page's own title — or None (cancelled)."""

    DEFAULT_CSS = """
    AddDialog { align: center middle; }
    AddDialog > Vertical {
        width: 90%;
        max-width: 110;
        height: auto;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    AddDialog .hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="add_cancel")]

    def __init__(self, address: str = "", story: str = "") -> None:
        super().__init__()
        self._address = address
        self._story = story

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Add a live page's address (or a saved page, a dump, a folder) to a story"))
            yield Input(value=self._address, placeholder="https://www.theguardian.com/…/live/…", id="add-address")
            yield Static(Text("Story (a new name makes a new story; empty: the page's title)"), classes="hint")
            yield Input(value=self._story, placeholder="Story name", id="add-story")
            yield Static(Text("Enter: add · Tab: next box · Esc: cancel"), classes="hint")

    def on_mount(self) -> None:
        self.query_one("#add-story" if self._address else "#add-address", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        address = self.query_one("#add-address", Input).value.strip()
        if not address:
            self.query_one("#add-address", Input).focus()
            return
        self.dismiss((address, self.query_one("#add-story", Input).value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)


def ask_to_add(app: App[object], address: str = "", story: str = "") -> None:
    """Open the add dialog; what it answers goes to the app's ``add_to_story`` (a worker fetches and adds)."""

    def added(result: tuple[str, str] | None) -> None:
        add = getattr(app, "add_to_story", None)
        if result is not None and add is not None:
            add(result[0], result[1])

    app.push_screen(AddDialog(address, story), added)
