"""The URLs of a session: the first fetch, the stored copy when offline, and polling while a page is live.

Each URL has a snapshot file the pipeline reads like any input; polling
rewrites it only when the page changed, so the follower that watches the
inputs sees new, revised and removed posts with nothing else to know.

Polling is polite: a page is polled every ``interval`` seconds (never under
:data:`OUTLET_MINIMUM` against an outlet's own hosts) through the small
request the outlet names (the Guardian's update poll, the BBC's stream
page 1); only when that says the page changed — or every
:data:`FULL_EVERY` seconds, to catch edits and deletions — is the whole
page fetched again, conditionally.  Errors back off exponentially with
jitter; a server's ``Retry-After`` is honoured; polling stops when the page
says the blog has ended, or that it is gone.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from tui.core.model.text import printable
from tui.core.parse import outlet as registry
from tui.core.parse.snapshot import Snapshot
from tui.core.sources.http import FetchError, PoliteClient, shown_url
from tui.core.sources.pages import fetch, keep, read_stored, same_page, snapshot_path

#: Default seconds between polls of a live page.
DEFAULT_INTERVAL = 30.0
#: The shortest interval against an outlet's own hosts (a mirror or a local server may be polled faster).
OUTLET_MINIMUM = 10.0
#: Seconds between whole-page refetches while polling (edits and deletions show then).
FULL_EVERY = 300.0
#: The longest wait between tries of a failing page.
MAX_BACKOFF = 900.0

State = Literal["live", "ended", "unknown", "offline", "failing", "removed"]


def effective_interval(url: str, interval: float) -> float:
    """``interval``, raised to :data:`OUTLET_MINIMUM` for an outlet's own host."""
    return max(interval, OUTLET_MINIMUM) if registry.outlet_host(url) else max(interval, 0.2)


def age(moment: datetime, now: datetime) -> str:
    """How long ago, in words a status line has room for (``40 s``, ``12 min``, ``3 h``, ``2 days``)."""
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 90:
        return f"{seconds} s"
    if seconds < 90 * 60:
        return f"{seconds // 60} min"
    if seconds < 36 * 3600:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"


@dataclass
class Source:
    """One URL's state: its copy, what the page said, and when it is polled next."""

    url: str
    path: Path
    interval: float
    snapshot: Snapshot | None = None
    state: State = "unknown"
    #: When the shown copy was fetched, and when the server last answered.
    checked: datetime | None = None
    error: str = ""
    failures: int = 0
    next_poll: float | None = None
    last_full: float = 0.0

    @property
    def outlet(self) -> str | None:
        """The outlet's code, once a copy is known."""
        return self.snapshot.outlet if self.snapshot else None

    def summary(self, now: datetime, clock: float, polling: bool = True) -> str:
        """The source's state in a few words: ``GDN live, fetched 40 s ago, next in 25 s``; the last error comes
        straight after the state, where a narrow terminal still shows it (``GDN failing, last error: …, copy …``)."""
        short = registry.short_code(self.outlet) if self.outlet else "URL"
        parts = [f"{short} {self.state}"]
        if self.error:
            parts.append(f"last error: {self.error}")
        if self.snapshot is not None:
            parts.append(f"copy from {age(self.snapshot.fetched, now)} ago")
        if self.checked is not None and self.state in ("live", "unknown"):
            parts.append(f"checked {age(self.checked, now)} ago")
        if self.next_poll is not None and polling:
            parts.append(f"next in {max(0, int(self.next_poll - clock))} s")
        return printable(", ".join(parts))


