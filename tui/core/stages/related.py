"""Link posts from different outlets that report the same event.

Each entry becomes a TF-IDF vector over its content words (title counted
twice, stop words dropped).  Two entries from different outlets are related
when their cosine similarity is at least :data:`MIN_COSINE` (or
:data:`MIN_COSINE_SHARED_TITLE` when both headlines hold the same rare word,
such as ``Budapest``) *and* they share
at least :data:`MIN_RARE_SHARED` rare words (words found in at most
:data:`RARE_FRACTION` of the posts of the same and adjacent days, and in no
more than :data:`RARE_MAX` of them).  Words that occur in most posts of a
story (``Ukraine``, ``Trump``, ``Putin``) carry almost no weight, so a
generic shared word never makes a link on its own.  Summaries recap the
whole day, and a post with no text but its headline says too little; both are linked to
nothing.  Each entry keeps at most
:data:`MAX_LINKS` links, best first.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from tui.core.model.post import PROSE_KINDS, Post
from tui.core.model.text import STOP_WORDS, words

MIN_COSINE = 0.22
MIN_COSINE_SHARED_TITLE = 0.14
MIN_RARE_SHARED = 2
RARE_FRACTION = 0.12
MAX_LINKS = 3
RARE_MAX = 16  # and in at most this many of them, however busy the days
MAX_RARE_TERMS = 24  # per post, rarest first
MAX_CANDIDATES = 25  # other-outlet posts scored per post, most shared rare words first


def _terms(post: Post, canonical: dict[str, str] | None = None) -> dict[str, int]:
    """Content words of the post's prose (:meth:`Post.text_fields`), the title counted twice.

    With ``canonical``, every entry's copy of a word is the same string
    object (a year of posts otherwise keeps millions of copies of the same
    few thousand words in its counts, vectors and postings).
    """
    counts: dict[str, int] = {}
    get = counts.get
    for name, text in post.text_fields(prose_only=True):
        weight = 2 if name == "title" else 1
        for word in words(text):
            if len(word) > 2 and word not in STOP_WORDS and not word.isdigit():
                if canonical is not None:
                    word = canonical.setdefault(word, word)
                counts[word] = get(word, 0) + weight
    return counts


@dataclass
class _Rarity:
    """Which posts of each day use each word, for judging which words are rare near a day."""

    day_of: list[date | None]
    day_size: Counter[date | None]
    #: day -> word -> the entries of that day using it, in order.
    postings: dict[date | None, dict[str, list[int]]]
    #: Each entry's outlet, and whether it is a round-up (linked to nothing).
    sources: list[str]
    roundups: list[bool]
    _near_days: dict[date | None, list[date | None]] = field(default_factory=dict)

    def near(self, day: date | None) -> list[date | None]:
        """The days an entry of ``day`` is compared with: its own and its neighbours, and the
        undated; an undated entry is compared with every day (worked out once per day)."""
        found = self._near_days.get(day)
        if found is None:
            if day is None:
                found = list(self.day_size)
            else:
                found = _near(day) + ([None] if None in self.day_size else [])
            self._near_days[day] = found
        return found

    def window_counts(self, day: date | None, terms: set[str]) -> dict[str, int]:
        """For each of ``terms``: how many posts of the days an entry of ``day`` is compared with use it."""
        days = [self.postings[d] for d in self.near(day) if d in self.postings]
        return {t: sum(len(words.get(t, ())) for words in days) for t in terms}

    def limit(self, day: date | None) -> int:
        """The most posts of its window a word may be used by and still be rare there."""
        window = sum(self.day_size[d] for d in self.near(day))
        return max(2, min(int(RARE_FRACTION * window), RARE_MAX))


def _rarity(entries: list[Post], term_counts: list[dict[str, int]], days: list[date | None] | None) -> _Rarity:
    day_of: list[date | None] = list(days) if days is not None else [None] * len(term_counts)
    postings: dict[date | None, dict[str, list[int]]] = {}
    for i, counts in enumerate(term_counts):
        words = postings.setdefault(day_of[i], {})
        for term in counts:
            found = words.get(term)
            if found is None:
                words[term] = [i]
            else:
                found.append(i)
    return _Rarity(day_of, Counter(day_of), postings, [e.source for e in entries], [_is_roundup(e) for e in entries])


def _rare_and_seeds(term_counts: list[dict[str, int]], rarity: _Rarity) -> tuple[list[set[str]], list[list[str]]]:
    """Each entry's rare words, and the rarest of those that another post shares (its link seeds).

    Worked out a day at a time: the window counts of one day's words are
    looked up once for all of that day's entries.
    """
    rare_of: list[set[str]] = [set() for _ in term_counts]
    seeds_of: list[list[str]] = [[] for _ in term_counts]
    by_day: dict[date | None, list[int]] = {}
    for i, day in enumerate(rarity.day_of):
        by_day.setdefault(day, []).append(i)
    for day, members in by_day.items():
        counts = rarity.window_counts(day, set().union(*(term_counts[i].keys() for i in members)))
        limit = rarity.limit(day)
        for i in members:
            rare = {t for t in term_counts[i] if counts[t] <= limit}
            rare_of[i] = rare
            seeds_of[i] = [t for n, t in sorted((counts[t], t) for t in rare) if n >= 2][:MAX_RARE_TERMS]
    return rare_of, seeds_of


def _vectors(term_counts: list[dict[str, int]]) -> tuple[list[dict[str, float]], list[float]]:
    """TF-IDF vectors of the entries, and their norms."""
    df: Counter[str] = Counter()
    for counts in term_counts:
        df.update(counts.keys())
    total = max(len(term_counts), 1)
    idf = {term: math.log((1 + total) / (1 + n)) + 1 for term, n in df.items()}
    vectors = [{t: (1 + math.log(c)) * idf[t] for t, c in counts.items()} for counts in term_counts]
    norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vectors]
    return vectors, norms


def relate(entries: list[Post], days: list[date | None] | None = None) -> dict[str, list[str]]:
    """The relate stage: each entry's id -> the ids of its related entries, best first.

    ``days`` gives each entry's day (a ``date`` or None); rarity is judged
    among the posts of the same and adjacent days, and only those are
    compared, which keeps a year's archive near-linear.  Without it, every
    pair of outlets' entries is compared.  Entries are not changed.
    """
    links = _links(entries, days)
    return {
        entry.id: [entries[j].id for _, j in sorted(links[i], reverse=True)[:MAX_LINKS]]
        for i, entry in enumerate(entries)
    }


def _links(entries: list[Post], days: list[date | None] | None) -> dict[int, list[tuple[float, int]]]:
    """Every qualifying pair's cosine, recorded on both sides."""
    canonical: dict[str, str] = {}
    term_counts = [_terms(e, canonical) for e in entries]
    del canonical
    vectors, norms = _vectors(term_counts)
    rarity = _rarity(entries, term_counts, days)
    rare_of, seeds_of = _rare_and_seeds(term_counts, rarity)
    del term_counts  # the vectors hold what the links need
    titles = [{w for w in words(e.title or "") if w not in STOP_WORDS and len(w) > 2} for e in entries]
    links: dict[int, list[tuple[float, int]]] = {i: [] for i in range(len(entries))}
    for i, entry in enumerate(entries):
        if rarity.roundups[i]:
            continue
        for j in _candidates(i, entries, rarity, seeds_of[i]):
            if len(rare_of[i] & rare_of[j]) < MIN_RARE_SHARED or not _same_day(entry, entries[j]):
                continue
            a, b = vectors[i], vectors[j]
            if len(a) > len(b):
                a, b = b, a
            cosine = sum(a[t] * b[t] for t in a.keys() & b.keys()) / (norms[i] * norms[j])
            rare_title = bool(titles[i] & titles[j] & rare_of[i] & rare_of[j])
            if cosine >= (MIN_COSINE_SHARED_TITLE if rare_title else MIN_COSINE):
                links[i].append((cosine, j))
                links[j].append((cosine, i))
    return links


