"""The reader's memory in the store: each post's marks, each set of inputs' session."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from typing import Any

from tui.core.model.marks import PostState
from tui.core.model.text import printable
from tui.core.store.base import StoreBase, _transaction

#: Seconds a mark waits for another writer before it is kept in memory and retried.
MARK_WAIT = 0.5


class ReaderMemory(StoreBase):
    """Marks per post id (read, starred, note) and the reader's session per set of inputs."""

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
            self._marks_db = self._connect(self.path, durable=True)
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


def session_key(names: list[str]) -> str:
    """The key of the reader's session: which inputs were named (not their content, which grows)."""
    return hashlib.blake2b("\n".join(sorted(names)).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
