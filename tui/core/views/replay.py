"""Replay the day: a simulated clock over the merged timeline.

The clock holds simulated time; something else (an app timer, the CLI loop,
a test) advances it by real seconds, multiplied by the speed.  The clock
never sleeps or reads the wall clock, so tests drive it deterministically;
only :func:`run_cli_replay` waits, through a ``sleep`` the tests replace.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TextIO

from tui.core.model.post import Post
from tui.core.parse.outlet import codes, display_name
from tui.core.views.render import plain_blocks
from tui.core.views.timefmt import clock, display_zone
from tui.core.views.timeline import chronological_key

SPEEDS = (1, 10, 60, 300, 1000)
BUCKET = timedelta(minutes=15)


@dataclass
class Density:
    """Posts per 15-minute bucket for each outlet across the replay span."""

    start: datetime
    buckets: int
    counts: dict[str, list[int]]


class ReplayClock:
    """Simulated time over timed entries, oldest first."""

    def __init__(self, entries: list[Post], speed: int = 60) -> None:
        self.entries: list[Post] = []
        self.times: list[datetime] = []
        self.speed = speed if speed in SPEEDS else 60
        self.paused = False
        self.now: datetime = datetime.min
        self.set_entries(entries, keep_time=False)

    # -- entries --------------------------------------------------------------

    def set_entries(self, entries: list[Post], keep_time: bool = True) -> None:
        """Replay these entries (e.g. after a filter change), keeping the clock."""
        timed = sorted((e for e in entries if e.published is not None), key=chronological_key)
        self.undated = len(entries) - len(timed)
        self.entries = timed
        self.times = [e.moment for e in timed]
        if not timed:
            self.now = datetime.min
        elif not keep_time or self.now == datetime.min:
            self.now = self.start

    @property
    def start(self) -> datetime:
        """The first post's time."""
        return self.times[0] if self.times else datetime.min

    @property
    def end(self) -> datetime:
        """The last post's time."""
        return self.times[-1] if self.times else datetime.min

    # -- what is visible ------------------------------------------------------

    @property
    def arrived(self) -> int:
        """How many posts have arrived by now."""
        return bisect_right(self.times, self.now) if self.times else 0

    def visible(self) -> list[Post]:
        """Posts whose time has been reached, oldest first."""
        return self.entries[: self.arrived]

    @property
    def newest(self) -> Post | None:
        """The most recent arrival."""
        count = self.arrived
        return self.entries[count - 1] if count else None

    @property
    def finished(self) -> bool:
        """Every post has arrived."""
        return bool(self.times) and self.now >= self.end

    @property
    def fraction(self) -> float:
        """Position between first and last post, 0..1."""
        span = (self.end - self.start).total_seconds()
        if not self.times or span <= 0:
            return 1.0 if self.times else 0.0
        return max(0.0, min(1.0, (self.now - self.start).total_seconds() / span))

    # -- moving the clock -----------------------------------------------------

    def advance(self, real_seconds: float) -> list[Post]:
        """Let real time pass (ignored while paused); return the new arrivals."""
        if self.paused or not self.times or self.finished:
            return []
        before = self.arrived
        self.now = min(self.end, self.now + timedelta(seconds=real_seconds * self.speed))
        return self.entries[before : self.arrived]

    def toggle_pause(self) -> bool:
        """Pause or resume; returns whether it is now paused."""
        self.paused = not self.paused
        return self.paused

    def faster(self) -> int:
        """Next speed up (1×, 10×, 60×, 300×, 1000×)."""
        index = SPEEDS.index(self.speed) if self.speed in SPEEDS else 2
        self.speed = SPEEDS[min(index + 1, len(SPEEDS) - 1)]
        return self.speed

    def slower(self) -> int:
        """Next speed down."""
        index = SPEEDS.index(self.speed) if self.speed in SPEEDS else 2
        self.speed = SPEEDS[max(index - 1, 0)]
        return self.speed

    def step_next(self) -> Post | None:
        """Jump to the next post's time; return it."""
        index = self.arrived
        if index < len(self.times):
            self.now = self.times[index]
            # Posts sharing that minute arrive together.
            return self.entries[self.arrived - 1]
        return None

    def step_previous(self) -> Post | None:
        """Go back to just before the newest post arrived (it disappears)."""
        count = self.arrived
        if count <= 1:
            self.now = self.start
            return self.newest
        previous_time = self.times[count - 1]
        index = bisect_right(self.times, previous_time - timedelta(microseconds=1))
        self.now = self.times[index - 1] if index else self.start
        return self.newest

    def jump_to(self, moment: datetime) -> None:
        """Set the clock (clamped to the replay span)."""
        if self.times:
            self.now = max(self.start, min(self.end, moment))

    def zone(self, override: tzinfo | None = None) -> tzinfo | None:
        """The zone clock times are read in: ``override`` (``--tz``), else the first timed post's outlet's."""
        if override is not None:
            return override
        return display_zone(self.entries[0]) if self.entries else None

    def moment(self, hour: int, minute: int, zone: tzinfo | None = None) -> datetime | None:
        """The moment ``HH:MM`` names: on the replay's first day, in :meth:`zone` — or the next day, when
        that is more than 12 hours before the first post (a day that starts late in the evening).
        The one reading of a clock time for ``--from`` and the reader's ``:`` alike."""
        where = self.zone(zone)
        if not self.times or where is None:
            return None
        local_start = self.start.astimezone(where)
        target = local_start.replace(hour=hour, minute=minute, second=0, microsecond=0)
        if target < local_start and (local_start - target) > timedelta(hours=12):
            target += timedelta(days=1)
        return target

    def jump_to_clock(self, hour: int, minute: int, zone: tzinfo | None = None) -> datetime:
        """Jump to the moment ``HH:MM`` names (see :meth:`moment`), clamped to the replay span."""
        target = self.moment(hour, minute, zone)
        if target is not None:
            self.jump_to(target)
        return self.now

    def jump_to_fraction(self, fraction: float) -> None:
        """Jump to a point of the span (for the density strip)."""
        if self.times:
            self.now = self.start + (self.end - self.start) * max(0.0, min(1.0, fraction))

    def shift(self, delta: timedelta) -> None:
        """Move the clock by ``delta`` (a strip bucket with ``[``/``]``)."""
        if self.times:
            self.jump_to(self.now + delta)

    def restart(self) -> None:
        """Back to the first post."""
        self.now = self.start

    # -- overview ---------------------------------------------------------------

    def density(self) -> Density:
        """Posts per 15 minutes for each outlet."""
        if not self.times:
            return Density(datetime.min, 0, {s: [] for s in codes()})
        start = self.start.replace(minute=(self.start.minute // 15) * 15, second=0, microsecond=0)
        buckets = int((self.end - start) / BUCKET) + 1
        counts = {s: [0] * buckets for s in codes()}
        for post, moment in zip(self.entries, self.times):
            counts.setdefault(post.source, [0] * buckets)[int((moment - start) / BUCKET)] += 1
        return Density(start, buckets, counts)


def status_line(
    replay: ReplayClock, zone: tzinfo | None, *, following: bool, message: str = "", width: int | None = None
) -> str:
    """The replay's status line: state, clock, speed, progress, following, and what is not replayed.

    Within ``width`` when given: the long phrases give way to short ones ("newest ≈", "N untimed") before
    anything is cut.
    """
    if not replay.entries:
        undated = f" · {replay.undated} without a time not replayed" if replay.undated else ""
        return f"Replay: no timed posts match the filters{undated}"
    now = replay.now.astimezone(zone or display_zone(replay.entries[0]))
    # Glyphs every terminal font has (U+23F8 "pause" is missing from many).
    state = "‖ paused" if replay.paused else ("■ end" if replay.finished else "▶ playing")
    head = f"{message} · " if message else ""
    head += f"{state} · {now:%H:%M:%S} {now.tzname() or ''} · {replay.speed}× · "
    head += f"{replay.arrived} of {len(replay.entries)} posts"
    tail = [("following", "following") if following else ("not following (G)", "not following")]
    if replay.newest is not None and replay.newest.time_basis == "estimated":
        tail.append(("newest time estimated", "newest ≈"))
    if replay.undated:
        tail.append((f"{replay.undated} without a time not replayed", f"{replay.undated} untimed"))
    for form in (0, 1):
        text = " · ".join([head, *(phrase[form] for phrase in tail)])
        if width is None or len(text) <= width:
            break
    return text


def parse_clock(text: str) -> tuple[int, int]:
    """``HH:MM`` (or ``H.MM``, ``HHMM``) -> (hour, minute); raises ValueError."""
    cleaned = text.strip().replace(".", ":")
    if ":" not in cleaned and cleaned.isdigit() and len(cleaned) in (3, 4):
        cleaned = cleaned[:-2] + ":" + cleaned[-2:]
    hour_text, _, minute_text = cleaned.partition(":")
    hour, minute = int(hour_text), int(minute_text or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"not a clock time: {text!r}")
    return hour, minute


def format_post(post: Post, zone: tzinfo | None = None, width: int = 78) -> str:
    """A post for a plain terminal: a header line, then the body, indented."""
    import textwrap

    outlet = display_name(post.source)
    # The title wraps under itself (a terminal or a pager would cut it mid-word at the edge).
    header = f"{clock(post, zone, with_zone=True):>10}  {outlet:<8}  "
    lines = textwrap.wrap(header + post.display_title, width=width, subsequent_indent=" " * len(header)) or [header]
    for block in plain_blocks(post):
        lines.extend(
            textwrap.wrap(block.marker + block.text, width=width, initial_indent="    ", subsequent_indent="    ")
        )
    return "\n".join(lines) + "\n"


def run_cli_replay(
    entries: list[Post],
    out: TextIO,
    speed: float = 60,
    start: datetime | None = None,
    zone: tzinfo | None = None,
    sleep: Callable[[float], None] | None = None,
) -> int:
    """Print posts as they arrive; ``speed`` 0 prints everything at once.

    Posts with no time follow at the end, in page order, under a line that
    says how many there are and why.  Returns how many posts were printed.
    ``sleep`` is injectable for tests.
    """
    import time

    sleep = sleep or time.sleep
    ordered = sorted((e for e in entries if e.published is not None), key=chronological_key)
    if start is not None:
        ordered = [e for e in ordered if e.moment >= start]
    previous = start or (ordered[0].published if ordered else None)
    printed = 0
    for post in ordered:
        if speed > 0 and previous is not None:
            wait = (post.moment - previous).total_seconds() / speed
            if wait > 0:
                out.flush()
                sleep(wait)
        previous = post.published
        out.write(format_post(post, zone) + "\n")
        printed += 1
    undated = undated_in_page_order(entries)
    if undated:
        out.write(
            f"-- {len(undated)} post{'s' if len(undated) != 1 else ''} with no time: no date could be inferred "
            "(pass --date to place them); in page order --\n\n"
        )
        for post in undated:
            out.write(format_post(post, zone) + "\n")
            printed += 1
    out.flush()
    return printed


def undated_in_page_order(entries: list[Post]) -> list[Post]:
    """The posts a replay cannot place in time, oldest first on their page."""
    return sorted((e for e in entries if e.published is None), key=lambda e: (e.file, -e.page_index))


def replay_start(entries: list[Post], text: str | None, zone: tzinfo | None) -> datetime | None:
    """The moment ``--from HH:MM`` names: the same reading as the reader's ``:`` (:meth:`ReplayClock.moment`)."""
    if not text:
        return None
    hour, minute = parse_clock(text)
    return ReplayClock(entries).moment(hour, minute, zone)
