"""The date-inference rule, case by case."""

from datetime import date

from tests.conftest import lines_of
from tui.core.parse.outlets.bbc.parser import parse_bbc
from tui.core.stages.dates import date_feeds, weekday_hint


def feed(text, name="p.txt"):
    return parse_bbc(lines_of(text), name)


def page(*titles_and_stamps, extra=""):
    rows = []
    for n, (title, stamp) in enumerate(titles_and_stamps, start=1):
        rows.append(f"  {n}. {title}published at {stamp}\n\n    {extra or 'A paragraph.'}\n")
    return "\n".join(rows)


def test_full_date_is_stated():
    f = feed(page(("Alpha", "10:00 BST 3 June 2024")))
    (f,) = date_feeds([f]).feeds
    assert f.posts[0].time_basis == "stated"
    assert f.posts[0].published.isoformat() == "2024-06-03T10:00:00+01:00"


def test_an_unrelated_file_never_dates_a_page():
    """The same yearless page gives the same answer whatever else is loaded."""
    text = page(("Beta", "11:00 BST 4 June"), extra="Talks on Tuesday. The 2019 accord.")
    (alone,) = date_feeds([feed(text, "b.txt")]).feeds
    for other in ("10:00 BST 3 June 2024", "10:00 BST 3 June 2005", "10:00 BST 3 June 2022"):
        _, yearless = date_feeds([feed(page(("Alpha", other)), "a.txt"), feed(text, "b.txt")]).feeds
        assert yearless.posts[0].published == alone.posts[0].published
        assert yearless.posts[0].date_basis == "guessed" and "year guessed" in yearless.posts[0].time_note


def test_year_from_another_snapshot_of_the_same_page():
    shared = "Delegations met for three hours at the palace and agreed to meet again next week in Geneva."
    dated = feed(page(("Alpha", "10:00 BST 3 June 2024"), extra=shared), "a.txt")
    yearless = feed(page(("Alpha", "10:00 BST 3 June"), ("Beta", "09:00 BST 3 June"), extra=shared), "b.txt")
    _, yearless = date_feeds([dated, yearless]).feeds
    assert yearless.posts[0].published.date() == date(2024, 6, 3)
    assert yearless.posts[0].date_basis == "snapshot"
    assert yearless.posts[0].time_basis == "stated-time-inferred-date"


def test_year_from_the_pages_own_dated_stamp():
    f = feed(page(("Alpha", "10:00 BST 3 June 2024"), ("Beta", "11:00 BST 2 June")))
    (f,) = date_feeds([f]).feeds
    assert f.posts[1].published.date() == date(2024, 6, 2) and f.posts[1].date_basis == "page"
    assert f.posts[0].date_basis == "printed"


def test_year_from_weekday_mentions_and_mentioned_years():
    # 19 August is a Tuesday in 2025; the text talks about "Monday" (yesterday).
    f = feed(
        page(("Alpha", "21:02 British Summer Time 19 August"), extra="Talks on Monday ended. The Alaska 2025 summit.")
    )
    (f,) = date_feeds([f]).feeds
    assert f.posts[0].published.date() == date(2025, 8, 19)
    assert "Tuesday" in f.posts[0].time_note


def test_date_override_wins_for_missing_parts():
    f = feed(page(("Alpha", "06:38 British Summer Time")))
    (f,) = date_feeds([f], date(2023, 1, 5)).feeds
    assert f.posts[0].published.date() == date(2023, 1, 5)


def test_a_dateless_page_stays_undated_at_the_date_stage():
    other = feed(page(("Alpha", "21:00 BST 19 August 2025")), "a.txt")
    dateless = feed(page(("Beta", "06:38 British Summer Time"), ("Gamma", "05:00 British Summer Time")), "b.txt")
    load = date_feeds([other, dateless])
    assert [p.published for p in load.feeds[1].posts] == [None, None]
    assert load.page_days["b.txt"] is None and load.page_basis["b.txt"] == "unknown"


