"""Generated loads that reach every stage: several files, both outlets, revisions, duplicates.

Invariants: no exception; ids unique; every post line of every input is
accounted for by an entry; giving the same files twice changes nothing.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.coverage import unaccounted_lines
from tests.unit_tests.test_coverage_generated import BBC_PIECES, GUARDIAN_PIECES
from tui.core.build.pipeline import LoadRequest, build_timeline, load
from tui.core.infra.reading import read_lines

pytestmark = pytest.mark.slow  # subprocesses, worker pools or hypothesis over whole programs

SENTENCES = st.sampled_from(
    [
        "Leaders met in Geneva for talks on a ceasefire in the morning session.",
        "Troops pulled back from the border overnight, officials in Kyiv said.",
        "The summit in Alaska ended without a deal, the White House said.",
        "European leaders will fly to Washington on Monday for further talks.",
        "Russia launched drones at the capital overnight, the air force said.",
    ]
)
BBC_LINE = st.one_of(st.sampled_from(BBC_PIECES), SENTENCES.map(lambda s: "    " + s))
GUARDIAN_LINE = st.one_of(st.sampled_from(GUARDIAN_PIECES), SENTENCES)
PAGE = st.one_of(
    st.lists(BBC_LINE, min_size=1, max_size=25).map(
        lambda ls: ["  1. Openingpublished at 10:00 BST 3 June 2025", ""] + ls
    ),
    st.lists(GUARDIAN_LINE, min_size=1, max_size=25).map(lambda ls: ["Key events", "-"] + ls),
)


@st.composite
def loads(draw):
    """1-3 pages, each possibly followed by a revised snapshot (lines added or dropped)."""
    files: list[list[str]] = []
    for page in draw(st.lists(PAGE, min_size=1, max_size=3)):
        files.append(page)
        if draw(st.booleans()):
            revised = list(page)
            extra = draw(st.lists(SENTENCES, max_size=3))
            at = draw(st.integers(0, len(revised)))
            revised[at:at] = extra
            if len(revised) > 3 and draw(st.booleans()):
                del revised[draw(st.integers(2, len(revised) - 1))]
            files.append(revised)
    return files


def _write(tmp_path, files):
    paths = []
    for n, lines in enumerate(files):
        path = tmp_path / f"dump{n}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _covered(timeline, parsed, path) -> bool:
    """Every line of every post of the file lies in some entry's provenance."""
    ranges = [(o.first_line, o.last_line) for e in timeline.entries for o in e.origins if o.file == str(path)]
    feed = next((f for f in parsed.feeds if f.path == str(path)), None)
    if feed is None:
        return True  # the file was refused: it is in timeline.errors
    for post in feed.posts:
        for block in post.body:
            if not any(a <= block.first_line <= b for a, b in ranges):
                return False
    return True


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(loads(), st.sampled_from([None, date(2025, 6, 3)]))
# (a line repeated under itself reads as a copy that printed its lines twice: the repeats must stay accounted for)
@example([["  1. Openingpublished at 10:00 BST 3 June 2025", "", *["Summary"] * 5]], None)
def test_every_stage_keeps_every_post_once_with_a_unique_id(tmp_path_factory, files, on_date):
    tmp_path = tmp_path_factory.mktemp("load")
    paths = _write(tmp_path, files)
    timeline = build_timeline(paths, on_date=on_date)
    parsed = load(LoadRequest(tuple(paths), None, on_date))  # the timeline's feeds keep page parts, not posts
    ids = [e.id for e in timeline.entries]
    assert len(ids) == len(set(ids)) and all(ids)
    assert [f.post_count for f in timeline.feeds] == [len(f.posts) for f in parsed.feeds]
    for path, feed in ((p, next((f for f in parsed.feeds if f.path == str(p)), None)) for p in paths):
        assert _covered(timeline, parsed, path)
        if feed is not None:
            lines, _ = read_lines(path)
            assert unaccounted_lines(feed, lines) == ([], [])
    assert len(timeline.feeds) + len(timeline.errors) == len(paths)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(loads())
def test_giving_every_file_twice_changes_nothing(tmp_path_factory, files):
    tmp_path = tmp_path_factory.mktemp("twice")
    paths = _write(tmp_path, files)
    once = build_timeline(paths)
    twice = build_timeline(paths + paths)
    assert [(e.id, e.title, e.published, [b.text for b in e.body]) for e in once.entries] == [
        (e.id, e.title, e.published, [b.text for b in e.body]) for e in twice.entries
    ]
