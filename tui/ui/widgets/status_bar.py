"""The status line: the day shown, sources loaded, how many posts match, load problems."""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.text import Text
from textual.widgets import Static

from tui.core.parse.outlet import display_name


class StatusBar(Static):
    """One line of facts about what is loaded and shown (plus load errors, if any)."""

    DEFAULT_CSS = """
    StatusBar {
        height: auto;
        max-height: 8;
        padding: 0 1;
        background: $panel;
        color: $text;
    }
    """

    _shown: dict[str, Any] | None = None

    def on_resize(self) -> None:
        """The facts line is cut to the width: a new width cuts it again."""
        if self._shown is not None:
            self.show(**self._shown)

    def show(
        self,
        *,
        day: date | None,
        sources: dict[str, int],
        files: int,
        shown: int,
        total: int,
        filters: str,
        sort: str,
        problems: list[str],
        busy: str = "",
        notice: str = "",
        new: int = 0,
        day_uncertain: bool = False,
        marks: tuple[int, int] | None = None,
        sources_state: str = "",
        story: str = "",
    ) -> None:
        """Rebuild the status text from plain values (no markup is parsed)."""
        self._shown = dict(
            day=day, sources=sources, files=files, shown=shown, total=total, filters=filters, sort=sort,
            problems=problems, busy=busy, notice=notice, new=new, day_uncertain=day_uncertain, marks=marks,
            sources_state=sources_state, story=story,
        )  # fmt: skip
        text = Text(no_wrap=True, overflow="ellipsis")
        # Most important first: on a narrow terminal the end is cut off.
        if story:
            text.append(story + " · ", "bold")
        text.append(day.strftime("%a %d %b %Y") + ("?" if day_uncertain else "") if day else "no date", "bold")
        text.append(f" · {shown} of {total} posts", "bold")
        if new:
            text.append(f" · {new} new", "bold reverse")
        if marks is not None:
            unread, starred = marks
            text.append(f" · {unread} unread")
            if starred:
                text.append(f" · {starred} ★")
        if busy:
            text.append(f" · {busy}", "italic")
        text.append(f" · sort {sort}")
        outlets = ", ".join(f"{display_name(s)} {n}" for s, n in sources.items() if n)
        text.append(f" · {files} file{'s' if files != 1 else ''} ({outlets})" if outlets else f" · {files} files")
        width = max(10, self.content_size.width or self.size.width - 2)
        # The facts line (and the sources line) are cut to the width, most important first; what says
        # something to read -- the filters, a notice, a problem -- wraps, so no width cuts it.
        text.truncate(width, overflow="ellipsis")
        if sources_state:
            line = Text(sources_state, no_wrap=True, overflow="ellipsis")
            line.truncate(width, overflow="ellipsis")
            text.append("\n")
            text.append_text(line)
        if filters:
            text.append("\nFiltered by " + filters, "italic")
        if notice:
            text.append("\n→ " + notice, "bold")
        for problem in problems[:3]:
            text.append("\n⚠ " + problem, "bold")
        if len(problems) > 3:
            text.append(f"\n⚠ … and {len(problems) - 3} more (see `liveblog list` on stderr)")
        text.no_wrap = False
        self.update(text)
