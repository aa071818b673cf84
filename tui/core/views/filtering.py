"""Filters over the timeline: topics, outlets and free-text search.

Pure functions shared by the app, the replay and the CLI.  Filters combine:
a post must pass every active one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import compress, repeat
from operator import contains
from typing import Protocol

from tui.core.model.post import Post
from tui.core.model.text import plain_quotes
from tui.core.parse.outlet import codes, display_name

#: The longest search the status line quotes whole (a pasted page is cut, with its length).
SHOWN_QUERY = 120


@dataclass(frozen=True)
class FilterState:
    """What the user asked to see."""

    topics: frozenset[str] = frozenset()
    topic_mode: str = "any"  # "any" or "all"
    #: The outlets shown; None shows every outlet (including ones registered later).
    outlets: frozenset[str] | None = None
    query: str = ""
    #: Only posts not yet read / only starred posts (the reader's marks, from the store).
    unread_only: bool = False
    starred_only: bool = False

    @property
    def active(self) -> bool:
        """True when any filter narrows the timeline."""
        return bool(
            self.topics or self.query.strip() or self.outlets is not None or self.unread_only or self.starred_only
        )

    def shows_outlet(self, code: str) -> bool:
        """True when posts of this outlet pass the outlet filter."""
        return self.outlets is None or code in self.outlets

    def with_outlets(self, chosen: frozenset[str]) -> FilterState:
        """The same filters showing only ``chosen``; none or every outlet chosen is no filter."""
        return replace(self, outlets=None if not chosen or set(codes()) <= set(chosen) else frozenset(chosen))

    def cleared(self) -> FilterState:
        """No filters."""
        return FilterState()

    def with_query(self, query: str) -> FilterState:
        """The same filters with another search text."""
        return replace(self, query=query)

    def describe(self, topic_names: dict[str, str] | None = None) -> str:
        """The filters in words for the status line (topics by name when ``topic_names`` has them)."""
        parts = []
        if self.topics:
            names = topic_names or {}
            joiner = " and " if self.topic_mode == "all" else " or "
            parts.append("topics: " + joiner.join(sorted(names.get(t, t) for t in self.topics)))
        if self.outlets is not None:
            outlets = ", ".join(sorted(display_name(code) for code in self.outlets))
            parts.append(f"outlets: {outlets}" if outlets else "outlets: none")
        if self.query.strip():
            query = self.query.strip()
            shown = query if len(query) <= SHOWN_QUERY else f"{query[:SHOWN_QUERY]}… ({len(query):,} characters)"
            parts.append(f"search: {shown}")
        if self.unread_only:
            parts.append("unread only")
        if self.starred_only:
            parts.append("starred only")
        return " · ".join(parts)


def _fold(text: str) -> str:
    """Straight quotes and dashes, case folded (cheap: no Unicode normalisation)."""
    return plain_quotes(text).casefold()


def search_text(post: Post) -> str:
    """What search looks in: the post's text and byline, folded (the one definition)."""
    return _fold(post.text() + "\n" + str(post.byline or ""))


#: Answers "which post ids hold every one of these folded terms?" — or None when it cannot.
SearchBackend = Callable[[list[str]], "set[str] | None"]


#: How many lists' texts in order a :class:`SearchIndex` keeps: the whole list, the list searched last and
#: its result.
_ALIGNED_KEPT = 3


