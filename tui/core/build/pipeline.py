"""The one-way pipeline: read → parse → date → merge → ids → relate → estimate → classify.

Each stage takes values and returns new values; none changes what it was
given.  :func:`parse_file` depends only on a file's bytes (and the parser
versions), so its result can be cached by content hash.  :func:`build`
runs every stage for a :class:`LoadRequest`; :func:`assemble` runs the
stages after parsing, for callers that already hold parse results, one day
group at a time (:mod:`tui.core.build.day_groups`): each group's result depends
only on its files, so it can be kept and reused, or built in a worker
process.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from tui.core.build.day_groups import GroupBuild, GroupCache, PageFacts, day_groups, group_key, page_facts
from tui.core.infra.reading import describe_os_error, expand_paths
from tui.core.infra.safe_io import read_bounded
from tui.core.infra.workers import PARALLEL_BYTES, PARALLEL_POSTS, Workers, chunked
from tui.core.model.post import Feed, LoadError, Post
from tui.core.model.text import printable
from tui.core.parse.dump import read_feed
from tui.core.stages.topics import Taxonomy, classify, load_taxonomy
from tui.core.views.timeline import Timeline, sort_entries

Progress = Callable[[str], None]


@dataclass(frozen=True)
class LoadRequest:
    """What to load: the one description the CLI and the app share.

    ``paths`` are files or directories; ``label`` names a file in
    provenance and messages (default: the path as given); ``fmt`` forces an
    outlet's format instead of detecting it; ``on_date`` is ``--date``;
    ``topics_file`` is ``--topics`` (None: the user's file, if any).
    """

    paths: tuple[Path, ...]
    fmt: str | None = None
    on_date: date | None = None
    label: Callable[[Path], str] | None = None
    topics_file: Path | None = None


@dataclass(frozen=True)
class Parsed:
    """The parse stage's result for one file: a feed, or the reason there is none.

    A parse kept elsewhere (a store's cache) may come as ``facts`` and
    ``fetch`` instead of ``feed``: the feed is read only when a stage needs
    it (see :meth:`Loaded.feed`).
    """

    name: str
    feed: Feed | None = None
    error: LoadError | None = None
    #: What placing the file in a day group needs (:func:`tui.core.build.day_groups.page_facts` of the feed).
    facts: PageFacts | None = None
    #: Reads the feed kept elsewhere (when ``feed`` is None and there is no error).
    fetch: Callable[[], Feed] | None = None

    @property
    def ok(self) -> bool:
        """Whether there is a feed (here, or to fetch)."""
        return self.feed is not None or (self.fetch is not None and self.error is None)


@dataclass
class Loaded:
    """The files that parsed (in load order), and one error per file that did not."""

    pages: list[Parsed] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    _fetched: dict[int, Feed] = field(default_factory=dict, repr=False)

    def feed(self, n: int) -> Feed:
        """The ``n``-th file's feed (fetched once when it was kept elsewhere)."""
        page = self.pages[n]
        if page.feed is not None:
            return page.feed
        found = self._fetched.get(n)
        if found is None:
            assert page.fetch is not None
            found = self._fetched[n] = page.fetch()
        return found

    def facts(self, n: int) -> PageFacts:
        """The ``n``-th file's :class:`~tui.core.build.day_groups.PageFacts`."""
        page = self.pages[n]
        return page.facts if page.facts is not None else page_facts(self.feed(n))

    @property
    def feeds(self) -> list[Feed]:
        """Every file's feed, in load order (each fetched if it was kept elsewhere)."""
        return [self.feed(n) for n in range(len(self.pages))]

    @property
    def warnings(self) -> list[str]:
        """Every feed's warnings, prefixed with its file name."""
        return [f"{feed.path}: {w}" for feed in self.feeds for w in feed.warnings]


@dataclass(frozen=True)
class ParseJob:
    """A file read but not parsed yet: the parse stage parses the jobs of a load together
    (in worker processes when the load is large, see :mod:`tui.core.infra.workers`)."""

    name: str
    data: bytes
    fmt: str | None = None
    #: Called with the result once it is parsed (a store keeps it; a follower remembers it).
    done: Callable[[Parsed], None] | None = None


def read_file(path: Path, name: str, fmt: str | None = None) -> Parsed | ParseJob:
    """The read half of :func:`parse_file`: the file's bytes as a job, or the reason it cannot be read."""
    try:
        data = read_bounded(path)
    except OSError as exc:
        return Parsed(name, error=LoadError(name, describe_os_error(exc)))
    except ValueError as exc:
        return Parsed(name, error=LoadError(name, printable(str(exc))))
    return ParseJob(name, data, fmt)


def parse_file(path: Path, name: str, fmt: str | None = None) -> Parsed:
    """Read and parse one file; never raises for bad input.

    ``name`` (already :func:`~tui.core.model.text.printable`) labels the feed and
    its posts' provenance; the result depends only on the file's bytes.
    """
    read = read_file(path, name, fmt)
    return read if isinstance(read, Parsed) else parse_bytes(read.data, name, fmt)


def parse_bytes(data: bytes, name: str, fmt: str | None = None) -> Parsed:
    """Parse a file's bytes (see :func:`parse_file`); never raises for bad input.

    An outlet's own data (a page snapshot, a saved page, its JSON) is read
    by that outlet's page reader; anything else is a text dump.
    """
    try:
        feed = read_feed(data, name, fmt)
    except ValueError as exc:
        return Parsed(name, error=LoadError(name, printable(str(exc))))
    return Parsed(name, feed=feed, facts=page_facts(feed))


#: Reads one file for the parse stage: (path, printable name, forced format) -> its bytes as a
#: :class:`ParseJob`, or a result already known (an error, or a parse cached elsewhere).
#: :func:`read_file` by default; a store's cache (:func:`tui.core.session.loader.cached_parse`) instead.
ParseStep = Callable[[Path, str, "str | None"], "Parsed | ParseJob"]

#: Files a worker process parses per request (few enough that progress moves, enough to pay for the trip).
_FILES_PER_CHUNK = 6


def _parse_chunk(jobs: Sequence[tuple[bytes, str, str | None]]) -> list[Parsed]:
    """Parse several files' bytes (run by a worker process for a large load)."""
    return [parse_bytes(data, name, fmt) for data, name, fmt in jobs]


def parse_jobs(jobs: list[ParseJob], progress: Progress | None = None, workers: Workers | None = None) -> list[Parsed]:
    """The parse stage for files already read: in order, each job's ``done`` called with its result.

    With ``workers`` (which the entry points, the reader and the command
    line, start), a load of at least :data:`~tui.core.infra.workers.PARALLEL_BYTES`
    is parsed by worker processes; anything else here.
    """
    large = workers is not None and sum(len(job.data) for job in jobs) >= PARALLEL_BYTES
    pool = workers if workers is not None and large else Workers(1)
    chunks = chunked([(job.data, job.name, job.fmt) for job in jobs], _FILES_PER_CHUNK)
    results: list[Parsed] = []
    for chunk_result in pool.map(_parse_chunk, chunks):
        for parsed in chunk_result:
            job = jobs[len(results)]
            if job.done is not None:
                job.done(parsed)
            results.append(parsed)
        if progress is not None:
            progress(f"Parsing dumps: {len(results)} of {len(jobs)}")
    return results


def load(
    request: LoadRequest,
    progress: Progress | None = None,
    parse: ParseStep | None = None,
    workers: Workers | None = None,
) -> Loaded:
    """The read and parse stages for every file of a request (``parse`` defaults to :func:`read_file`).

    Files are read in order; those the step leaves to parse are parsed
    together by :func:`parse_jobs` (in ``workers`` for a large load).
    """
    parse = parse or read_file
    files, errors = expand_paths(list(request.paths))
    result = Loaded(errors=list(errors))
    read: list[Parsed | ParseJob] = []
    for number, path in enumerate(files, start=1):
        if progress is not None and (number == 1 or number % 50 == 0 or number == len(files)):
            progress(f"Reading dumps: {number} of {len(files)}")
        name = printable(request.label(path) if request.label else str(path))
        read.append(parse(path, name, request.fmt))
    jobs = [item for item in read if isinstance(item, ParseJob)]
    parsed = iter(parse_jobs(jobs, progress, workers)) if jobs else iter(())
    for item in read:
        done = next(parsed) if isinstance(item, ParseJob) else item
        if done.ok:
            result.pages.append(done)
        elif done.error is not None:
            result.errors.append(done.error)
    return result


class _CollectorPause:
    """Python's cycle collector paused while the stages allocate millions of small objects.

    Each full collection walks every object alive, so on a year-sized load it
    ran again and again over the growing timeline (about 15 % of a 30k-post
    assemble).  The stages make almost no reference cycles; reference
    counting still frees everything else, and the collector resumes (and
    catches up) when the last of concurrent builds leaves.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._was_on = True

    def __enter__(self) -> None:
        with self._lock:
            if self._holders == 0:
                self._was_on = gc.isenabled()
                gc.disable()
            self._holders += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._holders -= 1
            if self._holders == 0 and self._was_on:
                gc.enable()


_collector_paused = _CollectorPause()


def assemble(
    loaded: Loaded,
    on_date: date | None = None,
    taxonomy: Taxonomy | None = None,
    progress: Progress | None = None,
    workers: Workers | None = None,
    groups: GroupCache | None = None,
) -> Timeline:
    """The stages after parsing: date, merge, ids, relate, estimate, classify.

    They run over each day group (:mod:`tui.core.build.day_groups`) apart; with
    ``groups``, a day group whose result was kept is not built again, and
    what is built is kept there.  ``workers`` (see :mod:`tui.core.infra.workers`)
    may take the topic matching of a large timeline.
    """
    with _collector_paused:
        return _assemble(
            loaded, on_date, taxonomy if taxonomy is not None else load_taxonomy(), progress, workers, groups
        )


def _assemble(
    loaded: Loaded,
    on_date: date | None,
    taxonomy: Taxonomy,
    progress: Progress | None,
    workers: Workers | None,
    cache: GroupCache | None,
) -> Timeline:
    say = progress or (lambda message: None)
    facts = [loaded.facts(n) for n in range(len(loaded.pages))]
    members = day_groups(facts, whole=on_date is not None)
    keys = [group_key(cache.context, [facts[i] for i in group]) if cache is not None else "" for group in members]
    builds: list[GroupBuild | None] = [cache.get(key) if cache is not None else None for key in keys]
    missing = [n for n, build in enumerate(builds) if build is None]
    posts = sum(len(loaded.feed(i).posts) for n in missing for i in members[n])
    if missing:
        say(f"Merging {posts} posts" + (f" ({len(missing)} of {len(members)} day groups)" if len(members) > 1 else ""))
    jobs = [([loaded.feed(i) for i in members[n]], on_date) for n in missing]
    large = workers is not None and workers.parallel and len(missing) > 1 and posts >= PARALLEL_POSTS
    pool = workers if workers is not None and large else Workers(1)
    done_groups = 0
    for chunk_builds in pool.map(_build_groups, chunked(jobs, _GROUPS_PER_CHUNK)):
        for built in chunk_builds:
            builds[missing[done_groups]] = built
            done_groups += 1
        if len(missing) > 1 and (done_groups % 20 < _GROUPS_PER_CHUNK or done_groups == len(missing)):
            say(f"Linking posts: {done_groups} of {len(missing)} day groups")
    del jobs
    if missing:
        fresh = [entry for n in missing for entry in _built(builds[n]).entries]
        say(f"Classifying {len(fresh)} posts by topic")
        spans = [len(_built(builds[n]).entries) for n in missing]  # a day group's posts share their day's names
        classified = iter(classify(fresh, taxonomy, workers, spans))
        for n in missing:
            build = builds[n]
            assert build is not None
            builds[n] = build = replace(build, entries=[next(classified) for _ in build.entries])
            if cache is not None:
                cache.put(keys[n], build, [facts[i].path for i in members[n]])
    done = [build for build in builds if build is not None]
    return _combine(done, members, len(facts), loaded.errors, taxonomy)


#: Day groups a worker process builds per request (a day of a year's archive is ~270 posts).
_GROUPS_PER_CHUNK = 4


def _built(build: GroupBuild | None) -> GroupBuild:
    """A day group's build that has been made by now (None here is a bug)."""
    if build is None:
        raise ValueError("a day group was not built")
    return build


def _build_groups(jobs: Sequence[tuple[list[Feed], date | None]]) -> list[GroupBuild]:
    """Build several day groups (run by a worker process for a large load: groups are independent)."""
    return [_build_group(feeds, on_date) for feeds, on_date in jobs]


def _build_group(feeds: list[Feed], on_date: date | None) -> GroupBuild:
    """The stages date, merge, ids, relate, borrow and estimate for one day group (topics come after)."""
    # The stages after parsing are imported when a timeline is built, not by every start: a reader or
    # `liveblog list` showing a stored timeline needs none of them.
    from tui.core.stages.borrow import borrow_dates
    from tui.core.stages.dates import date_feeds, undated_warnings
    from tui.core.stages.estimate import estimate_timeline
    from tui.core.stages.ids import assign_ids, post_id
    from tui.core.stages.merge import merge_feeds
    from tui.core.stages.related import relate

    dated = date_feeds(feeds, on_date)
    merged = merge_feeds(dated.feeds)
    entries = assign_ids(merged.entries)
    related = relate(entries, _entry_days(entries, dated.page_days))
    entries = [_with_links(entry, related) for entry in entries]
    borrowed = borrow_dates(entries, dated.page_days, dated.page_basis, related)
    page_days, page_basis = borrowed.page_days, borrowed.page_basis
    entries, estimate_warnings = estimate_timeline(
        borrowed.entries, merged.feeds, merged.pages, page_days, related, page_basis
    )
    notes = borrowed.notes + undated_warnings(dated.feeds, page_days) + estimate_warnings
    # The timeline keeps each file's page parts, not its parsed posts: the merged entries hold them once.
    pages = [replace(feed, posts=[], post_count=len(feed.posts)) for feed in merged.feeds]
    return GroupBuild(entries, pages, notes, [post_id(entry) for entry in entries])


def _combine(
    builds: list[GroupBuild],
    members: list[list[int]],
    files: int,
    errors: list[LoadError],
    taxonomy: Taxonomy,
) -> Timeline:
    """The day groups' results as one timeline: ids made unique across groups, pages in load order."""
    from tui.core.stages.ids import unique_ids

    renamed = _ids_across_groups(builds, unique_ids)
    entries: list[Post] = []
    for build, names in zip(builds, renamed):
        if not names:
            entries.extend(build.entries)
            continue
        entries.extend(
            replace(
                entry, id=names.get(entry.id, entry.id), related=[names.get(other, other) for other in entry.related]
            )
            for entry in build.entries
        )
    pages: list[Feed | None] = [None] * files
    for build, group in zip(builds, members):
        for position, page in zip(group, build.pages, strict=True):
            pages[position] = page
    kept = [page for page in pages if page is not None]
    warnings = [f"{page.path}: {w}" for page in kept for w in page.warnings]
    for build in builds:
        warnings.extend(note for note in build.notes if note not in warnings)
    return Timeline(sort_entries(entries), kept, list(errors), warnings, taxonomy)


def _ids_across_groups(
    builds: list[GroupBuild], unique_ids: Callable[[list[Post], list[str]], list[str]]
) -> list[dict[str, str]]:
    """For each day group, its entries whose id changes because another group has an entry of the
    same base id (old id -> new id): the ids a build of the whole load as one group would give."""
    where: dict[str, list[tuple[int, int]]] = {}
    for g, build in enumerate(builds):
        for n, base in enumerate(build.bases):
            where.setdefault(base, []).append((g, n))
    renamed: list[dict[str, str]] = [{} for _ in builds]
    for base, places in where.items():
        if len({g for g, _ in places}) < 2:
            continue
        entries = [builds[g].entries[n] for g, n in places]
        for (g, n), new_id in zip(places, unique_ids(entries, [base] * len(entries))):
            if builds[g].entries[n].id != new_id:
                renamed[g][builds[g].entries[n].id] = new_id
    return renamed


def build(
    request: LoadRequest,
    taxonomy: Taxonomy | None = None,
    progress: Progress | None = None,
    workers: Workers | None = None,
) -> Timeline:
    """Every stage for a request: the merged, classified timeline.

    ``taxonomy`` defaults to the shipped topics plus ``request.topics_file``
    (or the user's topic file); ``progress`` receives a line per stage;
    ``workers`` may share a large load's parsing and topic matching.
    """
    if taxonomy is None:
        taxonomy = load_taxonomy(request.topics_file)
    return assemble(load(request, progress, workers=workers), request.on_date, taxonomy, progress, workers)


def build_timeline(
    paths: list[Path],
    fmt: str | None = None,
    on_date: date | None = None,
    label: Callable[[Path], str] | None = None,
    taxonomy: Taxonomy | None = None,
    progress: Progress | None = None,
) -> Timeline:
    """:func:`build` for a list of paths (a shorthand the tests and benchmarks use)."""
    return build(LoadRequest(tuple(paths), fmt, on_date, label), taxonomy, progress)


def _with_links(entry: Post, related: dict[str, list[str]]) -> Post:
    links = related.get(entry.id, [])
    return replace(entry, related=list(links)) if links or entry.related else entry


def _entry_days(entries: list[Post], page_days: dict[str, date | None]) -> list[date | None]:
    """Each entry's day: its own date, else its dump's page date, else None."""
    return [entry.published.date() if entry.published is not None else page_days.get(entry.file) for entry in entries]
