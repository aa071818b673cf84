"""The key bar's hints are the bindings' own: their keys (where the user moved them) and short labels."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding

from tui.ui.keymap import binding
from tui.ui.screens.main_screen import MainScreen
from tui.ui.widgets.key_bar import HINTS, resolved


def test_every_bound_hint_names_a_binding_and_reads_its_key_and_label() -> None:
    for context, hints in HINTS.items():
        for hint in hints:
            shown = resolved(hint, {})
            assert shown.key and shown.label, (context, hint)
            if hint.binding is not None:
                bound = binding(hint.binding)
                assert bound is not None, (context, hint.binding)
                assert shown.label == bound.description


def test_a_moved_key_is_shown_where_it_now_is() -> None:
    search = next(h for h in HINTS["timeline"] if h.binding == "search")
    assert resolved(search, {}).key == "/"
    assert resolved(search, {"search": "f3"}).key == "f3"


def test_a_label_changed_on_the_binding_changes_on_the_bar(monkeypatch) -> None:
    from tui.ui import keymap

    topics = next(b for b in MainScreen.BINDINGS if isinstance(b, Binding) and b.id == "topics")
    relabelled = replace(topics, description="Themes")
    monkeypatch.setattr(keymap, "binding", lambda binding_id: relabelled if binding_id == "topics" else None)
    hint = next(h for h in HINTS["timeline"] if h.binding == "topics")
    assert resolved(hint, {}).label == "Themes"
