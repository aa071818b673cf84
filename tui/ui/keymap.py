"""Every binding id the reader has: what ``[keymap]`` in config.toml may rebind (as Posting does)."""

from __future__ import annotations

from textual.binding import Binding


def _bindings() -> list[Binding]:
    from tui.ui.app import LiveblogApp
    from tui.ui.dialogs.add_dialog import AddDialog
    from tui.ui.dialogs.choice_dialog import ChoiceDialog
    from tui.ui.dialogs.confirm_dialog import ConfirmDialog
    from tui.ui.dialogs.note_dialog import NoteDialog
    from tui.ui.screens.discover_screen import DiscoverScreen
    from tui.ui.screens.help_screen import HelpScreen
    from tui.ui.screens.main_screen import MainScreen
    from tui.ui.screens.replay_screen import ReplayScreen
    from tui.ui.screens.stories_screen import StoriesScreen
    from tui.ui.widgets.detail_view import DetailView
    from tui.ui.widgets.reading_panes import ReadingPanes
    from tui.ui.widgets.search_bar import SearchBar
    from tui.ui.widgets.timeline_view import TimelineView

    owners = (
        LiveblogApp,
        MainScreen,
        ReadingPanes,
        SearchBar,
        TimelineView,
        DetailView,
        ReplayScreen,
        StoriesScreen,
        DiscoverScreen,
        HelpScreen,
        ChoiceDialog,
        NoteDialog,
        AddDialog,
        ConfirmDialog,
    )
    return [b for owner in owners for b in owner.BINDINGS if isinstance(b, Binding)]


def binding_ids() -> dict[str, str]:
    """Each binding id and what it does."""
    from tui.ui.screens.help_screen import explained

    return {b.id: explained(b) for b in _bindings() if b.id}


def binding(binding_id: str) -> Binding | None:
    """The binding with this id (None: no such binding)."""
    global _BY_ID
    if _BY_ID is None:
        _BY_ID = {b.id: b for b in _bindings() if b.id}
    return _BY_ID.get(binding_id)


_BY_ID: dict[str, Binding] | None = None


def known_keymap(keymap: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], str]:
    """The settings' ``[keymap]`` entries whose binding ids exist, and a problem naming those that do not
    ("" when all do)."""
    known = binding_ids()
    kept = {binding_id: keys for binding_id, keys in keymap if binding_id in known}
    unknown = [binding_id for binding_id, _ in keymap if binding_id not in known]
    if not unknown:
        return kept, ""
    return kept, f"keymap: no binding with the id {', '.join(repr(u) for u in unknown)} (see the README)"
