"""The benchmark table: every speed and memory figure of the speed issue in one run (never a test).

    python -m benchmarks                      # 10k and 100k posts (slow: a cold 100k build)
    python -m benchmarks --sizes 10000        # quicker
    python -m benchmarks --runs 5 --cold-runs 2

Each figure is measured in fresh processes (so imports and interpreter start
count, and nothing is shared in memory), ``--runs`` times (cold builds
``--cold-runs`` times), and printed as min and median beside its target.  The
floor is an empty Textual app's first frame, measured in the same run: the
machines are shared and noisy, so compare ratios within one run.

Children run as an installed copy runs on a user's machine: Python may cache compiled bytecode (in a
directory of its own under the system's temporary directory, so the checkout stays clean), whatever
``PYTHONDONTWRITEBYTECODE`` says in the shell that starts the benchmark; each kind of child runs once
before anything is measured, so every figure (the floors too) reads cached bytecode.  A shell that forbids
bytecode made each of our runs compile liveblog's 90 modules again (~40-100 ms) while the floors, from
site-packages, read theirs.

The synthetic archives are deterministic (``archive.write_archive``: a year of
BBC and Guardian pages, earlier snapshots with revised posts, untimed Guardian posts, prose
generated from the bundled day's sentences).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.archive import write_archive  # noqa: E402
from benchmarks.bench_rolling import report as rolling_report  # noqa: E402
from benchmarks.bench_rolling import run as run_rolling  # noqa: E402

# Each child prints one JSON line last; times are seconds since the child's
# interpreter was asked to start (the parent passes its wall clock at spawn).
_FIRST_FRAME = r"""
import asyncio, json, sys, time
spawned = float(sys.argv[1])
from textual.app import App
from textual.widgets import Static

class Empty(App):
    def compose(self):
        yield Static("hello")

async def main():
    app = Empty()
    frames = []
    original = app._display
    def display(screen, renderable):
        frames.append(time.time())
        return original(screen, renderable)
    app._display = display
    async with app.run_test(size=(120, 40)) as pilot:
        while not frames:
            await pilot.pause(0.001)
    return frames[0] - spawned

print(json.dumps({"first_frame_s": asyncio.run(main())}))
"""

_BUNDLED_DAY = r"""
import asyncio, json, sys, time
spawned = float(sys.argv[1])
from benchmarks.bench_ui import record_frames
from tui.ui.app import create_app
from tui.ui.screens.main_screen import MainScreen
from tui.ui.widgets.timeline_view import TimelineView

async def main():
    from tui.core.store.database import Store
    app = create_app(follow=False, store=Store(sys.argv[2]))  # ":memory:": nothing kept from an earlier open
    frames = record_frames(app, clock=time.time)
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, MainScreen) and app.screen.query(TimelineView) and app.screen.query_one(TimelineView).entries):
            await pilot.pause(0.002)
        shown = len(frames)
        while len(frames) == shown:  # the first frame that shows the rows
            await pilot.pause(0.002)
        return frames[0] - spawned, frames[-1] - spawned

first, readable = asyncio.run(main())
print(json.dumps({"first_frame_s": first, "readable_s": readable}))
"""

_OPEN = r"""
import json, resource, sys, time
spawned = float(sys.argv[1])
from pathlib import Path
from tui.core.session.loader import open_timeline
from tui.core.views.filtering import FilterState, SearchIndex, apply
from tui.core.build.pipeline import LoadRequest
from tui.core.store.database import Store
from tui.core.views.timeline import sort_entries
from tui.core.stages.topics import load_taxonomy
archive, store_path = Path(sys.argv[2]), sys.argv[3]
from tui.core.infra.workers import Workers
workers = Workers()  # as the reader and the command line do: used only for a large build
stages = {}
def progress(message):
    stages[message.split(":")[0].split(" ")[0]] = time.time() - spawned
