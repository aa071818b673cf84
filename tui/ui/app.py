"""The Textual app and the factory shared by the CLI and the tests."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import RenderableType
from rich.text import Text
from textual import work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.filter import LineFilter
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.core.build.pipeline import LoadRequest
from tui.core.infra.settings import Settings
from tui.core.infra.workers import Workers
from tui.core.model.text import printable
from tui.core.session.follow import Follower
from tui.core.session.opening import open_in_order
from tui.core.session.stories import story_session_key
from tui.core.sources.stories import Story
from tui.core.store.base import MEMORY
from tui.core.store.database import Store
from tui.core.store.marks import Marks
from tui.core.store.memory import session_key
from tui.core.views.filtering import SearchBackend, SearchIndex
from tui.core.views.timeline import Timeline
from tui.request import load_request
from tui.ui.crash import write_crash_log
from tui.ui.following_mode import FollowingMode
from tui.ui.key_holding import KeyHoldingApp
from tui.ui.long_lived import back_to_collections, keep_out_of_collections
from tui.ui.screens.loading_screen import LoadingScreen
from tui.ui.signals import SignalWatch
from tui.ui.stories_mode import StoriesMode

if TYPE_CHECKING:
    from tui.core.sources.poller import Sources
from tui.resources import stylesheet
from tui.ui.screens.help_screen import HelpScreen
from tui.ui.screens.main_screen import MainScreen
from tui.ui.screens.stories_screen import StoriesScreen


class _ReaderSteps:
    """The loading steps told to the app's screens (from the loading thread: each is handed over)."""

    def __init__(self, app: LiveblogApp) -> None:
        self.app = app

    def progress(self, message: str) -> None:
        self.app.call_from_thread(self.app._loading_message, message)

    def show(self, timeline: Timeline, index: SearchIndex) -> None:
        self.app.call_from_thread(self.app.show_timeline, timeline, index)

    def behind(self, message: str) -> None:
        self.app.call_from_thread(self.app._loading_behind, message)

    def fill(self, whole: Timeline) -> None:
        self.app.call_from_thread(self.app._fill, whole)

    def indexed(self, built: Timeline, stored: SearchBackend) -> None:
        self.app.call_from_thread(self.app._search_in_store, built, stored)


#: ``T`` switches each bundled theme to its light or dark other half (any other theme: the dark default).
THEME_PAIRS = {
    "textual-dark": "textual-light",
    "textual-light": "textual-dark",
    "ansi-dark": "ansi-light",
    "ansi-light": "ansi-dark",
}


