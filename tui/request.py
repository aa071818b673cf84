"""What to load when: the one default-load policy the CLI and the app share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.build.pipeline import LoadRequest
from tui.resources import seed_paths

if TYPE_CHECKING:
    from tui.core.sources.http import PoliteClient
    from tui.core.sources.poller import Sources


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
