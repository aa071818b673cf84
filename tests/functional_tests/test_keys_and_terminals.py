"""What a new user hit over SSH: typed-ahead keys, the detail pane's keys, l and back, the key bar."""

from __future__ import annotations

from dataclasses import replace

from textual import events

from tests.functional_tests.conftest import main_screen, settle
from tui.core.views.filtering import FilterState
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
        assert screen.reader.view.filters.query == "Geneva"


async def test_keys_typed_while_the_day_loads_are_applied_after(seed_timeline):
    from tui.ui.app import create_app

    app = create_app()  # loads the bundled day in a worker
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "/Geneva")
        for _ in range(40):
            await pilot.pause(0.1)
            # (the reader's screen may be pushed before its widgets are mounted: query, do not query_one)
            if type(app.screen).__name__ == "MainScreen" and any(box.value for box in app.screen.query("#search")):
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
        timeline.set_entries(screen.reader.shown, keep=source)
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert screen.reader.view.filters.topics == {"venue"}  # kept
        assert timeline.current.id == source.id
        assert "hidden by the filters" in str(screen.query_one("StatusBar").render())
        await pilot.press("l")
        await settle(pilot)
        assert not screen.reader.view.filters.active and timeline.current.id == source.related[0]
        await pilot.press("backspace")
        await settle(pilot)
        assert screen.reader.view.filters.topics == {"venue"} and timeline.current.id == source.id


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


