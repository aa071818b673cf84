"""Load dump files: read, decode, clean, detect the format, parse, date, id.

Bad input never stops the other files: each problem becomes a
:class:`LoadError` with a one-line message naming the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from .bbc_parser import parse_bbc
from .dates import DateResolver
from .formats import detect_format
from .guardian_parser import parse_guardian
from .ids import assign_ids
from .model import Feed, LoadError
from .text import clean_line

#: Larger files are refused: no live blog is this big, and reading one would
#: stall the app.
MAX_FILE_BYTES = 64 * 1024 * 1024

PARSERS = {"bbc": parse_bbc, "guardian": parse_guardian}


@dataclass
class LoadResult:
    """The feeds that loaded and the errors for those that did not."""

    feeds: list[Feed] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        """Every feed's warnings, prefixed with its file name."""
        return [f"{feed.path}: {w}" for feed in self.feeds for w in feed.warnings]


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[LoadError]]:
    """Files named directly, plus the ``*.txt`` files of directories, sorted."""
    files: list[Path] = []
    errors: list[LoadError] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
            if not found:
                errors.append(LoadError(str(path), "directory holds no .txt dumps"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            errors.append(LoadError(str(path), "no such file or directory"))
    return files, errors


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252/Latin-1.

    Returns the text and a warning when it was not UTF-8.  Raises ValueError
    for binary data.
    """
    if b"\x00" in data[:65536]:
        raise ValueError("binary file (holds NUL bytes), not a text dump")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        where = exc.start
    try:
        return data.decode("cp1252"), f"not valid UTF-8 (byte {where}); read as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"not valid UTF-8 (byte {where}); read as Latin-1"


def read_lines(path: Path) -> tuple[list[str], list[str]]:
    """The cleaned lines of a file and any warnings; raises ValueError or OSError."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValueError(f"file is {size // (1024 * 1024)} MiB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    text, warning = decode(path.read_bytes())
    lines = [clean_line(line) for line in text.splitlines()]
    if not any(line.strip() for line in lines):
        raise ValueError("empty file: no text to read")
    return lines, [warning] if warning else []


def parse_lines(lines: list[str], path: str, fmt: str | None = None) -> Feed:
    """Parse cleaned lines as ``fmt`` (detected when None); raises ValueError."""
    warnings: list[str] = []
    if fmt is None:
        detection = detect_format(lines)
        if detection.format is None:
            raise ValueError(f"not a BBC or Guardian live-blog dump: {detection.reason} (use --format to force one)")
        fmt = detection.format
        if not detection.confident:
            warnings.append(f"format guessed as {fmt}: {detection.reason}")
    feed = PARSERS[fmt](lines, path)
    feed.warnings[:0] = warnings
    if not feed.posts and not feed.summary and not feed.key_events:
        raise ValueError(f"read as {fmt} but found no posts")
    return feed


def load_paths(
    paths: list[Path],
    fmt: str | None = None,
    on_date: date | None = None,
    label: Callable[[Path], str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> LoadResult:
    """Load every file; collect one-line errors for those that fail.

    ``label`` names a file in provenance and messages (default: the path as
    given); ``progress`` is told what is happening (for a loading screen).
    """
    files, errors = expand_paths(paths)
    result = LoadResult(errors=errors)
    for number, path in enumerate(files, start=1):
        if progress is not None and (number == 1 or number % 10 == 0 or number == len(files)):
            progress(f"Reading dumps: {number} of {len(files)}")
        name = label(path) if label else str(path)
        try:
            lines, warnings = read_lines(path)
            feed = parse_lines(lines, name, fmt)
        except (OSError, ValueError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            result.errors.append(LoadError(name, message))
            continue
        feed.warnings[:0] = warnings
        result.feeds.append(feed)
    DateResolver(result.feeds, on_date).apply()
    for feed in result.feeds:
        assign_ids(feed.posts)
    return result
