"""A file's bytes to a feed: the outlet's own data when it is that, else a text dump's lines,
unflattened, detected (or forced) and parsed by its outlet.  Everything here is parsing: the
parse cache is keyed by this floor's code, so changing it throws away exactly the parses it made."""

from __future__ import annotations

import hashlib
import re

from tui.core.infra.reading import lines_of_bytes
from tui.core.model.post import Feed
from tui.core.parse import outlet
from tui.core.parse.unflatten import unflatten

#: A dump's own address, printed on a line of its own near its top.
_URL_RE = re.compile(r"^https?://[^\s<>\"]+$")


def read_feed(data: bytes, name: str, fmt: str | None = None) -> Feed:
    """The feed in a file's bytes (``fmt``: an outlet's code, detected when None); raises ValueError
    naming what is wrong.

    An outlet's own data (a page snapshot, a saved page, its JSON) is read
    by that outlet's page reader; anything else is a text dump.
    """
    structured = outlet.read_structured(data, name)
    if structured is not None:
        return structured
    lines, warnings = lines_of_bytes(data)
    feed = parse_lines(lines, name, fmt)
    feed.read_notes = list(warnings)
    feed.url = next((line.strip() for line in lines[:40] if _URL_RE.match(line.strip())), None)
    feed.digest = hashlib.blake2b("\n".join(lines).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return feed


def parse_lines(lines: list[str], name: str, fmt: str | None = None) -> Feed:
    """Parse cleaned lines as outlet ``fmt`` (detected when None); raises ValueError."""
    lines, flattened = unflatten(lines)
    warnings: list[str] = [flattened] if flattened else []
    if fmt is None:
        detection = outlet.detect(lines)
        if detection.format is None:
            known = " or ".join(o.name for o in outlet.outlets())
            raise ValueError(f"not a {known} live-blog dump: {detection.reason} (use --source-format to force one)")
        fmt = detection.format
        if not detection.confident:
            warnings.append(f"format guessed as {fmt}: {detection.reason}")
    chosen = outlet.get(fmt)
    if chosen is None:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(outlet.codes())}")
    feed = chosen.parse(lines, name)
    if not feed.posts and not feed.summary and not feed.key_events:
        raise ValueError(f"read as {fmt} but found no posts")
    feed.warnings[:0] = warnings
    return feed
