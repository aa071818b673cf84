"""The command line: list, export, errors, help and version."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, seed
from tui import __version__
from tui.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_defaults_to_the_bundled_day(capsys):
    code, out, err = run(capsys, "list")
    rows = out.splitlines()
    assert code == 0 and err.splitlines() == [
        "liveblog: note: 7 notes on how the inputs were read (years, dates or formats guessed; the detail pane says "
        "which posts); --verbose lists them"
    ]
    verbose = run(capsys, "list", "--verbose")[2]
    assert len(verbose.splitlines()) == 7 and all(line.startswith("liveblog: note: ") for line in verbose.splitlines())
    assert "year of 20 posts is a guess (2025)" in verbose
    assert run(capsys, "list", "--quiet")[2] == ""
    assert len(rows) >= 70
    assert rows[0].startswith("2025-08-19? 03:59 BST  BBC")  # the pages print no year: a guess, marked
    assert any(("≈" in row or "~" in row) and "Guardian" in row for row in rows)


def test_list_sort_and_reverse(capsys):
    _, out, _ = run(capsys, "list", "--sort", "time", "--reverse")
    assert out.splitlines()[0].startswith("2025-08-20? ~morn BST  Guardian  It’s Jakub Krupa here")


def test_list_in_another_zone(capsys):
    _, out, _ = run(capsys, "list", str(seed("000")), "--tz", "UTC")
    assert out.splitlines()[0].startswith("2025-08-19? 16:21 UTC")


def test_export_json_schema(capsys):
    code, out, _ = run(capsys, "export", "--format", "json")
    data = json.loads(out)
    assert code == 0 and set(data) >= {"posts", "feeds", "errors"}
    post = data["posts"][0]
    for field in (
        "id",
        "source",
        "title",
        "published",
        "time_basis",
        "byline",
        "labels",
        "topics",
        "body",
        "origins",
        "revisions",
        "related",
        "time_window",
    ):
        assert field in post
    assert all({"kind", "text"} <= set(b) for b in post["body"])
    assert all({"file", "first_line", "last_line"} <= set(o) for o in post["origins"])
    estimated = [p for p in data["posts"] if p["time_basis"] == "estimated"]
    assert estimated and all(p["time_window"] for p in estimated)
    assert any(f["revisions"] for f in data["feeds"])


def test_export_csv_and_markdown(capsys):
    _, out, _ = run(capsys, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) >= 70 and rows[0]["source"] == "bbc"
    _, out, _ = run(capsys, "export", "--format", "markdown", str(seed("000")))
    assert out.startswith("# Live-blog timeline")
    assert "## 17:21 BST · BBC · Nato military leaders" in out


def test_bad_file_reports_one_line_and_exits_nonzero(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    code, out, err = run(capsys, "list", "--quiet", str(bad), str(seed("000")))
    assert code == 1
    assert err.strip().splitlines() == [f"liveblog: {bad}: binary file (holds NUL bytes), not a text dump"]
    assert len(out.splitlines()) == 20


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "--format" in capsys.readouterr().out


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["list", "--date", "yesterday"])
    assert exc.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_list_works_piped_with_a_dumb_terminal():
    env = dict(os.environ, TERM="dumb", NO_COLOR="1", PYTHONIOENCODING="ascii")
    proc = subprocess.run([sys.executable, "-m", "tui", "list"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert proc.returncode == 0
    assert "\x1b" not in proc.stdout
    assert len(proc.stdout.splitlines()) >= 70


def test_a_guessed_year_is_said_in_every_export_and_date_overrides_it(capsys):
    _, out, _ = run(capsys, "export", "--format", "json", str(seed("000")))
    post = json.loads(out)["posts"][0]
    assert post["date_basis"] == "guessed" and post["time_note"].startswith("year guessed")
    _, out, _ = run(capsys, "export", "--format", "csv", str(seed("000")))
    header, first = out.splitlines()[:2]
    assert "date_basis" in header and ",guessed," in first
    _, out, _ = run(capsys, "export", "--format", "markdown", str(seed("000")))
    assert "2025? " in out and "year guessed" in out
    _, out, _ = run(capsys, "list", str(seed("000")))
    assert out.splitlines()[0].startswith("2025-08-19? ")
    _, out, _ = run(capsys, "export", "--format", "json", "--date", "2025-08-19", str(seed("000")))
    assert json.loads(out)["posts"][0]["date_basis"] == "given"
    _, out, _ = run(capsys, "list", "--date", "2025-08-19", str(seed("000")))
    assert out.splitlines()[0].startswith("2025-08-19  ")


def _first_listed_row(tmp_path, capsys, title_line: str, paragraph: str) -> str:
    """``liveblog list``'s first row for a one-post BBC page without a year."""
    page = tmp_path / "page.txt"
    page.write_text(f"Summary\n\n  • A summary line\n\n  1. {title_line}\n\n    {paragraph}\n", encoding="utf-8")
    assert main(["list", "--store", ":memory:", "-q", str(page)]) == 0
    return capsys.readouterr().out.splitlines()[0]


