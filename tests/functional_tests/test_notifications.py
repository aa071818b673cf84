"""Every notification renders: toasts are plain text, never markup (user text included)."""

from __future__ import annotations

from textual.widgets._toast import Toast

from tests.functional_tests.conftest import settle


async def _toasts_rendered(pilot) -> list[str]:
    await pilot.pause(0.2)
    toasts = list(pilot.app.screen.query(Toast))
    return [str(t.render()) for t in toasts]


async def test_sort_and_missing_link_toasts_render(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("s")
        assert any("Sorted by outlet" in t for t in await _toasts_rendered(pilot))
        await pilot.press("g", "l")  # the first post has no link to the other outlet
        assert any("No linked post" in t for t in await _toasts_rendered(pilot))
        assert app.is_running


async def test_replay_states_show_in_its_bar_not_in_toasts_even_with_bracketed_input(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("space")
        bar = app.screen.query_one("ReplayBar")
        assert "paused" in bar.status_text()
        await pilot.press("colon", *"[/oops]", "enter")
        await pilot.pause()
        assert "Not a time: '[/oops]'" in bar.status_text()
        assert not await _toasts_rendered(pilot)  # nothing covers the bar or the strip
        assert app.is_running