async def test_titles_come_before_badges(make_app, seed_timeline):
    app = make_app()
    post = next(e for e in seed_timeline.entries if e.display_title == "What did Trump and Zelensky talk about?")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = main_screen(app).query_one(TimelineView)
        row = timeline.row_text(post, 120 * 3 // 5).plain
        assert "What did Trump and Zelensky talk about?" in row  # whole, was cut to make room for badges
        narrow = timeline.row_text(post, 50).plain
        assert "What did Trump" in narrow and "VENUE" not in narrow


async def test_a_load_spanning_days_shows_the_date_where_it_changes(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = main_screen(app).query_one(TimelineView)
        labels = [timeline.day_label(i) for i in range(len(timeline.entries))]
        assert labels[0] == "Tue 19 Aug? · "  # the pages print no year: the guess is marked
        assert labels.count("Wed 20 Aug? · ") == 1 and sum(1 for label in labels if label) == 2


async def test_y_copies_a_citation(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        cited = app.clipboard
        post = main_screen(app).query_one(DetailView).post
        assert (
            cited.startswith("BBC, Tue 19 Aug 2025? 03:59 BST") and post.display_title in cited
        )  # the guessed year is marked
        assert "001_407ca60b6a04c58e.txt lines" in cited and post.body[0].text in cited
        assert "Copied a citation" in str(main_screen(app).query_one("StatusBar").render())


async def test_replay_shows_a_post_at_once_q_goes_back_and_help_lists_replay_keys_first(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await pilot.pause(0.05)
        detail = app.screen.query_one(DetailView)
        assert detail.post is not None
        body = str(detail.query_one("#detail-body").render())
        assert "No post" not in body and detail.post.display_title[:20] in body
        await pilot.press("question_mark")
        await settle(pilot)
        assert app.screen.rows[len(__import__("tui.ui.screens.help_screen", fromlist=["EXTRA_KEYS"]).EXTRA_KEYS)][
            1
        ].startswith("Replay:")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert type(app.screen).__name__ == "MainScreen" and app.is_running


async def test_start_up_is_deterministic():
    from tui.ui.app import create_app

    for _ in range(6):
        app = create_app()
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(40):
                await pilot.pause(0.05)
                if type(app.screen).__name__ == "MainScreen":
                    break
            await settle(pilot)
            assert app.focused is not None and app.focused.id == "timeline"
            assert app._exception is None


async def test_nothing_loaded_closes_the_app_with_the_reasons(tmp_path):
    from tui.ui.app import create_app

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    app = create_app(paths=[bad])
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(40):
            await pilot.pause(0.05)
            if not app.is_running:
                break
    assert app.return_code == 1 and app.load_failures and "binary" in app.load_failures[0]


def test_a_missing_file_prints_the_error_and_opens_nothing(tmp_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "tui", str(tmp_path / "nope.txt")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"liveblog: {tmp_path / 'nope.txt'}: no such file or directory"
    assert "\x1b[?1049h" not in done.stdout + done.stderr  # the full-screen app never started


def test_term_dumb_gets_a_plain_paged_reader(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, TERM="dumb", PAGER="cat")
    done = subprocess.run([sys.executable, "-m", "tui", "-q"], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0
    assert "TERM=dumb cannot show the full-screen reader" in done.stderr.splitlines()[0]
    assert "\x1b" not in done.stdout
    assert "White House meeting is over" in done.stdout and done.stdout.count("BBC") >= 30


async def test_down_in_the_search_box_moves_to_the_results(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "/Geneva")
        await settle(pilot)
        await pilot.press("down")
        await settle(pilot)
        screen = main_screen(app)
        assert screen.query_one(TimelineView).has_focus and screen.reader.view.filters.query == "Geneva"
        assert "Open" in screen.query_one(KeyBar).shown()


async def test_a_screen_hint_replaces_the_context_hint_for_the_same_key(make_app):
    from tui.ui.widgets.key_bar import Hint

    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        bar = main_screen(app).query_one(KeyBar)
        bar.extra = (Hint("l", "Show linked post", 0),)
        await pilot.pause()
        shown = bar.shown()
        assert shown.count(" l ") == 1 and "Show linked post" in shown and "Other outlet" not in shown


def test_no_color_sends_no_colour_codes_at_all(tmp_path):
    """NO_COLOR: Textual's grey filter still sent 256-colour greys; the reader sends none (only default colours)."""
    import asyncio
    import os
    import re

    from tui.ui.app import create_app

    async def run() -> str:
        app = create_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("t")
            await settle(pilot)
            return app.export_screenshot()

    old = os.environ.get("NO_COLOR")
    os.environ["NO_COLOR"] = "1"
    try:
        svg = asyncio.run(run())
    finally:
        if old is None:
            del os.environ["NO_COLOR"]
        else:
            os.environ["NO_COLOR"] = old
    window_buttons = {"#ff5f57", "#febc2e", "#28c840"}  # the screenshot's frame, not the app
    fills = set(re.findall(r'fill="(#[0-9a-f]{6})"', svg)) - window_buttons
    assert len(fills) <= 2, fills  # the export's own default foreground and background: nothing from a theme
    assert "&gt; [ ] Boots on the ground" in svg or "&gt;&#160;[&#160;]" in svg or "> [ ]" in svg


async def test_a_non_utf8_locale_draws_ascii_only(monkeypatch):
    from tui.ui.app import create_app
    from tui.ui.ascii_filter import AsciiFilter

    monkeypatch.setenv("LIVEBLOG_ASCII", "1")
    app = create_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        filters = app.get_line_filters()
        assert any(isinstance(f, AsciiFilter) for f in filters)
    monkeypatch.setenv("LIVEBLOG_ASCII", "0")
    assert not any(isinstance(f, AsciiFilter) for f in create_app().get_line_filters())


async def test_without_colour_the_replay_position_is_reverse_video(monkeypatch):
    """The density strip marks the replay's position with a background colour; NO_COLOR sends none, so
    the cell is reverse video there (as the timeline's cursor row is)."""
    from tui.ui.app import create_app
    from tui.ui.widgets.replay_bar import ReplayBar

    for no_colour in (True, False):
        if no_colour:
            monkeypatch.setenv("NO_COLOR", "1")
        else:
            monkeypatch.delenv("NO_COLOR", raising=False)
        app = create_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("r")
            await settle(pilot)
            bar = app.screen.query_one(ReplayBar)
            style = bar.get_component_rich_style("replay--position")
            assert bool(style.reverse) is no_colour, style
            assert no_colour or style.bgcolor is not None


async def test_the_detail_pane_says_when_a_posts_start_is_a_guess(make_app, seed_timeline):
    """#28: a post cut out of a run of paragraphs (nothing printed marks its start) says so under Provenance;
    a post under its own time does not."""
    unsure = next(post for post in seed_timeline.entries if post.start_unsure)
    sure = next(post for post in seed_timeline.entries if not post.start_unsure)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        detail = main_screen(app).query_one(DetailView)
        assert "start: a guess" in detail.build(unsure).plain
        assert "start: a guess" not in detail.build(sure).plain
