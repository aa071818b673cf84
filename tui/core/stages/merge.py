"""Merge the posts of several dumps into one list of entries, each post once.

Dumps of one outlet overlap: snapshots of the same page taken at different
times, a degraded copy of a full page, a pinned post printed twice.  Merging
works on paragraphs, compared after :func:`tui.core.model.text.normalise` (quotes,
dashes and punctuation folded; never for display):

1. **Snapshot order.**  Among feeds of one outlet that share posts, the one
   with more posts above the first post it shares is the later snapshot.
   Degraded copies always rank lowest.
2. **Boundary union.**  A dump can lose the boundary between two posts (a
   degraded copy loses all of them; a Guardian dump can lack the ``Updated``
   line that separated two untitled posts).  When two consecutive paragraphs
   of a post belong to *different* posts in another dump of the outlet, the
   post is split there.
3. **Clustering.**  Two posts from different dumps are the same post when
   their specific titles match, or when at least half the paragraphs of the
   shorter one match paragraphs of the other (a paragraph matches when its
   normalised text is equal or 60 % of its word 3-grams are shared).  A
   pinned copy joins its in-place copy.
4. **Versions.**  Each cluster becomes one entry showing the latest version
   (from the latest non-degraded snapshot; richer text breaks ties).  Every
   other version whose paragraphs differ is kept as a :class:`Revision` with
   the paragraphs added and removed.  Provenance lists every copy.

The stage returns new entries and new feeds (carrying summary revisions);
it changes none of the posts or feeds it is given.  Entries have no id yet:
ids are assigned once, afterwards, by :mod:`tui.core.stages.ids`.
"""

from __future__ import annotations

import copy
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import Any

from tui.core.model.post import Feed, Label, Origin, Post, Revision
from tui.core.model.text import grams, normalise
from tui.core.model.union_find import UnionFind
from tui.core.stages.dates import snapshot_groups
from tui.core.stages.ids import identity_key

_MATCH_CONTAINMENT = 0.6
_MATCH_OVERLAP = 0.25


@dataclass(eq=False, slots=True)
class _Para:
    """One text block of one post, prepared for matching."""

    feed: int
    post: int
    block: int
    norm: str
    #: The paragraph's distinct word 3-gram hashes, packed (a set of them took four times the memory).
    grams: array[int]
    summary: bool = False
    first: bool = False
    size: int = -1  # grams left once boilerplate grams are dropped (set lazily)


@dataclass(eq=False)
class _Piece:
    """A post (or part of a split post) taking part in the merge."""

    feed: int
    post: Post
    paras: list[_Para] = field(default_factory=list)
    #: Whether this is a post's first part (the one standing where the post stands on its page).
    starts_post: bool = True


def _text_blocks(post: Post) -> list[int]:
    """Indexes of the body blocks in the post's text (:meth:`Post.text_fields`) that hold words."""
    return [int(field[5:]) for field, text in post.text_fields() if field != "title" and text.strip()]


def _similar(shared: int, size_a: int, size_b: int) -> bool:
    """Enough shared 3-grams: 60 % of the shorter text, 25 % of the longer."""
    small, large = min(size_a, size_b), max(size_a, size_b)
    return small >= 3 and shared / small >= _MATCH_CONTAINMENT and shared / large >= _MATCH_OVERLAP


