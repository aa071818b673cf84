"""A learned second reading of a topic: a linear model over a post's words, for what the rules miss.

The rules name phrasings; a post that says the same thing in words no rule
names is missed.  A topic table may name a model (``model = "air"``), a
logistic regression trained on the labelled posts (``tests/data/topic_other/``,
never the set-aside files) by :mod:`tui.core.stages.topics.train`.  When the
rules do not show the topic, the model reads the post; a probability at or
above the model's threshold in one of its sentences shows the topic, with
evidence naming that sentence and the words in it that weighed most.

Features are the words and pairs of neighbouring words of each sentence, as
the matcher reads them, with gazetteer names replaced by their list's name
(``@places``, ``@settings``, ``@days-before`` …) and numbers by ``#``: a place
never seen in training counts as a place.  A post is read by its best
sentence: words from two sentences never add up.  The model file records the digest
of what it was trained on and :data:`FEATURE_VERSION`.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from tui.core.model.text import lower_words

#: Changes whenever the features change: a model made with other features is refused.
FEATURE_VERSION = 1
#: Gazetteer lists whose names stand for their list's name in the features (leaders stay themselves:
#: "president" and "trump" are words with their own weight).
ABSTRACTED = ("places", "settings", "days-before", "dates-before", "years-before")
#: The model files shipped with the package, one ``<name>.json`` per model.
MODELS_PACKAGE = "tui.core.stages.topics.models"
#: How many words a hit's evidence names.
EVIDENCE_WORDS = 4
#: How a learned hit's evidence opens ("learned: jets, fighter jets").
LEARNED = "learned: "


class ModelError(ValueError):
    """A model file that cannot be used; the message names it."""


@dataclass
class Featuriser:
    """Turns a sentence's words into features (see the module's docstring)."""

    gazetteers: dict[str, list[str]]
    _names: dict[tuple[str, ...], str] = field(default_factory=dict, init=False, repr=False)
    _lengths: dict[str, tuple[int, ...]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        lengths: dict[str, set[int]] = {}
        for listed in ABSTRACTED:
            for entry in self.gazetteers.get(listed, ()):
                words = lower_words(entry)
                if words:
                    self._names.setdefault(words, "@" + listed)
                    lengths.setdefault(words[0], set()).add(len(words))
        self._lengths = {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}

    def words(self, tokens: Sequence[str]) -> list[str]:
        """The sentence's words with gazetteer names (longest first) and numbers replaced."""
        out: list[str] = []
        i, count = 0, len(tokens)
        names, lengths = self._names, self._lengths
        while i < count:
            token = tokens[i]
            for n in lengths.get(token, ()):
                if i + n <= count:
                    name = names.get(tuple(tokens[i : i + n]))
                    if name is not None:
                        out.append(name)
                        i += n
                        break
            else:
                out.append("#" if token.isdigit() else token)
                i += 1
        return out

    def sentence(self, tokens: Sequence[str]) -> set[str]:
        """One sentence's features: its words and its pairs of neighbouring words."""
        return features_of(self.words(tokens))


def features_of(words: Sequence[str]) -> set[str]:
    """The features of a sentence's words (as :meth:`Featuriser.words` gives them): each word and each pair of
    neighbouring words."""
    found = set(words)
    found.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return found


class WordTest:
    """A topic's ``model_words`` (``word*`` for inflections, ``@list`` for any name of a gazetteer list): which
    sentences its model reads.  Each word's answer is remembered, so a sentence costs a few set operations."""

    __slots__ = ("exact", "_stems", "lists", "_yes", "_no")

    #: Words remembered, each way, before the memory is cleared.
    MEMORY = 200_000

    def __init__(self, words: Sequence[str]) -> None:
        self.exact = frozenset(w.lower() if not w.startswith("@") else w for w in words if not w.endswith("*"))
        self._stems = tuple(sorted({w[:-1].lower() for w in words if w.endswith("*")}))
        #: Whether a gazetteer list is named (then sentences are tested on :meth:`Featuriser.words`, not tokens).
        self.lists = any(w.startswith("@") for w in self.exact)
        self._yes: set[str] = set()
        self._no: set[str] = set()

    def holds(self, words: Iterable[str]) -> bool:
        """Whether the words hold one of the test's words or a word starting with one of its stems; with no
        words named, every sentence does."""
        if not self.exact and not self._stems:
            return True
        present = words if isinstance(words, (set, frozenset)) else set(words)
        if not self.exact.isdisjoint(present) or not self._yes.isdisjoint(present):
            return True
        if not self._stems:
            return False
        unknown = present - self._no
        if not unknown:
            return False
        if len(self._no) > self.MEMORY or len(self._yes) > self.MEMORY:
            self._yes.clear()
            self._no.clear()
        found = False
        for word in unknown:
            if word.startswith(self._stems):
                self._yes.add(word)
                found = True
            else:
                self._no.add(word)
        return found


