"""A large load in the reader: worker processes start from inside the running app."""

from __future__ import annotations

from tests.functional_tests.conftest import main_screen, settle
from tui.core.build import pipeline
from tui.core.stages.topics import matcher
from tui.core.store.base import MEMORY
from tui.core.store.database import Store


async def test_the_reader_loads_through_worker_processes(monkeypatch):
    """Textual replaces sys.stderr while it runs; starting the pool's helper processes must not trip on it."""
    from tui.ui.app import create_app

    monkeypatch.setenv("LIVEBLOG_WORKERS", "2")
    monkeypatch.setattr(pipeline, "PARALLEL_BYTES", 0)  # the bundled day, parsed and classified by workers
    monkeypatch.setattr(matcher, "PARALLEL_POSTS", 0)
    app = create_app(store=Store(MEMORY), follow=False)
    used: list[bool] = []
    original = app.load_workers.close

    def closing() -> None:
        used.append(app.load_workers._executor is not None)
        original()

    monkeypatch.setattr(app.load_workers, "close", closing)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await settle(pilot)
        screen = main_screen(app)
        assert len(screen.reader.timeline.entries) == 87
        assert app.crash_log is None
    assert any(used) and app.load_workers.count == 2  # the pool ran, and never gave up