class _ParaIndex:
    """Finds matching paragraphs across feeds quickly (3-gram inverted index)."""

    #: A 3-gram found in more paragraphs than this is boilerplate ("the white
    #: house said"): it is dropped from the index, which bounds the work per
    #: paragraph on large archives.
    COMMON = 24

    def __init__(self) -> None:
        self.by_norm: dict[str, list[_Para]] = defaultdict(list)
        #: n-gram -> the paragraphs holding it: the paragraph itself while it is the only one (most
        #: n-grams of a year are), a list once a second one shares it.
        self.by_gram: dict[int, _Para | list[_Para]] = {}
        self.common: set[int] = set()

    def add(self, para: _Para) -> None:
        self.by_norm[para.norm].append(para)
        by_gram, common = self.by_gram, self.common
        for gram in para.grams:
            held = by_gram.get(gram)
            if held is None:
                if gram not in common:
                    by_gram[gram] = para
            elif type(held) is list:
                held.append(para)
                if len(held) > self.COMMON:
                    common.add(gram)
                    del by_gram[gram]
            else:
                assert isinstance(held, _Para)
                by_gram[gram] = [held, para]

    def _size(self, para: _Para) -> int:
        if para.size < 0:
            common = self.common
            para.size = sum(1 for gram in para.grams if gram not in common) if common else len(para.grams)
        return para.size

    def matches(self, para: _Para) -> list[_Para]:
        """Paragraphs from *other* feeds that match ``para``.

        Call once every paragraph is added.  A summary's paragraphs only match
        summaries: summaries repeat lines of the posts they sum up, which does
        not make them the same post.
        """
        found: dict[int, _Para] = {}
        for other in self.by_norm.get(para.norm, ()):
            if other.feed != para.feed and other.summary == para.summary:
                found[id(other)] = other
        # A bucket holding one paragraph holds only this one (every paragraph is added first): it shares nothing.
        by_gram = self.by_gram
        buckets = [bucket for bucket in map(by_gram.get, para.grams) if type(bucket) is list]
        if buckets:
            size = self._size(para)
            floor = max(2, int(size * _MATCH_OVERLAP))
            counts = Counter(chain.from_iterable(buckets))
            for other, hits in counts.items():
                if hits < floor or other is para or other.feed == para.feed or other.summary != para.summary:
                    continue
                # Boilerplate grams are counted on neither side.
                if _similar(hits, size, self._size(other)):
                    found[id(other)] = other
        return list(found.values())


def _make_paras(feed_index: int, post_index: int, post: Post) -> list[_Para]:
    summary = post.has_label("Summary")
    blocks = _text_blocks(post)
    paras = []
    for n, i in enumerate(blocks):
        norm = normalise(post.body[i].text)
        paras.append(
            _Para(feed_index, post_index, i, norm, array("q", grams(norm.split())), summary=summary, first=(n == 0))
        )
    return paras


def _snapshot_ranks(feeds: list[Feed], shared_first: dict[int, int]) -> list[tuple[int, int]]:
    """Sort keys: later snapshots rank higher; degraded copies lowest."""
    ranks = []
    for index, feed in enumerate(feeds):
        degraded = 0 if feed.degraded else 1
        ranks.append((degraded, shared_first.get(index, 0)))
    return ranks


def _split_post(post: Post, cuts: list[int]) -> list[Post]:
    """Split ``post`` before each body index in ``cuts`` (sorted, > 0)."""
    if not cuts:
        return [post]
    bounds = [0] + cuts + [len(post.body)]
    parts: list[Post] = []
    updated = [label for label in post.labels if label.text == "Updated"]
    for n, (start, end) in enumerate(zip(bounds, bounds[1:])):
        body = post.body[start:end]
        if not body:
            continue
        part = copy.copy(post)
        part.body = list(body)
        first_line = body[0].first_line if n else post.origins[0].first_line
        last_line = body[-1].last_line
        if n == 0:
            part.labels = [label for label in post.labels if label.text != "Updated"]
        else:
            part.title, part.title_line, part.title_generic = None, 0, False
            part.byline = None
            part.labels = [label for label in post.labels if not label.line and label.text == "Pinned"]
            if post.stamp is not None:
                part.stamp = None
                part.published = None
                part.time_basis = "unknown"
        if n == len(bounds) - 2:
            part.labels = part.labels + updated
            last_line = max([last_line] + [label.line for label in updated])
        part.origins = [Origin(post.file, first_line, last_line)]
        parts.append(part)
    return parts


@dataclass
class Merged:
    """The merge stage's result: one entry per distinct post, and the feeds.

    ``feeds`` are copies of the input feeds, in the same order, each with the
    summary revisions the merge found for it.
    """

    entries: list[Post]
    feeds: list[Feed]
    #: For each feed, the entries its posts became (indexes into ``entries``), top of the page first;
    #: a post cut in parts is there as its first part's entry.  A copy of a feed has the original's.
    pages: list[list[int]] = field(default_factory=list)


