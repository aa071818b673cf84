"""The reader's view state, apart from drawing it: filters, order, the ``l`` trail, replay position.

The main screen holds one :class:`ReaderView` and draws what it says; every
decision a key makes about the view (which sort comes next, where ``l`` goes
and whether the filters hide it, where Backspace returns, what a reopen
restores) is made here, in plain values, and tested without a terminal.
:class:`Orders` keeps a timeline's entries sorted once per order.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping, Set
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from tui.core.model.post import Post
from tui.core.model.text import clip
from tui.core.parse.outlet import codes, display_name
from tui.core.views import filtering
from tui.core.views.filtering import FilterState, Marks, SearchBackend, SearchIndex
from tui.core.views.history import SearchHistory
from tui.core.views.session import DEFAULT_SPEED, ReaderSession, Trail, TrailStop
from tui.core.views.status import StatusFacts
from tui.core.views.timeline import SORT_KEYS, Timeline, sort_entries


class JumpKind(Enum):
    """What ``l`` does from the highlighted post."""

    #: The post links to no other outlet's post (or to none in this timeline).
    NONE = "none"
    #: The linked post is shown: the cursor moves to it.
    MOVE = "move"
    #: The linked post is hidden by the filters: say so (``l`` again reveals it).
    HIDDEN = "hidden"
    #: ``l`` pressed again on a hidden linked post: the filters were cleared to show it.
    REVEAL = "reveal"


@dataclass(frozen=True)
class Jump:
    """The outcome of ``l``: what happened, the post to go to, and what to tell the reader."""

    kind: JumpKind
    target: Post | None = None
    notice: str = ""


@dataclass(frozen=True)
class ExtraKey:
    """An extra key the key bar offers while it means something: the binding's id, and what it does now."""

    binding: str
    label: str


