"""The screen shown while a day (or a story) is read, parsed and merged in a worker."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static

from tui.ui.widgets.key_bar import KeyBar


class LoadingScreen(Screen[None]):
    """Shown while dumps are parsed and merged in a worker."""

    def __init__(self, message: str = "Reading live-blog dumps") -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        yield Static(Text(self.message + "…"), id="loading-text")
        yield LoadingIndicator()
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(KeyBar).context = "loading"
