"""The reader's marks as the main screen uses them: read after a while, starred, noted, retried.

A post shown in the detail pane for :data:`READ_AFTER` seconds becomes read,
but only once the reader has pressed a key (the post the reader opened on
has not been read).  Marks the store could not keep are retried every few
seconds until it keeps them; every notice about a mark says whether it was
kept.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.timer import Timer
from textual.widget import Widget

from tui.core.model.post import Post
from tui.core.store.marks import Marks

#: Seconds a post stays open in the detail view before it counts as read.
READ_AFTER = 2.0
#: Seconds between retries of marks the store could not keep.
RETRY_EVERY = 3.0


class MarkKeeper:
    """Marks posts for one screen, with that screen's timers; ``changed`` redraws what shows marks,
    ``say`` puts a notice on the status line, ``showing`` is the post the detail pane shows."""

    def __init__(
        self,
        owner: Widget,
        marks: Marks,
        changed: Callable[[], None],
        say: Callable[[str], None],
        showing: Callable[[], Post | None],
    ) -> None:
        self.owner = owner
        self.marks = marks
        self._changed = changed
        self._say = say
        self._showing = showing
        #: Whether the reader has pressed a key here: only then does a post shown for a moment count as read.
        self.reading = False
        self._read_timer: Timer | None = None
        #: Retries marks the store could not keep (running only while some are pending).
        self._retry_timer: Timer | None = None

    def shown(self, post: Post | None) -> None:
        """``post`` is now open in the detail pane: it becomes read after :data:`READ_AFTER` seconds there."""
        self.cancel()
        if post is None or self.marks.is_read(post.id) or not self.reading:
            return
        post_id = post.id

        def done() -> None:
            current = self._showing()
            if current is not None and current.id == post_id:
                self.set_read([post_id], True)

        self._read_timer = self.owner.set_timer(READ_AFTER, done)

    def cancel(self) -> None:
        """No automatic mark for the post shown now (the reader decides, or it is no longer shown)."""
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def set_read(self, ids: list[str], read: bool) -> None:
        """Mark ``ids`` read (or unread)."""
        self.marks.set_read(ids, read)
        self.changed()

    def toggle_read(self, post: Post) -> None:
        """Read becomes unread and unread read, at once."""
        self.cancel()
        self.set_read([post.id], not self.marks.is_read(post.id))

    def toggle_star(self, post: Post, title: str) -> None:
        """Star or unstar ``post`` (``title``: how the notice names it)."""
        starred = self.marks.toggle_star(post.id)
        self.changed()
        self._say(self.kept(("Starred" if starred else "Unstarred") + f" “{title}”."))

    def set_note(self, post: Post, note: str, limit: int) -> None:
        """Keep ``note`` on ``post`` (at most ``limit`` characters; an empty note removes it)."""
        text = note.strip()
        kept = text[:limit]
        self.marks.set_note(post.id, kept)
        self.changed()
        if not kept:
            said = "Note removed."
        elif len(text) > limit:
            said = f"Note saved, cut to its first {limit:,} characters (it had {len(text):,})."
        else:
            said = "Note saved."
        self._say(self.kept(said))

    def kept(self, what: str) -> str:
        """``what`` as a notice: said as done only when the store kept it."""
        if self.marks.kept:
            return what
        return f"{what.rstrip('.')} — NOT saved yet ({self.marks.problem}); kept here and retried."

    def changed(self) -> None:
        """Marks changed: retry while the store has not kept them, and redraw."""
        self._watch_pending()
        self._changed()

    def _retry(self) -> None:
        self.marks.retry()
        self.changed()

    def _watch_pending(self) -> None:
        """Retry every few seconds while marks are pending; once none is, say so (whichever write kept them)."""
        if not self.marks.kept and self._retry_timer is None:
            self._retry_timer = self.owner.set_interval(RETRY_EVERY, self._retry)
        elif self.marks.kept and self._retry_timer is not None:
            self._retry_timer.stop()
            self._retry_timer = None
            self._say("Every mark is saved now.")

    def stop(self) -> None:
        """Stop every timer (the screen is going)."""
        self.cancel()
        if self._retry_timer is not None:
            self._retry_timer.stop()
            self._retry_timer = None
