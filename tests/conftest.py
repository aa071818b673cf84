"""Shared fixtures: the bundled seeds, parsed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.loader import load_paths, read_lines
from tui.core.timeline import Timeline, build_timeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (``"000"``)."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def seed_load():
    """All seeds loaded (not merged)."""
    return load_paths(sorted(SEEDS.glob("*.txt")))


@pytest.fixture(scope="session")
def seed_timeline() -> Timeline:
    """The merged timeline of the bundled day."""
    return build_timeline(sorted(SEEDS.glob("*.txt")))


def lines_of(text: str) -> list[str]:
    """Cleaned lines of an inline dump."""
    from tui.core.text import clean_line

    return [clean_line(line) for line in text.splitlines()]


__all__ = ["seed", "lines_of", "read_lines", "SEEDS", "ROOT"]
