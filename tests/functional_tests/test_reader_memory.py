"""The reader's memory in the app: read, star, notes, filters by mark, and the restored session."""

from __future__ import annotations

from tests.functional_tests.conftest import main_screen, settle
from tui.core.store.database import Store
from tui.core.store.marks import Marks
from tui.ui.screens.main_screen import READ_AFTER
from tui.ui.widgets.detail_view import DetailView
from tui.ui.widgets.status_bar import StatusBar
from tui.ui.widgets.timeline_view import TimelineView


async def test_star_read_and_note_keys(make_app, tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    app = make_app(store=store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        timeline = screen.query_one(TimelineView)
        post = timeline.current
        await pilot.press("asterisk")
        await settle(pilot)
        assert Store(tmp_path / "s.sqlite3").states()[post.id].starred  # durable at once
        assert "1 ★" in str(screen.query_one(StatusBar).render())
        assert "★" in timeline.row_text(post, 120).plain
        await pilot.press("m")
        assert screen.marks.is_read(post.id)
        await pilot.press("m")
        assert not screen.marks.is_read(post.id)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"check quote", "enter")
        await settle(pilot)
        assert Store(tmp_path / "s.sqlite3").states()[post.id].note == "check quote"
        assert "Your note: check quote" in str(screen.query_one(DetailView).build(post))
        row = timeline.row_text(post, 120).plain
        assert "★✍" in row  # a star does not hide the note mark
        assert "★✍ " + post.display_title[:20] in row  # nor runs into the title
        await pilot.press("a", "escape")  # Esc leaves the note as it was
        await settle(pilot)
        assert screen.marks.note(post.id) == "check quote"


async def test_a_star_the_store_cannot_keep_says_so_and_is_kept_once_it_can(make_app, tmp_path):
    import sqlite3

    path = tmp_path / "s.sqlite3"
    app = make_app(store=Store(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        post = screen.query_one(TimelineView).current
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        await pilot.press("asterisk")
        await pilot.pause(1.0)  # not settle: the store's own writer waits on the lock for seconds
        status = str(screen.query_one(StatusBar).render())
        assert "NOT saved yet" in status and "Starred" in status and "1 mark NOT saved yet" in status
        holder.execute("ROLLBACK")
        holder.close()
        for _ in range(40):  # the retry timer (every 3 s; the store's own writes may come first)
            if screen.marks.kept:
                break
            await pilot.pause(0.25)
        await settle(pilot)
        assert Store(path).states()[post.id].starred
        assert "NOT saved" not in str(screen.query_one(StatusBar).render())


async def test_a_long_pasted_note_is_cut_and_the_reader_says_so(make_app, tmp_path):
    from tui.ui.dialogs.note_dialog import MAX_NOTE

    app = make_app(store=Store(tmp_path / "s.sqlite3"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        post = screen.query_one(TimelineView).current
        await pilot.press("a")
        await settle(pilot)
        app.screen.query_one("#note").value = "x" * (MAX_NOTE + 1234)
        await pilot.press("enter")
        await settle(pilot)
        assert len(screen.marks.note(post.id)) == MAX_NOTE
        assert f"cut to its first {MAX_NOTE:,} characters (it had {MAX_NOTE + 1234:,})" in str(
            screen.query_one(StatusBar).render()
        )


async def test_a_post_open_for_a_moment_becomes_read(make_app, tmp_path):
    app = make_app(store=Store(tmp_path / "s.sqlite3"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("j")
        await settle(pilot)
        passing = screen.query_one(TimelineView).current
        await pilot.press("j")  # moved on at once: not read
        await pilot.pause(READ_AFTER + 0.5)
        staying = screen.query_one(TimelineView).current
        assert screen.marks.is_read(staying.id) and not screen.marks.is_read(passing.id)


async def test_mark_shown_read_touches_only_what_the_filters_show(make_app, tmp_path):
    app = make_app(store=Store(tmp_path / "s.sqlite3"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("slash", *"Geneva", "enter")
        await settle(pilot)
        shown = {post.id for post in screen.reader.shown}
        assert 0 < len(shown) < len(screen.reader.timeline.entries)
        await pilot.press("M")
        await settle(pilot)
        assert all(screen.marks.is_read(i) for i in shown)
        assert not any(screen.marks.is_read(e.id) for e in screen.reader.timeline.entries if e.id not in shown)


async def test_unread_only_and_starred_only_filters(make_app, tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        first = screen.query_one(TimelineView).current
        await pilot.press("asterisk", "m")
        await pilot.press("i")
        await settle(pilot)
        assert [p.id for p in screen.reader.shown] == [first.id]
        assert "starred only" in screen.reader.view.filters.describe()
        await pilot.press("u")
        await settle(pilot)
        assert (
            first.id not in {p.id for p in screen.reader.shown}
            and len(screen.reader.shown) == len(screen.reader.timeline.entries) - 1
        )
        await pilot.press("u")
        await settle(pilot)
        assert len(screen.reader.shown) == len(screen.reader.timeline.entries)


async def test_the_session_comes_back_and_fresh_ignores_it(make_app, tmp_path):
    path = tmp_path / "s.sqlite3"
    app = make_app(store=Store(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("down", "down", "space", "enter")  # Venue
        await settle(pilot)
        await pilot.press("s", "j", "j", "T")
        await settle(pilot)
        at = screen.query_one(TimelineView).current.id
        filters, sort, theme = screen.reader.view.filters, screen.reader.view.sort_key, app.theme
        await pilot.pause(0.8)
    app = make_app(store=Store(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.query_one(TimelineView).current.id == at
        assert screen.reader.view.filters == filters and screen.reader.view.sort_key == sort and app.theme == theme
    app = make_app(store=Store(path), fresh=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert not screen.reader.view.filters.active and screen.reader.view.sort_key == "time"
        assert Marks(Store(path)).states == Marks(Store(path)).states  # marks are kept even with --fresh


async def test_a_star_typed_right_after_moving_lands_on_the_new_post(make_app, tmp_path):
    app = make_app(store=Store(tmp_path / "s.sqlite3"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("j", "j", "asterisk")  # one burst: the star goes where the cursor is
        await settle(pilot)
        current = screen.query_one(TimelineView).current
        assert screen.marks.is_starred(current.id)
        assert sum(screen.marks.is_starred(e.id) for e in screen.reader.timeline.entries) == 1


async def test_a_burst_that_moves_stars_and_writes_a_note_keeps_its_order(make_app, tmp_path):
    app = make_app(store=Store(tmp_path / "s.sqlite3"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("j", "asterisk", "a", *"why", "enter")
        await settle(pilot)
        current = screen.query_one(TimelineView).current
        assert screen.marks.is_starred(current.id) and screen.marks.note(current.id) == "why"
        assert sum(1 for e in screen.reader.timeline.entries if screen.marks.note(e.id)) == 1


async def test_a_large_stored_timeline_shows_its_newest_posts_first_then_fills_in_without_moving_the_reader(
    tmp_path, monkeypatch
):
    import shutil

    from tests.conftest import seed
    from tui.core.store import timelines as store_module
    from tui.ui.app import create_app

    day = tmp_path / "day"
    day.mkdir()
    for prefix in ("000", "003"):
        shutil.copy(seed(prefix), day / f"{prefix}.txt")
    path = tmp_path / "s.sqlite3"
    monkeypatch.setattr(store_module, "PREVIEW_POSTS", 8)
    first = create_app([day], store=Store(path), follow=False)
    async with first.run_test(size=(120, 40)) as pilot:  # the first open builds and stores
        await settle(pilot)
        screen = main_screen(first)
        oldest = sorted(screen.reader.timeline.entries, key=lambda e: (e.published is not None, e.published))[0]
        total = len(screen.reader.timeline.entries)
        screen.query_one(TimelineView).set_entries(screen.reader.shown, oldest)  # the reader leaves off on an old post
        await pilot.press("q")
    app = create_app([day], store=Store(path), follow=False)
    shown_first: list[int] = []
    from tui.ui.screens.main_screen import MainScreen

    original = MainScreen.fill

    def watching(self, timeline):
        shown_first.append(len(self.reader.timeline.entries))
        status = str(self.query_one(StatusBar).render()) if self.is_mounted else ""
        shown_first.append("reading the rest" in status)
        return original(self, timeline)

    monkeypatch.setattr(MainScreen, "fill", watching)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert shown_first[0] == 8  # the reader showed the preview first
        assert len(screen.reader.timeline.entries) == total and screen.reader.loading_message == ""
        assert "reading the rest" not in str(screen.query_one(StatusBar).render())
        assert screen.query_one(TimelineView).current.id == oldest.id  # the saved post, outside the preview, is back


async def test_a_freshly_built_day_is_searched_by_the_store_once_it_is_stored(tmp_path):
    import shutil

    from tests.conftest import seed
    from tui.core.session.loader import StoreSearch
    from tui.ui.app import create_app

    day = tmp_path / "day"
    day.mkdir()
    shutil.copy(seed("003"), day / "003.txt")
    app = create_app(paths=[day], store=Store(tmp_path / "s.sqlite3"), follow=False)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(400):  # the loading worker shows the day, stores it, then hands the reader the store's index
            await pilot.pause(0.02)
            screen = app.screen
            if getattr(screen, "search_index", None) is not None and isinstance(
                screen.reader.search_index.backend, StoreSearch
            ):
                break
        screen = main_screen(app)
        assert isinstance(screen.reader.search_index.backend, StoreSearch)
        by_hand = [p.id for p in screen.reader.timeline.entries if "ceasefire" in screen.reader.search_index.text(p)]
        await pilot.press("slash", *"ceasefire")
        await settle(pilot)
        assert [p.id for p in screen.reader.shown] == by_hand and by_hand


async def test_a_large_first_open_shows_the_newest_day_then_the_whole_archive_under_the_same_post(
    tmp_path, monkeypatch
):
    from benchmarks.archive import write_archive
    from tui.ui.app import create_app
    from tui.ui.screens.main_screen import MainScreen

    archive = tmp_path / "archive"
    archive.mkdir()
    write_archive(archive, posts=600, days=12)
    seen: list[tuple[int, str, str]] = []
    original = MainScreen.fill

    def watching(self, timeline):
        status = str(self.query_one(StatusBar).render()) if self.is_mounted else ""
        current = self.query_one(TimelineView).current if self.is_mounted else None
        seen.append((len(self.reader.timeline.entries), status, current.id if current else ""))
        return original(self, timeline)

    monkeypatch.setattr(MainScreen, "fill", watching)
    app = create_app([archive], store=Store(tmp_path / "s.sqlite3"), follow=False)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(600):
            await pilot.pause(0.05)
            if seen and isinstance(app.screen, MainScreen) and not app.screen.reader.loading_message:
                break
        await settle(pilot)
        screen = main_screen(app)
        ((preview_size, status, cursor),) = seen
        assert 0 < preview_size < len(screen.reader.timeline.entries) / 5  # the newest day came first
        assert "newest day only" in status  # and what is being built meanwhile
        assert screen.query_one(TimelineView).current.id == cursor  # the reader did not move
        assert "building" not in str(screen.query_one(StatusBar).render())


async def test_the_post_the_reader_opens_on_is_not_read_until_a_key_is_pressed(make_app, tmp_path):
    app = make_app(store=Store(tmp_path / "s.sqlite3"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        first = screen.query_one(TimelineView).current
        await pilot.pause(READ_AFTER + 0.5)
        assert not screen.marks.is_read(first.id)  # nobody read it: the reader just opened
        await pilot.press("tab", "tab")  # any key: now the highlighted post is being read
        await pilot.pause(READ_AFTER + 0.5)
        assert screen.marks.is_read(first.id)


async def test_a_notice_goes_after_a_few_seconds(make_app, tmp_path):
    from tui.ui.screens.main_screen import NOTICE_SECONDS

    app = make_app(store=Store(tmp_path / "s.sqlite3"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("asterisk")
        await settle(pilot)
        assert "Starred" in str(screen.query_one(StatusBar).render())
        await pilot.pause(NOTICE_SECONDS + 0.5)
        assert "Starred" not in str(screen.query_one(StatusBar).render())


async def test_the_timeline_shown_is_left_out_of_the_collectors_passes_until_the_app_closes(make_app, tmp_path):
    """A year's posts made every full pass of the cyclic collector 140-210 ms: a key's frame late by as
    much. The app sets what is alive once a timeline is taken aside (``gc.freeze``) and hands it back
    when it closes, so a test run or an embedding program keeps no frozen garbage."""
    import gc

    gc.unfreeze()
    app = make_app(store=Store(tmp_path / "s.sqlite3"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_a_timeline_taken_in_place_of_another_first_lets_the_collector_free_the_cycles_made_meanwhile() -> None:
    """Following replaces the timeline again and again: cyclic garbage made between two updates is
    collected then, never set aside with what is alive for the rest of the session."""
    import gc
    import weakref

    from tui.ui.long_lived import back_to_collections, keep_out_of_collections

    class Node:
        pass

    def cycle() -> weakref.ref[Node]:
        node = Node()
        node.me = node  # type: ignore[attr-defined]
        return weakref.ref(node)

    try:
        kept_aside = cycle()
        keep_out_of_collections()  # the first timeline shown: no pass, whatever is alive is set aside
        gc.collect()
        assert kept_aside() is not None and gc.get_freeze_count() > 0
        made_meanwhile = cycle()
        keep_out_of_collections(collect=True)
        assert made_meanwhile() is None and kept_aside() is None
        assert gc.get_freeze_count() > 0
    finally:
        back_to_collections()
    assert gc.get_freeze_count() == 0
