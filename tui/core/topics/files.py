"""Reading topic files (TOML): the default taxonomy and the user's file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from ..locations import user_topics_file
from .matcher import Taxonomy
from .rules import Topic, TopicFileError

DEFAULT_TOPICS_FILE = Path(__file__).with_name("default_topics.toml")
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


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


def load_taxonomy(user_file: Path | None = None, use_default_user_file: bool = True) -> Taxonomy:
    """The default topics, updated by a user file.

    A bad user file is reported in ``errors`` (naming the file and line) and
    the defaults are used unchanged.
    """
    defaults = [t for t, _ in parse_topic_file(DEFAULT_TOPICS_FILE, "default")]
    taxonomy = Taxonomy(defaults, [str(DEFAULT_TOPICS_FILE)])
    path = user_file
    if path is None and use_default_user_file:
        candidate = user_topics_file()
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
