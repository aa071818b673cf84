"""The app opens on the bundled day and shows the merged posts."""

from textual.widgets import DataTable

from tui.ui.app import create_app


async def test_app_shows_the_bundled_day_and_quits():
    app = create_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.query_one(DataTable)
        assert table.row_count == len(app.timeline.entries) >= 70
        await pilot.press("q")
    assert app.return_code in (0, None)
