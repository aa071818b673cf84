"""Find the bundled seeds and styles in a checkout, an editable or a wheel install.

A wheel carries them inside the package as ``tui/_data/seeds`` and
``tui/_data/styles`` (see ``pyproject.toml``); a checkout or editable install
has them at the top of the repository.  Everything asks here.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The directory of bundled ``seeds`` or ``styles``."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled {name}/ not found next to {_PACKAGE}")


def seed_paths() -> list[Path]:
    """The bundled day's dumps, in name order."""
    return sorted(p for p in data_dir("seeds").iterdir() if p.suffix == ".txt")


def stylesheet(name: str = "liveblog.tcss") -> Path:
    """A bundled stylesheet."""
    return data_dir("styles") / name
