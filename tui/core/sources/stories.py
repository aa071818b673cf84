"""Stories: the user's named lists of sources, kept in ``$XDG_CONFIG_HOME/liveblog/stories.toml``.

The file is for people as much as for the program::

    # My stories: liveblog add/remove edit this file and keep these comments.
    [[story]]
    name = "Ukraine"
    sources = [
        "https://www.bbc.co.uk/news/live/c2kzn1nw1d4t",
        "https://www.theguardian.com/world/live/2025/aug/19/ukraine-war-live-updates",
        "~/dumps/ukraine-2025-08-19.txt",
    ]
    topics = "~/topics/ukraine.toml"   # optional: a topic file for this story
    poll = 60                          # optional: seconds between polls of its live pages
    date = 2025-08-19                  # optional: as --date, for dumps that print no date

Reading never stops at the first mistake: each ``[[story]]`` table is read
on its own, so a broken one is one ``FILE:LINE: problem`` and the others
load.  Editing (``add``, ``remove``) goes through ``tomlkit``, which keeps
the user's comments and layout, and refuses to touch a file that does not
read cleanly (it would lose what the user wrote).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import tomlkit
import tomlkit.items

from tui.core.infra.locations import stories_file
from tui.core.infra.safe_io import atomic_write, describe_os_error
from tui.core.model.text import printable
from tui.core.model.zones import YEARS
from tui.core.parse import outlet as registry
from tui.core.sources.http import check_url
from tui.core.sources.pages import is_url

#: What a new file starts with: how to write it by hand.
HEADER = """\
# liveblog stories: each [[story]] is a name and its sources (live-page URLs, saved pages,
# dump files, directories of dumps).  Optional per story: topics = "FILE", poll = SECONDS,
# date = YYYY-MM-DD.  `liveblog add` and `liveblog remove` edit this file and keep comments.
"""

_KEYS = ("name", "sources", "topics", "poll", "date")
_HEADER_LINE = re.compile(r"^\s*\[\[\s*story\s*\]\]\s*(#.*)?$")
_AT_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")
#: The longest story name kept (a name is shown in one row).
MAX_NAME = 80


class StoriesError(Exception):
    """The stories file cannot be edited (it does not read cleanly, or cannot be written)."""


@dataclass(frozen=True)
class Story:
    """One story: its name, its sources in the order written, and its own settings."""

    name: str
    sources: tuple[str, ...] = ()
    topics: Path | None = None
    poll: float | None = None
    on_date: date | None = None
    #: The line of its ``[[story]]`` header (1-based; 0 for a story not read from a file).
    line: int = 0

    @property
    def urls(self) -> list[str]:
        """The sources that are addresses."""
        return [s for s in self.sources if is_url(s)]


@dataclass(frozen=True)
class StoryList:
    """Every story the file holds, and one ``FILE:LINE: problem`` line per thing ignored."""

    path: Path
    stories: tuple[Story, ...] = ()
    problems: tuple[str, ...] = field(default=(), compare=False)

    def get(self, name: str) -> Story | None:
        """The story called ``name`` (names match ignoring case and surrounding spaces)."""
        wanted = _fold(name)
        return next((s for s in self.stories if _fold(s.name) == wanted), None)

    def names(self) -> list[str]:
        return [s.name for s in self.stories]


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def clean_name(name: str) -> str:
    """A story name as kept: printable, spaces collapsed, at most :data:`MAX_NAME` characters."""
    return " ".join(printable(name).split())[:MAX_NAME]


# --- reading ------------------------------------------------------------------------------------


def load_stories(path: Path | None = None) -> StoryList:
    """The stories in ``path`` (default: :func:`stories_file`); no file: no stories."""
    where = path or stories_file()
    try:
        text = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        return StoryList(where)
    except (OSError, UnicodeDecodeError) as exc:
        reason = describe_os_error(exc) if isinstance(exc, OSError) else "not UTF-8 text"
        return StoryList(where, problems=(f"{printable(str(where))}: {reason}; no stories loaded",))
    stories: list[Story] = []
    problems: list[str] = []
    name = printable(str(where))
    for first_line, chunk in _chunks(text):
        _read_chunk(where, name, first_line, chunk, stories, problems)
    return StoryList(where, tuple(stories), tuple(problems))


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """The file cut before each ``[[story]]`` header: (first line number, text), the preamble first."""
    lines = text.splitlines(keepends=True)
    start = 0
    for n, line in enumerate(lines):
        if _HEADER_LINE.match(line) and n > start:
            yield start + 1, "".join(lines[start:n])
            start = n
        elif _HEADER_LINE.match(line):
            start = n
    yield start + 1, "".join(lines[start:])


def _read_chunk(where: Path, name: str, first: int, chunk: str, stories: list[Story], problems: list[str]) -> None:
    try:
        data = tomllib.loads(chunk)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _AT_LINE.search(message)
        if found:
            line = first + int(found.group(1)) - 1
        else:  # "at end of document": the story's last line
            line = first + max(0, len(chunk.rstrip("\n").splitlines()) - 1)
        message = message.replace("(at end of document)", "")
        reason = _AT_LINE.sub("", message).strip().rstrip(".")
        problems.append(f"{name}:{line}: {printable(reason)}; this story is ignored")
        return
    tables = data.pop("story", [])
    for key in data:
        problems.append(f"{name}:{_key_line(chunk, key, first)}: unknown setting {printable(key)!r} ignored")
    if not isinstance(tables, list):
        problems.append(f"{name}:{first}: 'story' must be written [[story]]; ignored")
        return
    for table in tables:
        story = _story(where, name, first, chunk, table, problems)
        if story is None:
            continue
        if any(_fold(s.name) == _fold(story.name) for s in stories):
            problems.append(f"{name}:{first}: a second story named {story.name!r}; ignored")
            continue
        stories.append(story)


def _key_line(chunk: str, key: str, first: int) -> int:
    for n, line in enumerate(chunk.splitlines()):
        if re.match(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=", line):
            return first + n
    return first


def _story(where: Path, name: str, first: int, chunk: str, table: dict[str, Any], problems: list[str]) -> Story | None:
    def said(key: str, problem: str) -> None:
        problems.append(f"{name}:{_key_line(chunk, key, first)}: {problem}")

    title = table.get("name")
    if not isinstance(title, str) or not clean_name(title):
        said("name", 'a story needs a name (name = "…"); this story is ignored')
        return None
    title = clean_name(title)
    for key in table:
        if key not in _KEYS:
            said(key, f"unknown setting {printable(key)!r} in story {title!r} ignored")
    sources = _sources(table.get("sources", []), where, title, lambda p: said("sources", p))
    topics = table.get("topics")
    if topics is not None and not isinstance(topics, str):
        said("topics", f"story {title!r}: topics must be a file name in quotes; ignored")
        topics = None
    poll = table.get("poll")
    if poll is not None and (isinstance(poll, bool) or not isinstance(poll, (int, float)) or not 0.2 <= poll <= 86_400):
        said("poll", f"story {title!r}: poll must be a number of seconds from 0.2 to 86400; ignored")
        poll = None
    on_date = _date(table.get("date"), lambda p: said("date", f"story {title!r}: {p}; ignored"))
    return Story(
        title,
        tuple(sources),
        _path(topics, where) if topics else None,
        float(poll) if poll is not None else None,
        on_date,
        first,
    )


def _sources(value: object, where: Path, title: str, said: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        said(f"story {title!r}: sources must be a list of addresses and paths in quotes; ignored")
        return []
    kept: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            said(f"story {title!r}: a source that is not an address or path in quotes ({printable(str(item))}) ignored")
            continue
        item = item.strip()
        kept.append(item if is_url(item) else str(_path(item, where)))
    return list(dict.fromkeys(kept))


def _path(text: str, where: Path) -> Path:
    """A path written in the file: ``~`` expanded; relative to the file's folder."""
    path = Path(text).expanduser()
    return path if path.is_absolute() else where.parent / path


