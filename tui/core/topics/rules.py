"""The topic rule language: phrases compiled to regular expressions over words.

See :mod:`tui.core.topics` for the syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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


