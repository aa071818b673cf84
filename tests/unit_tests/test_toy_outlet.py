"""A third outlet, registered from the test suite, works everywhere without touching any module."""

from __future__ import annotations

import pytest

from tests.conftest import seed
from tests.toy_outlet import EARLIER, LATER, OUTLET
from tui.core.build.pipeline import build_timeline
from tui.core.parse import outlet
from tui.core.views import filtering
from tui.core.views.export import to_csv, to_markdown


@pytest.fixture
def toy(tmp_path):
    outlet.register(OUTLET)
    earlier, later = tmp_path / "toy-a.txt", tmp_path / "toy-b.txt"
    earlier.write_text(EARLIER, encoding="utf-8")
    later.write_text(LATER, encoding="utf-8")
    yield [earlier, later]
    outlet.unregister(OUTLET.code)


def test_a_registered_outlet_is_detected_parsed_dated_and_merged(toy):
    timeline = build_timeline([*toy, seed("000")])
    posts = [e for e in timeline.entries if e.source == "toy"]
    assert sorted(p.title for p in posts) == ["Talks close without a deal", "Talks open in Tokyo"]
    opening = next(p for p in posts if p.title == "Talks open in Tokyo")
    assert len(opening.origins) == 2 and len(opening.body) == 2  # two snapshots, one post, the later text
    assert opening.published.isoformat() == "2025-03-01T09:30:00+09:00"  # the plug-in's home zone
    assert len({e.id for e in timeline.entries}) == len(timeline.entries)
    assert any(e.source == "bbc" for e in timeline.entries)


def test_filters_counts_and_exports_know_the_new_outlet(toy):
    timeline = build_timeline([*toy, seed("000")])
    index = filtering.SearchIndex()
    only_toy = filtering.FilterState().with_outlets(frozenset({"toy"}))
    shown = filtering.apply(timeline.entries, only_toy, index)
    assert shown and all(e.source == "toy" for e in shown)
    assert "outlets: Toy Times" in only_toy.describe()
    counts = filtering.outlet_counts(timeline.entries, filtering.FilterState(), index)
    assert counts["toy"] == 2 and counts["bbc"] > 0
    assert "Toy Times" in to_markdown(timeline, shown)
    assert ",toy," in to_csv(shown)
    assert outlet.codes()[-1] == "toy"


async def test_the_reader_shows_and_filters_the_new_outlet(toy):
    from tests.functional_tests.conftest import main_screen, settle
    from tui.ui.app import create_app

    app = create_app(timeline=build_timeline([*toy, seed("000")]))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        rows = [screen.query_one("TimelineView").row_text(e, 100).plain for e in screen.reader.shown]
        assert any(" TOY " in row for row in rows)
        await pilot.press("o")
        await settle(pilot)
        dialog = app.screen
        labels = dialog.prompts()
        assert any("Toy Times" in label for label in labels)
