"""Replay mode in the app: the clock is driven by the test, never by sleeping."""

from __future__ import annotations

from textual.geometry import Region

from tests.functional_tests.conftest import main_screen, settle
from tui.core.model.zones import get_zone
from tui.ui.screens.replay_screen import ReplayScreen
from tui.ui.widgets.replay_bar import ReplayBar
from tui.ui.widgets.timeline_view import TimelineView

LONDON = get_zone("Europe/London")


async def enter_replay(pilot) -> ReplayScreen:
    await settle(pilot)
    await pilot.press("r")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReplayScreen)
    screen._timer.pause()  # the test drives the clock
    return screen


async def test_replay_day_at_300x_interleaves_outlets_and_follows(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await enter_replay(pilot)
        timeline = screen.query_one(TimelineView)
        screen.clock.speed = 300
        seen = []
        while not screen.clock.finished:
            screen.tick(5)
            await pilot.pause()
            seen.append(timeline.current)
            assert timeline.current is screen.clock.newest  # following the newest
        shown = timeline.entries
        assert len(shown) == len(app.timeline.entries)
        assert [e.published for e in shown] == sorted(e.published for e in shown)
        assert {"bbc", "guardian"} <= {e.source for e in seen}
        assert "■ end" in screen.query_one(ReplayBar).status_text()


async def test_pause_speed_step_and_jump(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await enter_replay(pilot)
        clock = screen.clock
        await pilot.press("space")
        assert clock.paused
        screen.tick(1000)
        assert clock.arrived == 1
        await pilot.press("space", "plus")
        assert not clock.paused and clock.speed == 300
        await pilot.press("minus", "minus")
        assert clock.speed == 10
        await pilot.press("n", "full_stop")
        await pilot.pause()
        assert clock.arrived >= 3
        await pilot.press("p")
        await pilot.pause()
        arrived = clock.arrived
        await pilot.press("comma")
        await pilot.pause()
        assert clock.arrived < arrived
        await pilot.press("colon", *"18:30", "enter")
        await pilot.pause()
        assert clock.now.astimezone(LONDON).strftime("%H:%M") == "18:30"
        status = screen.query_one(ReplayBar).status_text()
        assert "18:30:00 BST" in status and f"{clock.arrived} of {len(clock.entries)} posts" in status
        before = clock.now
        await pilot.press("right_square_bracket")
        assert (clock.now - before).total_seconds() == 15 * 60
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert (before - clock.now).total_seconds() == 15 * 60
        await pilot.press("R")
        await pilot.pause()
        assert clock.arrived == 1


async def test_follow_mode_never_yanks_the_reader(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await enter_replay(pilot)
        screen.clock.jump_to_clock(12, 0, LONDON)
        screen.refresh_view()
        await pilot.pause()
        timeline = screen.query_one(TimelineView)
        await pilot.press("k", "k")
        await pilot.pause()
        reading = timeline.current
        assert not screen.following
        assert "not following" in screen.query_one(ReplayBar).status_text()
        screen.tick(600)
        await pilot.pause()
        assert timeline.current is reading and screen.clock.newest is not reading
        await pilot.press("G")
        await pilot.pause()
        assert screen.following and timeline.current is screen.clock.newest


async def test_replay_respects_filters_and_leaving_keeps_the_place(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("t", "down", "down", "space", "enter")
        await settle(pilot)
        screen = await enter_replay(pilot)
        assert all("venue" in e.topics for e in screen.clock.entries)
        await pilot.press("colon", *"18:30", "enter")
        await pilot.pause()
        place = screen.query_one(TimelineView).current
        await pilot.press("escape")
        await settle(pilot)
        main = main_screen(app)
        assert main.query_one(TimelineView).current is place


async def test_estimated_times_are_marked_in_replay(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await enter_replay(pilot)
        timeline = screen.query_one(TimelineView)
        while not (screen.clock.newest and screen.clock.newest.time_basis == "estimated"):
            screen.clock.step_next()
        screen.refresh_view()
        await pilot.pause()
        row = timeline.row_text(timeline.current, 100).plain
        assert "≈" in row or "~" in row
        bar = screen.query_one(ReplayBar)
        assert "newest time estimated" in bar.status_text()
        screen.clock.speed = 1000
        narrow = bar.status_text(80)  # at 80 columns the short phrases keep the line whole
        assert len(narrow) <= 80 and narrow.endswith("newest ≈") and "1000×" in narrow


async def test_clicking_the_density_strip_jumps(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await enter_replay(pilot)
        bar = screen.query_one(ReplayBar)
        strip = bar.size.width - ReplayBar.LABEL - 2
        await pilot.click("#replay-bar", offset=(ReplayBar.LABEL + 1 + strip // 2, 1))
        await pilot.pause()
        assert 0.4 < screen.clock.fraction < 0.6
        assert screen.query_one(TimelineView).entries == screen.clock.visible()


async def test_replay_bar_fits_80_columns(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await enter_replay(pilot)
        await pilot.press("space")
        while not (screen.clock.newest and screen.clock.newest.time_basis == "estimated"):
            screen.clock.step_next()  # the longest status: an estimated newest post
        screen.refresh_view()
        await pilot.pause()
        bar = screen.query_one(ReplayBar)
        rows = [strip.text.strip() for strip in bar.render_lines(Region(0, 0, bar.size.width, bar.size.height))]
        assert rows[0].startswith("‖ paused")
        assert rows[1].startswith("BBC") and rows[2].startswith("Guardian")  # both density rows visible
        axis = rows[3].split()  # the time axis: start, middle, end
        assert axis[0] == f"{screen.clock.start.astimezone(LONDON):%H:%M}" and len(axis) == 3
        assert axis[-1] == f"{screen.clock.end.astimezone(LONDON):%H:%M}"
        assert len(rows[0]) <= 78


async def test_paused_replay_offers_resume_and_a_reopen_keeps_the_speed(make_app):
    from tui.ui.widgets.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await enter_replay(pilot)
        bar = screen.query_one(KeyBar)
        assert "Space  Pause" in bar.shown()
        await pilot.press("space")
        assert "Space  Resume" in bar.shown() and "Pause" not in bar.shown()
        await pilot.press("plus", "plus")
        assert screen.clock.speed == 1000
        await pilot.press("q")
        await settle(pilot)
        assert main_screen(app).session_state()["replay_speed"] == 1000
        screen = await enter_replay(pilot)
        assert screen.clock.speed == 1000
