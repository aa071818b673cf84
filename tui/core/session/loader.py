"""Loading through the store: the pipeline's stages, skipped where the store already has the result.

:func:`cached_parse` is a parse step (see :data:`tui.core.build.pipeline.ParseStep`)
that looks a file up by the hash of its bytes before parsing it, and keeps
what it parses.  :func:`open_timeline` builds a request's timeline: when a
timeline was built before from exactly these inputs (each file's bytes, the
``--date``, the topic rules, the code), it is read back; otherwise the
stages run, with cached parses, and the result is kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from importlib import resources
from pathlib import Path

from tui.core.build.day_groups import GroupBuild, page_facts
from tui.core.build.pipeline import LoadRequest, Parsed, ParseJob, ParseStep, Progress, assemble, load, parse_file
from tui.core.infra.first_look import LOOK_BYTES, newest_day_files
from tui.core.infra.reading import expand_paths
from tui.core.infra.safe_io import read_bounded
from tui.core.infra.workers import Workers
from tui.core.model.post import Feed
from tui.core.model.text import printable
from tui.core.stages.topics import Taxonomy
from tui.core.stages.topics.learned import model_digest
from tui.core.store.database import Store
from tui.core.store.timelines import inputs_key
from tui.core.store.versions import build_version
from tui.core.views.filtering import search_text
from tui.core.views.timeline import Timeline


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def cached_parse(
    store: Store, counter: list[str] | None = None, later: list[Callable[[], None]] | None = None
) -> ParseStep:
    """A parse step backed by the store; ``counter`` collects the names actually parsed.

    A file whose bytes the store has parsed before comes back as its page
    facts, its feed read from the store only if a stage needs it (see
    :class:`~tui.core.build.pipeline.Parsed`); any other is left to the parse
    stage as a :class:`~tui.core.build.pipeline.ParseJob` whose result the store
    keeps.  With ``later``, new results are not written at once: a function
    that writes each is appended there (the caller runs them when it can).
    """

    keep = partial(_now_or_later, later)

    def step(path: Path, name: str, fmt: str | None) -> Parsed | ParseJob:
        try:
            data = read_bounded(path)
        except (OSError, ValueError):
            return parse_file(path, name, fmt)  # the same one-line error as without a store
        digest = _digest(data)
        facts = store.load_facts(digest, name, fmt)
        if facts is not None:
            return Parsed(name, facts=facts, fetch=partial(_stored_feed, store, digest, name, fmt, path))
        feed = store.load_feed(digest, name, fmt)
        if feed is not None:
            found = page_facts(feed)
            keep(partial(store.save_facts, digest, name, fmt, found))
            return Parsed(name, feed=feed, facts=found)
        if counter is not None:
            counter.append(name)

        def parsed(result: Parsed) -> None:
            if result.feed is not None:
                keep(partial(store.save_feed, digest, name, fmt, result.feed, result.facts))

        return ParseJob(name, data, fmt, parsed)

    return step


def _now_or_later(later: list[Callable[[], None]] | None, write: Callable[[], None]) -> None:
    """Write now, or (with ``later``) leave the write for the caller to run when it can."""
    if later is None:
        write()
    else:
        later.append(write)


def _stored_feed(store: Store, digest: str, name: str, fmt: str | None, path: Path) -> Feed:
    """A cached parse read back; should it have gone from the store meanwhile, the file parsed again."""
    feed = store.load_feed(digest, name, fmt)
    if feed is not None:
        return feed
    again = parse_file(path, name, fmt)
    if again.feed is not None:
        return again.feed
    source = store.load_facts(digest, name, fmt)
    why = again.error.message if again.error is not None else "unreadable"
    return Feed(
        name,
        source.source if source is not None else "",
        fmt or "",
        warnings=[f"gone from the store and cannot be read again ({why})"],
    )


def rules_key(taxonomy: Taxonomy) -> str:
    """What the topic rules are: the shipped file, the learned models the topics name and the user's files,
    by content."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(resources.files("tui.core.stages.topics").joinpath("default_topics.toml").read_bytes())
    for model in sorted({topic.model for topic in taxonomy.topics if topic.model}):
        digest.update(model_digest(model))
    for name in taxonomy.files:
        digest.update(name.encode("utf-8", "surrogatepass"))
        try:
            digest.update(read_bounded(Path(name)))
        except (OSError, ValueError):
            digest.update(b"?")
    return digest.hexdigest()


