"""Matching compiled topic rules against posts: the classify stage."""

from __future__ import annotations

import hashlib
import pickle
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import chain

from tui.core.infra.workers import PARALLEL_POSTS, Workers, chunked
from tui.core.model.post import Post, TopicHit
from tui.core.model.text import RULE_WORD_RE, STOP_WORDS, has_abbreviation, lower_words, rule_words
from tui.core.model.zones import month_number
from tui.core.stages.topics.learned import (
    Featuriser,
    LearnedModel,
    WordTest,
    features_of,
    learned_phrase,
    load_model,
)
from tui.core.stages.topics.rules import Topic, _Element, _Rule

ENTITY_WINDOW = 15
#: The word a rule writes for a text's dateline ("KYIV, Ukraine (AP) —", "ROME, September 4 —", "Rome:"): a
#: text that opens with one is also read as a sentence that starts with this word, then the first sentence's
#: words (so ``dateline_ @places`` is the dateline's place).  No text's words hold it: ``_`` ends no word.
DATELINE_WORD = "dateline_"
#: A dateline: a place in capitals or one to three capitalised words, an optional region or country after a
#: comma, an optional month's day, an optional agency, then a dash or a colon; the place must then be a
#: gazetteer name for a rule to use it.
_DATELINE_RE = re.compile(
    r"\s*(?:[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?"
    r"(?:,?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*\.?\s+\d{1,2})?"
    r"(?P<agency>\s*\((?:AP|Reuters|AFP|dpa|UPI|Xinhua|Anadolu|IANS|PTI|ANI|Sputnik|TASS|Bloomberg)\))?"
    # a dash or a colon and a space; after an agency, a hyphen may touch the next word ("(Reuters) -Sweden")
    r"(?:\s*(?:\u2014|\u2013|--|-|:)\s+\S|(?(agency)\s*-(?=[A-Z])|(?!)))"
)
#: In an exclusion, the post's own weekday does not count as an earlier day, nor does a weekday told as one to
#: come: one of TO_COME among the exclusion's words or the few just before them.
DAYS_BEFORE = "@days-before"
#: Words that make a weekday named with them one to come ("the upcoming defence chiefs meeting in Paris on
#: Tuesday", told on the Sunday).
TO_COME = frozenset(
    # ... and a meeting scheduled in the present tense ("The talks begin in Riyadh on Friday", "Talks in Istanbul are
    # expected on Friday", "are taking place in the Saudi capital on Friday", told on the Tuesday); not "planned",
    # "due", "would": "Planned talks in London on Wednesday were supposed to have involved …", told on the Thursday
    {
        "upcoming",
        "next",
        "will",
        "scheduled",
        "begin",
        "begins",
        "start",
        "starts",
        "resume",
        "resumes",
        "expected",
        "taking",
    }
)
#: How many words before an exclusion are read for TO_COME.
TO_COME_BEFORE = 4
#: In an exclusion, the post's own date (its month and day named together) is not an earlier date, nor is
#: a month's day up to DAYS_TO_COME days after it.
DATES_BEFORE = "@dates-before"
DAYS_TO_COME = 120
#: A month named without a day and without a year is one to come when it is the post's month or starts within
#: MONTH_TO_COME days ("in September", told on 19 August); a later one is read as the last such month ("He
#: recalled the Geneva meeting in February", told in November).
MONTH_TO_COME = 45
#: In an exclusion, the post's own year, and any later one, is not an earlier year.
YEARS_BEFORE = "@years-before"
#: In a phrase, the post's own day as a sentence names it: "today" or "tonight", its weekday, or its month
#: with its day of the month ("Zelenskiy on Thursday visited …", told on that Thursday); a match that names
#: another day, or a post with no date, is no match.
ON_THE_DAY = "@on-the-day"
#: Words that always name the post's own day.
_TODAY_WORDS = frozenset({"today", "tonight"})


