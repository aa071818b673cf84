"""Exports with the reader's marks: CSV's starred/read/note columns, the digest's honest times and text."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from tui.core.model.marks import PostState
from tui.core.views.export import CSV_COLUMNS, export_name, export_text, to_csv, to_digest


def test_csv_carries_the_marks(seed_timeline):
    posts = seed_timeline.entries[:3]
    states = {posts[0].id: PostState(read=True), posts[1].id: PostState(starred=True, note="=SUM(A1)")}
    rows = list(csv.DictReader(io.StringIO(to_csv(posts, states))))
    assert list(rows[0]) == CSV_COLUMNS
    assert (rows[0]["read"], rows[0]["starred"], rows[0]["note"]) == ("true", "false", "")
    assert (rows[1]["starred"], rows[1]["note"]) == ("true", "'=SUM(A1)")  # never a formula
    assert (rows[2]["read"], rows[2]["starred"]) == ("false", "false")
    unmarked = list(csv.DictReader(io.StringIO(to_csv(posts))))
    assert unmarked[0]["read"] == "" and unmarked[0]["starred"] == ""  # no marks given: not claimed


def test_the_digest_gives_an_estimate_its_window_and_each_post_its_text(seed_timeline):
    estimated = next(p for p in seed_timeline.entries if p.time_basis == "estimated" and p.time_window)
    exact = next(p for p in seed_timeline.entries if p.time_basis != "estimated" and p.published)
    digest = to_digest([estimated, exact], {estimated.id: "Check *this*"})
    assert "between " in digest and "(estimated)" in digest and "≈" not in digest
    assert "> **Your note:** Check \\*this\\*" in digest
    from tui.core.views.render import plain_blocks

    first_words = plain_blocks(estimated)[0].text.split()[:4]
    assert " ".join(first_words) in digest.replace("\\", "")


def test_the_reader_export_choices(seed_timeline):
    posts = seed_timeline.entries[:5]
    states = {posts[2].id: PostState(starred=True)}
    assert export_text("digest", seed_timeline, posts, states).count("\n## ") == 1
    assert export_text("json", seed_timeline, posts, states).lstrip().startswith("{")
    moment = datetime(2025, 8, 19, 14, 32, 5)
    assert export_name("digest", moment, "Ukraine: talks/\x1b") == "liveblog-20250819-143205-ukraine--talks-starred.md"
    assert export_name("csv", moment) == "liveblog-20250819-143205-shown.csv"