def merge_feeds(feeds: list[Feed]) -> Merged:
    """One entry per distinct post across all feeds (unsorted, without ids).

    A dump given twice (equal digests) is merged once; its copy only adds
    provenance, so giving a file twice gives the same timeline as once.
    """
    entries: list[Post] = []
    by_source: dict[str, list[int]] = defaultdict(list)
    copies = _identical_copies(feeds)
    for n, feed in enumerate(feeds):
        if n not in copies:
            by_source[feed.source].append(n)
    summary_revisions: dict[int, list[Revision]] = {}
    pages: list[list[int]] = [[] for _ in feeds]
    for members in by_source.values():
        group_entries, group_revisions, group_pages = _merge_group([feeds[n] for n in members])
        base = len(entries)
        entries.extend(_with_copies(entry, feeds, copies) for entry in group_entries)
        for local, revisions in group_revisions.items():
            summary_revisions[members[local]] = revisions
        for local, order in enumerate(group_pages):
            pages[members[local]] = [base + k for k in order]
    for duplicate, original in copies.items():
        pages[duplicate] = pages[original]
    out = [
        replace(feed, summary_revisions=feed.summary_revisions + summary_revisions[n])
        if n in summary_revisions
        else feed
        for n, feed in enumerate(feeds)
    ]
    return Merged(entries, out, pages)


def _identical_copies(feeds: list[Feed]) -> dict[int, int]:
    """Feeds that repeat an earlier feed byte for byte: copy index -> original index."""
    first: dict[tuple[str, str], int] = {}
    copies: dict[int, int] = {}
    for n, feed in enumerate(feeds):
        if not feed.digest:
            continue
        key = (feed.source, feed.digest)
        if key in first:
            copies[n] = first[key]
        else:
            first[key] = n
    return copies


def _with_copies(entry: Post, feeds: list[Feed], copies: dict[int, int]) -> Post:
    """The entry with the provenance of identical copies of the dumps it came from."""
    if not copies:
        return entry
    extra: list[Origin] = []
    for copy_index, original in sorted(copies.items()):
        for o in entry.origins:
            origin = Origin(feeds[copy_index].path, o.first_line, o.last_line, o.in_data)
            if o.file == feeds[original].path and origin not in entry.origins and origin not in extra:
                extra.append(origin)
    if not extra:
        return entry
    return replace(entry, origins=sorted(entry.origins + extra, key=lambda o: (o.file, o.first_line)))


def _merge_group(feeds: list[Feed]) -> tuple[list[Post], dict[int, list[Revision]], list[list[int]]]:
    """Merge feeds of one outlet: the entries, summary revisions by feed index, and each feed's entries
    in page order (see :attr:`Merged.pages`)."""
    index = _ParaIndex()
    paras_by_post: dict[tuple[int, int], list[_Para]] = {}
    for f, feed in enumerate(feeds):
        for p, post in enumerate(feed.posts):
            paras = _make_paras(f, p, post)
            paras_by_post[(f, p)] = paras
            for para in paras:
                index.add(para)
    where = _locate(paras_by_post, index)
    ranks = _snapshot_ranks(feeds, _shared_first(feeds, paras_by_post, where))
    pieces = _cut_pieces(feeds, paras_by_post, where)
    clusters = _cluster(pieces, where)
    entries = [_combine([pieces[n] for n in members], feeds, ranks) for members in clusters.values()]
    entry_of = {n: k for k, members in enumerate(clusters.values()) for n in members}
    pages: list[list[int]] = [[] for _ in feeds]
    for n, piece in enumerate(pieces):
        if piece.starts_post:
            pages[piece.feed].append(entry_of[n])
    return entries, _summary_revisions(feeds, ranks, pieces, clusters), pages


