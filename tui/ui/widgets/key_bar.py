"""The key bar: the keys that matter where the focus is, as many as the width allows.

Replaces Textual's footer, which lists the focused widget's keys first and
cuts the rest: at 80 columns `?`, `q` and `r` never showed.  Here each
context has its hints ranked (a binding's hint takes its key and label from
the binding itself: its short ``description``; the help screen shows the
longer ``tooltip``); rank 0 is always shown, then as many of the
next ranks as fit, in the context's own order.  Keys are shown in reverse
video, so the bar reads without colour.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


@dataclass(frozen=True)
class Hint:
    """A key, what it does, and how essential it is (0: always shown)."""

    key: str
    label: str
    rank: int
    #: The binding's id, when the hint is a binding's: its key (where the user moved it, ``[keymap]``)
    #: and label (its description) are the binding's own.
    binding: str | None = None


def _bound(binding_id: str, rank: int) -> Hint:
    """The hint for a binding: its key and label are read from the binding when the bar is drawn."""
    return Hint("", "", rank, binding_id)


def resolved(hint: Hint, rebound: Mapping[str, str]) -> Hint:
    """``hint`` with its binding's key (as the user moved it) and label filled in."""
    if hint.binding is None:
        return hint
    from tui.ui.keymap import binding
    from tui.ui.screens.help_screen import describe_key

    bound = binding(hint.binding)
    if bound is None:
        return hint
    keys = rebound.get(hint.binding, bound.key_display or bound.key)
    return replace(hint, key=describe_key(keys), label=hint.label or bound.description)


HINTS: dict[str, tuple[Hint, ...]] = {
    "timeline": (
        Hint("Enter", "Open", 1),
        _bound("search", 1),
        _bound("topics", 1),
        _bound("replay", 2),
        _bound("jump_related", 2),
        _bound("outlets", 3),
        _bound("cycle_sort", 4),
        _bound("clear_filters", 3),
        _bound("cite", 4),
        _bound("toggle_star", 3),
        _bound("annotate", 4),
        _bound("unread_only", 4),
        _bound("stories", 3),
        _bound("help", 0),
        _bound("quit", 0),
    ),
    "detail": (
        Hint("Esc", "Back", 0),
        Hint("j/k", "Scroll", 1),
        Hint("Space", "Page", 1),
        _bound("jump_related", 1),
        _bound("cite", 2),
        _bound("toggle_star", 2),
        _bound("toggle_read", 3),
        _bound("annotate", 3),
        Hint("g/G", "Top/end", 3),
        Hint("Tab", "Timeline", 3),
        _bound("help", 0),
        _bound("quit", 0),
    ),
    "search": (Hint("Enter", "Keep", 0), Hint("Esc", "Clear search", 0), Hint("↓", "Results", 1)),
    "replay": (
        Hint("Space", "Pause", 1),
        Hint("+/-", "Speed", 1),
        Hint(":", "Jump", 1),
        Hint("n/p", "Step", 2),
        Hint("G", "Follow", 2),
        Hint("[/]", "±15 min", 3),
        Hint("R", "Restart", 3),
        Hint("Esc/q", "Back", 0),
        _bound("help", 0),
    ),
    "jump": (Hint("Enter", "Jump", 0), Hint("Esc", "Cancel", 0)),
    "help": (
        Hint("j/k", "Scroll", 1),
        Hint("Space", "Page", 1),
        Hint("g/G", "Top/end", 2),
        Hint("Esc/q/?", "Close", 0),
    ),
    "loading": (_bound("quit", 0),),
    "stories": (
        Hint("Enter", "Open", 0),
        Hint("j/k", "Move", 3),
        _bound("stories_add", 1),
        _bound("stories_remove", 2),
        _bound("stories_discover", 1),
        _bound("stories_refresh", 3),
        Hint("Esc", "Back", 2),
        _bound("help", 0),
        _bound("quit", 0),
    ),
    "discover": (Hint("Enter", "Add to a story", 0), Hint("j/k", "Move", 1), Hint("Esc", "Back", 0)),
}
# Paused, Space resumes: the replay's hints with that one label changed.
HINTS["replay_paused"] = tuple(replace(h, label="Resume") if h.key == "Space" else h for h in HINTS["replay"])


def fit(hints: tuple[Hint, ...] | list[Hint], width: int) -> list[Hint]:
    """The hints that fit ``width`` cells: every rank-0 hint, then by rank, in the given order."""

    def cost(hint: Hint) -> int:
        return len(hint.key) + len(hint.label) + 4  # " k " and " label "

    chosen = {h for h in hints if h.rank == 0}
    used = sum(cost(h) for h in chosen)
    for rank in sorted({h.rank for h in hints if h.rank > 0}):
        for hint in (h for h in hints if h.rank == rank):
            if used + cost(hint) <= width + 1:  # the last hint's trailing space may be cut
                chosen.add(hint)
                used += cost(hint)
    return [h for h in hints if h in chosen]


class KeyBar(Widget):
    """One line of key hints for the current context (see :data:`HINTS`)."""

    COMPONENT_CLASSES = {"keybar--key", "keybar--label"}

    DEFAULT_CSS = """
    KeyBar { dock: bottom; height: 1; background: $panel; }
    KeyBar > .keybar--key { text-style: bold reverse; }
    KeyBar > .keybar--label { color: $text; }
    """

    context: reactive[str] = reactive("timeline")
    #: Hints added by the screen for its state (``Backspace  Back to where l was pressed``).
    extra: reactive[tuple[Hint, ...]] = reactive(())

    def render(self) -> Text:
        rebound = dict(getattr(getattr(self.app, "settings", None), "keymap", ()) or ())
        extra = [resolved(hint, rebound) for hint in self.extra]
        replaced = {hint.key for hint in extra}  # a screen's own hint for a key replaces the context's
        context = [resolved(hint, rebound) for hint in HINTS.get(self.context, ())]
        hints = extra + [hint for hint in context if hint.key and hint.key not in replaced]
        out = Text(no_wrap=True, overflow="ellipsis")
        key_style = self.get_component_rich_style("keybar--key")
        label_style = self.get_component_rich_style("keybar--label")
        for hint in fit(hints, self.size.width or 80):
            out.append(f" {hint.key} ", key_style)
            out.append(f" {hint.label} ", label_style)
        return out

    def shown(self) -> str:
        """The bar as plain text (for tests)."""
        return self.render().plain
