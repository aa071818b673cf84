"""A modal multi-select (topics, outlets) with live counts; Enter applies, Esc cancels."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, SelectionList
from textual.widgets.selection_list import Selection


@dataclass(frozen=True)
class Choice:
    """One option: its value, label (untrusted text is fine) and count."""

    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class ChoiceResult:
    """What the user picked, and for topics whether all must match."""

    values: frozenset[str]
    mode: str = "any"


class ChoiceDialog(ModalScreen[ChoiceResult | None]):
    """Pick any number of options with space; ``a`` switches any/all when allowed."""

    DEFAULT_CSS = """
    ChoiceDialog { align: center middle; }
    ChoiceDialog > Vertical { width: 60; max-width: 95%; height: auto; max-height: 90%; border: round $accent; background: $surface; padding: 0 1; }
    ChoiceDialog SelectionList { height: auto; max-height: 20; }
    ChoiceDialog .hint { color: $text-muted; width: 100%; height: auto; }
    """

    BINDINGS = [
        Binding("enter", "apply", "Apply", id="choice_apply", priority=True),
        Binding("escape", "cancel", "Cancel", id="choice_cancel"),
        Binding("a", "toggle_mode", "Any/all", id="choice_mode"),
        Binding("c", "clear", "Clear", id="choice_clear"),
    ]

    def __init__(self, title: str, choices: list[Choice], mode: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.mode = mode

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Content(self.title_text), id="choice-title")
            yield SelectionList[str](
                *[Selection(Content(f"{c.label} ({c.count})"), c.value, c.selected) for c in self.choices],
                id="choices",
            )
            yield Label(Content(self._hint()), classes="hint", id="choice-hint")

    def _hint(self) -> str:
        mode = f" · a: match {'ALL' if self.mode == 'all' else 'ANY'} (switch)" if self.mode else ""
        return f"space: toggle · enter: apply · c: clear · esc: cancel{mode}"

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_apply(self) -> None:
        chosen = frozenset(self.query_one(SelectionList).selected)
        self.dismiss(ChoiceResult(chosen, self.mode or "any"))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_clear(self) -> None:
        self.query_one(SelectionList).deselect_all()

    def action_toggle_mode(self) -> None:
        if self.mode is None:
            return
        self.mode = "all" if self.mode == "any" else "any"
        self.query_one("#choice-hint", Label).update(Content(self._hint()))
