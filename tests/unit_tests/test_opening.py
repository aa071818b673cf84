"""The order a reader is given its timeline in, apart from any screen."""

from __future__ import annotations

from tui.core.build.pipeline import LoadRequest
from tui.core.session.follow import Follower
from tui.core.session.opening import open_in_order
from tui.core.stages.topics import load_taxonomy
from tui.core.store.base import MEMORY
from tui.core.store.database import Store
from tui.resources import seed_paths


class Told:
    """Records what the reader was told, in order."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def progress(self, message: str) -> None:
        self.said.append("progress")

    def show(self, timeline, index) -> None:  # type: ignore[no-untyped-def]
        self.said.append(f"show {len(timeline.entries)} {len(index.texts)}")

    def behind(self, message: str) -> None:
        self.said.append("behind")

    def fill(self, whole) -> None:  # type: ignore[no-untyped-def]
        self.said.append("fill")

    def indexed(self, built, stored) -> None:  # type: ignore[no-untyped-def]
        self.said.append("indexed")


def _follower(store: Store) -> Follower:
    return Follower(LoadRequest(tuple(seed_paths())), load_taxonomy(use_default_user_file=False), store)


def test_the_day_is_shown_folded_then_stored_then_searched_by_the_store(tmp_path) -> None:
    told, closed = Told(), []
    store = Store(tmp_path / "store.sqlite3")
    open_in_order(_follower(store), told, lambda: False, lambda: closed.append(1))
    assert told.said[0] == "progress" and told.said.count("show 87 87") == 1
    assert told.said.index("show 87 87") < told.said.index("indexed") == len(told.said) - 1
    assert "fill" not in told.said and closed
    again = Told()
    open_in_order(_follower(store), again, lambda: False, lambda: None)
    assert "show 87 0" in again.said  # read back from the store: its index searches, nothing to fold


def test_a_load_nobody_will_read_stops_at_its_next_step() -> None:
    told, closed = Told(), []
    open_in_order(_follower(Store(MEMORY)), told, lambda: True, lambda: closed.append(1))
    assert told.said == [] and closed
