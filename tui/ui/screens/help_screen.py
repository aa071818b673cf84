"""The help screen (``?``): every key, generated from the bindings themselves."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

#: Keys handled by widgets rather than app bindings, shown for completeness.
EXTRA_KEYS = [
    ("j / ↓", "Next post"),
    ("k / ↑", "Previous post"),
    ("g / Home", "First post"),
    ("G / End", "Last post"),
    ("f / PgDn", "Page down"),
    ("b / PgUp", "Page up"),
    ("Enter", "Open the post (focus the detail pane)"),
]


def describe_key(key: str) -> str:
    """``question_mark`` -> ``?`` and similar, for display."""
    names = {
        "question_mark": "?", "slash": "/", "escape": "Esc", "tab": "Tab", "shift+tab": "Shift+Tab",
        "colon": ":", "space": "Space", "plus": "+", "equals_sign": "=", "minus": "-",
        "full_stop": ".", "comma": ",", "end": "End",
        "left_square_bracket": "[", "right_square_bracket": "]",
    }
    return " / ".join(names.get(k.strip(), k.strip()) for k in key.split(","))


class HelpScreen(ModalScreen[None]):
    """A table of keys; any of Esc, q or ? closes it."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 72; max-width: 95%; height: 90%; border: round $accent; background: $surface; padding: 0 1; }
    """

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help_close"),
    ]

    def __init__(self, bindings: list[Binding]) -> None:
        super().__init__()
        rows = list(EXTRA_KEYS)
        rows += [(describe_key(b.key), b.description or b.action) for b in bindings]
        rows.append(("Ctrl+P", "Command palette: every action by name"))
        # One row per action: keys bound to the same thing are listed together.
        merged: dict[str, list[str]] = {}
        for key, what in rows:
            merged.setdefault(what, []).append(key)
        self.rows: list[tuple[str, str]] = [(" / ".join(keys), what) for what, keys in merged.items()]

    def compose(self) -> ComposeResult:
        table = Table(title="liveblog keys", expand=True, show_edge=False)
        table.add_column("Key", style="bold", no_wrap=True)
        table.add_column("Action")
        for key, what in self.rows:
            table.add_row(Text(key), Text(what))
        with VerticalScroll():
            yield Static(table)

    def action_close(self) -> None:
        self.dismiss(None)
