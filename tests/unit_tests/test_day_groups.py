"""Day groups: the stages after parsing run per day group, and a store rebuilds only the groups that changed."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.archive import write_archive
from tests.conftest import seed
from tui.core.build.day_groups import PageFacts, day_groups
from tui.core.build.pipeline import LoadRequest, build_timeline
from tui.core.session.loader import open_timeline
from tui.core.stages.ids import post_id, unique_ids
from tui.core.stages.topics import load_taxonomy
from tui.core.store.database import Store

MON, TUE, WED = date(2025, 3, 3), date(2025, 3, 4), date(2025, 3, 5)


def facts(day: date | None, *keys: str, digest: str = "", source: str = "guardian", words: str = "") -> PageFacts:
    return PageFacts(source, digest, day, list(keys), sorted(set(words.split())))


def test_files_of_one_day_make_one_group_and_days_stay_apart():
    load = [facts(MON), facts(TUE), facts(MON, source="bbc"), facts(WED)]
    assert day_groups(load) == [[0, 2], [1], [3]]


def test_snapshots_of_one_page_share_a_group_whatever_their_own_days():
    load = [facts(MON, "opening of a long paragraph"), facts(TUE), facts(WED, "opening of a long paragraph")]
    assert day_groups(load) == [[0, 2], [1]]


def test_the_same_bytes_twice_are_one_group():
    assert day_groups([facts(MON, digest="abc"), facts(TUE, digest="abc")]) == [[0, 1]]


def test_an_undated_page_joins_the_day_it_shares_most_distinctive_words_with():
    load = [
        facts(MON, words="budapest summit witkoff kremlin"),
        facts(TUE, words="zelensky coalition willing paris macron"),
        facts(None, source="bbc", words="paris coalition macron starmer"),
        facts(None, "same page", source="bbc", words="budapest witkoff summit"),
        facts(None, "same page", source="bbc"),  # a snapshot of the page above goes with it
    ]
    assert day_groups(load) == [[0, 3, 4], [1, 2]]


def test_undated_pages_placed_on_no_day_make_one_group_of_their_own():
    load = [
        facts(MON, words="budapest summit witkoff"),
        facts(None, words="paris coalition macron"),
        facts(None, words="kyiv drones"),
    ]
    assert day_groups(load) == [[0], [1, 2]]
    # two shared words are not enough
    assert day_groups([facts(MON, words="budapest summit witkoff"), facts(None, words="budapest summit")]) == [[0], [1]]


def test_words_most_days_use_do_not_place_a_page():
    days = [facts(date(2025, 3, d), words=f"ukraine russia talks story{d} names{d} places{d}") for d in range(1, 31)]
    assert day_groups(days + [facts(None, words="ukraine russia talks")])[-1] == [30]
    assert day_groups(days + [facts(None, words="ukraine russia talks story7 names7 places7")])[6] == [6, 30]


def test_a_given_date_makes_the_whole_load_one_group():
    assert day_groups([facts(MON), facts(TUE)], whole=True) == [[0, 1]]
    assert day_groups([]) == []
    # an undated snapshot of a dated page takes that page's day and its group
    assert day_groups([facts(MON, "k"), facts(None, "k"), facts(TUE)]) == [[0, 1], [2]]


def _guardian_page(folder: Path, day: str, first: str, second: str) -> Path:
    path = folder / f"{day.replace(' ', '_')}.txt"
    path.write_text(
        f"First published on {day} 06.00 GMT\n9.15am GMT\nCeasefire talks resume in Riyadh\n{first}\nUpdated\n"
        f"8.05am GMT\nOvernight drone attacks reported in the south\n{second}\nUpdated\n",
        encoding="utf-8",
    )
    return path


def test_ids_stay_unique_across_day_groups_as_if_built_as_one(tmp_path):
    # Two days whose posts share headlines (so their ids' bases) but no paragraph: two day groups.
    _guardian_page(
        tmp_path,
        "Mon 03 Mar 2025",
        "Negotiators from both delegations arrived at the palace early this morning, officials said, and talks ran "
        "past noon.",
        "Local officials reported damage to power lines and homes after an overnight wave of drones hit the region.",
    )
    _guardian_page(
        tmp_path,
        "Tue 04 Mar 2025",
        "A second round of talks opened with a dispute over the agenda, according to two people briefed on them.",
        "Emergency crews worked through the night to restore water supplies to several districts of the port city.",
    )
    timeline = build_timeline([tmp_path])
    ids = [entry.id for entry in timeline.entries]
    assert len(ids) == 4 and len(set(ids)) == 4
    assert ids == unique_ids(timeline.entries, [post_id(entry) for entry in timeline.entries])
    assert len({entry.published.date() for entry in timeline.entries if entry.published}) == 2


def _day_of(name: str) -> str:
    return Path(name).name[:10]


def test_editing_one_day_rebuilds_that_day_only_and_equals_a_fresh_build(tmp_path, monkeypatch):
    root = tmp_path / "archive"
    root.mkdir()
    files = write_archive(root, 90, days=5)
    store = tmp_path / "s.sqlite3"
    taxonomy = load_taxonomy()
    first = open_timeline(LoadRequest((root,)), taxonomy, Store(store))
    assert len(first.rebuilt) == len(files)
    edited = files[len(files) // 2]
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nA late paragraph added to the page, long enough to be a paragraph.\n",
        encoding="utf-8",
    )
    read_back: list[str] = []
    load_feed = Store.load_feed
    monkeypatch.setattr(
        Store, "load_feed", lambda self, digest, name, fmt: read_back.append(name) or load_feed(self, digest, name, fmt)
    )
    again = open_timeline(LoadRequest((root,)), taxonomy, Store(store))
    assert [Path(name) for name in again.parsed] == [edited]
    # the other files of the edited day are read back from the store to be built again; no other file's posts are
    assert read_back and {_day_of(name) for name in read_back} == {_day_of(edited.name)}
    assert again.rebuilt and {_day_of(name) for name in again.rebuilt} == {_day_of(edited.name)}
    assert len(again.rebuilt) < len(files)
    fresh = build_timeline([root])
    assert again.timeline.entries == fresh.entries
    assert again.timeline.feeds == fresh.feeds and again.timeline.warnings == fresh.warnings


_EDITS = st.lists(
    st.tuples(st.sampled_from(["append", "revise", "remove", "copy", "undated", "drop-undated"]), st.integers(0, 40)),
    min_size=1,
    max_size=3,
)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=_EDITS)
def test_any_run_of_edits_reopened_through_the_store_equals_a_fresh_build(tmp_path_factory, edits):
    """Whatever changes between opens (a dump edited, revised, removed, copied, an undated page
    added or taken away), the reopened timeline equals a build from nothing, and the stages re-ran
    only for the days the changes touched (every day, while an undated page is in the load)."""
    tmp = tmp_path_factory.mktemp("edits")
    root = tmp / "archive"
    root.mkdir()
    write_archive(root, 40, days=4)
    store = tmp / "s.sqlite3"
    taxonomy = load_taxonomy()
    open_timeline(LoadRequest((root,)), taxonomy, Store(store))
    undated = root / "zz_undated_bbc.txt"
    dirty: set[str] = set()  # days changed since the last check (changes made while every day is one group add up)
    for step, (kind, pick) in enumerate(edits):
        dumps = sorted(p for p in root.iterdir() if p != undated)
        path = dumps[pick % len(dumps)]
        dirty.add(_day_of(path.name))
        if kind == "append":
            path.write_text(
                path.read_text(encoding="utf-8")
                + f"\nA paragraph added in edit {step}, long enough to count as one.\n",
                encoding="utf-8",
            )
        elif kind == "revise":
            path.write_text(path.read_text(encoding="utf-8").replace(" the ", " a ", 1), encoding="utf-8")
        elif kind == "remove" and len(dumps) > 1:
            path.unlink()
        elif kind == "copy":
            shutil.copy(path, path.with_name(f"{path.stem}_copy{step}.txt"))
        elif kind == "undated":
            shutil.copy(seed("004"), undated)
        elif kind == "drop-undated":
            undated.unlink(missing_ok=True)
        opened = open_timeline(LoadRequest((root,)), taxonomy, Store(store))
        fresh = build_timeline([root])
        assert opened.timeline.entries == fresh.entries, edits
        assert opened.timeline.feeds == fresh.feeds and opened.timeline.warnings == fresh.warnings
        assert len({entry.id for entry in fresh.entries}) == len(fresh.entries)
        if not undated.exists() and kind not in ("undated", "drop-undated"):
            assert {_day_of(name) for name in opened.rebuilt} <= dirty, (edits, opened.rebuilt)
            dirty = set()


def test_undated_pages_go_with_their_day_and_an_edit_to_one_rebuilds_that_day(tmp_path):
    """The bundled day (one dated page, four BBC pages printing times only) in a load with other days:
    the undated pages join their own day, borrow its date as before, and editing one rebuilds only it."""
    root = tmp_path / "load"
    root.mkdir()
    write_archive(root, 40, days=3)
    for prefix in ("000", "001", "002", "003", "004"):
        shutil.copy(seed(prefix), root / f"seed_{prefix}.txt")
    store = tmp_path / "s.sqlite3"
    taxonomy = load_taxonomy()
    open_timeline(LoadRequest((root,)), taxonomy, Store(store))
    alone = build_timeline([root / f"seed_{p}.txt" for p in ("000", "001", "002", "003", "004")])
    edited = root / "seed_003.txt"
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nA late paragraph added to the page, long enough to count as one.\n",
        encoding="utf-8",
    )
    again = open_timeline(LoadRequest((root,)), taxonomy, Store(store))
    assert sorted(Path(name).name for name in again.rebuilt) == [
        f"seed_{p}.txt" for p in ("000", "001", "002", "003", "004")
    ]
    assert again.timeline.entries == build_timeline([root]).entries
    seeds = [entry for entry in again.timeline.entries if Path(entry.file).name.startswith("seed_")]
    # the bundled day's posts are dated as when the day is opened alone
    assert {e.published.date() for e in seeds if e.published} == {
        e.published.date() for e in alone.entries if e.published
    }


def test_a_follower_rebuilds_only_the_day_group_of_the_file_that_grew(tmp_path, monkeypatch):
    from tui.core.build import pipeline
    from tui.core.session.follow import Follower

    root = tmp_path / "archive"
    root.mkdir()
    files = write_archive(root, 40, days=4)
    follower = Follower(LoadRequest((root,)))
    follower.build()
    built: list[list[str]] = []
    build_group = pipeline._build_group
    monkeypatch.setattr(
        pipeline,
        "_build_group",
        lambda feeds, on_date: built.append([f.path for f in feeds]) or build_group(feeds, on_date),
    )
    grown = files[-1]
    grown.write_text(
        grown.read_text(encoding="utf-8") + "\nA paragraph the page gained since, long enough to count as one.\n",
        encoding="utf-8",
    )
    update = follower.refresh()
    assert update is not None and len(built) == 1 and {_day_of(name) for name in built[0]} == {_day_of(grown.name)}
    assert follower.refresh() is None and len(built) == 1
    assert update.timeline.entries == build_timeline([root]).entries


def test_real_pages_of_many_days_opened_together_keep_the_times_they_have_alone():
    """The real-page corpus (pages of many days, most undated) in one load: wherever an undated page is
    placed, no post gets another time or time basis than when its page is opened alone — unless the page
    shares a post with another page of the corpus (two copies of one blog): snapshots of one page are
    dated together, by design (see :mod:`tui.core.stages.dates`, rule 3); or the page has no date of its own
    and borrows one from the pages of the same events (the other outlet's page of the same night: see
    :mod:`tui.core.stages.borrow`).  An estimated time may also move when the page's posts are related to
    timed posts of another page (the estimate stage anchors on them: see :mod:`tui.core.stages.estimate`); its
    day and the basis of that day may not."""
    pages = sorted((Path(__file__).parents[1] / "data" / "real_pages").glob("*.txt"))
    entries = build_timeline(pages).entries
    together = {(e.file, e.page_index): (e.published, e.time_basis, e.date_basis) for e in entries}
    copies = {o.file for e in entries if len({o.file for o in e.origins}) > 1 for o in e.origins}
    borrowing = {e.file for e in entries if e.date_basis == "related"}
    by_id = {e.id: e for e in entries}
    anchored = {
        e.file
        for e in entries
        for other in e.related
        if by_id[other].file != e.file and by_id[other].published is not None and by_id[other].time_basis != "estimated"
    }
    assert len(copies) < len(pages) // 4  # few pages are copies of one another
    assert len(borrowing) < len(pages) // 20  # and few borrow their date
    for page in pages:
        if str(page) in copies or str(page) in borrowing:
            continue
        for entry in build_timeline([page]).entries:
            found = together.get((entry.file, entry.page_index))
            if found is None:  # a post merged with its copy on another page is held by that entry
                continue
            if str(page) in anchored and entry.time_basis == "estimated" and found[1] == "estimated":
                day = entry.published.date() if entry.published else None
                assert (found[0].date() if found[0] else None, found[2]) == (day, entry.date_basis), page.name
                continue
            assert found == (entry.published, entry.time_basis, entry.date_basis), (page.name, entry.title)


def test_a_damaged_or_older_day_group_in_the_store_is_built_again(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    files = write_archive(root, 40, days=3)
    path = tmp_path / "s.sqlite3"
    taxonomy = load_taxonomy()
    open_timeline(LoadRequest((root,)), taxonomy, Store(path))
    store = Store(path)
    keys = [row[0] for row in store.db.execute("SELECT key FROM day_groups ORDER BY key")]
    assert len(keys) == 3
    store.db.execute("UPDATE day_groups SET data = x'00ff' WHERE key = ?", (keys[0],))
    store.db.execute("UPDATE day_groups SET version = 'older code' WHERE key = ?", (keys[1],))
    store.db.execute("UPDATE parse_cache SET facts = x'00ff'")  # page facts that do not decode are worked out again
    files[0].write_text(
        files[0].read_text(encoding="utf-8") + "\nA paragraph added so the timeline is built, not read back.\n",
        encoding="utf-8",
    )
    again = open_timeline(LoadRequest((root,)), taxonomy, Store(path))
    assert again.timeline.entries == build_timeline([root]).entries
    assert 2 <= len({_day_of(name) for name in again.rebuilt}) <= 3
