"""Whether a path may be used as liveblog's store: looked at before SQLite ever opens it.

liveblog writes only to its own store.  A path is ours when it does not
exist yet, is an empty file named like a database (``.sqlite3``, ``.sqlite``,
``.db``) or an empty SQLite database, or is an SQLite
database marked with our ``PRAGMA application_id`` (or, from before the
mark, one holding exactly the tables liveblog makes).  Anything else — a
dump given as ``--store`` by mistake, another program's database, a device,
a FIFO, a directory — is refused with one line, without writing a byte.
Only a file that is recognisably ours may be set aside when damaged.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import Literal

#: ``PRAGMA application_id`` of every store liveblog makes ("LBLG").
APPLICATION_ID = 0x4C424C47
#: The first bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables every liveblog store has had since schema 1 (stores from before the mark are known by them).
OUR_TABLES = frozenset({"parse_cache", "post_state", "session"})

#: Endings that make an empty file an empty database.
DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")

Verdict = Literal["new", "empty", "ours"]


class StoreRefused(ValueError):
    """The path is not liveblog's store; the message says what it is (one line, printable)."""


def check(path: Path) -> Verdict:
    """``new`` (nothing there), ``empty`` or ``ours``; raises :class:`StoreRefused` for anything else."""
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "new"
    except OSError as exc:
        raise StoreRefused(f"cannot look at it ({exc.strerror or exc})") from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file (a device, FIFO or socket)"
        raise StoreRefused(f"{kind}; the store must be a file liveblog made")
    if info.st_size == 0:
        # An empty file is an empty database only when it is named like one (``mktemp x.sqlite3``);
        # an empty notes.txt given by mistake stays an empty notes.txt.
        if path.suffix.lower() in DATABASE_SUFFIXES:
            return "empty"
        raise StoreRefused(
            f"an empty file not named like a database ({', '.join(DATABASE_SUFFIXES)}); refusing to touch it"
        )
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreRefused(f"cannot read it ({exc.strerror or exc})") from None
    if not header.startswith(SQLITE_HEADER):
        raise StoreRefused(
            "not a liveblog store (not an SQLite database: a dump or another file?); refusing to touch it"
        )
    application_id = int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0
    if application_id == APPLICATION_ID:
        return "ours"
    if application_id != 0:
        raise StoreRefused(
            f"an SQLite database of another program (application id {application_id:#x}); refusing to touch it"
        )
    return _unmarked(path)


def _unmarked(path: Path) -> Verdict:
    """An SQLite database without our mark: empty, one of ours from before the mark, or another program's."""
    try:
        db = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True
        )  # reads only: no lock, no side files
        try:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        finally:
            db.close()
    except sqlite3.DatabaseError:
        # A header of ours is not there to tell; a damaged database of unknown origin is not ours to move.
        raise StoreRefused(
            "an SQLite database that cannot be read and is not marked as liveblog's; refusing to touch it"
        ) from None
    if not tables:
        return "empty"
    if OUR_TABLES <= tables:
        return "ours"
    shown = ", ".join(sorted(tables)[:4]) + (", …" if len(tables) > 4 else "")
    raise StoreRefused(f"an SQLite database of another program (tables: {shown}); refusing to touch it")
