"""The outlet plug-in protocol and the one registry of outlets.

An outlet (the BBC, the Guardian, …) is a package under
:mod:`tui.core.parse.outlets` that knows how to recognise, and parse, that
outlet's dumps.  Everything else in liveblog asks this registry about
outlets and names none itself; the built-in outlets are discovered by
importing :mod:`tui.core.parse.outlets` the first time the registry is read, so
that this module (and every stage that uses it) never imports an outlet
package.  Tests and plug-ins add outlets with :func:`register`.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from tui.core.model.post import Feed
from tui.core.parse import snapshot as snapshots
from tui.core.parse.snapshot import Response, Snapshot

#: Imported on first use to register the built-in outlets.
BUILTIN_PACKAGE = "tui.core.parse.outlets"


@dataclass(frozen=True, slots=True)
class Evidence:
    """How strongly a dump looks like one outlet's.

    ``strong`` counts structural markers (stamps, headings only that outlet
    prints); ``weak`` is a hint used only when no outlet has a structural
    marker (quotation style, say); ``reason`` says what was seen.
    """

    strong: float
    weak: float
    reason: str


@dataclass(frozen=True, slots=True)
class Marker:
    """A sign on a line of a dump: a pattern, and words (lower case) of which the line must hold
    one for the pattern to match it — only lines holding one are searched."""

    needles: tuple[str, ...]
    pattern: re.Pattern[str]

    def found(self, text: str, lower: str) -> bool:
        """True when a line of ``text`` (``lower``: the same in lower case) shows the sign."""
        if len(lower) != len(text):  # lower case changed the length (rare letters): no positions to share
            return any(needle in lower for needle in self.needles) and self.pattern.search(text) is not None
        for needle in self.needles:
            at = lower.find(needle)
            while at != -1:
                start = text.rfind("\n", 0, at) + 1
                end = text.find("\n", at)
                end = len(text) if end == -1 else end
                if self.pattern.search(text, start, end) is not None:
                    return True
                at = lower.find(needle, end)
        return False


@runtime_checkable
class Outlet(Protocol):
    """What the rest of liveblog needs to know about one outlet.

    ``code`` is the stable identifier stored on every post (``"bbc"``);
    ``name`` is for people (``"BBC"``); ``short`` is a three-letter column
    code; ``home_zone`` is the IANA zone its clock times are in when a dump
    names none; ``stable_clock`` is true when the outlet never edits a
    post's printed time, so the time may be part of the post's identity;
    ``colour`` is a Textual theme variable for the outlet's column.
    """

    code: str
    name: str
    short: str
    home_zone: str
    stable_clock: bool
    colour: str

    def detect(self, lines: list[str]) -> Evidence:
        """How much the cleaned lines of a dump look like this outlet's."""
        ...

    def parse(self, lines: list[str], path: str) -> Feed:
        """Parse a dump's cleaned lines; pure and deterministic."""
        ...


@runtime_checkable
class PageReader(Protocol):
    """The part of an outlet that reads its pages themselves (optional: a dump-only outlet has none).

    Everything here is pure: it looks at bytes and addresses and says what
    they hold or what to ask for next; fetching is the sources floor's.
    """

    #: The outlet's own hosts (a subdomain counts): polled no faster than every 10 s.
    hosts: tuple[str, ...]

    def live_url(self, url: str) -> bool:
        """Whether ``url`` has the shape of this outlet's live-page addresses (the path decides, not the host)."""
        ...

    def read_structured(self, data: bytes, name: str) -> Feed | None:
        """A saved page or JSON of this outlet's as a feed; None when the bytes are not this outlet's.

        Raises ValueError, naming what was missing, for a page of this outlet's whose posts cannot be found.
        """
        ...

    def read_snapshot(self, snapshot: Snapshot, name: str) -> Feed:
        """The feed a URL's fetched responses hold; raises ValueError naming what was missing."""
        ...

    def next_request(self, url: str, responses: Sequence[Response]) -> str | None:
        """What a fetch of ``url`` asks for after ``responses`` (the page, then older pages); None when done."""
        ...

    def poll_request(self, url: str, responses: Sequence[Response]) -> str | None:
        """The small request that tells whether the page changed (None: fetch the page again instead)."""
        ...

    def poll_changed(self, responses: Sequence[Response], answer: bytes) -> bool:
        """Whether the poll's answer says the page has changed since ``responses``."""
        ...


