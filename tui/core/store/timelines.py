"""Built timelines in the store: each post's head at once, its parts when read, and the search index."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

from tui.core.model.post import Block, Feed, LoadError, Origin, Post, Revision, TopicHit
from tui.core.store.base import StoreBase, _transaction
from tui.core.store.codec import UNPACK_ERRORS, decode, decode_columns, encode, encode_columns, pack, unpack
from tui.core.store.lazy import Deferred, _Parts
from tui.core.store.versions import build_version
from tui.core.views.timeline import chronological_key

#: How many of the newest posts a stored timeline's preview holds (what the reader shows first).
PREVIEW_POSTS = 2000
#: Rows written or deleted per transaction when a timeline is stored (see :meth:`Store._replace_timeline`).
WRITE_CHUNK = 2000
#: Rows of a timeline whose writer has not finished in this many seconds (it was killed) are dropped.
ORPHAN_SECONDS = 3600
#: How many built timelines are kept (the most recent sets of inputs).
KEEP_TIMELINES = 8
#: A stored post's parts that are fetched only when read.
_PARTS = ("body", "origins", "revisions", "topic_evidence")
_PART_TYPES = {
    "body": list[Block],
    "origins": list[Origin],
    "revisions": list[Revision],
    "topic_evidence": list[TopicHit],
}


class TimelineTables(StoreBase):
    """Built timelines per set of inputs, and their search index."""

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
            data = unpack(row[1])
            entries = self._heads(inputs, data, range(int(data["count"])))
            self._position_ids[inputs] = [post.id for post in entries]
            return (entries, *self._extras(data))
        except UNPACK_ERRORS:
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
            data = unpack(row[1])
            ords = data["ords"]
            if not isinstance(ords, list) or not all(type(n) is int and n >= 0 for n in ords):
                raise ValueError("bad preview positions")
            return (self._heads(inputs, data, ords), int(data["total"]), *self._extras(data))
        except UNPACK_ERRORS:
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
        data = unpack(row[0])
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
        blob = pack({"count": len(entries), **_head_columns(entries), **extras})
        newest = sorted(
            range(len(entries)), key=lambda n: (entries[n].published is not None, chronological_key(entries[n]))
        )[-PREVIEW_POSTS:]
        preview = pack({"ords": newest, "total": len(entries), **_head_columns([entries[n] for n in newest]), **extras})
        parts = [
            (
                inputs,
                ord_,
                pack({name: encode(getattr(post, name)) for name in _PARTS}),
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
            slot = _claim_slot(self.db, inputs)
            _drop_rows(self.db, inputs, slot)
            _write_rows(self.db, inputs, slot, parts, texts)
            with _transaction(self.db):
                self.db.execute(
                    "INSERT OR REPLACE INTO timelines (inputs, version, data, preview, updated) VALUES (?, ?, ?, ?, ?)",
                    (inputs, build_version(), blob, preview, time.time()),
                )
                left = _prune_timelines(self.db)
            for gone, gone_slot in left:
                _drop_rows(self.db, gone, gone_slot)
                with _transaction(self.db):
                    self.db.execute(
                        "DELETE FROM search_slots WHERE inputs = ? AND inputs NOT IN (SELECT inputs FROM timelines)",
                        (gone,),
                    )


def _claim_slot(db: sqlite3.Connection, inputs: str) -> int:
    """The search slot of ``inputs`` (a new one the first time), its timeline row taken away meanwhile."""
    with _transaction(db):
        db.execute("DELETE FROM timelines WHERE inputs = ?", (inputs,))
        db.execute("INSERT OR IGNORE INTO search_slots (inputs) VALUES (?)", (inputs,))
        db.execute("UPDATE search_slots SET since = ? WHERE inputs = ?", (time.time(), inputs))
        slot: int = db.execute("SELECT slot FROM search_slots WHERE inputs = ?", (inputs,)).fetchone()[0]
    return slot


def _write_rows(
    db: sqlite3.Connection, inputs: str, slot: int, parts: list[tuple[str, int, bytes]], texts: list[tuple[str, str]]
) -> None:
    """A timeline's parts and search rows, :data:`WRITE_CHUNK` rows per transaction."""
    base = slot << _SLOT_BITS
    rows = [(base + ord_, post_id, text) for ord_, (post_id, text) in enumerate(texts)]
    for start in range(0, max(len(parts), len(rows)), WRITE_CHUNK):
        with _transaction(db):
            chunk = rows[start : start + WRITE_CHUNK]
            db.executemany(
                "INSERT INTO timeline_parts (inputs, ord, data) VALUES (?, ?, ?)", parts[start : start + WRITE_CHUNK]
            )
            db.executemany("INSERT INTO timeline_search (rowid, id, text) VALUES (?, ?, ?)", chunk)
            db.executemany("INSERT INTO timeline_texts (rowid, id, text) VALUES (?, ?, ?)", chunk)


def _prune_timelines(db: sqlite3.Connection) -> list[tuple[str, int]]:
    """Forget all but the :data:`KEEP_TIMELINES` newest timelines (inside a transaction); the search rows
    to drop after it: of timelines pruned just now, or left by a writer killed half-way."""
    query = "SELECT inputs FROM timelines ORDER BY updated DESC LIMIT -1 OFFSET ?"
    old = [r[0] for r in db.execute(query, (KEEP_TIMELINES,))]
    for gone in old:
        db.execute("DELETE FROM timelines WHERE inputs = ?", (gone,))
    left: list[tuple[str, int]] = db.execute(
        "SELECT inputs, slot FROM search_slots WHERE inputs NOT IN (SELECT inputs FROM timelines) AND "
        "(inputs IN ({}) OR since IS NULL OR since < ?)".format(",".join("?" * len(old))),
        (*old, time.time() - ORPHAN_SECONDS),
    ).fetchall()
    return left


def _head_columns(entries: list[Post]) -> dict[str, Any]:
    """What a stored timeline keeps of each post at once: head columns, part sizes, display titles."""
    return {
        "sizes": {name: [len(getattr(post, name)) for post in entries] for name in _PARTS},
        "display": [None if post.title and not post.title_generic else post.display_title for post in entries],
        "heads": encode_columns(Post, entries, frozenset(_PARTS)),
    }


def _as_texts(values: object) -> list[str | None]:
    """A stored list of optional texts, checked."""
    if not isinstance(values, list) or not all(v is None or type(v) is str for v in values):
        raise ValueError("not a list of texts")
    return values


def inputs_key(digests: list[tuple[str, str]], on_date: date | None, rules: str) -> str:
    """The key of a set of inputs: each file's (name, content hash), ``--date`` and the topic rules."""
    digest = hashlib.blake2b(digest_size=16)
    for name, content in sorted(digests):
        digest.update(f"{name}\0{content}\n".encode("utf-8", "surrogatepass"))
    digest.update(f"date={on_date}\nrules={rules}".encode())
    return digest.hexdigest()


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
