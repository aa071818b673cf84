"""Hostile input: arbitrary bytes and text never crash loading or building a timeline."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import load_dated as load_paths
from tui.core.build.pipeline import assemble


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_load_or_fail_with_one_line(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "dump.txt"
    path.write_bytes(data)
    result = load_paths([path])
    assert len(result.feeds) + len(result.errors) == 1
    for error in result.errors:
        assert "\n" not in str(error)
    assemble(result)


MARKERS = st.sampled_from(
    [
        "published at 25:61 BST 40 Foo",
        "published at 12:00 British Summer Time 29 February",
        "Key events",
        "-",
        "Updated at 99.99 BST",
        "Summary",
        "  1. ",
        "  • ",
        "Image caption,",
        "Image source, ",
        "5.09pm BST",
        "Thu 31 Feb 2022 19.28 EDT",
        "\x1b[2J",
        "\u202e",
        "[/oops]",
        "x" * 3000,
        "",
    ]
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(st.lists(st.one_of(MARKERS, st.text(max_size=80)), max_size=60), st.sampled_from([None, "bbc", "guardian"]))
def test_structured_garbage_builds_a_timeline(tmp_path_factory, lines, fmt):
    path = tmp_path_factory.mktemp("fuzz") / "dump.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = load_paths([path], fmt=fmt)
    timeline = assemble(result)
    for entry in timeline.entries:
        assert "\x1b" not in (entry.title or "")
        if entry.time_window:
            assert entry.time_window[0] <= entry.published <= entry.time_window[1]


def test_years_at_the_edge_of_what_a_date_holds_are_refused_or_read_as_no_date(tmp_path, capsys):
    """``--date 0001-01-01`` and a dump printing the year 0001 or 9999 once crashed the linking and
    estimating stages (a day before the first date); now the option is refused in one line and the
    printed years are no date."""
    import pytest

    from tests.conftest import seed
    from tui.cli import main
    from tui.core.build.pipeline import build_timeline

    for day in ("0001-01-01", "9999-12-31"):
        with pytest.raises(SystemExit) as stopped:
            main(["list", "--store", ":memory:", "--date", day, str(seed("003"))])
        assert stopped.value.code == 2
        assert capsys.readouterr().err.strip().splitlines()[-1].endswith("(1900-2999)")
    for year in ("0001", "9999"):
        page = tmp_path / f"year-{year}.txt"
        page.write_text(
            f"First published on Mon 1 Jan {year} 06.00 GMT\n9.15am GMT\nA headline about the talks\n"
            "Negotiators from both delegations arrived at the palace early this morning, officials said.\nUpdated\n",
            encoding="utf-8",
        )
        (post,) = build_timeline([page]).entries
        assert post.published is None and post.stamp is not None
