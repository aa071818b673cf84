"""Matching compiled topic rules against posts: the classify stage."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Post, TopicHit
from .rules import _WORD_RE, Topic, _Rule

ENTITY_WINDOW = 15


class _Words:
    """The lower-cased words of a text, mapped back to the text.

    Offsets in the original text are only worked out for matches.
    """

    __slots__ = ("text", "tokens", "_spans")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[str] = _WORD_RE.findall(text.lower())
        self._spans: list[tuple[int, int]] | None = None

    def text_span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets in the original text for words first..last."""
        if self._spans is None:
            self._spans = [m.span() for m in _WORD_RE.finditer(self.text)]
        if len(self._spans) != len(self.tokens):  # lower() changed word boundaries
            return 0, len(self.text)
        return self._spans[first][0], self._spans[last][1]


class _RuleIndex:
    """Finds rule matches by looking up each word of a text, not by scanning."""

    def __init__(self, topics: list[Topic]) -> None:
        self.exact: dict[str, list[tuple[int, _Rule]]] = {}
        self.prefix: dict[str, list[tuple[int, _Rule]]] = {}
        for index, topic in enumerate(topics):
            for rule in topic.rules:
                for word in rule.exact:
                    self.exact.setdefault(word, []).append((index, rule))
                for stem in rule.prefixes:
                    self.prefix.setdefault(stem, []).append((index, rule))
        self.prefix_lengths = sorted({len(p) for p in self.prefix})
        self._cache: dict[str, list[tuple[int, _Rule]]] = {}

    def candidates(self, token: str) -> list[tuple[int, _Rule]]:
        """Rules whose first word can be ``token`` (memoised per distinct word)."""
        found = self._cache.get(token)
        if found is None:
            found = list(self.exact.get(token, ()))
            for length in self.prefix_lengths:
                if length > len(token):
                    break
                found.extend(self.prefix.get(token[:length], ()))
            if len(self._cache) < 500_000:
                self._cache[token] = found
        return found

    def matches(self, words: _Words) -> dict[tuple[int, str], list[tuple[int, int, str]]]:
        """(topic index, rule kind) -> [(first word, last word, phrase)]."""
        found: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
        tokens = words.tokens
        relevant = {t for t in set(tokens) if self.candidates(t)}
        if not relevant:
            return found
        for i, token in enumerate(tokens):
            if token not in relevant:
                continue
            for topic_index, rule in self._cache.get(token) or self.candidates(token):
                last = rule.match(tokens, i)
                if last is not None:
                    found.setdefault((topic_index, rule.kind), []).append((i, last, rule.phrase))
        return found


@dataclass
class Taxonomy:
    """An ordered set of topics and the files they came from."""

    topics: list[Topic]
    files: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    _rule_index: _RuleIndex | None = field(default=None, repr=False)
    _indexed: list[Topic] | None = field(default=None, repr=False)

    def ids(self) -> list[str]:
        """Topic ids in display order."""
        return [t.id for t in self.topics]

    def get(self, topic_id: str) -> Topic | None:
        """The topic with this id."""
        return next((t for t in self.topics if t.id == topic_id), None)

    def _index(self) -> _RuleIndex:
        if self._rule_index is None or self._indexed is not self.topics:
            self._rule_index = _RuleIndex(self.topics)
            self._indexed = self.topics
        return self._rule_index

    def classify_text(self, fields: list[tuple[str, str]]) -> list[TopicHit]:
        """Evidence for every topic in ``(field, text)`` pairs."""
        index = self._index()
        hits: list[TopicHit] = []
        for field_name, text in fields:
            if not text:
                continue
            words = _Words(text)
            if not words.tokens:
                continue
            found = index.matches(words)
            if not found:
                continue
            for t in sorted({t for t, kind in found if kind in ("phrase", "entity")}):
                topic = self.topics[t]
                phrases = found.get((t, "phrase"), [])
                entities = found.get((t, "entity"), [])
                if not phrases and not entities:
                    continue
                excluded = found.get((t, "exclude"), [])
                kept = [m for m in phrases if not _overlaps(m, excluded)]
                if entities:
                    context = found.get((t, "context"), [])
                    for first, last, phrase in entities:
                        if _overlaps((first, last, phrase), excluded):
                            continue
                        if any(c[0] <= last + ENTITY_WINDOW and c[1] >= first - ENTITY_WINDOW for c in context):
                            kept.append((first, last, phrase))
                for first, last, phrase in sorted(kept):
                    start, end = words.text_span(first, last)
                    hits.append(TopicHit(topic.id, phrase, field_name, start, end))
        return hits

    def classified(self, post: Post) -> Post:
        """A copy of the post with its ``topics`` and ``topic_evidence``."""
        hits = self.classify_text(post.text_fields())
        found = {hit.topic for hit in hits}
        return replace(post, topics=[t for t in self.ids() if t in found], topic_evidence=hits)


def classify(entries: list[Post], taxonomy: Taxonomy) -> list[Post]:
    """The classify stage: copies of the entries with their topics and evidence."""
    return [taxonomy.classified(entry) for entry in entries]


def _overlaps(match: tuple[int, int, str], others: list[tuple[int, int, str]]) -> bool:
    return any(o[0] <= match[1] and match[0] <= o[1] for o in others)