def _date(value: object, said: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            said(f"date {printable(str(value))!r} is not YYYY-MM-DD")
            return None
    if not isinstance(value, date) or (hasattr(value, "hour")):
        said("date must be a day (YYYY-MM-DD)")
        return None
    if value.year not in YEARS:
        said(f"{value} is outside the years a live blog can be from")
        return None
    return value


# --- checking what is added ---------------------------------------------------------------------


def refusal(item: str) -> str | None:
    """Why ``item`` cannot be a source (an address no outlet reads, a path that is not there); None when it can.

    An address whose shape no outlet knows is refused here only when it is not
    http(s); whether its page is an outlet's is found by fetching it.
    """
    if is_url(item):
        return check_url(item)
    path = Path(item).expanduser()
    if not path.exists():
        return "no such file or directory"
    if not (path.is_file() or path.is_dir()):
        return "not a file or a directory"
    return None


def known_shape(url: str) -> bool:
    """Whether an outlet recognises ``url`` as one of its live pages by its address alone."""
    return registry.url_outlet(url) is not None


def source_text(item: str) -> str:
    """How a source is written into the file: an address as given, a path made absolute."""
    return item.strip() if is_url(item) else str(Path(item).expanduser().resolve())


# --- editing ------------------------------------------------------------------------------------


def _document(path: Path) -> tomlkit.TOMLDocument:
    """The file as an editable document; raises StoriesError when it does not read cleanly."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return tomlkit.parse(HEADER)
    except (OSError, UnicodeDecodeError) as exc:
        reason = describe_os_error(exc) if isinstance(exc, OSError) else "not UTF-8 text"
        raise StoriesError(f"{printable(str(path))}: {reason}") from None
    loaded = load_stories(path)
    if loaded.problems:
        raise StoriesError(f"{loaded.problems[0]} (fix it first: nothing was changed)")
    try:
        return tomlkit.parse(text)
    except Exception as exc:  # tomlkit's own parse errors; the file read cleanly with tomllib
        raise StoriesError(f"{printable(str(path))}: {printable(str(exc))} (nothing was changed)") from None


def _tables(doc: tomlkit.TOMLDocument) -> list[Any]:
    found = doc.get("story")
    return list(found) if found is not None else []


def _find(doc: tomlkit.TOMLDocument, name: str) -> Any | None:
    return next((t for t in _tables(doc) if _fold(str(t.get("name", ""))) == _fold(name)), None)


def _save(path: Path, doc: tomlkit.TOMLDocument) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, tomlkit.dumps(doc).encode("utf-8"))
    except OSError as exc:
        raise StoriesError(f"{printable(str(path))}: {describe_os_error(exc)} (nothing was changed)") from None


def add_sources(name: str, items: list[str], path: Path | None = None) -> tuple[bool, list[str], str]:
    """Add sources to the story ``name`` (made when new); (whether it was new, the sources added, its name
    as the file spells it).

    A source the story has already is not added twice.  Raises StoriesError.
    """
    where = path or stories_file()
    name = clean_name(name)
    if not name:
        raise StoriesError("a story needs a name with something printable in it")
    doc = _document(where)
    table = _find(doc, name)
    created = table is None
    if table is None:
        table = tomlkit.table()
        table.add("name", name)
        sources = tomlkit.array()
        sources.multiline(True)
        table.add("sources", sources)
        table.add(tomlkit.nl())
        if "story" not in doc:
            doc.add("story", tomlkit.aot())
        tables = doc["story"]
        assert isinstance(tables, tomlkit.items.AoT)
        tables.append(table)
        table = _find(doc, name)
    assert table is not None
    present = table.get("sources")
    if not isinstance(present, tomlkit.items.Array):
        present = tomlkit.array()
        present.multiline(True)
        table["sources"] = present
    have = {str(s) for s in present}
    added = [item for item in dict.fromkeys(source_text(i) for i in items) if item not in have]
    for item in added:
        present.append(item)
    present.multiline(True)
    if added or created:
        _save(where, doc)
    return created, added, str(table.get("name", name))


def remove_sources(items: list[str], name: str | None = None, path: Path | None = None) -> list[tuple[str, str]]:
    """Remove sources from the story ``name`` (or from every story); (story, source) for each removed.

    Raises StoriesError.
    """
    where = path or stories_file()
    doc = _document(where)
    wanted = {source_text(i) for i in items} | {i.strip() for i in items}
    removed: list[tuple[str, str]] = []
    tables = [_find(doc, name)] if name is not None else _tables(doc)
    for table in tables:
        if table is None:
            continue
        present = table.get("sources")
        if not isinstance(present, tomlkit.items.Array):
            continue
        for n in reversed(range(len(present))):
            if str(present[n]) in wanted:
                removed.append((str(table.get("name")), str(present[n])))
                del present[n]
    if removed:
        _save(where, doc)
    return list(reversed(removed))


def remove_story(name: str, path: Path | None = None) -> bool:
    """Remove the whole story ``name``; False when there is none.  Raises StoriesError."""
    where = path or stories_file()
    doc = _document(where)
    found = doc.get("story")
    if found is None:
        return False
    for n, table in enumerate(list(found)):
        if _fold(str(table.get("name", ""))) == _fold(name):
            del found[n]
            if not len(found):
                del doc["story"]
            _save(where, doc)
            return True
    return False