def request_key(request: LoadRequest, taxonomy: Taxonomy) -> str:
    """The store's key for a request's inputs as they are now (file contents included)."""
    return _scan(request, taxonomy)[0]


def _scan(request: LoadRequest, taxonomy: Taxonomy) -> tuple[str, list[tuple[Path, bytes]]]:
    """The request's key (see :func:`request_key`), and each readable file's opening bytes (for a first look)."""
    files, errors = expand_paths(list(request.paths))
    found: list[tuple[str, str]] = [(f"error:{e.file}", e.message) for e in errors]
    heads: list[tuple[Path, bytes]] = []
    for path in files:
        name = printable(request.label(path) if request.label else str(path))
        try:
            data = read_bounded(path)
        except (OSError, ValueError) as exc:
            found.append((name, f"unreadable:{type(exc).__name__}"))
            continue
        found.append((name, _digest(data)))
        heads.append((path, data[:LOOK_BYTES]))
    # The year is part of the key: a guessed year is never after it (see tui.core.stages.dates).
    return inputs_key(found, request.on_date, f"{request.fmt}|{rules_key(taxonomy)}|year={date.today().year}"), heads


class StoreGroups:
    """A :class:`~tui.core.build.day_groups.GroupCache` in the store: day groups built before are read back.

    ``built`` collects the names of the files whose day groups were built;
    with ``later``, results are not written at once: a function that writes
    each is appended there (as :func:`cached_parse` does).
    """

    def __init__(self, store: Store, context: str, later: list[Callable[[], None]] | None = None) -> None:
        self.store = store
        self.context = context
        self.later = later
        self.built: list[str] = []

    def get(self, key: str) -> GroupBuild | None:
        return self.store.load_group(key)

    def put(self, key: str, build: GroupBuild, names: list[str]) -> None:
        self.built.extend(names)
        _now_or_later(self.later, partial(self.store.save_group, key, build))


def group_context(request: LoadRequest, taxonomy: Taxonomy) -> str:
    """What a day group's result depends on besides its files: ``--date``, a forced format, the topic rules,
    the code and the year (a guessed year is never after it)."""
    parts = [f"date={request.on_date}", f"fmt={request.fmt}", f"rules={rules_key(taxonomy)}", f"code={build_version()}"]
    return "|".join([*parts, f"year={date.today().year}"])


@dataclass(frozen=True)
class Opened:
    """A timeline and how it was obtained: read back from the store, or built (and how many files were parsed).

    ``pending`` writes what a deferred open has not stored yet (see :func:`open_timeline`).
    """

    timeline: Timeline
    from_store: bool
    parsed: tuple[str, ...]
    pending: tuple[Callable[[], None], ...] = ()
    #: A built timeline: the files whose day groups the stages after parsing ran for (the rest were read back).
    rebuilt: tuple[str, ...] = ()
    #: With a preview open (``timeline`` holds only the newest posts): gets the whole timeline,
    #: read back from the store or built (a progress function receives a line per stage).
    rest: Callable[[Progress | None], Opened] | None = None
    #: With a preview open: how many posts the whole timeline has (0: not known until it is built).
    total: int = 0
    #: With a preview open: what it shows ("newest day only") and what the reader waits for
    #: ("building all 974 files"), in words for the status line.
    shows: str = ""
    awaits: str = ""

    @property
    def waiting(self) -> str:
        """The status line's words while the rest comes: ``shows; awaits``."""
        return "; ".join(part for part in (self.shows, self.awaits) if part)

    #: A built timeline: the store's search for it, usable once it is stored (see :meth:`stored_search`).
    searcher: StoreSearch | None = None

    def stored_search(self) -> StoreSearch | None:
        """The store's full-text search for a timeline that was built and has been stored; None before
        (or when the store could not keep it).  Its answers are the built timeline's posts, same ids."""
        if self.searcher is None or self.pending or not self.searcher.store.searchable(self.searcher.key):
            return None
        return self.searcher

    def store_pending(self, stop: Callable[[], bool] | None = None) -> bool:
        """Write what was deferred (parse results, then the built timeline); ``stop`` ends it early.
        True when everything was written."""
        for write in self.pending:
            if stop is not None and stop():
                return False
            write()
        return True


