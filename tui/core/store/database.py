"""The store: one SQLite database that remembers the day and the reader.

It holds

* **parse results** per file, keyed by the file's content hash, the name
  it was loaded under and :func:`parser_version` (a hash of the parsing
  code itself): a reopen parses only files that changed;
* **built timelines** per set of inputs (every file's content hash, the
  ``--date`` and the topic rules): a reopen with nothing changed reads the
  timeline instead of rebuilding it — each post's id, times, title and
  topics at once, its body, revisions and topic evidence only when read
  (:mod:`tui.core.store.lazy`), and its search text in an FTS5 (trigram) index
  that answers a query without loading any post;
* **the reader's memory**: per post id, read/unread, starred and a note;
  per set of inputs, the reader's session (highlighted post, filters, sort,
  search, theme, replay position).

The schema is versioned (``PRAGMA user_version``) and migrates forward; a
cached value that fails to decode, or was written by another parser
version, is a miss and is rebuilt, never trusted.  The database runs in WAL
mode so two readers on one store both work; every change is committed
before the call returns.  A store that cannot be opened or is corrupt is
moved aside with a one-line warning, and a location that cannot be written
falls back to a session-only store (``:memory:``), also with a warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import Any, cast

from tui.core.build.day_groups import GroupBuild, PageFacts
from tui.core.model.marks import PostState
from tui.core.model.post import Block, Feed, LoadError, Origin, Post, Revision, TopicHit
from tui.core.model.text import printable
from tui.core.store import ownership
from tui.core.store.codec import decode, decode_columns, encode, encode_columns
from tui.core.store.lazy import Deferred, _Parts
from tui.core.views.timeline import chronological_key

#: Bump when the tables change; :meth:`Store._migrate` brings older stores forward.
SCHEMA_VERSION = 7
#: How many of the newest posts a stored timeline's preview holds (what the reader shows first).
PREVIEW_POSTS = 2000
#: Rows written or deleted per transaction when a timeline is stored (see :meth:`Store._replace_timeline`).
WRITE_CHUNK = 2000
#: Rows of a timeline whose writer has not finished in this many seconds (it was killed) are dropped.
ORPHAN_SECONDS = 3600
#: How many built timelines are kept (the most recent sets of inputs).
KEEP_TIMELINES = 8
#: How many day groups' results are kept (the most recently used; a year is ~365).
KEEP_GROUPS = 4000
#: How many parse results are kept (the newest; a year of both outlets is ~730 files).
KEEP_PARSES = 20_000
#: Seconds a mark waits for another writer before it is kept in memory and retried.
MARK_WAIT = 0.5
#: Environment variable naming the store (``--store`` wins).
STORE_ENV = "LIVEBLOG_STORE"
MEMORY = ":memory:"
#: A stored post's parts that are fetched only when read.
_PARTS = ("body", "origins", "revisions", "topic_evidence")
_PART_TYPES = {
    "body": list[Block],
    "origins": list[Origin],
    "revisions": list[Revision],
    "topic_evidence": list[TopicHit],
}


def _code_hash(package: str) -> str:
    """A hash of every Python file under ``package``: parse results depend on exactly this code."""
    digest = hashlib.blake2b(digest_size=8)
    root = resources.files(package)
    stack = [root]
    files = []
    while stack:
        here = stack.pop()
        for item in here.iterdir():
            if item.is_dir():
                stack.append(item)
            elif item.name.endswith(".py"):
                files.append(item)
    for item in sorted(files, key=lambda f: str(f)):
        digest.update(str(item.name).encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()


#: The floors whose code turns bytes into a feed: the layers contract lets parsing import nothing else.
PARSE_FLOORS = ("tui.core.model", "tui.core.infra", "tui.core.parse")
#: The floors whose code builds a timeline from feeds (views: the Timeline value and its orderings).
BUILD_FLOORS = (*PARSE_FLOORS, "tui.core.stages", "tui.core.views", "tui.core.build")


def _parser_version() -> str:
    # The codec is part of the key too: it writes what the parse cache keeps.
    parts = [_code_hash(floor) for floor in PARSE_FLOORS]
    parts.append(
        hashlib.blake2b(resources.files("tui.core.store").joinpath("codec.py").read_bytes(), digest_size=6).hexdigest()
    )
    return "-".join(parts)


@cache
def parser_version() -> str:
    """Changes whenever the code that turns bytes into a feed changes (worked out once, when first needed)."""
    return _parser_version()


@cache
def build_version() -> str:
    """Changes whenever any code that builds a timeline changes (worked out once, when first needed)."""
    return "-".join([_code_hash(floor) for floor in BUILD_FLOORS] + [_parser_version()])


def default_path() -> Path:
    """``$LIVEBLOG_STORE``, else ``liveblog.sqlite3`` in the data directory."""
    from tui.core.infra.locations import data_dir

    named = os.environ.get(STORE_ENV, "")
    return Path(named) if named else data_dir() / "liveblog.sqlite3"


class Store:
    """The SQLite store (see the module documentation).

    ``warnings`` holds one line per problem met while opening (a corrupt
    store moved aside, a read-only location); ``persistent`` is False for a
    session-only store.
    """

    def __init__(self, path: str | Path = MEMORY) -> None:
        self.warnings: list[str] = []
        #: How many of :attr:`warnings` :meth:`take_warnings` has handed out.
        self._warnings_taken = 0
        #: Whether a save failed since the store opened (a full disk, a lock held too long).
        self.save_failed = False
        #: Cache tables already pruned by this store (once per run: see :meth:`_prune_once`).
        self._pruned: set[str] = set()
        self.path = str(path)
        #: Each stored timeline's post ids by stored position, for turning search rowids into ids.
        self._position_ids: dict[str, list[str]] = {}
        #: One stored timeline's search texts by position, once :meth:`warm_search` read them.
        self._plain_texts: dict[str, list[str]] = {}
        #: A file store gives each thread its own connection (WAL lets them work side by side);
        #: a session-only store has one connection, used under this lock.
        self._lock = threading.RLock()
        self._local = threading.local()
        self._main_db: sqlite3.Connection | None = None
        self._marks_db: sqlite3.Connection | None = None
        self._marks_lock = threading.Lock()
        opened = self._open(self.path)
        self.persistent = self.path != MEMORY and opened is not None
        if opened is None:
            self._main_db = self._connect(MEMORY)
            self._migrate()
        else:
            self._main_db = opened
        self._local.db = self._main_db

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's connection to the store."""
        if not self.persistent:
            assert self._main_db is not None
            return self._main_db
        conn = getattr(self._local, "db", None)
        if conn is None:
            conn = self._connect(self.path)
            self._local.db = conn
        return conn

    def _guard(self) -> threading.RLock | contextlib.nullcontext[None]:
        return self._lock if not self.persistent else contextlib.nullcontext()

    # -- opening ----------------------------------------------------------

    def _connect(self, path: str) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA busy_timeout = 10000")
        if path != MEMORY:
            db.execute("PRAGMA journal_mode = WAL").fetchall()  # fetched: an unread row keeps a read snapshot open
            db.execute("PRAGMA synchronous = FULL")
        return db

    def _open(self, path: str) -> sqlite3.Connection | None:
        """The store's connection; None (with a warning) when the place cannot hold one.

        Raises :class:`~tui.core.store.ownership.StoreRefused` for a path that
        is not ours (see :mod:`tui.core.store.ownership`): nothing is written.
        """
        if path == MEMORY:
            return None
        where = Path(path)
        verdict = ownership.check(where)
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            db = self._connect(path)
            db.execute("PRAGMA quick_check").fetchone()
            self._main_db = db
            self._migrate()
            return db
        except sqlite3.DatabaseError as exc:
            if _is_corrupt(exc) and verdict == "ours" and where.exists():
                return self._set_aside(where, exc, locals().get("db"))
            self.warnings.append(
                f"{printable(path)}: cannot use the store ({printable(str(exc))}); nothing will be remembered this "
                "session"
            )
            return None
        except OSError as exc:
            self.warnings.append(
                f"{printable(path)}: cannot use the store ({printable(exc.strerror or str(exc))}); nothing will be "
                "remembered this session"
            )
            return None

    def _set_aside(
        self, where: Path, exc: sqlite3.DatabaseError, db: sqlite3.Connection | None
    ) -> sqlite3.Connection | None:
        """Move a damaged store of ours aside (with its side files) and start a new one in its place."""
        path = str(where)
        aside = where.with_name(f"{where.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            _close_quietly(db)
            os.replace(where, aside)
            for extra in ("-wal", "-shm"):
                side = Path(path + extra)
                if side.exists():
                    os.replace(side, Path(str(aside) + extra))
            self.warnings.append(
                f"{printable(path)}: the store was damaged ({printable(str(exc))}); moved aside to "
                f"{printable(aside.name)}, starting afresh"
            )
            fresh = self._connect(path)
            self._main_db = fresh
            self._migrate()
            return fresh
        except (OSError, sqlite3.Error) as again:
            self.warnings.append(
                f"{printable(path)}: damaged store could not be replaced ({printable(str(again))}); nothing will be "
                "remembered this session"
            )
            return None

    def _migrate(self) -> None:
        db = self._main_db
        assert db is not None
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(
                f"written by a newer liveblog (schema {version}, this one reads {SCHEMA_VERSION})"
            )
        with _transaction(db):
            if version < 1:
                db.execute(
                    "CREATE TABLE IF NOT EXISTS parse_cache (digest TEXT, name TEXT, fmt TEXT, version TEXT, data "
                    "BLOB, PRIMARY KEY (digest, name, fmt))"
                )
                db.execute(
                    "CREATE TABLE IF NOT EXISTS post_state (id TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0, "
                    "starred INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '', updated REAL)"
                )
                db.execute("CREATE TABLE IF NOT EXISTS session (inputs TEXT PRIMARY KEY, data TEXT, updated REAL)")
            if version < 2:
                db.execute(
                    "CREATE TABLE IF NOT EXISTS timelines (inputs TEXT PRIMARY KEY, version TEXT, data BLOB, updated "
                    "REAL)"
                )
            if version < 3:
                db.execute("DELETE FROM timelines")  # schema 2 kept whole posts in one blob; rebuilt on next open
                db.execute(
                    "CREATE TABLE IF NOT EXISTS timeline_parts (inputs TEXT, ord INTEGER, data BLOB, PRIMARY KEY "
                    "(inputs, ord)) WITHOUT ROWID"
                )
                db.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS timeline_search USING fts5(inputs UNINDEXED, id UNINDEXED, "
                    "text, tokenize = 'trigram')"
                )
            if version < 4:
                # The same folded texts in a plain table: a query of only one- or two-character
                # terms (which the trigram index cannot serve) scans it much faster than the index's own copy.
                db.execute("DELETE FROM timelines")
                db.execute("DELETE FROM timeline_parts")
                db.execute("DELETE FROM timeline_search")
                db.execute("CREATE TABLE IF NOT EXISTS timeline_texts (inputs TEXT, id TEXT, text TEXT)")
                db.execute("CREATE INDEX IF NOT EXISTS timeline_texts_inputs ON timeline_texts (inputs)")
            if version < 5:
                # The newest posts' heads on their own, so a reader shows them before decoding the rest.
                db.execute("ALTER TABLE timelines ADD COLUMN preview BLOB")
            if version < 6:
                # Search rows are keyed by rowid = slot << 32 | position, one slot per stored timeline,
                # so a query narrows to its timeline by rowid range: filtering on an UNINDEXED column
                # read every matching row's column (~115 ms of a 150 ms query at 100k posts).
                db.execute("DELETE FROM timelines")
                db.execute("DELETE FROM timeline_parts")
                db.execute("DROP TABLE IF EXISTS timeline_search")
                db.execute("DROP TABLE IF EXISTS timeline_texts")
                db.execute("CREATE TABLE search_slots (slot INTEGER PRIMARY KEY, inputs TEXT UNIQUE NOT NULL)")
                db.execute("CREATE VIRTUAL TABLE timeline_search USING fts5(id UNINDEXED, text, tokenize = 'trigram')")
                db.execute("CREATE TABLE timeline_texts (id TEXT, text TEXT)")
            if version < 7:
                # One day group's built result (see tui.core.build.day_groups): after a dump changes, the
                # stages re-run for its day group only.  A parse keeps its file's page facts beside
                # it (their own version: they depend on more code than the parse), so placing an
                # unchanged file in its day group reads them without decoding its posts.
                db.execute("CREATE TABLE day_groups (key TEXT PRIMARY KEY, version TEXT, data BLOB, used REAL)")
                db.execute("ALTER TABLE parse_cache ADD COLUMN facts BLOB")
                db.execute("ALTER TABLE parse_cache ADD COLUMN facts_version TEXT")
                # When a timeline's rows were last begun: they are written in short transactions,
                # and rows with no timeline that nobody has been writing for a while are dropped.
                db.execute("ALTER TABLE search_slots ADD COLUMN since REAL")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if db.execute("PRAGMA application_id").fetchone()[0] != ownership.APPLICATION_ID:
            db.execute(f"PRAGMA application_id = {ownership.APPLICATION_ID}")  # marked ours: see ownership

    def _could_not_save(self, exc: sqlite3.Error) -> None:
        self.save_failed = True
        message = f"{printable(self.path)}: could not save ({printable(str(exc))})"
        if message not in self.warnings:
            self.warnings.append(message)

    def take_warnings(self) -> list[str]:
        """The warnings not handed out yet (each is said once)."""
        fresh = self.warnings[self._warnings_taken :]
        self._warnings_taken = len(self.warnings)
        return fresh

    def close(self) -> None:
        """Close the database (changes are already committed)."""
        _close_quietly(self._marks_db)
        _close_quietly(self._main_db)

    # -- parse cache ---------------------------------------------------------

    def load_feed(self, digest: str, name: str, fmt: str | None) -> Feed | None:
        """The cached parse of a file with this content and name, or None (a miss)."""
        row = self._fetch(
            "SELECT version, data FROM parse_cache WHERE digest = ? AND name = ? AND fmt = ?", (digest, name, fmt or "")
        )
        if row is None or row[0] != parser_version():
            return None
        return cast(Feed, _unpack(Feed, row[1]))

    def load_facts(self, digest: str, name: str, fmt: str | None) -> PageFacts | None:
        """The page facts kept with a cached parse (by this code), or None: a miss, or a parse whose
        facts are missing or older than the code (the feed itself may still be cached)."""
        row = self._fetch(
            "SELECT version, facts_version, facts FROM parse_cache WHERE digest = ? AND name = ? AND fmt = ?",
            (digest, name, fmt or ""),
        )
        if row is None or row[0] != parser_version() or row[1] != build_version() or row[2] is None:
            return None
        return cast(PageFacts, _unpack(PageFacts, row[2]))

    def save_facts(self, digest: str, name: str, fmt: str | None, facts: PageFacts) -> None:
        """Keep page facts with a cached parse (nothing when the parse is not cached)."""
        self._write(
            "UPDATE parse_cache SET facts = ?, facts_version = ? WHERE digest = ? AND name = ? AND fmt = ?",
            (_pack(encode(facts)), build_version(), digest, name, fmt or ""),
        )

    def save_feed(self, digest: str, name: str, fmt: str | None, feed: Feed, facts: PageFacts | None = None) -> None:
        """Remember a file's parse, and its page facts (results of other parser code, and the oldest
        beyond :data:`KEEP_PARSES`, are dropped)."""
        data = _pack(encode(feed))
        packed = _pack(encode(facts)) if facts is not None else None
        self._write(
            "INSERT OR REPLACE INTO parse_cache (digest, name, fmt, version, data, facts, facts_version) VALUES (?, "
            "?, ?, ?, ?, ?, ?)",
            (digest, name, fmt or "", parser_version(), data, packed, build_version() if facts is not None else None),
        )
        self._prune_once("parse_cache", parser_version(), KEEP_PARSES, "rowid")

    # -- day groups ----------------------------------------------------------------

    def load_group(self, key: str) -> GroupBuild | None:
        """A day group's result built before under ``key`` by this code, or None (a miss)."""
        row = self._fetch("SELECT version, data FROM day_groups WHERE key = ?", (key,))
        if row is None or row[0] != build_version():
            return None
        return cast(GroupBuild, _unpack(GroupBuild, row[1]))

    def save_group(self, key: str, build: GroupBuild) -> None:
        """Keep a day group's result (results of other code, and the least recently kept beyond
        :data:`KEEP_GROUPS`, are dropped)."""
        data = _pack(encode(build))
        self._write(
            "INSERT OR REPLACE INTO day_groups (key, version, data, used) VALUES (?, ?, ?, ?)",
            (key, build_version(), data, time.time()),
        )
        self._prune_once("day_groups", build_version(), KEEP_GROUPS, "used")

    def _prune_once(self, table: str, version: str, keep: int, newest: str) -> None:
        """The first time this store writes to a cache table: drop its rows written by other code,
        and all but the ``keep`` newest (by column ``newest``)."""
        if table in self._pruned:
            return
        self._pruned.add(table)
        self._write(f"DELETE FROM {table} WHERE version != ?", (version,))
        self._write(
            f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} ORDER BY {newest} DESC LIMIT -1 OFFSET ?)",
            (keep,),
        )

    # -- built timelines ---------------------------------------------------------

    def load_timeline(self, inputs: str) -> tuple[list[Post], list[Feed], list[LoadError], list[str]] | None:
        """The timeline built for these inputs (entries, feeds, errors, warnings), or None.

        Each post's body, revisions and topic evidence are :class:`~tui.core.store.lazy.Deferred`
        lists, fetched from the store when first read.
        """
        row = self._fetch("SELECT version, data FROM timelines WHERE inputs = ?", (inputs,))
        if row is None or row[0] != build_version():
            return None
        try:
            data = json.loads(zlib.decompress(row[1]))
            entries = self._heads(inputs, data, range(int(data["count"])))
            self._position_ids[inputs] = [post.id for post in entries]
            return (entries, *self._extras(data))
        except (ValueError, TypeError, KeyError, zlib.error, json.JSONDecodeError):
            return None

    def load_preview(self, inputs: str) -> tuple[list[Post], int, list[Feed], list[LoadError], list[str]] | None:
        """The newest :data:`PREVIEW_POSTS` posts of the stored timeline (oldest first), how many
        posts it has in all, and its feeds, errors and warnings; None when there is no preview.

        The posts are those :meth:`load_timeline` gives (same ids, same values), read without
        decoding the rest of the timeline: what a reader shows while the rest is read.
        """
        row = self._fetch("SELECT version, preview FROM timelines WHERE inputs = ?", (inputs,))
        if row is None or row[0] != build_version() or row[1] is None:
            return None
        try:
            data = json.loads(zlib.decompress(row[1]))
            ords = data["ords"]
            if not isinstance(ords, list) or not all(type(n) is int and n >= 0 for n in ords):
                raise ValueError("bad preview positions")
            return (self._heads(inputs, data, ords), int(data["total"]), *self._extras(data))
        except (ValueError, TypeError, KeyError, zlib.error, json.JSONDecodeError):
            return None

    def _heads(self, inputs: str, data: dict[str, Any], ords: range | list[int]) -> list[Post]:
        """Posts from stored head columns; their parts (stored under ``ords``) stay in the store until read."""
        fetch = partial(self._post_parts, inputs)
        parts = [_Parts(fetch, n) for n in ords]
        sizes = data["sizes"]  # a part known to be empty is a plain list: nothing to fetch
        lazy: dict[str, Any] = {
            name: [Deferred(p, name) if size else [] for p, size in zip(parts, sizes[name], strict=True)]
            for name in _PARTS
        }
        lazy["_display"] = _as_texts(data["display"])
        return decode_columns(Post, data["heads"], lazy)

    @staticmethod
    def _extras(data: dict[str, Any]) -> tuple[list[Feed], list[LoadError], list[str]]:
        feeds = [
            replace(feed, post_count=count)
            for feed, count in zip(decode(list[Feed], data["feeds"]), data["counts"], strict=True)
        ]
        return feeds, decode(list[LoadError], data["errors"]), decode(list[str], data["warnings"])

    def _post_parts(self, inputs: str, ord_: int) -> dict[str, list[Any]]:
        """One stored post's body, revisions and topic evidence (empty when gone from the store)."""
        row = self._fetch("SELECT data FROM timeline_parts WHERE inputs = ? AND ord = ?", (inputs, ord_))
        if row is None:
            return {}
        data = json.loads(zlib.decompress(row[0]))
        return {name: decode(_PART_TYPES[name], data.get(name, [])) for name in _PARTS}

    def save_timeline(
        self,
        inputs: str,
        entries: list[Post],
        feeds: list[Feed],
        errors: list[LoadError],
        warnings: list[str],
        search_text: Callable[[Post], str] | None = None,
    ) -> None:
        """Remember a built timeline for these inputs (the :data:`KEEP_TIMELINES` most recent are kept).

        ``search_text`` gives each post's text for the search index (posts
        are not searchable in the store without it).
        """
        extras = {
            "feeds": encode([replace(feed, posts=[]) for feed in feeds]),
            "counts": [feed.post_count or len(feed.posts) for feed in feeds],
            "errors": encode(errors),
            "warnings": warnings,
        }
        blob = _pack({"count": len(entries), **_head_columns(entries), **extras})
        newest = sorted(
            range(len(entries)), key=lambda n: (entries[n].published is not None, chronological_key(entries[n]))
        )[-PREVIEW_POSTS:]
        preview = _pack(
            {"ords": newest, "total": len(entries), **_head_columns([entries[n] for n in newest]), **extras}
        )
        parts = [
            (
                inputs,
                ord_,
                zlib.compress(
                    json.dumps({name: encode(getattr(post, name)) for name in _PARTS}, ensure_ascii=False).encode(
                        "utf-8"
                    ),
                    1,
                ),
            )
            for ord_, post in enumerate(entries)
        ]
        texts = [(post.id, search_text(post)) for post in entries] if search_text else []
        self._position_ids[inputs] = [post.id for post in entries]
        self._plain_texts.pop(inputs, None)
        try:
            self._replace_timeline(inputs, blob, preview, parts, texts)
        except sqlite3.Error as exc:
            self._could_not_save(exc)

    def _replace_timeline(
        self,
        inputs: str,
        blob: bytes,
        preview: bytes,
        parts: list[tuple[str, int, bytes]],
        texts: list[tuple[str, str]],
    ) -> None:
        """Write a timeline's rows in short transactions (:data:`WRITE_CHUNK` rows each), its
        ``timelines`` row last: another writer (a mark, in this reader or another) gets in between
        instead of waiting for the whole timeline, and until the last step readers find no timeline
        (a writer killed half-way leaves rows that the next save of these inputs, or a later prune,
        drops)."""
        with self._guard():
            db = self.db
            with _transaction(db):
                db.execute("DELETE FROM timelines WHERE inputs = ?", (inputs,))
                db.execute("INSERT OR IGNORE INTO search_slots (inputs) VALUES (?)", (inputs,))
                db.execute("UPDATE search_slots SET since = ? WHERE inputs = ?", (time.time(), inputs))
                slot = db.execute("SELECT slot FROM search_slots WHERE inputs = ?", (inputs,)).fetchone()[0]
            _drop_rows(db, inputs, slot)
            base = slot << _SLOT_BITS
            rows = [(base + ord_, post_id, text) for ord_, (post_id, text) in enumerate(texts)]
            for start in range(0, max(len(parts), len(rows)), WRITE_CHUNK):
                with _transaction(db):
                    db.executemany(
                        "INSERT INTO timeline_parts (inputs, ord, data) VALUES (?, ?, ?)",
                        parts[start : start + WRITE_CHUNK],
                    )
                    db.executemany(
                        "INSERT INTO timeline_search (rowid, id, text) VALUES (?, ?, ?)",
                        rows[start : start + WRITE_CHUNK],
                    )
                    db.executemany(
                        "INSERT INTO timeline_texts (rowid, id, text) VALUES (?, ?, ?)",
                        rows[start : start + WRITE_CHUNK],
                    )
            with _transaction(db):
                db.execute(
                    "INSERT OR REPLACE INTO timelines (inputs, version, data, preview, updated) VALUES (?, ?, ?, ?, ?)",
                    (inputs, build_version(), blob, preview, time.time()),
                )
                old = [
                    r[0]
                    for r in db.execute(
                        "SELECT inputs FROM timelines ORDER BY updated DESC LIMIT -1 OFFSET ?", (KEEP_TIMELINES,)
                    )
                ]
                for gone in old:
                    db.execute("DELETE FROM timelines WHERE inputs = ?", (gone,))
                # Rows of timelines gone from the table: pruned just now, or left by a writer killed half-way.
                left = db.execute(
                    "SELECT inputs, slot FROM search_slots WHERE inputs NOT IN (SELECT inputs FROM timelines) AND "
                    "(inputs IN ({}) OR since IS NULL OR since < ?)".format(",".join("?" * len(old))),
                    (*old, time.time() - ORPHAN_SECONDS),
                ).fetchall()
            for gone, gone_slot in left:
                _drop_rows(db, gone, gone_slot)
                with _transaction(db):
                    db.execute(
                        "DELETE FROM search_slots WHERE inputs = ? AND inputs NOT IN (SELECT inputs FROM timelines)",
                        (gone,),
                    )

    def search(self, inputs: str, terms: list[str]) -> set[str] | None:
        """Ids of the stored posts whose search text holds every term (terms already folded);
        None when the store cannot say.

        Terms of three characters or more are phrase queries on the trigram
        index; shorter ones are a ``LIKE`` over the same stored text (a plain
        copy when every term is short).  Both are narrowed to this timeline
        by rowid range.  No post is loaded either way.  The index keeps full
        detail: SQLite 3.40 crashed on ``LIKE`` against a ``detail=none``
        trigram table here.
        """
        bounds = self._slot_bounds(inputs)
        if bounds is None:
            return None
        long_terms = [t for t in terms if len(t) >= 3]
        texts = self._plain_texts.get(inputs)
        ids = self._positions(inputs, bounds)
        if not long_terms and texts is not None and ids is not None and len(texts) == len(ids):
            # Only short terms, and the texts are in memory (see :meth:`warm_search`): a scan here
            # beats SQLite's LIKE over every stored text (~2x at 100k posts).
            kept: list[int] | range = range(len(ids))
            for term in terms:  # one pass per term, over what the previous terms kept
                kept = [n for n in kept if term in texts[n]]
            return {ids[n] for n in kept}
        clauses = ["rowid BETWEEN ? AND ?"]
        args: list[object] = [*bounds]
        if long_terms:
            clauses.append("timeline_search MATCH ?")
            args.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
        for term in terms:
            if len(term) < 3:
                clauses.append("text LIKE ? ESCAPE '\\'")
                args.append("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        table = "timeline_search" if long_terms else "timeline_texts"
        # Rowids, not ids: reading a column back from the index loads each matching row's whole text
        # (~70 ms of ~100 ms for 30k matches at 100k posts); a rowid is the post's stored position.
        sql = f"SELECT rowid - ? FROM {table} WHERE {' AND '.join(clauses)}"
        try:
            with self._guard():
                found = [row[0] for row in self.db.execute(sql, [bounds[0], *args])]
            return {ids[n] for n in found} if ids is not None else None
        except (sqlite3.Error, IndexError, TypeError):
            return None

    def warm_search(self, inputs: str) -> None:
        """Keep this timeline's search texts in memory, so that queries of only one- or
        two-character terms (which the trigram index cannot serve) are answered without a scan
        of the stored texts (~40 MB at 100k posts).  Meant for a worker: it reads them all."""
        bounds = self._slot_bounds(inputs)
        if bounds is None or inputs in self._plain_texts:
            return
        try:
            with self._guard():
                rows = self.db.execute(
                    "SELECT text FROM timeline_texts WHERE rowid BETWEEN ? AND ? ORDER BY rowid", bounds
                ).fetchall()
        except sqlite3.Error:
            return
        self._plain_texts = {inputs: [row[0] for row in rows]}  # one timeline's texts at a time

    def searchable(self, inputs: str) -> bool:
        """Whether the stored timeline for these inputs has its search text indexed."""
        bounds = self._slot_bounds(inputs)
        return (
            bounds is not None
            and self._fetch("SELECT 1 FROM timelines WHERE inputs = ?", (inputs,))
            is not None  # whole, not being written
            and self._fetch("SELECT 1 FROM timeline_texts WHERE rowid BETWEEN ? AND ? LIMIT 1", bounds) is not None
        )

    def _positions(self, inputs: str, bounds: tuple[int, int]) -> list[str] | None:
        """The stored timeline's post ids by stored position (remembered once read or written)."""
        ids = self._position_ids.get(inputs)
        if ids is None:
            try:
                with self._guard():
                    rows = self.db.execute(
                        "SELECT id FROM timeline_texts WHERE rowid BETWEEN ? AND ? ORDER BY rowid", bounds
                    ).fetchall()
            except sqlite3.Error:
                return None
            ids = self._position_ids[inputs] = [row[0] for row in rows]
        return ids

    def _slot_bounds(self, inputs: str) -> tuple[int, int] | None:
        row = self._fetch("SELECT slot FROM search_slots WHERE inputs = ?", (inputs,))
        return None if row is None else _slot_range(row[0])

    # -- the reader's memory ----------------------------------------------------

    def states(self) -> dict[str, PostState]:
        """Every post's remembered state, by post id."""
        try:
            with self._guard():
                rows = self.db.execute("SELECT id, read, starred, note FROM post_state").fetchall()
        except sqlite3.Error:
            return {}
        return {row[0]: PostState(bool(row[1]), bool(row[2]), row[3] or "") for row in rows}

    def write_marks(self, changes: dict[tuple[str, str], object]) -> str | None:
        """Keep these changes — ``(post id, column)``: value, the columns ``read``, ``starred`` and
        ``note`` — in one transaction; the reason when they could not be kept.

        Only the changed columns are written, so two readers on one store
        keep each other's marks.  A mark waits at most :data:`MARK_WAIT`
        seconds for another writer (the reader must not stall); what could
        not be kept is the caller's to keep and retry (see
        :class:`~tui.core.store.marks.Marks`).
        """
        now = time.time()
        try:
            with self._brief_write() as db:
                for (post_id, column), value in changes.items():
                    assert column in ("read", "starred", "note")
                    db.execute(
                        f"INSERT INTO post_state (id, {column}, updated) VALUES (?, ?, ?) "
                        f"ON CONFLICT(id) DO UPDATE SET {column} = excluded.{column}, updated = excluded.updated",
                        (post_id, value, now),
                    )
        except sqlite3.Error as exc:
            return printable(str(exc))
        return None

    @contextlib.contextmanager
    def _brief_write(self) -> Iterator[sqlite3.Connection]:
        """One short transaction for what the reader writes as it goes (marks, its session): on its own
        connection, waiting at most :data:`MARK_WAIT` seconds for another writer."""
        with self._guard(), self._marks_lock:
            db = self._marks_connection()
            with _transaction(db):
                yield db

    def _marks_connection(self) -> sqlite3.Connection:
        """The connection marks are written on: its own (no read of the reader's can leave it a stale
        snapshot), waiting at most :data:`MARK_WAIT` seconds for another writer."""
        if not self.persistent:
            assert self._main_db is not None
            return self._main_db
        if self._marks_db is None:
            self._marks_db = self._connect(self.path)
            self._marks_db.execute(f"PRAGMA busy_timeout = {int(MARK_WAIT * 1000)}")
        return self._marks_db

    def session(self, inputs: str) -> dict[str, Any]:
        """The reader's saved session for these inputs ({} when none)."""
        row = self._fetch("SELECT data FROM session WHERE inputs = ?", (inputs,))
        if row is None:
            return {}
        try:
            data = json.loads(row[0])
        except (TypeError, json.JSONDecodeError):
            return {}
        return data if isinstance(data, dict) else {}

    def save_session(self, inputs: str, data: dict[str, Any]) -> bool:
        """Remember the reader's session for these inputs; False when the store could not take it now.

        Written like a mark (on the marks' connection, waiting at most
        :data:`MARK_WAIT` seconds): the reader saves its session as it goes and
        must never stall behind another writer; the next save carries it.
        """
        try:
            with self._brief_write() as db:
                db.execute(
                    "INSERT OR REPLACE INTO session (inputs, data, updated) VALUES (?, ?, ?)",
                    (inputs, json.dumps(data), time.time()),
                )
        except sqlite3.Error:
            return False
        return True

    # -- plumbing ----------------------------------------------------------------

    def _fetch(self, sql: str, args: tuple[object, ...]) -> tuple[Any, ...] | None:
        try:
            with self._guard():
                row: tuple[Any, ...] | None = self.db.execute(sql, args).fetchone()
                return row
        except sqlite3.Error:
            return None

    def _write(self, sql: str, args: tuple[object, ...]) -> None:
        self._write_many(sql, [args])

    def _write_many(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        try:
            with self._guard():
                db = self.db
                with _transaction(db):
                    db.executemany(sql, rows)
        except sqlite3.Error as exc:
            self._could_not_save(exc)


class _transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error) on an autocommit connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, value: object, trace: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _head_columns(entries: list[Post]) -> dict[str, Any]:
    """What a stored timeline keeps of each post at once: head columns, part sizes, display titles."""
    return {
        "sizes": {name: [len(getattr(post, name)) for post in entries] for name in _PARTS},
        "display": [None if post.title and not post.title_generic else post.display_title for post in entries],
        "heads": encode_columns(Post, entries, frozenset(_PARTS)),
    }


def _pack(data: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 1)


def _unpack(kind: Any, blob: bytes) -> Any:
    """A value of type ``kind`` from a packed row (see :func:`_pack`); None when it does not decode (a miss)."""
    try:
        return decode(kind, json.loads(zlib.decompress(blob)))
    except (ValueError, TypeError, KeyError, zlib.error, json.JSONDecodeError):
        return None


def _as_texts(values: object) -> list[str | None]:
    """A stored list of optional texts, checked."""
    if not isinstance(values, list) or not all(v is None or type(v) is str for v in values):
        raise ValueError("not a list of texts")
    return values


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("malformed", "not a database", "corrupt", "file is encrypted"))


