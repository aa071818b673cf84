"""Hostile input and careless use, case by case (each reproduction from the report)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, seed
from tui.cli import main
from tui.core.build.pipeline import build_timeline
from tui.core.infra.reading import decode, expand_paths
from tui.core.stages.topics import load_taxonomy

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # newline (\x0a) aside: output has lines
EVIL_NAME = "x\x1b]52;c;SGVsbG8=\x1b\\\x1b]2;PWNED\x07\nname.txt"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT
    )


@pytest.fixture
def evil_dump(tmp_path):
    path = tmp_path / EVIL_NAME
    path.write_bytes(seed("003").read_bytes())
    return path


# -- injection ----------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["export", "--format", "csv"],
        ["export", "--format", "markdown"],
        ["export", "--format", "json"],
        ["topics"],
    ],
)
def test_a_hostile_file_name_reaches_no_output_raw(capsys, evil_dump, command):
    missing = evil_dump.with_name("missing\x1b[2J\n.txt")
    code, out, err = run(capsys, *command, str(evil_dump), str(missing))
    assert code == 1
    assert not CONTROL.search(out) and not CONTROL.search(err)
    assert "\\x1b]52" in err or "\\x1b[2J" in err  # the name is still there, visibly
    assert len(err.strip().splitlines()) >= 1 and all(
        line.startswith("liveblog: ") for line in err.strip().splitlines()
    )


async def test_a_hostile_file_name_reaches_no_widget_raw(evil_dump):
    from tests.functional_tests.conftest import main_screen, settle
    from tui.ui.app import create_app
    from tui.ui.widgets.detail_view import DetailView

    app = create_app(timeline=build_timeline([evil_dump, evil_dump.with_name("gone\x1b]2;X\x07.txt")]))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        status = str(screen.query_one("StatusBar").render())
        detail = screen.query_one(DetailView).build(screen.reader.shown[0]).plain
        for text in (status, detail):
            assert "\x1b" not in text and "\x07" not in text
        assert "\\x1b" in detail  # provenance names the file, inert


def test_csv_cells_that_look_like_formulas_are_neutralised(tmp_path, capsys):
    dump = tmp_path / "g.txt"
    dump.write_text(
        'Key events\n-\n=HYPERLINK("http://evil","click") is the headline\n=HYPERLINK("http://evil","click") is the '
        "headline\n"
        "+1 and @everyone and -2 open these paragraphs, which say a lot about the talks.\nUpdated\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "export", "--format", "csv", "--quiet", str(dump))
    import csv
    import io

    rows = list(csv.reader(io.StringIO(out)))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert not any(cell[:1] in "=+-@" for cell in cells if cell)


def test_topics_prints_no_escape_codes_from_a_topic_file(tmp_path, capsys):
    topics = tmp_path / "t.toml"
    topics.write_text(
        '[[topic]]\nid = "evil"\nname = "\\u001b]2;PWNED\\u0007 Evil"\nbadge = "\\u001b[31m"\nphrases = ["geneva"]\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "topics", "--topics", str(topics), "--quiet")
    assert code == 0 and "evil" in out
    assert not CONTROL.search(out) and "\\x1b]2;PWNED" in out


def test_markdown_escapes_html_entities_and_strikethrough(tmp_path, capsys):
    dump = tmp_path / "g.txt"
    dump.write_text(
        "Key events\n-\nTalks <script> & ~~struck~~ end\nTalks <script> & ~~struck~~ end\nA paragraph with "
        "<b>tags</b> & ~~tildes~~ in it, about the talks.\nUpdated\n",
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "export", "--format", "markdown", "--quiet", str(dump))
    assert "<script>" not in out and "<b>" not in out and "~~" not in out
    assert "\\<script\\>" in out and "\\&" in out and "\\~\\~" in out


# -- hangs and runaway memory ---------------------------------------------------


@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "/dev/urandom"])
def test_non_regular_files_are_refused_at_once(tmp_path, special):
    path = tmp_path / "pipe.txt"
    if special == "fifo":
        os.mkfifo(path)
    else:
        path = Path(special)
    start = time.monotonic()
    done = cli("list", str(path), str(seed("000")), timeout=30)
    assert time.monotonic() - start < 20
    assert done.returncode == 1
    problems = [line for line in done.stderr.splitlines() if "note:" not in line]
    assert len(problems) == 1 and "not a regular file" in problems[0] and str(path) in problems[0]
    assert len(done.stdout.splitlines()) == 20  # the other file still loads


def test_a_file_over_the_limit_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    from tui.core.infra import safe_io

    monkeypatch.setattr(safe_io, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("Key events\n" + "A sentence about the talks.\n" * 100, encoding="utf-8")
    with pytest.raises(ValueError, match="larger than"):
        safe_io.read_bounded(big, 1000)


def test_a_topics_file_that_is_a_fifo_does_not_hang(tmp_path):
    fifo = tmp_path / "topics.toml"
    os.mkfifo(fifo)
    start = time.monotonic()
    taxonomy = load_taxonomy(fifo)
    assert time.monotonic() - start < 5
    assert taxonomy.errors and "not a regular file" in taxonomy.errors[0]


def test_gap_heavy_phrases_match_in_bounded_time(tmp_path):
    from tui.core.model.post import Block, Post

    topics = tmp_path / "t.toml"
    phrase = " ".join(["a ...20"] * 12) + " z"
    topics.write_text(f'[[topic]]\nid = "gaps"\nphrases = ["{phrase}"]\n', encoding="utf-8")
    taxonomy = load_taxonomy(topics)
    assert taxonomy.errors == []
    post = Post(
        "bbc", "x", 0, body=[Block("paragraph", "a " * 600, 1, 1)]
    )  # 12 gaps over 600 words: unbounded matching never ends
    start = time.monotonic()
    taxonomy.classified(post)
    assert time.monotonic() - start < 10  # was unbounded (64 s for 6 gaps)


@pytest.mark.parametrize("gap", ["...99999999999", "...21", "..." + "9" * 5000])
def test_oversized_gaps_are_a_clear_error(tmp_path, gap):
    topics = tmp_path / "t.toml"
    topics.write_text(f'[[topic]]\nid = "gaps"\nphrases = ["a {gap} b"]\n', encoding="utf-8")
    errors = load_taxonomy(topics).errors
    assert len(errors) == 1 and "too wide" in errors[0] and f"{topics}:1:" in errors[0]


def test_ten_thousand_topics_load_in_linear_time(tmp_path):
    topics = tmp_path / "t.toml"
    topics.write_text(
        "".join(f'[[topic]]\nid = "t{i}"\nphrases = ["word{i} ... other{i}"]\n' for i in range(10_000)),
        encoding="utf-8",
    )
    start = time.monotonic()
    taxonomy = load_taxonomy(topics)
    assert time.monotonic() - start < 15  # was 98 s
    assert len(taxonomy.topics) > 10_000


def test_wrong_types_in_a_topics_file_are_errors(tmp_path):
    topics = tmp_path / "t.toml"
    topics.write_text(
        '[[topic]]\nid = "venue"\nphrases = ["x"]\n\n[[topic]]\nid = "air-support"\ndisabled = "no"\n', encoding="utf-8"
    )
    taxonomy = load_taxonomy(topics)
    assert taxonomy.errors and f"{topics}:7:" in taxonomy.errors[0] and "true or false" in taxonomy.errors[0]
    assert "air-support" in taxonomy.ids()  # the defaults stand


# -- silent loss and corruption ---------------------------------------------------


def test_the_same_dump_twice_gives_the_same_timeline(capsys):
    once = run(capsys, "list", "--quiet", str(seed("003")))[1]
    twice = run(capsys, "list", "--quiet", str(seed("003")), str(seed("003")))[1]
    assert once == twice and len(once.splitlines()) == 55
    assert len(run(capsys, "export", "--format", "csv", str(seed("003")), str(seed("003")))[1].splitlines()) > 44


def test_a_dump_cut_inside_a_character_is_read_whole_and_reported(tmp_path, capsys):
    data = seed("003").read_bytes()
    cut = data[: data.rindex("’".encode()) + 2]  # inside the last curly quote
    path = tmp_path / "cut.txt"
    path.write_bytes(cut)
    code, out, err = run(capsys, "list", "--quiet", str(path))
    assert "truncated" in err and "cut.txt" in err
    assert "â" not in out
    assert abs(len(out.splitlines()) - 55) <= 1


def test_utf16_dumps_are_decoded():
    text = seed("003").read_text(encoding="utf-8")
    for encoding in ("utf-16", "utf-16-le"):
        decoded, note = decode(text.encode(encoding))
        assert decoded.lstrip("\ufeff") == text and note == "read as UTF-16"


def test_replay_prints_undated_posts_and_says_why(capsys):
    code, out, err = run(capsys, "replay", "--speed", "0", "--quiet", str(seed("003")))
    assert code == 0
    assert "55 posts with no time" in out
    assert out.count("\n    ") > 44


def test_a_future_year_in_the_text_is_never_used_silently(tmp_path, capsys):
    dump = tmp_path / "b.txt"
    dump.write_text(
        "  1. Talks endpublished at 21:02 British Summer Time 19 August\n\n"
        "    Leaders met yesterday, on Monday, and promised net zero by 2035.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "list", str(dump))
    # 2035 is after today: a page cannot be from then, so it is not used at all, and the line says so.
    assert not out.startswith("2035") and "pass --date" in err


# -- crashes ----------------------------------------------------------------------


def test_an_unreadable_directory_and_a_huge_path_are_one_line_errors(tmp_path, monkeypatch, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    real_iterdir = Path.iterdir

    def refuse(self):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    huge = tmp_path / ("a" * 5000)
    code, out, err = run(capsys, "list", "--quiet", str(locked), str(huge), str(seed("000")))
    assert code == 1 and len(out.splitlines()) == 20
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert "cannot list directory: permission denied" in lines[0]
    assert "file name too long" in lines[1]


def test_symlink_loops_and_newlines_in_names_get_plain_one_line_messages(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    odd = tmp_path / "two\nlines.txt"
    files, errors = expand_paths([a, odd])
    assert files == []
    assert "symlink loop" in errors[0].message
    assert "\n" not in str(errors[1]) and "two\\x0alines" in str(errors[1])


@pytest.mark.parametrize("speed", ["1e-9", "nan", "inf", "-1", "1e300"])
def test_replay_speed_out_of_range_is_a_one_line_error(capsys, speed):
    with pytest.raises(SystemExit) as exc:
        main(["replay", "--speed", speed, str(seed("000"))])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: liveblog replay ")
    assert err.splitlines()[-1] == (
        "liveblog replay: error: --speed must be 0 (everything at once) or from 0.01 to 1000000"
    )


async def test_an_unexpected_error_is_logged_and_the_path_is_given(monkeypatch, tmp_path, seed_timeline):
    from tui.ui.app import create_app
    from tui.ui.screens.main_screen import MainScreen

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))

    def explode(self):
        raise RuntimeError("boom \x1b[2J")

    monkeypatch.setattr(MainScreen, "action_cycle_sort", explode)
    app = create_app(timeline=seed_timeline)
    with pytest.raises(RuntimeError):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.2)
            await pilot.press("s")
            await pilot.pause(0.2)
    assert app.crash_log is not None and app.crash_log.parent == tmp_path / "liveblog"
    assert "RuntimeError: boom" in app.crash_log.read_text()
    assert "\x1b" not in app.crash_summary


@pytest.mark.parametrize(
    "zone", ["../../../../etc/passwd", "iso3166.tab", "zone1970", "A" * 300, "+99:00", "/etc/localtime"]
)
def test_tz_accepts_only_zone_names_and_offsets_with_one_line(zone, capsys):
    from tui.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["list", "--tz", zone])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "argument --tz" in err and len(err.splitlines()[-1]) < 200


@pytest.mark.parametrize("argv", [["--tz", "-05:00"], ["--tz=-05:00"], ["--tz", "America/New_York"]])
def test_tz_takes_negative_offsets_as_given(argv, capsys):
    from tui.cli import main

    assert main(["list", "-q", *argv]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows and any(mark in rows[0] for mark in ("EDT", "UTC-05:00"))


def test_a_single_future_year_in_the_text_does_not_re_date_the_page(tmp_path, capsys):
    """A BBC page printing no year, with "In 2031" in one paragraph: the page is not from 2031."""
    lines = []
    for n in range(20, 0, -1):
        lines += [
            f"  {21 - n}. Post number {n}published at {8 + n // 2:02d}:{(n * 7) % 60:02d} British Summer Time 19 "
            "August",
            "",
        ]
        lines += [
            "    Leaders met at the White House on Tuesday."
            if n != 5
            else "    In 2031 the treaty would expire, officials said.",
            "",
        ]
    dump = tmp_path / "bbc.txt"
    dump.write_text("\n".join(lines), encoding="utf-8")
    code, out, err = run(capsys, "list", str(dump))
    rows = out.splitlines()
    assert len(rows) == 20 and not any(row.startswith("2031") for row in rows)
    assert all(row.startswith("????-??-??") for row in rows)  # a weekday alone is no year: unknown, not a guess
    assert "pass --date" in err


def test_a_date_shaped_mention_outweighs_bare_years():
    from tui.core.model.post import Block, Feed, Post, Stamp
    from tui.core.stages.dates import DateResolver

    post = Post("bbc", "p.txt", 0, title="Talks", stamp=Stamp("10:00 BST 19 August", 10, 0, 19, 8, None, "BST", 60))
    post.body = [Block("paragraph", "Targets for 2030 and 2030 again; the summit on 19 August 2024 set them.", 2, 2)]
    feed = Feed("p.txt", "bbc", "bbc", posts=[post])
    year, why, basis = DateResolver([feed], latest_year=2026).resolve_year(8, 19, feed)
    assert (year, basis) == (2024, "guessed")


def test_a_file_named_twice_or_also_in_a_directory_given_is_read_once(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("x", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("y", encoding="utf-8")
    files, errors = expand_paths([page, tmp_path / "." / "page.txt", tmp_path])
    assert errors == []
    assert files == [page, other]
