"""What a new user hit over SSH: typed-ahead keys, the detail pane's keys, l and back, the key bar."""

from __future__ import annotations

from dataclasses import replace

from textual import events

from tests.functional_tests.conftest import main_screen, settle
from tui.core.filtering import FilterState
from tui.ui.widgets.detail_view import DetailView
from tui.ui.widgets.key_bar import KeyBar
from tui.ui.widgets.timeline_view import TimelineView

NAMES = {"/": "slash", ":": "colon", " ": "space", "?": "question_mark"}


def burst(app, text: str) -> None:
    """Queue every key at once, as SSH delivers fast typing or a paste."""
    for ch in text:
        app.post_message(events.Key(NAMES.get(ch, ch), ch))


async def test_keys_typed_after_slash_land_in_the_search_box(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "/Geneva")
        await settle(pilot)
        screen = main_screen(app)
        assert screen.query_one("#search").value == "Geneva"
        assert screen.query_one(TimelineView).cursor == 0  # the G did not jump to the end
        assert screen.filters.query == "Geneva"


async def test_keys_typed_while_the_day_loads_are_applied_after(seed_timeline):
    from tui.ui.app import create_app

    app = create_app()  # loads the bundled day in a worker
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "/Geneva")
        for _ in range(40):
            await pilot.pause(0.1)
            if type(app.screen).__name__ == "MainScreen" and app.screen.query_one("#search").value:
                break
        await settle(pilot)
        assert main_screen(app).query_one("#search").value == "Geneva"


async def test_r_then_colon_at_once_opens_the_jump_box(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "r:06:30")
        await settle(pilot)
        assert type(app.screen).__name__ == "ReplayScreen"
        assert app.screen.query_one("#jump").value == "06:30"


async def test_the_open_post_takes_the_readers_keys_and_the_bar_changes(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        bar = screen.query_one(KeyBar)
        assert "Open" in bar.shown() and "Help" in bar.shown()
        await pilot.press("enter")
        await settle(pilot)
        detail = screen.query_one(DetailView)
        assert detail.has_focus and "Scroll" in bar.shown() and "Back" in bar.shown()
        for key, moved in (("j", True), ("k", False), ("space", True), ("b", False), ("G", True), ("g", False)):
            await pilot.press(key)
            await pilot.pause(0.05)
            assert (detail.scroll_y > 0) is moved, key
        assert screen.query_one(TimelineView).cursor == 0  # the timeline did not move


async def test_the_key_bar_keeps_the_essentials_at_every_width(make_app):
    for size in ((80, 24), (60, 20), (40, 16)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            shown = main_screen(app).query_one(KeyBar).shown()
            assert "? " in shown.replace(" ?  Help", "? Help") and "Help" in shown and "Quit" in shown, (size, shown)
            if size[0] >= 80:
                for word in ("Open", "Search", "Topics", "Replay", "Other outlet"):
                    assert word in shown, (size, shown)


async def test_l_keeps_the_filters_offers_a_hidden_target_and_backspace_returns(make_app, seed_timeline):
    app = make_app()
    source = seed_timeline.by_id()["bbc-360ca9a4d6"]  # a venue post linked to a non-venue post
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.set_filters(replace(FilterState(), topics=frozenset({"venue"})))
        await settle(pilot)
        timeline = screen.query_one(TimelineView)
        timeline.set_entries(screen.shown, keep=source)
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert screen.filters.topics == {"venue"}  # kept
        assert timeline.current.id == source.id
        assert "hidden by the filters" in str(screen.query_one("StatusBar").render())
        await pilot.press("l")
        await settle(pilot)
        assert not screen.filters.active and timeline.current.id == source.related[0]
        await pilot.press("backspace")
        await settle(pilot)
        assert screen.filters.topics == {"venue"} and timeline.current.id == source.id


async def test_switching_theme_restyles_every_row(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        timeline = main_screen(app).query_one(TimelineView)
        before = timeline.render_line(3)
        await pilot.press("T")
        await settle(pilot)
        after = timeline.render_line(3)
        assert [seg.style for seg in before] != [seg.style for seg in after]


async def test_filter_dialogs_read_without_colour_and_open_alike(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert all(row.startswith("[ ] ") for row in app.screen.prompts())  # nothing filtered, nothing ticked
        await pilot.press("escape", "t")
        await settle(pilot)
        assert all(row.startswith("[ ] ") for row in app.screen.prompts())
        await pilot.press("down", "space")
        assert app.screen.prompts()[1].startswith("[x] ")
        assert "ANY of the ticked topics" in str(app.screen.query_one("#choice-rule").render())
        await pilot.press("a")
        assert "ALL the ticked topics" in str(app.screen.query_one("#choice-rule").render())
        await pilot.press("enter")
        await settle(pilot)
        status = str(main_screen(app).query_one("StatusBar").render())
        assert "Filtered by topics: Air support" in status  # by name, on a line of its own
