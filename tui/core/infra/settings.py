"""The one settings object, read once from ``$XDG_CONFIG_HOME/liveblog/config.toml``.

Every value has a default; the file sets the ones the user cares about::

    [sources]
    poll = 60            # seconds between polls of a live page (at least 10 against the outlets' own sites)
    offline = false      # true: never touch the network (as --offline)

    [discover]
    feeds = ["https://www.theguardian.com/tone/minutebyminute/rss"]   # where `discover` looks

    [attention]
    bell = false         # ring the terminal bell when a new post arrives in a filtered topic
    notify = false       # send a terminal notification (OSC 9 / OSC 777) then

    [reader]
    theme = "textual-light"   # the theme a reader opens in (a saved session's theme wins; --fresh: this)
    notes = "summary"         # notes on stderr: "all", "summary" (one line when more than two), "off"
    pager = "less -R"         # the plain reader's pager (default: $PAGER, else more or less)

    [keymap]             # a binding's id = the keys for it (see `?` and the README), as in Posting
    search = "ctrl+f"

A command-line flag wins over the file.  A file that cannot be read, or a
value of the wrong kind, is one ``FILE: problem`` line; the defaults stand.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from tui.core.infra.locations import config_dir
from tui.core.model.text import printable

#: Seconds between polls when neither the file nor ``--poll`` says.
DEFAULT_POLL = 30.0
#: The public feeds ``discover`` reads when the file names none: the Guardian's live-blog tag feed and the
#: BBC's news feeds, whose items include ``/news/live/`` pages while a story is running.
DEFAULT_FEEDS = (
    "https://www.theguardian.com/tone/minutebyminute/rss",
    "https://feeds.bbci.co.uk/news/rss.xml",
    "https://feeds.bbci.co.uk/news/world/rss.xml",
    "https://feeds.bbci.co.uk/news/uk/rss.xml",
)
_KNOWN = {
    "sources": ("poll", "offline"),
    "discover": ("feeds",),
    "attention": ("bell", "notify"),
    "reader": ("theme", "notes", "pager"),
}
NOTES = ("summary", "all", "off")


def config_path() -> Path:
    """Where the settings file is (it need not exist)."""
    return config_dir() / "config.toml"


@dataclass(frozen=True)
class Settings:
    """What the user configured, with the defaults for the rest; ``problems`` says what was ignored."""

    poll: float = DEFAULT_POLL
    offline: bool = False
    feeds: tuple[str, ...] = DEFAULT_FEEDS
    bell: bool = False
    notify: bool = False
    #: A theme's name (checked against the themes the reader has when it opens); None: the default.
    theme: str | None = None
    notes: str = "summary"
    pager: str | None = None
    #: Binding id -> keys (``search = "ctrl+f"``); ids are checked by the reader, which knows them.
    keymap: tuple[tuple[str, str], ...] = ()
    problems: tuple[str, ...] = field(default=(), compare=False)


def load_settings(path: Path | None = None) -> Settings:
    """The settings in ``path`` (default: :func:`config_path`); missing file: the defaults."""
    where = path or config_path()
    try:
        with open(where, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return Settings()
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return Settings(problems=(f"{printable(str(where))}: {printable(str(exc))}; using the defaults",))
    problems: list[str] = []
    name = printable(str(where))
    tables: dict[str, dict[str, object]] = {}
    for table in _KNOWN:
        value = data.get(table, {})
        if not isinstance(value, dict):
            problems.append(f"{name}: [{table}] must be a table; ignored")
            value = {}
        tables[table] = value
    poll = _poll(tables, name, problems)
    offline = _flag(tables, "sources", "offline", name, problems)
    feeds = _feeds(tables, name, problems)
    bell = _flag(tables, "attention", "bell", name, problems)
    notify = _flag(tables, "attention", "notify", name, problems)
    theme = _text(tables, "reader", "theme", name, problems)
    notes = _text(tables, "reader", "notes", name, problems) or "summary"
    if notes not in NOTES:
        problems.append(f"{name}: reader.notes must be one of {', '.join(NOTES)}; using summary")
        notes = "summary"
    pager = _text(tables, "reader", "pager", name, problems)
    keymap = _keymap(data.get("keymap", {}), name, problems)
    unknown = sorted(set(data) - set(_KNOWN) - {"keymap"}) + sorted(
        f"{table}.{key}" for table, keys in _KNOWN.items() for key in set(tables[table]) - set(keys)
    )
    if unknown:
        problems.append(f"{name}: unknown settings ignored: {printable(', '.join(unknown))}")
    return Settings(poll, offline, feeds, bell, notify, theme, notes, pager, keymap, tuple(problems))


def _poll(tables: dict[str, dict[str, object]], name: str, problems: list[str]) -> float:
    poll = tables["sources"].get("poll", DEFAULT_POLL)
    if isinstance(poll, bool) or not isinstance(poll, (int, float)) or not 0.2 <= poll <= 86_400:
        problems.append(f"{name}: sources.poll must be a number of seconds from 0.2 to 86400; using {DEFAULT_POLL:g}")
        return float(DEFAULT_POLL)
    return float(poll)


def _feeds(tables: dict[str, dict[str, object]], name: str, problems: list[str]) -> tuple[str, ...]:
    feeds = tables["discover"].get("feeds", list(DEFAULT_FEEDS))
    if isinstance(feeds, str):
        feeds = [feeds]
    if not isinstance(feeds, list) or not all(isinstance(f, str) and f.strip() for f in feeds):
        problems.append(f"{name}: discover.feeds must be a list of addresses in quotes; using the default feeds")
        return tuple(DEFAULT_FEEDS)
    return tuple(f.strip() for f in feeds)


def _text(tables: dict[str, dict[str, object]], table: str, key: str, name: str, problems: list[str]) -> str | None:
    value = tables[table].get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{name}: {table}.{key} must be text in quotes; ignored")
        return None
    return value.strip()


def _keymap(value: object, name: str, problems: list[str]) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        problems.append(f"{name}: [keymap] must be a table of binding ids and keys; ignored")
        return ()
    kept: list[tuple[str, str]] = []
    for binding, keys in value.items():
        if not isinstance(keys, str) or not keys.strip() or any(c.isspace() for c in keys.strip()):
            problems.append(f'{name}: keymap.{printable(binding)} must be keys in quotes ("ctrl+f" or "f,F"); ignored')
            continue
        kept.append((binding, keys.strip()))
    return tuple(kept)


def _flag(tables: dict[str, dict[str, object]], table: str, key: str, name: str, problems: list[str]) -> bool:
    value = tables[table].get(key, False)
    if not isinstance(value, bool):
        problems.append(f"{name}: {table}.{key} must be true or false; using false")
        return False
    return value