class LiveblogApp(StoriesMode, FollowingMode, KeyHoldingApp):
    """Reads live-blog dumps and shows their merged timeline."""

    TITLE = "liveblog"
    CSS_PATH = str(stylesheet())
    BINDINGS = [
        # Priority: handled as they arrive, before keys typed after them.
        Binding("q", "quit", "Quit", id="quit", priority=True),
        Binding("question_mark", "help", "Help", id="help", priority=True),
        Binding("T", "toggle_theme", "Light/dark", show=False, id="toggle_theme"),
        Binding("H", "stories", "Stories", tooltip="Stories: every story you follow (Esc comes back)", id="stories"),
        # Raw mode turns Ctrl-Z into a key: suspend like any terminal program (fg resumes and redraws).
        Binding("ctrl+z", "suspend_process", "Suspend (fg resumes)", show=False, id="suspend", priority=True),
    ]

    # What the CLI reads once the app has closed.
    #: Where the traceback of an unexpected error was written (None: no crash), and its one line.
    crash_log: Path | None = None
    crash_summary = ""
    #: The problems of a load where nothing could be read (the app then closes itself).
    load_failures: Sequence[str] = ()
    #: Marks the store could not keep by the time the reader closed: (how many, the recovery file).
    unsaved_marks: tuple[int, Path | None] = (0, None)
    #: Marks not saved by readers already closed (another story was opened).
    _unsaved_before = 0
    #: A prepared search index for a given timeline (else the reader builds one).
    search_index: SearchIndex | None = None
    #: The reader opened on a loaded timeline (the whole timeline goes to it after a preview).
    _opened_reader: MainScreen | None = None

    def __init__(
        self,
        request: LoadRequest,
        zone: tzinfo | None = None,
        timeline: Timeline | None = None,
        follow: bool = True,
        store: Store | None = None,
        fresh: bool = False,
        sources: Sources | None = None,
        story: Story | None = None,
        home: bool = False,
        settings: Settings | None = None,
    ) -> None:
        """``request`` says what to load (unless ``timeline`` is already built); ``zone`` is ``--tz``;
        ``follow`` watches the inputs and merges what changes while the reader is open; ``store``
        is the archive (default: a session-only one); ``fresh`` ignores the saved session;
        ``sources`` are the URLs among the inputs, polled while their pages are live; ``story``
        is the story those inputs are (marks, session and visits are kept per story); ``home``
        opens on the stories screen instead of loading anything."""
        # With NO_COLOR, Textual's own colour filter only turns colours grey (256-colour greys are still
        # sent); in ANSI mode it removes every colour code instead, which is what NO_COLOR asks for.
        super().__init__(holding=timeline is None, ansi_color=True if "NO_COLOR" in os.environ else None)
        self.story = story
        self.home = home
        from tui.ui.ascii_filter import AsciiFilter, wants_ascii

        self._ascii = AsciiFilter() if wants_ascii() else None
        self.settings = settings if settings is not None else Settings()
        self.request = request
        self.follow = follow
        self.store = store if store is not None else Store(MEMORY)
        self.fresh = fresh
        #: The key of this set of inputs' saved session in the store.
        self.session_key = (
            story_session_key(story)
            if story is not None
            else session_key([request.label(p) if request.label else str(p) for p in request.paths])
        )
        #: Worker processes for a large load's parsing and topic matching (started only if needed).
        self.load_workers = Workers()
        self.follower = Follower(request, store=self.store, workers=self.load_workers)
        if timeline is not None:
            self.follower.timeline = timeline
        self._stop_watching = threading.Event()
        self.sources = sources
        #: One refresh at a time: the file watcher and the page poller both ask for one.
        self._refresh_lock = threading.Lock()
        self.zone = zone
        self.timeline: Timeline | None = timeline
        self._signals = SignalWatch(lambda status: self.exit(None, status))
        self.theme = "textual-dark"

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, and a readable text colour for each hue the reader writes in
        (``$readable-warning`` and so on: see :mod:`tui.ui.palette`)."""
        from tui.ui.palette import readable_variables

        variables = super().get_css_variables()
        extra = readable_variables(variables)
        if getattr(self, "no_color", False):
            # No colour codes are sent: a table's cursor (a background) shows as reverse video instead.
            # (An option list ignores reverse here; the choice dialog draws a pointer itself.)
            extra.update({"block-cursor-text-style": "reverse bold", "block-cursor-blurred-text-style": "reverse"})
        return {**variables, **extra}

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, and ASCII only where the locale is not UTF-8 (see :mod:`tui.ui.ascii_filter`)."""
        filters = super().get_line_filters()
        ascii_only = getattr(self, "_ascii", None)  # (asked before __init__ has set it: not yet)
        return [*filters, ascii_only] if ascii_only is not None else filters

    def _apply_settings(self) -> None:
        """The settings' theme and keymap; a theme or binding id the reader does not have is one notice."""
        from tui.ui.keymap import known_keymap

        wrong: list[str] = []
        if self.settings.theme is not None:
            if self.settings.theme in self.available_themes:
                self.theme = self.settings.theme
            else:
                wrong.append(f"reader.theme {self.settings.theme!r} is not a theme here")
        keymap, unknown = known_keymap(self.settings.keymap)
        if unknown:
            wrong.append(unknown)
        if keymap:
            self.set_keymap(keymap)
        for problem in wrong:
            self.notify(printable(f"config.toml: {problem}; ignored"), severity="warning", markup=False, timeout=10)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In a text box, ``q`` and ``?`` are text; ``q`` quits only from the reader (elsewhere it goes back)."""
        if action in ("quit", "help", "stories") and isinstance(self.focused, Input):
            return False
        if action == "stories" and not isinstance(self.screen, MainScreen):
            return False
        if action == "quit" and not isinstance(self.screen, (MainScreen, LoadingScreen, StoriesScreen)):
            return False
        return True

    def on_mount(self) -> None:
        self._signals.start()
        self._apply_settings()
        if self.home:
            self._holding = False
            self.push_screen(self._stories_screen())
            self.refresh_stories(fetch=not self.settings.offline, stored_first=True)
        elif self.timeline is not None:
            self.push_screen(self._reader(self.timeline, self.search_index))
            self.start_following()
        else:
            self.push_screen(LoadingScreen())
            self.load_timeline()

    @work(thread=True, exclusive=True, exit_on_error=True)
    def load_timeline(self) -> None:
        """Load in a thread, in the order :mod:`tui.core.session.opening` sets, telling the UI each step.

        Quitting (or opening another story) stops the load at its next step,
        so the process never waits on a load nobody will read.
        """
        stop = self._stop_watching  # this story's: opening another story stops this load too
        open_in_order(self.follower, _ReaderSteps(self), lambda: self._quitting(stop), self.load_workers.close)

    def _quitting(self, stop: threading.Event | None = None) -> bool:
        """The app is closing, or (given a story's ``stop``) that story was closed."""
        return (stop or self._stop_watching).is_set() or self.closing

    def _reader(self, timeline: Timeline, index: SearchIndex | None) -> MainScreen:
        """The reader for a timeline, with the reader's marks and (unless ``--fresh``) the saved session."""
        keep_out_of_collections()
        session = {} if self.fresh else self.store.session(self.session_key)
        if session.get("theme") in self.available_themes:
            self.theme = session["theme"]
        opened = self.follower.opened
        waiting = opened.waiting if self.follower.partial and opened is not None else ""
        return MainScreen(timeline, self.zone, index, Marks(self.store), session, loading=waiting)

    def _loading_behind(self, message: str) -> None:
        """Progress of the rest of the timeline, on the reader's status line."""
        if self._opened_reader is not None:
            self._opened_reader.set_loading_message(message)

    def _search_in_store(self, built: Timeline, stored: SearchBackend) -> None:
        """Search a freshly built timeline with the store's index, now that it is stored (the reader's
        own folding scans every text per keystroke); not if the reader moved on to another timeline."""
        if self._opened_reader is not None:
            self._opened_reader.reader.search_stored(built, stored)

    def _fill(self, whole: Timeline) -> None:
        """The whole stored timeline, after the reader showed its newest posts; following starts now."""
        self.timeline = whole
        keep_out_of_collections(collect=True)
        if self._opened_reader is not None:
            self._opened_reader.fill(whole)  # mounted or not yet: it takes the whole timeline either way
        self.start_following()

    def save_session(self, state: dict[str, object]) -> None:
        """Remember the reader's session for these inputs."""
        self.store.save_session(self.session_key, state)

    def exit(self, result: int | None = None, return_code: int = 0, message: RenderableType | None = None) -> None:
        """Close the app, saving the reader's session first (``q``, SIGTERM, SIGHUP)."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, MainScreen):
                screen.save_session()
                self._record_visit()
                unsaved, recovery = screen.marks.close()
                self.unsaved_marks = (unsaved + self._unsaved_before, recovery)
                break
        super().exit(result, return_code, message)

    def on_unmount(self) -> None:
        back_to_collections()  # what the reader kept alive is garbage from now on
        self._signals.stop()
        self._stop_watching.set()
        self.load_workers.close()

    async def _shutdown(self) -> None:
        self._stop_watching.set()  # before Textual waits for the workers: the watcher ends within 250 ms
        await super()._shutdown()

    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error: log the traceback, close cleanly, and let the CLI say where."""
        self.crash_log = write_crash_log(error)
        self.crash_summary = printable(f"{type(error).__name__}: {error}")[:200]
        super()._handle_exception(error)
        if self.crash_log is not None:
            self._exit_renderables.clear()  # the traceback is in the log; one line is printed instead

    def _loading_message(self, message: str) -> None:
        if not self._no_screen_left() and isinstance(self.screen, LoadingScreen):
            self.screen.query_one("#loading-text", Static).update(Text(message + "…"))

    def show_timeline(self, timeline: Timeline, index: SearchIndex | None = None) -> None:
        """Replace the loading screen with the reader; close, with the reasons, when nothing loaded
        (a story: back to the stories screen, saying why)."""
        if not timeline.feeds and timeline.errors and self.story is not None:
            for problem in timeline.problems()[:3]:
                self.notify(printable(problem), severity="error", markup=False, timeout=10)
            self.story = None
            self.switch_screen(self._stories_screen())
            self.refresh_stories(fetch=False)
            return
        if not timeline.feeds and timeline.errors:
            self.load_failures = timeline.problems()
            self.exit(return_code=1)
            return
        self.timeline = timeline
        self._opened_reader = self._reader(timeline, index)
        self.switch_screen(self._opened_reader)
        if not self.follower.partial:  # else once the rest is read (see _fill)
            self.start_following()

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)  # ? again closes it
            return
        from tui.ui.help_commands import help_bindings

        taxonomy = self.timeline.taxonomy if self.timeline is not None else None
        badges = [(t.badge, t.name) for t in taxonomy.topics] if taxonomy is not None else []
        ordered = help_bindings(self.BINDINGS, self.screen, dict(self.settings.keymap))
        self.push_screen(HelpScreen(ordered, badges))

    def action_toggle_theme(self) -> None:
        self.theme = THEME_PAIRS.get(self.theme, "textual-dark")
        if isinstance(self.screen, MainScreen):
            self.screen.save_session()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every key's action also appears in the command palette."""
        yield from super().get_system_commands(screen)
        from tui.ui.help_commands import screen_commands

        yield from screen_commands(screen)
        yield SystemCommand("Help", "Show every key", self.action_help)
        yield SystemCommand("Light/dark theme", "Switch between light and dark", self.action_toggle_theme)