@dataclass
class SearchIndex:
    """Each post's searchable text, folded once (quotes, dashes, case).

    With a ``backend`` (the store's full-text index for a stored timeline) a
    query is answered by the backend once and posts are tested by id, so no
    post's text needs to be loaded; without one (or when it cannot answer)
    texts are folded here and cached by post id.
    """

    texts: dict[str, str] = field(default_factory=dict)
    backend: SearchBackend | None = None
    _answers: dict[tuple[str, ...], set[str] | None] = field(default_factory=dict, repr=False)
    #: The texts of the lists searched last, in their order, newest first: the whole list, searched again
    #: after a key that widens the search, and the last result, which the next key typed on narrows. Each
    #: is then read without a look-up per post.
    _aligned: list[tuple[list[Post], list[str]]] = field(default_factory=list, repr=False)

    def text(self, post: Post) -> str:
        """A post's searchable text and byline, folded (cached by post id)."""
        cached = self.texts.get(post.id)
        if cached is None:
            cached = search_text(post)
            self.texts[post.id] = cached
        return cached

    def texts_in_order(self, entries: list[Post]) -> list[str]:
        """Every entry's text, in the list's order (kept for the same list)."""
        for listed, texts in self._aligned:
            if listed is entries:
                return texts
        known = self.texts.get
        texts = [known(e.id) or self.text(e) for e in entries]
        self.keep_in_order(entries, texts)
        return texts

    def keep_in_order(self, entries: list[Post], texts: list[str]) -> None:
        """Keep ``texts`` as ``entries``' texts in order (the lists must not change afterwards)."""
        self._aligned = [(entries, texts), *(pair for pair in self._aligned if pair[0] is not entries)][:_ALIGNED_KEPT]

    def folded(self, entries: list[Post]) -> bool:
        """Whether the text of each of ``entries`` is folded already (by :func:`warm`, say)."""
        texts = self.texts
        return len(texts) >= len(entries) and all(e.id in texts for e in entries)

    def forget(self, post_ids: Iterable[str]) -> None:
        """Fold these posts' texts again when next asked (they were revised)."""
        for post_id in post_ids:
            self.texts.pop(post_id, None)
        self._aligned = []

    def use_backend(self, backend: SearchBackend | None) -> None:
        """Answer from another backend (None: fold texts here); earlier answers are dropped."""
        self.backend = backend
        self._answers.clear()

    def ids_matching(self, terms: list[str]) -> set[str] | None:
        """The backend's answer for these terms (asked once per query), or None without a backend."""
        if self.backend is None or not terms:
            return None
        key = tuple(terms)
        if key not in self._answers:
            if len(self._answers) > 64:
                self._answers.clear()
            self._answers[key] = self.backend(list(terms))
        return self._answers[key]

    def holds_all(self, post: Post, terms: list[str]) -> bool:
        """Whether the post's search text holds every term."""
        ids = self.ids_matching(terms)
        if ids is not None:
            return post.id in ids
        text = self.text(post)
        return all(term in text for term in terms)


def query_terms(query: str) -> list[str]:
    """Search terms: words, or "quoted phrases", folded."""
    terms = re.findall(r'"([^"]+)"|(\S+)', _fold(query))
    return [a or b for a, b in terms if (a or b).strip()]


class Marks(Protocol):
    """The reader's marks: which posts are read and which starred."""

    def is_read(self, post_id: str) -> bool: ...

    def is_starred(self, post_id: str) -> bool: ...


def matches(
    post: Post, state: FilterState, index: SearchIndex, terms: list[str] | None = None, marks: Marks | None = None
) -> bool:
    """True when the post passes every active filter (``terms``: pre-split query; ``marks``: read/starred)."""
    if not state.shows_outlet(post.source):
        return False
    if marks is not None:
        if state.unread_only and marks.is_read(post.id):
            return False
        if state.starred_only and not marks.is_starred(post.id):
            return False
    if state.topics:
        test = all if state.topic_mode == "all" else any
        if not test(t in post.topics for t in state.topics):
            return False
    if terms is None:
        terms = query_terms(state.query)
    if terms and not index.holds_all(post, terms):
        return False
    return True


def narrows(before: FilterState, after: FilterState) -> bool:
    """Whether every post ``after`` shows is among those ``before`` showed (so filtering what ``before``
    showed gives ``after``'s posts): only the search differs, and each of its terms holds one of the
    earlier search's (typing on, "zel" → "zelensky"). Never across the read/starred filters, which
    change as posts are read."""
    if before.unread_only or before.starred_only or after.unread_only or after.starred_only:
        return False
    if replace(before, query="") != replace(after, query=""):
        return False
    earlier, now = query_terms(before.query), query_terms(after.query)
    return bool(earlier) and all(any(old in new for new in now) for old in earlier)


