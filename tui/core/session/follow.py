"""Follow a growing story: re-read what changed, rebuild, and say what is new.

A :class:`Follower` keeps each file's parse result with the file's stat
signature; :meth:`Follower.refresh` parses only files that changed, were
added (a new dump dropped into a watched directory) or went away, then
re-runs the stages after parsing for the day groups those files are in
(:mod:`tui.core.build.day_groups`).  Posts that a newer snapshot no longer
prints are kept, labelled ``Removed from the page``, never dropped.  A dump
cut mid-post that grows is not a removal: the half post becomes the whole.

Watching (which files changed, and when) is the caller's business: the app
uses ``watchfiles`` in a worker, the CLI polls.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from tui.core.build.day_groups import MemoryGroups
from tui.core.build.pipeline import Loaded, LoadRequest, Parsed, ParseJob, Progress, assemble, load, read_file
from tui.core.infra.reading import expand_paths
from tui.core.infra.workers import Workers
from tui.core.model.post import Label, Post
from tui.core.model.text import normalise
from tui.core.session.loader import Opened, StoreGroups, StoreSearch, group_context, open_timeline, request_key
from tui.core.session.loader import cached_parse as store_parse
from tui.core.stages.topics import Taxonomy, load_taxonomy
from tui.core.store.database import Store
from tui.core.views.filtering import search_text
from tui.core.views.timeline import Timeline, sort_entries

REMOVED = "Removed from the page"

Signature = tuple[int, int, int]


@dataclass(frozen=True)
class Update:
    """A rebuilt timeline and what changed: ids of new, revised and removed posts."""

    timeline: Timeline
    new: frozenset[str]
    revised: frozenset[str]
    removed: frozenset[str]


def _signature(path: Path) -> Signature | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


class Follower:
    """Rebuilds a request's timeline from the files that changed since the last build."""

    def __init__(
        self,
        request: LoadRequest,
        taxonomy: Taxonomy | None = None,
        store: Store | None = None,
        workers: Workers | None = None,
    ) -> None:
        """``store`` (optional) caches parses and built timelines (see :mod:`tui.core.session.loader`);
        ``workers`` (optional) share a large load's parsing and topic matching."""
        self.request = request
        self.workers = workers
        self.taxonomy = taxonomy if taxonomy is not None else load_taxonomy(request.topics_file)
        self.store = store
        #: How the first build was obtained (with a store).
        self.opened: Opened | None = None
        self.timeline: Timeline | None = None
        #: Each file's signature when it was last read, and its parse (None: read back with the
        #: stored timeline, so not parsed here; fetched from the store's parse cache if a rebuild needs it).
        self._parsed: dict[Path, tuple[Signature | None, Parsed | None]] = {}
        self._removed: dict[str, Post] = {}
        #: Day groups built so far (made at the first build here): a refresh re-runs the stages for
        #: the day groups whose files changed.
        self._groups: MemoryGroups | None = None
        #: The problems the inputs' listing gave at the last look (a new one is a change to report).
        self._listing_errors: frozenset[str] = frozenset()
        self._listing_moved = False
        #: Writes the last refreshed timeline to the store (see :meth:`store_pending`).
        self._unsaved: Callable[[], None] | None = None

    def watched(self) -> list[Path]:
        """The files and directories to watch: what the user named."""
        return [Path(p) for p in self.request.paths]

    def build(self, progress: Progress | None = None, defer: bool = False, preview: bool = False) -> Timeline:
        """The first build (every file parsed, or read back from the store).

        With ``defer``, what the store should keep is written only when
        :meth:`store_pending` is called (after the timeline is shown).  With
        ``preview``, a large stored timeline may come back as its newest posts
        only (:attr:`partial` says so): :meth:`complete` then reads the rest.
        """
        self._listing_errors = self._listing()[1]
        if self.store is not None:
            # Signatures first: a file that changes while it is hashed differs at the next refresh.
            files, _ = expand_paths(list(self.request.paths))
            signatures = {path: _signature(path) for path in files}
            self.opened = open_timeline(self.request, self.taxonomy, self.store, progress, defer, preview, self.workers)
            self.timeline = self.opened.timeline
            # What was built or read back is what these files say: a refresh rebuilds only when one changes.
            self._parsed = {path: (signature, None) for path, signature in signatures.items() if signature is not None}
            return self.timeline
        loaded, _ = self._load(progress)
        self.timeline = self._assemble(loaded, progress)
        return self.timeline

    @property
    def partial(self) -> bool:
        """Whether :attr:`timeline` is a preview (the newest posts), the rest still to read or build."""
        return self.opened is not None and self.opened.rest is not None

    def complete(self, progress: Progress | None = None) -> Timeline:
        """The whole timeline after a preview (see :meth:`build`); the timeline itself otherwise.

        ``progress`` receives a line per stage when the rest has to be built.
        """
        if self.opened is not None and self.opened.rest is not None:
            self.opened = self.opened.rest(progress)
            self.timeline = self.opened.timeline
        assert self.timeline is not None
        return self.timeline

    def store_pending(self, stop: Callable[[], bool] | None = None) -> None:
        """Write what a deferred :meth:`build`, or the last :meth:`refresh`, left for the store
        (``stop``: give up, the app is closing)."""
        if self.opened is not None and self.opened.store_pending(stop):
            self.opened = replace(self.opened, pending=())
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is not None and not (stop is not None and stop()):
            unsaved()

    def stored_search(self) -> StoreSearch | None:
        """The store's search for the timeline built at the first open, once it is stored (else None)."""
        return self.opened.stored_search() if self.opened is not None else None

    def refresh(self) -> Update | None:
        """Rebuild when a file changed, appeared or went away; None when nothing did."""
        if self._parsed and not self._changed():
            return None  # nothing to read: not even the stored parses are fetched
        loaded, changed = self._load(None)
        moved, self._listing_moved = self._listing_moved, False
        if not changed and not moved:
            return None
        fresh = self._assemble(loaded, None)
        if self.store is not None:
            # Kept for the next open by :meth:`store_pending`, after the caller has shown the update.
            self._unsaved = partial(
                self.store.save_timeline,
                request_key(self.request, self.taxonomy),
                fresh.entries,
                fresh.feeds,
                fresh.errors,
                fresh.warnings,
                search_text,
            )
        return self._update(fresh)

    def _assemble(self, loaded: Loaded, progress: Progress | None) -> Timeline:
        """The stages after parsing, re-run only for day groups not built before."""
        if self._groups is None:
            context = group_context(self.request, self.taxonomy)
            self._groups = MemoryGroups(context, StoreGroups(self.store, context) if self.store is not None else None)
        timeline = assemble(loaded, self.request.on_date, self.taxonomy, progress, self.workers, self._groups)
        self._groups.settle()
        return timeline

    def _listing(self) -> tuple[list[Path], frozenset[str]]:
        """The files the inputs name now, and the problems naming them gave (a FIFO or a device
        dropped into a watched directory, a symlink loop)."""
        files, errors = expand_paths(list(self.request.paths))
        return files, frozenset(str(error) for error in errors)

    def _changed(self) -> bool:
        """Whether any file's signature differs from when it was last read (or files came or went,
        or an input became unusable)."""
        files, errors = self._listing()
        if errors != self._listing_errors:
            self._listing_errors, self._listing_moved = errors, True
            return True
        if set(files) != set(self._parsed):
            return True
        return any(self._parsed[path][0] is None or _signature(path) != self._parsed[path][0] for path in files)

    def _load(self, progress: Progress | None) -> tuple[Loaded, bool]:
        """The pipeline's read and parse stages, parsing only files whose signature changed."""
        seen: set[Path] = set()
        misses: list[Path] = []
        parse = store_parse(self.store) if self.store is not None else read_file

        def cached_parse(path: Path, name: str, fmt: str | None) -> Parsed | ParseJob:
            seen.add(path)
            signature = _signature(path)
            cached = self._parsed.get(path)
            if cached is not None and cached[0] == signature and signature is not None and cached[1] is not None:
                return cached[1]
            if cached is None or cached[0] != signature or signature is None:
                misses.append(path)
            # Changed, or unchanged since the first build (its parse is in the store's cache).
            found = parse(path, name, fmt)
            if isinstance(found, Parsed):
                self._parsed[path] = (signature, found)
                return found
            return replace(found, done=partial(remember, path, signature, found.done))

        def remember(
            path: Path, signature: Signature | None, then: Callable[[Parsed], None] | None, parsed: Parsed
        ) -> None:
            self._parsed[path] = (signature, parsed)
            if then is not None:
                then(parsed)

        loaded = load(self.request, progress, cached_parse, self.workers)
        gone = set(self._parsed) - seen
        for path in gone:
            del self._parsed[path]
        return loaded, bool(misses or gone)

    def _update(self, fresh: Timeline) -> Update:
        before = {e.id: e for e in self.timeline.entries} if self.timeline is not None else {}
        now = {e.id: e for e in fresh.entries}
        new = set(now) - set(before)
        revised = {i for i in set(now) & set(before) if now[i].text() != before[i].text()}
        removed: set[str] = set()
        for gone in set(before) - set(now):
            grown = _grown_into(before[gone], [now[i] for i in new])
            if grown is not None:  # a half-written post, now whole
                new.discard(grown)
                revised.add(grown)
                self._removed.pop(gone, None)
            elif gone not in self._removed:
                self._removed[gone] = replace(before[gone], labels=before[gone].labels + [Label(REMOVED)])
                removed.add(gone)
        for back in set(self._removed) & set(now):
            del self._removed[back]  # printed again
        self.timeline = replace(fresh, entries=sort_entries(fresh.entries + list(self._removed.values())))
        return Update(self.timeline, frozenset(new), frozenset(revised), frozenset(removed))


def _grown_into(old: Post, candidates: list[Post]) -> str | None:
    """The id of the candidate whose text continues ``old``'s (same file and outlet)."""
    start = normalise(old.text())
    if not start:
        return None
    files = {o.file for o in old.origins}
    for post in candidates:
        if (
            post.source == old.source
            and files & {o.file for o in post.origins}
            and normalise(post.text()).startswith(start)
        ):
            return post.id
    return None
