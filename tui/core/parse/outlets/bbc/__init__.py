"""The BBC outlet: live pages with titles fused to ``published at`` stamps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.parse.outlet import PagesModule

if TYPE_CHECKING:
    from tui.core.model.post import Feed
    from tui.core.parse.outlet import Evidence


class BBC(PagesModule):
    """The BBC plug-in (see :class:`tui.core.parse.outlet.Outlet`)."""

    code = "bbc"
    name = "BBC"
    short = "BBC"
    home_zone = "Europe/London"
    stable_clock = True  # BBC pages never edit a post's printed time
    markdown_copies = True  # its pages are clipped to markdown: the marks are the copier's
    colour = "$error"

    def detect(self, lines: list[str]) -> Evidence:
        """See :func:`tui.core.parse.outlets.bbc.detect.detect`."""
        from tui.core.parse.outlets.bbc import (
            detect,
        )  # on first use: a reader showing a stored timeline never compiles the recognisers

        return detect.detect(lines)

    def parse(self, lines: list[str], path: str) -> Feed:
        """See :func:`tui.core.parse.outlets.bbc.parser.parse_bbc`."""
        from tui.core.parse.outlets.bbc.parser import parse_bbc

        return parse_bbc(lines, path)

    # The page reader (tui.core.parse.outlet.PageReader), in its own module.
    pages_module = "tui.core.parse.outlets.bbc.pages"
    hosts = ("bbc.co.uk", "bbc.com", "bbci.co.uk")


OUTLET = BBC()
