"""Following in the app: a snapshot dropped into a watched directory arrives while you read."""

from __future__ import annotations

import shutil
import subprocess
import sys

from tests.conftest import seed
from tests.functional_tests.conftest import main_screen, settle
from tui.ui.app import create_app
from tui.ui.widgets.timeline_view import TimelineView


async def _wait(pilot, predicate, seconds: float = 8.0) -> None:
    for _ in range(int(seconds / 0.1)):
        await pilot.pause(0.1)
        if predicate():
            return
    raise AssertionError("the update never arrived")


async def test_a_new_snapshot_arrives_marked_new_and_the_cursor_stays(tmp_path):
    shutil.copy(seed("004"), tmp_path / "a.txt")
    shutil.copy(seed("000"), tmp_path / "bbc.txt")
    app = create_app(paths=[tmp_path], follow=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await _wait(pilot, lambda: type(app.screen).__name__ == "MainScreen")
        await settle(pilot)
        screen = main_screen(app)
        timeline = screen.query_one(TimelineView)
        before = len(screen.reader.timeline.entries)
        await pilot.press("j", "j", "j")
        await settle(pilot)
        reading = timeline.current
        row_on_screen = timeline.cursor - round(timeline.scroll_y)
        shutil.copy(seed("003"), tmp_path / "b.txt")  # a newer snapshot of the Guardian blog
        await _wait(pilot, lambda: len(screen.reader.timeline.entries) > before)
        await settle(pilot)
        assert timeline.current.id == reading.id  # never yanked
        assert timeline.cursor - round(timeline.scroll_y) == row_on_screen
        assert screen.reader.new_ids and all(timeline.marks[i] == "●" for i in screen.reader.new_ids)
        assert f"{len(screen.reader.new_ids)} new" in str(screen.query_one("StatusBar").render())
        assert len({e.id for e in screen.reader.timeline.entries}) == len(
            screen.reader.timeline.entries
        )  # duplicates collapsed


async def test_a_bbc_page_gaining_a_post_at_the_end_is_followed_when_on_the_newest(tmp_path):
    page = tmp_path / "bbc.txt"
    text = seed("000").read_text(encoding="utf-8")
    page.write_text(text, encoding="utf-8")
    app = create_app(paths=[page], follow=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await _wait(pilot, lambda: type(app.screen).__name__ == "MainScreen")
        await settle(pilot)
        screen = main_screen(app)
        timeline = screen.query_one(TimelineView)
        await pilot.press("G")  # on the newest post: the view follows
        await settle(pilot)
        import re

        renumbered = re.sub(r"(?m)^  (\d+)\. ", lambda m: f"  {int(m[1]) + 1}. ", text)
        extra = "  1. Leaders agree to meet againpublished at 21:30 British Summer Time 19 August\n\n    A new paragraph about the leaders meeting again next week in Geneva.\n\n"
        page.write_text(renumbered.replace("  2. ", extra + "  2. ", 1), encoding="utf-8")
        await _wait(
            pilot, lambda: any(e.title == "Leaders agree to meet again" for e in screen.reader.timeline.entries)
        )
        await settle(pilot)
        assert timeline.current.title == "Leaders agree to meet again"


def test_list_follow_prints_new_posts_and_stops_by_itself(tmp_path):
    import time

    shutil.copy(seed("004"), tmp_path / "a.txt")
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "list", "-q", "--follow", "--follow-for", "6", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.5)
    shutil.copy(seed("003"), tmp_path / "b.txt")
    out, _ = process.communicate(timeout=30)
    assert process.returncode == 0
    added = [line for line in out.splitlines() if line.startswith("+ ")]
    assert len(added) >= 30 and any("Opening summary" in line for line in added)


def test_replay_follow_goes_on_past_the_end(tmp_path):
    import time

    shutil.copy(seed("000"), tmp_path / "bbc.txt")
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "replay", "-q", "--speed", "0", "--follow", "--follow-for", "6", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.5)
    shutil.copy(seed("001"), tmp_path / "bbc-earlier.txt")
    out, _ = process.communicate(timeout=30)
    assert process.returncode == 0
    replayed, _, live = out.partition("Nato military leaders to meet tomorrow")
    assert replayed and "White House meeting is over" in live  # a post of the new dump, after the day's end


def test_list_follow_says_when_a_file_is_emptied_or_a_device_or_fifo_appears(tmp_path):
    import os
    import time

    shutil.copy(seed("004"), tmp_path / "a.txt")
    shutil.copy(seed("000"), tmp_path / "b.txt")
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "list", "-q", "--follow", "--follow-for", "7", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.5)
    (tmp_path / "a.txt").write_text("")
    time.sleep(1.2)
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    time.sleep(1.2)
    os.mkfifo(tmp_path / "pipe.txt")
    _, err = process.communicate(timeout=30)
    lines = err.splitlines()
    assert any("a.txt: empty file" in line for line in lines)
    assert any("zero.txt: a character device, not a regular file" in line for line in lines)
    assert any("pipe.txt: a named pipe (FIFO), not a regular file" in line for line in lines)
    assert len(lines) == 3, err  # each said once


def test_a_directory_holding_only_a_symlink_loop_says_so(tmp_path, capsys):
    from tui.cli import main

    os_link = tmp_path / "loop.txt"
    os_link.symlink_to(os_link)
    assert main(["list", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "loop.txt: too many levels of symbolic links" in err and "holds no .txt dumps" not in err
