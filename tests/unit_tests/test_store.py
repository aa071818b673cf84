"""The store: caches that are never trusted blindly, and the reader's memory."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import seed
from tui.cli import main
from tui.core.build.pipeline import LoadRequest, build_timeline
from tui.core.session.follow import Follower
from tui.core.session.loader import cached_parse, open_timeline
from tui.core.stages.topics import load_taxonomy
from tui.core.store.base import SCHEMA_VERSION
from tui.core.store.database import Store
from tui.core.store.marks import Marks


def request(*paths: Path) -> LoadRequest:
    return LoadRequest(tuple(paths))


@pytest.fixture
def day(tmp_path):
    folder = tmp_path / "day"
    folder.mkdir()
    for prefix in ("000", "001", "004"):
        shutil.copy(seed(prefix), folder / f"{prefix}.txt")
    return folder


def test_a_reopen_reads_the_timeline_back_and_equals_a_fresh_build(day, tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    taxonomy = load_taxonomy()
    first = open_timeline(request(day), taxonomy, store)
    assert not first.from_store and len(first.parsed) == 3
    again = open_timeline(request(day), taxonomy, Store(tmp_path / "s.sqlite3"))
    assert again.from_store and again.parsed == ()
    fresh = build_timeline([day])
    assert again.timeline.entries == fresh.entries and again.timeline.feeds == fresh.feeds
    assert again.timeline.warnings == fresh.warnings


def test_editing_one_dump_parses_only_that_file_and_equals_a_fresh_build(day, tmp_path):
    path = tmp_path / "s.sqlite3"
    taxonomy = load_taxonomy()
    open_timeline(request(day), taxonomy, Store(path))
    edited = day / "001.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("best", "finest"), encoding="utf-8")
    opened = open_timeline(request(day), taxonomy, Store(path))
    assert not opened.from_store and [Path(name).name for name in opened.parsed] == ["001.txt"]
    assert opened.timeline.entries == build_timeline([day]).entries


def test_a_cache_from_another_parser_version_is_rebuilt(day, tmp_path):
    path = tmp_path / "s.sqlite3"
    store = Store(path)
    parsed: list[str] = []
    step = cached_parse(store, parsed)
    step(day / "000.txt", "000.txt", None)
    store.db.execute("UPDATE parse_cache SET version = 'old-parser'")
    step(day / "000.txt", "000.txt", None)
    store.db.execute("UPDATE parse_cache SET data = x'00ff'")  # and a damaged entry is a miss too
    step(day / "000.txt", "000.txt", None)
    assert parsed == ["000.txt"] * 3


def test_an_older_schema_migrates_forward(tmp_path):
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
    db.execute("INSERT INTO post_state (id, starred) VALUES ('bbc-1', 1)")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.states()["bbc-1"].starred and not store.warnings
    store.save_timeline("k", [], [], [], [])  # the table added by version 2 works
    assert store.load_timeline("k") is not None


def test_a_corrupt_store_is_moved_aside_with_one_line_and_a_new_one_works(tmp_path):
    path = tmp_path / "s.sqlite3"
    Store(path).close()
    data = bytearray(path.read_bytes())
    data[100:] = b"this is not a database at all" * ((len(data) - 100) // 29) + b"!" * ((len(data) - 100) % 29)
    path.write_bytes(bytes(data))  # our header (and mark), damaged pages
    store = Store(path)
    assert len(store.warnings) == 1 and "moved aside" in store.warnings[0] and "\n" not in store.warnings[0]
    assert store.persistent and list(tmp_path.glob("s.sqlite3.corrupt-*"))
    Marks(store).toggle_star("bbc-1")
    assert Store(path).states()["bbc-1"].starred


def test_an_unwritable_location_falls_back_to_a_session_only_store(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    store = Store(blocker / "sub" / "s.sqlite3")
    assert not store.persistent and len(store.warnings) == 1 and "nothing will be remembered" in store.warnings[0]
    Marks(store).toggle_star("bbc-1")  # still works, for this session
    assert store.states()["bbc-1"].starred


def test_a_read_only_directory_falls_back_too(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Root writes through any mode bits: the refusal a user gets is made here as SQLite reports it.
        connect = Store._connect

        def refuse(self, path):
            if path.startswith(str(folder)):
                raise sqlite3.OperationalError("unable to open database file")
            return connect(self, path)

        monkeypatch.setattr(Store, "_connect", refuse)
    try:
        store = Store(folder / "s.sqlite3")
        assert not store.persistent and "nothing will be remembered" in store.warnings[0]
        Marks(store).toggle_star("bbc-1")  # still works, for this session
        assert store.states()["bbc-1"].starred
    finally:
        folder.chmod(0o700)


def test_two_stores_on_one_file_both_keep_their_changes(tmp_path):
    path = tmp_path / "s.sqlite3"
    one, two = Marks(Store(path)), Marks(Store(path))
    one.toggle_star("bbc-1")
    two.set_note("guardian-2", "check the Élysée quote")
    two.set_read(["bbc-1", "guardian-2"])
    one.set_note("bbc-1", "first")
    states = Store(path).states()
    assert states["bbc-1"].starred and states["bbc-1"].read and states["bbc-1"].note == "first"
    assert states["guardian-2"].note == "check the Élysée quote" and states["guardian-2"].read
    one.reload()
    assert one.note("guardian-2") == "check the Élysée quote"


def test_marks_follow_a_post_across_reparse_file_order_and_a_newer_snapshot(tmp_path):
    path = tmp_path / "s.sqlite3"
    folder = tmp_path / "blog"
    folder.mkdir()
    shutil.copy(seed("004"), folder / "a.txt")
    store = Store(path)
    first = Follower(LoadRequest((folder,)), store=store).build()
    target = next(e for e in first.entries if e.title and e.title.startswith("Nato military chiefs"))
    Marks(store).toggle_star(target.id)
    shutil.copy(seed("003"), folder / "b.txt")  # a newer snapshot that revises the blog
    later = Follower(LoadRequest((folder / "b.txt", folder / "a.txt")), store=Store(path)).build()
    same = next(e for e in later.entries if e.title and e.title.startswith("Nato military chiefs"))
    assert same.id == target.id and Marks(Store(path)).is_starred(same.id)


def test_sessions_are_kept_per_set_of_inputs(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    store.save_session("a", {"post": "bbc-1", "sort": "title"})
    store.db.execute("INSERT OR REPLACE INTO session (inputs, data) VALUES ('b', 'not json')")
    again = Store(tmp_path / "s.sqlite3")
    assert again.session("a") == {"post": "bbc-1", "sort": "title"}
    assert again.session("b") == {} and again.session("c") == {}


def test_killing_a_writer_loses_nothing_it_acknowledged(tmp_path):
    path = tmp_path / "s.sqlite3"
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from tui.core.store.database import Store
        from tui.core.store.marks import Marks
        marks = Marks(Store({str(path)!r}))
        n = 0
        while True:
            marks.toggle_star(f"post-{{n}}")
            print(n, flush=True)  # acknowledged: the star is committed
            n += 1
        """
    )
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    acknowledged = -1
    deadline = time.time() + 20
    while acknowledged < 200 and time.time() < deadline:
        line = writer.stdout.readline()
        if line.strip():
            acknowledged = int(line)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    states = Store(path).states()
    assert acknowledged >= 200
    assert all(states[f"post-{n}"].starred for n in range(acknowledged + 1))


