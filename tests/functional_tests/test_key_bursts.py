"""Keys typed faster than screens open (as SSH delivers a paste or fast typing) never crash the app."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual import events
from textual.worker import WorkerCancelled

from tui.ui.app import create_app

KEYS = [
    "j",
    "k",
    "g",
    "G",
    "enter",
    "escape",
    "t",
    "o",
    "s",
    "c",
    "r",
    "l",
    "n",
    "slash",
    "question_mark",
    "space",
    "a",
    "down",
    "up",
    "tab",
    "T",
    "colon",
    "1",
    "q",
    "f",
    "b",
    "pagedown",
    "x",
    "G",
    "e",
]
CHARACTERS = {
    "slash": "/",
    "question_mark": "?",
    "space": " ",
    "colon": ":",
    "enter": "\r",
    "escape": "\x1b",
    "tab": "\t",
}


def _key(name: str) -> events.Key:
    character = CHARACTERS.get(name, name if len(name) == 1 else None)
    return events.Key(name, character)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(st.lists(st.sampled_from(KEYS), min_size=1, max_size=25))
def test_a_burst_of_keys_never_crashes(seed_timeline, burst):
    import asyncio

    async def drive() -> None:
        app = create_app(timeline=seed_timeline)
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await pilot.pause(0.05)
            for name in burst:  # all queued at once, before any screen they open has mounted
                app.post_message(_key(name))
            for _ in range(4):
                await pilot.pause(0.05)
                try:
                    await app.workers.wait_for_complete()
                except WorkerCancelled:
                    pass  # an exclusive filter worker replaced by a newer one: expected
        assert app._exception is None

    asyncio.run(drive())


async def test_keys_before_an_opener_in_one_burst_act_first_and_keys_after_it_reach_what_it_opened(seed_timeline):
    """tmux delivers `jjj*/Gen` as one write: the star lands on the fourth post, then the search gets "Gen"."""
    from textual.widgets import Input

    from tui.ui.widgets.timeline_view import TimelineView

    app = create_app(timeline=seed_timeline)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        screen = app.screen
        fourth = screen.query_one(TimelineView).entries[3]
        for name in ["j", "j", "j", "asterisk", "slash", "G", "e", "n"]:
            app.post_message(events.Key(name, {"asterisk": "*", "slash": "/"}.get(name, name)))
        for _ in range(20):
            await pilot.pause(0.05)
        assert [e.id for e in screen.reader.timeline.entries if screen.marks.is_starred(e.id)] == [fourth.id]
        assert screen.query_one("#search", Input).value == "Gen"


async def test_a_burst_into_the_topic_dialog_moves_ticks_and_applies_in_order(seed_timeline):
    """`t j j Space Enter` as one write: the third topic (venue) is ticked and applied, not the first."""
    app = create_app(timeline=seed_timeline)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        screen = app.screen
        for name in ["t", "j", "j", "space", "enter"]:
            app.post_message(events.Key(name, {"space": " ", "enter": "\r"}.get(name, name)))
        for _ in range(20):
            await pilot.pause(0.05)
        assert app.screen is screen and screen.reader.view.filters.topics == frozenset({"venue"})


async def test_keys_after_the_enter_that_closes_a_dialog_reach_the_reader_once_it_is_back(seed_timeline):
    """`t j j Space Enter /Gen` as one write (tmux, as a new user typed it): venue is applied and the search
    gets "Gen". The keys after Enter once reached the closing dialog or the reader's bindings ("s" sorted,
    "i" showed starred posts only) and the search box opened empty."""
    from textual.widgets import Input

    app = create_app(timeline=seed_timeline)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        screen = app.screen
        for name in ["t", "j", "j", "space", "enter", "slash", "G", "e", "n"]:
            app.post_message(_key(name))
        for _ in range(30):
            await pilot.pause(0.05)
        assert app.screen is screen and screen.reader.view.filters.topics == frozenset({"venue"})
        assert screen.query_one("#search", Input).value == "Gen"
        assert not screen.reader.view.filters.starred_only


async def test_a_dialog_asked_twice_to_close_in_one_burst_closes_once_and_the_reader_stays(seed_timeline):
    """`a` then two Enters in one write: the second Enter reaches the note dialog after the first
    dismissed it; it once popped the reader's own screen (or failed with no screen to pop)."""
    from tui.ui.screens.main_screen import MainScreen

    for burst in (
        ["a", "enter", "enter"],
        ["a", "escape", "escape"],
        ["question_mark", "escape", "escape", "escape"],
        ["t", "escape", "escape"],
    ):
        app = create_app(timeline=seed_timeline)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.05)
            for name in burst:
                app.post_message(_key(name))
            for _ in range(4):
                await pilot.pause(0.05)
            assert isinstance(app.screen, MainScreen), burst
        assert app._exception is None, burst


