"""The topic rule language: phrases compiled to token patterns that cannot backtrack.

See :mod:`tui.core.stages.topics` for the syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tui.core.model.text import lower_words

_GAP_RE = re.compile(r"^\.\.\.(\d*)$")


class TopicFileError(ValueError):
    """A topic file that cannot be used; the message names the file and line."""


@dataclass
class Topic:
    """One topic: its phrases compiled to :class:`_Rule` token patterns."""

    id: str
    name: str
    description: str = ""
    badge: str = ""
    phrases: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    #: Entity phrases that count only for a name another post of the same day gave as this topic's
    #: entity ("the Geneva talks" on the day a post has officials "convened in Geneva").
    day_entities: list[str] = field(default_factory=list)
    #: Phrases that count only on a day another post shows the topic ("their military presence is
    #: mandatory" on a day of troop pledges).
    day_phrases: list[str] = field(default_factory=list)
    source: str = "default"
    #: The name of a shipped learned model that reads what the rules miss (see
    #: :mod:`tui.core.stages.topics.learned`), or "".
    model: str = ""
    #: Words (``word*`` for inflections) one of which a sentence must hold for the model to read it.
    model_words: list[str] = field(default_factory=list)
    rules: list[_Rule] = field(default_factory=list, repr=False)

    def compile(self, gazetteers: Gazetteers | None = None) -> None:
        """Compile every rule, ``@name`` words taken from ``gazetteers`` (raises ValueError on a bad phrase)."""
        self.rules = [
            _Rule.build(phrase, kind, gazetteers or {})
            for kind, phrases in (
                ("phrase", self.phrases),
                ("exclude", self.exclude),
                ("entity", self.entities),
                ("context", self.context),
                ("day_entity", self.day_entities),
                ("day_phrase", self.day_phrases),
            )
            for phrase in phrases
        ]


#: Named lists of names (``places``, ``settings``) that a phrase can use as ``@places``.
Gazetteers = dict[str, list[str]]

#: The widest gap a phrase may ask for (``...20``).
MAX_GAP = 20

#: One alternative of a phrase element: its words, and whether the last is a prefix (``deploy*``).
_Option = tuple[tuple[str, ...], bool]


#: Spellings of one name that sources use interchangeably (Russian-language and older English sources write
#: "Kiev", "Odessa", "Lvov"): a rule word written one way matches the others, in phrases and gazetteers alike.
SPELLINGS: tuple[frozenset[str], ...] = (
    frozenset({"kyiv", "kiev"}),
    frozenset({"odesa", "odessa"}),
    frozenset({"lviv", "lvov"}),
    frozenset({"kharkiv", "kharkov"}),
)
_VARIANTS: dict[str, frozenset[str]] = {word: group for group in SPELLINGS for word in group}


def _with_spellings(options: tuple[_Option, ...]) -> tuple[_Option, ...]:
    """``options`` and, for each single word with other spellings, those spellings too (once each)."""
    named = [words[0] for words, wild in options if len(words) == 1 and not wild and words[0] in _VARIANTS]
    if not named:
        return options
    seen = set(options)
    out = list(options)
    for word in named:
        for other in sorted(_VARIANTS[word]):
            if ((other,), False) not in seen:
                seen.add(((other,), False))
                out.append(((other,), False))
    return tuple(out)


@dataclass(frozen=True)
class _Element:
    """One element of a phrase: alternatives of words, any one word but them (``negated``), or a gap of
    up to ``gap`` words.

    ``by_word`` indexes the alternatives by their first word (a gazetteer
    element has hundreds of them), and ``stems`` holds the one-word prefix
    alternatives (``deploy*``): matching looks a word up instead of trying
    every alternative.
    """

    options: tuple[_Option, ...] = ()
    gap: int = 0
    by_word: dict[str, tuple[_Option, ...]] = field(default_factory=dict, compare=False, repr=False)
    stems: tuple[str, ...] = field(default=(), compare=False, repr=False)
    first_words: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    negated: bool = False

    @classmethod
    def of(cls, options: tuple[_Option, ...], negated: bool = False) -> _Element:
        """An element of alternatives (or, ``negated``, of any one word but them), indexed for look-up."""
        by_word: dict[str, list[_Option]] = {}
        stems: list[str] = []
        for option in options:
            words, prefix = option
            if prefix and len(words) == 1:
                stems.append(words[0])
            else:
                by_word.setdefault(words[0], []).append(option)
        return cls(
            options,
            0,
            {word: tuple(found) for word, found in by_word.items()},
            tuple(stems),
            frozenset(by_word),
            negated=negated,
        )

    def ends(self, tokens: list[str], at: int) -> list[int]:
        """Where a match of one of the alternatives starting at word ``at`` ends (the word after it)."""
        if at >= len(tokens):
            return []
        token = tokens[at]
        if self.negated:
            return [] if token in self.first_words or token.startswith(self.stems) else [at + 1]
        found = [at + 1 for stem in self.stems if token.startswith(stem)]
        for option in self.by_word.get(token, ()):
            if _option_matches(tokens, at, option):
                found.append(at + len(option[0]))
        return found


def _option_matches(tokens: list[str], at: int, option: _Option) -> bool:
    words, prefix = option
    if at + len(words) > len(tokens):
        return False
    last = len(words) - 1
    for k, word in enumerate(words):
        token = tokens[at + k]
        if not (token.startswith(word) if prefix and k == last else token == word):
            return False
    return True


@dataclass
class _Rule:
    """One compiled phrase: its elements, and the keys its first word is indexed under.

    Matching walks the words of a text with a set of positions (an NFA with
    no backtracking): the cost is at most the phrase's length times its
    widest gap per start word, however many gaps the phrase has.
    """

    phrase: str
    kind: str  # phrase, exclude, entity, context, day_entity, day_phrase
    elements: tuple[_Element, ...]
    exact: list[str]
    prefixes: list[str]
    #: Each word element's words and stems (not gaps, not ``!`` elements): a sentence can hold a match only
    #: when it has a word, or a prefix, of every one of them.
    checks: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = ()
    #: A leading ``!a|b``: the word before the match (when there is one) must be none of these.  It is
    #: not part of the match, so an exclusion ``!and air force*`` cancels only the words "air force".
    not_after: _Element | None = None

    @classmethod
    def build(cls, phrase: str, kind: str, gazetteers: Gazetteers | None = None) -> _Rule:
        elements = _compile(phrase, gazetteers or {})
        not_after = None
        if elements[0].negated:
            not_after, elements = elements[0], elements[1:]
        exact, prefixes = [], []
        for words, prefix in elements[0].options:
            if prefix and len(words) == 1:
                prefixes.append(words[0])
            else:
                exact.append(words[0])
        checks = tuple((e.first_words, e.stems) for e in elements if not e.gap and not e.negated)
        return cls(phrase, kind, elements, exact, prefixes, checks, not_after)

    def match(self, tokens: list[str], start: int) -> int | None:
        """The index of the last word of the longest match starting at ``start``, or None."""
        if self.not_after is not None and start > 0 and not self.not_after.ends(tokens, start - 1):
            return None
        positions = {start}
        for element in self.elements:
            if element.gap:
                reach = len(tokens)
                positions = {p + g for p in positions for g in range(element.gap + 1) if p + g <= reach}
            else:
                positions = {end for p in positions for end in element.ends(tokens, p)}
            if not positions:
                return None
        return max(positions) - 1


def _compile(phrase: str, gazetteers: Gazetteers) -> tuple[_Element, ...]:
    """A phrase's elements; raises ValueError naming what is wrong.

    ``@name`` stands for any entry of the gazetteer list ``name`` (each entry
    its own sequence of words).  A phrase may start with one ``!`` element (the
    word before the match must not be one of its words); the words after it
    must start with a word, not a gap.
    """
    elements: list[_Element] = []
    for raw in phrase.split():
        gap = _GAP_RE.match(raw)
        if gap:
            digits = gap[1]
            if len(digits) > 3 or int(digits or 3) > MAX_GAP:
                raise ValueError(f"phrase {phrase!r}: a gap of {digits} words is too wide (at most ...{MAX_GAP})")
            if not elements or (len(elements) == 1 and elements[0].negated):
                raise ValueError(f"phrase {phrase!r} starts with a gap")
            elements.append(_Element(gap=int(digits or 3)))
            continue
        negated = raw.startswith("!")
        if negated:
            if len(elements) == 1 and elements[0].negated:
                raise ValueError(f"phrase {phrase!r} starts with two negated words ({raw})")
            raw = raw[1:]
        options: list[_Option] = []
        for option in raw.split("|"):
            if option.startswith("@") and negated:
                raise ValueError(f"phrase {phrase!r}: a negated element (!{raw}) takes single words")
            if option.startswith("@"):
                options.extend(_gazetteer_options(phrase, option[1:], gazetteers))
                continue
            words = lower_words(option)
            if not words:
                raise ValueError(f"phrase {phrase!r} has an empty word")
            if negated and len(words) > 1:
                raise ValueError(f"phrase {phrase!r}: a negated element (!{raw}) takes single words")
            options.append((words, option.endswith("*")))
        elements.append(_element(tuple(options), negated))
    if not any(e.options and not e.negated for e in elements):
        raise ValueError(f"phrase {phrase!r} has no words")
    return tuple(elements)


@lru_cache(maxsize=1024)
def _element(options: tuple[_Option, ...], negated: bool) -> _Element:
    """The element of these alternatives (their other spellings added), made once: a gazetteer's hundreds
    of alternatives stand in many phrases, and every load of the topics compiles every phrase."""
    return _Element.of(_with_spellings(options), negated)


def _gazetteer_options(phrase: str, name: str, gazetteers: Gazetteers) -> tuple[_Option, ...]:
    """The word sequences of a gazetteer list, for ``@name`` in a phrase."""
    if name not in gazetteers:
        known = ", ".join(sorted(gazetteers)) or "none"
        raise ValueError(f"phrase {phrase!r} names an unknown gazetteer list @{name} (known: {known})")
    return _entry_options(tuple(gazetteers[name]))


@lru_cache(maxsize=256)
def _entry_options(entries: tuple[str, ...]) -> tuple[_Option, ...]:
    """The alternatives of a gazetteer list's entries (an entry with no words gives none)."""
    options = [(lower_words(entry), False) for entry in entries]
    return tuple(o for o in options if o[0])