def _candidates(i: int, entries: list[Post], rarity: _Rarity, seed_terms: list[str]) -> list[int]:
    """Later entries of other outlets sharing entry ``i``'s rarest shared words, most shared first.

    Only the :data:`MAX_RARE_TERMS` rarest words that another post shares
    seed candidates (``seed_terms``), and only :data:`MAX_CANDIDATES` are
    kept: busy days stay cheap.
    """
    sources, roundups = rarity.sources, rarity.roundups
    source = sources[i]
    shared: Counter[int] = Counter()
    for day in rarity.near(rarity.day_of[i]):
        words = rarity.postings.get(day)
        if not words:
            continue
        for term in seed_terms:
            for j in words.get(term, ()):
                if j > i and sources[j] != source and not roundups[j]:
                    shared[j] += 1
    return [j for j, _ in shared.most_common(MAX_CANDIDATES)]


def _near(day: date | None) -> list[date | None]:
    """The day itself and its neighbours (a single bucket when days are unknown)."""
    if day is None:
        return [None]
    from datetime import timedelta

    found: list[date | None] = []
    for step in (-1, 0, 1):
        try:
            found.append(day + timedelta(days=step))
        except OverflowError:  # the first or last day a date can be (--date 0001-01-01)
            continue
    return found


def _is_roundup(post: Post) -> bool:
    """Summaries and handovers recap many events; they are linked to none.  Nor is a post with no
    text of its own (a headline whose text a copy cut off): two shared words of a headline
    ("shadow … secretary") are too little to say two posts report one event."""
    return post.has_label("Summary") or not any(block.kind in PROSE_KINDS for block in post.body)


def _same_day(a: Post, b: Post) -> bool:
    """Posts more than a day apart are not the same event (unknown times pass)."""
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).total_seconds()) <= 36 * 3600
