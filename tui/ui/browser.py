"""Opening a link in a browser, only where one can open without taking over the terminal."""

from __future__ import annotations

import os
import sys
import webbrowser


def can_open_browser() -> bool:
    """Whether a graphical browser can open: a desktop session, not SSH (a console browser would take the screen)."""
    if os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"):
        return False
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_in_browser(url: str) -> bool:
    """Open ``url`` in a graphical browser; False when none can (the caller copies it instead)."""
    if not url.startswith(("http://", "https://")) or not can_open_browser():
        return False
    try:
        return bool(webbrowser.open(url, new=2))
    except webbrowser.Error:
        return False
