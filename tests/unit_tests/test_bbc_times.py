import pytest

from tui.core.parse.outlets.bbc.times import split_title_stamp


@pytest.mark.parametrize(
    "line, title, fields",
    [
        (
            "Ministers meet unionspublished at 14:05 British Summer Time 3 June",
            "Ministers meet unions",
            (14, 5, 3, 6, None, 60),
        ),
        (
            "Budget latestpublished at 09:30 Greenwich Mean Time 12 December 2023",
            "Budget latest",
            (9, 30, 12, 12, 2023, 0),
        ),
        ("What next?published at 06:38 British Summer Time", "What next?", (6, 38, None, None, None, 60)),
        ("Postpublished at 09:12 GMT 5 July 2024", "Post", (9, 12, 5, 7, 2024, 0)),
        ("Post updatepublished at 23:59 BST 1 Sept", "Post update", (23, 59, 1, 9, None, 60)),
        ("Late newspublished at 7:05", "Late news", (7, 5, None, None, None, None)),
    ],
)
def test_split_title_stamp_variants(line, title, fields):
    got_title, stamp = split_title_stamp(line)
    assert got_title == title
    assert (stamp.hour, stamp.minute, stamp.day, stamp.month, stamp.year, stamp.utc_offset_minutes) == fields


def test_stamp_text_is_kept_as_printed():
    _, stamp = split_title_stamp("Xpublished at 21:02 British Summer Time 19 August")
    assert stamp.text == "21:02 British Summer Time 19 August"


@pytest.mark.parametrize("line", ["No stamp here", "published at 25:00 BST", "was published at noon"])
def test_lines_without_a_valid_stamp(line):
    assert split_title_stamp(line) is None
