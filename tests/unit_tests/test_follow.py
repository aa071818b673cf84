"""Following a growing story: only changed files are re-read; new, revised and removed posts are told apart."""

from __future__ import annotations

import shutil

from tests.conftest import seed
from tui.core.build.pipeline import LoadRequest, build_timeline
from tui.core.session import follow as follow_module
from tui.core.session.follow import REMOVED, Follower


def test_a_new_snapshot_in_a_watched_directory_adds_and_revises(tmp_path):
    shutil.copy(seed("004"), tmp_path / "a.txt")
    follower = Follower(LoadRequest((tmp_path,)))
    first = follower.build()
    assert follower.refresh() is None  # nothing changed
    shutil.copy(seed("003"), tmp_path / "b.txt")
    update = follower.refresh()
    assert update is not None
    fresh = build_timeline([tmp_path])
    assert sorted(e.id for e in update.timeline.entries) == sorted(e.id for e in fresh.entries)
    assert len(update.new) == len(fresh.entries) - len(first.entries) + len(update.removed)
    assert all(e.id in update.new or e.id in {p.id for p in first.entries} for e in update.timeline.entries)


def test_only_changed_files_are_parsed_again(tmp_path, monkeypatch):
    for name, prefix in (("a.txt", "000"), ("b.txt", "003")):
        shutil.copy(seed(prefix), tmp_path / name)
    follower = Follower(LoadRequest((tmp_path,)))
    follower.build()
    parsed: list[str] = []
    real = follow_module.read_file

    def counting(path, name, fmt=None):
        parsed.append(path.name)
        return real(path, name, fmt)

    monkeypatch.setattr(follow_module, "read_file", counting)
    with open(tmp_path / "a.txt", "a", encoding="utf-8") as dump:
        dump.write("\n")
    follower.refresh()
    assert parsed == ["a.txt"]


def test_a_post_a_newer_snapshot_drops_is_kept_and_marked(tmp_path):
    page = tmp_path / "g.txt"
    page.write_text(
        "Key events\n-\nTalks open in Geneva\nTalks open in Geneva\nDelegates arrived early for the talks in Geneva "
        "today.\nUpdated\n"
        "Sanctions are discussed\nForeign ministers discussed new sanctions for an hour.\nUpdated\n",
        encoding="utf-8",
    )
    follower = Follower(LoadRequest((page,)))
    follower.build()
    page.write_text(
        "Key events\n-\nTalks open in Geneva\nTalks open in Geneva\nDelegates arrived early for the talks in Geneva "
        "today.\nUpdated\n",
        encoding="utf-8",
    )
    update = follower.refresh()
    assert update is not None and len(update.removed) == 1
    kept = next(e for e in update.timeline.entries if e.id in update.removed)
    assert kept.has_label(REMOVED) and kept.title == "Sanctions are discussed"


def test_a_dump_cut_mid_post_that_grows_is_one_post_not_two(tmp_path):
    page = tmp_path / "g.txt"
    whole = (
        "Key events\n-\nLeaders meet in Geneva\nLeaders meet in Geneva\n"
        "Leaders met in Geneva for talks on a ceasefire in the morning session, officials said.\n"
        "A second paragraph about the talks follows here with more detail.\nUpdated\n"
    )
    page.write_text(whole[: whole.index("A second")], encoding="utf-8")
    follower = Follower(LoadRequest((page,)))
    first = follower.build()
    page.write_text(whole, encoding="utf-8")
    update = follower.refresh()
    assert update is not None and not update.removed and not update.new
    assert len(update.timeline.entries) == len(first.entries)