@dataclass
class _Where:
    """For each paragraph (by object id): the posts of other feeds holding a match.

    ``homes`` maps feed -> posts holding a matching paragraph; ``starts``
    maps feed -> posts whose *first* paragraph matches; ``matched`` lists the
    matching paragraphs themselves.
    """

    homes: dict[int, dict[int, set[int]]] = field(default_factory=dict)
    starts: dict[int, dict[int, set[int]]] = field(default_factory=dict)
    matched: dict[int, list[_Para]] = field(default_factory=dict)


def _locate(paras_by_post: dict[tuple[int, int], list[_Para]], index: _ParaIndex) -> _Where:
    """Which post of each other feed each paragraph belongs to."""
    found = _Where()
    for paras in paras_by_post.values():
        for para in paras:
            homes: dict[int, set[int]] = defaultdict(set)
            first: dict[int, set[int]] = defaultdict(set)
            found.matched[id(para)] = index.matches(para)
            for other in found.matched[id(para)]:
                homes[other.feed].add(other.post)
                if other.first:
                    first[other.feed].add(other.post)
            found.homes[id(para)], found.starts[id(para)] = homes, first
    return found


def _shared_first(
    feeds: list[Feed], paras_by_post: dict[tuple[int, int], list[_Para]], where: _Where
) -> dict[int, int]:
    """For each feed, the page position of its first post shared with another feed."""
    shared_first: dict[int, int] = {}
    for f, feed in enumerate(feeds):
        for p in range(len(feed.posts)):
            if any(where.homes[id(para)] for para in paras_by_post[(f, p)]):
                shared_first[f] = p
                break
    return shared_first


def _cut_pieces(feeds: list[Feed], paras_by_post: dict[tuple[int, int], list[_Para]], where: _Where) -> list[_Piece]:
    """Boundary union: every post, split where another feed shows a boundary."""
    pieces: list[_Piece] = []
    for f, feed in enumerate(feeds):
        for p, post in enumerate(feed.posts):
            paras = paras_by_post[(f, p)]
            cuts = [b.block for a, b in zip(paras, paras[1:]) if _boundary_between(a, b, where.homes, where.starts)]
            by_block = {para.block: para for para in paras}
            offset = 0
            for n, part in enumerate(_split_post(post, sorted(set(cuts)))):
                piece_paras = [by_block[offset + i] for i in _text_blocks(part) if offset + i in by_block]
                pieces.append(_Piece(f, part, piece_paras, starts_post=n == 0))
                offset += len(part.body)
    return pieces


def _cluster(pieces: list[_Piece], where: _Where) -> dict[int, list[int]]:
    """Group pieces that are copies of one post; root -> member indexes.

    Union-find over candidate pairs, surest first (pinned copies, then equal
    headlines, then shared text by strength).  A cluster never takes two
    pieces of one feed (a pinned copy aside): one page does not print a post
    twice, so two of its posts are never chained into one through a third
    dump that resembles both, and a dump given twice merges post by post.
    """
    sets = UnionFind(len(pieces))
    feeds_of = [set() if piece.post.pinned_copy else {piece.feed} for piece in pieces]

    def union(i: int, j: int, same_feed_ok: bool = False) -> None:
        a, b = sets.find(i), sets.find(j)
        if a == b or (not same_feed_ok and feeds_of[a] & feeds_of[b]):
            return
        joined = sets.union(a, b)
        feeds_of[joined] = feeds_of[a] | feeds_of[b]

    for a, b in _pinned_pairs(pieces):
        union(a, b, same_feed_ok=True)
    for a, b in _same_title_pairs(pieces, where) + _shared_text_pairs(pieces, where):
        union(a, b)
    return {members[0]: members for members in sets.groups()}


def _same_title_pairs(pieces: list[_Piece], where: _Where) -> list[tuple[int, int]]:
    """Pieces of different feeds with the same specific headline.  Two untimed ones must share some
    text as well: a headline a page prints every day ("Our live coverage across the day") over
    different words is two days' posts, not one."""
    titles: dict[str, list[int]] = defaultdict(list)
    for n, piece in enumerate(pieces):
        post = piece.post
        if post.title and not post.title_generic and not post.has_label("Summary"):
            titles[normalise(post.title)].append(n)
    return [
        (a, b)
        for group in titles.values()
        for a in group
        for b in group
        if a < b and _may_join(pieces[a], pieces[b]) and _title_alone_will_do(pieces[a], pieces[b], where)
    ]


