"""Benchmark: opening an archive through the store, cold and warm (not a test).

Builds the same deterministic synthetic archive as ``bench.py``, then in
fresh processes (so nothing is shared in memory) times and measures:

* a cold open with an empty store (every file parsed, every stage run, the
  result stored);
* a warm reopen with nothing changed (the timeline read back);
* a reopen after one dump changed (only that file parsed, only its day group built again);
* a search keystroke answered by the reader's search index.

Run: ``python benchmarks/bench_store.py --posts 100000``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_CHILD = r"""
import json, resource, sys, time
start = time.perf_counter()
from pathlib import Path
from tui.core.session.loader import open_timeline
from tui.core.build.pipeline import LoadRequest
from tui.core.store.database import Store
from tui.core.stages.topics import load_taxonomy
from tui.core.views.filtering import SearchIndex, FilterState, apply, warm
archive, store_path = Path(sys.argv[1]), sys.argv[2]
# As the reader opens it: a stored timeline's newest posts first (the first screen), then the rest.
# As the reader does, a built timeline is shown before it is stored.
opened = open_timeline(LoadRequest((archive,)), load_taxonomy(), Store(store_path), preview=True, defer=True)
readable = time.perf_counter() - start
if opened.rest is not None:
    opened = opened.rest(None)
timeline = opened.timeline
whole = time.perf_counter() - start
opened.store_pending()
stored = time.perf_counter() - start
entries = timeline.entries
peak_open = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
index = SearchIndex(backend=timeline.search)
warm(entries, index, pause=0)  # nothing to do when the store answers searches
t = time.perf_counter()
for query in ("c", "ce", "cea", "ceas", "ceasefire"):  # a keystroke each; the slowest is reported
    t = time.perf_counter()
    shown = apply(entries, FilterState(query=query), index)
    keystroke = time.perf_counter() - t
    search = max(keystroke, locals().get("search", 0.0))
t = time.perf_counter()
body = len(entries[len(entries) // 2].body)  # the detail view opening one post
detail = time.perf_counter() - t
print(json.dumps({
    "readable_s": readable, "whole_s": whole, "stored_s": stored, "from_store": opened.from_store, "parsed": len(opened.parsed),
    "rebuilt": len(opened.rebuilt),
    "posts": len(entries), "search_s": search, "detail_s": detail, "peak_open_mb": peak_open,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def run(archive: Path, store: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(archive), str(store)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from archive import write_archive

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "archive"
        root.mkdir()
        files = write_archive(root, args.posts)
        store = Path(tmp) / "store.sqlite3"
        cold = run(root, store)
        warm1 = run(root, store)
        warm2 = run(root, store)
        changed = files[len(files) // 2]
        changed.write_text(
            changed.read_text(encoding="utf-8") + "\nA late paragraph added to the page.\n", encoding="utf-8"
        )
        edited = run(root, store)
        size = store.stat().st_size / 1e6
    print(f"archive: {args.posts} posts in {len(files)} files; store {size:.0f} MB")
    print(
        f"{'open':28} {'readable':>9} {'whole':>7} {'stored':>7} {'peak MB':>8} {'parsed':>7} {'rebuilt':>8} "
        f"{'search key':>11} {'open post':>10} {'peak after':>11}"
    )
    for label, figures in (
        ("cold (empty store)", cold),
        ("warm, nothing changed", warm1),
        ("warm again", warm2),
        ("one dump changed", edited),
    ):
        print(
            f"{label:28} {figures['readable_s']:>8.2f}s {figures['whole_s']:>6.2f}s {figures['stored_s']:>6.2f}s "
            f"{figures['peak_open_mb']:>8.0f} "
            f"{figures['parsed']:>7} {figures['rebuilt']:>8} "
            f"{figures['search_s'] * 1000:>9.0f}ms {figures['detail_s'] * 1000:>8.1f}ms {figures['peak_mb']:>10.0f}"
        )
    print("readable: the first screen (a stored timeline's newest posts, or the newest day built first)")
    print("whole: every post read back or built; stored: and kept in the store (the reader does that after showing it)")
    print("parsed: files parsed; rebuilt: files whose day groups the stages after parsing ran for")
    print("search key: the slowest of the keystrokes c, ce, cea, ceas, ceasefire; open post: one post's body read")
    print(
        "peak MB: at readable; peak after: after the searches (a warm open searches the store, a fresh build folds "
        "texts)"
    )


if __name__ == "__main__":
    main()
