"""Day groups: the parts of a load that the stages after parsing handle apart.

The stages after parsing (date, merge, ids, relate, estimate, classify) run
over one *day group* at a time, and the timeline is the day groups' results
put together.  A day group is the smallest set of files closed under:

- files that are snapshots of one page (same outlet, a shared long
  paragraph: :func:`tui.core.stages.dates.snapshot_keys`) or the same bytes;
- files whose own date is the same day (:func:`own_day`: the page's own
  stamp or header, else its first dated post, as the date stage reads the
  file alone);
- a page with no date of its own in any of its snapshots (a BBC copy
  printing times only) and the day whose pages share the most of its
  distinctive words (:data:`MIN_SHARED_WORDS` at least, weighted by how few
  days use each): the date stage lends it that day's date, as it would
  from any page reporting the same events.  Undated pages placed on no day
  make one group of their own.

``--date`` gives every page that day, so a load given it is one group.

Because a day group's result depends only on its own files, a store can
keep it (:class:`GroupCache`, keyed by :func:`group_key`): after one dump
of a year's archive changes, only that dump's day is built again, and the
timeline equals a build from nothing.  Links between posts of different day
groups (a story told across midnight by pages dated on different days) are
not made.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from tui.core.model.post import Feed, Post
from tui.core.model.union_find import UnionFind


@dataclass(frozen=True)
class PageFacts:
    """What placing a file in a day group needs to know of it (worked out from its feed alone)."""

    source: str
    digest: str
    day: date | None
    keys: list[str] = field(default_factory=list)
    #: Distinctive words of its headlines and opening paragraphs (for placing an undated page on a day).
    words: list[str] = field(default_factory=list)
    #: The file's name, the format it was read as and how its bytes were read: with ``digest``, what
    #: a day group's result depends on (see :func:`group_key`).
    path: str = ""
    format: str = ""
    read_notes: list[str] = field(default_factory=list)


#: An undated page joins a day only when they share at least this many distinctive words.
MIN_SHARED_WORDS = 3
#: A word used on more than this share of the load's days says nothing about which day a page is from.
COMMON_SHARE = 0.1


def own_day(feed: Feed) -> date | None:
    """The page's date as the date stage reads the file alone (no ``--date``, no other file)."""
    from tui.core.stages.dates import DateResolver, date_feeds

    resolver = DateResolver([feed])
    day = resolver.page_date(feed)[0]
    if day is not None:
        return day
    first = next((post for post in feed.posts if post.stamp is not None), None)
    if first is None:
        return None
    assert first.stamp is not None
    # The date stage's answer is its first timed post's date; when that post's own stamp dates it,
    # no other post changes it (dating the whole page only fills posts without one).
    return resolver.stamp_date(first.stamp, feed)[0] or date_feeds([feed]).page_days.get(feed.path)


def page_facts(feed: Feed) -> PageFacts:
    """The file's :class:`PageFacts`."""
    from tui.core.stages.dates import snapshot_keys

    return PageFacts(
        feed.source,
        feed.digest,
        own_day(feed),
        sorted(set(snapshot_keys(feed))),
        _distinctive_words(feed),
        feed.path,
        feed.format,
        list(feed.read_notes),
    )


def _distinctive_words(feed: Feed) -> list[str]:
    from tui.core.model.text import STOP_WORDS, words

    found: set[str] = set()
    for post in feed.posts:
        texts = [post.title or ""] + [block.text for block in post.body[:1]]
        for text in texts:
            found.update(w for w in words(text) if len(w) > 3 and w not in STOP_WORDS and not w.isdigit())
    return sorted(found)


def day_groups(facts: list[PageFacts], whole: bool = False) -> list[list[int]]:
    """The load's day groups as lists of file positions, each in load order, the groups in the
    order of their first file.  ``whole`` (``--date`` was given) makes one group of everything."""
    if not facts:
        return []
    if whole:
        return [list(range(len(facts)))]
    sets = UnionFind(len(facts))

    owner: dict[object, int] = {}
    for index, fact in enumerate(facts):
        tags: list[object] = [("key", key) for key in fact.keys]
        if fact.digest:
            tags.append(("bytes", fact.source, fact.digest))
        if fact.day is not None:
            tags.append(("day", fact.day))
        for tag in tags:
            sets.union(index, owner.setdefault(tag, index))
    found = sets.groups()
    dated = [members for members in found if any(facts[i].day is not None for i in members)]
    undated = [members for members in found if all(facts[i].day is None for i in members)]
    if not undated:
        return found
    placed: dict[int, list[int]] = {n: list(members) for n, members in enumerate(dated)}
    unplaced: list[int] = []
    postings = _postings(dated, facts)
    for members in undated:
        day = _best_day(members, postings, len(dated), facts)
        if day is None:
            unplaced.extend(members)
        else:
            placed[day].extend(members)
    result = [sorted(members) for members in placed.values()] + ([sorted(unplaced)] if unplaced else [])
    return sorted(result, key=lambda members: members[0])


