"""What the reader does with posts outside itself: cite, open in a browser, export to a file.

Each function does its one thing and returns the notice that says what
happened (untrusted text in it -- titles, URLs, paths -- is made printable).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo

from textual.app import App

from tui.core.infra.locations import exports_dir
from tui.core.infra.safe_io import atomic_write, describe_os_error
from tui.core.model.marks import PostState
from tui.core.model.post import Post
from tui.core.model.text import clip, printable
from tui.core.views.export import export_name, export_text
from tui.core.views.render import citation
from tui.core.views.timeline import Timeline
from tui.ui.browser import open_in_browser


def cite(app: App[object], timeline: Timeline, post: Post, zone: tzinfo | None) -> str:
    """Copy ``post`` as a citation (OSC 52: works over SSH in most terminals)."""
    app.copy_to_clipboard(citation(post, zone, timeline.page_url(post)))
    return f"Copied a citation of “{clip(post.display_title, 40)}” to the clipboard."


def open_link(app: App[object], timeline: Timeline, post: Post) -> str:
    """Open the post's own link (else its page's) in a browser; copy it where no browser can open."""
    url = post.link or timeline.page_url(post)
    if not url:
        return "This post has no link: it was read from a dump that printed no address."
    if open_in_browser(url):
        return f"Opened {printable(url)} in the browser."
    app.copy_to_clipboard(url)
    return f"No browser here; copied {printable(url)} to the clipboard."


def export(
    kind: str,
    timeline: Timeline,
    shown: list[Post],
    states: Mapping[str, PostState],
    zone: tzinfo | None,
    label: str = "",
) -> str:
    """Write ``shown`` (``digest``: the starred among them) to a new file in the exports folder."""
    where = exports_dir() / export_name(kind, datetime.now(UTC), label)
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(where, export_text(kind, timeline, shown, states, zone).encode("utf-8"))
    except OSError as exc:
        return f"Could not export: {printable(str(where))}: {describe_os_error(exc)}"
    count = sum(1 for p in shown if p.id in states and states[p.id].starred) if kind == "digest" else len(shown)
    what = "starred post" if kind == "digest" else "post"
    return f"Exported {count} {what}{'s' if count != 1 else ''} to {printable(str(where))}"
