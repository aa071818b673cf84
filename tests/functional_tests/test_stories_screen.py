"""The stories screen: the reader's home when stories exist — driven by keys, against a local server."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from tests import story_server
from tests.conftest import SEEDS
from tui.core.infra.settings import Settings
from tui.core.session.stories import add_to_story
from tui.core.sources.stories import add_sources, load_stories
from tui.core.store.database import Store
from tui.ui.app import create_app
from tui.ui.dialogs.add_dialog import AddDialog
from tui.ui.dialogs.confirm_dialog import ConfirmDialog
from tui.ui.screens.discover_screen import DiscoverScreen
from tui.ui.screens.main_screen import MainScreen
from tui.ui.screens.stories_screen import StoriesScreen


@pytest.fixture(autouse=True)
def own_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr("tui.ui.screens.main_screen.READ_AFTER", 3600.0)


async def _until(pilot, condition, seconds: float = 15.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app did not get there in time")


def _row(screen: StoriesScreen, name: str) -> list[str]:
    row = next(r for r in screen.rows() if r.split(" | ")[0].strip(" ▸") == name)
    return [cell.strip() for cell in row.split(" | ")]


def _rows_known(app) -> bool:
    screen = app.screen
    return isinstance(screen, StoriesScreen) and len(screen.summaries) == len(screen.stories) > 0


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_add_open_read_go_back_remove_discover(httpserver, tmp_path, size):
    urls = story_server.serve(httpserver)
    store_path = str(tmp_path / "store.sqlite3")
    added = add_to_story([urls["guardian"], urls["bbc"]], "Ukraine", tmp_path / "store.sqlite3-pages")
    assert added.added == (urls["guardian"], urls["bbc"])
    add_sources("Seed day", [str(SEEDS)])
    store = Store(store_path)
    settings = Settings(feeds=(urls["feed"],))
    app = create_app(store=store, home=True, settings=settings, follow=True)
    async with app.run_test(size=size) as pilot:
        await _until(pilot, lambda: _rows_known(app))
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        assert _row(screen, "Ukraine")[1:6] == ["GDN BBC", "live", "7", "7", "7"]
        assert _row(screen, "Seed day")[2] == "files"
        # Open it, read two posts, go back: the counts changed.
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.is_mounted)
        await _until(pilot, lambda: len(app.screen.reader.shown) == 7)
        await pilot.press("m", "j", "m")
        await pilot.press("H")
        await _until(pilot, lambda: isinstance(app.screen, StoriesScreen) and "Ukraine" in app.screen.summaries)
        stories = app.screen
        assert _row(stories, "Ukraine")[4:6] == ["5", "0"]
        # Esc goes back to the story that is open.
        await pilot.press("escape")
        await _until(pilot, lambda: isinstance(app.screen, MainScreen))
        await pilot.press("H")
        await _until(pilot, lambda: _rows_known(app))
        # Remove the seed day, with confirmation.
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=[s.name for s in app.screen.stories].index("Seed day"))
        await pilot.press("d")
        await _until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await _until(pilot, lambda: load_stories().names() == ["Ukraine"])
        await _until(pilot, lambda: isinstance(app.screen, StoriesScreen) and len(app.screen.stories) == 1)
        # Discover from the (local) feed and add a live blog from it as a story of its own.
        await pilot.press("D")
        await _until(pilot, lambda: isinstance(app.screen, DiscoverScreen) and len(app.screen.blogs) == 3)
        await pilot.press("j")
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, AddDialog))
        await pilot.press("enter")  # the story's name is the feed's title
        await _until(pilot, lambda: len(load_stories().stories) == 2)
        assert load_stories().stories[1].sources == (urls["sport"],)
        await pilot.press("escape")
        await _until(pilot, lambda: isinstance(app.screen, StoriesScreen) and len(app.screen.stories) == 2)
        await _until(pilot, lambda: _rows_known(app))
        assert _row(app.screen, "England v India: second Test, day three – live")[1:4] == ["GDN", "live", "2"]


async def test_a_story_opened_from_the_command_line_shows_its_name_and_h_lists_the_stories(tmp_path):
    add_sources("Seed day", [str(SEEDS)])
    story = load_stories().get("Seed day")
    from tui.request import open_story

    store = Store(str(tmp_path / "store.sqlite3"))
    inputs = open_story(story, store.path)
    app = create_app(paths=inputs.paths, store=store, story=story, follow=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.is_mounted)
        await pilot.pause(0.2)
        status = str(app.screen.query_one("#status").render())
        assert status.startswith("Seed day · ")
        await pilot.press("H")
        await _until(pilot, lambda: _rows_known(app))
        assert _row(app.screen, "Seed day")[3] == "87"
        assert app.screen.rows()[0].startswith("▸ Seed day")
        await pilot.press("q")


async def test_with_no_story_the_screen_says_how_to_add_one(tmp_path):
    app = create_app(store=Store(str(tmp_path / "s.sqlite3")), home=True, settings=Settings(offline=True))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        text = str(app.screen.query_one("#stories-status").render())
        assert "No stories yet. a: add" in text
        await pilot.press("escape")  # nothing to go back to: a notice, not a crash
        await pilot.pause(0.1)
        assert isinstance(app.screen, StoriesScreen)


def _snapshot_stories() -> None:
    add_sources("Seed day", [str(SEEDS)])
    add_sources("\x1b[31mOne BBC dump [bold]x[/bold]", [str(sorted(SEEDS.glob("*.txt"))[1])])


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_stories_screen_snapshot(snap_compare, tmp_path, monkeypatch, size):
    monkeypatch.delenv("NO_COLOR", raising=False)
    _snapshot_stories()
    app = create_app(store=Store(str(tmp_path / "s.sqlite3")), home=True, settings=Settings(offline=True))

    async def run_before(pilot) -> None:
        await _until(pilot, lambda: _rows_known(app))
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
