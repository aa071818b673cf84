"""Where liveblog keeps the user's files (XDG base directories).

The one place user paths are worked out: configuration (the topic file),
data, state (crash logs) and cache.  Each honours its ``XDG_*_HOME``
variable and falls back to the XDG default under the home directory.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "liveblog"


def _base(variable: str, default: str) -> Path:
    value = os.environ.get(variable, "")
    # The XDG spec says relative paths are invalid and must be ignored.
    return Path(value) if value and os.path.isabs(value) else Path.home() / default


def config_dir() -> Path:
    """``$XDG_CONFIG_HOME/liveblog`` (``~/.config/liveblog``)."""
    return _base("XDG_CONFIG_HOME", ".config") / APP


def data_dir() -> Path:
    """``$XDG_DATA_HOME/liveblog`` (``~/.local/share/liveblog``)."""
    return _base("XDG_DATA_HOME", ".local/share") / APP


def state_dir() -> Path:
    """``$XDG_STATE_HOME/liveblog`` (``~/.local/state/liveblog``)."""
    return _base("XDG_STATE_HOME", ".local/state") / APP


def user_topics_file() -> Path:
    """The user's topic file: ``topics.toml`` in :func:`config_dir`."""
    return config_dir() / "topics.toml"


_SESSION_PAGES: list[Path] = []


def pages_dir(store_path: str) -> Path:
    """Where fetched pages are kept: beside the store (``<store>-pages``), or for a store in memory
    a private folder that is removed when the program exits (nothing is kept)."""
    if store_path and store_path != ":memory:":
        return Path(store_path + "-pages")
    if not _SESSION_PAGES:
        import atexit
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="liveblog-pages-"))
        atexit.register(shutil.rmtree, folder, True)
        _SESSION_PAGES.append(folder)
    return _SESSION_PAGES[0]


def stories_file() -> Path:
    """The user's stories: ``stories.toml`` in :func:`config_dir`."""
    return config_dir() / "stories.toml"


def exports_dir() -> Path:
    """Where the reader writes its exports: ``exports`` in :func:`data_dir`."""
    return data_dir() / "exports"
