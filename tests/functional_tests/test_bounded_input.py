"""A long paste into the search box is cut to what the box holds, without a bell per key."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from tests.functional_tests.conftest import main_screen, settle
from tui.core.store.base import MEMORY
from tui.core.store.database import Store
from tui.ui.screens.main_screen import MAX_SEARCH


async def test_a_100_kb_paste_is_cut_to_the_search_limit_and_said(make_app, monkeypatch):
    app = make_app(store=Store(MEMORY), follow=False)
    bells: list[int] = []
    monkeypatch.setattr(app, "bell", lambda: bells.append(1))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        search = main_screen(app).query_one("#search", Input)
        search.post_message(events.Paste("ceasefire talks Geneva " * 4500))
        await settle(pilot)
        assert len(search.value) == MAX_SEARCH and search.value.startswith("ceasefire talks Geneva")
        await pilot.press("x", "y", "z")  # typed past the limit: dropped
        await settle(pilot)
        assert len(search.value) == MAX_SEARCH and not bells
        await pilot.pause(0.2)
        status = " ".join(str(widget.render()) for widget in main_screen(app).query("StatusBar"))
        assert f"at most {MAX_SEARCH} characters" in status
        await pilot.press("backspace")
        assert len(search.value) == MAX_SEARCH - 1
        await pilot.press("a")
        assert search.value.endswith("a")