def test_list_shows_the_printed_time_of_a_post_whose_date_is_unknown(tmp_path, capsys):
    row = _first_listed_row(
        tmp_path,
        capsys,
        "Rubio lands in Geneva for talkspublished at 09:06 GMT",
        "US Secretary of State Marco Rubio has landed in Geneva, ahead of talks on the war in Ukraine.",
    )
    assert row.startswith("????-??-??") and "09:06 GMT" in row and "--:--" not in row


def test_a_spelled_out_zone_of_an_undated_post_is_abbreviated_so_the_columns_stay_aligned(tmp_path, capsys):
    row = _first_listed_row(
        tmp_path,
        capsys,
        "Starmer takes questionspublished at 17:38 Greenwich Mean Time 2 March",
        "Starmer is now asked about the coalition of the willing.",
    )
    assert row.startswith("????-??-??  17:38 GMT  BBC") and "Greenwich" not in row


def test_list_columns_have_one_width_whatever_the_rows_hold(capsys):
    """A guessed date's '?', an estimate and a long zone name never shift or glue a column."""
    from tui.cli import main

    for extra in ([], ["--tz", "-05:00"]):
        assert main(["list", "-q", *extra]) == 0
        rows = capsys.readouterr().out.splitlines()
        starts = {row.index("  BBC ") if "  BBC " in row else row.index("  Guardian ") for row in rows}
        assert len(starts) == 1, extra
        assert all(row[11] == " " for row in rows)  # the date is never glued to the time


def test_plain_text_goes_through_the_pager_on_a_terminal_even_with_term_dumb(tmp_path, monkeypatch, capsys):
    import sys

    from tui import cli

    out = tmp_path / "paged.txt"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("PAGER", f"sh -c 'cat > {out}'")
    cli.page_text("one\ntwo\n")
    assert out.read_text() == "one\ntwo\n" and capsys.readouterr().out == ""
    monkeypatch.delenv("PAGER")
    monkeypatch.setattr("shutil.which", lambda name: f"/bin/{name}")
    assert cli._pager_command() == ["/bin/more"]  # a dumb terminal: more, which needs nothing of it
    monkeypatch.setenv("TERM", "xterm")
    assert cli._pager_command() == ["/bin/less"]
    monkeypatch.setenv("PAGER", "/no/such/pager")
    cli.page_text("printed instead\n")
    assert capsys.readouterr().out == "printed instead\n"


def test_the_paged_plain_reader_says_why_at_the_top_of_its_text(tmp_path, monkeypatch, capsys):
    """On a terminal the pager fills the screen and the reason printed on stderr scrolls away: the paged text
    says it first."""
    import sys

    from tui import cli

    out = tmp_path / "paged.txt"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("PAGER", f"sh -c 'cat > {out}'")
    monkeypatch.setenv("LIVEBLOG_STORE", ":memory:")
    args = cli.build_parser().parse_args(["open", "-q"])
    cli._plain_reader(args, "TERM=dumb cannot show the full-screen reader")
    lines = out.read_text().splitlines()
    assert lines[0] == "[TERM=dumb cannot show the full-screen reader: plain text follows]"
    assert "BBC" in lines[2]