opened = open_timeline(
    LoadRequest((archive,)), load_taxonomy(use_default_user_file=False), Store(store_path), progress, defer=True, preview=True,
    workers=workers,
)
readable = time.time() - spawned
preview_posts = len(opened.timeline.entries)
if opened.rest is not None:
    opened = opened.rest(progress)
timeline = opened.timeline
whole = time.time() - spawned
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def high_water(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM"))
    except (OSError, StopIteration):
        return 0.0

executor = workers._executor
peak_worker = max((high_water(pid) for pid in (executor._processes if executor is not None else {})), default=0.0)
workers.close()
opened.store_pending()  # as the reader does once the whole timeline shows
from dataclasses import replace as _replace
opened = _replace(opened, pending=())
stored = time.time() - spawned
if not opened.from_store:  # as the reader does: search through the store once the built timeline is stored
    timeline = _replace(timeline, search=opened.stored_search())
entries = timeline.entries

def slowest(fn, repeat=3):
    worst = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        worst = max(worst, time.perf_counter() - start)
    return worst

# As the reader does it: sorted once per order, then each filter or keystroke applies to that order.
sort_s = slowest(lambda: sort_entries(entries, "title"))
ordered = sort_entries(entries, "time")
start = time.perf_counter()
if timeline.search is not None and hasattr(timeline.search, "warm"):
    timeline.search.warm()  # as the reader does once the timeline is whole: texts for short queries
warm_s = time.perf_counter() - start
peak_warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
index = SearchIndex(backend=timeline.search)
topic = sorted({t for e in entries[:2000] for t in e.topics})[:1]
topic_s = slowest(lambda: apply(ordered, FilterState(topics=frozenset(topic)), index))
search_s = 0.0
for query in ("c", "ce", "cea", "ceas", "ceasefire"):  # a keystroke each; the slowest is reported
    index.use_backend(timeline.search)  # no answer kept from an earlier run
    start = time.perf_counter()
    apply(ordered, FilterState(query=query), index)
    search_s = max(search_s, time.perf_counter() - start)
print(json.dumps({
    "readable_s": readable, "whole_s": whole, "stored_s": stored, "stages": stages,
    "peak_mb": peak, "peak_worker_mb": peak_worker, "preview_posts": preview_posts,
    "from_store": opened.from_store, "posts": len(entries),
    "sort_s": sort_s, "topic_s": topic_s, "search_s": search_s, "store_search": timeline.search is not None,
    "warm_s": warm_s, "peak_warm_mb": peak_warm,
}))
"""

_KEYS = r"""
import asyncio, json, statistics, sys, time
sys.path.insert(0, sys.argv[2])
from benchmarks.bench_ui import big_timeline, key_to_frame, record_frames
from tui.core.views.filtering import SearchIndex, warm
from tui.ui.app import create_app
from tui.ui.screens.main_screen import MainScreen

async def main(count):
    timeline = big_timeline(count)
    index = SearchIndex()
    warm(timeline.entries, index, pause=0)
    from tui.core.store.base import MEMORY
    from tui.core.store.database import Store
    app = create_app(timeline=timeline, store=Store(MEMORY))
    app.search_index = index
    frames = record_frames(app)
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, MainScreen) and len(app.screen.reader.shown) == count):
            await pilot.pause(0.005)
        await pilot.pause(0.2)
        samples = await key_to_frame(pilot, frames, list("jkfbGg") * 5)
        from tui.ui.widgets.reading_panes import ReadingPanes
        panes = app.screen.query_one(ReadingPanes)
        shown_at = []
        original_draw = panes._draw
        def draw(*args, **kwargs):
            shown_at.append(time.perf_counter())
            return original_draw(*args, **kwargs)
        panes._draw = draw
        await pilot.press("slash")  # open the search box first: its layout is not a keystroke's cost
        await pilot.pause(0.3)
        typed = 0.0
        for char in "ceasefire":  # each keystroke until its filtered list is handed to the timeline
            shown_at.clear()
            start = time.perf_counter()
            await pilot.press(char)
            while not shown_at:
                await pilot.pause(0.001)
            typed = max(typed, shown_at[0] - start)
        await pilot.press("escape", "escape", "escape")  # close and clear the search, back to the timeline
        await pilot.pause(0.5)
        sorting = 0.0
        for _ in range(3):  # s: time -> outlet -> title (the orders were sorted in a worker after opening)
            shown_at.clear()
            start = time.perf_counter()
            await pilot.press("s")
            while not shown_at:
                await pilot.pause(0.001)
            sorting = max(sorting, shown_at[0] - start)
    return {"key_median_s": statistics.median(samples), "key_max_s": max(samples), "app_search_s": typed, "app_sort_s": sorting}

