"""Worker processes end when the program that started them is gone — even after ``kill -9``.

The program names itself in ``LIVEBLOG_PARENT`` before it starts a pool.
The fork server imports this module (it is preloaded): a process whose
parent is that program then watches it and exits once its parent changes
(the program died and it was handed to init).  Workers, started by the
fork server, run :func:`watch` with the program's pid from their
initializer: on Linux they also ask the kernel for SIGKILL when their parent
dies.  Importing this module anywhere else does nothing.
"""

from __future__ import annotations

import os
import threading
import time

#: The environment variable naming the program that owns the workers.
PARENT_ENV = "LIVEBLOG_PARENT"
#: How often a helper process looks at its parent (seconds).
INTERVAL = 0.25


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # pragma: no cover - a pid reused by another user's process
        return True
    return False


def _loop(parent: int, owner: int) -> None:
    while True:
        time.sleep(INTERVAL)
        if os.getppid() != parent or _gone(owner):
            os._exit(0)


def _kill_with_parent() -> None:
    """On Linux: the kernel sends SIGKILL to this process when its parent dies."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux: the watching thread does it
        pass


def watch(owner: int) -> None:
    """End this process when its parent, or the program ``owner``, is gone (a daemon thread checks)."""
    _kill_with_parent()
    parent = os.getppid()
    if parent == 1 or _gone(owner):
        os._exit(0)
    threading.Thread(target=_loop, args=(parent, owner), name="liveblog-orphan-guard", daemon=True).start()


def mark_owner() -> None:
    """Name this program as the owner of the helper processes it is about to start."""
    os.environ[PARENT_ENV] = str(os.getpid())


def _guard_if_helper() -> None:
    owner = os.environ.get(PARENT_ENV, "")
    if owner.isdigit() and int(owner) == os.getppid() and int(owner) != os.getpid():
        watch(int(owner))


_guard_if_helper()