@dataclass(frozen=True)
class _Today:
    """The post's own day as a sentence's words name it: its weekday, its month (and the month's
    abbreviation) and its day of the month."""

    weekday: str
    months: frozenset[str]
    day: str
    on: date

    @classmethod
    def of(cls, day: date) -> _Today:
        month = day.strftime("%B").lower()
        return cls(day.strftime("%A").lower(), frozenset({month, month[:3], month[:4]}), str(day.day), day)

    def named_in(self, phrase: str, words: list[str], after: list[str], before: Sequence[str] = ()) -> bool:
        """Whether an exclusion's words name this day where the exclusion means an earlier one (a
        month's day is read from the words just after the month as well: "on March 11"), or, for
        ``@days-before``, a weekday to come (TO_COME among the words or the ones ``before`` them), or, for
        ``@dates-before``, a day to come ("will be held on Feb. 17-18 in Geneva", told on the 15th), or,
        for ``@years-before``, this year or a later one."""
        if DAYS_BEFORE in phrase and (self.weekday in words or not TO_COME.isdisjoint(words + list(before))):
            return True
        if YEARS_BEFORE in phrase and any(w.isdigit() and len(w) == 4 and int(w) >= self.on.year for w in words):
            return True
        if DATES_BEFORE not in phrase:
            return False
        if self.day in [_day_digits(word) for word in words + after] and not self.months.isdisjoint(words):
            return True
        return self._names_a_day_to_come(words + after)

    def names_this_day(self, words: list[str], after: list[str]) -> bool:
        """Whether a phrase's ``@on-the-day`` words name this day: "today" or "tonight", its weekday, or its
        month with its day of the month (read from the words just after the month as well: "on May 4")."""
        if not _TODAY_WORDS.isdisjoint(words) or self.weekday in words:
            return True
        return not self.months.isdisjoint(words) and self.day in [_day_digits(word) for word in words + after]

    def _month_to_come(self, month: int, after: list[str]) -> bool:
        """Whether a month named without a day is this day's month or one to come: with its year (in the
        words just after it), any month from this one on; without, this month or one starting within
        MONTH_TO_COME days ("met in Geneva in July" is over in August; "in September" is to come)."""
        years = [int(w) for w in after if w.isdigit() and len(w) == 4]
        if years:
            return (years[0], month) >= (self.on.year, self.on.month)
        if month == self.on.month:
            return True
        starts = date(self.on.year + (month < self.on.month), month, 1)
        return (starts - self.on).days <= MONTH_TO_COME

    def _names_a_day_to_come(self, words: list[str]) -> bool:
        """Whether a month's day among ``words`` ("feb 17", "10 11 july 2025") falls on this day or after
        it: any later day when its year is given, else one in the DAYS_TO_COME after it (the year read as the
        one that puts it nearest); a month named without a day ("in July", "in September 2026") is read whole
        (:meth:`_month_to_come`)."""
        for i, word in enumerate(words):
            month = month_number(word)
            if month is None:
                continue
            before = words[i - 1] if i else ""
            after = words[i + 1] if i + 1 < len(words) else ""
            day_word = after if _is_day(after) else before if _is_day(before) else ""
            if not day_word:
                if self._month_to_come(month, words[i + 1 : i + 3]):
                    return True
                continue
            if day_word is after:
                day_word = _range_end(words, i + 2, day_word)
            year_words = [w for w in words[i + 1 : i + 6] if w.isdigit() and len(w) == 4]
            years = [int(year_words[0])] if year_words else [self.on.year + k for k in (-1, 0, 1)]
            named = [d for year in years if (d := _day_of(year, month, int(_day_digits(day_word)))) is not None]
            if not named:
                continue
            ahead = min(((d - self.on).days for d in named), key=abs)
            if ahead >= 0 and (year_words or ahead <= DAYS_TO_COME):
                return True
        return False


#: Words between the first and last day of a range ("from May 19 to 21", "Feb. 17 and 18").
_RANGE_WORDS = frozenset({"to", "and", "until", "till", "through", "thru"})


def _range_end(words: list[str], at: int, first: str) -> str:
    """The last day of a range whose first day, ``first``, is the word before ``at`` ("may 19 to 21" gives
    "21"), or ``first`` when no later day follows: a meeting that runs until today or later is not over."""
    if at < len(words) and words[at] in _RANGE_WORDS:
        at += 1
    if at < len(words) and _is_day(words[at]) and int(_day_digits(words[at])) > int(_day_digits(first)):
        return words[at]
    return first


def _day_of(year: int, month: int, day: int) -> date | None:
    """The date, or None when the month has no such day (31 April)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_digits(word: str) -> str:
    """A day of the month's digits, its ordinal suffix dropped ("15th" -> "15"); any other word as it is."""
    return word[:-2] if len(word) > 2 and word[-2:] in _ORDINAL_ENDS and word[:-2].isdigit() else word


