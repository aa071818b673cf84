"""A printed clock whose date could not be worked out is shown as printed, never as 'time unknown'."""

from __future__ import annotations

from pathlib import Path

from tui.core.build.pipeline import build_timeline
from tui.core.views.timefmt import clock, full_time

PAGE = """Summary

  1. Funding pledged for compensationpublished at 12:49 Greenwich Mean Time 30 October

    Reeves says the government will provide money for the victims.

  2. Budget will raise taxes, says chancellorpublished at 12:48 Greenwich Mean Time 30 October

    This Budget will raise taxes, Reeves tells the Commons.
"""


def test_a_printed_time_without_a_year_keeps_its_clock(tmp_path: Path) -> None:
    dump = tmp_path / "bbc.txt"
    dump.write_text(PAGE, encoding="utf-8")
    timeline = build_timeline([dump])
    assert len(timeline.entries) == 2
    for post in timeline.entries:
        assert post.published is None  # no year printed, none given: the date is not invented
        assert clock(post) in {"12:48", "12:49"}
        assert full_time(post) in {"12:48 GMT, date unknown", "12:49 GMT, date unknown"}


def test_a_post_with_no_time_at_all_says_so(tmp_path: Path) -> None:
    dump = tmp_path / "bbc.txt"
    dump.write_text(PAGE, encoding="utf-8")
    post = build_timeline([dump]).entries[0]
    from dataclasses import replace

    assert full_time(replace(post, stamp=None)) == "time unknown"
