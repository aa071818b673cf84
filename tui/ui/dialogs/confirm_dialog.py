"""A yes/no question: ``y`` (or Enter on Yes) confirms; ``n`` or Esc says no."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.ui.dismiss_once import DismissOnce


class ConfirmDialog(DismissOnce, ModalScreen[bool]):
    """Dismisses with True only for ``y``; the question is untrusted text (shown as plain text)."""

    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    ConfirmDialog > Vertical {
        width: 70;
        max-width: 95%;
        height: auto;
        border: round $warning;
        background: $surface;
        padding: 0 1;
    }
    ConfirmDialog .hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm_yes"),
        Binding("n", "answer(False)", "No", id="confirm_no"),
        Binding("escape", "answer(False)", "No", id="confirm_cancel"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self._question))
            yield Static(Text("y: yes · n or Esc: no"), classes="hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