@dataclass
class ReaderView:
    """What the reader shows and how: filters, sort, replay position and the ``l`` trail."""

    filters: FilterState = field(default_factory=FilterState)
    sort_key: str = "time"
    reverse: bool = False
    #: The replay's position and speed when it was last closed (a reopen starts there).
    replay_at: datetime | None = None
    replay_speed: int = DEFAULT_SPEED
    #: The searches kept with Enter (↑ and ↓ in the search box walk them).
    searches: SearchHistory = field(default_factory=SearchHistory)
    #: The post a saved session highlighted (the cursor goes there once the timeline holds it).
    restore_id: str | None = None
    #: Where each ``l`` was pressed, with that moment's filters and sort.
    trail: Trail = field(default_factory=Trail)
    #: A linked post ``l`` found hidden by the filters; ``l`` again shows it.
    hidden_target: str | None = None

    @classmethod
    def restored(cls, saved: Mapping[str, Any], topics: Collection[str], outlets: Collection[str]) -> ReaderView:
        """The view a saved session describes (values that do not fit are left out, see
        :meth:`ReaderSession.restored`); ``topics`` and ``outlets`` are the ids the timeline knows."""
        session = ReaderSession.restored(saved, topics, outlets)
        return cls(
            filters=session.filters,
            sort_key=session.sort_key,
            reverse=session.reverse,
            replay_at=session.replay_at,
            replay_speed=session.replay_speed,
            searches=SearchHistory(list(session.searches)),
            restore_id=session.post_id,
        )

    def session(self, post_id: str | None) -> ReaderSession:
        """What a reopen restores, with ``post_id`` highlighted."""
        return ReaderSession(
            filters=self.filters,
            sort_key=self.sort_key,
            reverse=self.reverse,
            post_id=post_id,
            replay_at=self.replay_at,
            replay_speed=self.replay_speed,
            searches=tuple(self.searches.entries),
        )

    @property
    def sort_label(self) -> str:
        """The order as the status line says it (``time ↑``)."""
        return f"{self.sort_key} {'↓' if self.reverse else '↑'}"

    def cycle_sort(self) -> str:
        """Sort by the next key (ascending order is kept as it was); returns the new key."""
        self.sort_key = SORT_KEYS[(SORT_KEYS.index(self.sort_key) + 1) % len(SORT_KEYS)]
        return self.sort_key

    def reverse_sort(self) -> None:
        """Turn the order round."""
        self.reverse = not self.reverse

    def sort_by(self, key: str) -> None:
        """A column header chosen: its key ascending, or the order reversed when it is already the key."""
        if key == self.sort_key:
            self.reverse = not self.reverse
        else:
            self.sort_key, self.reverse = key, False

    def toggle_unread_only(self) -> None:
        """Show only unread posts (again: all)."""
        self.filters = replace(self.filters, unread_only=not self.filters.unread_only, starred_only=False)

    def toggle_starred_only(self) -> None:
        """Show only starred posts (again: all)."""
        self.filters = replace(self.filters, starred_only=not self.filters.starred_only, unread_only=False)

    def follows_newest(self, at_last_row: bool) -> bool:
        """Whether an update should move the cursor to the newest post: only when it is on the last row
        of a list in time order, oldest first (the reader is keeping up with the coverage)."""
        return at_last_row and self.sort_key == "time" and not self.reverse

    def jump(self, current: Post | None, by_id: Mapping[str, Post], shown: Set[str]) -> Jump:
        """``l`` on ``current``: go to the other outlet's post on the same story.

        When the filters hide it, say so and remember it; ``l`` again clears the filters to show it.
        Either way the trail remembers where ``l`` was pressed (:meth:`back` returns there).
        """
        if current is None or not current.related:
            return Jump(JumpKind.NONE, notice="No linked post from the other outlet.")
        target = next((by_id[r] for r in current.related if r in by_id), None)
        if target is None:
            return Jump(JumpKind.NONE)
        stop = TrailStop(current.id, self.filters, self.sort_key, self.reverse)
        if self.hidden_target == target.id:
            self.hidden_target = None
            self.trail.push(stop)
            self.filters = self.filters.cleared()
            return Jump(JumpKind.REVEAL, target, "Filters cleared to show the linked post; Backspace restores them.")
        if target.id in shown:
            self.trail.push(stop)
            return Jump(JumpKind.MOVE, target)
        self.hidden_target = target.id
        title = clip(target.display_title, 40)
        notice = f"The linked post ({display_name(target.source)}, {title}) is hidden by the filters: l again shows it."
        return Jump(JumpKind.HIDDEN, target, notice)

    def back(self) -> TrailStop | None:
        """Backspace: the filters and sort of where ``l`` was last pressed, restored (None: no jump to undo)."""
        stop = self.trail.pop()
        if stop is None:
            return None
        self.hidden_target = None
        self.filters, self.sort_key, self.reverse = stop.filters, stop.sort_key, stop.reverse
        return stop

    def hints(self) -> tuple[ExtraKey, ...]:
        """Keys that mean something only now: ``l`` to show a hidden linked post, Backspace to go back."""
        extra: list[ExtraKey] = []
        if self.hidden_target is not None:
            extra.append(ExtraKey("jump_related", "Show linked post"))
        if self.trail:
            extra.append(ExtraKey("go_back", "Back"))
        return tuple(extra)


def new_in_topics(
    new: Collection[str], timeline: Timeline, topics: Set[str], by_id: Mapping[str, Post] | None = None
) -> list[Post]:
    """The posts among ``new`` (ids) that are in any of ``topics``, in id order (none when no topic is
    filtered: nothing was asked for); ``by_id``: the timeline's entries by id, when the caller has them."""
    if not topics:
        return []
    if by_id is None:
        by_id = timeline.by_id()
    return [by_id[i] for i in sorted(new) if i in by_id and topics & set(by_id[i].topics)]


def new_posts_notice(posts: list[Post], topics: Set[str], names: Mapping[str, str]) -> str:
    """What the status line says about new posts in the filtered ``topics`` ("" when there are none);
    ``names`` maps topic ids to their names."""
    if not posts:
        return ""
    found = sorted({names.get(t, t) for post in posts for t in post.topics if t in topics})
    return f"{len(posts)} new post{'s' if len(posts) != 1 else ''} in {', '.join(found)}."