def _title_alone_will_do(a: _Piece, b: _Piece, where: _Where) -> bool:
    """Whether two pieces with one headline are one post: either is timed (the clocks agree, see
    :func:`_may_join`) or has no text of its own, or a paragraph of one matches one of the other."""
    if a.post.stamp is not None or b.post.stamp is not None or not a.paras or not b.paras:
        return True
    theirs = {id(para) for para in b.paras}
    return any(id(other) in theirs for para in a.paras for other in where.matched.get(id(para), ()))


def _shared_text_pairs(pieces: list[_Piece], where: _Where) -> list[tuple[int, int]]:
    """Pieces sharing at least half the paragraphs of the shorter one, most shared first."""
    piece_of_para: dict[int, int] = {}
    for n, piece in enumerate(pieces):
        for para in piece.paras:
            piece_of_para[id(para)] = n
    scored: list[tuple[float, int, int]] = []
    for n, piece in enumerate(pieces):
        votes: dict[int, int] = defaultdict(int)
        for para in piece.paras:
            for m in {piece_of_para[id(o)] for o in where.matched[id(para)] if id(o) in piece_of_para}:
                votes[m] += 1
        for m, count in votes.items():
            other = pieces[m]
            smaller = min(len(piece.paras), len(other.paras)) or 1
            if count * 2 >= smaller and _may_join(piece, other):
                larger = max(len(piece.paras), len(other.paras)) or 1
                scored.append((-(count / smaller + count / larger), n, m))
    return [(n, m) for _, n, m in sorted(scored)]


def _pinned_pairs(pieces: list[_Piece]) -> list[tuple[int, int]]:
    """A pinned copy and the in-place copy of the same post in its own feed."""
    pairs: list[tuple[int, int]] = []
    for n, piece in enumerate(pieces):
        if not piece.post.pinned_copy:
            continue
        key = identity_key(piece.post)
        for m, other in enumerate(pieces):
            if m != n and other.feed == piece.feed and not other.post.pinned_copy and identity_key(other.post) == key:
                pairs.append((n, m))
                break
    return pairs


def _boundary_between(
    a: _Para, b: _Para, homes: dict[int, dict[int, set[int]]], starts: dict[int, dict[int, set[int]]]
) -> bool:
    """True when another feed shows a post boundary between paragraphs a and b.

    Either both paragraphs appear there in different posts, or b opens a post
    there that a is not part of (posts grow at the end, so text standing
    before a post's first paragraph belongs to another post).  The converse,
    a closing a post there, proves nothing: a later snapshot may have
    appended b.
    """
    home_a, home_b = homes[id(a)], homes[id(b)]
    for g in set(home_a) | set(home_b):
        in_a, in_b = home_a.get(g, set()), home_b.get(g, set())
        if in_a and in_b and not (in_a & in_b):
            return True
        if starts[id(b)].get(g) and not (in_a & starts[id(b)][g]):
            return True
    return False


def _may_join(a: _Piece, b: _Piece) -> bool:
    """Different feeds (or a pinned copy); stamps, when both exist, agree on the clock — and on the
    date when both print one: posts whose stated dates differ are never one post (daily pages that
    reuse their titles and wording are different days' posts)."""
    if a.feed == b.feed and not (a.post.pinned_copy or b.post.pinned_copy):
        return False
    sa, sb = a.post.stamp, b.post.stamp
    if sa is None or sb is None:
        return True
    if (sa.hour, sa.minute) != (sb.hour, sb.minute):
        return False
    if sa.day and sb.day and sa.month and sb.month and (sa.day, sa.month) != (sb.day, sb.month):
        return False
    return not (sa.year and sb.year and sa.year != sb.year)


