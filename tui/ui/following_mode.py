"""Following: watch the input files and poll live pages while the reader is open, and hand it updates.

A mixin of :class:`~tui.ui.app.LiveblogApp`: it uses the app's follower,
sources, settings and story.  The file watcher and the page poller run in
workers; one refresh runs at a time, and an update reaches the reader
through the event loop.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from tui.core.session.follow import Follower, Update
from tui.core.views.reader import new_in_topics
from tui.ui.attention import message, notification
from tui.ui.long_lived import keep_out_of_collections
from tui.ui.screens.main_screen import MainScreen

if TYPE_CHECKING:
    from textual.app import App

    from tui.core.infra.settings import Settings
    from tui.core.sources.poller import Sources
    from tui.core.sources.stories import Story
    from tui.core.views.timeline import Timeline

    _App = App[int]
else:
    _App = object


class _StopWhen:
    """Tells the watcher to stop: the app is closing (``watchfiles`` asks ``is_set()``)."""

    def __init__(self, app: FollowingMode, stop: threading.Event) -> None:
        self.app = app
        self.stop = stop

    def is_set(self) -> bool:
        return self.stop.is_set() or self.app.closing


class FollowingMode(_App):
    """Keeps the reader's timeline current (mixed into the app)."""

    # Provided by the app this is mixed into.
    follow: bool
    follower: Follower
    sources: Sources | None
    settings: Settings
    story: Story | None
    timeline: Timeline | None
    _stop_watching: threading.Event
    #: One refresh at a time: the file watcher and the page poller both ask for one.
    _refresh_lock: threading.Lock

    if TYPE_CHECKING:

        def _quitting(self, stop: threading.Event | None = None) -> bool: ...

    def start_following(self) -> None:
        """Watch the inputs and poll live pages (once the reader shows) unless ``--no-follow``."""
        if self.sources is not None:
            self.set_interval(1.0, self._show_sources)
            self._show_sources()
        if self.follow and self._watched_files():
            self._watch()
        if self.follow and self.sources is not None:
            self._poll_pages()

    def _watched_files(self) -> list[Path]:
        """The inputs the file watcher looks at: not the fetched pages' copies (the poller tells when those change)."""
        pages = set(self.sources.labels()) if self.sources is not None else set()
        return [p for p in self.follower.watched() if p not in pages]

    def _show_sources(self) -> None:
        if self.sources is None:
            return
        line = "Sources: " + " · ".join(self.sources.status())
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.show_sources(line)

    @work(thread=True, exclusive=True, group="poll", exit_on_error=False)
    def _poll_pages(self) -> None:
        """Poll the live pages among the inputs; a page that changed is rebuilt like a changed file."""
        assert self.sources is not None
        stop, follower = self._stop_watching, self.follower
        self.sources.run(stop, lambda _urls: self._deliver(self._refresh(follower), stop))

    def _refresh(self, follower: Follower) -> Update | None:
        with self._refresh_lock:
            return follower.refresh()

    @work(thread=True, exclusive=True, group="follow", exit_on_error=False)
    def _watch(self) -> None:
        """Rebuild when an input changes; hand each update to the reader.

        Uses ``watchfiles`` (native file-system events); without it, polls
        the files' size and time once a second.
        """
        paths = [str(p) for p in self._watched_files()]
        story_stop, follower = self._stop_watching, self.follower
        try:
            import watchfiles
        except ImportError:  # pragma: no cover - watchfiles is a dependency
            while not story_stop.wait(1.0):
                self._deliver(self._refresh(follower), story_stop)
            return
        self._deliver(self._refresh(follower), story_stop)  # anything that changed while loading
        stop = _StopWhen(self, story_stop)
        for _ in watchfiles.watch(
            *paths, stop_event=stop, debounce=150, step=50, rust_timeout=250, raise_interrupt=False
        ):
            if stop.is_set():
                break
            self._deliver(self._refresh(follower), story_stop)

    def _deliver(self, update: Update | None, stop: threading.Event) -> None:
        """Hand an update to the reader, unless its story was closed (or the app is closing)."""
        if update is not None and not stop.is_set():
            self.call_from_thread(self._apply_update, update)
            self.call_from_thread(self._store_refreshed)

    @work(thread=True, group="store", exit_on_error=False)
    def _store_refreshed(self) -> None:
        """Keep the refreshed timeline for the next open, behind the reader (on a year-sized load
        this takes seconds; the watcher goes on meanwhile, and a newer update is written after)."""
        self.follower.store_pending(self._quitting)

    def _apply_update(self, update: Update) -> None:
        self.timeline = update.timeline
        keep_out_of_collections(collect=True)
        main = self.screen if isinstance(self.screen, MainScreen) else self._reader_in_stack()
        if main is not None:
            main.apply_update(update)
            self._call_attention(main, update)

    def _reader_in_stack(self) -> MainScreen | None:
        return next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)

    def _call_attention(self, main: MainScreen, update: Update) -> None:
        """Ring the bell or send a notification (only if the settings ask) for new posts in the filtered topics."""
        if not (self.settings.bell or self.settings.notify):
            return
        hits = new_in_topics(update.new, update.timeline, main.filters.topics, main.reader.by_id)
        if not hits or self.is_headless or self._driver is None:
            return
        if self.settings.bell:
            self.bell()
        if self.settings.notify:
            title, body = message(self.story.name if self.story is not None else "liveblog", hits)
            self._driver.write(notification(title, body, os.environ))
