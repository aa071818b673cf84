"""The read stage: find dump files, read and decode them, clean their lines.

I/O only: nothing here knows an outlet.  Bad input never stops the other
files: each problem becomes a :class:`LoadError` with a one-line message
naming the file.
"""

from __future__ import annotations

import stat
from pathlib import Path

from tui.core.infra.safe_io import MAX_FILE_BYTES, describe_os_error, file_kind, read_bounded
from tui.core.model.post import LoadError
from tui.core.model.text import clean_line, mend_copied_lines, mend_mojibake, printable, strip_markup

__all__ = [
    "MAX_FILE_BYTES",
    "decode",
    "describe_os_error",
    "expand_paths",
    "lines_of_bytes",
    "read_bounded",
    "read_lines",
]


def _error(path: Path, message: str) -> LoadError:
    return LoadError(printable(str(path)), message)


def _directory_dumps(path: Path) -> tuple[list[Path], list[LoadError]]:
    try:
        children = sorted(path.iterdir())
    except OSError as exc:
        return [], [_error(path, f"cannot list directory: {describe_os_error(exc)}")]
    found: list[Path] = []
    problems: list[LoadError] = []
    for child in children:
        if child.suffix.lower() != ".txt":
            continue
        try:
            info = child.stat()  # follows a symlink: what is read is what it points at
        except OSError as exc:  # a symlink loop, a dangling link, no permission: said, not skipped
            problems.append(_error(child, describe_os_error(exc)))
            continue
        kind = file_kind(info.st_mode)
        if kind is not None:
            problems.append(_error(child, f"{kind}, not a regular file: only regular files are read"))
        elif stat.S_ISREG(info.st_mode):
            found.append(child)
    if not found and not problems:
        return [], [_error(path, "directory holds no .txt dumps")]
    return found, problems


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[LoadError]]:
    """Files named directly, plus the ``*.txt`` files of directories, each file once (a file named twice,
    or named and also in a directory given, is read once), in the order given.

    Every path that cannot be used gives one :class:`LoadError` with a
    printable name; none raises.
    """
    files: list[Path] = []
    errors: list[LoadError] = []
    for path in paths:
        try:
            info = path.stat()
        except OSError as exc:
            errors.append(_error(path, describe_os_error(exc)))
            continue
        except ValueError:  # a NUL byte in the path
            errors.append(_error(path, "not a valid path"))
            continue
        if stat.S_ISDIR(info.st_mode):
            found, problems = _directory_dumps(path)
            files.extend(found)
            errors.extend(problems)
            continue
        kind = file_kind(info.st_mode)
        if kind is not None:
            errors.append(_error(path, f"{kind}, not a regular file: only regular files are read"))
            continue
        files.append(path)
    return _once_each(files), errors


def _once_each(files: list[Path]) -> list[Path]:
    """``files`` less the repeats of a file already listed (compared by the file they resolve to)."""
    seen: set[Path] = set()
    kept: list[Path] = []
    for path in files:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):
            key = path
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def _utf16(data: bytes) -> str | None:
    """UTF-16 text (with a byte-order mark, or plainly ASCII-heavy), else None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    else:
        sample = data[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if (
            len(sample) < 4
            or not (odd > len(sample) // 4 or even > len(sample) // 4)
            or min(even, odd) > len(sample) // 16
        ):
            return None
        encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes, and a warning when it was not plain UTF-8.

    UTF-8 (with or without BOM); UTF-16 (say so); UTF-8 cut inside its last
    character (a truncated file: the broken tail is dropped, and said);
    else Windows-1252, else Latin-1.  Raises ValueError for binary data.
    """
    text16 = _utf16(data)
    if text16 is not None:
        return text16, "read as UTF-16"
    if b"\x00" in data[:65536]:
        raise ValueError("binary file (holds NUL bytes), not a text dump")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        where, reason = exc.start, exc.reason
    if reason == "unexpected end of data" and len(data) - where < 4:
        return data[:where].decode(
            "utf-8-sig"
        ), f"file ends inside a character (truncated?); the last {len(data) - where} byte(s) were dropped"
    try:
        return data.decode("cp1252"), f"not valid UTF-8 (byte {where}); read as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"not valid UTF-8 (byte {where}); read as Latin-1"


def read_lines(path: Path) -> tuple[list[str], list[str]]:
    """The cleaned lines of a file and any warnings; raises ValueError or OSError."""
    return lines_of_bytes(read_bounded(path))


def lines_of_bytes(data: bytes) -> tuple[list[str], list[str]]:
    """The cleaned lines of a file's bytes and any warnings; raises ValueError."""
    text, warning = decode(data)
    text, mended = mend_mojibake(text)
    text, marked = strip_markup(text)
    lines = mend_copied_lines([clean_line(line) for line in text.splitlines()])
    if not any(line.strip() for line in lines):
        raise ValueError("empty file: no text to read")
    warnings = [warning] if warning else []
    if mended:
        warnings.append(f"{mended} line(s) of garbled UTF-8 (read as Windows-1252 by a copier) read again")
    if marked:
        warnings.append(f"{marked} line(s) held HTML tags a copier left in the text: the tags were taken out")
    return lines, warnings
