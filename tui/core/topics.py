"""Topics: classify posts by rules kept as data, and keep the evidence.

A topic file (TOML) holds ``[[topic]]`` tables::

    [[topic]]
    id = "air-support"               # stable slug used by the CLI, export, config
    name = "Air support"
    badge = "AIR"                     # short tag in the timeline (optional)
    description = "Air power as a security guarantee"
    phrases = ["air support", "support from the air", "patrol* ... skies"]
    exclude = ["air force", "air raid*"]
    entities = ["Budapest", "Geneva"]        # names that count only …
    context = ["summit*", "host*", "venue"]  # … within 15 words of one of these
    disabled = false                          # a user file can switch a default off

Phrase syntax, matched against the words of a post (case, quotes, dashes and
punctuation ignored):

* words separated by spaces must follow each other;
* ``word*`` matches inflections (``deploy*``: deploy, deployed, deployment);
* ``a|b`` matches either word;
* ``...`` allows up to three other words in between (``...5`` up to five).

A match is dropped when it overlaps a match of an ``exclude`` phrase
(``air force`` is not air support).  Negation is not an exclusion: "ruled
out boots on the ground" *is* about boots on the ground.

The default taxonomy ships as ``default_topics.toml`` next to this module;
a user file (``$XDG_CONFIG_HOME/liveblog/topics.toml`` or ``--topics FILE``)
adds topics, replaces a default with the same id, or disables one.
"""

from __future__ import annotations

import os
import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from .model import Post, TopicHit

DEFAULT_TOPICS_FILE = Path(__file__).with_name("default_topics.toml")
ENTITY_WINDOW = 15
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WORD_RE = re.compile(r"\w+")
_GAP_RE = re.compile(r"^\.\.\.(\d*)$")


class TopicFileError(ValueError):
    """A topic file that cannot be used; the message names the file and line."""


@dataclass
class Topic:
    """One topic: its rules compiled to regular expressions over word strings."""

    id: str
    name: str
    description: str = ""
    badge: str = ""
    phrases: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    source: str = "default"
    rules: list[_Rule] = field(default_factory=list, repr=False)

    def compile(self) -> None:
        """Compile every rule (raises ValueError on a bad phrase)."""
        self.rules = [
            _Rule.build(phrase, kind)
            for kind, phrases in (
                ("phrase", self.phrases), ("exclude", self.exclude),
                ("entity", self.entities), ("context", self.context),
            )
            for phrase in phrases
        ]


@dataclass
class _Rule:
    """One compiled phrase: a regex anchored at a word, and its first-word keys."""

    phrase: str
    kind: str  # phrase, exclude, entity, context
    regex: re.Pattern[str]
    exact: list[str]
    prefixes: list[str]

    @classmethod
    def build(cls, phrase: str, kind: str) -> _Rule:
        first = phrase.split()[0]
        if _GAP_RE.match(first):
            raise ValueError(f"phrase {phrase!r} starts with a gap")
        exact, prefixes = [], []
        for option in first.split("|"):
            words = _WORD_RE.findall(option.lower())
            if not words:
                raise ValueError(f"phrase {phrase!r} has an empty word")
            if option.endswith("*") and len(words) == 1:
                prefixes.append(words[0])
            else:
                exact.append(words[0])
        regex = re.compile(rf"(?:{_phrase_regex(phrase)})(?!\w)")
        return cls(phrase, kind, regex, exact, prefixes)


def _phrase_regex(phrase: str) -> str:
    parts: list[str] = []
    for raw in phrase.split():
        gap = _GAP_RE.match(raw)
        if gap:
            count = int(gap[1] or 3)
            parts.append(f"(?: \\w+){{0,{count}}}")
            continue
        options = []
        for option in raw.split("|"):
            prefix = option.endswith("*")
            words = _WORD_RE.findall(option.lower())
            if not words:
                raise ValueError(f"phrase {phrase!r} has an empty word")
            text = " ".join(re.escape(w) for w in words)
            options.append(text + (r"\w*" if prefix else ""))
        parts.append("(?:" + "|".join(options) + ")")
    if not parts or all(p.startswith("(?: \\w+)") for p in parts):
        raise ValueError(f"phrase {phrase!r} has no words")
    pattern = ""
    for part in parts:
        if part.startswith("(?: \\w+)"):
            pattern += part
        else:
            pattern += (" " if pattern else "") + part
    return pattern