async def test_a_note_typed_in_the_same_burst_as_its_a_goes_into_the_note(seed_timeline):
    """tmux delivers `apq` + Enter as one write: the note is "pq"; `q` is text there, not quit."""
    from tui.ui.screens.main_screen import MainScreen

    app = create_app(timeline=seed_timeline)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.05)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        post = screen.query_one("#timeline").current
        for name in ["a", "p", "q", "enter"]:
            app.post_message(_key(name))
        for _ in range(6):
            await pilot.pause(0.05)
        assert app.screen is screen and app.return_code is None
        assert screen.marks.note(post.id) == "pq"


async def test_keys_after_a_help_key_in_one_burst_reach_the_help_not_the_reader(seed_timeline):
    """`?q` as one write: help opens and `q` closes it (in help `q` is back); the reader stays open."""
    from tui.ui.screens.main_screen import MainScreen

    app = create_app(timeline=seed_timeline)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.05)
        for name in ["question_mark", "q"]:
            app.post_message(_key(name))
        for _ in range(6):
            await pilot.pause(0.05)
        assert isinstance(app.screen, MainScreen) and app.return_code is None


async def test_escape_and_a_key_read_as_alt_in_one_write_are_both_keys(seed_timeline):
    """`/Gen`, then Esc Esc apq Enter as one write: a terminal reads the second Esc and `a` as
    Alt+a. It is Esc then `a` (the reader binds no Alt key): the note is "pq" and nothing quits."""
    from tui.ui.screens.main_screen import MainScreen

    app = create_app(timeline=seed_timeline)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.05)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        for name in ["slash", "G", "e", "n"]:
            app.post_message(_key(name))
        for _ in range(4):
            await pilot.pause(0.05)
        for key in [_key("escape"), events.Key("alt+a", "a"), _key("p"), _key("q"), _key("enter")]:
            app.post_message(key)
        for _ in range(6):
            await pilot.pause(0.05)
        assert app.screen is screen and app.return_code is None
        assert [screen.marks.note(post.id) for post in seed_timeline.entries if screen.marks.note(post.id)] == ["pq"]


async def test_keys_after_enter_in_the_search_box_are_commands_not_text(seed_timeline):
    """`/Geneva` Enter `jj*` as one write: the search is "Geneva" and the star lands on the third match."""
    from textual.widgets import Input

    from tui.ui.widgets.timeline_view import TimelineView

    app = create_app(timeline=seed_timeline)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        screen = app.screen
        for name in ["slash", *"Geneva", "enter", "j", "j", "asterisk"]:
            app.post_message(_key(name) if name != "asterisk" else events.Key("asterisk", "*"))
        for _ in range(30):
            await pilot.pause(0.05)
        assert screen.query_one("#search", Input).value == "Geneva" and screen.reader.view.filters.query == "Geneva"
        third = screen.query_one(TimelineView).entries[2]
        assert [e.id for e in screen.reader.timeline.entries if screen.marks.is_starred(e.id)] == [third.id]


async def test_a_rebound_search_key_still_holds_the_keys_typed_after_it(seed_timeline):
    """[keymap] search = "ctrl+f", then ctrl+f and "Geneva" in one burst: all of it is the search."""
    from tui.core.infra.settings import Settings
    from tui.ui.screens.main_screen import MainScreen

    app = create_app(timeline=seed_timeline, settings=Settings(keymap=(("search", "ctrl+f"),)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.05)
        for name in ["ctrl+f", *"Geneva"]:
            app.post_message(_key(name))
        for _ in range(10):
            await pilot.pause(0.05)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.query_one("#search").value == "Geneva"