def open_timeline(
    request: LoadRequest,
    taxonomy: Taxonomy,
    store: Store,
    progress: Progress | None = None,
    defer: bool = False,
    preview: bool = False,
    workers: Workers | None = None,
) -> Opened:
    """The request's timeline, from the store when these exact inputs were built before.

    With ``defer``, a timeline that had to be built is returned before it is
    stored: the caller shows it first and calls :meth:`Opened.store_pending`.
    With ``preview``, a large timeline comes back as its newest posts first,
    and :attr:`Opened.rest` gets the whole of it: a stored timeline's newest
    posts, or — for a large load built for the first time — the newest day's
    files built on their own (see :mod:`tui.core.infra.first_look`).  ``workers``
    may share the parsing and topic matching of a large build.
    """
    say = progress or (lambda message: None)
    say("Checking the archive")
    key, heads = _scan(request, taxonomy)
    search = StoreSearch(store, key) if store.searchable(key) else None
    if preview:
        head = store.load_preview(key)
        if head is not None and head[1] > len(head[0]):
            entries, total, feeds, errors, warnings = head
            rest = partial(_whole, request, taxonomy, store, key, search, workers)
            stored = Timeline(entries, feeds, errors, warnings, taxonomy, search)
            return Opened(stored, True, (), rest=rest, total=total, awaits=f"reading the rest of {total:,} posts")
    whole = _read_back(store, key, taxonomy, search)
    if whole is not None:
        return Opened(whole, True, ())
    first = newest_day_files(heads) if preview else []
    if first:
        say("Building the newest day first")
        newest = assemble(load(replace(request, paths=tuple(first))), request.on_date, taxonomy)
        rest = partial(_build, request, taxonomy, store, key, defer=defer, workers=workers)
        return Opened(
            newest, False, (), rest=rest, shows="newest day only", awaits=f"building all {len(heads):,} files"
        )
    return _build(request, taxonomy, store, key, progress, defer=defer, workers=workers)


@dataclass(frozen=True)
class StoreSearch:
    """The store's full-text search for one stored timeline: a :data:`~tui.core.views.filtering.SearchBackend`."""

    store: Store
    key: str

    def __call__(self, terms: list[str]) -> set[str] | None:
        return self.store.search(self.key, terms)

    def warm(self) -> None:
        """Keep the timeline's search texts in memory for short queries (slow: call from a worker)."""
        self.store.warm_search(self.key)


def _read_back(
    store: Store, key: str, taxonomy: Taxonomy, search: Callable[[list[str]], set[str] | None] | None
) -> Timeline | None:
    """The stored timeline for ``key``, or None when the store does not have it (or it does not decode)."""
    cached = store.load_timeline(key)
    if cached is None:
        return None
    entries, feeds, errors, warnings = cached
    if search is None and not entries:
        search = StoreSearch(store, key)  # nothing to index: the store answers (with nothing)
    return Timeline(entries, feeds, errors, warnings, taxonomy, search)


def _whole(
    request: LoadRequest,
    taxonomy: Taxonomy,
    store: Store,
    key: str,
    search: Callable[[list[str]], set[str] | None] | None,
    workers: Workers | None,
    progress: Progress | None = None,
) -> Opened:
    """The whole stored timeline after its preview (built again if it went from the store meanwhile)."""
    timeline = _read_back(store, key, taxonomy, search)
    if timeline is not None:
        return Opened(timeline, True, ())
    return _build(request, taxonomy, store, key, progress, workers=workers)


def _build(
    request: LoadRequest,
    taxonomy: Taxonomy,
    store: Store,
    key: str,
    progress: Progress | None = None,
    defer: bool = False,
    workers: Workers | None = None,
) -> Opened:
    """Run the stages (parses cached) and keep the result (now, or with ``defer`` when the caller says)."""
    parsed: list[str] = []
    later: list[Callable[[], None]] = []
    loaded = load(request, progress, cached_parse(store, parsed, later), workers)
    groups = StoreGroups(store, group_context(request, taxonomy), later)
    timeline = assemble(loaded, request.on_date, taxonomy, progress, workers, groups)
    later.append(
        partial(
            store.save_timeline, key, timeline.entries, timeline.feeds, timeline.errors, timeline.warnings, search_text
        )
    )
    opened = Opened(timeline, False, tuple(parsed), tuple(later), tuple(groups.built), searcher=StoreSearch(store, key))
    if not defer:
        opened.store_pending()
        opened = replace(opened, pending=())
    return opened
