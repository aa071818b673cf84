"""Reading topic files (TOML): the default taxonomy and the user's file."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tui.core.infra.locations import user_topics_file
from tui.core.infra.safe_io import describe_os_error, read_bounded
from tui.core.model.text import printable
from tui.core.stages.topics.learned import has_model, shipped_models
from tui.core.stages.topics.matcher import Taxonomy
from tui.core.stages.topics.rules import Gazetteers, Topic, TopicFileError

DEFAULT_TOPICS_FILE = Path(__file__).with_name("default_topics.toml")
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WORD_RE = re.compile(r"^(?:\w+\*?|@[\w-]+)$")
#: A topic file larger than this is refused (the default taxonomy is ~6 KB).
MAX_TOPIC_FILE_BYTES = 4 * 1024 * 1024


_LIST_KEYS = ("phrases", "exclude", "entities", "context", "day_entities", "day_phrases", "model_words")
_KEYS = {"id", "name", "description", "badge", "disabled", "model", *_LIST_KEYS}
_TEXT_KEYS = ("name", "description", "badge", "model")


class _Lines:
    """Line numbers of each ``[[topic]]`` table and of the keys inside it, found in one pass."""

    def __init__(self, text: str) -> None:
        self.tables: list[int] = []
        self.keys: list[dict[str, int]] = []
        inside = False
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith("[[topic]]"):
                self.tables.append(number)
                self.keys.append({})
                inside = True
            elif stripped.startswith("["):
                inside = False
            elif inside and "=" in stripped:
                self.keys[-1].setdefault(stripped.split("=", 1)[0].strip(), number)

    def table(self, index: int) -> int:
        """The line of the index-th table (0 when unknown)."""
        return self.tables[index] if index < len(self.tables) else 0

    def key(self, index: int, key: str) -> int:
        """The line of a key in the index-th table, else the table's line."""
        keys = self.keys[index] if index < len(self.keys) else {}
        return keys.get(key) or self.table(index)


def _read(path: Path) -> str:
    try:
        return read_bounded(path, MAX_TOPIC_FILE_BYTES).decode("utf-8")
    except OSError as exc:
        raise TopicFileError(f"{printable(str(path))}: cannot read topic file: {describe_os_error(exc)}") from None
    except UnicodeDecodeError as exc:
        raise TopicFileError(f"{printable(str(path))}: cannot read topic file: not UTF-8 (byte {exc.start})") from None
    except ValueError as exc:
        raise TopicFileError(f"{printable(str(path))}: cannot read topic file: {exc}") from None