class Orders:
    """One timeline's entries sorted by each (key, reverse) asked for, each sorted once; and its ids.

    Asking about another timeline forgets the first (a rebuilt timeline has new entries).
    """

    def __init__(self) -> None:
        self._timeline: Timeline | None = None
        self._sorted: dict[tuple[str, bool], list[Post]] = {}
        self._ids: list[str] | None = None
        # The filter worker and the warming worker ask from two threads: one may be asking about a
        # timeline the other has just replaced, and must get its own timeline's order back.
        self._lock = threading.Lock()

    def _for(self, timeline: Timeline) -> None:
        if self._timeline is not timeline:
            self._timeline, self._sorted, self._ids = timeline, {}, None

    def ordered(self, timeline: Timeline, key: str, reverse: bool) -> list[Post]:
        """``timeline``'s entries in this order."""
        with self._lock:
            self._for(timeline)
            found = self._sorted.get((key, reverse))
        if found is not None:
            return found
        ordered = sort_entries(timeline.entries, key, reverse)  # outside the lock: it may take a while
        with self._lock:
            if self._timeline is timeline:
                self._sorted.setdefault((key, reverse), ordered)
        return ordered

    def is_for(self, timeline: Timeline) -> bool:
        """Whether these orders are ``timeline``'s (or nobody's yet)."""
        with self._lock:
            return self._timeline is None or self._timeline is timeline

    def ids(self, timeline: Timeline) -> list[str]:
        """Every entry's id, in the timeline's order."""
        with self._lock:
            self._for(timeline)
            if self._ids is None:
                self._ids = [post.id for post in timeline.entries]
            return self._ids


@dataclass(frozen=True)
class Option:
    """One choice a filter offers: its id, its name, how many posts it would show, whether it is chosen."""

    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Taken:
    """What taking a new timeline asks of the screen: the post to keep the cursor on, whether its
    search text must be prepared (the store built no index for it), and a notice ("" for none)."""

    keep: Post | None
    warm_search: bool
    notice: str = ""