def _close_quietly(db: sqlite3.Connection | None) -> None:
    if db is not None:
        try:
            db.close()
        except sqlite3.Error:
            pass


def inputs_key(digests: list[tuple[str, str]], on_date: date | None, rules: str) -> str:
    """The key of a set of inputs: each file's (name, content hash), ``--date`` and the topic rules."""
    digest = hashlib.blake2b(digest_size=16)
    for name, content in sorted(digests):
        digest.update(f"{name}\0{content}\n".encode("utf-8", "surrogatepass"))
    digest.update(f"date={on_date}\nrules={rules}".encode())
    return digest.hexdigest()


def session_key(names: list[str]) -> str:
    """The key of the reader's session: which inputs were named (not their content, which grows)."""
    return hashlib.blake2b("\n".join(sorted(names)).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


#: Bits of a search row's rowid that hold its position in the timeline (the rest name the slot).
_SLOT_BITS = 32


def _slot_range(slot: int) -> tuple[int, int]:
    """The rowids a timeline's search rows may take."""
    return slot << _SLOT_BITS, ((slot + 1) << _SLOT_BITS) - 1


def _drop_rows(db: sqlite3.Connection, inputs: str, slot: int) -> None:
    """Delete one stored timeline's post rows and search rows, :data:`WRITE_CHUNK` positions per transaction."""
    low, high = _slot_range(slot)
    last = max(
        db.execute("SELECT MAX(ord) FROM timeline_parts WHERE inputs = ?", (inputs,)).fetchone()[0] or 0,
        (
            db.execute("SELECT MAX(rowid) FROM timeline_texts WHERE rowid BETWEEN ? AND ?", (low, high)).fetchone()[0]
            or low
        )
        - low,
    )
    for start in range(0, last + 1, WRITE_CHUNK):
        end = start + WRITE_CHUNK - 1
        with _transaction(db):
            db.execute("DELETE FROM timeline_parts WHERE inputs = ? AND ord BETWEEN ? AND ?", (inputs, start, end))
            db.execute("DELETE FROM timeline_search WHERE rowid BETWEEN ? AND ?", (low + start, low + end))
            db.execute("DELETE FROM timeline_texts WHERE rowid BETWEEN ? AND ?", (low + start, low + end))
