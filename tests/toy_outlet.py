"""A third, toy outlet defined entirely in the test suite.

Its dumps look like::

    == Toy Live ==
    ## 14:05 Ministers meet unions
    A paragraph.

Registering it must be all it takes for it to load, merge, filter and show.
"""

from __future__ import annotations

import re

from tui.core.model.post import Block, Feed, Origin, Post, Stamp
from tui.core.parse.outlet import Evidence

_HEAD_RE = re.compile(r"^## (\d{1,2}):(\d{2}) (.+)$")


class Toy:
    """A plug-in that satisfies :class:`tui.core.parse.outlet.Outlet`."""

    code = "toy"
    name = "Toy Times"
    short = "TOY"
    home_zone = "Asia/Tokyo"
    stable_clock = True
    colour = "$success"

    def detect(self, lines: list[str]) -> Evidence:
        strong = 3.0 if any(line.startswith("== Toy Live ==") for line in lines[:5]) else 0.0
        return Evidence(strong, 0.0, "a Toy Live banner")

    def parse(self, lines: list[str], path: str) -> Feed:
        feed = Feed(path=path, source=self.code, format=self.code)
        current: Post | None = None
        for number, line in enumerate(lines, start=1):
            head = _HEAD_RE.match(line)
            if line.startswith("== Toy Live =="):
                feed.page_parts.append(Block("page-title", line, number, number))
            elif head:
                hour, minute = int(head[1]), int(head[2])
                stamp = Stamp(f"{hour:02d}:{minute:02d}", hour, minute, 1, 3, 2025, None, None, number)
                current = Post(self.code, path, len(feed.posts), title=head[3], title_line=number, stamp=stamp)
                current.origins = [Origin(path, number, number)]
                feed.posts.append(current)
            elif line.strip() and current is not None:
                current.body.append(Block("paragraph", line.strip(), number, number))
                current.origins = [Origin(path, current.origins[0].first_line, number)]
        return feed


OUTLET = Toy()

EARLIER = """== Toy Live ==
## 09:30 Talks open in Tokyo
Delegates arrived early for the first session of the talks in Tokyo today.
"""
LATER = """== Toy Live ==
## 11:15 Talks close without a deal
The delegates left after a long day of talks, with no agreement to report.
## 09:30 Talks open in Tokyo
Delegates arrived early for the first session of the talks in Tokyo today.
A second paragraph was added later with more detail about the venue.
"""
