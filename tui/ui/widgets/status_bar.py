"""The status line: the day shown, sources loaded, how many posts match, a notice, load problems."""

from __future__ import annotations

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

from tui.core.parse.outlet import display_name
from tui.core.views.status import StatusFacts

#: How long a notice stays on the status line (what is still wrong stays as a problem line instead).
NOTICE_SECONDS = 6.0


def _facts_line(facts: StatusFacts) -> Text:
    """The first line, most important first: on a narrow terminal the end is cut off."""
    text = Text(no_wrap=True, overflow="ellipsis")
    if facts.story:
        text.append(facts.story + " · ", "bold")
    day = facts.day.strftime("%a %d %b %Y") + ("?" if facts.day_uncertain else "") if facts.day else "no date"
    text.append(day, "bold")
    text.append(f" · {facts.shown} of {facts.total} posts", "bold")
    if facts.new:
        text.append(f" · {facts.new} new", "bold reverse")
    if facts.marks is not None:
        unread, starred = facts.marks
        text.append(f" · {unread} unread")
        if starred:
            text.append(f" · {starred} ★")
    if facts.busy:
        text.append(f" · {facts.busy}", "italic")
    text.append(f" · sort {facts.sort}")
    outlets = ", ".join(f"{display_name(s)} {n}" for s, n in facts.sources.items() if n)
    files = facts.files
    text.append(f" · {files} file{'s' if files != 1 else ''} ({outlets})" if outlets else f" · {files} files")
    return text


def status_text(facts: StatusFacts, notice: str, width: int) -> Text:
    """The whole status text at ``width``: the facts line (and the sources line) are cut to the width;
    what says something to read -- the filters, a notice, a problem -- wraps, so no width cuts it."""
    text = _facts_line(facts)
    text.truncate(width, overflow="ellipsis")
    if facts.sources_state:
        line = Text(facts.sources_state, no_wrap=True, overflow="ellipsis")
        line.truncate(width, overflow="ellipsis")
        text.append("\n")
        text.append_text(line)
    if facts.filters:
        text.append("\nFiltered by " + facts.filters, "italic")
    if notice:
        text.append("\n→ " + notice, "bold")
    for problem in facts.problems[:3]:
        text.append("\n⚠ " + problem, "bold")
    if len(facts.problems) > 3:
        text.append(f"\n⚠ … and {len(facts.problems) - 3} more (see `liveblog list` on stderr)")
    text.no_wrap = False
    return text


class StatusBar(Static):
    """Facts about what is loaded and shown, plus a passing notice and load problems, if any."""

    DEFAULT_CSS = """
    StatusBar {
        height: auto;
        max-height: 8;
        padding: 0 1;
        background: $panel;
        color: $text;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._facts: StatusFacts | None = None
        #: Said for :data:`NOTICE_SECONDS`, or until a newer notice (or "") replaces it.
        self.notice = ""
        self._notice_timer: Timer | None = None
        #: How many lines the status took when last drawn (0: not drawn yet).
        self._lines = 0

    def on_resize(self) -> None:
        """The facts line is cut to the width: a new width cuts it again."""
        self._draw()

    def show(self, facts: StatusFacts) -> None:
        """Say these facts (the notice stays until it expires)."""
        self._facts = facts
        self._draw()

    def say(self, notice: str) -> None:
        """Say ``notice`` for :data:`NOTICE_SECONDS` ("" takes the current one away now)."""
        self.notice = notice
        if self._notice_timer is not None:
            self._notice_timer.stop()
            self._notice_timer = None
        if notice:
            self._notice_timer = self.set_timer(NOTICE_SECONDS, self._expire)
        self._draw()

    def _expire(self) -> None:
        self._notice_timer = None
        if self.notice:
            self.notice = ""
            self._draw()

    def _draw(self) -> None:
        if self._facts is None:
            return  # nothing to say before the first rows: the counts appear with the rows they count
        width = max(10, self.content_size.width or self.size.width - 2)
        text = status_text(self._facts, self.notice, width)
        # The screen is laid out again only when the status takes another number of lines (a layout pass
        # at every keystroke that changes a count would cost a frame's time).
        lines = len(text.wrap(self.app.console, width))
        self.update(text, layout=lines != self._lines)
        self._lines = lines
