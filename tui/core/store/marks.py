"""The reader's marks (read, starred, notes): in memory, written through to the store, never claimed when not kept.

A mark the store could not keep (the disk is full, another program holds
the write lock) stays *pending*: in memory, shown as such, and retried.
Quitting with marks still pending writes them to a recovery file next to the
store (:func:`recovery_path`), which the next open applies and removes.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.infra.safe_io import atomic_write
from tui.core.model.marks import PostState

if TYPE_CHECKING:
    from tui.core.store.database import Store

#: What the recovery file's first key says.
RECOVERY_MAGIC = "liveblog-pending-marks"


def recovery_path(store_path: str) -> Path | None:
    """Where marks that could not be kept are written at quit (None for a store in memory)."""
    return None if not store_path or store_path == ":memory:" else Path(store_path + ".pending-marks.json")


class Marks:
    """The reader's marks in memory, written through to the store as they change.

    Satisfies :class:`tui.core.views.filtering.Marks`.  A change is committed
    to the store before the method returns — or, when the store cannot take
    it, kept in :attr:`pending` (with the reason in :attr:`problem`) and
    retried by :meth:`retry`; the caller says so instead of "saved".
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.states: dict[str, PostState] = store.states()
        #: Changes not kept by the store yet: ``(post id, column)``: value.
        self.pending: dict[tuple[str, str], object] = {}
        #: Why the last write failed ("" when everything is kept).
        self.problem = ""
        #: The ids :meth:`counts` was last asked about, and the same as a set.
        self._present: tuple[list[str], set[str]] | None = None
        self._recover()

    def get(self, post_id: str) -> PostState:
        """The post's state (the default: unread, not starred, no note)."""
        return self.states.get(post_id, PostState())

    def is_read(self, post_id: str) -> bool:
        return self.get(post_id).read

    def is_starred(self, post_id: str) -> bool:
        return self.get(post_id).starred

    def note(self, post_id: str) -> str:
        return self.get(post_id).note

    @property
    def kept(self) -> bool:
        """Whether every mark is in the store."""
        return not self.pending

    def _change(self, ids: list[str], column: str, value: bool | str) -> None:
        for post_id in ids:
            self.states[post_id] = _with(self.get(post_id), column, value)
            self.pending[(post_id, column)] = int(value) if isinstance(value, bool) else value
        self.retry()

    @property
    def pending_posts(self) -> int:
        """How many posts have a mark not kept yet."""
        return len({post_id for post_id, _ in self.pending})

    def unsaved(self) -> str:
        """What the status line says while marks are not in the store ("" when every one is)."""
        if self.kept:
            return ""
        count = self.pending_posts
        return f"{count} mark{'s' if count != 1 else ''} NOT saved yet ({self.problem}); retrying every 3 s"

    def retry(self) -> bool:
        """Write every pending mark; True when nothing is pending any more."""
        if not self.pending:
            return True
        problem = self.store.write_marks(dict(self.pending))
        if problem is None:
            self.pending.clear()
            self.problem = ""
            return True
        self.problem = problem
        return False

    def set_read(self, ids: list[str], read: bool = True) -> None:
        """Mark posts read (or unread)."""
        changed = [i for i in ids if self.get(i).read != read]
        if changed:
            self._change(changed, "read", read)

    def toggle_star(self, post_id: str) -> bool:
        """Star or unstar; returns the new state."""
        starred = not self.get(post_id).starred
        self._change([post_id], "starred", starred)
        return starred

    def set_note(self, post_id: str, note: str) -> None:
        """Set (or, with an empty text, remove) a post's note."""
        self._change([post_id], "note", note.strip())

    def reload(self) -> None:
        """Read the marks again (another instance may have changed them); pending ones stay on top."""
        self.states = self.store.states()
        for (post_id, column), value in self.pending.items():
            self.states[post_id] = _with(self.get(post_id), column, value)

    def counts(self, ids: list[str]) -> tuple[int, int]:
        """(unread, starred) among these posts (the same list asked again is not read again: its ids are
        kept as a set, and only the marked posts are looked up in it)."""
        if self._present is None or self._present[0] is not ids:
            self._present = (ids, set(ids))
        present = self._present[1]
        read = sum(1 for i, state in self.states.items() if state.read and i in present)
        starred = sum(1 for i, state in self.states.items() if state.starred and i in present)
        return len(present) - read, starred

    # --- at quit, and at the next open ---------------------------------------------------------

    def close(self) -> tuple[int, Path | None]:
        """Try once more; marks still pending go to the recovery file: (how many, where), or (0, None)."""
        if self.retry():
            return 0, None
        where = recovery_path(self.store.path)
        if where is None:
            return self.pending_posts, None
        changes = {**_read_recovery(where), **self.pending}
        data = {RECOVERY_MAGIC: 1, "marks": [[post_id, column, value] for (post_id, column), value in changes.items()]}
        try:
            atomic_write(where, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except OSError:
            return self.pending_posts, None
        return self.pending_posts, where

    def _recover(self) -> None:
        """Apply a recovery file left by a reader that could not keep its marks, then remove it."""
        where = recovery_path(self.store.path)
        if where is None or not where.is_file():
            return
        recovered = _read_recovery(where)
        if not recovered:
            return
        self.pending.update(recovered)
        self.reload()
        if self.retry():
            where.unlink(missing_ok=True)


def _read_recovery(where: Path) -> dict[tuple[str, str], object]:
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get(RECOVERY_MAGIC) != 1 or not isinstance(data.get("marks"), list):
        return {}
    found: dict[tuple[str, str], object] = {}
    for item in data["marks"]:
        if isinstance(item, list) and len(item) == 3 and item[1] in ("read", "starred", "note"):
            value = str(item[2]) if item[1] == "note" else int(bool(item[2]))
            found[(str(item[0]), item[1])] = value
    return found


def _with(state: PostState, column: str, value: object) -> PostState:
    """``state`` with one column changed (a stored 0/1 is a flag; a note is text)."""
    if column == "read":
        return replace(state, read=bool(value))
    if column == "starred":
        return replace(state, starred=bool(value))
    return replace(state, note=str(value))