def _best_day(members: list[int], postings: dict[str, list[int]], days: int, facts: list[PageFacts]) -> int | None:
    """The dated group whose pages share the most distinctive words with an undated group's pages
    (each word weighted by how few of the ``days`` dated groups use it); None when none shares
    :data:`MIN_SHARED_WORDS`.  ``postings``: each word's dated groups."""
    limit = max(2, int(COMMON_SHARE * days))
    score: dict[int, float] = {}
    shared: dict[int, int] = {}
    for word in {w for i in members for w in facts[i].words}:
        users = postings.get(word)
        if not users or len(users) > limit:
            continue
        weight = math.log(1 + days / len(users))
        for n in users:
            score[n] = score.get(n, 0.0) + weight
            shared[n] = shared.get(n, 0) + 1
    fits = [n for n in score if shared[n] >= MIN_SHARED_WORDS]
    return max(fits, key=lambda n: (score[n], -n)) if fits else None


def _postings(dated: list[list[int]], facts: list[PageFacts]) -> dict[str, list[int]]:
    """Each distinctive word's dated groups (by position in ``dated``)."""
    postings: dict[str, list[int]] = {}
    for n, members in enumerate(dated):
        for word in {w for i in members for w in facts[i].words}:
            postings.setdefault(word, []).append(n)
    return postings


@dataclass
class GroupBuild:
    """One day group's result: its entries (ids unique within the group), its pages (the group's
    files without their posts, in load order), its notes (warnings not tied to one file's parse)
    and each entry's base id (:func:`tui.core.stages.ids.post_id`), by which ids are made unique across groups."""

    entries: list[Post]
    pages: list[Feed]
    notes: list[str]
    bases: list[str]


class GroupCache(Protocol):
    """Where day groups' results are kept between builds (a store; see :mod:`tui.core.session.loader`)."""

    #: What else the results depend on (the ``--date``, the topic rules, the code), folded into every key.
    context: str

    def get(self, key: str) -> GroupBuild | None:
        """The result kept under ``key``, or None."""

    def put(self, key: str, build: GroupBuild, names: list[str]) -> None:
        """Keep ``build`` (of the files ``names``) under ``key``."""


def group_key(context: str, files: list[PageFacts]) -> str:
    """A day group's key: the context and each file's name, format, content and reading notes, in order."""
    digest = hashlib.blake2b(context.encode("utf-8", "surrogatepass"), digest_size=16)
    for feed in files:
        for part in (feed.path, feed.format, feed.digest, *feed.read_notes):
            digest.update(b"\x00" + part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x01")
    return digest.hexdigest()


class MemoryGroups:
    """A :class:`GroupCache` in memory, optionally in front of another (a store's).

    It keeps the groups used since the last :meth:`settle`: a follower
    rebuilding after each change keeps what the current timeline is made of
    and lets go of the groups its files no longer make.
    """

    def __init__(self, context: str, behind: GroupCache | None = None) -> None:
        self.context = context
        self.behind = behind
        self._kept: dict[str, GroupBuild] = {}
        self._used: set[str] = set()

    def get(self, key: str) -> GroupBuild | None:
        found = self._kept.get(key)
        if found is None and self.behind is not None:
            found = self.behind.get(key)
            if found is not None:
                self._kept[key] = found
        if found is not None:
            self._used.add(key)
        return found

    def put(self, key: str, build: GroupBuild, names: list[str]) -> None:
        self._kept[key] = build
        self._used.add(key)
        if self.behind is not None:
            self.behind.put(key, build, names)

    def settle(self) -> None:
        """Forget the groups not used since the last call."""
        self._kept = {key: build for key, build in self._kept.items() if key in self._used}
        self._used = set()
