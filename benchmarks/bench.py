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
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.core.dates import date_feeds  # noqa: E402
from tui.core.ids import assign_ids  # noqa: E402
from tui.core.merge import merge_feeds  # noqa: E402
from tui.core.pipeline import LoadRequest, assemble, build_timeline, load  # noqa: E402
from tui.core.related import relate  # noqa: E402
from tui.core.topics import classify, load_taxonomy  # noqa: E402
from tui.resources import seed_paths  # noqa: E402

TOPICAL = (
    "talks leaders summit ceasefire troops ground air support patrols pilots venue Geneva Budapest "
    "sanctions territory Nato drones missiles attack minister president said officials meeting "
    "security guarantees Europe Ukraine Russia Kyiv Moscow coalition willing reassurance force peace "
    "deal weapons border region city power energy grid negotiators delegation statement briefing "
    "the the the a a of of to to in in and and on for with that was is by from"
).split()
SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sha", "vor", "el", "din", "pra", "zu", "ost", "mer", "li", "gan"]


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)]


def sentence(rng: random.Random, n: int = 18) -> str:
    """Zipf-ish text: common news words mixed with a long tail of rare ones."""
    words = []
    for _ in range(n):
        if rng.random() < 0.45:
            words.append(rng.choice(TOPICAL))
        else:
            words.append(VOCAB[min(int(rng.paretovariate(1.1)) - 1, len(VOCAB) - 1)])
    return " ".join(words).capitalize() + "."


VOCAB = _vocabulary(random.Random(1))


def write_archive(root: Path, posts: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    days = 365
    per_day = max(1, posts // (days * 2))
    start = date(2025, 1, 1)
    files = []
    for d in range(days):
        day = start + timedelta(days=d)
        bbc = ["Summary", "", "  • " + sentence(rng, 10)[:-1], ""]
        for n in range(per_day):
            minute = 23 * 60 + 59 - n * (1380 // per_day)
            hh, mm = divmod(minute, 60)
            bbc.append(f"  {n + 1}. {sentence(rng, 8)[:-1]} {d}-{n}published at {hh:02d}:{mm:02d} GMT {day.day} {day.strftime('%B %Y')}")
            bbc.append("")
            for _ in range(3):
                bbc.append("    " + sentence(rng))
                bbc.append("")
        guardian = [f"First published on {day.strftime('%a %d %b %Y')} 06.00 GMT"]
        for n in range(per_day):
            guardian.append(f"{sentence(rng, 9)[:-1]} story {d}-{n}")
            for _ in range(3):
                guardian.append(sentence(rng))
            guardian.append("Updated")
        for name, lines in ((f"{day}_bbc.txt", bbc), (f"{day}_guardian.txt", guardian)):
            path = root / name
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            files.append(path)
    return files


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