class PagesModule:
    """A :class:`PageReader` whose functions live in a module of the outlet's, imported on first use
    (a reader showing a stored timeline never loads the HTML parser).  Subclasses name ``pages_module``
    and ``hosts``."""

    pages_module: str
    hosts: tuple[str, ...]

    def _pages(self) -> PageReader:
        return importlib.import_module(self.pages_module)  # a module with the protocol's functions

    def live_url(self, url: str) -> bool:
        return self._pages().live_url(url)

    def read_structured(self, data: bytes, name: str) -> Feed | None:
        return self._pages().read_structured(data, name)

    def read_snapshot(self, snapshot: Snapshot, name: str) -> Feed:
        return self._pages().read_snapshot(snapshot, name)

    def next_request(self, url: str, responses: Sequence[Response]) -> str | None:
        return self._pages().next_request(url, responses)

    def poll_request(self, url: str, responses: Sequence[Response]) -> str | None:
        return self._pages().poll_request(url, responses)

    def poll_changed(self, responses: Sequence[Response], answer: bytes) -> bool:
        return self._pages().poll_changed(responses, answer)


@dataclass(frozen=True, slots=True)
class Detection:
    """The outlet a dump was recognised as, how sure, and why."""

    format: str | None
    confident: bool
    reason: str


_OUTLETS: dict[str, Outlet] = {}
_builtins_loaded = False


def _ensure_builtins() -> None:
    global _builtins_loaded
    if not _builtins_loaded:
        _builtins_loaded = True
        importlib.import_module(BUILTIN_PACKAGE)


def register(outlet: Outlet) -> None:
    """Add (or replace) an outlet in the registry."""
    _OUTLETS[outlet.code] = outlet


def unregister(code: str) -> None:
    """Remove an outlet (for tests that add a toy one)."""
    _OUTLETS.pop(code, None)


def outlets() -> list[Outlet]:
    """Every registered outlet, in registration order."""
    _ensure_builtins()
    return list(_OUTLETS.values())


def codes() -> tuple[str, ...]:
    """The registered outlets' codes (the values ``--source-format`` accepts)."""
    return tuple(outlet.code for outlet in outlets())


def get(code: str) -> Outlet | None:
    """The outlet with this code, or None."""
    _ensure_builtins()
    return _OUTLETS.get(code)


def display_name(code: str) -> str:
    """An outlet's name for people; an unknown code is shown as given."""
    outlet = get(code)
    return outlet.name if outlet is not None else code


def short_code(code: str) -> str:
    """An outlet's three-letter column code."""
    outlet = get(code)
    return outlet.short if outlet is not None else code[:3].upper()


def home_zone(code: str) -> str:
    """The IANA zone an outlet's unzoned clock times are in (UTC when unknown)."""
    outlet = get(code)
    return outlet.home_zone if outlet is not None else "UTC"


def reads_markdown_copies(code: str) -> bool:
    """Whether a dump of this outlet's may be a markdown copy whose marks (``### …`` headings, ``* …`` items,
    ``> …`` quotations) are the copier's, to take out before parsing (an outlet's optional
    ``markdown_copies`` attribute; an outlet whose own format uses such marks leaves it unset)."""
    outlet = get(code)
    return bool(getattr(outlet, "markdown_copies", False))