_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


def _is_day(word: str) -> bool:
    """A day of the month as a word ("17", "15th")."""
    digits = _day_digits(word)
    return digits.isdigit() and len(digits) <= 2 and 1 <= int(digits) <= 31


#: Where a sentence ends: after . ! ? or … (and any closing quotes or brackets)
#: before a space and a capital, digit or opening quote; and at every line break.
#: A full stop that ends an abbreviation (``a.m.``, ``U.S.``, ``Mr.``, ``Gen.``, and a month's before a
#: day of the month: ``on Jan. 23 in``) ends no sentence.
_SENTENCE_END_RE = re.compile(
    r"""(?<=[.!?\u2026])(?<!\b[A-Za-z]\.[A-Za-z]\.)(?<!\b(?:Mr|Ms|Dr|St|Lt|No)\.)(?<!\b(?:Mrs|Gen|Sen|Gov|Rep|Col|Sgt)\.)"""
    r"""(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.(?=\s+\d))(?<!\bSept\.(?=\s+\d))"""
    r"""["'\u2019\u201d)\]]*\s+(?=["'\u2018\u201c(\[]?[A-Z0-9\u00c0-\u024f])|\n+"""
)


class _Words:
    """The lower-cased words of a text, the sentence each belongs to, and (when asked) their offsets."""

    __slots__ = ("text", "tokens", "sentences", "_spans")

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: list[tuple[int, int]] | None = None
        lower = text.lower()
        if len(lower) != len(text):  # lower case moved the offsets (rare letters): word by word
            matches = list(RULE_WORD_RE.finditer(text))
            pieces = [m.group().lower().replace(".", "") for m in matches]
            self._spans = [m.span() for m in matches]
            self.tokens: list[str] = pieces
            self.sentences: list[tuple[int, int]] = []
            ends = [m.start() for m in _SENTENCE_END_RE.finditer(text)]
            first, k = 0, 0
            for i, (begin, _end) in enumerate(self._spans):
                while k < len(ends) and ends[k] < begin:
                    if i > first:
                        self.sentences.append((first, i))
                    first = i
                    k += 1
            if len(self.tokens) > first:
                self.sentences.append((first, len(self.tokens)))
            return
        # A word never reaches across a sentence end, so each sentence's words are found in its own text.
        self.tokens = []
        self.sentences = []
        begin = 0
        dotted = has_abbreviation(lower)
        for cut in [m.start() for m in _SENTENCE_END_RE.finditer(text)] + [len(lower)]:  # ends need the capitals
            found = rule_words(lower, begin, cut, dotted)
            if found:
                self.sentences.append((len(self.tokens), len(self.tokens) + len(found)))
                self.tokens.extend(found)
            begin = cut

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Each word's offsets in the original text (found when first asked: only matches need them)."""
        if self._spans is None:
            self._spans = [m.span() for m in RULE_WORD_RE.finditer(self.text)]
        return self._spans

    def text_span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets in the original text for words first..last."""
        return self.spans[first][0], self.spans[last][1]


def sentences_read(text: str) -> list[list[str]]:
    """Every list of words the matcher reads in ``text``: its sentences, then, for a text that opens with a
    dateline, its first sentence after :data:`DATELINE_WORD`."""
    words = _Words(text)
    read = [words.tokens[first:end] for first, end in words.sentences]
    if read and _DATELINE_RE.match(text):
        read.append([DATELINE_WORD, *read[0]])
    return read


#: Words nearly every sentence of this story holds, though no stop words: a rule anchored on one is tried on
#: most sentences (choosing another anchor changes which rules are tried first, never what matches).
_STORY_WORDS = frozenset(
    {"ukraine", "ukrainian", "ukrainians", "kyiv", "kiev", "russia", "russian", "war", "president", "said", "says"}
)


def _word_cost(word: str, prefix: bool) -> int:
    """How often a sentence would hold ``word`` (or, ``prefix``, a word starting with it), relatively."""
    if word in STOP_WORDS:
        return 1000
    if word in _STORY_WORDS:
        return 200
    if prefix:
        return 5
    return 10 if len(word) <= 3 else 1


def _anchor_cost(element: _Element) -> int:
    """How often a sentence would hold a word of ``element`` (an estimate): its commonest
    alternative counts (stop words most, then the story's own common words, short words and stems), then how
    many there are."""
    costs = [_word_cost(words[0], prefix) for words, prefix in element.options]
    return 10 * max(costs, default=0) + len(costs)


class _RuleIndex:
    """Finds rule matches by looking words up, not by scanning.

    Each rule is filed under the words of its *anchor*: its element least
    likely to be in a sentence (a stop word such as ``the`` or ``in`` is a
    poor anchor, ``boots`` a good one).  A sentence is tried against a rule
    only when it holds an anchor word and a word that could start each of
    the rule's other elements; the rule is then walked from each word that
    can start it.
    """

    def __init__(self, topics: list[Topic]) -> None:
        self.rules: list[tuple[int, _Rule]] = []
        self.exact: dict[str, list[int]] = {}
        self.prefix: dict[str, list[int]] = {}
        for index, topic in enumerate(topics):
            for rule in topic.rules:
                number = len(self.rules)
                self.rules.append((index, rule))
                words = [element for element in rule.elements if element.options and not element.negated]
                anchor = min(words, key=_anchor_cost) if words else rule.elements[0]
                for first in anchor.first_words:
                    self.exact.setdefault(first, []).append(number)
                for stem in anchor.stems:
                    self.prefix.setdefault(stem, []).append(number)
        self.prefix_lengths = tuple(sorted({len(p) for p in self.prefix}))
        # Feasibility as bits: each distinct check (a word element's words and stems) gets a bit; a word
        # sets the bits of the checks it passes, and a rule needs all of its checks' bits set by its sentence.
        bits: dict[tuple[frozenset[str], tuple[str, ...]], int] = {}
        self.word_bits: dict[str, int] = {}
        self.stem_bits: dict[str, int] = {}
        #: Per rule number, the bits of its checks.
        self.needs: list[int] = []
        for _topic, rule in self.rules:
            need = 0
            for check in rule.checks:
                bit = bits.get(check)
                if bit is None:
                    bit = bits[check] = 1 << len(bits)
                    for word in check[0]:
                        self.word_bits[word] = self.word_bits.get(word, 0) | bit
                    for stem in check[1]:
                        self.stem_bits[stem] = self.stem_bits.get(stem, 0) | bit
                need |= bit
            self.needs.append(need)
        self.stem_lengths = tuple(sorted({len(stem) for stem in self.stem_bits}))
        self._cache: dict[str, tuple[tuple[int, ...], int]] = {}

    def looked_up(self, token: str) -> tuple[tuple[int, ...], int]:
        """The numbers of the rules anchored on ``token``, and the bits of the checks it passes (memoised
        per distinct word)."""
        found = self._cache.get(token)
        if found is None:
            numbers = list(self.exact.get(token, ()))
            for length in self.prefix_lengths:
                if length > len(token):
                    break
                numbers.extend(self.prefix.get(token[:length], ()))
            passed = self.word_bits.get(token, 0)
            for length in self.stem_lengths:
                if length > len(token):
                    break
                passed |= self.stem_bits.get(token[:length], 0)
            found = (tuple(numbers), passed)
            if len(self._cache) < 500_000:
                self._cache[token] = found
        return found

    def matches(self, tokens: list[str]) -> dict[tuple[int, str], list[tuple[int, int, str]]]:
        """(topic index, rule kind) -> [(first word, last word, phrase)] in one sentence's words,
        in the order of the words, then of the rules."""
        numbers: set[int] = set()
        passed = 0
        cache = self._cache
        for token in set(tokens):
            found_for = cache.get(token) or self.looked_up(token)
            if found_for[0]:
                numbers.update(found_for[0])
            passed |= found_for[1]
        found: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
        if not numbers:
            return found
        hits: list[tuple[int, int, int]] = []  # (first word, rule number, last word)
        needs = self.needs
        for number in numbers:
            need = needs[number]
            if need & passed != need:  # a word element no word of the sentence can be: no walk
                continue
            rule = self.rules[number][1]
            first = rule.elements[0]
            words, stems = first.first_words, first.stems
            if stems:  # str.startswith takes the tuple of stems at once
                starts = [i for i, token in enumerate(tokens) if token in words or token.startswith(stems)]
            else:
                starts = [i for i, token in enumerate(tokens) if token in words]
            for i in starts:
                last = rule.match(tokens, i)
                if last is not None:
                    hits.append((i, number, last))
        hits.sort()
        for i, number, last in hits:
            topic_index, rule = self.rules[number]
            found.setdefault((topic_index, rule.kind), []).append((i, last, rule.phrase))
        return found


@dataclass
class Taxonomy:
    """An ordered set of topics and the files they came from."""

    topics: list[Topic]
    files: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: The named lists ``@name`` in phrases refers to (defaults plus the user's additions).
    gazetteers: dict[str, list[str]] = field(default_factory=dict)
    # Look-up caches built on first use (not part of the value: equal taxonomies may differ in them).
    _rule_index: _RuleIndex | None = field(default=None, repr=False, compare=False)
    _name_set: set[tuple[str, ...]] | None = field(default=None, repr=False, compare=False)
    _named: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)
    #: Each gazetteer name's first word -> the lengths (in words) of the names it starts.
    _name_lengths: dict[str, set[int]] = field(default_factory=dict, repr=False, compare=False)
    _indexed: list[Topic] | None = field(default=None, repr=False, compare=False)
    #: (topic index, model) for each topic that names a learned model, and the featuriser they read with.
    _learned: tuple[list[Topic], Featuriser, list[tuple[int, LearnedModel, WordTest]]] | None = field(
        default=None, repr=False, compare=False
    )

    def __getstate__(self) -> dict[str, object]:
        """Pickled (for worker processes) without the look-up caches, which are rebuilt on first use."""
        state = dict(self.__dict__)
        state.update(_rule_index=None, _name_set=None, _named=None, _indexed=None, _name_lengths={}, _learned=None)
        return state

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

    def _models(self) -> tuple[Featuriser, list[tuple[int, LearnedModel, WordTest]]]:
        if self._learned is None or self._learned[0] is not self.topics:
            models = [(i, load_model(t.model), WordTest(t.model_words)) for i, t in enumerate(self.topics) if t.model]
            self._learned = (self.topics, Featuriser(self.gazetteers), models)
        return self._learned[1], self._learned[2]

    def classify_text(self, fields: list[tuple[str, str]], day: date | None = None) -> list[TopicHit]:
        """Evidence for every topic in ``(field, text)`` pairs (one post's text, read on its own: a
        ``day_entities`` match counts only for a name the post itself gives as the topic's entity)."""
        return self.classify_many([(fields, day)])[0]

    def classify_many(self, posts: list[tuple[list[tuple[str, str]], date | None]]) -> list[list[TopicHit]]:
        """Each post's evidence from its ``(fields, day)``, the posts read together as one run of days (what
        ``day_entities`` and ``day_phrases`` rules wait for is looked for among them: see :meth:`settle`)."""
        return self.settle([self.evidence(fields, day) for fields, day in posts], [day for _, day in posts])

    def evidence(self, fields: list[tuple[str, str]], day: date | None = None) -> PostEvidence:
        """What one post's ``(field, text)`` pairs show for every topic, before the day is settled.

        Rules match within one sentence: a phrase, its exclusions and an
        entity's context never reach across a sentence end.  A gazetteer name
        that an exclusion cancels in one sentence ("after last night's talks
        at the White House") is cancelled in the whole post, so a headline
        cannot bring it back ("Leaders meet Trump at the White House").
        ``day`` is the post's own date, for exclusions that use ``@days-before`` or ``@dates-before``.
        """
        today = _Today.of(day) if day else None
        index = self._index()
        featuriser, models = self._models()
        found: list[tuple[int, str, tuple[tuple[str, ...], ...], int, int, str, bool, bool]] = []
        cancelled: set[tuple[int, tuple[str, ...]]] = set()
        read: list[tuple[str, _Words, int, int]] = []  # every sentence: (field, its words, first, end)
        vetoed: set[int] = set()  # topics an exclusion of which matched: no learned reading overrules them
        for field_name, text in fields:
            if not text:
                continue
            words = _Words(text)
            for first, end in words.sentences:
                sentence = words.tokens[first:end]
                if models:
                    read.append((field_name, words, first, end))
                for t, first_word, last_word, phrase, entity, kept, of_day in _sentence_hits(index, sentence, today):
                    names = self._names(sentence[first_word : last_word + 1]) if entity else ()
                    if not kept:
                        cancelled.update((t, name) for name in names)
                        vetoed.add(t)
                        continue
                    start, stop = words.text_span(first + first_word, first + last_word)
                    found.append((t, field_name, names, start, stop, phrase, entity, of_day))
            if words.sentences and _DATELINE_RE.match(text):
                found += self._dateline_hits(words, field_name, today, cancelled)
        position = {t.id: i for i, t in enumerate(self.topics)}
        hits: list[TopicHit] = []
        named: dict[str, frozenset[tuple[str, ...]]] = {}
        pending: list[tuple[TopicHit, frozenset[tuple[str, ...]]]] = []
        for t, field_name, names, start, stop, phrase, entity, of_day in found:
            if entity and any((t, name) in cancelled for name in names):
                continue
            topic = self.topics[t].id
            if of_day:
                why = "named so elsewhere that day" if entity else "the topic is shown elsewhere that day"
                hit = TopicHit(topic, f"{phrase} ({why})", field_name, start, stop)
                pending.append((hit, frozenset(names) if entity else _SHOWN))
                continue
            hits.append(TopicHit(topic, phrase, field_name, start, stop))
            named[topic] = named.get(topic, frozenset()) | frozenset(names) | _SHOWN
        if read:
            hits += self._learned_hits(featuriser, [m for m in models if m[0] not in vetoed], read, named)
        _in_order(hits, [name for name, _ in fields], position)
        return PostEvidence(hits, named, pending, tuple(name for name, _ in fields) if pending else ())

    def _learned_hits(
        self,
        featuriser: Featuriser,
        models: list[tuple[int, LearnedModel, WordTest]],
        read: list[tuple[str, _Words, int, int]],
        named: dict[str, frozenset[tuple[str, ...]]],
    ) -> list[TopicHit]:
        """A hit for each topic no rule showed (and whose exclusions matched nothing) whose model reaches its
        threshold in one sentence holding one of the topic's ``model_words``: the evidence is that sentence
        and its heaviest features."""
        wanted = [(t, model, test) for t, model, test in models if self.topics[t].id not in named]
        if not wanted:
            return []
        said: dict[int, list[str]] = {}  # a sentence's words as the featuriser reads them, made when first needed
        sentences: dict[int, set[str]] = {}  # its features, likewise

        def words_of(n: int) -> list[str]:
            if n not in said:
                _, words, first, end = read[n]
                said[n] = featuriser.words(words.tokens[first:end])
            return said[n]

        out: list[TopicHit] = []
        for t, model, test in wanted:
            # a gazetteer list is a word only once names are read as their list; plain words are the tokens'
            numbers = [
                n
                for n, (_, words, first, end) in enumerate(read)
                if test.holds(words_of(n) if test.lists else words.tokens[first:end])
            ]
            for n in numbers:
                if n not in sentences:
                    sentences[n] = features_of(words_of(n))
            best, chance = model.best([sentences[n] for n in numbers])
            if chance < model.threshold:
                continue
            number = numbers[best]
            field_name, words, first, end = read[number]
            start, stop = words.text_span(first, end - 1)
            topic = self.topics[t].id
            out.append(TopicHit(topic, learned_phrase(model.heaviest(sentences[number])), field_name, start, stop))
            named[topic] = named.get(topic, frozenset()) | _SHOWN
        return out

    def settle(self, evidence: list[PostEvidence], days: list[date | None]) -> list[list[TopicHit]]:
        """Each post's hits, a ``day_entities`` match counting when another post of the same day (or the
        post itself) gave one of its names as the topic's entity.  A post with no known day settles on its
        own."""
        by_day: dict[date, dict[str, frozenset[tuple[str, ...]]]] = {}
        for post, day in zip(evidence, days):
            if day is not None and post.named:
                names = by_day.setdefault(day, {})
                for topic, found in post.named.items():
                    names[topic] = names.get(topic, frozenset()) | found
        position = {t.id: i for i, t in enumerate(self.topics)}
        return [
            post.settled(by_day.get(day, {}) if day is not None else post.named, position)
            for post, day in zip(evidence, days)
        ]

    def _dateline_hits(
        self,
        words: _Words,
        field_name: str,
        today: _Today | None,
        cancelled: set[tuple[int, tuple[str, ...]]],
    ) -> list[tuple[int, str, tuple[tuple[str, ...], ...], int, int, str, bool, bool]]:
        """The matches of rules that start with :data:`DATELINE_WORD`, read in the text's first sentence with
        that word before it (a text that opens with a dateline); each spans the dateline's words it took."""
        first, end = words.sentences[0]
        sentence = [DATELINE_WORD, *words.tokens[first:end]]
        out: list[tuple[int, str, tuple[tuple[str, ...], ...], int, int, str, bool, bool]] = []
        for t, first_word, last_word, phrase, entity, kept, of_day in _sentence_hits(self._index(), sentence, today):
            if first_word != 0 or last_word == 0:
                continue  # the text's own sentence gave every other match already
            names = self._names(sentence[1 : last_word + 1]) if entity else ()
            if not kept:
                cancelled.update((t, name) for name in names)
                continue
            start, stop = words.text_span(first, first + last_word - 1)
            out.append((t, field_name, names, start, stop, phrase, entity, of_day))
        return out

    def _names(self, tokens: list[str]) -> tuple[tuple[str, ...], ...]:
        """The gazetteer names (as words) inside a matched span."""
        if self._name_set is None or self._named is not self.gazetteers:
            self._name_set = {lower_words(entry) for entries in self.gazetteers.values() for entry in entries}
            self._name_lengths = {}
            for name in self._name_set:
                if name:
                    self._name_lengths.setdefault(name[0], set()).add(len(name))
            self._named = self.gazetteers
        names, lengths = self._name_set, self._name_lengths
        return tuple(
            tuple(tokens[i : i + n])
            for i, token in enumerate(tokens)
            for n in sorted(lengths.get(token, ()))
            if i + n <= len(tokens) and tuple(tokens[i : i + n]) in names
        )

    def classified(self, post: Post) -> Post:
        """A copy of the post with its ``topics`` and ``topic_evidence`` (the post read on its own)."""
        return self.with_hits(post, self.classify_text(post.text_fields(), post_day(post)))

    def with_hits(self, post: Post, hits: list[TopicHit]) -> Post:
        """A copy of the post with this evidence and the topics it shows (in display order)."""
        found = {hit.topic for hit in hits}
        return replace(post, topics=[t for t in self.ids() if t in found], topic_evidence=hits)


def post_day(post: Post) -> date | None:
    """The post's own date in its outlet's zone, when its date is known."""
    if post.published is None or post.date_basis in ("unknown",):
        return None
    return post.published.date()


#: What a post gives its day for each topic it shows, besides gazetteer names: the topic itself (what a
#: ``day_phrases`` match waits for). Not a sequence of words, so no name can equal it.
_SHOWN: frozenset[tuple[str, ...]] = frozenset({("@shown",)})


@dataclass(frozen=True)
class PostEvidence:
    """One post's topic evidence before its day is settled: its hits; each topic's entity names in them
    (the day's names for that topic); and ``day_entities`` matches waiting for a name of the day."""

    hits: list[TopicHit]
    named: dict[str, frozenset[tuple[str, ...]]]
    pending: list[tuple[TopicHit, frozenset[tuple[str, ...]]]]
    #: The post's field names in order (kept only when matches wait: to sort them in among the hits).
    fields: tuple[str, ...] = ()

    def settled(self, names: dict[str, frozenset[tuple[str, ...]]], position: dict[str, int]) -> list[TopicHit]:
        """The hits, with each waiting match one of whose names ``names`` holds for its topic (when no hit
        shows that topic already); sorted by field, then topic (``position``), then offset."""
        if not self.pending:
            return self.hits
        shown = {hit.topic for hit in self.hits}  # a waiting match is evidence only for a topic shown no other way
        waited = [h for h, own in self.pending if h.topic not in shown and not own.isdisjoint(names.get(h.topic, ()))]
        if not waited:
            return self.hits
        return _in_order(self.hits + waited, self.fields, position)


def _in_order(hits: list[TopicHit], fields: Sequence[str], position: dict[str, int]) -> list[TopicHit]:
    """``hits`` sorted in place, by field (in ``fields``' order), then topic (``position``), then offset."""
    order = {name: i for i, name in enumerate(fields)}
    hits.sort(key=lambda h: (order.get(h.field, 0), position[h.topic], h.start))
    return hits


def _sentence_hits(
    index: _RuleIndex, tokens: list[str], today: _Today | None = None
) -> list[tuple[int, int, int, str, bool, bool, bool]]:
    """(topic index, first word, last word, phrase, is an entity, kept, waits for the day) of every match
    in one sentence.

    An entity without its context is left out (a day entity needs none: it counts only for a name the day
    gives as the topic's entity); a phrase or entity cancelled by an exclusion, and each exclusion that applies,
    are listed with ``kept`` False.
    """
    found = index.matches(tokens)
    out: list[tuple[int, int, int, str, bool, bool, bool]] = []
    for t in sorted({t for t, _kind in found}):
        excluded = [
            (f, last, p)
            for f, last, p in found.get((t, "exclude"), [])
            if not (
                today is not None
                and today.named_in(
                    p, tokens[f : last + 1], tokens[last + 1 : last + 3], tokens[max(0, f - TO_COME_BEFORE) : f]
                )
            )
        ]
        out += [(t, f, last, p, False, False, False) for f, last, p in excluded]
        out += [
            (t, f, last, p, False, not _overlaps((f, last, p), excluded), kind == "day_phrase")
            for kind in ("phrase", "day_phrase")
            for f, last, p in found.get((t, kind), [])
            if ON_THE_DAY not in p
            or (today is not None and today.names_this_day(tokens[f : last + 1], tokens[last + 1 : last + 3]))
        ]
        context = found.get((t, "context"), [])
        for kind in ("entity", "day_entity"):
            for first, last, phrase in found.get((t, kind), []):
                # a day entity waits for the day's own naming of the place, which stands in for the context
                near = kind == "day_entity" or any(
                    c[0] <= last + ENTITY_WINDOW and c[1] >= first - ENTITY_WINDOW for c in context
                )
                if not near:
                    continue
                kept = not _overlaps((first, last, phrase), excluded)
                out.append((t, first, last, phrase, True, kept, kind == "day_entity"))
    return sorted(out)


def classify(
    entries: list[Post], taxonomy: Taxonomy, workers: Workers | None = None, spans: list[int] | None = None
) -> list[Post]:
    """The classify stage: copies of the entries with their topics and evidence.

    ``spans``: the lengths of the runs of entries (in order) read together for the day's names that
    ``day_entities`` rules wait for (a day group's posts; default: all the entries are one run), so a
    post's topics never depend on what else was built in the same call.

    With ``workers`` that can run in parallel and at least
    :data:`~tui.core.infra.workers.PARALLEL_POSTS` entries, the matching is done by
    the worker processes (each post's text and day go out, its evidence
    comes back); the result is the same.
    """
    days = [post_day(entry) for entry in entries]
    if workers is None or not workers.parallel or len(entries) < PARALLEL_POSTS:
        evidence = [taxonomy.evidence(entry.text_fields(), day) for entry, day in zip(entries, days)]
    else:
        blob = pickle.dumps(taxonomy)
        key = hashlib.blake2b(blob, digest_size=16).digest()
        jobs = (
            (key, blob, [(entry.text_fields(), day) for entry, day in chunk])
            for chunk in chunked(list(zip(entries, days)), _POSTS_PER_CHUNK)
        )
        evidence = list(chain.from_iterable(workers.map(_evidence_of_chunk, jobs)))
    hits: list[list[TopicHit]] = []
    start = 0
    for length in spans if spans is not None else [len(entries)]:
        hits += taxonomy.settle(evidence[start : start + length], days[start : start + length])
        start += length
    if start != len(entries):
        raise ValueError(f"spans cover {start} of {len(entries)} entries")
    return [taxonomy.with_hits(entry, found) for entry, found in zip(entries, hits)]


#: Posts a worker matches per request.
_POSTS_PER_CHUNK = 800
#: A worker's taxonomy, by the digest of its pickled form (unpickled once per worker, not per chunk).
_worker_taxonomy: tuple[bytes, Taxonomy] | None = None


def _evidence_of_chunk(job: tuple[bytes, bytes, list[tuple[list[tuple[str, str]], date | None]]]) -> list[PostEvidence]:
    """The evidence for each post of a chunk (run by a worker process)."""
    global _worker_taxonomy
    key, blob, posts = job
    if _worker_taxonomy is None or _worker_taxonomy[0] != key:
        _worker_taxonomy = (key, pickle.loads(blob))
    taxonomy = _worker_taxonomy[1]
    return [taxonomy.evidence(fields, day) for fields, day in posts]


def _overlaps(match: tuple[int, int, str], others: list[tuple[int, int, str]]) -> bool:
    return any(o[0] <= match[1] and match[0] <= o[1] for o in others)
