"""Large loads: worker processes, the newest day first, and the same result either way."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from benchmarks.archive import write_archive
from tests.conftest import seed
from tui.core.build import pipeline
from tui.core.build.pipeline import LoadRequest, build
from tui.core.infra import workers as workers_module
from tui.core.infra.first_look import newest_day_files, printed_day
from tui.core.infra.workers import Workers
from tui.core.session.loader import open_timeline
from tui.core.stages.topics import load_taxonomy, matcher
from tui.core.store.base import MEMORY
from tui.core.store.database import Store
from tui.core.views.export import to_json as _to_json

pytestmark = pytest.mark.slow  # subprocesses, worker pools or hypothesis over whole programs


def to_json(timeline) -> str:
    return _to_json(timeline, timeline.entries)


def _square(chunk: list[int]) -> list[int]:
    return [n * n for n in chunk]


def _dies_in_a_worker(chunk: tuple[int, list[int]]) -> list[int]:
    parent, numbers = chunk
    if os.getpid() != parent:
        os._exit(3)  # a worker killed mid-chunk
    return [n + 1 for n in numbers]


def test_workers_give_the_results_in_order_in_other_processes_or_here():
    chunks = [[n, n + 1] for n in range(0, 40, 2)]
    with Workers(2) as pool:
        assert list(pool.map(_square, chunks)) == [_square(c) for c in chunks]
    assert list(Workers(1).map(_square, chunks)) == [_square(c) for c in chunks]


def test_when_workers_die_the_rest_runs_here_with_the_same_result():
    chunks = [(os.getpid(), [n]) for n in range(6)]
    with Workers(2) as pool:
        assert list(pool.map(_dies_in_a_worker, chunks)) == [[n + 1] for n in range(6)]
        assert not pool.parallel  # it gave up on workers for good


def test_worker_count_follows_the_environment(monkeypatch):
    monkeypatch.setenv("LIVEBLOG_WORKERS", "1")
    assert workers_module.worker_count() == 1
    monkeypatch.setenv("LIVEBLOG_WORKERS", "3")
    assert workers_module.worker_count() == 3


def test_parsing_and_topics_in_workers_give_the_same_timeline_byte_for_byte(monkeypatch):
    """The bundled day, forced through worker processes, exports exactly as it does in one process."""
    request = LoadRequest(tuple(seed(p) for p in ("000", "001", "002", "003", "004")))
    taxonomy = load_taxonomy(use_default_user_file=False)
    alone = to_json(build(request, taxonomy))
    monkeypatch.setattr(pipeline, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(matcher, "PARALLEL_POSTS", 0)
    monkeypatch.setattr(matcher, "_POSTS_PER_CHUNK", 10)
    with Workers(2) as pool:
        shared = to_json(build(request, taxonomy, workers=pool))
        assert pool._executor is not None  # the work really went to other processes
    assert shared == alone


def test_day_groups_built_in_workers_give_the_same_timeline_byte_for_byte(tmp_path, monkeypatch):
    """A multi-day load whose day groups are built by worker processes exports exactly as one built here."""
    archive = tmp_path / "archive"
    archive.mkdir()
    write_archive(archive, posts=120, days=6)
    for prefix in ("000", "001", "004"):  # an undated page placed on its day among them
        (archive / f"seed_{prefix}.txt").write_bytes(seed(prefix).read_bytes())
    request = LoadRequest((archive,))
    taxonomy = load_taxonomy(use_default_user_file=False)
    alone = to_json(build(request, taxonomy))
    monkeypatch.setattr(pipeline, "PARALLEL_POSTS", 0)
    monkeypatch.setattr(pipeline, "_GROUPS_PER_CHUNK", 2)
    with Workers(2) as pool:
        shared = to_json(build(request, taxonomy, workers=pool))
        assert pool._executor is not None
    assert shared == alone


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (b"First published on Sat 01 Mar 2025 06.00 GMT\nHeadline", date(2025, 3, 1)),
        (b"Summary\n\n  1. Title textpublished at 22:17 GMT 1 March 2025\n", date(2025, 3, 1)),
        (b"Live updates - August 19th, 2025 - Ukraine", date(2025, 8, 19)),
        (b"date 2022-11-19 6.14pm GMT", date(2022, 11, 19)),
        (b"Summary\n\n  1. Trump rules out troops published at 21:02 British Summer Time 19 August\n", None),
        (b"31 February 2025 is no day; 2 Feb 2025 is", date(2025, 2, 2)),
        (b"\xff\xfe not text", None),
    ],
)
def test_the_first_look_finds_the_first_full_date_a_page_prints(head, day):
    assert printed_day(head) == day


def test_the_first_look_builds_the_newest_day_of_a_large_load_only():
    files = [(Path(f"{n:02d}.txt"), f"First published on {n + 1} March 2025".encode()) for n in range(30)]
    assert newest_day_files(files) == [Path("29.txt")]
    assert newest_day_files(files[:10]) == []  # a small load is built whole at once
    same_day = [(path, b"1 March 2025") for path, _ in files]
    assert newest_day_files(same_day) == []  # the newest day is most of the load


def _ids_and_times(timeline):
    return [(e.id, e.published, e.time_basis, tuple(e.topics), tuple(e.related)) for e in timeline.entries]


def test_a_large_first_open_shows_the_newest_day_then_builds_the_whole_as_one_build_would(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    files = write_archive(archive, posts=600, days=12)
    assert len(files) >= 24
    taxonomy = load_taxonomy(use_default_user_file=False)
    request = LoadRequest((archive,))
    opened = open_timeline(request, taxonomy, Store(MEMORY), preview=True, defer=True)
    assert opened.rest is not None and not opened.from_store
    newest = {e.published.date() for e in opened.timeline.entries if e.published is not None}
    assert newest == {date(2025, 1, 12)}  # the last day of the archive, alone
    assert "building all" in opened.waiting
    lines: list[str] = []
    whole = opened.rest(lines.append)
    assert any(line.startswith("Merging") for line in lines) and whole.rest is None
    assert _ids_and_times(whole.timeline) == _ids_and_times(build(request, taxonomy))
    preview_ids = {e.id for e in opened.timeline.entries}
    assert preview_ids <= {e.id for e in whole.timeline.entries}  # the reader's cursor post is still there
    assert json.loads(to_json(whole.timeline))["posts"]


def _helpers_of(owner: int) -> list[int]:
    """Processes started for ``owner`` (they carry LIVEBLOG_PARENT=<owner> in their environment)."""
    found = []
    marker = f"LIVEBLOG_PARENT={owner}".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc to find the helper processes")
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])
def test_workers_and_the_fork_server_end_when_the_program_is_killed_mid_load(how):
    import signal
    import subprocess
    import sys
    import time

    code = (
        "import time, sys\n"
        "from tui.core.infra.workers import Workers\n"
        "pool = Workers(2)\n"
        "results = pool.map(time.sleep, [0.2] + [30] * 6)\n"
        "next(results)\n"
        "print('working', flush=True)\n"
        "list(results)\n"
    )
    program = subprocess.Popen(
        [sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2], stdout=subprocess.PIPE, text=True
    )
    try:
        assert program.stdout.readline().strip() == "working"
        helpers = _helpers_of(program.pid)
        assert len(helpers) >= 3  # the fork server and two workers
        program.send_signal(getattr(signal, how))
        program.wait(timeout=10)
        deadline = time.monotonic() + 5
        while _helpers_of(program.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _helpers_of(program.pid) == []
        assert program.stdout.read() == ""  # the pipe closed: nothing holds it open
    finally:
        program.kill()
        for pid in _helpers_of(program.pid):
            os.kill(pid, signal.SIGKILL)
