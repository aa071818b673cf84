"""The Guardian outlet: live blogs, one paragraph per line, times on lines of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.parse.outlet import PagesModule

if TYPE_CHECKING:
    from tui.core.model.post import Feed
    from tui.core.parse.outlet import Evidence


class Guardian(PagesModule):
    """The Guardian plug-in (see :class:`tui.core.parse.outlet.Outlet`)."""

    code = "guardian"
    name = "Guardian"
    short = "GDN"
    home_zone = "Europe/London"
    stable_clock = False  # a post's printed time can move between snapshots
    markdown_copies = True  # its pages are clipped to markdown: the marks are the copier's
    colour = "$primary"

    def detect(self, lines: list[str]) -> Evidence:
        """See :func:`tui.core.parse.outlets.guardian.detect.detect`."""
        from tui.core.parse.outlets.guardian import (
            detect,
        )  # on first use: a reader showing a stored timeline never compiles the recognisers

        return detect.detect(lines)

    def parse(self, lines: list[str], path: str) -> Feed:
        """See :func:`tui.core.parse.outlets.guardian.parser.parse_guardian`."""
        from tui.core.parse.outlets.guardian.parser import parse_guardian

        return parse_guardian(lines, path)

    # The page reader (tui.core.parse.outlet.PageReader), in its own module.
    pages_module = "tui.core.parse.outlets.guardian.pages"
    hosts = ("theguardian.com", "guardianapis.com", "guardianapps.co.uk")


OUTLET = Guardian()