def stable_clock(code: str) -> bool:
    """Whether an outlet's printed times never change between snapshots."""
    outlet = get(code)
    return bool(outlet and outlet.stable_clock)


def detect(lines: list[str]) -> Detection:
    """Which registered outlet a dump's cleaned lines come from.

    Structural markers decide; when no outlet shows any, a dump with enough
    prose is given to the outlet with the strongest weak hint and the
    detection is marked unsure.  Ties between markers are unsure too.
    """
    scored = [(outlet.detect(lines), outlet) for outlet in outlets()]
    if not scored:
        return Detection(None, False, "no outlet is registered")
    ranked = sorted(scored, key=lambda pair: (pair[0].strong, pair[0].weak), reverse=True)
    (best, chosen), runner = ranked[0], (ranked[1][0] if len(ranked) > 1 else Evidence(0.0, 0.0, ""))
    if best.strong > 0:
        if best.strong > runner.strong:
            return Detection(chosen.code, True, best.reason)
        if best.weak > runner.weak:
            return Detection(
                chosen.code, False, f"as many markers of another outlet; house style decided: {best.reason}"
            )
        return Detection(chosen.code, False, f"as many markers of another outlet; {best.reason}")
    prose = [line for line in lines if len(line.split()) >= 8]
    filled = [line for line in lines if line.strip()]
    if len(prose) < 3 or len(prose) < len(filled) // 3:
        return Detection(
            None, False, "no live-blog markers (published-at stamps, Key events, Updated lines) and too little prose"
        )
    return Detection(chosen.code, False, best.reason)


def page_readers() -> list[tuple[Outlet, PageReader]]:
    """The outlets that read their pages themselves, in registration order."""
    return [(o, o) for o in outlets() if isinstance(o, PageReader)]


def url_outlet(url: str) -> Outlet | None:
    """The outlet whose live-page addresses ``url`` looks like, if any."""
    return next((o for o, reader in page_readers() if reader.live_url(url)), None)


def outlet_host(url: str) -> bool:
    """Whether ``url``'s host is one of an outlet's own (or under one)."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for _, reader in page_readers() for h in reader.hosts)


def page_reader(code: str) -> PageReader | None:
    """The page reader of outlet ``code``, if it has one."""
    outlet = get(code)
    return outlet if isinstance(outlet, PageReader) else None


def _looks_structured(data: bytes) -> str | None:
    """``"html"`` or ``"json"`` when bytes look like a page or JSON rather than a text dump."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta", b"<script", b"<!--")):
        return "html"
    if head.startswith((b"{", b"[")):
        return "json"
    return None


def read_structured(data: bytes, name: str) -> Feed | None:
    """A page snapshot, saved page or outlet JSON as a feed; None for anything else (a text dump).

    Raises ValueError with one line saying why for a page or JSON no outlet
    can read, or an outlet's page whose posts were not found.
    """
    if snapshots.is_snapshot(data):
        snap = snapshots.decode(data)
        reader = page_reader(snap.outlet)
        if reader is None:
            raise ValueError(f"a page snapshot of an outlet liveblog does not know ({snap.outlet!r})")
        feed = reader.read_snapshot(snap, name)
        feed.url, feed.fetched = snap.url, snap.fetched
        feed.live = snap.live if snap.live is not None else feed.live
        return feed
    kind = _looks_structured(data)
    if kind is None:
        return None
    for _, reader in page_readers():
        found = reader.read_structured(data, name)
        if found is not None:
            return found
    known = " or ".join(o.name for o, _ in page_readers())
    if kind == "json":
        try:
            json.loads(data)
        except (ValueError, RecursionError):
            if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
                raise ValueError("JSON that does not parse (malformed or cut short)") from None
            return None  # a text dump that opens with "[": read as text
        raise ValueError(f"JSON, but not a {known} live page or its data (no live-blog posts in it)")
    raise ValueError(f"an HTML page, but not a {known} live page (no live-blog posts in its data)")
