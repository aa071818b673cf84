"""Shared fixtures: the bundled seeds, parsed once per session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Never read the developer's own topic file or state: point XDG dirs at an empty place.
_XDG = tempfile.mkdtemp(prefix="liveblog-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_XDG, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_XDG, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_XDG, "state")
# Snapshots are drawn in UTF-8 whatever the locale the suite runs under (LANG=C would mean ASCII).
os.environ["LIVEBLOG_ASCII"] = "0"
# Tests do not share a store (one test's saved session would steer the next):
# each run keeps nothing unless a test names a store with --store.
os.environ["LIVEBLOG_STORE"] = ":memory:"

from tui.core.build.pipeline import Loaded, LoadRequest, Parsed, build_timeline, load  # noqa: E402 - imported once the environment points at empty places
from tui.core.infra.reading import read_lines  # noqa: E402 - imported once the environment points at empty places
from tui.core.model.post import Feed, LoadError  # noqa: E402 - imported once the environment points at empty places
from tui.core.stages.dates import date_feeds  # noqa: E402 - imported once the environment points at empty places
from tui.core.views.timeline import Timeline  # noqa: E402 - imported once the environment points at empty places

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (``"000"``)."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def seed_load():
    """All seeds read, parsed and dated (not merged)."""
    return load_dated(sorted(SEEDS.glob("*.txt")))


def loaded_of(feeds: list[Feed], errors: list[LoadError] | None = None) -> Loaded:
    """A load of feeds already in hand (as if each were a file just parsed)."""
    return Loaded([Parsed(feed.path, feed=feed) for feed in feeds], list(errors or []))


def load_dated(paths: list[Path], fmt: str | None = None) -> Loaded:
    """The read, parse and date stages for some files."""
    loaded = load(LoadRequest(tuple(paths), fmt))
    return loaded_of(date_feeds(loaded.feeds).feeds, loaded.errors)


@pytest.fixture(scope="session")
def seed_timeline() -> Timeline:
    """The merged timeline of the bundled day."""
    return build_timeline(sorted(SEEDS.glob("*.txt")))


def lines_of(text: str) -> list[str]:
    """Cleaned lines of an inline dump."""
    from tui.core.model.text import clean_line

    return [clean_line(line) for line in text.splitlines()]


__all__ = ["seed", "lines_of", "load_dated", "read_lines", "SEEDS", "ROOT"]


def pytest_collection_modifyitems(config, items):
    """Every test not marked ``slow`` is ``fast``; the reader's Pilot, snapshot and tmux tests are all slow."""
    for item in items:
        if "functional_tests" in item.nodeid.split("/"):
            item.add_marker(pytest.mark.slow)
        if item.get_closest_marker("slow") is None:
            item.add_marker(pytest.mark.fast)
