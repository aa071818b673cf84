"""A one-line note on a post: Enter keeps it, Esc leaves it unchanged."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.core.model.text import clip
from tui.ui.dismiss_once import DismissOnce

#: Notes are a line or a paragraph; a longer paste is cut here, and the reader says so.
MAX_NOTE = 5000


class NoteDialog(DismissOnce, ModalScreen[str | None]):
    """Edit a post's note; dismisses with the new text ("" removes it) or None (cancelled)."""

    DEFAULT_CSS = """
    NoteDialog { align: center middle; }
    NoteDialog > Vertical {
        width: 80%;
        max-width: 100;
        height: auto;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    NoteDialog #note-title { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note_cancel")]

    def __init__(self, title: str, note: str) -> None:
        super().__init__()
        self._title = title
        self._note = note

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                Text(f"Note on “{clip(self._title, 70)}” — Enter keeps it, an empty note removes it, Esc cancels"),
                id="note-title",
            )
            # No max_length: the box would cut a paste without a word; the reader cuts and says so.
            yield Input(value=self._note, placeholder="Why this post matters…", id="note")

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