def test_a_dateless_page_borrows_only_from_pages_reporting_the_same_events(tmp_path):
    """Dated by related posts of another outlet (basis "related"), never by an unrelated file."""
    from tui.core.build.pipeline import build_timeline
    from tui.core.stages.topics import Taxonomy

    story = (
        "The Kremlin confirmed that Lavrov and Rubio will meet in Riyadh on Tuesday to discuss a "
        "Black Sea maritime truce and the exchange of prisoners, officials in Moscow said."
    )
    bbc = tmp_path / "bbc.txt"
    bbc.write_text(
        f"  1. Lavrov and Rubio to meet in Riyadhpublished at 09:00 BST 17 June 2025\n\n    {story}\n", encoding="utf-8"
    )
    guardian = tmp_path / "gdn.txt"
    guardian.write_text(f"Lavrov and Rubio to meet in Riyadh, Kremlin says\n{story}\nUpdated\n", encoding="utf-8")
    unrelated = tmp_path / "other.txt"
    unrelated.write_text(
        "Flood defences tested on the Thames\nEngineers raised the barrier at dawn to test new gates, the agency "
        "said.\nUpdated\n",
        encoding="utf-8",
    )
    timeline = build_timeline([bbc, guardian, unrelated], fmt=None, taxonomy=Taxonomy([]))
    by_file = {e.origins[0].file.rsplit("/", 1)[-1]: e for e in timeline.entries}
    assert by_file["gdn.txt"].published is not None and by_file["gdn.txt"].published.date() == date(2025, 6, 17)
    assert by_file["gdn.txt"].date_basis == "related"
    assert by_file["other.txt"].published is None and by_file["other.txt"].date_basis == "unknown"


def test_time_only_posts_cross_midnight_going_down_the_page():
    f = feed(page(("Newest", "00:30 BST 20 August 2025"), ("Older", "23:50 BST"), ("Oldest", "23:10 BST")))
    (f,) = date_feeds([f]).feeds
    assert [p.published.isoformat() for p in f.posts] == [
        "2025-08-20T00:30:00+01:00",
        "2025-08-19T23:50:00+01:00",
        "2025-08-19T23:10:00+01:00",
    ]


def test_no_evidence_leaves_the_date_unknown_with_a_warning(tmp_path):
    from tui.core.build.pipeline import build_timeline

    f = feed(page(("Alpha", "06:38 British Summer Time")))
    (f,) = date_feeds([f]).feeds
    assert f.posts[0].published is None and f.posts[0].date_basis == "unknown"
    dump = tmp_path / "p.txt"
    dump.write_text(page(("Alpha", "06:38 British Summer Time")), encoding="utf-8")
    timeline = build_timeline([dump])
    assert any("could not infer the date of 1 timed posts" in w for w in timeline.warnings)


def test_zone_free_stamp_uses_london_time_for_the_date():
    f = feed(page(("Winter", "09:00 1 December 2024"), ("Summer", "09:00 1 July 2024")))
    (f,) = date_feeds([f]).feeds
    assert [p.published.utcoffset().total_seconds() for p in f.posts] == [0, 3600]


def test_weekday_hint_prefers_the_day_after_the_named_one():
    assert weekday_hint("Talks on Monday. Monday's meeting. Leaders met on Monday.") == 1
    assert weekday_hint("nothing here") is None


def test_the_date_stage_returns_new_feeds_and_leaves_its_input_alone():
    f = feed(page(("Alpha", "10:00 BST 3 June 2024")))
    (out,) = date_feeds([f]).feeds
    assert out.posts[0].published is not None
    assert f.posts[0].published is None and f.posts[0].time_basis == "unknown"


def test_an_impossible_page_stamp_is_no_date_and_no_crash(tmp_path):
    from tui.cli import main

    dump = tmp_path / "g.txt"
    dump.write_text(
        "Ukraine war live\nThu 31 Feb 2022 19.28 EDT\n\nKey events\n\nLeaders met in Kyiv on Thursday to talk about "
        "the war.\n"
        "Updated\n\nAnother post with plenty of words about the talks in the capital today.\n",
        encoding="utf-8",
    )
    assert main(["list", str(dump), "--date", "2022-05-19"]) == 0


