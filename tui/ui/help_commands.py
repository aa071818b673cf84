"""Every key, listed: the help screen's rows and the command palette's entries, from the bindings themselves."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from functools import partial

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen

from tui.core.views.export import READER_EXPORTS
from tui.ui.screens.help_screen import explained
from tui.ui.screens.main_screen import MainScreen
from tui.ui.screens.replay_screen import ReplayScreen
from tui.ui.screens.stories_screen import StoriesScreen
from tui.ui.widgets.reading_panes import ReadingPanes
from tui.ui.widgets.search_bar import SearchBar


def _bindings(owner: list[BindingType], prefix: str = "") -> list[Binding]:
    """``owner``'s bindings, each explained in full (its tooltip, else its description) after ``prefix``."""
    return [replace(b, tooltip=prefix + explained(b)) for b in owner if isinstance(b, Binding)]


def help_bindings(general: list[BindingType], screen: Screen[object], rebound: Mapping[str, str]) -> list[Binding]:
    """The keys to list on the help screen: ``general`` (the app's), the reader's, the replay's and the
    stories', those of ``screen`` (the one the user is on) first; keys the user moved (``rebound``:
    binding id -> keys) are listed where they now are."""
    reader = _bindings([*MainScreen.BINDINGS, *ReadingPanes.BINDINGS, *SearchBar.BINDINGS])
    replay = _bindings(ReplayScreen.BINDINGS, "Replay: ")
    stories = _bindings(StoriesScreen.BINDINGS, "Stories: ")
    app = _bindings(general)
    if isinstance(screen, ReplayScreen):
        ordered = replay + app + reader + stories
    elif isinstance(screen, StoriesScreen):
        ordered = stories + app + reader + replay
    else:
        ordered = app + reader + replay + stories
    return [replace(b, key=rebound[b.id]) if b.id in rebound else b for b in ordered]


def screen_commands(screen: Screen[object]) -> Iterator[SystemCommand]:
    """The command palette's entries for the reader's and the replay's keys, and the reader's exports."""
    if not isinstance(screen, (MainScreen, ReplayScreen)):
        return
    owners: list[DOMNode] = [screen, *screen.query(ReadingPanes)]
    for owner in owners:
        for binding in _bindings(type(owner).BINDINGS):
            run = partial(owner.run_action, binding.action)
            yield SystemCommand(binding.tooltip, f"Key: {binding.key}", run)
    if isinstance(screen, MainScreen):
        for title, kind, _starred in READER_EXPORTS:
            yield SystemCommand(title, "Write a file in the exports folder", partial(screen.export, kind))