def _toml(path: Path, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = re.search(r"\(at line (\d+), column \d+\)|\(at end of document\)", message)
        number = (at[1] or str(max(1, len(text.splitlines())))) if at else ""
        line = f"{number}: " if number else " "
        message = message[: at.start()].strip() if at else message
        raise TopicFileError(f"{printable(str(path))}:{line}{printable(message)}") from None


def parse_topic_file(path: Path, source: str, gazetteers: Gazetteers | None = None) -> list[tuple[Topic, bool]]:
    """Topics in a file, each with its ``disabled`` flag; raises TopicFileError.

    Only a regular file is read, at most :data:`MAX_TOPIC_FILE_BYTES`; every
    value must have its documented type; names, descriptions, badges and
    phrases are made :func:`~tui.core.model.text.printable`.  Linear in the file.
    ``@name`` in a phrase is taken from the file's own ``[gazetteer]`` lists
    added to ``gazetteers`` (see :func:`topic_file_gazetteers`).
    """
    return _parse(path, source, gazetteers)[0]


def _parse(path: Path, source: str, gazetteers: Gazetteers | None) -> tuple[list[tuple[Topic, bool]], Gazetteers]:
    text = _read(path)
    data = _toml(path, text)
    entries = data.get("topic", [])
    name = printable(str(path))
    if not isinstance(entries, list):
        raise TopicFileError(f"{name}: 'topic' must be a list of [[topic]] tables")
    merged = _merge_gazetteers(gazetteers or {}, _gazetteer(data.get("gazetteer", {}), name, text))
    lines = _Lines(text)
    return [_topic(entry, index, name, lines, source, merged) for index, entry in enumerate(entries)], merged


def _gazetteer(value: object, name: str, text: str) -> Gazetteers:
    """A file's ``[gazetteer]`` table: list name -> names."""
    line = next((n for n, row in enumerate(text.splitlines(), start=1) if row.strip().startswith("[gazetteer]")), 0)
    where = f"{name}:{line}" if line else name
    if not isinstance(value, dict):
        raise TopicFileError(f"{where}: [gazetteer] must be a table of lists")
    lists: Gazetteers = {}
    for key, entries in value.items():
        if not _SLUG_RE.match(key):
            raise TopicFileError(f"{where}: gazetteer list names are lower-case slugs, got {printable(repr(key))}")
        if not isinstance(entries, list) or not all(isinstance(v, str) and v.strip() for v in entries):
            raise TopicFileError(f"{where}: gazetteer list {key!r} must be a list of non-empty strings")
        lists[key] = [printable(v) for v in entries]
    return lists


def _merge_gazetteers(base: Gazetteers, extra: Gazetteers) -> Gazetteers:
    """``base`` with ``extra``'s names added (a list named in both gets both)."""
    merged = {key: list(values) for key, values in base.items()}
    for key, values in extra.items():
        merged[key] = merged.get(key, []) + [v for v in values if v not in merged.get(key, [])]
    return merged


def _checked_values(
    entry: dict[str, object], fail: Callable[[str, str], TopicFileError]
) -> tuple[dict[str, list[str]], bool]:
    """A ``[[topic]]`` table's rule lists (printable) and its ``disabled`` flag, each value's type checked."""
    lists: dict[str, list[str]] = {}
    for key in _LIST_KEYS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(key, f"{key} must be a list of non-empty strings")
        lists[key] = [printable(v) for v in value]
    for key in _TEXT_KEYS:
        if key in entry and not isinstance(entry[key], str):
            raise fail(key, f"{key} must be a string, got {type(entry[key]).__name__}")
    disabled = entry.get("disabled", False)
    if not isinstance(disabled, bool):
        raise fail("disabled", f"disabled must be true or false, got {printable(repr(disabled))}")
    return lists, disabled


def _topic(
    entry: object, index: int, name: str, lines: _Lines, source: str, gazetteers: Gazetteers | None = None
) -> tuple[Topic, bool]:
    """One ``[[topic]]`` table, checked and compiled."""
    where = f"{name}:{lines.table(index)}" if lines.table(index) else name
    if not isinstance(entry, dict):
        raise TopicFileError(f"{where}: each [[topic]] must be a table")
    topic_id = entry.get("id")
    if not isinstance(topic_id, str) or not _SLUG_RE.match(topic_id):
        raise TopicFileError(
            f"{where}: topic id must be a lower-case slug like 'air-support', got {printable(repr(topic_id))}"
        )

    def fail(key: str, message: str) -> TopicFileError:
        return TopicFileError(f"{name}:{lines.key(index, key)}: topic {topic_id!r}: {message}")

    unknown = set(entry) - _KEYS
    if unknown:
        raise TopicFileError(f"{where}: topic {topic_id!r}: unknown key(s) {printable(', '.join(sorted(unknown)))}")
    lists, disabled = _checked_values(entry, fail)
    if not disabled and not lists["phrases"] and not lists["entities"]:
        raise TopicFileError(f"{where}: topic {topic_id!r} has no phrases or entities")
    if (lists["entities"] or lists["day_entities"]) and not lists["context"]:
        raise TopicFileError(f"{where}: topic {topic_id!r}: entities need a context list")
    topic = Topic(
        id=topic_id,
        name=printable(entry.get("name") or topic_id.replace("-", " ").capitalize()),
        description=printable(entry.get("description", "")),
        badge=printable(entry.get("badge") or topic_id.split("-")[0]).upper()[:5],
        source=source,
        phrases=lists["phrases"],
        exclude=lists["exclude"],
        entities=lists["entities"],
        context=lists["context"],
        day_entities=lists["day_entities"],
        day_phrases=lists["day_phrases"],
        model=str(entry.get("model", "")),
        model_words=lists["model_words"],
    )
    try:
        topic.compile(gazetteers)
    except ValueError as exc:
        raise TopicFileError(f"{where}: topic {topic_id!r}: {printable(str(exc))}") from None
    if topic.model:
        if not topic.model_words:
            raise fail("model", "a model needs model_words: the words one of which a sentence it reads must hold")
        if any(not _WORD_RE.match(w) for w in topic.model_words):
            raise fail("model_words", "model_words must be single words, with * for inflections, or @list")
        if not _SLUG_RE.match(topic.model):
            raise fail("model", f"model must name a shipped model like 'venue', got {printable(repr(topic.model))}")
        if not has_model(topic.model):
            raise fail("model", f"no model named {topic.model!r} (the shipped ones: {', '.join(shipped_models())})")
    return topic, disabled


def load_taxonomy(user_file: Path | None = None, use_default_user_file: bool = True, learned: bool = True) -> Taxonomy:
    """The default topics, updated by a user file.

    A bad user file is reported in ``errors`` (naming the file and line) and
    the defaults are used unchanged.  ``learned=False``: the rules alone, no
    topic reading its learned model.
    """
    taxonomy = _load(user_file, use_default_user_file)
    if not learned:
        for topic in taxonomy.topics:
            topic.model = ""
    return taxonomy


def _load(user_file: Path | None, use_default_user_file: bool) -> Taxonomy:
    parsed, gazetteers = _parse(DEFAULT_TOPICS_FILE, "default", None)
    taxonomy = Taxonomy([t for t, _ in parsed], [str(DEFAULT_TOPICS_FILE)], gazetteers=gazetteers)
    path = user_file
    if path is None and use_default_user_file:
        candidate = user_topics_file()
        path = candidate if candidate.is_file() else None
    if path is None:
        return taxonomy
    try:
        overrides, gazetteers = _parse(path, "user", taxonomy.gazetteers)
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
    if gazetteers != taxonomy.gazetteers:  # the user's file added names: defaults that use them see them too
        for topic in by_id.values():
            if topic.source == "default":
                topic.compile(gazetteers)
        taxonomy.gazetteers = gazetteers
    taxonomy.topics = [by_id[i] for i in order if i in by_id]
    taxonomy.files.append(printable(str(path)))
    return taxonomy