def test_a_timeline_read_back_from_the_store_is_not_rebuilt_until_a_file_changes(tmp_path, monkeypatch):
    from tui.core.build import pipeline
    from tui.core.store.database import Store

    for name, prefix in (("a.txt", "000"), ("b.txt", "003")):
        shutil.copy(seed(prefix), tmp_path / name)
    store = Store(tmp_path / "store.sqlite3")
    Follower(LoadRequest((tmp_path,)), store=store).build()  # the first open builds and stores
    follower = Follower(LoadRequest((tmp_path,)), store=store)
    follower.build()
    assert follower.opened is not None and follower.opened.from_store
    assembled: list[int] = []
    real = follow_module.assemble
    monkeypatch.setattr(follow_module, "assemble", lambda *a, **k: assembled.append(1) or real(*a, **k))
    parsed: list[str] = []
    real_parse = pipeline.parse_bytes
    monkeypatch.setattr(
        "tui.core.build.pipeline.parse_bytes",
        lambda data, name, fmt=None: parsed.append(name) or real_parse(data, name, fmt),
    )
    assert follower.refresh() is None  # the watcher's first look after a warm open: nothing to do
    assert assembled == [] and parsed == []
    with open(tmp_path / "b.txt", "a", encoding="utf-8") as dump:
        dump.write("\nA late paragraph added to the page.\n")
    update = follower.refresh()
    assert update is not None and assembled == [1]
    assert [name for name in parsed] == [str(tmp_path / "b.txt")]  # a.txt comes from the parse cache
    fresh = build_timeline([tmp_path])
    assert sorted(e.id for e in update.timeline.entries) == sorted(e.id for e in fresh.entries)


def test_a_built_timeline_is_searched_by_the_store_once_stored_and_answers_the_same(tmp_path):
    from tests.conftest import seed
    from tui.core.store.database import Store
    from tui.core.views.filtering import FilterState, SearchIndex, apply

    day = tmp_path / "day"
    day.mkdir()
    shutil.copy(seed("003"), day / "003.txt")
    follower = Follower(LoadRequest((day,)), store=Store(tmp_path / "s.sqlite3"))
    built = follower.build(defer=True)
    assert follower.stored_search() is None  # not stored yet: the reader folds texts itself
    follower.store_pending()
    stored = follower.stored_search()
    assert stored is not None
    for query in ("ceasefire", "zel", "a", '"security guarantees"', "nothing-like-this"):
        by_store = apply(built.entries, FilterState(query=query), SearchIndex(backend=stored))
        by_hand = apply(built.entries, FilterState(query=query), SearchIndex())
        assert [p.id for p in by_store] == [p.id for p in by_hand], query


def test_a_store_that_could_not_keep_the_timeline_gives_no_search(tmp_path, monkeypatch):
    from tests.conftest import seed
    from tui.core.store.database import Store

    day = tmp_path / "day"
    day.mkdir()
    shutil.copy(seed("004"), day / "004.txt")
    store = Store(tmp_path / "s.sqlite3")
    monkeypatch.setattr(store, "save_timeline", lambda *args, **kwargs: None)  # e.g. the disk is full
    follower = Follower(LoadRequest((day,)), store=store)
    follower.build(defer=True)
    follower.store_pending()
    assert follower.stored_search() is None


def test_a_refreshed_timeline_is_stored_after_it_is_handed_over_and_a_reopen_reads_it_back(tmp_path):
    from tests.conftest import seed
    from tui.core.session.loader import open_timeline, request_key
    from tui.core.store.database import Store

    day = tmp_path / "day"
    day.mkdir()
    shutil.copy(seed("004"), day / "004.txt")
    path = tmp_path / "s.sqlite3"
    follower = Follower(LoadRequest((day,)), store=Store(path))
    follower.build()
    shutil.copy(seed("001"), day / "001.txt")
    update = follower.refresh()
    assert update is not None and update.new
    request = LoadRequest((day,))
    assert (
        Store(path).load_timeline(request_key(request, follower.taxonomy)) is None
    )  # not written while being handed over
    follower.store_pending()
    again = open_timeline(request, follower.taxonomy, Store(path))
    assert again.from_store and [e.id for e in again.timeline.entries] == [e.id for e in update.timeline.entries]
