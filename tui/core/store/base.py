"""The store's database itself: opening a path only when it is ours (see :mod:`.ownership`), setting a
damaged store aside, migrating the schema forward, one connection per thread (WAL, so two readers
work side by side), and the plumbing every table group's methods use (short transactions, packed
rows, a save that fails said once)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from tui.core.model.text import printable
from tui.core.store import ownership
from tui.core.store.codec import UNPACK_ERRORS, decode, unpack

#: Environment variable naming the store (``--store`` wins).
STORE_ENV = "LIVEBLOG_STORE"
MEMORY = ":memory:"


def default_path() -> Path:
    """``$LIVEBLOG_STORE``, else ``liveblog.sqlite3`` in the data directory."""
    from tui.core.infra.locations import data_dir

    named = os.environ.get(STORE_ENV, "")
    return Path(named) if named else data_dir() / "liveblog.sqlite3"


#: The schema's steps: a database of version ``v`` runs every step numbered above ``v``, in order.
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, (
        "CREATE TABLE IF NOT EXISTS parse_cache (digest TEXT, name TEXT, fmt TEXT, version TEXT, data BLOB, "
        "PRIMARY KEY (digest, name, fmt))",
        "CREATE TABLE IF NOT EXISTS post_state (id TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0, "
        "starred INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '', updated REAL)",
        "CREATE TABLE IF NOT EXISTS session (inputs TEXT PRIMARY KEY, data TEXT, updated REAL)",
    )),
    (2, ("CREATE TABLE IF NOT EXISTS timelines (inputs TEXT PRIMARY KEY, version TEXT, data BLOB, updated REAL)",)),
    (3, (
        "DELETE FROM timelines",  # schema 2 kept whole posts in one blob; rebuilt on next open
        "CREATE TABLE IF NOT EXISTS timeline_parts (inputs TEXT, ord INTEGER, data BLOB, PRIMARY KEY (inputs, ord)) "
        "WITHOUT ROWID",
        "CREATE VIRTUAL TABLE IF NOT EXISTS timeline_search USING fts5(inputs UNINDEXED, id UNINDEXED, text, "
        "tokenize = 'trigram')",
    )),
    # The same folded texts in a plain table: a query of only one- or two-character terms (which the
    # trigram index cannot serve) scans it much faster than the index's own copy.
    (4, (
        "DELETE FROM timelines",
        "DELETE FROM timeline_parts",
        "DELETE FROM timeline_search",
        "CREATE TABLE IF NOT EXISTS timeline_texts (inputs TEXT, id TEXT, text TEXT)",
        "CREATE INDEX IF NOT EXISTS timeline_texts_inputs ON timeline_texts (inputs)",
    )),
    # The newest posts' heads on their own, so a reader shows them before decoding the rest.
    (5, ("ALTER TABLE timelines ADD COLUMN preview BLOB",)),
    # Search rows are keyed by rowid = slot << 32 | position, one slot per stored timeline, so a query
    # narrows to its timeline by rowid range: filtering on an UNINDEXED column read every matching
    # row's column (~115 ms of a 150 ms query at 100k posts).
    (6, (
        "DELETE FROM timelines",
        "DELETE FROM timeline_parts",
        "DROP TABLE IF EXISTS timeline_search",
        "DROP TABLE IF EXISTS timeline_texts",
        "CREATE TABLE search_slots (slot INTEGER PRIMARY KEY, inputs TEXT UNIQUE NOT NULL)",
        "CREATE VIRTUAL TABLE timeline_search USING fts5(id UNINDEXED, text, tokenize = 'trigram')",
        "CREATE TABLE timeline_texts (id TEXT, text TEXT)",
    )),
    # One day group's built result (see tui.core.build.day_groups): after a dump changes, the stages
    # re-run for its day group only.  A parse keeps its file's page facts beside it (their own version:
    # they depend on more code than the parse), so placing an unchanged file in its day group reads them
    # without decoding its posts.  ``since``: when a timeline's rows were last begun (they are written in
    # short transactions, and rows with no timeline that nobody has been writing for a while are dropped).
    (7, (
        "CREATE TABLE day_groups (key TEXT PRIMARY KEY, version TEXT, data BLOB, used REAL)",
        "ALTER TABLE parse_cache ADD COLUMN facts BLOB",
        "ALTER TABLE parse_cache ADD COLUMN facts_version TEXT",
        "ALTER TABLE search_slots ADD COLUMN since REAL",
    )),
)  # fmt: skip
#: The tables' version (the last step's): :meth:`Store._migrate` brings older stores forward.
SCHEMA_VERSION = MIGRATIONS[-1][0]


class StoreBase:
    """The SQLite store's connection, opening, migration and plumbing (the tables' own methods are in
    the modules that mix them in: see :class:`tui.core.store.database.Store`).

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

    def _connect(self, path: str, durable: bool = False) -> sqlite3.Connection:
        """A connection in WAL mode.  ``durable``: each commit is synced to disk (what the reader writes, marks
        and its session, survives a power cut); otherwise (caches and built timelines, which a rebuild makes
        again) commits are synced at checkpoints only: a power cut may lose the last ones, never the
        database's consistency."""
        db = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA busy_timeout = 10000")
        if path != MEMORY:
            db.execute("PRAGMA journal_mode = WAL").fetchall()  # fetched: an unread row keeps a read snapshot open
            db.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
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
            for step, statements in MIGRATIONS:
                if version < step:
                    for statement in statements:
                        db.execute(statement)
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


def _unpack(kind: Any, blob: bytes) -> Any:
    """A value of type ``kind`` from a packed row (see :func:`~tui.core.store.codec.pack`); None when it does
    not decode (a miss)."""
    try:
        return decode(kind, unpack(blob))
    except UNPACK_ERRORS:
        return None


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("malformed", "not a database", "corrupt", "file is encrypted"))


def _close_quietly(db: sqlite3.Connection | None) -> None:
    if db is not None:
        try:
            db.close()
        except sqlite3.Error:
            pass
