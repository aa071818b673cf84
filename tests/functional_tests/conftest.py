"""Helpers for driving the app headless."""

from __future__ import annotations

import pytest
from textual.worker import WorkerCancelled

from tui.ui.app import create_app
from tui.ui.screens.main_screen import MainScreen


async def settle(pilot) -> None:
    """Wait for loading/filter workers and the screen to finish updating."""
    for _ in range(3):
        busy = [w for w in pilot.app.workers if w.group != "follow"]  # the watcher runs until the app closes
        try:
            if busy:  # (an empty list would mean "every worker")
                await pilot.app.workers.wait_for_complete(busy)
        except WorkerCancelled:
            pass  # an exclusive worker replaced by a newer one
        await pilot.pause(0.06)


@pytest.fixture
def make_app(seed_timeline):
    """An app on the bundled day, built from the already-merged timeline."""

    def factory(**kwargs):
        return create_app(timeline=kwargs.pop("timeline", seed_timeline), **kwargs)

    return factory


def main_screen(app) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen), type(screen)
    return screen
