"""A cold build of rolling coverage, stage by stage, at 1x, 2x and 4x its size (prints numbers; never a test).

    python -m benchmarks.bench_rolling                    # 75, 150 and 300 days (300 days: ~22k posts)
    python -m benchmarks.bench_rolling --days 300

Each size runs in a fresh process on one core (no worker processes, so CPU
time is the work done) and builds the archive of :mod:`benchmarks.rolling`
through the same stages as ``liveblog list`` with a new store: read and
parse, then per day group date, merge, ids, relate and estimate, then topics,
then the store's write.  Printed per size: posts, CPU seconds and ms of CPU
per post for each stage and in all, and the peak memory of the process; then
how time and memory grew with the size (linear growth doubles them).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STAGES = ("read+parse", "date", "merge", "ids", "relate", "estimate", "topics", "store", "other")


def _measure(days: int) -> dict[str, object]:
    """Build ``days`` days of rolling coverage in this process, as ``liveblog list`` does with a new
    store; the figures as a dict.  Each stage's function is wrapped to count its CPU time."""
    import tui.core.build.pipeline as pipeline
    import tui.core.stages.dates as dates
    import tui.core.stages.estimate as estimate
    import tui.core.stages.ids as ids
    import tui.core.stages.merge as merge
    import tui.core.stages.related as related
    from benchmarks.rolling import write_rolling
    from tui.core.build.pipeline import LoadRequest
    from tui.core.session.loader import open_timeline
    from tui.core.stages.topics import load_taxonomy
    from tui.core.store.database import Store

    spent = dict.fromkeys(STAGES, 0.0)
    depth = [0]  # a stage called inside another counts for the outer one only

    def counted(stage: str, fn):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            if depth[0]:
                return fn(*args, **kwargs)
            depth[0] += 1
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - start
                depth[0] -= 1

        return wrapper

    for module, name, stage in (
        (pipeline, "parse_bytes", "read+parse"),
        (dates, "date_feeds", "date"),
        (merge, "merge_feeds", "merge"),
        (ids, "assign_ids", "ids"),
        (related, "relate", "relate"),
        (estimate, "estimate_timeline", "estimate"),
        (pipeline, "classify", "topics"),
    ):
        setattr(module, name, counted(stage, getattr(module, name)))
    for name in ("save_facts", "save_feed", "save_group", "save_timeline"):
        setattr(Store, name, counted("store", getattr(Store, name)))

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "dumps"
        folder.mkdir()
        files = write_rolling(folder, days)
        size = sum(path.stat().st_size for path in files)
        taxonomy = load_taxonomy(use_default_user_file=False)
        store = Store(Path(tmp) / "store.sqlite3")
        wall = time.perf_counter()
        cpu = time.process_time()
        opened = open_timeline(LoadRequest(tuple(files)), taxonomy, store)
        cpu = time.process_time() - cpu
        wall = time.perf_counter() - wall
        posts = len(opened.timeline.entries)
    spent["other"] = cpu - sum(spent.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "days": days,
        "files": len(files),
        "megabytes": size / 2**20,
        "posts": posts,
        "stages": spent,
        "cpu": cpu,
        "wall": wall,
        "peak_mb": peak,
    }


def run(days: int) -> dict[str, object]:
    """One size, measured in a fresh process."""
    child = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_rolling", "--child", str(days)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(child.stdout.strip().splitlines()[-1])


def report(results: list[dict]) -> str:
    """The per-stage table and the growth check."""
    out = [
        f"{'days':>5} {'files':>5} {'MB':>5} {'posts':>6} "
        + " ".join(f"{s:>10}" for s in STAGES)
        + f" {'CPU s':>7} {'ms/post':>7} {'peak MB':>7}"
    ]
    for r in results:
        stages = r["stages"]
        out.append(
            f"{r['days']:>5} {r['files']:>5} {r['megabytes']:>5.1f} {r['posts']:>6} "
            + " ".join(f"{stages[s]:>9.2f}s" for s in STAGES)
            + f" {r['cpu']:>7.1f} {1000 * r['cpu'] / r['posts']:>7.2f} {r['peak_mb']:>7.0f}"
        )
    out.append(
        "ms of CPU per post, by stage (largest size): "
        + ", ".join(f"{s} {1000 * results[-1]['stages'][s] / results[-1]['posts']:.2f}" for s in STAGES)
    )
    for small, large in zip(results, results[1:]):
        scale = large["posts"] / small["posts"]
        out.append(
            f"{small['days']} -> {large['days']} days: posts x{scale:.2f}, CPU x{large['cpu'] / small['cpu']:.2f}, "
            f"peak memory x{large['peak_mb'] / small['peak_mb']:.2f} (linear: x{scale:.2f}; target: time at most "
            f"x{1.15 * scale:.2f})"
        )
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", default="75,150,300", help="sizes in days, comma-separated")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure(args.child)))
        return
    results = [run(int(days)) for days in args.days.split(",") if days.strip()]
    print(report(results))


if __name__ == "__main__":
    main()
