"""What to load when: the one default-load policy the CLI and the app share."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tui.core.build.pipeline import LoadRequest
from tui.resources import seed_paths


def _seed_label(path: Path) -> str:
    return f"seeds/{path.name}"


def load_request(
    paths: list[Path] | None = None,
    fmt: str | None = None,
    on_date: date | None = None,
    topics_file: Path | None = None,
) -> LoadRequest:
    """The given paths, or with none the bundled day (its files named ``seeds/NAME``)."""
    if paths:
        return LoadRequest(tuple(paths), fmt, on_date, None, topics_file)
    return LoadRequest(tuple(seed_paths()), fmt, on_date, _seed_label, topics_file)