@dataclass
class Reader:
    """The reader's whole state: the timeline, the view over it, the posts shown, the posts new since
    opening, and what is still being read; the screen draws it and hands it what happens."""

    timeline: Timeline
    view: ReaderView = field(default_factory=ReaderView)
    search_index: SearchIndex = field(default_factory=SearchIndex)
    #: Posts that arrived while reading and have not been visited yet.
    new_ids: set[str] = field(default_factory=set)
    #: What is still being read or built behind a preview ("" when the timeline is whole).
    loading_message: str = ""
    #: Each fetched page's state (live / ended / offline, last fetch, next poll, last error), one line.
    sources_state: str = ""
    #: The post the cursor was first put on (a restore still to do stays pending while it is there).
    placed_id: str | None = None

    def __post_init__(self) -> None:
        self.by_id = self.timeline.by_id()
        self.shown: list[Post] = list(self.timeline.entries)
        self.orders = Orders()
        self._day: tuple[Timeline, date | None, bool] | None = None
        #: The last filter's timeline, search backend, order, state and result (a search typed on narrows it).
        self._last_filtered: tuple[Timeline, SearchBackend | None, tuple[str, bool], FilterState, list[Post]] | None
        self._last_filtered = None

    def day(self) -> tuple[date | None, bool]:
        """The timeline's day and whether its year is a guess, worked out once per timeline (a pass over
        every entry: a quarter of a second at 100k posts, once asked at every status line)."""
        if self._day is None or self._day[0] is not self.timeline:
            self._day = (self.timeline, self.timeline.day, self.timeline.day_uncertain)
        return self._day[1], self._day[2]

    @property
    def topic_names(self) -> dict[str, str]:
        """Each topic's id and name."""
        taxonomy = self.timeline.taxonomy
        return {t.id: t.name for t in taxonomy.topics} if taxonomy is not None else {}

    def topic_options(self) -> list[Option]:
        """Each topic as the topic filter offers it, with how many posts the other filters leave in it."""
        taxonomy = self.timeline.taxonomy
        if taxonomy is None:
            return []
        filters = self.view.filters
        counts = filtering.topic_counts(self.timeline.entries, filters, self.search_index, taxonomy.ids())
        return [Option(t.id, t.name, counts.get(t.id, 0), t.id in filters.topics) for t in taxonomy.topics]

    def outlet_options(self) -> list[Option]:
        """Each outlet as the outlet filter offers it, with how many posts the other filters leave from it."""
        filters = self.view.filters
        counts = filtering.outlet_counts(self.timeline.entries, filters, self.search_index)
        chosen = filters.outlets or frozenset()
        return [Option(s, display_name(s), counts.get(s, 0), s in chosen) for s in codes()]

    def prepare_search(self) -> None:
        """Line up the search texts of the list in the order shown (safe in a worker), so that the first key
        of a search reads them without a look-up per post -- once every post's text is folded, and only
        when no backend answers searches."""
        index, timeline = self.search_index, self.timeline
        if index.backend is None and index.folded(timeline.entries):
            index.texts_in_order(self.orders.ordered(timeline, self.view.sort_key, self.view.reverse))

    def filtered(self, state: FilterState, key: str, reverse: bool, marks: Marks | None) -> list[Post]:
        """The posts ``state`` shows in this order (safe in a worker: nothing here is changed but caches).

        A search typed on from the last one filters only what the last one found (each keystroke of
        "zelensky" after the first looks at fewer posts)."""
        timeline, backend = self.timeline, self.search_index.backend
        last = self._last_filtered
        if (
            last is not None
            and last[0] is timeline
            and last[1] is backend
            and last[2] == (key, reverse)
            and filtering.narrows(last[3], state)
        ):
            entries = last[4]
        else:
            entries = self.orders.ordered(timeline, key, reverse)
        shown = filtering.apply(entries, state, self.search_index, marks)
        self._last_filtered = (timeline, backend, (key, reverse), state, shown)
        return shown

    def take_timeline(self, timeline: Timeline) -> bool:
        """Show ``timeline`` from now on; True when its search text must be prepared here (the store
        built no index for it)."""
        self.timeline = timeline
        self.by_id = timeline.by_id()
        if self.search_index.backend is timeline.search:
            return False
        self.search_index.use_backend(timeline.search)  # the store's index answers for one build only
        return self.search_index.backend is None

    def search_stored(self, built: Timeline, stored: SearchBackend) -> None:
        """Search with the store's index for ``built``, now that it is stored -- if it is still the
        timeline shown and nothing else answers searches yet."""
        if self.timeline is built and self.search_index.backend is None:
            self.search_index.use_backend(stored)

    def take_update(
        self, timeline: Timeline, new: Set[str], revised: Set[str], current: Post | None, at_last_row: bool
    ) -> Taken:
        """A rebuilt timeline while reading (``new`` and ``revised``: ids of posts new or changed in it):
        the cursor stays on ``current``, or goes to the newest post when the reader was keeping up with
        the coverage; new posts in the filtered topics are named in a notice."""
        self.search_index.forget(revised | new)
        warm = self.take_timeline(timeline)
        self.new_ids |= set(new)
        newest = None
        if self.view.follows_newest(current is not None and at_last_row) and timeline.entries:
            newest = self.orders.ordered(timeline, "time", False)[-1]  # sorted once: the filter uses it next
        topics = self.view.filters.topics
        notice = new_posts_notice(new_in_topics(new, timeline, topics, self.by_id), topics, self.topic_names)
        return Taken(newest or current, warm, notice)

    def restore_pending(self, current: Post | None) -> bool:
        """A saved post the timeline does not hold yet, and the cursor not moved from where it was first put."""
        restore = self.view.restore_id
        return restore is not None and restore not in self.by_id and (current is None or current.id == self.placed_id)

    def take_whole(self, timeline: Timeline, current: Post | None) -> Taken:
        """The whole timeline after its preview: nothing is new, and the cursor stays on ``current`` unless
        a restored post the preview lacked is now there to go to."""
        pending = self.restore_pending(current)  # asked of the preview, before the whole is taken
        warm = self.take_timeline(timeline)
        keep = self.by_id.get(self.view.restore_id or "", current) if pending else current
        self.loading_message = ""
        return Taken(keep, warm)

    def session(self, current: Post | None) -> ReaderSession:
        """What a reopen restores: the view, with ``current`` highlighted (or the saved post still to come)."""
        if current is None or self.restore_pending(current):
            return self.view.session(self.view.restore_id)
        return self.view.session(current.id)

    def status(self, marks: tuple[int, int] | None, marks_problem: str, story: str, busy: str) -> StatusFacts:
        """The status line's facts (``marks_problem``: why marks are not saved, "" when they are)."""
        counts = {s: 0 for s in codes()}
        for feed in self.timeline.feeds:
            counts[feed.source] = counts.get(feed.source, 0) + 1
        problems = ([marks_problem] if marks_problem else []) + self.timeline.problems()
        day, day_uncertain = self.day()
        return StatusFacts(
            story=story,
            day=day,
            day_uncertain=day_uncertain,
            sources=counts,
            files=len(self.timeline.feeds),
            shown=len(self.shown),
            total=len(self.timeline.entries),
            new=len(self.new_ids),
            filters=self.view.filters.describe(self.topic_names),
            sort=self.view.sort_label,
            problems=tuple(problems),
            busy=busy or (f"{self.loading_message}…" if self.loading_message else ""),
            marks=marks,
            sources_state=self.sources_state,
        )
