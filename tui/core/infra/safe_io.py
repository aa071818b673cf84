"""Reading a user's file safely: regular files only, never more than a bound.

Shared by the read stage (dumps) and the topic loader (topic files).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

#: Larger files are refused: no live blog is this big (a year of both
#: outlets is ~50 MB over hundreds of files), and parsing one file this size
#: already takes seconds.  The bound is enforced while reading, whatever
#: size the file system reports (a FIFO or /dev/zero reports 0).
MAX_FILE_BYTES = 16 * 1024 * 1024

_KINDS = [
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
]


def describe_os_error(exc: OSError) -> str:
    """A one-line, plain reason for an OS error (never the raw exception text)."""
    reasons = {
        errno.ENOENT: "no such file or directory",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ELOOP: "too many levels of symbolic links (a symlink loop?)",
        errno.ENAMETOOLONG: "file name too long",
        errno.EISDIR: "is a directory",
        errno.ENOTDIR: "a part of the path is not a directory",
    }
    return reasons.get(exc.errno or 0) or (exc.strerror or type(exc).__name__).lower()


def file_kind(mode: int) -> str | None:
    """What a non-regular file is, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all: a temporary file beside it, then renamed over it."""
    import tempfile

    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file, never more than ``limit``; raises ValueError or OSError.

    Opened without blocking and checked again after opening, so a path
    swapped for a FIFO or device is refused rather than read forever.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        kind = file_kind(os.fstat(handle.fileno()).st_mode)
        if kind is not None:
            raise ValueError(f"{kind}, not a regular file: only regular files are read")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"file is larger than {limit // (1024 * 1024)} MiB, the most liveblog reads from one dump")
    return data
