"""SVG snapshots of the main views at 80x24 and 120x40, with and without NO_COLOR.

Update after an intended change with ``pytest --snapshot-update`` and look at
the SVGs (rsvg-convert file.svg -o file.png) before committing them.
"""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from tui.core.build.pipeline import build_timeline
from tui.ui.app import create_app

VIEWS = {
    "main": [],
    "detail": ["j", "j", "enter"],
    "help": ["question_mark"],
    "topics": ["t", "down", "down", "space"],
    "venue": ["t", "down", "down", "space", "enter", "j"],
}
SIZES = [(80, 24), (120, 40)]


@pytest.fixture(scope="module")
def timeline():
    return build_timeline(sorted(SEEDS.glob("*.txt")), label=lambda p: f"seeds/{p.name}")


async def _settle(pilot) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.06)


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "no-colour"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("view", list(VIEWS))
def test_view(snap_compare, monkeypatch, timeline, view, size, no_color):
    # A post open for READ_AFTER seconds becomes read: on a slow machine that happened mid-snapshot,
    # changing the unread count and markers. A snapshot must not depend on how long it took.
    monkeypatch.setattr("tui.ui.screens.main_screen.READ_AFTER", 3600.0)
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    app = create_app(timeline=timeline)

    async def run_before(pilot) -> None:
        await _settle(pilot)
        for key in VIEWS[view]:
            await pilot.press(key)
            await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("view", ["main", "detail", "venue"])
def test_light_theme(snap_compare, monkeypatch, timeline, view, size):
    monkeypatch.setattr("tui.ui.screens.main_screen.READ_AFTER", 3600.0)
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = create_app(timeline=timeline)

    async def run_before(pilot) -> None:
        await _settle(pilot)
        app.theme = "textual-light"
        await _settle(pilot)
        for key in VIEWS[view]:
            await pilot.press(key)
            await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
