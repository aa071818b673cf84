"""The read stage: find dump files, read and decode them, clean their lines.

I/O only: nothing here knows an outlet.  Bad input never stops the other
files: each problem becomes a :class:`LoadError` with a one-line message
naming the file.
"""

from __future__ import annotations

from pathlib import Path

from .model import LoadError
from .text import clean_line

#: Larger files are refused: no live blog is this big, and reading one would
#: stall the app.
MAX_FILE_BYTES = 64 * 1024 * 1024


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
