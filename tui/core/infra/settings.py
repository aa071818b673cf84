"""The one settings object, read once from ``$XDG_CONFIG_HOME/liveblog/config.toml``.

Every value has a default; the file sets the ones the user cares about::

    [sources]
    poll = 60            # seconds between polls of a live page (at least 10 against the outlets' own sites)
    offline = false      # true: never touch the network (as --offline)

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


def config_path() -> Path:
    """Where the settings file is (it need not exist)."""
    return config_dir() / "config.toml"


@dataclass(frozen=True)
class Settings:
    """What the user configured, with the defaults for the rest; ``problems`` says what was ignored."""

    poll: float = DEFAULT_POLL
    offline: bool = False
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
    sources = data.get("sources", {})
    if not isinstance(sources, dict):
        problems.append(f"{name}: [sources] must be a table; ignored")
        sources = {}
    poll = sources.get("poll", DEFAULT_POLL)
    if isinstance(poll, bool) or not isinstance(poll, (int, float)) or not 0.2 <= poll <= 86_400:
        problems.append(f"{name}: sources.poll must be a number of seconds from 0.2 to 86400; using {DEFAULT_POLL:g}")
        poll = DEFAULT_POLL
    offline = sources.get("offline", False)
    if not isinstance(offline, bool):
        problems.append(f"{name}: sources.offline must be true or false; using false")
        offline = False
    unknown = sorted(set(data) - {"sources"}) + sorted(f"sources.{k}" for k in set(sources) - {"poll", "offline"})
    if unknown:
        problems.append(f"{name}: unknown settings ignored: {printable(', '.join(unknown))}")
    return Settings(float(poll), offline, tuple(problems))