class Sources:
    """The URLs of one session, their copies in ``pages_dir``, and their polling."""

    def __init__(
        self,
        urls: list[str],
        pages_dir: Path,
        client: PoliteClient | None = None,
        interval: float = DEFAULT_INTERVAL,
        offline: bool = False,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """``client`` defaults to a :class:`PoliteClient` (made only when not ``offline``)."""
        self.offline = offline
        self.client = client if client is not None or offline else PoliteClient()
        self._clock, self._now = clock, now
        self.sources = [
            Source(url, snapshot_path(pages_dir, url), effective_interval(url, interval)) for url in dict.fromkeys(urls)
        ]
        self._lock = threading.Lock()

    # --- opening ---------------------------------------------------------------------------------

    def open(self) -> tuple[list[str], list[str], list[str]]:
        """The first fetch of every URL (or its stored copy): (problems, notes, stale), one line each.

        A problem means the URL has no copy at all; a note that the copy shown
        is the stored one because we are offline by choice; a stale line that
        the page could not be fetched now and its stored copy is shown (said
        always: it is a problem, though everything still loads).
        """
        problems: list[str] = []
        notes: list[str] = []
        stale: list[str] = []
        for source in self.sources:
            stored = read_stored(source.path)
            source.snapshot = stored
            if self.offline or self.client is None:
                self._offline(source, stored, problems, notes)
                continue
            try:
                fresh = fetch(source.url, self.client, stored, self._now())
            except FetchError as error:
                self._failed_first(source, error, stored, problems, stale)
                continue
            self._took(source, fresh, full=True)
            if fresh.incomplete:
                stale.append(f"{shown_url(source.url)}: {fresh.incomplete}; showing the page's newer part only")
        return problems, notes, stale

    def _offline(self, source: Source, stored: Snapshot | None, problems: list[str], notes: list[str]) -> None:
        source.state = "offline"
        if stored is None:
            problems.append(f"{shown_url(source.url)}: offline, and no copy of it is stored")
        else:
            notes.append(
                f"{shown_url(source.url)}: offline: the copy fetched {age(stored.fetched, self._now())} ago "
                f"({stored.fetched:%Y-%m-%d %H:%M} UTC)"
            )

    def _failed_first(
        self, source: Source, error: FetchError, stored: Snapshot | None, problems: list[str], stale: list[str]
    ) -> None:
        source.error = printable(error.reason)
        source.state = "removed" if error.gone else "failing"
        # Named by the address the user gave (the request that failed may be its JSON or an older page).
        said = f"{shown_url(source.url)}: {error.reason}"
        if stored is None:
            problems.append(said)
        else:
            stale.append(f"{said}; showing the copy fetched {age(stored.fetched, self._now())} ago")
        if not error.gone:
            self._back_off(source, error)

    def paths(self) -> list[Path]:
        """The snapshot files of every URL that has a copy (what the load reads)."""
        return [s.path for s in self.sources if s.snapshot is not None]

    def labels(self) -> dict[Path, str]:
        """Each snapshot file's URL (what posts' provenance and messages name)."""
        return {s.path: s.url for s in self.sources}

    # --- polling ---------------------------------------------------------------------------------

    def _took(self, source: Source, fresh: Snapshot, full: bool) -> bool:
        """Record a successful fetch; True when the copy changed (and was written).  A fetch that missed the
        page's older part is no full one: the next poll asks for the whole page again."""
        changed = not same_page(source.snapshot, fresh)
        if changed:
            keep(source.path, fresh)
            source.snapshot = fresh
        if full:
            source.last_full = float("-inf") if fresh.incomplete else self._clock()
        live = fresh.live if changed else (source.snapshot.live if source.snapshot else None)
        source.state = "ended" if live is False else ("live" if live else "unknown")
        self._answered(source)
        if fresh.incomplete:
            # (an ended blog too: its older part is still to be had)
            source.error = printable(fresh.incomplete)
            source.next_poll = None if self.offline else self._clock() + source.interval
        return changed

    def _back_off(self, source: Source, error: FetchError) -> None:
        source.failures += 1
        wait = min(source.interval * 2**source.failures, MAX_BACKOFF) * random.uniform(0.8, 1.2)
        if error.retry_after is not None:
            wait = max(wait if error.status != 429 else source.interval, error.retry_after)
        source.next_poll = self._clock() + wait

    def wait_time(self) -> float | None:
        """Seconds until the next poll is due (0: now); None when nothing is polled any more."""
        due = [s.next_poll for s in self.sources if s.next_poll is not None]
        return max(0.0, min(due) - self._clock()) if due else None

    def poll_due(self) -> list[str]:
        """Poll every source that is due; the URLs whose copy changed."""
        changed: list[str] = []
        with self._lock:
            for source in self.sources:
                if source.next_poll is None or source.next_poll > self._clock() or self.client is None:
                    continue
                if self._poll(source):
                    changed.append(source.url)
        return changed

    def _poll(self, source: Source) -> bool:
        assert self.client is not None
        try:
            if source.snapshot is not None and not self._needs_full(source):
                return False
            return self._took(source, fetch(source.url, self.client, source.snapshot, self._now()), full=True)
        except FetchError as error:
            source.error = printable(error.reason)
            if error.gone:
                source.state, source.next_poll = "removed", None
            else:
                source.state = "failing"
                self._back_off(source, error)
            return False

    def _needs_full(self, source: Source) -> bool:
        """Whether this poll fetches the whole page: the outlet's small poll says it changed, or it is time."""
        assert self.client is not None and source.snapshot is not None
        if self._clock() - source.last_full >= FULL_EVERY:
            return True
        reader = registry.page_reader(source.snapshot.outlet)
        wanted = reader.poll_request(source.url, source.snapshot.responses) if reader else None
        if reader is None or wanted is None:
            return True
        answer = self.client.get(wanted)
        if answer.status != 304 and reader.poll_changed(source.snapshot.responses, answer.body):
            return True
        self._answered(source)
        return False

    def _answered(self, source: Source) -> None:
        """The server answered: no error, no backoff, the next poll one interval away (unless the blog ended)."""
        source.checked = self._now()
        source.error, source.failures = "", 0
        source.next_poll = None if source.state == "ended" or self.offline else self._clock() + source.interval

    def run(self, stop: threading.Event, changed: Callable[[list[str]], None]) -> None:
        """Poll until ``stop`` is set or nothing is left to poll, calling ``changed`` with what changed."""
        while not stop.is_set():
            wait = self.wait_time()
            if wait is None:
                return
            if wait > 0:
                stop.wait(min(wait, 0.5))
                continue
            moved = self.poll_due()
            if moved and not stop.is_set():
                changed(moved)

    def status(self, polling: bool = True) -> list[str]:
        """Each source's state in a few words (see :meth:`Source.summary`); ``polling``: with when the next poll is."""
        now, clock = self._now(), self._clock()
        return [s.summary(now, clock, polling) for s in self.sources]

    def close(self) -> None:
        """Close the HTTP connections."""
        if self.client is not None:
            self.client.close()
