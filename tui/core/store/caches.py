"""The store's caches: each file's parse and page facts, each day group's build."""

from __future__ import annotations

import time
from typing import cast

from tui.core.build.day_groups import GroupBuild, PageFacts
from tui.core.model.post import Feed
from tui.core.store.base import StoreBase, _unpack
from tui.core.store.codec import encode, pack
from tui.core.store.versions import build_version, parser_version

#: How many day groups' results are kept (the most recently used; a year is ~365).
KEEP_GROUPS = 4000
#: How many parse results are kept (the newest; a year of both outlets is ~730 files).
KEEP_PARSES = 20_000


class CacheTables(StoreBase):
    """Parse results per file and day-group builds, each kept under the version of the code that made it."""

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
            (pack(encode(facts)), build_version(), digest, name, fmt or ""),
        )

    def save_feed(self, digest: str, name: str, fmt: str | None, feed: Feed, facts: PageFacts | None = None) -> None:
        """Remember a file's parse, and its page facts (results of other parser code, and the oldest
        beyond :data:`KEEP_PARSES`, are dropped)."""
        data = pack(encode(feed))
        packed = pack(encode(facts)) if facts is not None else None
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
        data = pack(encode(build))
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
