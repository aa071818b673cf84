import pytest

from tui.core.parse.outlets.guardian.times import parse_page_stamp, parse_post_time, parse_updated
from tui.core.stages.estimate import cross_references


@pytest.mark.parametrize(
    "line, hm, ymd, offset",
    [
        ("5.09pm BST", (17, 9), (None, None, None), 60),
        ("20.35 BST", (20, 35), (None, None, None), 60),
        ("19 Aug 2025 20.35 BST", (20, 35), (2025, 8, 19), 60),
        ("12.01am GMT", (0, 1), (None, None, None), 0),
        ("09:15", (9, 15), (None, None, None), None),
    ],
)
def test_post_time_lines(line, hm, ymd, offset):
    stamp = parse_post_time(line)
    assert (stamp.hour, stamp.minute) == hm
    assert (stamp.year, stamp.month, stamp.day) == ymd
    assert stamp.utc_offset_minutes == offset


@pytest.mark.parametrize("line", ["2025", "Summary", "5 things to know", "Updated"])
def test_not_post_times(line):
    assert parse_post_time(line) is None


def test_page_stamps():
    updated = parse_page_stamp("Thu 19 May 2022 19.28 EDT")
    first = parse_page_stamp("First published on Thu 19 May 2022 08.00 EDT")
    assert updated.kind == "updated" and updated.stamp.utc_offset_minutes == -240
    assert first.kind == "first-published" and (first.stamp.hour, first.stamp.day) == (8, 19)
    assert parse_page_stamp("19 Aug 2025 20.35 BST") is None  # a post stamp, not the page's


@pytest.mark.parametrize(
    "line, expected",
    [("Updated", True), ("  Updated at  ", True), ("Updated at 14.20 BST", True), ("Updated rules apply", False)],
)
def test_updated_lines(line, expected):
    assert parse_updated(line)[0] is expected


def test_updated_time_is_read():
    assert parse_updated("Updated at 14.20 BST")[1].hour == 14


def test_cross_references():
    text = "as we reported (13:40) and later (14:20, 14:23); see also (see 14.17)."
    assert cross_references(text) == [(13, 40), (14, 20), (14, 23), (14, 17)]


def test_an_edition_abroads_time_run_into_the_home_clocks_keeps_the_home_clock() -> None:
    """The Guardian's US edition prints a post's time in its zone and, run on after it, the home clock's 24-hour
    time ("3.11am ET08:11"): the home clock's is the time kept, in the home zone, as "3.08pm ET/8.08pm BST" keeps
    its BST time; a home-zone print keeps its own ("6.20pm GMT18:20")."""
    stamp = parse_post_time("3.11am ET08:11")
    assert stamp is not None and (stamp.hour, stamp.minute, stamp.zone) == (8, 11, None)
    home = parse_post_time("6.20pm GMT18:20")
    assert home is not None and (home.hour, home.minute, home.zone) == (18, 20, "GMT")
