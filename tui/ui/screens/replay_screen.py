"""Replay mode: the day's coverage arriving in order at a chosen speed.

A timer advances the :class:`~tui.core.views.replay.ReplayClock`; tests call
:meth:`ReplayScreen.tick` directly instead of waiting.  The timeline shows
arrivals oldest first; while following, the newest is highlighted and shown
in the detail pane.  Moving the cursor stops following (new posts then never
move it); ``G`` returns to following.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input

from tui.core.model.post import Post
from tui.core.stages.topics import Taxonomy
from tui.core.views.replay import BUCKET, ReplayClock, parse_clock
from tui.ui.dismiss_once import DismissOnce
from tui.ui.widgets.bounded_input import BoundedInput
from tui.ui.widgets.detail_view import DetailView
from tui.ui.widgets.key_bar import KeyBar
from tui.ui.widgets.reader_panes import ReaderPanes, fit_layout
from tui.ui.widgets.replay_bar import ReplayBar
from tui.ui.widgets.timeline_view import TimelineView

TICK = 0.1  # real seconds between clock updates


class ReplayScreen(DismissOnce, Screen[Post | None]):
    """Replays entries (already filtered by the reader); dismisses with the post to return to."""

    AUTO_FOCUS = "#timeline"

    BINDINGS = [
        Binding("space", "pause", "Pause/resume", id="replay_pause"),
        Binding("plus,equals_sign", "faster", "Faster", id="replay_faster"),
        Binding("minus", "slower", "Slower", id="replay_slower"),
        Binding("n,full_stop", "step_next", "Next post", id="replay_next"),
        Binding("p,comma", "step_previous", "Prev post", id="replay_previous"),
        Binding("colon", "jump", "Jump to HH:MM", id="replay_jump", priority=True),
        Binding("left_square_bracket", "scrub(-1)", "Back 15 min", id="replay_scrub_back"),
        Binding("right_square_bracket", "scrub(1)", "Ahead 15 min", id="replay_scrub_ahead"),
        Binding("R", "restart", "Restart", id="replay_restart"),
        Binding("G", "follow", "Follow newest", id="replay_follow", priority=True),
        Binding("end", "follow", "Follow newest", show=False, id="replay_follow_end", priority=True),
        Binding("escape", "leave", "Leave replay", id="replay_leave"),
        Binding("q", "leave", "Back", show=False, id="replay_quit", priority=True),
    ]

    def __init__(
        self,
        entries: list[Post],
        zone: tzinfo | None,
        taxonomy: Taxonomy | None,
        by_id: dict[str, Post],
        speed: int = 60,
        start_at: datetime | None = None,
    ) -> None:
        """``start_at``: where an earlier replay stopped (used when it falls inside this day)."""
        super().__init__()
        self.clock = ReplayClock(entries, speed)
        if start_at is not None and entries and self.clock.start <= start_at <= self.clock.end:
            self.clock.now = start_at
        self.zone = zone
        self.taxonomy = taxonomy
        self.by_id = by_id
        self.following = True
        self._expected: list[str] = []  # ids of posts our own refreshes will report as highlighted
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield ReaderPanes(self.zone, self.by_id, self.taxonomy)
        yield BoundedInput(40, placeholder="Jump to HH:MM (Enter), Esc to cancel", id="jump")
        yield ReplayBar(self.clock, self.zone, id="replay-bar")
        yield KeyBar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the jump box has focus, ``:`` is part of the time typed."""
        if action == "jump" and isinstance(self.focused, Input):
            return False
        return True

    def on_mount(self) -> None:
        self.query_one("#jump", Input).display = False
        fit_layout(self, *self.app.size)
        self.query_one(KeyBar).context = "replay"
        self.call_after_refresh(self.refresh_view)
        self._timer = self.set_interval(TICK, lambda: self.tick(TICK))

    def on_resize(self, event: events.Resize) -> None:
        fit_layout(self, event.size.width, event.size.height)

    def on_descendant_focus(self) -> None:
        paused = "replay_paused" if self.clock.paused else "replay"
        self.query_one(KeyBar).context = "jump" if isinstance(self.focused, Input) else paused

    # -- the clock --------------------------------------------------------------

    def tick(self, real_seconds: float) -> None:
        """Advance the simulated clock; show new arrivals."""
        arrived = self.clock.advance(real_seconds)
        if arrived:
            self.refresh_view()
        else:
            self.query_one(ReplayBar).refresh()

    def refresh_view(self) -> None:
        """Show the posts that have arrived; follow the newest if following."""
        timeline = self.query_one(TimelineView)
        visible = self.clock.visible()
        keep = self.clock.newest if self.following else timeline.current
        if keep is not None:
            self._expected.append(keep.id)
        timeline.set_entries(visible, keep)
        bar = self.query_one(ReplayBar)
        bar.following = self.following
        bar.refresh()
        if self.following:
            self.query_one(DetailView).show(self.clock.newest)

    @on(TimelineView.Highlighted)
    def _highlighted(self, event: TimelineView.Highlighted) -> None:
        if event.post is not None and event.post.id in self._expected:
            self._expected.remove(event.post.id)
        elif event.post is not None and event.post is not self.clock.newest:
            self.following = False
            self.query_one(ReplayBar).following = False
            self.query_one(ReplayBar).refresh()
        self.query_one(DetailView).show(event.post)

    @on(TimelineView.Selected)
    def _selected(self, event: TimelineView.Selected) -> None:
        self.query_one(DetailView).focus()

    @on(ReplayBar.Scrubbed)
    def _scrubbed(self, event: ReplayBar.Scrubbed) -> None:
        self.clock.jump_to_fraction(event.fraction)
        self.refresh_view()

    # -- actions ----------------------------------------------------------------

    def action_pause(self) -> None:
        self.clock.toggle_pause()
        self.query_one(ReplayBar).refresh()  # the bar says ‖ paused / ▶ playing
        self.query_one(KeyBar).context = "replay_paused" if self.clock.paused else "replay"

    def action_faster(self) -> None:
        self.clock.faster()
        self.query_one(ReplayBar).refresh()

    def action_slower(self) -> None:
        self.clock.slower()
        self.query_one(ReplayBar).refresh()

    def action_step_next(self) -> None:
        self.clock.step_next()
        self.refresh_view()

    def action_step_previous(self) -> None:
        self.clock.step_previous()
        self.refresh_view()

    def action_scrub(self, direction: int) -> None:
        """Move along the density strip by one 15-minute bucket."""
        self.clock.shift(BUCKET * direction)
        self.refresh_view()

    def action_restart(self) -> None:
        self.clock.restart()
        self.following = True
        self.refresh_view()

    def action_follow(self) -> None:
        self.following = True
        self.refresh_view()

    def action_jump(self) -> None:
        box = self.query_one("#jump", Input)
        box.display = True
        box.value = ""
        self.set_focus(box)  # now: digits typed right after ":" belong to the box

    @on(Input.Submitted, "#jump")
    def _jump_submitted(self, event: Input.Submitted) -> None:
        box = self.query_one("#jump", Input)
        try:
            hour, minute = parse_clock(event.value)
        except ValueError:
            self.query_one(ReplayBar).say(f"Not a time: {event.value!r} (type HH:MM)")
            return
        self.clock.jump_to_clock(hour, minute, self.zone)
        box.display = False
        self.following = True
        self.refresh_view()
        self.query_one(TimelineView).focus()

    def action_leave(self) -> None:
        box = self.query_one("#jump", Input)
        if box.has_focus:
            box.display = False
            self.query_one(TimelineView).focus()
            return
        if self._timer is not None:
            self._timer.stop()
        self.dismiss(self.query_one(TimelineView).current or self.clock.newest)
