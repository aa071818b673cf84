"""A modal checklist (topics, outlets) with live counts; Enter applies, Esc cancels.

Every row reads without colour: ``[x] Venue (16)`` or ``[ ] Venue (16)``.
In both dialogs a tick means "show only these"; nothing ticked means no
filter, so both open the same way when nothing is filtered.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.core.views.reader import Option as Choice
from tui.ui.dismiss_once import DismissOnce


@dataclass(frozen=True)
class ChoiceResult:
    """What the user ticked, and for topics whether a post must match all of them."""

    values: frozenset[str]
    mode: str = "any"


class _ChoiceList(OptionList):
    """The rows: Enter applies the dialog (an option list's own Enter would select the row, i.e. tick it)."""

    BINDINGS = [Binding("enter", "screen.apply", "Apply", show=False)]


class ChoiceDialog(DismissOnce, ModalScreen[ChoiceResult | None]):
    """Tick any number of options with Space; ``a`` switches any/all when allowed."""

    DEFAULT_CSS = """
    ChoiceDialog { align: center middle; }
    ChoiceDialog > Vertical {
        width: 64;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    ChoiceDialog OptionList { height: auto; max-height: 20; }
    ChoiceDialog .hint { color: $text-muted; width: 100%; height: auto; }
    """

    BINDINGS = [
        # Not priority bindings: a priority key is handled as it arrives, ahead of keys typed before
        # it that the list has not taken yet ("t j j Space" in one burst ticked the first row).
        Binding("enter", "apply", "Apply", id="choice_apply"),
        Binding("space", "toggle_choice", "Tick/untick", id="choice_toggle"),
        Binding("escape", "cancel", "Cancel", id="choice_cancel"),
        # The reader's j/k move here too (the arrow keys are the list's own)
        Binding("j", "move(1)", "Down", show=False, id="choice_down"),
        Binding("k", "move(-1)", "Up", show=False, id="choice_up"),
        Binding("a", "toggle_mode", "Any/all", id="choice_mode"),
        Binding("c", "clear", "Untick all", id="choice_clear"),
    ]

    def __init__(self, title: str, choices: list[Choice], mode: str | None = None, noun: str = "topic") -> None:
        """``mode`` (``any``/``all``) offers the any/all switch; ``noun`` names what is ticked."""
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.ticked = {c.value for c in choices if c.selected}
        self.mode = mode
        self.noun = noun

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Content(self.title_text), id="choice-title")
            yield Label(Content(self._rule()), classes="hint", id="choice-rule")
            yield _ChoiceList(*[Option(self._prompt(c), id=c.value) for c in self.choices], id="choices")
            yield Label(Content(self._keys()), classes="hint", id="choice-keys")

    def _prompt(self, choice: Choice, highlighted: bool = False) -> Content:
        box = "[x]" if choice.value in self.ticked else "[ ]"
        # Without colour the list's highlight (a background) cannot show: a pointer marks the row instead.
        pointer = ("> " if highlighted else "  ") if self.app.no_color else ""
        return Content(f"{pointer}{box} {choice.label} ({choice.count})")

    def _rule(self) -> str:
        if self.mode == "all":
            return f"Shows posts in ALL the ticked {self.noun}s. Nothing ticked: no filter."
        return f"Shows posts in ANY of the ticked {self.noun}s. Nothing ticked: no filter."

    def _keys(self) -> str:
        switch = f" · a: require {'any' if self.mode == 'all' else 'all'} ticked {self.noun}s" if self.mode else ""
        return f"j/k ↓↑: move · Space: tick/untick · Enter: apply · c: untick all · Esc: cancel{switch}"

    def prompts(self) -> list[str]:
        """Every row as plain text (for tests)."""
        return [self._prompt(c).plain for c in self.choices]

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0 if self.choices else None
        options.focus()

    def _refresh_rows(self) -> None:
        options = self.query_one(OptionList)
        for index, choice in enumerate(self.choices):
            options.replace_option_prompt_at_index(index, self._prompt(choice, index == options.highlighted))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.app.no_color:
            self._refresh_rows()

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_toggle_choice(self) -> None:
        """Tick or untick the highlighted choice (not ``toggle``: that is Textual's own action on every node)."""
        index = self.query_one(OptionList).highlighted
        if index is None:
            return
        value = self.choices[index].value
        self.ticked ^= {value}
        self._refresh_rows()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A click ticks or unticks the row."""
        self.action_toggle_choice()

    def action_apply(self) -> None:
        self.dismiss(ChoiceResult(frozenset(self.ticked), self.mode or "any"))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_clear(self) -> None:
        self.ticked.clear()
        self._refresh_rows()

    def action_toggle_mode(self) -> None:
        if self.mode is None:
            return
        self.mode = "all" if self.mode == "any" else "any"
        self.query_one("#choice-rule", Label).update(Content(self._rule()))
        self.query_one("#choice-keys", Label).update(Content(self._keys()))
