"""A story's state for the stories list: its outlets, live or ended, posts, unread, new since the last visit.

The numbers come from the story's merged timeline (built through the store,
so a story seen before costs a cache read) and the reader's marks; "new"
counts the posts that were not in the timeline when the story was last
left, which the store keeps per story beside the reader's session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from tui.core.model.post import Post
from tui.core.model.text import printable
from tui.core.parse import outlet as registry
from tui.core.parse.outlet import short_code
from tui.core.sources.http import PoliteClient, shown_url
from tui.core.sources.pages import is_url
from tui.core.sources.poller import Source, Sources
from tui.core.sources.stories import Story, add_sources, clean_name, known_shape, refusal, source_text
from tui.core.store.database import Store
from tui.core.store.memory import session_key
from tui.core.views.timeline import Timeline


def story_session_key(story: Story | str) -> str:
    """The key of a story's reader session in the store (the name, ignoring case and spacing)."""
    name = story.name if isinstance(story, Story) else story
    return session_key(["story:" + " ".join(name.split()).casefold()])


def _visit_key(name: str) -> str:
    return session_key(["visit:" + " ".join(name.split()).casefold()])


@dataclass(frozen=True)
class Visit:
    """When a story was last left, and the posts it had then."""

    at: datetime | None
    seen: frozenset[str]


def last_visit(store: Store, name: str) -> Visit:
    """The story's last visit (none yet: no time, nothing seen)."""
    data = store.session(_visit_key(name))
    seen = data.get("seen")
    at = data.get("at")
    try:
        when = datetime.fromisoformat(at) if isinstance(at, str) else None
    except ValueError:
        when = None
    return Visit(when, frozenset(i for i in seen if isinstance(i, str)) if isinstance(seen, list) else frozenset())


def record_visit(store: Store, name: str, ids: list[str], now: datetime | None = None) -> bool:
    """Remember that the story was read with these posts in it (what "new" is counted from next time)."""
    moment = now or datetime.now(UTC)
    return store.save_session(_visit_key(name), {"at": moment.isoformat(), "seen": sorted(set(ids))})


@dataclass(frozen=True)
class StorySummary:
    """One row of the stories list."""

    name: str
    sources: int
    outlets: tuple[str, ...]
    #: ``live`` (a page says so), ``ended`` (every page says it ended), ``files`` (no page), ``-`` (no copy yet).
    state: str
    posts: int
    unread: int
    new: int
    #: The newest post's exact time, when any post has one.
    updated: datetime | None
    #: When the newest copy of a page was fetched.
    fetched: datetime | None
    visited: datetime | None
    problems: tuple[str, ...] = ()


def _newest(entries: list[Post]) -> datetime | None:
    times = [moment for p in entries if (moment := p.updated or p.published) is not None]
    return max(times) if times else None


def summarise(story: Story, timeline: Timeline | None, store: Store) -> StorySummary:
    """The story's row, from its timeline (None: nothing could be read) and the store's marks and visits."""
    visit = last_visit(store, story.name)
    if timeline is None:
        return StorySummary(story.name, len(story.sources), (), "-", 0, 0, 0, None, None, visit.at)
    ids = [p.id for p in timeline.entries]
    states = store.states()
    unread = sum(1 for i in ids if not (states.get(i) and states[i].read))
    new = sum(1 for i in ids if i not in visit.seen)
    outlets = tuple(dict.fromkeys(short_code(f.source) for f in timeline.feeds if f.source))
    lives = [f.live for f in timeline.feeds if f.url]
    if any(lives):
        state = "live"
    elif lives and all(live is False for live in lives):
        state = "ended"
    elif lives:
        state = "page"
    else:
        state = "files" if timeline.feeds else "-"
    fetched = [f.fetched for f in timeline.feeds if f.fetched is not None]
    return StorySummary(
        story.name,
        len(story.sources),
        outlets,
        state,
        len(ids),
        unread,
        new,
        _newest(timeline.entries),
        max(fetched) if fetched else None,
        visit.at,
        tuple(printable(p) for p in timeline.problems()),
    )


@dataclass(frozen=True)
class Added:
    """What adding sources to a story did: its name, whether it was new, what went in, and one line per refusal."""

    name: str
    created: bool
    added: tuple[str, ...]
    already: tuple[str, ...]
    refused: tuple[str, ...]
    notes: tuple[str, ...]


def _page_title(source: Source) -> str | None:
    """The page's own title, read from the copy just fetched."""
    if source.snapshot is None:
        return None
    reader = registry.page_reader(source.snapshot.outlet)
    try:
        return reader.read_snapshot(source.snapshot, source.url).title if reader is not None else None
    except ValueError:
        return None


def default_name(item: str, title: str | None) -> str:
    """A new story's name when none is given: the page's title, else the address's last part, else the file's."""
    if title and title.strip():
        return title
    if is_url(item):
        parts = [p for p in urlsplit(item).path.split("/") if p]
        return parts[-1].replace("-", " ") if parts else item
    return Path(item).stem or item


def add_to_story(
    items: list[str],
    name: str | None,
    pages: Path,
    offline: bool = False,
    poll: float = 30.0,
    path: Path | None = None,
    client: PoliteClient | None = None,
) -> Added:
    """Check each source (a URL is fetched once into ``pages``, so the story opens offline), then add the
    good ones to the story ``name`` (default: the first page's title).  Raises StoriesError when the
    stories file cannot be edited."""
    refused: list[str] = []
    notes: list[str] = []
    accepted: list[str] = []
    for item in dict.fromkeys(i.strip() for i in items if i.strip()):
        reason = refusal(item)
        if reason is None and is_url(item) and offline and not known_shape(item):
            reason = "offline, and no outlet knows this address as a live page by its shape (add it online)"
        if reason:
            refused.append(f"{printable(item)}: {reason}; not added")
        else:
            accepted.append(item)
    titles: dict[str, str | None] = {}
    urls = [item for item in accepted if is_url(item)]
    if urls and not offline:
        sources = Sources(urls, pages, client, poll, offline=False)
        try:
            sources.open()
            for source in sources.sources:
                if source.snapshot is None and (source.state == "removed" or not known_shape(source.url)):
                    refused.append(f"{shown_url(source.url)}: {source.error or 'no outlet reads this page'}; not added")
                    accepted.remove(source.url)
                elif source.snapshot is None:
                    notes.append(f"{shown_url(source.url)}: not fetched now ({source.error}); fetched when opened")
                titles[source.url] = _page_title(source)
        finally:
            if client is None:
                sources.close()
    if not accepted:
        return Added(clean_name(name or ""), False, (), (), tuple(refused), tuple(notes))
    chosen = clean_name(name or default_name(accepted[0], titles.get(accepted[0])))
    created, added, chosen = add_sources(chosen, accepted, path)
    already = tuple(i for i in accepted if source_text(i) not in added)
    return Added(chosen, created, tuple(added), already, tuple(refused), tuple(notes))
