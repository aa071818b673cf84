"""Guardian copies whose head is a bare date line and an index of headings without 'Key events'."""

from __future__ import annotations

from datetime import date

from tui.core.parse.outlets.guardian.parser import parse_guardian

PAGE = [
    "2017-03-09",
    "",
    "Rolling coverage of the day’s political developments as they happen",
    "",
    "Morning interviews - Summary",
    "",
    "Afternoon summary",
    "",
    "5.16pm GMT",
    "",
    "A reporter’s first paragraph of the newest post, long enough to be prose.",
    "",
    "4.53pm GMT",
    "",
    "A second post that says what happened in Brussels at the meeting today.",
]


def test_a_bare_iso_date_line_dates_the_page() -> None:
    feed = parse_guardian(PAGE, "copy.txt")
    assert feed.copy_dates == [date(2017, 3, 9)] and feed.page_dates == []  # a copy's date line: maybe only the copy's


def test_headings_with_nothing_under_them_are_page_parts_not_posts() -> None:
    feed = parse_guardian(PAGE, "copy.txt")
    assert [(p.stamp.hour, p.stamp.minute) for p in feed.posts if p.stamp] == [(17, 16), (16, 53)]
    assert len(feed.posts) == 2
    parts = [block.text for block in feed.page_parts]
    assert "Afternoon summary" in parts and "Morning interviews - Summary" in parts


def test_a_summary_heading_with_text_is_still_a_post() -> None:
    lines = ["Afternoon summary", "", "Ministers met in Paris today and agreed a plan for the talks."]
    feed = parse_guardian(lines, "copy.txt")
    assert [p.title for p in feed.posts] == ["Afternoon summary"]


def test_a_date_inside_prose_is_not_a_date_line() -> None:
    lines = ["The talks on 2017-03-09 were postponed, officials said on Thursday evening."]
    feed = parse_guardian(lines, "copy.txt")
    assert feed.page_dates == [] and len(feed.posts) == 1


def test_an_aggregator_disclaimer_and_section_line_are_head() -> None:
    lines = [
        "Great Britain",
        "This article was added by the user . TheWorldNews is not responsible for the content of the platform.",
        "",
        "Russia-Ukraine war live: Zelenskiy addressing parliament after arriving in UK",
        "",
        "Zelenskiy: London has stood with Kyiv since day one",
        "",
        "President Zelenskiy shares a story about the last time he visited the UK, in 2020.",
    ]
    feed = parse_guardian(lines, "copy.txt")
    assert [p.title for p in feed.posts] == ["Zelenskiy: London has stood with Kyiv since day one"]
    assert "Great Britain" in [b.text for b in feed.page_parts]


def test_a_contributors_name_printed_twice_opens_their_post_as_its_byline() -> None:
    lines = [
        "Ministers are meeting in Brussels this afternoon to discuss the next package.",
        "",
        "Peter Walker",
        "Peter Walker",
        "",
        "Announcement brings a surge of applause in Westminster Hall. pic.twitter.com/Bdtck91TLj",
        "",
        "— Peter Walker (@peterwalker99) February 8, 2023",
    ]
    feed = parse_guardian(lines, "copy.txt")
    assert len(feed.posts) == 2
    second = feed.posts[1]
    assert second.byline is not None and second.byline.name == "Peter Walker"
    assert second.title is None  # a tweet's text, ending in its link, is not a headline
    assert second.body[0].text.startswith("Announcement brings")
    assert [b.text for b in feed.page_parts].count("Peter Walker") == 1  # the second copy, kept as chrome


def test_a_name_printed_once_is_text() -> None:
    lines = ["Peter Walker", "", "Ministers are meeting in Brussels this afternoon to discuss sanctions."]
    feed = parse_guardian(lines, "copy.txt")
    assert all(p.byline is None for p in feed.posts)
