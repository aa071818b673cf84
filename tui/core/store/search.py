"""The store's search index of built timelines: an FTS5 trigram index answers a query by post id
without loading any post."""

from __future__ import annotations

import sqlite3
from typing import Literal

from tui.core.store.timelines import TimelineTables, _slot_range


class SearchTables(TimelineTables):
    """Searching a stored timeline's posts (the texts are written with the timeline)."""

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
        texts = self._slot_column("text", bounds)
        if texts is not None:
            self._plain_texts = {inputs: texts}  # one timeline's texts at a time

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
            ids = self._slot_column("id", bounds)
            if ids is not None:
                self._position_ids[inputs] = ids
        return ids

    def _slot_column(self, column: Literal["id", "text"], bounds: tuple[int, int]) -> list[str] | None:
        """One column of a timeline's search rows, in stored order; None when the database fails."""
        try:
            with self._guard():
                rows = self.db.execute(
                    f"SELECT {column} FROM timeline_texts WHERE rowid BETWEEN ? AND ? ORDER BY rowid", bounds
                ).fetchall()
        except sqlite3.Error:
            return None
        return [row[0] for row in rows]

    def _slot_bounds(self, inputs: str) -> tuple[int, int] | None:
        row = self._fetch("SELECT slot FROM search_slots WHERE inputs = ?", (inputs,))
        return None if row is None else _slot_range(row[0])