def test_a_mistyped_command_is_named_with_what_was_meant(capsys):
    import pytest

    with pytest.raises(SystemExit) as exc:
        main(["lst"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "liveblog: error: no command 'lst' and no file of that name; did you mean 'list'?"
    )


def test_export_names_its_output_format_with_to(capsys):
    code, out, _ = run(capsys, "export", "--to", "csv", "-q")
    assert code == 0 and out.splitlines()[0].startswith("id,")
    code, same, _ = run(capsys, "export", "--format", "csv", "-q")
    assert same == out


def test_usage_names_the_input_format_by_its_new_spelling_and_the_old_ones_still_work(capsys):
    for command in ("list", "replay", "export"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        usage = capsys.readouterr().out.split("\n\n")[0]
        assert "--input-format" in usage and "--source-format" not in usage, usage
    _, new, _ = run(capsys, "list", "--input-format", "bbc", "-q")
    _, old, _ = run(capsys, "list", "--source-format", "bbc", "-q")
    assert new == old and "BBC" in new


def test_the_reader_and_list_agree_on_the_exit_status_for_unreadable_inputs(tmp_path, capsys, seed_timeline):
    from types import SimpleNamespace

    from tui import cli
    from tui.core.store.database import Store
    from tui.core.views.timeline import Timeline

    bad = tmp_path / "empty.txt"
    bad.write_text("")
    code, _, err = run(capsys, "list", "-q", str(bad), str(sorted(cli.Path("seeds").glob("*.txt"))[0]))
    said = [line for line in err.splitlines() if "empty.txt" in line]
    assert code == 1 and said

    class Ran(SimpleNamespace):
        def run(self) -> None:
            pass

    from tui.core.model.post import LoadError

    failed = Timeline(seed_timeline.entries, seed_timeline.feeds, [], [], seed_timeline.taxonomy)
    failed.errors = [LoadError(str(bad), "empty file: no text to read")]
    app = Ran(
        store=Store(":memory:"),
        load_failures=[],
        unsaved_marks=(0, None),
        crash_log=None,
        return_code=0,
        timeline=failed,
    )
    assert cli._run_app(app) == 1
    assert capsys.readouterr().err.strip() == said[0]
    app.timeline = seed_timeline
    assert cli._run_app(app) == 0


def test_topics_says_how_many_posts_a_learned_model_read(capsys):
    """A post no phrase put in a topic, shown by the topic's learned model, is counted apart, so a reader knows
    which counts rest on a model (the corpus page's round-up is boots on the ground only by its model)."""
    page = ROOT / "tests/data/real_pages/bbc-25-pinned-mobilisation-closing-2022.txt"
    code, out, _ = run(capsys, "topics", str(page))
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert code == 0
    assert lines["boots-on-the-ground"].endswith("(1 by its learned model)")
    assert "learned" not in lines["venue"] and "learned" not in lines["territory"]


def test_topics_evaluate_can_score_the_phrases_alone(capsys):
    """--rules-only scores the topics without their learned models: a sentence only a model reads is a miss."""
    labels = ROOT / "tests/data/topic_other"
    _, with_models, _ = run(capsys, "topics", "--evaluate", str(labels), "--score", "air-support")
    _, rules_only, _ = run(capsys, "topics", "--evaluate", str(labels), "--score", "air-support", "--rules-only")

    def air(table: str) -> list[int]:
        row = next(line for line in table.splitlines() if line.startswith("air-support") and " all " in line)
        return [int(n) for n in row.split()[2:5]]  # TP FP FN

    (tp_models, _, fn_models), (tp_rules, _, fn_rules) = air(with_models), air(rules_only)
    assert tp_models > tp_rules and fn_models < fn_rules and tp_models + fn_models == tp_rules + fn_rules
    code, _, err = run(capsys, "topics", "--rules-only")
    assert code == 2 and "use it with --evaluate" in err