def test_export_starred_and_unread_and_the_digest(tmp_path, capsys):
    path = str(tmp_path / "s.sqlite3")
    assert main(["export", "--store", path, "-q"]) == 0
    posts = json.loads(capsys.readouterr().out)["posts"]
    first, second = posts[0], posts[1]
    marks = Marks(Store(path))
    marks.toggle_star(first["id"])
    marks.set_note(first["id"], "Lead for *tomorrow*")
    marks.set_read([first["id"], second["id"]])
    assert main(["export", "--store", path, "--starred", "-q"]) == 0
    assert [p["id"] for p in json.loads(capsys.readouterr().out)["posts"]] == [first["id"]]
    assert main(["export", "--store", path, "--unread", "-q"]) == 0
    unread = [p["id"] for p in json.loads(capsys.readouterr().out)["posts"]]
    assert first["id"] not in unread and second["id"] not in unread and len(unread) == len(posts) - 2
    assert main(["export", "--store", path, "--starred", "--format", "markdown", "-q"]) == 0
    digest = capsys.readouterr().out
    assert "# Starred posts" in digest and first["display_title"][:20] in digest
    assert "> **Your note:** Lead for \\*tomorrow\\*" in digest and first["id"] in digest


def _damaged_store(path):
    Store(path).close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"garbage" * ((len(data) - 100) // 7))  # our header and mark, damaged pages


def test_a_damaged_store_named_on_the_command_line_says_so_and_the_command_works(tmp_path, capsys):
    path = tmp_path / "s.sqlite3"
    _damaged_store(path)
    assert main(["list", "--store", str(path), "-q"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) > 70
    assert err.count("\n") == 1 and "moved aside" in err


def _snapshot(folder):
    return {p.name: (p.stat().st_size, p.read_bytes()) for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda p: p.write_text("Summary\n\n  • a dump given as --store by mistake\n"), "not an SQLite database"),
        (lambda p: p.write_bytes(b"garbage" * 500), "not an SQLite database"),
    ],
)
def test_store_on_a_file_that_is_not_ours_is_refused_and_never_moved(tmp_path, capsys, make, expected):
    path = tmp_path / "notes.txt"
    make(path)
    before = _snapshot(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        main(["list", "--store", str(path)])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err and "refusing to touch it" in err
    assert _snapshot(tmp_path) == before


def test_another_programs_database_is_refused_without_writing_a_byte(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE timelines (x)")
    db.execute("INSERT INTO timelines VALUES (1)")
    db.commit()
    db.close()
    before = _snapshot(tmp_path)
    with pytest.raises(SystemExit):
        main(["list", "--store", str(path)])
    assert "another program (tables: timelines)" in capsys.readouterr().err
    assert _snapshot(tmp_path) == before
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM timelines").fetchone()[0] == 1


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_before_sqlite_sees_it(capsys, path):
    with pytest.raises(SystemExit):
        main(["list", "--store", path])
    assert "not a regular file" in capsys.readouterr().err
    assert not os.path.exists(path + "-journal") and not os.path.exists(path + "-wal")


def test_an_empty_file_and_an_empty_database_become_stores_and_are_marked(tmp_path):
    import sqlite3

    from tui.core.store.ownership import APPLICATION_ID

    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    bare = tmp_path / "bare.sqlite3"
    sqlite3.connect(bare).execute("PRAGMA user_version = 0").close()
    for path in (empty, bare):
        store = Store(path)
        assert store.persistent and not store.warnings
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_the_store_keeps_only_recent_timelines_and_current_parses(tmp_path, monkeypatch):
    import tui.core.store.timelines as store_module

    store = Store(tmp_path / "s.sqlite3")
    for n in range(store_module.KEEP_TIMELINES + 5):
        store.save_timeline(f"inputs-{n}", [], [], [], [])
    assert store.db.execute("SELECT COUNT(*) FROM timelines").fetchone()[0] == store_module.KEEP_TIMELINES
    assert store.load_timeline(f"inputs-{store_module.KEEP_TIMELINES + 4}") is not None
    store.db.execute(
        "INSERT INTO parse_cache (digest, name, fmt, version, data) VALUES ('d', 'n', '', 'old-parser', x'00')"
    )
    fresh = Store(tmp_path / "s.sqlite3")
    fresh.save_feed("d2", "n2", None, build_timeline([seed("004")]).feeds[0])
    versions = {row[0] for row in fresh.db.execute("SELECT version FROM parse_cache")}
    assert "old-parser" not in versions and len(versions) == 1


@pytest.mark.parametrize("where", ["file", "memory"])
def test_one_store_used_from_two_threads_at_once(tmp_path, where):
    """The app writes the built timeline in a worker while the reader stars posts."""
    import threading

    store = Store(tmp_path / "s.sqlite3" if where == "file" else ":memory:")
    feeds = build_timeline([seed("004")]).feeds
    done = threading.Event()

    def writer() -> None:
        for n in range(30):
            store.save_timeline(f"inputs-{n % 3}", [], feeds, [], [])
        done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    marks = Marks(store)
    for n in range(60):
        marks.toggle_star(f"post-{n}")
    thread.join(30)
    assert done.is_set() and not store.warnings
    assert all(store.states()[f"post-{n}"].starred for n in range(60))
    assert store.load_timeline("inputs-2") is not None


def test_a_mark_the_store_cannot_keep_is_pending_not_claimed_and_kept_later(tmp_path):
    import time as clock

    from tui.core.store.marks import recovery_path

    path = tmp_path / "s.sqlite3"
    marks = Marks(Store(path))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    started = clock.monotonic()
    assert marks.toggle_star("bbc-1") is True
    assert clock.monotonic() - started < 3  # the reader does not stall for the lock's 10 s
    assert not marks.kept and ("bbc-1", "starred") in marks.pending and "locked" in marks.problem
    assert marks.is_starred("bbc-1")  # the reader shows it, and says it is not saved
    assert not marks.retry()
    holder.execute("ROLLBACK")
    assert marks.retry() and marks.kept and marks.problem == ""
    assert Store(path).states()["bbc-1"].starred
    # Still locked at quit: the marks go to a recovery file, applied and removed at the next open.
    holder.execute("BEGIN IMMEDIATE")
    marks.set_note("bbc-2", "check this")
    count, where = marks.close()
    holder.execute("ROLLBACK")
    holder.close()
    assert count == 1 and where == recovery_path(str(path)) and where.is_file()
    again = Marks(Store(path))
    assert again.kept and again.note("bbc-2") == "check this" and not where.exists()
    assert Store(path).states()["bbc-2"].note == "check this"


def test_a_full_disk_during_a_run_is_one_line_and_a_failing_status(tmp_path, capsys, monkeypatch):
    import tui.core.store.database as store_module

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module.Store, "_replace_timeline", full)
    status = main(["list", "--store", str(tmp_path / "s.sqlite3")])
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 87  # the timeline is still shown
    problems = [line for line in err.splitlines() if "could not save" in line]
    assert len(problems) == 1 and "database or disk is full" in problems[0] and status == 1


def test_marks_count_unread_and_starred_among_the_posts_asked_about(tmp_path):
    from tui.core.store.marks import Marks

    marks = Marks(Store(tmp_path / "s.sqlite3"))
    ids = ["a", "b", "c", "d"]
    assert marks.counts(ids) == (4, 0)
    marks.set_read(["a", "b", "elsewhere"], True)
    marks.toggle_star("c")
    marks.toggle_star("elsewhere")  # a post not among those asked about counts for nothing
    assert marks.counts(ids) == (2, 1)  # the same list asked again: marks made since still count
    assert marks.counts(["a", "c"]) == (1, 1)