print(json.dumps(asyncio.run(main(int(sys.argv[3])))))
"""


#: The children's environment: bytecode cached under a directory of the benchmark's own (see the docstring).
CHILD_ENV = {
    **{key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "liveblog-benchmark-pycache"),
}


def child(code: str, *args: str) -> dict:
    """Run one measurement in a fresh interpreter; its last output line is JSON."""
    spawned = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, str(spawned), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env=CHILD_ENV,
    )
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def wall(argv: list[str]) -> float:
    """Seconds one command takes, start to exit (output discarded)."""
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, check=True, env=CHILD_ENV)
    return time.perf_counter() - start


@dataclass
class Row:
    """One line of the table: samples of a figure and its target."""

    label: str
    unit: str  # "s", "ms" or "MB"
    target: str = ""
    samples: list[float] = field(default_factory=list)
    #: How the row is judged: ("max", limit) or ("ratio", limit, floor row).
    rule: tuple = ()

    def shown(self, value: float) -> str:
        if self.unit == "ms":
            return f"{value * 1000:.2f} ms" if value < 0.01 else f"{value * 1000:.0f} ms"
        if self.unit == "MB":
            return f"{value:.0f} MB"
        return f"{value:.2f} s"


def table(rows: list[Row], floor: Row) -> str:
    lines = [f"{'figure':44} {'min':>10} {'median':>10} {'n':>2} {'x floor':>8}  {'target':<22} met"]
    for row in rows:
        if not row.samples:
            continue
        low, mid = min(row.samples), statistics.median(row.samples)
        ratio = f"{mid / statistics.median(floor.samples):.1f}x" if row.unit == "s" and floor.samples else ""
        met = ""
        if row.rule and row.rule[0] == "max":
            met = "yes" if mid <= row.rule[1] else "NO"
        elif row.rule and row.rule[0] == "ratio":
            met = "yes" if mid <= row.rule[1] * statistics.median(row.rule[2].samples) else "NO"
        lines.append(
            f"{row.label:44} {row.shown(low):>10} {row.shown(mid):>10} {len(row.samples):>2} {ratio:>8}  "
            f"{row.target:<22} {met}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="archive sizes in posts, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="runs of each quick figure")
    parser.add_argument(
        "--cold-runs", type=int, default=1, help="runs of each cold build (a cold 100k build takes minutes)"
    )
    parser.add_argument("--keys-posts", type=int, default=100_000, help="timeline size for the key -> frame figures")
    parser.add_argument(
        "--rolling",
        default="75,150,300",
        help="rolling-coverage archive sizes in days, comma-separated (300 days: ~20k posts; '' skips them)",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    floor = Row("empty Textual app, first frame (floor)", "s")
    first = Row("bundled day, first frame", "s")
    day = Row("bundled day, readable (first open)", "s", "<= 1.3x floor")
    day_warm = Row("bundled day, readable (reopen, store)", "s", "<= 1.3x floor")
    rich = Row("python -c 'import rich'", "s")
    listing = Row("liveblog list (bundled day, first run)", "s", "<= 1.5x import rich")
    listing_warm = Row("liveblog list (bundled day, store)", "s", "<= 1.5x import rich")
    day.rule = day_warm.rule = ("ratio", 1.3, floor)
    listing.rule = listing_warm.rule = ("ratio", 1.5, rich)
    rows = [floor, first, day, day_warm, rich, listing, listing_warm]
    with tempfile.TemporaryDirectory() as home:
        store = str(Path(home) / "store.sqlite3")
        child(_BUNDLED_DAY, store)  # the first open keeps the day
        wall([sys.executable, "-m", "tui", "list", "--store", store])
        child(_FIRST_FRAME)  # (each kind of child once unmeasured: its bytecode cached)
        wall([sys.executable, "-c", "import rich"])
        for _ in range(args.runs):
            floor.samples.append(child(_FIRST_FRAME)["first_frame_s"])
            figures = child(_BUNDLED_DAY, ":memory:")
            first.samples.append(figures["first_frame_s"])
            day.samples.append(figures["readable_s"])
            day_warm.samples.append(child(_BUNDLED_DAY, store)["readable_s"])
            rich.samples.append(wall([sys.executable, "-c", "import rich"]))
            listing.samples.append(wall([sys.executable, "-m", "tui", "list", "--store", ":memory:"]))
            listing_warm.samples.append(wall([sys.executable, "-m", "tui", "list", "--store", store]))
            print(".", end="", flush=True, file=sys.stderr)

    stages: dict[int, dict[str, float]] = {}
    for size in sizes:
        big = size >= 100_000
        cold_ready = Row(
            f"{size // 1000}k cold open, first useful screen",
            "s",
            "<= 2 s" if big else "",
            rule=("max", 2.0) if big else (),
        )
        cold_whole = Row(
            f"{size // 1000}k cold open, fully loaded", "s", "<= 15 s" if big else "", rule=("max", 15.0) if big else ()
        )
        cold_peak = Row(
            f"{size // 1000}k cold open, peak memory",
            "MB",
            "<= 400 MB" if big else "",
            rule=("max", 400.0) if big else (),
        )
        cold_worker = Row(f"{size // 1000}k cold open, peak of a worker process", "MB")
        cold_stored = Row(f"{size // 1000}k cold open, stored for next time", "s")
        warm_ready = Row(
            f"{size // 1000}k reopen (store), readable", "s", "<= 1 s" if big else "", rule=("max", 1.0) if big else ()
        )
        warm_whole = Row(f"{size // 1000}k reopen (store), fully loaded", "s")
        warm_peak = Row(
            f"{size // 1000}k reopen (store), peak memory",
            "MB",
            "<= 400 MB" if big else "",
            rule=("max", 400.0) if big else (),
        )
        texts = Row(f"{size // 1000}k reopen, search texts kept (worker)", "s")
        texts_peak = Row(
            f"{size // 1000}k reopen, peak with search texts",
            "MB",
            "<= 400 MB" if big else "",
            rule=("max", 400.0) if big else (),
        )
        sort = Row(f"{size // 1000}k sort by title, whole list (the reader does it once, in a worker)", "ms")
        topic = Row(f"{size // 1000}k topic filter", "ms", "<= 100 ms" if big else "", rule=("max", 0.1) if big else ())
        search = Row(
            f"{size // 1000}k search keystroke (store index)",
            "ms",
            "<= 100 ms" if big else "",
            rule=("max", 0.1) if big else (),
        )
        with tempfile.TemporaryDirectory() as tmp:
            archive = Path(tmp) / "archive"
            archive.mkdir()
            write_archive(archive, size)
            for n in range(args.cold_runs):
                store = Path(tmp) / f"cold{n}.sqlite3"
                cold = child(_OPEN, str(archive), str(store))
                cold_ready.samples.append(cold["readable_s"])
                cold_whole.samples.append(cold["whole_s"])
                cold_peak.samples.append(cold["peak_mb"])
                cold_worker.samples.append(cold["peak_worker_mb"])
                cold_stored.samples.append(cold["stored_s"])
                stages[size] = cold["stages"]
                print("c", end="", flush=True, file=sys.stderr)
            for _ in range(args.runs):
                warm = child(_OPEN, str(archive), str(Path(tmp) / "cold0.sqlite3"))
                if not warm["from_store"]:
                    raise SystemExit("the reopen did not come from the store")
                warm_ready.samples.append(warm["readable_s"])
                warm_whole.samples.append(warm["whole_s"])
                warm_peak.samples.append(warm["peak_mb"])
                texts.samples.append(warm["warm_s"])
                texts_peak.samples.append(warm["peak_warm_mb"])
                sort.samples.append(warm["sort_s"])
                topic.samples.append(warm["topic_s"])
                search.samples.append(warm["search_s"])
                print("w", end="", flush=True, file=sys.stderr)
        rows += [
            cold_ready,
            cold_whole,
            cold_peak,
            cold_worker,
            cold_stored,
            warm_ready,
            warm_whole,
            warm_peak,
            texts,
            texts_peak,
            sort,
            topic,
            search,
        ]

    keys = Row(f"{args.keys_posts // 1000}k key -> next frame (median)", "ms", "<= 50 ms", rule=("max", 0.05))
    keys_max = Row(f"{args.keys_posts // 1000}k key -> next frame (slowest)", "ms")
    app_search = Row(
        f"{args.keys_posts // 1000}k search keystroke, app, texts in memory", "ms", "<= 100 ms", rule=("max", 0.1)
    )
    app_sort = Row(f"{args.keys_posts // 1000}k sort keystroke (s), app", "ms", "<= 100 ms", rule=("max", 0.1))
    for _ in range(args.runs):
        figures = child(_KEYS, str(ROOT), str(args.keys_posts))
        keys.samples.append(figures["key_median_s"])
        keys_max.samples.append(figures["key_max_s"])
        app_search.samples.append(figures["app_search_s"])
        app_sort.samples.append(figures["app_sort_s"])
        print("k", end="", flush=True, file=sys.stderr)
    rows += [keys, keys_max, app_search, app_sort]
    rolling = [run_rolling(int(days)) for days in args.rolling.split(",") if days.strip()]
    if rolling:
        largest = rolling[-1]
        rows += [
            Row(
                f"rolling coverage, {largest['posts'] // 1000}k posts, cold build (CPU, one process)",
                "s",
                "<= 11 s",
                [largest["cpu"]],
                ("max", 11.0),
            ),
            Row(
                "rolling coverage, CPU per post",
                "ms",
                "<= 0.5 ms",
                [largest["cpu"] / largest["posts"]],
                ("max", 0.0005),
            ),
            Row("rolling coverage, peak memory", "MB", "<= 300 MB", [largest["peak_mb"]], ("max", 300.0)),
        ]
    print(file=sys.stderr)
    print(table(rows, floor))
    if rolling:
        print(rolling_report(rolling))
    for size, marks in stages.items():
        steps = " · ".join(f"{name} {at:.1f}" for name, at in sorted(marks.items(), key=lambda item: item[1]))
        print(f"{size // 1000}k cold open, seconds from start when each step began: {steps}")
    print("first useful screen: a cold open of a large archive shows its newest day first (built on its own), a reopen")
    print(
        "the newest 2,000 stored posts; fully loaded: every post in memory.  Peak memory is the main process's; workers"
    )
    print("(one per CPU, at most 4) parse files and match topics.  Keys: j k f b G g, five times each, in an in-memory")
    print(
        "timeline; the app row searches a timeline handed to it in memory (folded texts, no store index); the store "
        "rows"
    )
    print("ask the store's index, as the reader does for a reopened archive and, once stored, for a freshly built one.")
    print("The reader sorts by every key in a worker after opening, so choosing a sort in the app is a look-up.")


if __name__ == "__main__":
    main()
