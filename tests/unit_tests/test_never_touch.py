"""The whole command line never changes, renames or removes a file it did not make.

Generated argument lists point ``--store`` and the inputs at files that
exist — a dump, another program's database, an empty file, a directory, a
device — and at paths that do not.  Afterwards every file that existed is
byte-for-byte as it was and where it was; only a store liveblog created
itself (and its side files and pages folder) may be new.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.cli import main
from tui.resources import seed_paths

pytestmark = pytest.mark.slow  # whole commands over generated arguments

KINDS = ("dump", "other_db", "empty", "folder", "device", "missing", "our_store_to_be")


def _world(root: Path) -> dict[str, str]:
    """One file of each kind, returned by kind."""
    shutil.copy(seed_paths()[0], root / "dump.txt")
    db = sqlite3.connect(root / "other.db")
    db.execute("CREATE TABLE timelines (x)")
    db.execute("INSERT INTO timelines VALUES (1)")
    db.commit()
    db.close()
    (root / "empty.txt").touch()
    (root / "folder").mkdir()
    shutil.copy(seed_paths()[1], root / "folder" / "inside.txt")
    return {
        "dump": str(root / "dump.txt"),
        "other_db": str(root / "other.db"),
        "empty": str(root / "empty.txt"),
        "folder": str(root / "folder"),
        "device": "/dev/null",
        "missing": str(root / "missing.txt"),
        "our_store_to_be": str(root / "new-store.sqlite3"),
    }


def _state(root: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None) for p in sorted(root.rglob("*"))}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    command=st.sampled_from(["list", "export", "topics"]),
    store=st.sampled_from(KINDS),
    inputs=st.lists(st.sampled_from(KINDS), min_size=1, max_size=3),
    extra=st.lists(st.sampled_from(["-q", "--offline", "--sort=title", "--date=2025-08-19"]), max_size=2, unique=True),
)
def test_no_file_that_existed_is_changed_renamed_or_removed(command, store, inputs, extra):
    with tempfile.TemporaryDirectory(prefix="liveblog-touch-") as folder:
        root = Path(folder)
        paths = _world(root)
        before = _state(root)
        argv = [command, "--store", paths[store], *extra, *[paths[k] for k in inputs if k != "our_store_to_be"]]
        if command == "export" and "--sort=title" in extra:
            argv.remove("--sort=title")
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            try:
                main(argv)
            except SystemExit:
                pass
        after = _state(root)
        for name, content in before.items():
            assert name in after, f"{name} was removed or renamed by {argv}"
            assert after[name] == content, f"{name} was changed by {argv}"
        made = set(after) - set(before)
        # The store it created itself (a path that did not exist), its -wal/-shm files and its pages folder.
        allowed = Path(paths[store]).name if store in ("missing", "our_store_to_be") else None
        assert all(allowed and name.startswith(allowed) for name in made), (argv, made)
