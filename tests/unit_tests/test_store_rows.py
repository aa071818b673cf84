"""A stored timeline read back as rows: bodies fetched when read, search answered by the store."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import seed
from tui.core.build.pipeline import LoadRequest, build_timeline
from tui.core.session.loader import open_timeline
from tui.core.stages.topics import load_taxonomy
from tui.core.store.base import SCHEMA_VERSION
from tui.core.store.database import Store
from tui.core.store.lazy import Deferred, deferred
from tui.core.views.filtering import FilterState, SearchIndex, apply, query_terms


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rows")
    day = tmp / "day"
    day.mkdir()
    for prefix in ("000", "001", "003", "004"):
        shutil.copy(seed(prefix), day / f"{prefix}.txt")
    path = tmp / "s.sqlite3"
    taxonomy = load_taxonomy()
    open_timeline(LoadRequest((day,)), taxonomy, Store(path))
    again = open_timeline(LoadRequest((day,)), taxonomy, Store(path))
    assert again.from_store
    return again.timeline, build_timeline([day])


def test_a_stored_post_is_read_without_its_body_until_something_reads_it(stored):
    timeline, fresh = stored
    post = timeline.entries[5]
    assert isinstance(post.body, Deferred) and not post.body.loaded and not post.origins.loaded
    assert post.title == fresh.entries[5].title and post.topics == fresh.entries[5].topics
    assert post.body == fresh.entries[5].body  # reading it fetches it
    assert post.body.loaded and not post.origins.loaded  # each list is fetched when it is read
    untouched = [p for p in timeline.entries if not p.body.loaded]
    assert len(untouched) == len(timeline.entries) - 1


def test_every_stored_post_equals_the_fresh_build(stored):
    timeline, fresh = stored
    assert timeline.entries == fresh.entries
    assert [f.post_count for f in timeline.feeds] == [f.post_count for f in fresh.feeds]


QUERIES = [
    "ceasefire",
    "Putin",
    "security guarantees",
    '"boots on the ground"',
    "zel",
    "us",
    "a",
    "’",
    "boots ground",
    "nothing-like-this",
    "Zelensky's",
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_stores_search_finds_what_the_readers_own_search_finds(stored, query):
    timeline, fresh = stored
    assert timeline.search is not None
    with_store = apply(timeline.entries, FilterState(query=query), SearchIndex(backend=timeline.search))
    by_hand = apply(fresh.entries, FilterState(query=query), SearchIndex())
    assert [p.id for p in with_store] == [p.id for p in by_hand]


def test_searching_the_store_loads_no_post(tmp_path):
    day = tmp_path / "day"
    day.mkdir()
    shutil.copy(seed("000"), day / "000.txt")
    path = tmp_path / "s.sqlite3"
    open_timeline(LoadRequest((day,)), load_taxonomy(), Store(path))
    timeline = open_timeline(LoadRequest((day,)), load_taxonomy(), Store(path)).timeline
    titled = [p for p in timeline.entries if p.title]
    shown = apply(titled, FilterState(query="trump"), SearchIndex(backend=timeline.search))
    assert shown and not any(p.body.loaded for p in titled)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeiouzrstnl ’'\"-%_\\")), max_size=8))
def test_any_typed_query_gives_the_same_posts_from_the_store(stored, query):
    timeline, fresh = stored
    terms = query_terms(query)
    with_store = apply(timeline.entries, FilterState(query=query), SearchIndex(backend=timeline.search))
    by_hand = apply(fresh.entries, FilterState(query=query), SearchIndex())
    assert [p.id for p in with_store] == [p.id for p in by_hand], terms


def test_a_post_whose_parts_left_the_store_shows_empty_instead_of_failing(tmp_path):
    day = tmp_path / "day"
    day.mkdir()
    shutil.copy(seed("004"), day / "004.txt")
    path = tmp_path / "s.sqlite3"
    open_timeline(LoadRequest((day,)), load_taxonomy(), Store(path))
    store = Store(path)
    timeline = open_timeline(LoadRequest((day,)), load_taxonomy(), store).timeline
    store.db.execute("DELETE FROM timeline_parts")
    assert list(timeline.entries[0].body) == []


def test_schema_2_stores_migrate_and_drop_whole_post_timelines(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE post_state (id TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0, starred INTEGER NOT NULL "
        "DEFAULT 0, note TEXT NOT NULL DEFAULT '', updated REAL)"
    )
    db.execute(
        "CREATE TABLE parse_cache (digest TEXT, name TEXT, fmt TEXT, version TEXT, data BLOB, PRIMARY KEY (digest, "
        "name, fmt))"
    )
    db.execute("CREATE TABLE session (inputs TEXT PRIMARY KEY, data TEXT, updated REAL)")
    db.execute("CREATE TABLE timelines (inputs TEXT PRIMARY KEY, version TEXT, data BLOB, updated REAL)")
    db.execute("INSERT INTO timelines VALUES ('k', 'v', x'00', 0)")
    db.execute("INSERT INTO post_state (id, starred) VALUES ('bbc-1', 1)")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7
    assert store.load_timeline("k") is None and store.states()["bbc-1"].starred
    assert store.load_group("k") is None  # the table schema 7 added is there


def test_deferred_lists_fill_once_and_changes_fetch_first():
    calls = []

    def fetch():
        calls.append(1)
        return {"body": [1, 2], "revisions": ["r"]}

    lists = deferred(fetch, ["body", "revisions", "topic_evidence"])
    body = lists["body"]
    body.append(3)
    assert body == [1, 2, 3] and lists["revisions"] == ["r"] and lists["topic_evidence"] == [] and calls == [1, 1, 1]
    assert repr(body) == "[1, 2, 3]" and list(reversed(body)) == [3, 2, 1] and body + [4] == [1, 2, 3, 4]


def test_a_failing_fetch_leaves_empty_lists():
    def fetch():
        raise sqlite3.OperationalError("gone")

    lists = deferred(fetch, ["body"])
    assert list(lists["body"]) == [] and len(lists["body"]) == 0


def test_sorting_a_stored_timeline_by_title_reads_no_body(stored):
    from tui.core.views.timeline import sort_entries

    timeline, fresh = stored
    untouched = [p for p in timeline.entries if not p.body.loaded]
    titles = [p.display_title for p in sort_entries(untouched, "title")]
    assert titles == [
        p.display_title for p in sort_entries([f for f in fresh.entries if f.id in {u.id for u in untouched}], "title")
    ]
    assert not any(p.body.loaded for p in untouched)


def test_a_preview_is_the_newest_posts_of_the_stored_timeline_and_rest_brings_the_whole(tmp_path, monkeypatch):
    from tui.core.store import timelines as store_module

    day = tmp_path / "day"
    day.mkdir()
    for prefix in ("000", "003"):
        shutil.copy(seed(prefix), day / f"{prefix}.txt")
    monkeypatch.setattr(store_module, "PREVIEW_POSTS", 10)
    path = tmp_path / "s.sqlite3"
    taxonomy = load_taxonomy()
    built = open_timeline(LoadRequest((day,)), taxonomy, Store(path)).timeline
    opened = open_timeline(LoadRequest((day,)), taxonomy, Store(path), preview=True)
    assert opened.from_store and opened.rest is not None and opened.total == len(built.entries)
    newest = sorted(built.entries, key=lambda e: (e.published is not None, e.published))[-10:]
    assert {e.id for e in opened.timeline.entries} == {e.id for e in newest}
    by_id = built.by_id()
    for post in opened.timeline.entries:  # the same posts, bodies fetched from their own rows
        assert post == by_id[post.id] and post.body == by_id[post.id].body
    whole = opened.rest(None).timeline
    assert [e.id for e in whole.entries] == [e.id for e in built.entries] and whole.search is opened.timeline.search
    # A timeline no larger than its preview is read whole at once.
    monkeypatch.setattr(store_module, "PREVIEW_POSTS", 10_000)
    small = tmp_path / "small"
    small.mkdir()
    shutil.copy(seed("000"), small / "000.txt")
    open_timeline(LoadRequest((small,)), taxonomy, Store(path))
    again = open_timeline(LoadRequest((small,)), taxonomy, Store(path), preview=True)
    assert again.from_store and again.rest is None


def test_search_answers_only_from_its_own_timeline_and_evicted_timelines_leave_no_search_rows(tmp_path, monkeypatch):
    import tui.core.store.timelines as store_module

    monkeypatch.setattr(store_module, "KEEP_TIMELINES", 1)
    days = []
    for prefix in ("000", "004"):
        day = tmp_path / prefix
        day.mkdir()
        shutil.copy(seed(prefix), day / f"{prefix}.txt")
        days.append(day)
    path = tmp_path / "s.sqlite3"
    store = Store(path)
    first = open_timeline(LoadRequest((days[0],)), load_taxonomy(), store)
    store.save_timeline("other", first.timeline.entries[:3], [], [], [], search_text=lambda post: "needle")
    assert store.search("other", ["needle"]) == {p.id for p in first.timeline.entries[:3]}
    # "other" replaced the first timeline (only one is kept): its rows are gone, and a new timeline's search is its own
    assert store.db.execute("SELECT count(*) FROM timeline_texts").fetchone()[0] == 3
    second = open_timeline(LoadRequest((days[1],)), load_taxonomy(), Store(path))
    again = open_timeline(LoadRequest((days[1],)), load_taxonomy(), Store(path))
    assert again.from_store and again.timeline.search is not None
    assert again.timeline.search(["needle"]) == set()
    found = again.timeline.search(["the"])
    assert found and found <= {p.id for p in second.timeline.entries}
    assert Store(path).search("other", ["needle"]) is None  # evicted: the store cannot say


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeiouzrstnl ’'\"-%_\\")), max_size=5))
def test_short_queries_answered_from_warmed_texts_match_the_readers_own_search(stored, query):
    timeline, fresh = stored
    timeline.search.warm()  # the store keeps the texts in memory: one- and two-character queries scan them
    assert timeline.search.store._plain_texts
    with_store = apply(timeline.entries, FilterState(query=query), SearchIndex(backend=timeline.search))
    by_hand = apply(fresh.entries, FilterState(query=query), SearchIndex())
    assert [p.id for p in with_store] == [p.id for p in by_hand]


def test_the_codec_round_trips_every_seed_post_and_refuses_what_it_cannot_keep(seed_timeline):
    from datetime import date, datetime

    from tui.core.model.post import Post
    from tui.core.store.codec import decode, encode

    for post in seed_timeline.entries:
        assert decode(Post, encode(post)) == post
    assert encode((1, "a", None, True, 2.5)) == [1, "a", None, True, 2.5]
    assert encode({1: date(2025, 8, 19)}) == {"1": "2025-08-19"}
    assert encode(datetime(2025, 8, 19, 9, 5, tzinfo=UTC)) == "2025-08-19T09:05:00+00:00"
    with pytest.raises(ValueError, match="cannot store a set"):
        encode({"a"})
    with pytest.raises(ValueError):
        encode([object()])


def test_a_timeline_is_written_in_short_transactions_and_a_half_written_one_is_never_read(
    tmp_path, monkeypatch, seed_timeline
):
    """Marks from another reader get in between a big timeline's writes; a writer stopped half-way
    leaves nothing a reader takes for a timeline, and the next save of the same inputs is whole."""
    import tui.core.store.timelines as store_module
    from tui.core.views.filtering import search_text

    monkeypatch.setattr(store_module, "WRITE_CHUNK", 10)
    path = tmp_path / "s.sqlite3"
    store, other = Store(path), Store(path)
    commits: list[int] = []
    plain = store_module._transaction

    class Counted(plain):  # type: ignore[misc, valid-type]
        def __exit__(self, kind, value, trace):
            super().__exit__(kind, value, trace)
            if self.db is not store.db:
                return
            commits.append(1)
            other.write_marks(
                {(f"bbc-between-{len(commits)}", "starred"): 1}
            )  # another reader's mark, between two writes
            if stop_after and len(commits) == stop_after:
                raise sqlite3.OperationalError("disk I/O error (the writer is stopped here)")

    monkeypatch.setattr(store_module, "_transaction", Counted)
    entries = seed_timeline.entries
    stop_after = 4
    store.save_timeline("k", entries, seed_timeline.feeds, [], [], search_text)
    assert store.warnings and "could not save" in store.warnings[0]
    assert Store(path).load_timeline("k") is None and not Store(path).searchable("k")
    stop_after = 0
    commits.clear()
    store.save_timeline("k", entries, seed_timeline.feeds, [], [], search_text)
    assert len(commits) >= len(entries) // 10  # one transaction per ten posts, not one for all
    again = Store(path)
    stored = again.load_timeline("k")
    assert stored is not None and [e.id for e in stored[0]] == [e.id for e in entries]
    assert again.searchable("k") and again.search("k", ["zelensky"])
    assert all(state.starred for state in again.states().values()) and len(again.states()) >= len(commits)