def _combine(members: list[_Piece], feeds: list[Feed], ranks: list[tuple[int, int]]) -> Post:
    """One entry from the copies of a post."""

    def weight(piece: _Piece) -> tuple[Any, ...]:
        text = sum(len(b.text) for b in piece.post.body)
        return (not piece.post.pinned_copy, ranks[piece.feed], text)

    ordered = sorted(members, key=weight, reverse=True)
    best = ordered[0]
    entry = copy.copy(best.post)
    entry.body = list(best.post.body)
    entry.labels = list(best.post.labels)
    entry.origins = []
    entry.revisions = []
    for piece in ordered:
        post = piece.post
        entry.origins.extend(post.origins)
        if entry.title is None and post.title:
            entry.title, entry.title_generic = post.title, post.title_generic
        if entry.byline is None and post.byline is not None:
            entry.byline = post.byline
        if entry.stamp is None and post.stamp is not None:
            entry.stamp, entry.published = post.stamp, post.published
            entry.time_basis, entry.time_note, entry.date_basis = post.time_basis, post.time_note, post.date_basis
        for label in post.labels:
            if not entry.has_label(label.text):
                entry.labels.append(Label(label.text))
    if any(p.post.pinned_copy for p in ordered) and not entry.has_label("Pinned"):
        entry.labels.append(Label("Pinned"))
    entry.pinned_copy = False
    entry.start_unsure = all(p.post.start_unsure for p in ordered)  # one copy that marks the start settles it
    current = [para.norm for para in best.paras]  # the entry's body is the best copy's
    current_set = set(current)
    seen_versions = {tuple(current)}
    for piece in ordered[1:]:
        post = piece.post
        texts = [para.norm for para in piece.paras]
        if post.pinned_copy or tuple(texts) in seen_versions:
            continue
        seen_versions.add(tuple(texts))
        mine = set(texts)
        raw = [post.body[i].text for i in _text_blocks(post)]
        added = [entry.body[i].text for i, norm in zip(_text_blocks(entry), current) if norm not in mine]
        removed = [t for t, n in zip(raw, texts) if n not in current_set]
        if feeds[piece.feed].degraded and not removed:
            continue  # a poorer copy, not an earlier version
        entry.revisions.append(Revision(post.origins[0], post.title, raw, added=added, removed=removed))
    entry.origins.sort(key=lambda o: (o.file, o.first_line))
    entry.id = ""
    return entry


def _summary_revisions(
    feeds: list[Feed], ranks: list[tuple[int, int]], pieces: list[_Piece], clusters: dict[int, list[int]]
) -> dict[int, list[Revision]]:
    """Each distinct summary of one page, as revisions for the latest copy (by feed index).

    Feeds are snapshots of the same page by the date stage's rule (:func:`~tui.core.stages.dates.snapshot_groups`).
    """
    found: dict[int, list[Revision]] = {}
    pages: dict[int, list[int]] = {}
    for f, root in enumerate(snapshot_groups(feeds)):
        pages.setdefault(root, []).append(f)
    for members in pages.values():
        with_summary = [f for f in members if feeds[f].summary]
        if len(with_summary) < 2:
            continue
        with_summary.sort(key=lambda f: ranks[f], reverse=True)
        head = feeds[with_summary[0]]
        head_norm = [normalise(b.text) for b in head.summary]
        seen = {tuple(head_norm)}
        for f in with_summary[1:]:
            feed = feeds[f]
            texts = [b.text for b in feed.summary]
            norms = [normalise(t) for t in texts]
            if tuple(norms) in seen:
                continue
            seen.add(tuple(norms))
            origin = Origin(feed.path, feed.summary[0].first_line, feed.summary[-1].last_line)
            added = [b.text for b, n in zip(head.summary, head_norm) if n not in set(norms)]
            removed = [t for t, n in zip(texts, norms) if n not in set(head_norm)]
            found.setdefault(with_summary[0], []).append(
                Revision(origin, "Summary", texts, added=added, removed=removed)
            )
    return found
