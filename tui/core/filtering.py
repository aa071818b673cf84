"""Filters over the timeline: topics, outlets and free-text search.

Pure functions shared by the app, the replay and the CLI.  Filters combine:
a post must pass every active one.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace

from .model import SOURCES, Post
from .text import _QUOTES


@dataclass(frozen=True)
class FilterState:
    """What the user asked to see."""

    topics: frozenset[str] = frozenset()
    topic_mode: str = "any"  # "any" or "all"
    outlets: frozenset[str] = frozenset(SOURCES)
    query: str = ""

    @property
    def active(self) -> bool:
        """True when any filter narrows the timeline."""
        return bool(self.topics or self.query.strip() or set(self.outlets) != set(SOURCES))

    def cleared(self) -> FilterState:
        """No filters."""
        return FilterState()

    def with_query(self, query: str) -> FilterState:
        """The same filters with another search text."""
        return replace(self, query=query)

    def describe(self) -> str:
        """A short description for the status line."""
        parts = []
        if self.topics:
            joiner = " + " if self.topic_mode == "all" else " | "
            parts.append("topics: " + joiner.join(sorted(self.topics)))
        if set(self.outlets) != set(SOURCES):
            parts.append("outlets: " + ", ".join(sorted(self.outlets)) if self.outlets else "outlets: none")
        if self.query.strip():
            parts.append(f"search: {self.query.strip()}")
        return " · ".join(parts)


def _fold(text: str) -> str:
    """Straight quotes and dashes, case folded (cheap: no Unicode normalisation)."""
    return text.translate(_QUOTES).casefold()


@dataclass
class SearchIndex:
    """Each post's searchable text, folded once (quotes, dashes, case)."""

    texts: dict[int, str] = field(default_factory=dict)

    def text(self, post: Post) -> str:
        """Folded title, byline and body of a post (cached by object id)."""
        key = id(post)
        cached = self.texts.get(key)
        if cached is None:
            parts = [post.title or "", str(post.byline or "")]
            parts += [b.text for b in post.body if b.kind != "separator"]
            cached = _fold("\n".join(parts))
            self.texts[key] = cached
        return cached


def query_terms(query: str) -> list[str]:
    """Search terms: words, or "quoted phrases", folded."""
    terms = re.findall(r'"([^"]+)"|(\S+)', _fold(query))
    return [a or b for a, b in terms if (a or b).strip()]


def matches(post: Post, state: FilterState, index: SearchIndex, terms: list[str] | None = None) -> bool:
    """True when the post passes every active filter (``terms``: pre-split query)."""
    if post.source not in state.outlets:
        return False
    if state.topics:
        test = all if state.topic_mode == "all" else any
        if not test(t in post.topics for t in state.topics):
            return False
    if terms is None:
        terms = query_terms(state.query)
    if terms:
        text = index.text(post)
        if not all(term in text for term in terms):
            return False
    return True


def apply(entries: list[Post], state: FilterState, index: SearchIndex) -> list[Post]:
    """The entries that pass, in the given order."""
    if not state.active:
        return list(entries)
    terms = query_terms(state.query)
    return [e for e in entries if matches(e, state, index, terms)]


def warm(entries: list[Post], index: SearchIndex, pause: float = 0.002) -> None:
    """Fold every post's text now (in a worker) so the first search is quick.

    Works in slices with short sleeps so a UI thread sharing the GIL stays
    responsive meanwhile.
    """
    for start in range(0, len(entries), 1000):
        for entry in entries[start : start + 1000]:
            index.text(entry)
        time.sleep(pause)


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
    base = replace(state, outlets=frozenset(SOURCES))
    terms = query_terms(state.query)
    counts = {s: 0 for s in SOURCES}
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
