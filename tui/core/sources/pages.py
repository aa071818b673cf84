"""Fetching one URL into a page snapshot, and keeping snapshots where the pipeline reads them.

The outlet whose addresses the URL has (or, for another address, the
outlet whose data the first response holds) says what to ask for next;
this module asks, conditionally when an earlier copy knows the validators.
A snapshot is written only when the page changed, so an unchanged poll
costs the pipeline nothing; each changed copy is also kept in the page's
history folder (bounded), with its URL and time.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from tui.core.infra.safe_io import atomic_write
from tui.core.parse import outlet as registry
from tui.core.parse import snapshot as snapshots
from tui.core.parse.outlet import PageReader
from tui.core.parse.snapshot import Response, Snapshot
from tui.core.sources.http import Fetched, FetchError, PoliteClient, check_url

#: How many changed copies of one page are kept in its history folder.
KEEP_HISTORY = 200
#: Requests one fetch of a page may make (the page and its older pages).
MAX_REQUESTS = 60


def is_url(text: str) -> bool:
    """Whether a command-line input is an address rather than a path (``scheme://``)."""
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text))


def snapshot_path(pages_dir: Path, url: str) -> Path:
    """Where ``url``'s newest snapshot is kept: its host and a hash of the address."""
    host = re.sub(r"[^a-z0-9.-]", "_", (urlsplit(url).hostname or "page").lower())[:60]
    digest = hashlib.blake2b(url.encode("utf-8"), digest_size=8).hexdigest()
    return pages_dir / f"{host}-{digest}.page.json.gz"


def read_stored(path: Path) -> Snapshot | None:
    """The snapshot kept at ``path``; None when there is none or it is damaged."""
    try:
        return snapshots.decode(path.read_bytes())
    except (OSError, ValueError):
        return None


def _reader_for(url: str, first: Fetched | None) -> tuple[str, PageReader] | None:
    chosen = registry.url_outlet(url)
    if chosen is not None:
        reader = registry.page_reader(chosen.code)
        return (chosen.code, reader) if reader is not None else None
    if first is None:
        return None
    for outlet, reader in registry.page_readers():
        try:
            if reader.read_structured(first.body, url) is not None:
                return outlet.code, reader
        except ValueError:
            return outlet.code, reader
    return None


def fetch(url: str, client: PoliteClient, previous: Snapshot | None = None, now: datetime | None = None) -> Snapshot:
    """Every response ``url``'s page is made of, asked for politely; raises FetchError.

    With ``previous``, each request carries the validators that copy got
    for the same address, and a ``304`` reuses that copy's body (and so does a
    failed request for one of the page's older parts).  An older part that
    fails with no earlier copy ends the fetch there: the snapshot holds the
    parts read, and ``incomplete`` says why.  The
    snapshot's ``live`` is what the page says; a page no outlet can read
    raises FetchError naming what was missing.
    """
    refused = check_url(url)
    if refused:
        raise FetchError(url, refused)
    known = {r.url: r for r in previous.responses} if previous else {}
    found = _reader_for(url, None)
    first: Fetched | None = None
    if found is None:
        first = _get(client, url, known.get(url))
        found = _reader_for(url, first)
        if found is None:
            try:
                registry.read_structured(first.body, url)
            except ValueError as exc:
                raise FetchError(url, str(exc)) from None
            raise FetchError(
                url,
                "not a live page liveblog can read (neither the address nor the page is a BBC or Guardian live blog's)",
            )
    code, reader = found
    responses: list[Response] = [_response(first, known.get(url))] if first is not None else []
    incomplete = ""
    while len(responses) < MAX_REQUESTS:
        wanted = reader.next_request(url, responses)
        if wanted is None or any(r.url == wanted for r in responses):
            break
        try:
            fetched = _get(client, wanted, known.get(wanted))
        except FetchError as error:
            if not responses:
                raise  # the page itself failed: there is nothing to show
            older = known.get(wanted)
            if older is None:
                # an older part of the page failed: keep what was read, say so, and ask again at the next poll
                incomplete = f"{error.reason} (asking for the page's older part)"
                break
            fetched = None
        responses.append(_response(fetched, known.get(wanted)) if fetched is not None else known[wanted])
    taken = Snapshot(url, code, now or datetime.now(UTC), tuple(responses), incomplete=incomplete)
    try:
        feed = reader.read_snapshot(taken, url)
    except ValueError as exc:
        raise FetchError(url, str(exc)) from None
    return replace(taken, live=feed.live)


def _get(client: PoliteClient, url: str, known: Response | None) -> Fetched:
    return client.get(url, known.etag if known else None, known.last_modified if known else None)


def _response(fetched: Fetched, known: Response | None) -> Response:
    if fetched.status == 304 and known is not None:
        return replace(
            known, etag=fetched.etag or known.etag, last_modified=fetched.last_modified or known.last_modified
        )
    return Response(fetched.url, fetched.body, fetched.etag, fetched.last_modified)


def same_page(a: Snapshot | None, b: Snapshot | None) -> bool:
    """Whether two snapshots hold the same responses (bodies; validators and times aside)."""
    if a is None or b is None:
        return a is b
    return [(r.url, r.body) for r in a.responses] == [(r.url, r.body) for r in b.responses] and a.live == b.live


def keep(path: Path, snapshot: Snapshot) -> None:
    """Write ``snapshot`` as ``path`` (atomically) and add it to the page's history."""
    data = snapshots.encode(snapshot)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data)
    history = path.with_name(path.name.removesuffix(".page.json.gz") + ".history")
    history.mkdir(exist_ok=True)
    stamp = snapshot.fetched.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    atomic_write(history / f"{stamp}.page.json.gz", data)
    kept = sorted(history.glob("*.page.json.gz"))
    for old in kept[: max(0, len(kept) - KEEP_HISTORY)]:
        old.unlink(missing_ok=True)
