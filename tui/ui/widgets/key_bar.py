"""The key bar: the keys that matter where the focus is, as many as the width allows.

Replaces Textual's footer, which lists the focused widget's keys first and
cuts the rest: at 80 columns `?`, `q` and `r` never showed.  Here each
context has its hints ranked; rank 0 is always shown, then as many of the
next ranks as fit, in the context's own order.  Keys are shown in reverse
video, so the bar reads without colour.
"""

from __future__ import annotations

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
    #: The binding's id, when the key is one the user may rebind (``[keymap]``): the bar shows their key.
    binding: str | None = None


HINTS: dict[str, tuple[Hint, ...]] = {
    "timeline": (
        Hint("Enter", "Open", 1),
        Hint("/", "Search", 1, "search"),
        Hint("t", "Topics", 1, "topics"),
        Hint("r", "Replay", 2, "replay"),
        Hint("l", "Other outlet", 2, "jump_related"),
        Hint("o", "Outlets", 3, "outlets"),
        Hint("s", "Sort", 4, "cycle_sort"),
        Hint("c", "Clear", 3, "clear_filters"),
        Hint("y", "Cite", 4, "cite"),
        Hint("*", "Star", 3, "toggle_star"),
        Hint("a", "Note", 4, "annotate"),
        Hint("u", "Unread", 4, "unread_only"),
        Hint("H", "Stories", 3, "stories"),
        Hint("?", "Help", 0, "help"),
        Hint("q", "Quit", 0, "quit"),
    ),
    "detail": (
        Hint("Esc", "Back", 0),
        Hint("j/k", "Scroll", 1),
        Hint("Space", "Page", 1),
        Hint("l", "Other outlet", 1),
        Hint("y", "Cite", 2),
        Hint("*", "Star", 2),
        Hint("m", "Read", 3),
        Hint("a", "Note", 3),
        Hint("g/G", "Top/end", 3),
        Hint("Tab", "Timeline", 3),
        Hint("?", "Help", 0, "help"),
        Hint("q", "Quit", 0, "quit"),
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
        Hint("?", "Help", 0, "help"),
    ),
    "jump": (Hint("Enter", "Jump", 0), Hint("Esc", "Cancel", 0)),
    "help": (
        Hint("j/k", "Scroll", 1),
        Hint("Space", "Page", 1),
        Hint("g/G", "Top/end", 2),
        Hint("Esc/q/?", "Close", 0),
    ),
    "loading": (Hint("q", "Quit", 0, "quit"),),
    "stories": (
        Hint("Enter", "Open", 0),
        Hint("j/k", "Move", 3),
        Hint("a", "Add URL", 1, "stories_add"),
        Hint("d", "Remove", 2, "stories_remove"),
        Hint("D", "Discover", 1, "stories_discover"),
        Hint("r", "Fetch", 3, "stories_refresh"),
        Hint("Esc", "Back", 2),
        Hint("?", "Help", 0, "help"),
        Hint("q", "Quit", 0, "quit"),
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
        replaced = {hint.key for hint in self.extra}  # a screen's own hint for a key replaces the context's
        hints = list(self.extra) + [h for h in HINTS.get(self.context, ()) if h.key not in replaced]
        out = Text(no_wrap=True, overflow="ellipsis")
        key_style = self.get_component_rich_style("keybar--key")
        label_style = self.get_component_rich_style("keybar--label")
        rebound = dict(getattr(getattr(self.app, "settings", None), "keymap", ()) or ())
        if rebound:  # keys the user moved ([keymap] in config.toml) are shown where they now are
            from tui.ui.screens.help_screen import describe_key

            hints = [replace(h, key=describe_key(rebound[h.binding])) if h.binding in rebound else h for h in hints]
        for hint in fit(hints, self.size.width or 80):
            out.append(f" {hint.key} ", key_style)
            out.append(f" {hint.label} ", label_style)
        return out

    def shown(self) -> str:
        """The bar as plain text (for tests)."""
        return self.render().plain
