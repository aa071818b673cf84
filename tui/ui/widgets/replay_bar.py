"""The replay bar: clock, speed, progress, and a per-outlet density strip.

The strip shows posts per 15 minutes for each outlet across the replay span,
with the replay position marked; clicking it jumps there.
"""

from __future__ import annotations

from datetime import tzinfo

from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from tui.core.parse.outlet import codes, display_name
from tui.core.views.replay import ReplayClock, status_line
from tui.core.views.timefmt import display_zone
from tui.ui.outlet_style import outlet_style

BLOCKS = " ▁▂▃▄▅▆▇█"


class ReplayBar(Widget):
    """The status line, one density row per outlet, and a time axis under them."""

    COMPONENT_CLASSES = {"replay--position", "replay--status"}

    DEFAULT_CSS = """
    ReplayBar { height: 4; background: $panel; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
    ReplayBar > .replay--position { background: $warning; color: $background; }
    ReplayBar > .replay--status { text-style: bold; }
    """

    class Scrubbed(Message):
        """The strip was clicked at a fraction of the span."""

        def __init__(self, fraction: float) -> None:
            super().__init__()
            self.fraction = fraction

    def __init__(self, clock: ReplayClock, zone: tzinfo | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.clock = clock
        self.zone = zone
        self.following = True
        self.message = ""

    def say(self, message: str) -> None:
        """Show a short message in the status line (instead of a toast over the strip)."""
        self.message = message
        self.refresh()
        self.set_timer(4, self._forget)

    def _forget(self) -> None:
        self.message = ""
        self.refresh()

    def on_mount(self) -> None:
        self.styles.height = 2 + len(codes())  # the status, a density row per outlet, the time axis

    LABEL = 9  # "Guardian " column before the strip

    def status_text(self, width: int | None = None) -> str:
        """The status line as plain text (see :func:`~tui.core.views.replay.status_line`; also used by tests)."""
        return status_line(self.clock, self.zone, following=self.following, message=self.message, width=width)

    def render(self) -> Text:
        width = max(10, self.size.width)
        strip_width = max(4, width - self.LABEL - 1)  # the line's last cell stays free (it would be cut)
        out = Text(no_wrap=True, overflow="ellipsis")
        status = Text(self.status_text(width), self.get_component_rich_style("replay--status"))
        status.truncate(max(1, self.size.width), overflow="ellipsis")  # one line, whatever the width
        out.append_text(status)
        density = self.clock.density()
        if density.buckets == 0:
            return out
        position = int(self.clock.fraction * (strip_width - 1))
        for source in codes():
            counts = density.counts.get(source, [])
            peak = max(max(counts, default=0), 1)
            out.append("\n")
            out.append(f"{display_name(source)[:8]:<8} ")
            style = self.rich_style + outlet_style(self.app, source, bold=False)
            for x in range(strip_width):
                first = x * density.buckets // strip_width
                last = max(first + 1, (x + 1) * density.buckets // strip_width)
                value = sum(counts[first:last]) if counts else 0
                level = 0 if value == 0 else 1 + (len(BLOCKS) - 2) * value // (peak * max(1, last - first))
                char = BLOCKS[min(level, len(BLOCKS) - 1)]
                cell_style = self.get_component_rich_style("replay--position") if x == position else style
                out.append(char if char != " " else "·", cell_style if x == position else style + Style(dim=value == 0))
        out.append("\n")
        out.append_text(self.axis(strip_width))
        return out

    def axis(self, strip_width: int) -> Text:
        """The strip's time axis: the span's start, middle and end times under their columns."""
        clock = self.clock
        zone = self.zone or display_zone(clock.entries[0])
        start, end = clock.start.astimezone(zone), clock.end.astimezone(zone)
        middle = start + (end - start) / 2
        left, centre, right = f"{start:%H:%M}", f"{middle:%H:%M}", f"{end:%H:%M}"
        line = [" "] * strip_width
        for text, at in ((left, 0), (centre, (strip_width - len(centre)) // 2), (right, strip_width - len(right))):
            for n, char in enumerate(text):
                if 0 <= at + n < strip_width:
                    line[at + n] = char
        return Text(" " * self.LABEL + "".join(line), style=Style(dim=True))

    def on_click(self, event: events.Click) -> None:
        strip_width = max(4, self.size.width - self.LABEL - 2)
        x = event.x - self.LABEL - 1
        if event.y >= 1 and 0 <= x <= strip_width:
            self.post_message(self.Scrubbed(x / max(1, strip_width - 1)))
