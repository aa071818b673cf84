"""Scoring the topic rules against hand labels: precision and recall per topic and outlet.

Two kinds of label file (TOML) are read:

* a **text set**: top-level ``outlet`` (and optional ``date``, ``event``,
  ``origin``) and one ``[[post]]`` table per post with ``title`` (optional),
  ``text`` and ``labels`` — the text that was read when labelling, so the
  score does not depend on the parsers (``tests/data/topic_dev/``);
* a **timeline set**: ``"post-id" = ["topic", …]`` for every post of a loaded
  timeline (``tests/data/topic_labels.toml`` labels the bundled day).

The topics scored are the ones a file's labels use (``[]`` means none of
them), unless the caller names others.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tui.core.infra.safe_io import describe_os_error, read_bounded
from tui.core.model.post import Post
from tui.core.model.text import printable
from tui.core.stages.topics.matcher import Taxonomy, post_day

#: A label file larger than this is refused.
MAX_LABEL_FILE_BYTES = 16 * 1024 * 1024


class LabelFileError(ValueError):
    """A label file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class LabelledPost:
    """One hand-labelled post: where it came from, its text fields and its labels."""

    source: str
    outlet: str
    key: str
    fields: tuple[tuple[str, str], ...]
    labels: frozenset[str]
    day: date | None = None


@dataclass
class Count:
    """True positives, false positives and false negatives of one topic in one group."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP); None when nothing was found."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """TP / (TP + FN); None when nothing was labelled."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Evaluation:
    """Counts per (topic, outlet), with ``"all"`` for every outlet, and the misses."""

    topics: list[str]
    posts: int
    outlets: list[str]
    counts: dict[tuple[str, str], Count] = field(default_factory=dict)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # (kind, topic, source, key)

    def count(self, topic: str, outlet: str = "all") -> Count:
        """The counts of a topic in an outlet (``all`` for every outlet)."""
        return self.counts.setdefault((topic, outlet), Count())

    def table(self) -> str:
        """The precision/recall table as plain text."""
        width = max([len(t) for t in self.topics] + [5])
        lines = [
            f"{self.posts} labelled posts ({', '.join(self.outlets)})",
            f"{'topic':<{width}}  {'outlet':<8}  {'TP':>4} {'FP':>4} {'FN':>4}  {'prec':>5}  {'recall':>6}",
        ]
        for topic in self.topics:
            for outlet in [*self.outlets, "all"]:
                c = self.count(topic, outlet)
                lines.append(
                    f"{topic:<{width}}  {outlet:<8}  {c.tp:>4} {c.fp:>4} {c.fn:>4}  {_ratio(c.precision):>5}  "
                    f"{_ratio(c.recall):>6}"
                )
        return "\n".join(lines)


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def evaluate(posts: Sequence[LabelledPost], taxonomy: Taxonomy, topics: Iterable[str] | None = None) -> Evaluation:
    """Classify every labelled post and count agreements per topic and outlet."""
    wanted = list(topics) if topics is not None else sorted({t for p in posts for t in p.labels})
    outlets = sorted({p.outlet for p in posts})
    result = Evaluation(wanted, len(posts), outlets)
    settled = taxonomy.classify_many([(list(post.fields), post.day) for post in posts])
    for post, hits in zip(posts, settled):
        found = {hit.topic for hit in hits}
        for topic in wanted:
            got, want = topic in found, topic in post.labels
            kind = "tp" if got and want else "fp" if got else "fn" if want else ""
            if not kind:
                continue
            for outlet in (post.outlet, "all"):
                count = result.count(topic, outlet)
                setattr(count, kind, getattr(count, kind) + 1)
            if kind != "tp":
                result.misses.append((kind, topic, post.source, post.key))
    return result


def _load_toml(path: Path) -> dict[str, Any]:
    name = printable(str(path))
    try:
        text = read_bounded(path, MAX_LABEL_FILE_BYTES).decode("utf-8")
    except OSError as exc:
        raise LabelFileError(f"{name}: cannot read label file: {describe_os_error(exc)}") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise LabelFileError(f"{name}: cannot read label file: {printable(str(exc))}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LabelFileError(f"{name}: {printable(str(exc))}") from None


def _labels(value: object, name: str, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LabelFileError(f"{name}: {where}: labels must be a list of topic ids")
    return frozenset(value)


def text_set(path: Path) -> list[LabelledPost]:
    """The posts of a text label file (``[[post]]`` tables); raises LabelFileError."""
    data = _load_toml(path)
    name = printable(str(path))
    outlet = data.get("outlet", "")
    day = _day(data.get("date"), name)
    entries = data.get("post")
    if not isinstance(outlet, str) or not isinstance(entries, list):
        raise LabelFileError(f'{name}: a text label file needs outlet = "…" and [[post]] tables')
    posts = []
    for number, entry in enumerate(entries, start=1):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("text", ""), str)
            or not isinstance(entry.get("title", ""), str)
        ):
            raise LabelFileError(f"{name}: post {number}: needs text (and optional title) strings")
        fields = (("title", entry.get("title", "")), ("body:0", entry.get("text", "")))
        key = f"#{number} {(entry.get('title') or entry.get('text', ''))[:60]}"
        posts.append(LabelledPost(name, outlet, key, fields, _labels(entry.get("labels"), name, f"post {number}"), day))
    return posts


def _day(value: object, name: str) -> date | None:
    """A text set's ``date`` (a TOML date or ``YYYY-MM-DD``), or None."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise LabelFileError(f"{name}: date must be YYYY-MM-DD, got {printable(repr(value))}") from None


def is_text_set(path: Path) -> bool:
    """Whether a label file holds texts (``[[post]]``) rather than post ids."""
    return "post" in _load_toml(path)


def timeline_set(path: Path, entries: Sequence[Post]) -> list[LabelledPost]:
    """Labels by post id matched to a timeline's posts; raises LabelFileError on unknown ids."""
    data = _load_toml(path)
    name = printable(str(path))
    by_id = {post.id: post for post in entries}
    unknown = sorted(set(data) - set(by_id))
    if unknown:
        raise LabelFileError(
            f"{name}: {len(unknown)} labelled id(s) not in the loaded posts, e.g. {printable(unknown[0])}"
        )
    return [
        LabelledPost(
            name,
            by_id[post_id].source,
            post_id,
            tuple(by_id[post_id].text_fields()),
            _labels(value, name, post_id),
            post_day(by_id[post_id]),
        )
        for post_id, value in data.items()
    ]


def label_files(paths: Iterable[Path]) -> list[Path]:
    """The label files named: each file, and the ``.toml`` files of each directory, sorted."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.toml")) if path.is_dir() else [path])
    return files