class _Words:
    """The words of a text joined by single spaces, mapped back to the text.

    Offsets in the original text are only worked out for matches.
    """

    __slots__ = ("text", "tokens", "joined", "starts", "_spans")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[str] = _WORD_RE.findall(text.lower())
        self.joined = " ".join(self.tokens)
        self.starts: list[int] = [0] * len(self.tokens)
        pos = 0
        for i, token in enumerate(self.tokens):
            self.starts[i] = pos
            pos += len(token) + 1
        self._spans: list[tuple[int, int]] | None = None

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Word indexes covered by joined-string offsets [start, end)."""
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1)) - 1
        return first, last

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
        joined = words.joined
        relevant = {t for t in set(words.tokens) if self.candidates(t)}
        if not relevant:
            return found
        for i, token in enumerate(words.tokens):
            if token not in relevant:
                continue
            for topic_index, rule in self._cache.get(token) or self.candidates(token):
                match = rule.regex.match(joined, words.starts[i])
                if match is None:
                    continue
                _, last = words.token_range(match.start(), match.end())
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

    def classify(self, post: Post) -> None:
        """Set ``topics`` and ``topic_evidence`` on a post."""
        fields = [("title", post.title or "")]
        fields += [(f"body:{i}", b.text) for i, b in enumerate(post.body) if b.kind != "separator"]
        hits = self.classify_text(fields)
        post.topic_evidence = hits
        found = {hit.topic for hit in hits}
        post.topics = [t for t in self.ids() if t in found]

    def classify_all(self, posts: list[Post]) -> None:
        """Classify every post."""
        for post in posts:
            self.classify(post)


def _overlaps(match: tuple[int, int, str], others: list[tuple[int, int, str]]) -> bool:
    return any(o[0] <= match[1] and match[0] <= o[1] for o in others)


def _line_of(text: str, key: str, index: int) -> int:
    """Best-effort line number of the index-th ``[[topic]]`` table or a key."""
    count = -1
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip().startswith("[[topic]]"):
            count += 1
            if count == index and not key:
                return number
        if count == index and key and line.strip().startswith(key):
            return number
    return 0


def parse_topic_file(path: Path, source: str) -> list[tuple[Topic, bool]]:
    """Topics in a file, each with its ``disabled`` flag; raises TopicFileError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TopicFileError(f"{path}: cannot read topic file: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = re.search(r"\(at line (\d+), column \d+\)|\(at end of document\)", message)
        number = (at[1] or str(max(1, len(text.splitlines())))) if at else ""
        line = f"{number}: " if number else " "
        message = message[: at.start()].strip() if at else message
        raise TopicFileError(f"{path}:{line}{message}") from None
    entries = data.get("topic", [])
    if not isinstance(entries, list):
        raise TopicFileError(f"{path}: 'topic' must be a list of [[topic]] tables")
    topics: list[tuple[Topic, bool]] = []
    for index, entry in enumerate(entries):
        line = _line_of(text, "", index)
        where = f"{path}:{line}" if line else str(path)
        if not isinstance(entry, dict):
            raise TopicFileError(f"{where}: each [[topic]] must be a table")
        topic_id = entry.get("id")
        if not isinstance(topic_id, str) or not _SLUG_RE.match(topic_id):
            raise TopicFileError(f"{where}: topic id must be a lower-case slug like 'air-support', got {topic_id!r}")
        lists = {}
        for key in ("phrases", "exclude", "entities", "context"):
            value = entry.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                key_line = _line_of(text, key, index) or line
                raise TopicFileError(f"{path}:{key_line}: topic {topic_id!r}: {key} must be a list of non-empty strings")
            lists[key] = value
        unknown = set(entry) - {"id", "name", "description", "badge", "phrases", "exclude", "entities", "context", "disabled"}
        if unknown:
            raise TopicFileError(f"{where}: topic {topic_id!r}: unknown key(s) {', '.join(sorted(unknown))}")
        disabled = bool(entry.get("disabled", False))
        if not disabled and not lists["phrases"] and not lists["entities"]:
            raise TopicFileError(f"{where}: topic {topic_id!r} has no phrases or entities")
        if lists["entities"] and not lists["context"]:
            raise TopicFileError(f"{where}: topic {topic_id!r}: entities need a context list")
        topic = Topic(
            id=topic_id,
            name=str(entry.get("name") or topic_id.replace("-", " ").capitalize()),
            description=str(entry.get("description", "")),
            badge=str(entry.get("badge") or topic_id.split("-")[0]).upper()[:5],
            source=source,
            **lists,
        )
        try:
            topic.compile()
        except ValueError as exc:
            raise TopicFileError(f"{where}: topic {topic_id!r}: {exc}") from None
        topics.append((topic, disabled))
    return topics


def user_topics_path() -> Path:
    """``$XDG_CONFIG_HOME/liveblog/topics.toml`` (``~/.config`` by default)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "liveblog" / "topics.toml"


def load_taxonomy(user_file: Path | None = None, use_default_user_file: bool = True) -> Taxonomy:
    """The default topics, updated by a user file.

    A bad user file is reported in ``errors`` (naming the file and line) and
    the defaults are used unchanged.
    """
    defaults = [t for t, _ in parse_topic_file(DEFAULT_TOPICS_FILE, "default")]
    taxonomy = Taxonomy(defaults, [str(DEFAULT_TOPICS_FILE)])
    path = user_file
    if path is None and use_default_user_file:
        candidate = user_topics_path()
        path = candidate if candidate.is_file() else None
    if path is None:
        return taxonomy
    try:
        overrides = parse_topic_file(path, "user")
    except TopicFileError as exc:
        taxonomy.errors.append(str(exc))
        return taxonomy
    order = taxonomy.ids()
    by_id = {t.id: t for t in taxonomy.topics}
    for topic, disabled in overrides:
        if disabled:
            by_id.pop(topic.id, None)
            continue
        if topic.id not in by_id:
            order.append(topic.id)
        by_id[topic.id] = topic
    taxonomy.topics = [by_id[i] for i in order if i in by_id]
    taxonomy.files.append(str(path))
    return taxonomy
