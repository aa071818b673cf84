"""The pipeline's whole output on the bundled day is byte-identical to the recorded one.

Speed work must not change results: every field of every post (times,
estimates, links, revisions, topic hits and their evidence), every feed, error
and warning is encoded and compared with ``tests/data/seed_timeline.jsonl``.
A change that is meant to alter the output regenerates the file with
``LIVEBLOG_RECORD_SEEDS=1 pytest tests/unit_tests/test_seed_output.py`` and the
diff is reviewed in the commit.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tui.core.build.pipeline import build_timeline
from tui.core.store.codec import encode
from tui.resources import seed_paths

RECORDED = Path(__file__).parent.parent / "data" / "seed_timeline.jsonl"


def _lines() -> list[str]:
    timeline = build_timeline(seed_paths())
    rows = [{"post": encode(post)} for post in timeline.entries]
    rows += [{"feed": encode(feed)} for feed in timeline.feeds]
    rows += [{"error": encode(error)} for error in timeline.errors]
    rows += [{"warning": warning} for warning in timeline.warnings]
    # Where the seeds are installed is not output: their directory is written as "<seeds>".
    where = json.dumps(str(seed_paths()[0].parent))[1:-1]
    return [json.dumps(row, ensure_ascii=False, sort_keys=True).replace(where, "<seeds>") + "\n" for row in rows]


def test_the_bundled_days_output_is_byte_identical_to_the_recorded_one():
    produced = "".join(_lines()).encode("utf-8")
    if os.environ.get("LIVEBLOG_RECORD_SEEDS") == "1":
        RECORDED.write_bytes(produced)
    recorded = RECORDED.read_bytes()
    if produced != recorded:
        old, new = recorded.decode("utf-8").splitlines(), produced.decode("utf-8").splitlines()
        first = next((n for n, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
        raise AssertionError(
            f"output differs from line {first + 1} ({len(old)} recorded lines, {len(new)} now):\n- "
            f"{old[first][:300] if first < len(old) else ''}\n+ {new[first][:300] if first < len(new) else ''}"
        )