def learned_phrase(words: Sequence[str]) -> str:
    """A learned hit's evidence: :data:`LEARNED` and the words that weighed most."""
    return LEARNED + ", ".join(words)


def is_learned(phrase: str) -> bool:
    """Whether a hit's evidence (its ``phrase``) came from a learned model, not a rule."""
    return phrase.startswith(LEARNED)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class LearnedModel:
    """A topic's linear model: a weight per feature, a bias and the threshold it shows the topic at."""

    name: str
    weights: dict[str, float]
    bias: float
    threshold: float
    #: Digest of the labelled posts, features and settings it was trained on.
    trained_on: str = ""
    #: What it was measured at when trained (cross-validated on the training files): shown, never used.
    measured: dict[str, float] = field(default_factory=dict)

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability that a post with these features shows the topic."""
        weights = self.weights
        return _sigmoid(self.bias + sum(weights.get(f, 0.0) for f in features))

    def best(self, sentences: Sequence[Iterable[str]]) -> tuple[int, float]:
        """The sentence the model reads as likeliest to show the topic, and its probability ((0, 0.0) for
        no sentence).  A post is read by its best sentence, as rules are: words from two sentences never
        add up."""
        best, chance = 0, 0.0
        for number, features in enumerate(sentences):
            p = self.probability(features)
            if p > chance:
                best, chance = number, p
        return best, chance

    def heaviest(self, features: Iterable[str]) -> list[str]:
        """The features that weigh most towards the topic (at most :data:`EVIDENCE_WORDS`, heaviest first)."""
        weights = self.weights
        heavy = sorted((f for f in features if weights.get(f, 0.0) > 0), key=lambda f: (-weights[f], f))
        return heavy[:EVIDENCE_WORDS]

    def to_json(self) -> str:
        """The model as its file's text (weights rounded to six places, sorted: a stable diff)."""
        return json.dumps(
            {
                "name": self.name,
                "feature_version": FEATURE_VERSION,
                "trained_on": self.trained_on,
                "threshold": round(self.threshold, 6),
                "bias": round(self.bias, 6),
                "measured": {k: round(v, 4) for k, v in sorted(self.measured.items())},
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
            },
            indent=0,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, where: str) -> LearnedModel:
        """A model from its file's text; raises :class:`ModelError` naming ``where``."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ModelError(f"{where}: not JSON ({exc})") from None
        if not isinstance(data, dict) or data.get("feature_version") != FEATURE_VERSION:
            raise ModelError(f"{where}: made for other features (retrain it)")
        weights = data.get("weights")
        numbers = (data.get("bias"), data.get("threshold"))
        if (
            not isinstance(weights, dict)
            or not all(isinstance(v, (int, float)) for v in weights.values())
            or not all(isinstance(v, (int, float)) for v in numbers)
        ):
            raise ModelError(f"{where}: needs weights, bias and threshold numbers")
        measured = data.get("measured", {})
        return cls(
            str(data.get("name", "")),
            {str(k): float(v) for k, v in weights.items()},
            float(data["bias"]),
            float(data["threshold"]),
            str(data.get("trained_on", "")),
            {str(k): float(v) for k, v in measured.items()} if isinstance(measured, dict) else {},
        )


def model_bytes(name: str) -> bytes:
    """The shipped model file's bytes; raises :class:`ModelError` when there is none by that name."""
    try:
        return resources.files(MODELS_PACKAGE).joinpath(f"{name}.json").read_bytes()
    except (OSError, ValueError):
        raise ModelError(f"no model named {name!r}") from None


@cache
def model_digest(name: str) -> bytes:
    """A digest of the shipped model's bytes (read and hashed once per process: caches are keyed by it on every
    open); raises :class:`ModelError`."""
    return hashlib.blake2b(model_bytes(name), digest_size=16).digest()


def shipped_models() -> list[str]:
    """The names of the shipped models."""
    folder = resources.files(MODELS_PACKAGE)
    return sorted(item.name[: -len(".json")] for item in folder.iterdir() if item.name.endswith(".json"))


def has_model(name: str) -> bool:
    """Whether a model by that name is shipped (without reading it)."""
    try:
        return resources.files(MODELS_PACKAGE).joinpath(f"{name}.json").is_file()
    except (OSError, ValueError):
        return False


@cache
def load_model(name: str) -> LearnedModel:
    """The shipped model ``name`` (read once per process); raises :class:`ModelError`."""
    return LearnedModel.from_json(model_bytes(name).decode("utf-8"), f"model {name!r}")