def test_a_page_with_no_date_and_no_times_says_its_posts_cannot_be_timed(tmp_path):
    from tui.core.build.pipeline import build_timeline

    dump = tmp_path / "undated.txt"
    dump.write_text(
        "Live Reporting\n\nAll times stated are UK\n\n"
        "  1. Welcome back to our live coverage\n\n    Good morning and welcome to our coverage of the war.\n\n"
        "  2. Governor counts troops\n\n    The governor of the region says there are 10,000 troops nearby.\n",
        encoding="utf-8",
    )
    timeline = build_timeline([dump])
    assert timeline.entries and all(post.published is None for post in timeline.entries)
    said = [w for w in timeline.warnings if "undated.txt" in w]
    assert len(said) == 1 and "cannot be estimated (pass --date)" in said[0]


def test_a_us_edition_page_newest_first_across_londons_midnight():
    """A Guardian page printing US times ("20.37 EDT" above "18.40 EDT") under ``--date`` 21 July: both posts
    are on 21 July in New York, the top one past midnight in London — the page's order is read from its
    printed clocks, not from the clocks moved into London's zone, and in a tie the top post in London's small
    hours is the one past midnight."""
    from tui.core.parse.outlets.guardian.parser import parse_guardian

    lines = lines_of(
        "Rebels hand over black boxes - as it happened\n\n20.37 EDT\n\nThis blog has now ended.\n\n"
        "18.40 EDT\n\nHere's a summary of the day's key events so far.\n"
    )
    (f,) = date_feeds([parse_guardian(lines, "us.txt")], date(2014, 7, 21)).feeds
    assert [p.published.isoformat() for p in f.posts] == ["2014-07-21T20:37:00-04:00", "2014-07-21T18:40:00-04:00"]


def test_the_old_bbc_sites_date_line_dates_its_page():
    """The 2008-2011 site printed "Page last updated at 17:10 GMT, Tuesday, 20 April 2010 18:10 UK" over the
    entries: with no ``--date``, the page is dated by it."""
    f = feed(
        "Page last updated at 17:10 GMT, Tuesday, 20 April 2010 18:10 UK\n\nVolcano cloud as it happened: 20 April\n\n"
        "1832 BA tells the BBC it still plans to land more than a dozen long-haul flights.\n\n"
        "1742 Thomas Cook Group says it will undertake more than 80 flights on Tuesday.\n\n"
        "1740 Downing St confirms the UK's emergency committee Cobra is meeting now.\n"
    )
    assert f.page_stamps and (f.page_stamps[0].day, f.page_stamps[0].month, f.page_stamps[0].year) == (20, 4, 2010)
    (f,) = date_feeds([f]).feeds
    assert [p.published.isoformat() for p in f.posts] == [
        "2010-04-20T18:32:00+01:00",
        "2010-04-20T17:42:00+01:00",
        "2010-04-20T17:40:00+01:00",
    ]


def test_a_page_stamped_just_after_midnight_or_in_gmt_dates_its_newest_entries_from_it():
    """With no ``--date``: a page last updated at 00:01 GMT on 17 March, its newest entry at 2359, dates that
    entry the 16th (the evening before the stamp); a page stamped "29 August 2012 Last updated at 23:40 GMT"
    was updated at 00:40 on the 30th in London, so its entries past midnight are the 30th's, the ones before
    it the 29th's."""
    f = feed(
        "Page last updated at 00:01 GMT, Thursday, 17 March 2011\n\nJapan earthquake: As it happened\n\n"
        "2359 That concludes our coverage of the day.\n\n"
        "2341 The US military says it is flying a drone over the plant.\n\n"
        "2336 The IAEA says it has had no contact from the plant.\n"
    )
    (f,) = date_feeds([f]).feeds
    assert [p.published.date().isoformat() for p in f.posts] == ["2011-03-16"] * 3
    f = feed(
        "29 August 2012 Last updated at 23:40 GMT\n\nParalympic Games opening ceremony\n\n"
        "0015: Thank you for your company tonight.\n\n"
        "0002: As the Paralympic cauldron burns brightly, Beverley Knight takes to the stage.\n\n"
        "2359: Joe hands the flame to blind five-a-side footballer David Clarke.\n\n"
        "2358: The Paralympic flame touches down in the Olympic Stadium.\n"
    )
    (f,) = date_feeds([f]).feeds
    assert [p.published.date().isoformat() for p in f.posts] == ["2012-08-30", "2012-08-30", "2012-08-29", "2012-08-29"]