def apply(entries: list[Post], state: FilterState, index: SearchIndex, marks: Marks | None = None) -> list[Post]:
    """The entries that pass, in the given order (the same test as :func:`matches`, one filter at a time).

    Each active filter is one pass over what the previous ones kept, so a
    search answered by the store costs a set look-up per post, not a call.
    """
    if not state.active:
        return list(entries)
    shown = entries
    if state.outlets is not None:
        outlets = state.outlets
        shown = [e for e in shown if e.source in outlets]
    if marks is not None and state.unread_only:
        shown = [e for e in shown if not marks.is_read(e.id)]
    if marks is not None and state.starred_only:
        shown = [e for e in shown if marks.is_starred(e.id)]
    if state.topics:
        wanted = state.topics
        if state.topic_mode == "all":
            shown = [e for e in shown if wanted.issubset(e.topics)]
        else:
            shown = [e for e in shown if not wanted.isdisjoint(e.topics)]
    terms = query_terms(state.query)
    if terms:
        ids = index.ids_matching(terms)
        if ids is not None:
            shown = [e for e in shown if e.id in ids]
        else:  # texts folded here: one pass per term, each a substring test
            # the texts in order are kept between keystrokes for the list searched and for the result,
            # which the next key typed on searches
            texts = index.texts_in_order(shown)
            for term in terms:  # a substring test each, looped in C: one pass over the texts
                hits = list(map(contains, texts, repeat(term)))
                shown = list(compress(shown, hits))
                texts = list(compress(texts, hits))
            index.keep_in_order(shown, texts)
    return list(shown) if shown is entries else shown


def warm(entries: list[Post], index: SearchIndex, pause: float = 0.002) -> None:
    """Fold every post's text now (in a worker) so the first search is quick.

    Works in slices with short sleeps so a UI thread sharing the GIL stays
    responsive meanwhile.  An index with a backend needs no warming (and
    warming it would load every stored post's text).
    """
    if index.backend is not None:
        return
    for start in range(0, len(entries), 1000):
        for entry in entries[start : start + 1000]:
            index.text(entry)
        time.sleep(pause)


def warm_backend(backend: SearchBackend | None) -> None:
    """Let a backend that can (the store's) prepare for quick short queries; others need nothing."""
    prepare = getattr(backend, "warm", None)
    if callable(prepare):
        prepare()


def topic_counts(entries: list[Post], state: FilterState, index: SearchIndex, topic_ids: list[str]) -> dict[str, int]:
    """Posts per topic among those passing the *other* filters (live counts)."""
    base = replace(state, topics=frozenset())
    terms = query_terms(state.query)
    counts = {t: 0 for t in topic_ids}
    for entry in entries:
        if matches(entry, base, index, terms):
            for t in entry.topics:
                if t in counts:
                    counts[t] += 1
    return counts


def outlet_counts(entries: list[Post], state: FilterState, index: SearchIndex) -> dict[str, int]:
    """Posts per outlet among those passing the *other* filters."""
    base = replace(state, outlets=None)
    terms = query_terms(state.query)
    counts = {s: 0 for s in codes()}
    for entry in entries:
        if matches(entry, base, index, terms):
            counts[entry.source] = counts.get(entry.source, 0) + 1
    return counts


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the search terms occur in ``text`` (offsets in the original text)."""
    terms = query_terms(query)
    if not terms:
        return []
    folded = _fold(text)
    if len(folded) != len(text):  # folding changed lengths: search the raw text
        folded = text.casefold() if len(text.casefold()) == len(text) else text
    spans = []
    for term in terms:
        start = folded.find(term)
        while start >= 0:
            spans.append((start, start + len(term)))
            start = folded.find(term, start + 1)
    return sorted(spans)
