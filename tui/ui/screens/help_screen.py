"""The help screen (``?``): every key, generated from the bindings themselves."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.ui.dismiss_once import DismissOnce
from tui.ui.widgets.key_bar import KeyBar

#: Keys handled by widgets rather than app bindings, shown for completeness.
EXTRA_KEYS = [
    ("j / ↓", "Next post (in the detail pane: scroll down)"),
    ("k / ↑", "Previous post (in the detail pane: scroll up)"),
    ("g / Home", "First post (detail: top)"),
    ("G / End", "Last post (detail: end)"),
    ("f / PgDn", "Page down (detail: also Space)"),
    ("b / PgUp", "Page up"),
    ("Enter", "Open the post (focus the detail pane)"),
]

#: What the marks in a timeline row mean.
MARKERS = [
    ("≈07:00", "estimated time (the detail shows its window and why)"),
    ("~7am", "estimated time whose window spans hours: only the hour is known"),
    ("!", "Breaking"),
    ("⚑", "Pinned at the top of the page"),
    ("Σ", "Summary of the day so far"),
    ("A", "Analysis"),
    ("✎", "revised: an earlier version is kept (see the detail)"),
    ("●", "new since you opened the reader (arrived while following)"),
    ("✗", "removed from its page since you opened the reader (kept, struck out)"),
    ("★", "starred by you (i shows starred posts only)"),
    ("✍", "has your note (a writes one)"),
    ("?", "after a date: the year was guessed (the page printed none; --date sets it)"),
    ("⇄", "also covered by the other outlet (l jumps there)"),
    ("BBC / GDN", "outlet (BBC, the Guardian)"),
]


def explained(binding: Binding) -> str:
    """What a key does, in full: its tooltip where the short description (the key bar's label) needs one."""
    return binding.tooltip or binding.description or binding.action


def describe_key(key: str) -> str:
    """``question_mark`` -> ``?`` and similar, for display."""
    names = {
        "question_mark": "?",
        "slash": "/",
        "escape": "Esc",
        "tab": "Tab",
        "shift+tab": "Shift+Tab",
        "colon": ":",
        "space": "Space",
        "plus": "+",
        "equals_sign": "=",
        "minus": "-",
        "full_stop": ".",
        "comma": ",",
        "end": "End",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "asterisk": "*",
    }
    return " / ".join(names.get(k.strip(), k.strip()) for k in key.split(","))


class HelpScreen(DismissOnce, ModalScreen[None]):
    """A table of keys; any of Esc, q or ? closes it."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72;
        max-width: 95%;
        height: 90%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    """

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help_close"),
        # The reader's own movement keys scroll the help too.
        Binding("j,down", "scroll(1)", "Scroll down", show=False, id="help_down"),
        Binding("k,up", "scroll(-1)", "Scroll up", show=False, id="help_up"),
        Binding("f,space,pagedown", "page(1)", "Page down", show=False, id="help_page_down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="help_page_up"),
        Binding("g,home", "edge(0)", "Top", show=False, id="help_top"),
        Binding("G,end", "edge(1)", "End", show=False, id="help_end"),
    ]

    def __init__(self, bindings: list[Binding], badges: list[tuple[str, str]] | None = None) -> None:
        """``bindings`` in the order to list them; ``badges`` are (badge, topic name) pairs."""
        super().__init__()
        self.badges = badges or []
        rows = list(EXTRA_KEYS)
        rows += [(describe_key(b.key), explained(b)) for b in bindings]
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
        legend = Table(title="Timeline marks and badges", expand=True, show_edge=False)
        legend.add_column("Mark", style="bold", no_wrap=True)
        legend.add_column("Meaning")
        for mark, meaning in MARKERS:
            legend.add_row(Text(mark), Text(meaning))
        for badge, name in self.badges:
            legend.add_row(Text(badge), Text(f"topic: {name}"))
        with VerticalScroll():
            yield Static(table)
            yield Static(legend)
        bar = KeyBar()
        bar.context = "help"
        yield bar  # its own keys, not the reader's beneath it

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        scroller = self.query_one(VerticalScroll)
        scroller.scroll_relative(y=pages * max(1, scroller.size.height - 1), animate=False)

    def action_edge(self, end: int) -> None:
        scroller = self.query_one(VerticalScroll)
        if end:
            scroller.scroll_end(animate=False)
        else:
            scroller.scroll_home(animate=False)
