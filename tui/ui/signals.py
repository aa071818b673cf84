"""SIGTERM and SIGHUP (an SSH disconnect) close the app cleanly, restoring the terminal.

The handler is Python's own (it runs between two bytecodes of the main
thread), not the event loop's: the grace period starts even while the loop
is busy with a flood of keys, and the request to close is handed to the
loop for when it gets to it.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

#: Seconds a signalled app may take to close before the process ends anyway.
GRACE = 3.0


class SignalWatch:
    """Closes the app on SIGTERM or SIGHUP (``close`` is given the exit status, 128 + the signal)."""

    def __init__(self, close: Callable[[int], object]) -> None:
        self._close = close
        #: The handlers in place before these (put back by :meth:`stop`).
        self._before: dict[int, Any] = {}

    @staticmethod
    def _signals() -> list[int]:
        return [number for number in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if number is not None]

    def start(self) -> None:
        """Handle the signals from now on (from the main thread, inside the running loop)."""
        try:
            loop = asyncio.get_running_loop()
            for number in self._signals():
                self._before[number] = signal.signal(number, lambda received, _frame: self._on_signal(received, loop))
        except (NotImplementedError, RuntimeError, ValueError):
            pass  # not the main thread, or a platform without them

    def stop(self) -> None:
        """Put back the handlers that were there before."""
        try:
            for number in self._signals():
                signal.signal(number, self._before.pop(number, signal.SIG_DFL))
        except (NotImplementedError, RuntimeError, ValueError):
            pass

    def _on_signal(self, number: int, loop: asyncio.AbstractEventLoop) -> None:
        """Close cleanly; if closing has not finished after :data:`GRACE` seconds, end the process.

        A terminal that vanished during start-up (an SSH drop) can leave
        Textual's shutdown waiting forever to write to it, and a loop busy
        with a flood of keys may not get to closing at all; every change the
        reader made is already in the store, so nothing is lost by ending.
        """
        watchdog = threading.Timer(GRACE, os._exit, args=(128 + number,))
        watchdog.daemon = True
        watchdog.start()
        loop.call_soon_threadsafe(partial(self._close, 128 + number))