def create_app(
    paths: list[Path] | None = None,
    source_format: str | None = None,
    on_date: date | None = None,
    zone: tzinfo | None = None,
    topics_file: Path | None = None,
    timeline: Timeline | None = None,
    follow: bool | None = None,
    store: Store | None = None,
    fresh: bool = False,
    labels: dict[Path, str] | None = None,
    sources: Sources | None = None,
    story: Story | None = None,
    home: bool = False,
    settings: Settings | None = None,
) -> LiveblogApp:
    """Build the app (one factory for the CLI and the tests); no paths: the bundled day.

    ``follow`` watches the inputs; by default it does unless a prebuilt
    ``timeline`` is given (tests and benchmarks).  ``store`` is the archive
    (default: session-only); ``fresh`` ignores the saved session; ``story`` is the story the
    inputs are; ``home`` opens on the stories screen (nothing is loaded until one is opened).
    """
    watch = follow if follow is not None else timeline is None
    if home:
        request = LoadRequest((), source_format, on_date, None, topics_file)
    elif story is not None and not paths:
        request = LoadRequest((), source_format, on_date or story.on_date, None, topics_file or story.topics)
    else:
        request = load_request(paths, source_format, on_date, topics_file, labels)
    return LiveblogApp(request, zone, timeline, watch, store, fresh, sources, story, home, settings)
