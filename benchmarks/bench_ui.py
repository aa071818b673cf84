"""UI speed figures (prints numbers; never a test).

    python benchmarks/bench_ui.py

* time to first painted screen: an empty Textual app vs liveblog on the
  bundled day (same run, so compare the two);
* a 100k-post timeline: time to show it, and key press -> the next frame
  handed to the terminal driver for cursor and page moves, and a search
  keystroke -> filtered list (filtering in a worker).
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

from tui.core.build.pipeline import build_timeline  # noqa: E402
from tui.core.views.filtering import SearchIndex, warm  # noqa: E402
from tui.core.views.timeline import Timeline, sort_entries  # noqa: E402
from tui.resources import seed_paths  # noqa: E402
from tui.ui.app import create_app  # noqa: E402
from tui.ui.screens.main_screen import MainScreen  # noqa: E402
from tui.ui.widgets.timeline_view import TimelineView  # noqa: E402


def readable(app: App) -> bool:  # type: ignore[type-arg]
    """The reader is up and its timeline holds rows."""
    return (
        isinstance(app.screen, MainScreen)
        and bool(app.screen.query(TimelineView))
        and bool(app.screen.query_one(TimelineView).entries)
    )


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


def record_frames(app: App, clock=time.perf_counter) -> list[float]:  # type: ignore[no-untyped-def]
    """Timestamps (from ``clock``) of every frame the app hands to its driver."""
    frames: list[float] = []
    original = app._display

    def display(screen, renderable):  # type: ignore[no-untyped-def]
        frames.append(clock())
        return original(screen, renderable)

    app._display = display  # type: ignore[method-assign]
    return frames


async def key_to_frame(pilot, frames: list[float], keys: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    """Seconds from each key press to the first frame drawn after it (keys with no frame are left out)."""
    samples = []
    for key in keys:
        frames.clear()
        start = time.perf_counter()
        await pilot.press(key)
        await pilot.pause(0.1)
        after = [f for f in frames if f > start]
        if after:
            samples.append(after[0] - start)
    return samples


async def latency(count: int) -> None:
    """Key press -> the first frame drawn after it, measured at the driver."""
    timeline = big_timeline(count)
    index = SearchIndex()
    warm(timeline.entries, index, pause=0)  # as the app's loading worker does
    app = create_app(timeline=timeline)
    app.search_index = index
    frames = record_frames(app)
    start = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, MainScreen) and len(app.screen.reader.shown) == count):
            await pilot.pause(0.005)
        await pilot.pause(0.2)
        print(f"  {count} posts shown in                 {time.perf_counter() - start:8.3f} s")
        for key, label in (
            ("j", "cursor down (j)"),
            ("f", "page down (f)"),
            ("G", "last post (G)"),
            ("g", "first post (g)"),
        ):
            samples = await key_to_frame(pilot, frames, [key] * 20)
            print(
                f"  key -> next frame, {label:<16} median {statistics.median(samples) * 1000:6.1f} ms, max "
                f"{max(samples) * 1000:6.1f} ms"
            )
        await pilot.press("slash")  # the box is open before the keystroke measured
        await pilot.pause(0.2)
        frames.clear()
        t0 = time.perf_counter()
        await pilot.press("g")
        reader, rows = app.screen.reader, app.screen.query_one(TimelineView)
        while rows.search_terms != "g":  # set when the filtered rows are handed to the timeline
            await pilot.pause(0.002)
        drawn = time.perf_counter()
        await pilot.pause(0.1)
        first = next((f for f in frames if f >= drawn), drawn)
        print(
            f"  search keystroke -> filtered list     {1000 * (first - t0):8.1f} ms "
            f"({len(reader.shown)} matches, to the frame after it is drawn; filtering runs in a worker)"
        )


async def first_frame(app: App) -> float:
    """Seconds from starting the app to the first frame handed to the driver."""
    frames = record_frames(app)
    start = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while not frames:
            await pilot.pause(0.002)
        return frames[0] - start


async def main() -> None:
    empty = await first_frame(Empty())
    loading = await first_frame(create_app(follow=False))
    reader = await first_paint(create_app(follow=False), readable)
    print("first painted screen (same run):")
    print(f"  empty Textual app, first frame     {empty:8.3f} s")
    print(f"  liveblog, first frame (loading)    {loading:8.3f} s  ({loading / empty:.1f}x)")
    print(f"  liveblog, bundled day readable     {reader:8.3f} s  ({reader / empty:.1f}x)")
    print("large timeline (120x40):")
    for count in (int(a) for a in sys.argv[1:]) if len(sys.argv) > 1 else (100_000,):
        await latency(count)


if __name__ == "__main__":
    asyncio.run(main())
