"""The stories side of the app: the stories screen, opening and leaving a story, adding and discovering.

A mixin of :class:`~tui.ui.app.LiveblogApp`: it uses the app's store,
settings, loading and following, and keeps them per story (a story's own
stop event ends its workers when another story opens).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from textual import work

from tui.core.build.pipeline import LoadRequest
from tui.core.model.text import printable
from tui.core.session.follow import Follower
from tui.core.session.stories import record_visit, story_session_key
from tui.core.sources.stories import Story
from tui.ui.screens.loading_screen import LoadingScreen
from tui.ui.screens.main_screen import MainScreen
from tui.ui.screens.stories_screen import StoriesScreen

if TYPE_CHECKING:
    from textual.app import App

    from tui.core.infra.workers import Workers
    from tui.core.session.stories import StorySummary
    from tui.core.sources.discover import LiveBlog
    from tui.core.sources.poller import Sources

    _App = App[int]
else:
    _App = object


class StoriesMode(_App):
    """The app's stories: what the stories and discover screens ask of it (mixed into the app)."""

    # Provided by the app this is mixed into.
    store: Any
    settings: Any
    story: Story | None
    session_key: str
    timeline: Any
    sources: Sources | None
    _stop_watching: threading.Event
    _unsaved_before: int

    if TYPE_CHECKING:
        load_workers: Workers

        def _reader_in_stack(self) -> MainScreen | None: ...

        def _quitting(self, stop: threading.Event | None = None) -> bool: ...

        def load_timeline(self) -> None: ...

        def _loading_message(self, message: str) -> None: ...

    def _stories_screen(self) -> StoriesScreen:
        from tui.core.sources.stories import load_stories

        loaded = load_stories()
        current = self.story.name if self.story is not None and self._reader_in_stack() is not None else None
        return StoriesScreen(list(loaded.stories), current, list(loaded.problems))

    def _visible_stories(self) -> StoriesScreen | None:
        return next((s for s in reversed(self.screen_stack) if isinstance(s, StoriesScreen)), None)

    def action_stories(self) -> None:
        """The stories screen over the reader (Esc comes back to it; the story goes on following)."""
        if isinstance(self.screen, StoriesScreen):
            return
        reader = self._reader_in_stack()
        if reader is not None:
            reader.save_session()
            self._record_visit()
            reader.marks.retry()
        self.push_screen(self._stories_screen())
        self.refresh_stories(fetch=False)

    def _record_visit(self) -> None:
        """The open story was seen with the posts it has now ("new" on the stories screen counts from here)."""
        if self.story is not None and self.timeline is not None:
            record_visit(self.store, self.story.name, [p.id for p in self.timeline.entries])

    def on_stories_screen_open_story(self, message: StoriesScreen.OpenStory) -> None:
        self.open_story(message.story)

    def on_stories_screen_refresh(self, message: StoriesScreen.Refresh) -> None:
        self.refresh_stories(fetch=message.fetch and not self.settings.offline)

    def open_story(self, story: Story) -> None:
        """Open ``story`` as the reader's timeline (back to it when it is the one open)."""
        reader = self._reader_in_stack()
        if reader is not None and self.story is not None and story_session_key(story) == self.session_key:
            while not isinstance(self.screen, MainScreen) and len(self.screen_stack) > 2:
                self.pop_screen()
            return
        self._close_story()
        self.story, self.session_key = story, story_session_key(story)
        self.timeline, self._opened_reader, self.search_index = None, None, None
        self._stop_watching = threading.Event()
        while len(self.screen_stack) > 2:
            self.pop_screen()
        self.switch_screen(LoadingScreen(f"Opening {printable(story.name)}"))
        self._open_story_sources(story, self._stop_watching)

    def _close_story(self) -> None:
        """Leave the open story: its session and visit saved, its following and polling stopped."""
        reader = self._reader_in_stack()
        if reader is not None:
            reader.save_session()
            self._record_visit()
            self._unsaved_before += reader.marks.close()[0]
        self._stop_watching.set()
        if self.sources is not None:
            self.sources.close()
            self.sources = None

    @work(thread=True, exclusive=True, group="open_story", exit_on_error=True)
    def _open_story_sources(self, story: Story, stop: threading.Event) -> None:
        """Fetch the story's pages (or take their stored copies); then load it like any inputs."""
        from tui.request import open_story, story_request

        self.call_from_thread(self._loading_message, f"Fetching {printable(story.name)}'s pages")
        inputs = open_story(story, self.store.path, self.settings.offline, self.settings.poll)
        if stop.is_set() or self._quitting(stop):
            if inputs.sources is not None:
                inputs.sources.close()
            return
        request = story_request(story, inputs)
        self.call_from_thread(self._story_opened, request, inputs.sources, inputs.problems + inputs.stale, stop)

    def _story_opened(
        self, request: LoadRequest, sources: Sources | None, problems: list[str], stop: threading.Event
    ) -> None:
        if stop.is_set():
            if sources is not None:
                sources.close()
            return
        self.request, self.sources = request, sources
        self.follower = Follower(request, store=self.store, workers=self.load_workers)
        for problem in problems[:3]:
            self.notify(printable(problem), severity="warning", markup=False, timeout=10)
        self.load_timeline()

    @work(thread=True, exclusive=True, group="stories", exit_on_error=False)
    def refresh_stories(self, fetch: bool, stored_first: bool = False) -> None:
        """Work out every story's row for the stories screen: the stored copies first, then (``fetch``)
        what the network brings.  The open story's row comes from the timeline the reader has."""
        from tui.core.session.stories import summarise
        from tui.request import story_summary

        screen = self._visible_stories_from_thread()
        if screen is None:
            return
        passes = ([False, True] if stored_first else [True]) if fetch else [False]
        for online in passes:
            for n, story in enumerate(screen.stories):
                if self._quitting() or screen is not self._visible_stories_from_thread():
                    return
                if self.story is not None and story_session_key(story) == self.session_key and self.timeline:
                    summary: StorySummary = summarise(story, self.timeline, self.store)
                else:
                    verb = "Fetching" if online else "Reading"
                    self.call_from_thread(
                        screen.set_status, f"{verb} {printable(story.name)} ({n + 1} of {len(screen.stories)})…"
                    )
                    summary, _status, _problems = story_summary(story, self.store, not online, self.settings.poll)
                self.call_from_thread(screen.show_summary, summary)
        fetched = (
            " (pages fetched now)"
            if fetch
            else " (offline: stored copies)"
            if self.settings.offline
            else " (stored copies; r fetches)"
        )
        self.call_from_thread(screen.set_status, f"{len(screen.stories)} stories{fetched}" if screen.stories else "")

    def _visible_stories_from_thread(self) -> StoriesScreen | None:
        try:
            return self.call_from_thread(self._visible_stories)
        except RuntimeError:
            return None

    def add_to_story(self, address: str, name: str) -> None:
        """Add a source to a story (the add dialog's answer), in a worker: a URL is fetched once."""
        self.notify(f"Adding {printable(address)}…", markup=False, timeout=4)
        self._add_worker(address, name)

    @work(thread=True, group="add", exit_on_error=False)
    def _add_worker(self, address: str, name: str) -> None:
        from tui.core.infra.locations import pages_dir
        from tui.core.session.stories import add_to_story
        from tui.core.sources.stories import StoriesError

        try:
            done = add_to_story(
                [address], name or None, pages_dir(self.store.path), self.settings.offline, self.settings.poll
            )
        except StoriesError as error:
            self.call_from_thread(self.notify, printable(str(error)), severity="error", markup=False, timeout=10)
            return
        for line in done.refused + done.notes:
            self.call_from_thread(self.notify, line, severity="warning", markup=False, timeout=10)
        if done.added:
            said = f"Added to {'new ' if done.created else ''}story {done.name!r}"
            self.call_from_thread(self.notify, said, markup=False, timeout=5)
        elif done.already:
            self.call_from_thread(self.notify, f"Already in story {done.name!r}", markup=False, timeout=5)
        self.call_from_thread(self._stories_changed)

    def remove_story(self, story: Story) -> None:
        """Remove a whole story from the stories file (its pages and marks stay in the store)."""
        from tui.core.sources.stories import StoriesError, remove_story

        try:
            remove_story(story.name)
        except StoriesError as error:
            self.notify(printable(str(error)), severity="error", markup=False, timeout=10)
            return
        self.notify(f"Removed story {story.name!r}", markup=False, timeout=5)
        self._stories_changed()

    def _stories_changed(self) -> None:
        from tui.core.sources.stories import load_stories

        screen = self._visible_stories()
        if screen is None:
            return
        loaded = load_stories()
        screen.set_stories(list(loaded.stories), list(loaded.problems))
        self.refresh_stories(fetch=False)

    def show_discover(self) -> None:
        """The live blogs the outlets' feeds list now (read in a worker)."""
        from tui.ui.screens.discover_screen import DiscoverScreen

        if self.settings.offline:
            self.notify("Offline (sources.offline): discover reads the outlets' feeds", markup=False, timeout=6)
            return
        screen = DiscoverScreen()
        self.push_screen(screen)
        self._discover_worker(screen)

    @work(thread=True, exclusive=True, group="discover", exit_on_error=False)
    def _discover_worker(self, screen: object) -> None:
        from tui.core.sources.discover import discover
        from tui.core.sources.http import PoliteClient

        client = PoliteClient()
        try:
            blogs, problems = discover(list(self.settings.feeds), client)
        finally:
            client.close()
        if not self._quitting():
            self.call_from_thread(self._discovered, screen, blogs, problems)

    def _discovered(self, screen: object, blogs: list[LiveBlog], problems: list[str]) -> None:
        from tui.ui.screens.discover_screen import DiscoverScreen

        if isinstance(screen, DiscoverScreen) and screen.is_mounted:
            screen.show(blogs, problems)
