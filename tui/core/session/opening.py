"""The order in which a reader is given its timeline: the policy, apart from any screen.

1. **Build or read back** the timeline (for a large cold load, its newest day
   first: a *preview*), saying each step; the texts are folded for search.
2. **Show** it.
3. If it was a preview, **build the rest** behind the reader (saying each
   step) and **fill** the reader with the whole.
4. **Store** what was built, after the reader shows it (marks never wait).
5. Once stored, search the built timeline with **the store's index**
   (the reader's own folding scans every text per keystroke), and let that
   index prepare for short queries, last.

:func:`open_in_order` runs these steps in a worker thread and tells the
reader through :class:`OpenSteps`; when ``stopped`` says so (the app is
closing, or another story was opened) it stops at the next step, so no
process waits on a load nobody will read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from tui.core.session.follow import Follower
from tui.core.views.filtering import SearchBackend, SearchIndex, warm, warm_backend
from tui.core.views.timeline import Timeline


class Abandoned(Exception):
    """The reader went away while its timeline was being loaded: the load stops."""


class OpenSteps(Protocol):
    """What the reader is told, step by step (each called from the loading thread)."""

    def progress(self, message: str) -> None:
        """A step of the first build or read-back."""

    def show(self, timeline: Timeline, index: SearchIndex) -> None:
        """The timeline to show (a preview when the rest is still coming), its texts folded."""

    def behind(self, message: str) -> None:
        """A step of building the rest behind a shown preview."""

    def fill(self, whole: Timeline) -> None:
        """The whole timeline, after a preview."""

    def indexed(self, built: Timeline, stored: SearchBackend) -> None:
        """The store now answers searches of ``built``."""


def open_in_order(
    follower: Follower,
    steps: OpenSteps,
    stopped: Callable[[], bool],
    close_workers: Callable[[], None],
) -> None:
    """Give the reader its timeline in the order above (see the module documentation)."""

    def checked(say: Callable[[str], None]) -> Callable[[str], None]:
        def step(message: str) -> None:
            if stopped():
                raise Abandoned()
            say(message)

        return step

    try:
        timeline = follower.build(checked(steps.progress), defer=True, preview=True)
        checked(steps.progress)("Preparing search")
    except Abandoned:
        close_workers()
        return
    index = SearchIndex(backend=timeline.search)
    warm(timeline.entries, index, pause=0)  # before the reader shows (a stored timeline's search needs none)
    if not stopped():
        steps.show(timeline, index)
    if follower.partial and not stopped() and not _rest(follower, steps, stopped, close_workers):
        return
    close_workers()
    follower.store_pending(stopped)  # kept for next time, after the reader shows
    stored = follower.stored_search()
    if stored is not None and not stopped():
        steps.indexed(timeline, stored)
    if not stopped():
        warm_backend(stored or timeline.search)  # the store's texts for short queries, last


def _rest(follower: Follower, steps: OpenSteps, stopped: Callable[[], bool], close_workers: Callable[[], None]) -> bool:
    """Build the rest behind a shown preview and fill the reader; False when the load was abandoned."""
    shows = follower.opened.shows if follower.opened is not None else ""

    def behind(message: str) -> None:
        step = message[:1].lower() + message[1:]
        steps.behind(f"{shows}; {step}" if shows else step)

    def checked(message: str) -> None:
        if stopped():
            raise Abandoned()
        behind(message)

    try:
        whole = follower.complete(checked)
    except Abandoned:
        return False
    finally:
        close_workers()  # until a large rebuild needs them again
    if not stopped():
        steps.fill(whole)
    return True
