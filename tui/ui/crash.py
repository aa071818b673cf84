"""What happens to an unexpected error inside the app: a log file, and one line."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from tui.core.infra.locations import state_dir


def write_crash_log(error: BaseException) -> Path | None:
    """Write the traceback to ``crash-YYYYmmdd-HHMMSS.log`` in the state directory.

    Returns the file's path, or None when it could not be written.
    """
    try:
        directory = state_dir()
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
        path.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
    except OSError:
        return None
    return path
