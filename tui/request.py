"""What to load when: the one default-load policy the CLI and the app share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.build.pipeline import LoadRequest
from tui.resources import seed_paths

if TYPE_CHECKING:
    from tui.core.session.stories import StorySummary
    from tui.core.sources.http import PoliteClient
    from tui.core.sources.poller import Sources
    from tui.core.sources.stories import Story
    from tui.core.store.database import Store


def _seed_label(path: Path) -> str:
    return f"seeds/{path.name}"


def load_request(
    paths: list[Path] | None = None,
    fmt: str | None = None,
    on_date: date | None = None,
    topics_file: Path | None = None,
    labels: dict[Path, str] | None = None,
) -> LoadRequest:
    """The given paths, or with none the bundled day (its files named ``seeds/NAME``).

    ``labels`` names some paths otherwise (a fetched page's snapshot file is named by its URL).
    """
    if paths:
        if labels:
            names = dict(labels)
            return LoadRequest(tuple(paths), fmt, on_date, lambda path: names.get(path, str(path)), topics_file)
        return LoadRequest(tuple(paths), fmt, on_date, None, topics_file)
    return LoadRequest(tuple(seed_paths()), fmt, on_date, _seed_label, topics_file)


@dataclass
class Inputs:
    """What a command line's inputs came to: the files to load, the URLs behind some of them, and what went wrong."""

    paths: list[Path]
    labels: dict[Path, str] = field(default_factory=dict)
    sources: Sources | None = None
    #: One line per URL with no copy at all (the rest still load).
    problems: list[str] = field(default_factory=list)
    #: One line per URL shown from an older copy (offline, or the fetch failed now).
    notes: list[str] = field(default_factory=list)
    #: Whether the user named any input (none: the bundled day).
    named: bool = False
    #: One line per URL that could not be fetched now and is shown from its stored copy.
    stale: list[str] = field(default_factory=list)


def open_inputs(
    items: list[str],
    store_path: str,
    offline: bool = False,
    interval: float | None = None,
    client: PoliteClient | None = None,
) -> Inputs:
    """Split inputs into paths and URLs, and fetch each URL (or take its stored copy) into a snapshot file.

    Nothing is fetched when no input is a URL (the network code is not even imported).
    """
    from tui.core.sources.pages import is_url

    urls = [item for item in items if is_url(item)]
    paths = [Path(item) for item in items if not is_url(item)]
    if not urls:
        return Inputs(paths, named=bool(items))
    from tui.core.infra.locations import pages_dir
    from tui.core.sources.poller import DEFAULT_INTERVAL, Sources

    sources = Sources(urls, pages_dir(store_path), client, interval or DEFAULT_INTERVAL, offline)
    problems, notes, stale = sources.open()
    labels = sources.labels()
    named = {p: labels[p] for p in sources.paths()}
    return Inputs(paths + sources.paths(), named, sources, problems, notes, True, stale)


def open_story(
    story: Story,
    store_path: str,
    offline: bool = False,
    interval: float | None = None,
    client: PoliteClient | None = None,
) -> Inputs:
    """A story's sources opened like a command line's inputs (its own poll interval wins over the default)."""
    inputs = open_inputs(list(story.sources), store_path, offline, story.poll or interval, client)
    inputs.named = True
    return inputs


def story_request(story: Story, inputs: Inputs, fmt: str | None = None) -> LoadRequest:
    """What a story loads: its inputs, with its own date and topic file (nothing at all when none has a copy:
    never the bundled day)."""
    if not inputs.paths:
        return LoadRequest((), fmt, story.on_date, None, story.topics)
    return load_request(inputs.paths, fmt, story.on_date, story.topics, inputs.labels)


def story_summary(
    story: Story, store: Store, offline: bool, poll: float
) -> tuple[StorySummary, dict[str, str], list[str]]:
    """Open a story's sources (fetching unless ``offline``), build its timeline through the store, and sum
    it up: (its row, each URL's status line, its problems).  Workers for a large build end with it."""
    from tui.core.infra.workers import Workers
    from tui.core.session.follow import Follower
    from tui.core.session.stories import summarise

    inputs = open_story(story, store.path, offline, poll)
    try:
        status = (
            dict(zip([s.url for s in inputs.sources.sources], inputs.sources.status(False))) if inputs.sources else {}
        )
        problems = inputs.problems + inputs.stale
        timeline = None
        if inputs.paths:
            workers = Workers()
            try:
                follower = Follower(story_request(story, inputs), store=store, workers=workers)
                timeline = follower.build()
                follower.store_pending()
            finally:
                workers.close()
            problems += timeline.problems()
        return summarise(story, timeline, store), status, problems
    finally:
        if inputs.sources is not None:
            inputs.sources.close()
