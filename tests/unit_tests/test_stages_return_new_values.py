"""Every stage takes values and returns new ones: what it was given is unchanged after it ran.

The model's dataclasses are not frozen (parsers build posts up line by line,
and slots keep a year of posts small), so this is proved here instead: each
stage of the bundled day's build runs on inputs deep-copied beforehand, and
the inputs must still equal their copies afterwards.
"""

from __future__ import annotations

import copy
from pathlib import Path

from tui.core.build.pipeline import _entry_days, _with_links, parse_file
from tui.core.stages.borrow import borrow_dates
from tui.core.stages.dates import date_feeds
from tui.core.stages.estimate import estimate_timeline
from tui.core.stages.ids import assign_ids
from tui.core.stages.merge import merge_feeds
from tui.core.stages.related import relate
from tui.core.stages.topics import load_taxonomy
from tui.core.stages.topics.matcher import classify

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _unchanged(run, *given):  # type: ignore[no-untyped-def]
    """Run ``run(*given)``; fail if it changed anything it was given.  Returns its result."""
    before = copy.deepcopy(given)
    result = run(*given)
    assert given == before, f"{getattr(run, '__name__', run)} changed what it was given"
    return result


def test_no_stage_changes_what_it_is_given() -> None:
    feeds = [parse_file(path, path.name).feed for path in sorted(SEEDS.glob("*.txt"))]
    assert len(feeds) >= 5 and all(feeds)
    dated = _unchanged(date_feeds, feeds)
    merged = _unchanged(merge_feeds, dated.feeds)
    entries = _unchanged(assign_ids, merged.entries)
    related = _unchanged(relate, entries, _entry_days(entries, dated.page_days))
    assert related, "the bundled day has posts on the same events in both outlets"
    entries = [_with_links(entry, related) for entry in entries]
    borrowed = _unchanged(borrow_dates, entries, dated.page_days, dated.page_basis, related)
    estimated, _ = _unchanged(
        estimate_timeline,
        borrowed.entries,
        merged.feeds,
        merged.pages,
        borrowed.page_days,
        related,
        borrowed.page_basis,
    )
    assert any(post.time_basis == "estimated" for post in estimated)
    classified = _unchanged(classify, estimated, load_taxonomy(use_default_user_file=False))
    assert any(post.topics for post in classified)
