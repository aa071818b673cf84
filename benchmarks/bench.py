"""Speed and memory figures for liveblog (prints numbers; never a test).

    python benchmarks/bench.py                 # 100k-post archive
    python benchmarks/bench.py --posts 20000   # smaller

Generates a year of synthetic BBC and Guardian dumps (a day per file pair) in
a temporary directory, then times each stage of the pipeline on it, and the
bundled day for comparison.  Machines are shared and noisy: compare ratios
within one run, not absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.archive import write_archive  # noqa: E402
from tui.core.build.pipeline import LoadRequest, assemble, build_timeline, load  # noqa: E402
from tui.core.stages.dates import date_feeds  # noqa: E402
from tui.core.stages.ids import assign_ids  # noqa: E402
from tui.core.stages.merge import merge_feeds  # noqa: E402
from tui.core.stages.related import relate  # noqa: E402
from tui.core.stages.topics import classify, load_taxonomy  # noqa: E402
from tui.resources import seed_paths  # noqa: E402


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"  {label:<34} {time.perf_counter() - start:8.2f} s", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--memory", action="store_true", help="also run the pipeline once under tracemalloc (slow)")
    args = parser.parse_args()
    print("bundled day:")
    timed("load + merge + estimate + topics", lambda: build_timeline(seed_paths()))
    with tempfile.TemporaryDirectory() as tmp:
        files = write_archive(Path(tmp), args.posts)
        print(f"synthetic archive: {len(files)} files, ~{args.posts} posts")
        request = LoadRequest(tuple(files))
        result = timed("read + parse", lambda: load(request))
        total = sum(len(f.posts) for f in result.feeds)
        print(f"  ({total} posts parsed)")
        dated = timed("date", lambda: date_feeds(result.feeds))
        merged = timed("merge", lambda: merge_feeds(dated.feeds))
        entries = timed("ids", lambda: assign_ids(merged.entries))
        timed("cross-outlet links", lambda: relate(entries))
        taxonomy = load_taxonomy(use_default_user_file=False)
        timed("classify topics", lambda: classify(entries, taxonomy))
        timed("whole pipeline (load + assemble)", lambda: assemble(load(request), None, taxonomy))
        if args.memory:
            tracemalloc.start()
            assemble(load(request), None, taxonomy)
            _, peak = tracemalloc.get_traced_memory()
            print(f"  peak traced memory (pipeline)    {peak / 2**20:8.0f} MiB")


if __name__ == "__main__":
    main()
