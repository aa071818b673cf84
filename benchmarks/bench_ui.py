"""UI speed figures (prints numbers; never a test).

    python benchmarks/bench_ui.py

* time to first painted screen: an empty Textual app vs liveblog on the
  bundled day (same run, so compare the two);
* a 100k-post timeline: time to show it, and key press -> next frame for
  cursor moves, page moves and a search keystroke (filtering in a worker).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from copy import copy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from textual.app import App  # noqa: E402
from textual.widgets import Static  # noqa: E402

from tui.core.filtering import SearchIndex, warm  # noqa: E402
from tui.core.timeline import Timeline, build_timeline, sort_entries  # noqa: E402
from tui.resources import seed_paths  # noqa: E402
from tui.ui.app import create_app  # noqa: E402
from tui.ui.screens.main_screen import MainScreen  # noqa: E402
from tui.ui.widgets.timeline_view import TimelineView  # noqa: E402


class Empty(App[None]):
    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("hello")


async def first_paint(app: App, ready) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while not ready(app):
            await pilot.pause(0.005)
        await pilot.pause()
        return time.perf_counter() - start


def big_timeline(count: int) -> Timeline:
    day = build_timeline(seed_paths())
    entries = []
    while len(entries) < count:
        for entry in day.entries:
            clone = copy(entry)
            clone.id = f"{entry.id}-{len(entries)}"
            clone.page_index = len(entries)
            entries.append(clone)
    return Timeline(sort_entries(entries[:count]), day.feeds, [], [], day.taxonomy)


async def press_baseline() -> float:
    """Median cost of pilot.press + pause on an empty app (harness overhead)."""
    async with Empty().run_test(size=(120, 40)) as pilot:
        samples = []
        for _ in range(20):
            t0 = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


async def latency(count: int, baseline: float) -> None:
    timeline = big_timeline(count)
    index = SearchIndex()
    warm(timeline.entries, index, pause=0)  # as the app's loading worker does
    app = create_app(timeline=timeline)
    app.search_index = index
    start = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, MainScreen) and len(app.screen.shown) == count):
            await pilot.pause(0.005)
        await pilot.pause()
        print(f"  {count} posts shown in                 {time.perf_counter() - start:8.3f} s")
        view = app.screen.query_one(TimelineView)
        for keys, label in ((["j"], "cursor down (j)"), (["f"], "page down (f)"), (["G"], "last post (G)")):
            samples = []
            for _ in range(20):
                t0 = time.perf_counter()
                await pilot.press(*keys)
                await pilot.pause()
                samples.append(time.perf_counter() - t0)
            median = statistics.median(samples) - baseline
            print(f"  key -> frame, {label:<18} median {median * 1000:6.1f} ms, max {(max(samples) - baseline) * 1000:6.1f} ms (harness overhead removed)")
        t0 = time.perf_counter()
        await pilot.press("slash", "g")
        while app.screen.filters.query != "g" or app.workers._workers:
            await pilot.pause(0.005)
        await pilot.pause()
        print(f"  search keystroke -> filtered frame  {1000 * (time.perf_counter() - t0):8.1f} ms ({len(app.screen.shown)} matches)")
        del view


async def main() -> None:
    empty = await first_paint(Empty(), lambda app: True)
    reader = await first_paint(create_app(), lambda app: isinstance(app.screen, MainScreen) and app.screen.shown)
    print("first painted screen:")
    print(f"  empty Textual app                  {empty:8.3f} s")
    print(f"  liveblog, bundled day              {reader:8.3f} s  ({reader / empty:.1f}x)")
    baseline = await press_baseline()
    print(f"harness: pilot.press + pause on an empty app {baseline * 1000:.1f} ms (subtracted below)")
    print("large timeline:")
    for count in (int(a) for a in sys.argv[1:]) if len(sys.argv) > 1 else (100_000,):
        await latency(count, baseline)


if __name__ == "__main__":
    asyncio.run(main())
