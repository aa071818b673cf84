"""Classes of copy that once parsed wrong (#28): each test is a page of that class, made up or read from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ROOT, read_lines, seed
from tui.core.model.post import Block, Post
from tui.core.parse.dump import parse_lines
from tui.core.parse.line_kinds import (
    is_data_line,
    is_embed,
    is_headline_shaped,
    is_person_name,
    is_role,
    title_and_byline,
)
from tui.core.parse.outlet import detect
from tui.core.parse.outlets.bbc.lines import is_chrome as bbc_chrome
from tui.core.parse.outlets.bbc.times import clock_entry
from tui.core.parse.outlets.guardian.head import is_head_line
from tui.core.parse.outlets.guardian.parser import parse_guardian
from tui.core.parse.outlets.guardian.segment import boundaries
from tui.core.parse.outlets.guardian.times import parse_page_stamp


def _guardian_openings(page: list[str], name: str) -> list[str]:
    """The first 20 characters of each post's first block, the page read as the Guardian's."""
    return [p.body[0].text[:20] for p in parse_guardian(page, name).posts]


def _bbc_corpus_posts(name: str) -> list[Post]:
    """The posts of the corpus page ``name``, read as the BBC's."""
    page = read_lines(ROOT / "tests/data/real_pages" / name)[0]
    return parse_lines(page, name, "bbc").posts


def _bbc_corpus_openings(name: str, width: int = 20) -> list[str]:
    """The first ``width`` characters of each post's first block, the corpus page ``name`` read as the BBC's."""
    return [p.body[0].text[:width] for p in _bbc_corpus_posts(name)]


def _guardian_headed_openings(page: list[str], name: str) -> list[tuple[str | None, str]]:
    """Each post's title and the first 20 characters of its first block, the page read as the Guardian's."""
    return [(p.title, p.body[0].text[:20]) for p in parse_guardian(page, name).posts]


def test_an_embedded_posts_text_with_hashtags_or_handles_is_not_a_headline() -> None:
    assert not is_headline_shaped("A special mural of @SomePlayer has been painted in London ahead of #EURO2024")
    assert not is_headline_shaped("We made a momentous decision last week. We are out. #CEOsummit")
    assert is_headline_shaped("Murdoch says Brexit vote was 'wonderful'")


def test_a_long_run_of_sentences_cut_off_at_its_end_is_not_a_headline() -> None:
    quotation = (
        "We want people to be punished for their wrongdoing. We also want them to stop doing wrong. "
        "We want their behaviour to change. We need punishment that sticks"
    )
    assert not is_headline_shaped(quotation)
    assert is_headline_shaped("Ukraine’s independence day was always important. Now it is a matter of life and death")


PAGE_WITH_INLINE_TIMES = [
    "England riots: speeches and reaction - Tuesday 16 August 2011",
    "",
    "Nick Clegg",
    "Nick Clegg on a visit to Tottenham. Photograph: A Photographer/Agency",
    "",
    "8.38am: Yesterday the prime minister and the leader of the opposition delivered lengthy speeches.",
    "",
    "Clegg is up first, at 9am. He will announce plans for a scheme, the papers report.",
]


def test_the_head_above_a_first_inline_time_is_the_pages_and_dates_it() -> None:
    feed = parse_guardian(PAGE_WITH_INLINE_TIMES, "2011.txt")
    assert len(feed.posts) == 1
    post = feed.posts[0]
    assert post.title is None and post.stamp is not None and (post.stamp.hour, post.stamp.minute) == (8, 38)
    assert post.body[0].text.startswith("Yesterday the prime minister")
    assert feed.page_dates == [date(2011, 8, 16)]


def test_two_page_stamps_fused_into_one_line_are_a_page_stamp() -> None:
    found = parse_page_stamp("Fri 14 Jun 2024 12.53 EDTFirst published on Fri 14 Jun 2024 04.40 EDT")
    assert found is not None and (found.stamp.hour, found.stamp.minute, found.stamp.day) == (12, 53, 14)
    assert parse_page_stamp("Fri 14 Jun 2024 12.53 EDT then some words") is None


PAGE_WITH_SHARE_FOOTERS = [
    "Euro 2024 kick-off: fans prepare to get the party started – as it happened",
    "",
    " Updated ",
    "Fri 14 Jun 2024 12.53 EDTFirst published on Fri 14 Jun 2024 04.40 EDT",
    "Fans arrive for the opening game in Munich.",
    "Fans arrive for the opening game in Munich. Photograph: A Photographer/Agency",
    "",
    "Key events",
    "",
    "He can beat players, he can score goals, and his weight of pass is world-class.",
    "",
    "Eberechi Eze is an exciting prospect for England on Friday, a new mural in London shows.",
    "",
    "Share",
    "Updated at ",
    "",
    "I got England at work and England in my mate’s sweepstake, emails Amos.",
    "",
    "Share",
    "Updated at ",
]


def test_a_copy_with_each_posts_share_footer_is_not_cut_further() -> None:
    feed = parse_guardian(PAGE_WITH_SHARE_FOOTERS, "copy.txt")
    assert [p.body[0].text[:12] for p in feed.posts] == ["He can beat ", "I got Englan"]
    assert [len(p.body) for p in feed.posts] == [2, 1]
    assert feed.page_stamps and feed.page_stamps[0].day == 14
    assert "Updated" in [part.text for part in feed.page_parts]


# BBC copies -------------------------------------------------------------------------------------------------

FLATTENED_NEW_LAYOUT = [
    "Postpublished at 05:00 Greenwich Mean Time 6 November 2024Breaking",
    "",
    "One candidate has 75,012,178 votes (48.3%)",
    "The other candidate has 77,302,416 votes (49.8%)",
    "Edited by Some Editor and Another Editor in Washington DC, with reporters across the US",
    "Watch: The winner is projected to take a swing state",
    "Nada Reporter",
    "Reporting from the watch party in Florida",
    "Huge cheers and chants at the watch party after the state was projected for the winner.",
    "They then watched themselves live on air as the screens crossed to their anchor here.",
]


def test_a_title_over_a_byline_starts_a_post_whose_stamp_the_copy_lost() -> None:
    from tui.core.parse.outlets.bbc.parser import parse_bbc

    feed = parse_bbc(FLATTENED_NEW_LAYOUT, "bbc.txt")
    assert [p.title for p in feed.posts] == ["Post", "Watch: The winner is projected to take a swing state"]
    second = feed.posts[1]
    assert second.byline is not None and second.byline.name == "Nada Reporter"
    assert second.body[0].text.startswith("Huge cheers")
    assert [part.kind for part in feed.page_parts if part.text.startswith("Edited by")] == ["editor"]
    assert not any(b.text.startswith("Edited by") for p in feed.posts for b in p.body)


SCRAPED_LIVE_REPORTING = [
    " date 2022-06-26 Blasts in the capital as missiles strike a residential block",
    "Live Reporting",
    "Latest Post",
    "-",
    "Several cruise missiles have struck residential buildings in the capital causing large explosions",
    "-",
    "They",
    "hit the district, the mayor says, and",
    "ambulances and rescuers have been sent to the scene",
    "-",
    "The president",
    "has warned that the war is entering a “morally and emotionally difficult",
    'stage"',
    "Young boy pulled from rubble",
    "Sophie Reporter",
    "Reporting from the capital",
    "Here in the capital, rescuers are at the scene of a missile strike on an apartment building.",
    "Rescuers are hopeful that she will be okay.",
    "Many people injured after missile attack on the capital – mayor",
    "The mayor says “we have a lot of injuries” following the rocket attack, which struck buildings around 6:30 in t",
]


def test_a_scraped_summary_of_dash_separated_wrapped_items_then_titled_posts() -> None:
    from tui.core.parse.outlets.bbc.parser import parse_bbc

    feed = parse_bbc(SCRAPED_LIVE_REPORTING, "bbc.txt")
    assert [p.title for p in feed.posts] == [
        "Young boy pulled from rubble",
        "Many people injured after missile attack on the capital – mayor",
    ]
    assert feed.posts[0].byline is not None and feed.posts[0].byline.role == "Reporting from the capital"
    items = [b.text for b in feed.summary]
    assert "They hit the district, the mayor says, and ambulances and rescuers have been sent to the scene" in items
    assert any(item.endswith('emotionally difficult stage"') for item in items)
    from tests.coverage import unaccounted_lines

    assert unaccounted_lines(feed, SCRAPED_LIVE_REPORTING) == ([], [])


# Older layouts (2010–2014) ----------------------------------------------------------------------------------

AS_IT_HAPPENED_2010 = [
    "Election night live: As it happened",
    "",
    "Key points",
    "",
    "  • The largest party is short of a majority",
    "",
    "0512: A correspondent says the prime minister has no intention of resigning tonight.",
    "",
    "0458: Sophie, Chatham texts: It has been an extraordinary night and I am going to bed.",
    "",
    "0445: BUDGET The chancellor's plans for the deficit will now be under scrutiny, analysts say.",
    "",
    "0305: The result in the first seat is in and the party holds it.",
]


def test_an_older_bbc_page_whose_entries_open_with_their_time() -> None:
    from tests.coverage import unaccounted_lines
    from tui.core.parse import outlet
    from tui.core.parse.outlets.bbc.parser import parse_bbc

    assert outlet.detect(AS_IT_HAPPENED_2010).format == "bbc"
    feed = parse_bbc(AS_IT_HAPPENED_2010, "bbc.txt")
    assert [(p.stamp.hour, p.stamp.minute) for p in feed.posts if p.stamp] == [(5, 12), (4, 58), (4, 45), (3, 5)]
    assert [p.body[0].text[:12] for p in feed.posts] == ["A correspond", "Sophie, Chat", "BUDGET The c", "The result i"]
    assert [b.text for b in feed.summary] == ["The largest party is short of a majority"]
    assert unaccounted_lines(feed, AS_IT_HAPPENED_2010) == ([], [])


LIVE_TEXT_WITH_A_LOST_ENTRY = [
    "Live text commentary",
    "",
    "  1. 19:44: Full-time. The home side win 2-1 with a late winner.",
    "  2. 19:40: GOAL A header from the corner and the home crowd erupts.",
    "  3. 19:31: Manager reaction- The home manager is pacing the touchline.",
    "  5. 19:20: Text from Dave in Leeds: This game has been poor so far.",
    "  6. 19:02: Kick-off on a cold evening in west London.",
]


def test_numbered_entries_that_skip_a_lost_entry_are_all_entries() -> None:
    from tui.core.parse.outlets.bbc.parser import parse_bbc

    feed = parse_bbc(LIVE_TEXT_WITH_A_LOST_ENTRY, "bbc.txt")
    assert [p.stamp.text for p in feed.posts if p.stamp] == ["19:44:", "19:40:", "19:31:", "19:20:", "19:02:"]
    assert feed.posts[3].body[0].text == "Text from Dave in Leeds: This game has been poor so far."


GUARDIAN_2010 = [
    "Chile miners rescue - live coverage | World news | guardian.co.uk",
    "",
    "7.12am: The first capsule is being prepared at the top of the shaft, officials say.",
    "",
    "5.43pm (1.43pm Chile): The second miner has reached the surface and hugged his wife.",
    "",
    "5.58pm BST: Rescuers say the operation is going faster than planned.",
]


def test_guardian_entries_with_a_local_time_in_brackets_or_a_zone() -> None:
    feed = parse_guardian(GUARDIAN_2010, "2010.txt")
    assert [(p.stamp.hour, p.stamp.minute) for p in feed.posts if p.stamp] == [(7, 12), (17, 43), (17, 58)]
    assert feed.posts[1].body[0].text.startswith("The second miner")
    assert feed.posts[1].body[0].marker == "5.43pm (1.43pm Chile): "
    assert all(p.title is None for p in feed.posts)
    assert [part.kind for part in feed.page_parts][:1] == ["page-title"]


MINUTE_BY_MINUTE = [
    "England v Germany - as it happened | Football | guardian.co.uk",
    "",
    "80 min: Germany break again and score a second. That's the game over, surely.",
    "",
    "72 min: England are throwing everything forward now, but the defence holds firm.",
    "",
    "45+2 min: Half-time. England are a goal down and lucky it's not more.",
]


def test_minute_by_minute_entries_are_posts_labelled_with_their_minute() -> None:
    feed = parse_guardian(MINUTE_BY_MINUTE, "mbm.txt")
    assert [[label.text for label in p.labels] for p in feed.posts] == [["80 min"], ["72 min"], ["45+2 min"]]
    assert [p.stamp for p in feed.posts] == [None, None, None]
    assert feed.posts[2].body[0].text.startswith("Half-time.")


# Copies' own artefacts -----------------------------------------------------------------------------------


def test_a_diff_viewers_cells_and_side_by_side_copies_are_mended() -> None:
    from tui.core.model.text import mend_copied_line

    assert mend_copied_line("10.25am BST10.25am BST") == "10.25am BST"
    assert mend_copied_line("10:2510:25") == "10:25"
    assert mend_copied_line("Weale speech: what the experts sayWeale speech: what the experts say") == (
        "Weale speech: what the experts say"
    )
    assert mend_copied_line("The minister spoke at length. | |") == "The minister spoke at length."
    assert mend_copied_line("| A paragraph in a cell |") == "A paragraph in a cell"
    # A changed line's two cells, old then new: the old side, which the lines under it belong to.
    assert mend_copied_line("Closing summary | Closing summary |") == "Closing summary"
    assert mend_copied_line("10.32pm GMT | |") == "10.32pm GMT"
    assert mend_copied_line(" | Added in the new version |") == "Added in the new version"
    # A single word printed twice is mended only on a page that shows the viewer's habit elsewhere.
    from tui.core.model.text import mend_copied_lines

    viewer = ["6.01am GMT6.01am GMT", "06:0106:01", "SummarySummary", "Claire PhippsClaire Phipps", "MurmurMurmur"]
    assert mend_copied_lines(viewer) == ["6.01am GMT", "06:01", "Summary", "Claire Phipps", "Murmur"]
    assert mend_copied_lines(["SummarySummary", "Plain text."]) == ["SummarySummary", "Plain text."]
    # Left alone: a page title with bars inside, short repeats, words said twice.
    assert mend_copied_line("Live | World news | guardian.co.uk") == "Live | World news | guardian.co.uk"
    assert mend_copied_line("hahahahaha") == "hahahahaha"
    assert mend_copied_line("No, no.") == "No, no."


def test_a_label_fused_before_a_numbered_pages_title_is_a_label() -> None:
    from tui.core.parse.outlets.bbc.parser import parse_bbc

    page = [
        "  1. BreakingCabinet Office loses legal challenge over messages",
        "",
        "The Cabinet Office has lost its legal challenge, the court said.",
        "",
        "  2. AnalysisWhy is the government reluctant to hand them over?",
        "",
        "The Cabinet Office says the request goes too far.",
    ]
    feed = parse_bbc(page, "bbc.txt")
    assert [p.title for p in feed.posts] == [
        "Cabinet Office loses legal challenge over messages",
        "Why is the government reluctant to hand them over?",
    ]
    assert [[label.text for label in p.labels] for p in feed.posts] == [["Breaking"], ["Analysis"]]


def test_a_page_flattened_onto_one_line_gets_its_lines_back_and_says_so() -> None:
    from pathlib import Path

    from tui.core.parse.dump import parse_lines
    from tui.core.parse.unflatten import unflatten

    page = Path(__file__).parents[1] / "data" / "real_pages" / "gdn-14-politics-live-2011-06-20.txt"
    one_line = " ".join(page.read_text(encoding="utf-8").splitlines())
    feed = parse_lines([one_line], "flat.txt")
    assert [(p.stamp.hour, p.stamp.minute) for p in feed.posts if p.stamp] == [(8, 40), (8, 50), (9, 40)]
    assert any("flattened onto 1 line" in warning for warning in feed.warnings)
    # An ordinary dump, even with one long paragraph, is left alone.
    ordinary = ["5.09pm BST", "", "A long paragraph. " * 80, "", "Another line of the post."]
    assert unflatten(ordinary) == (ordinary, None)


def test_a_flattened_bbc_page_is_cut_after_each_title_stamp() -> None:
    from tui.core.parse.unflatten import unflatten

    flat = (
        "Summary  Media caption,  A question from the presenter  1. Leaders share a similar mindset - Starmer"
        "published at 11:48 Greenwich Mean Time 2 March Meloni and Starmer sit by a fireplace. " * 8
    )
    lines, warning = unflatten([flat])
    assert warning is not None
    assert "1. Leaders share a similar mindset - Starmerpublished at 11:48 Greenwich Mean Time 2 March" in lines
    assert "Meloni and Starmer sit by a fireplace." in lines


def test_a_date_only_a_copys_date_line_gives_is_a_guess_and_says_so() -> None:
    from tui.core.build.pipeline import assemble
    from tui.core.parse.dump import parse_lines
    from tui.core.stages.topics import Taxonomy

    page = [
        "2017-03-09",
        "",
        "Rolling coverage of the day’s political developments as they happen",
        "",
        "5.16pm GMT",
        "",
        "A reporter’s first paragraph of the newest post, long enough to be prose.",
    ]
    feed = parse_lines(page, "mirror.txt")
    assert feed.copy_dates and not feed.page_dates
    from tests.conftest import loaded_of

    timeline = assemble(loaded_of([feed]), None, Taxonomy([]))
    post = timeline.entries[0]
    assert post.published is not None and post.published.date().isoformat() == "2017-03-09"
    assert post.date_basis == "guessed"
    assert any("may be the copy's own date" in warning for warning in timeline.warnings)


def test_four_digit_times_fused_to_the_text_open_entries_but_years_and_zones_do_not() -> None:
    from tui.core.parse.outlets.bbc.times import clock_entries, clock_entry

    entry = clock_entry("0640Referring to the likely hung parliament, the leader says.")
    assert entry is not None and (entry[0].hour, entry[0].minute) == (6, 40) and entry[2].startswith("Referring")
    assert clock_entry("1930 BST") is None and clock_entry("1200GMT") is None
    assert clock_entry("2010 was the year of the hung parliament.") is None
    # Two lines opening with a year and a capital are not a page of entries; three fused times are.
    assert clock_entries(["2015 General election", "", "2017 General election"]) == []
    assert clock_entries(["0640Referring", "0639Mr Clegg says", "0638 The Deputy"]) == [0, 1, 2]


def test_a_minute_entry_under_its_time_line_is_one_post() -> None:
    page = [
        "12.05pm BST",
        "65 min: Hurst chests down a long pass on the edge of the area. Peters hoicks over the bar.",
        "12.04pm BST",
        "64 min: Beckenbauer takes a crack at a free-kick from 35 yards. That is astonishingly unrealistic.",
    ]
    feed = parse_guardian(page, "mbm.txt")
    assert [(p.stamp.hour, p.stamp.minute) if p.stamp else None for p in feed.posts] == [(12, 5), (12, 4)]
    assert [[label.text for label in p.labels] for p in feed.posts] == [["65 min"], ["64 min"]]


def test_a_copy_that_starts_with_the_lead_photo_keeps_it_out_of_the_posts() -> None:
    page = [
        "A banner in memory of those who died at the ground.",
        "A banner in memory of those who died at the ground. Photograph: A Photographer/Agency",
        "",
        "Afternoon summary",
        "",
        "The police have announced that they may ask the complaints commission to investigate.",
    ]
    feed = parse_guardian(page, "copy.txt")
    assert [p.title for p in feed.posts] == ["Afternoon summary"]
    assert not any("banner" in b.text for p in feed.posts for b in p.body)
    # A post that opens with a picture and then its own text is still a post.
    post_first = ["A post about the talks that opens with a full sentence of its own.", "More text follows here."]
    assert len(parse_guardian(post_first, "copy.txt").posts) == 1


def test_entries_run_together_on_one_line_are_cut_before_each_opening_time() -> None:
    """A copy that ran a whole live page onto one line: each ``1435:``, ``4.33pm:`` or
    ``5.58pm GMT17:58`` that opens an entry starts a post; a year with a colon in prose does not."""
    from tui.core.parse.dump import parse_lines

    bbc = (
        "LIVE TEXT (all times BST) Text us on 81111. 1512: Rain stops play at the ground. In 2010: nobody "
        'expected it. 1507: Covers on, umpires off. From Sam in Leeds: "Typical." 1501: Lunch is taken early '
        + "and the crowd drifts to the bar. "
        * 40
    )
    feed = parse_lines([bbc], "flat-bbc.txt")
    assert [p.stamp.text.rstrip(":") for p in feed.posts if p.stamp] == ["1512", "1507", "1501"]
    assert feed.posts[0].body[0].text.startswith("Rain stops play at the ground. In 2010: nobody")

    guardian = (
        "Clockwatch | A Writer • Email the writer • Follow the writer 3.58pm: Full-time at the Den, where the "
        "visitors hold on! 3.52pm: “Is this the longest stoppage time ever?” asks a reader. 3.47pm: A penalty. "
        + "It is saved, and the keeper is mobbed. "
        * 40
    )
    feed = parse_lines(["Home » Archives » Sport", "Clockwatch | A Writer", guardian], "flat-gdn.txt")
    assert [(p.stamp.hour, p.stamp.minute) for p in feed.posts] == [(15, 58), (15, 52), (15, 47)]
    assert [p.title for p in feed.posts] == [None, None, None]

    sniffer = (
        "Version 0 of 1. 6.02pm GMT18:02 Time to wrap up: the talks ended without a deal, and both sides "
        "will meet again tomorrow. 5.41pm GMT17:41 The minister has left the building "
        + "and said nothing to the waiting reporters. "
        * 40
    )
    feed = parse_lines(["Talks end without a deal – live updates", sniffer], "flat-sniffer.txt")
    assert [(p.stamp.hour, p.stamp.minute) for p in feed.posts] == [(18, 2), (17, 41)]


def test_a_quotations_lead_in_or_a_line_with_a_link_is_no_headline() -> None:
    from tui.core.parse.line_kinds import is_headline_shaped

    assert not is_headline_shaped("Analysts at one bank wrote")
    assert not is_headline_shaped("Another broker was less sure, saying the plan would")
    assert not is_headline_shaped("Here is the clip of the interview: http://t.co/abc123 - a short video")
    assert is_headline_shaped("Minister says talks will resume next week")
    assert is_headline_shaped("What the chancellor said")


def test_a_lead_photo_credited_in_brackets_is_the_pages_head() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Markets live: central bank chief vows to act",
        "",
        "Bank chief",
        "The governor of the central bank speaking in Frankfurt. (Jane Doe/AP)",
        "",
        "Sort by:",
        "",
        "That's all from us today. Markets closed higher after the speech.",
    ]
    feed = parse_lines(page, "credit.txt")
    assert len(feed.posts) == 1
    assert feed.posts[0].body[0].text.startswith("That's all from us today.")


def test_an_older_bbc_layouts_posted_at_line_stamps_the_post_and_its_share_menu_is_chrome() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Summary",
        "",
        "Talks are under way in the capital",
        "",
        "1. Posted at 9:059:05",
        "Convoy reaches the besieged town, officials say",
        "A convoy of 20 lorries has reached the town, local officials say.",
        "Aid workers are unloading food and medicine.",
        "",
        "AgencyCopyright: Agency",
        "Lorries at the checkpointImage caption: Lorries at the checkpoint",
        "Article share tools",
        "o",
        "Share this post",
        "Read more about these links.",
        "2. Posted at 8:418:41",
        "Minister to speak at noon",
        "",
        "The minister will give a statement at midday.",
    ]
    feed = parse_lines(page, "posted.txt")
    assert [(p.title, p.stamp.hour, p.stamp.minute) for p in feed.posts] == [
        ("Convoy reaches the besieged town, officials say", 9, 5),
        ("Minister to speak at noon", 8, 41),
    ]
    kinds = [(b.kind, b.text) for b in feed.posts[0].body]
    assert ("paragraph", "Aid workers are unloading food and medicine.") in kinds
    assert all("share" not in text.lower() and text != "o" for _, text in kinds)
    assert any(b.kind == "image" and b.credit == "Agency" for b in feed.posts[0].body)


def test_a_bbc_page_copied_with_one_numbered_post_is_that_post() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Live Reporting",
        "",
        "  1. Thanks for joining us",
        "",
        "    A bridge seen from the riverbank at dusk",
        "    Image caption: The bridge reopened this morning",
        "",
        "    We're pausing our live coverage here. Here is what happened today:",
        "",
        "    • The bridge reopened after two years",
        "    • Traffic is expected to be heavy",
    ]
    feed = parse_lines(page, "one.txt")
    assert feed.format == "bbc" and [p.title for p in feed.posts] == ["Thanks for joining us"]
    assert [b.kind for b in feed.posts[0].body][:3] == ["image", "caption", "paragraph"]


def test_guardian_wrap_ups_sign_offs_and_lists_are_not_cut_into_posts() -> None:
    """A closing round-up that moves between stories ("Elsewhere …", "Over in …"), a sign-off with
    thanks, and a list item carried on by "And …" stay in the post they are part of; a lead that
    names a spokesman and a clock time still starts one."""
    from tui.core.parse.dump import parse_lines

    page = [
        "Markets live: shares rally on bank pledge",
        "",
        "Sort by:",
        "",
        "And that brings to an end our live coverage on a busy day for the markets.",
        "",
        "It sent shares soaring, with traders cheering the pledge.",
        "",
        "Elsewhere a leading economist tweeted",
        "",
        "The pledge is mostly what was said last month, in a newspaper interview.",
        "",
        "Over in Athens the prime minister met European officials, who insisted he must deliver.",
        "",
        "Tomorrow, all eyes will be on the pledge again, when the first figures since it are out.",
        "",
        "Retail sales figures for the autumn are published, along with new inflation rates",
        "",
        "And factory output numbers for four countries are expected",
        "",
        "That's all from me. Thanks a lot for your comments.",
        "",
        "",
        "A spokesman for the stock exchange has said trading will open as normal at 8am tomorrow.",
    ]
    feed = parse_lines(page, "wrap.txt")
    assert [p.title for p in feed.posts] == [None, None]
    assert feed.posts[0].body[-1].text.startswith("That's all from me.")
    assert feed.posts[1].body[0].text.startswith("A spokesman for the stock exchange")


def test_a_broken_widgets_error_lines_above_a_copy_are_chrome() -> None:
    from tui.core.parse.dump import parse_lines

    error = (
        "The widget threw an exception while reading the message: the maximum length quota has been "
        "exceeded while reading the data. Line 2, position 33219."
    )
    page = [
        error,
        error,
        "Crowds outside the building. Photograph: A Photographer/Agency",
        "The protest is largely over, and I'm going to wrap up our live blog here.",
        "My thanks to you all for your comments and emails and for reading.",
    ]
    feed = parse_lines(page, "widget.txt", "guardian")
    texts = [b.text for p in feed.posts for b in p.body]
    assert texts[0].startswith("The protest is largely over")
    assert not any("exception" in t for t in texts)


def test_a_round_up_stays_whole_until_its_sign_off_and_the_post_after_it_is_its_own() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Floods – as they happened",
        "",
        "Time to wrap up the live blog for tonight. Here's what we've learned in the past few hours:",
        "",
        "The river peaked at 5.2 metres on Tuesday evening, the Environment Agency said.",
        "",
        "Rail operators have cancelled all services between the two cities until Thursday.",
        "",
        "The prime minister will visit the worst-hit towns tomorrow, Downing Street has announced.",
        "",
        "There will be more coverage on the website overnight. Thanks for reading.",
        "",
        "Before we wrap things up, here are two accounts of a night spent on the flood defences.",
        "",
        "The first is by a local reporter: A Night on the Wall",
        "",
        "The men on the sandbags had not slept since Sunday, and the water kept rising.",
    ]
    feed = parse_lines(page, "roundup.txt", "guardian")
    assert [p.body[0].text.split()[0] for p in feed.posts] == ["Time", "Before"]
    assert feed.posts[0].body[-1].text.endswith("Thanks for reading.")
    assert feed.posts[1].title is None and len(feed.posts[1].body) == 3


def test_head_furniture_between_the_headline_and_the_first_post_is_the_head() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Channel: A Writer | The Guardian",
        "",
        "Strikes across the country – as it happened",
        "",
        "$",
        "0",
        "",
        "• Schools and hospitals affected",
        "Click here for a summary of the day",
        "",
        "That's about it for tonight. The unions say more strikes will follow next month.",
    ]
    feed = parse_lines(page, "furniture.txt", "guardian")
    assert len(feed.posts) == 1 and feed.posts[0].title is None
    assert feed.posts[0].body[0].text.startswith("That's about it for tonight.")


def test_a_date_given_for_a_page_is_the_day_most_of_its_posts_fall_on() -> None:
    """A 2011 BBC page closes its day at 0000: with --date 2011-03-07, the entries before it are on
    the 7th and the closing one is past midnight."""
    from datetime import date

    from tests.conftest import loaded_of
    from tui.core.build.pipeline import assemble
    from tui.core.parse.dump import parse_lines
    from tui.core.stages.topics import Taxonomy

    page = [
        "Floods as it happened: Monday",
        "",
        "  • All times in GMT",
        "",
        "0000 That's where our live coverage ends for today.",
        "",
        "2354 The river has started to fall, the agency says.",
        "",
        "2346 Rail services will resume on Wednesday.",
        "",
        "2339 The prime minister says help is on its way.",
    ]
    feed = parse_lines(page, "day.txt")
    timeline = assemble(loaded_of([feed]), date(2011, 3, 7), Taxonomy([]))
    days = sorted((p.published.date(), p.stamp.text[:4]) for p in timeline.entries if p.published and p.stamp)
    assert days == [
        (date(2011, 3, 7), "2339"),
        (date(2011, 3, 7), "2346"),
        (date(2011, 3, 7), "2354"),
        (date(2011, 3, 8), "0000"),
    ]


def test_a_summary_heading_run_into_its_first_sentence_is_the_posts_title() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Talks end without a deal – live updates",
        "",
        "6.02pm GMT18:02",
        "",
        "Closing summary Time for a quick recap: the talks ended without a deal.",
        "",
        "5.41pm GMT17:41",
        "",
        "The summary of the report runs to 40 pages, officials said.",
    ]
    feed = parse_lines(page, "fused-summary.txt", "guardian")
    assert [(p.title, p.body[0].text[:14]) for p in feed.posts] == [
        ("Closing summary", "Time for a qui"),
        (None, "The summary of"),
    ]


def test_minute_by_minute_copies_related_links_short_headings_and_added_time() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "An Author's Blog, page 12",
        "",
        "Town 2-1 City: Cup final – as it happened",
        "",
        "Town came from behind to win the cup in the last minute",
        "",
        "5.09pm BST",
        "",
        "Related: Town win the cup with a late winner",
        "",
        "4.59pm BST",
        "",
        "Next up",
        "",
        "Related: Rovers v United: League – live!",
        "",
        "4.52pm BST",
        "",
        "90 min +3: The keeper makes another save, tipping the shot over the bar.",
        "",
        "4.50pm BST",
        "",
        "90+2 min A low shot from distance is blocked.",
    ]
    feed = parse_lines(page, "mbm.txt", "guardian")
    got = [(p.title, [label.text for label in p.labels], p.body[0].kind, p.body[0].text[:12]) for p in feed.posts]
    assert got == [
        (None, [], "link-out", "Related: Tow"),
        ("Next up", [], "link-out", "Related: Rov"),
        (None, ["90+3 min"], "paragraph", "The keeper m"),
        (None, ["90+2 min"], "paragraph", "A low shot f"),
    ]


def test_a_quoted_tweet_inside_a_timed_post_is_no_headline_and_a_standfirst_above_the_first_time_is_head() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Rolling coverage of the count, with the first results expected before midnight",
        "What the exit poll says",
        "12.15am BST",
        "The home secretary says she is puzzled by the exit poll.",
        "12.14am BST",
        "The party leader does not seem happy tonight.",
        "Odd interview with the party leader on TV at the count - walks off camera after two questions",
        "@reporter He didn't look like a man who'd won his seat just now...",
        "12.11am BST",
        "The count in the city is running late, officials say.",
    ]
    feed = parse_lines(page, "tweet.txt", "guardian")
    assert [(p.stamp.text if p.stamp else None, p.title) for p in feed.posts] == [
        ("12.15am BST", None),
        ("12.14am BST", None),
        ("12.11am BST", None),
    ]
    assert len(feed.posts[1].body) == 3


def test_a_bbc_embeds_label_is_not_the_posts_first_paragraph() -> None:
    from tui.core.parse.line_kinds import is_embed

    assert is_embed("Labour MP tweets...") and is_embed("The Conservative Party tweets…")
    assert not is_embed("The minister tweets that the vote will go ahead.")


def test_a_numbered_entry_with_no_time_is_a_readers_message_under_its_senders_name() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Live Reporting",
        "",
        "  1. 2133: ",
        "",
        "    The anthem is sung by a choir.",
        "",
        "  2.  ",
        "    Blanche, from Peterhead",
        "",
        '    texts: "What an opening!"',
        "",
        "  3. 2131: ",
        "",
        "    The guests arrive at the stadium.",
    ]
    feed = parse_lines(page, "texts.txt", "bbc")
    got = [(p.stamp.text if p.stamp else None, p.body[0].kind, p.body[0].text) for p in feed.posts]
    assert got == [
        ("2133:", "paragraph", "The anthem is sung by a choir."),
        (None, "paragraph", "Blanche, from Peterhead"),
        ("2131:", "paragraph", "The guests arrive at the stadium."),
    ]


def test_times_a_copy_broke_and_ran_into_its_lines_still_open_posts() -> None:
    """An aggregator's copy: a few lines of a few hundred characters, each time inside them
    written '05. 21 GMT'; the controls before a time are not the post's, the title's stamp still is."""
    from tui.core.parse.dump import parse_lines

    page = [
        "Talks live: leaders meet in Paris",
        "",
        "Show key events only Please turn on JavaScript to use this feature Live feed From 3h ago 05. 21 GMT "
        "The leaders have arrived at the palace, and the talks are due to begin within the hour, officials say. "
        + "The first session is expected to last two hours. "
        * 3,
        "Key events 2h ago Leaders arrive 3h ago Welcome Show key events only 15m ago 07. 57 GMT The first "
        "session has ended, and the leaders are taking a break before lunch, a spokesperson said. "
        + "More talks are expected this afternoon. "
        * 25,
    ]
    feed = parse_lines(page, "broken.txt", "guardian")
    assert [(p.stamp.hour, p.stamp.minute) for p in feed.posts if p.stamp] == [(5, 21), (7, 57)]


def test_over_by_over_entries_open_posts_and_mark_the_page_as_the_guardians() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "22nd over: Hosts 61-3 (Smith 20, Jones 4) A maiden. The bowler is getting some turn now.",
        "A reader writes in with a question about the light.",
        "21st over: Hosts 61-3 (Smith 20, Jones 4) Jones is off the mark with a nudge to leg.",
        "20th over: Hosts 60-3 (Smith 20, Jones 3) Drinks are taken after a tidy over.",
    ]
    feed = parse_lines(page, "obo.txt")
    assert feed.source == "guardian"
    firsts = [p.body[0].text[:20] for p in feed.posts]
    assert firsts == ["22nd over: Hosts 61-", "21st over: Hosts 61-", "20th over: Hosts 60-"]


def test_a_pictures_alt_text_just_above_its_caption_is_the_picture_not_the_posts_text() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Cup final – as it happened",
        "",
        "A last word from the captain",
        "",
        "We were pleased with how we played today.",
        "",
        "The captain speaks to the media at the end of play at the ground.",
        "The captain gets his chat on. Photograph: A Photographer/Agency",
        "",
        "Updated",
    ]
    feed = parse_lines(page, "alt.txt", "guardian")
    kinds = [(b.kind, b.text[:12]) for b in feed.posts[0].body]
    assert kinds == [("paragraph", "We were plea"), ("image", "The captain "), ("caption", "The captain ")]


def test_a_sports_exclamation_opens_a_post_and_a_sign_off_ending_bye_closes_one() -> None:
    from tui.core.parse.outlets.guardian.segment import is_continuation, lead_strength

    assert lead_strength("What a ball from the left-armer. The batter is bowled through the gate.") == 2
    assert lead_strength("WICKET! The opener edges behind.") == 2
    assert not is_continuation("What a save from the keeper.")
    assert is_continuation("What he did not say was whether the talks would resume.")

    from tui.core.parse.dump import parse_lines

    page = [
        "Cup final: day one – as it happened",
        "",
        "Closing thoughts: a fine day's cricket, with more in prospect tomorrow. Thanks for your company. Bye.",
        "",
        "And some end-of-play links for you to enjoy:",
        "",
        "Our correspondent's report from the ground is now live on the website.",
    ]
    feed = parse_lines(page, "bye.txt", "guardian")
    assert [p.body[0].text[:20] for p in feed.posts] == ["Closing thoughts: a ", "And some end-of-play"]


def test_a_bbc_pages_own_numbered_index_above_its_posts_is_not_its_posts() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "  1. Updates for Friday",
        "  2. Bridge reopens after repairs",
        "  3. Council tax to rise",
        "",
        "Live Reporting",
        "",
        "  1. Our live coverage across the day",
        "",
        "    That's all from us today, we'll be back on Monday.",
        "",
        "  2. Video content",
        "",
        "    Video caption: The bridge reopens",
        "",
        "    The bridge reopened this morning after two years of repairs.",
    ]
    feed = parse_lines(page, "index.txt", "bbc")
    assert [p.title for p in feed.posts] == ["Our live coverage across the day", None]
    assert [label.text for label in feed.posts[1].labels] == ["Video content"]
    assert not any("Council tax" in (p.title or "") for p in feed.posts)


def test_a_hard_wrapped_copy_is_joined_and_said_so_and_an_ordinary_dump_is_not() -> None:
    from tui.core.parse.unflatten import unflatten

    wrapped = [
        "Hello and thanks for joining us as we bring you live updates of the",
        "latest news from the summit and around the world.",
        "Here is a reminder of",
        "the top stories so far:",
        "The leaders have agreed",
        "a statement on trade, officials say, after talks that ran",
        "late into the night",
        "The next meeting will be held in the spring",
    ]
    lines, warning = unflatten(wrapped)
    assert warning is not None and "hard-wrapped" in warning
    joined = "Hello and thanks for joining us as we bring you live updates of the latest news from the summit"
    assert f"{joined} and around the world." in lines
    ordinary = ["12.15am BST", "The count is running late.", "12.11am BST", "Turnout is up, officials say."] * 3
    assert unflatten(ordinary) == (ordinary, None)


def _wrap(text: str, width: int) -> list[str]:
    """``text`` hard-wrapped at ``width`` as a terminal browser's dump or an e-mail wraps it."""
    import textwrap

    out: list[str] = []
    for line in text.split("\n"):
        out += (
            (textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [line])
            if len(line) > width
            else [line]
        )
    return out


_WRAPPED_PAGE = """Live Reporting

Edited by Jo Smith

All times stated are UK

  1. Leaders arrive for the talks at the palace this morningpublished at 09:12 British Summer Time 18 August

    The first of the European leaders have begun arriving at the palace for a day of talks that officials
    expect to run late into the evening, with the question of security guarantees at the top of the agenda.

    Security is tight around the building, and the road outside has been closed to traffic since dawn.

  2. What we know so farpublished at 08:40 British Summer Time 18 August

    Here is a reminder of where things stand as the day begins, with the leaders due to meet at ten o'clock
    and a joint statement expected in the afternoon if the talks go to plan, according to diplomats.

    The host has said the meeting is a chance to show that Europe can act together when it matters most.
"""


def test_a_copy_hard_wrapped_at_a_terminals_width_reads_as_the_page_itself() -> None:
    # A class of copies: `lynx -dump`, `w3m -dump`, an e-mail or a narrow terminal wraps every line at a width,
    # mid-sentence; each wrapped line read as a paragraph broke titles and made posts of continuations.
    from tui.core.parse.unflatten import wrap_width

    page = _WRAPPED_PAGE.split("\n")
    whole = parse_lines(page, "page.txt")
    for width in (60, 72, 80):
        wrapped = _wrap(_WRAPPED_PAGE, width)
        assert wrap_width(wrapped) == width
        feed = parse_lines(wrapped, "page.txt")
        assert [(p.title, p.stamp.text if p.stamp else None) for p in feed.posts] == [
            (p.title, p.stamp.text if p.stamp else None) for p in whole.posts
        ]
        assert [[b.text for b in p.body] for p in feed.posts] == [[b.text for b in p.body] for p in whole.posts]
        assert any(f"hard-wrapped at {width} characters" in w for w in feed.warnings)
    # the page itself, and an ordinary dump of short lines, are no wrapped copies
    assert wrap_width(page) is None
    ordinary = ["12.15am BST", "The count is running late.", "12.11am BST", "Turnout is up, officials say."] * 3
    assert wrap_width(ordinary) is None


def test_a_wrapped_copy_with_no_blank_lines_keeps_a_sentences_end_before_a_capital_as_a_paragraphs_end() -> None:
    # Paragraphs that follow each other with no blank line: a full line ending a sentence before a capital may
    # end a paragraph, so it is left one (the paragraphs' own line ends say the copy sets them apart so).
    from tui.core.parse.unflatten import unwrap, wrap_width

    paragraphs = [
        "The leaders are meeting at the palace this morning, officials said, and a statement is expected later.",
        "Security is tight around the building, where the road has been closed to traffic since dawn today.",
        "The first of the European leaders arrived shortly before nine o'clock, greeted by the host on the steps.",
        "Cameras flashed in the sunshine.",
        "Inside, the leaders took their seats around a long table in the state dining room for the first session.",
        "Officials said the talks on security guarantees would go on through lunch and into the late afternoon.",
    ]
    lines = _wrap("\n".join(paragraphs), 60)
    width = wrap_width(lines)  # the longest line's length: no line reached 60
    assert len(lines) > len(paragraphs) and width is not None and width <= 60
    assert unwrap(lines, width) == paragraphs
    # a separator line (the Guardian's "-" between key events) under a full line is a line of its own
    title = "White House eyeing Budapest for peace talks with Zelenskyy and Putin - report"
    assert unwrap([title, "-", "Nato chiefs to meet on Wednesday"], len(title) + 1) == [
        title,
        "-",
        "Nato chiefs to meet on Wednesday",
    ]


def test_a_copys_counters_and_teaser_above_the_post_are_head_not_posts() -> None:
    from tui.core.parse.dump import parse_lines
    from tui.core.parse.line_kinds import is_chrome

    assert is_chrome("Comments · 713 Views") and is_chrome("12 comments") and not is_chrome("Comments were closed.")
    page = [
        "Election live: results come in as counting continues - as it happen",
        "",
        "Comments · 713 Views",
        "",
        "Here’s a summary of the key events on a long night of cou.....somereader.",
        "",
        "Here’s a summary of the key events on a long night of counting across the country:",
        "",
        "  • The first results came in just before midnight",
    ]
    feed = parse_lines(page, "teaser.txt", "guardian")
    assert len(feed.posts) == 1
    assert feed.posts[0].body[0].text.endswith("across the country:")


def test_series_headlines_sign_offs_with_initials_and_tweets_split_over_lines() -> None:
    from tui.core.parse.line_kinds import is_embed, is_headline_shaped
    from tui.core.parse.outlets.guardian.head import is_headline

    assert is_headline("Minister to meet unions as strikes spread – UK politics live")
    assert is_headline("Leaders gather for the summit – Europe live")
    assert not is_headline_shaped("That's all from us for tonight. Thanks for the comments. AS")
    assert is_headline_shaped("Independence day was always important. Now it is a matter of survival")
    assert is_embed("Sid Lowe (@sidlowe)") and is_embed("January 31, 2014")


def test_a_standfirst_that_trails_off_and_an_uncredited_lead_photo_are_the_head() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Deadline day – as it happened",
        "",
        "Presenting the slow unfolding of a great day for one club and a bad one for another ...",
        "",
        "transfer blog",
        "Four new signings and one that got away: three out of four ain't bad",
        "",
        "Yep, it seems the last deal is off for sure. Thanks for your emails. Nighty night!",
        "",
        "The deal is off! The player has decided to stay put, according to reports.",
    ]
    feed = parse_lines(page, "head.txt", "guardian")
    assert [(p.title, p.body[0].text[:12]) for p in feed.posts] == [(None, "Yep, it seem"), (None, "The deal is ")]


def test_four_digit_times_without_a_colon_among_ones_with_it_open_entries_but_years_do_not() -> None:
    from tui.core.parse.dump import parse_lines

    line = (
        "Live coverage No need to reload page. 2330 The minister says the count is going well. 2329 The "
        "first result is due shortly, in a seat first won in 2010. In 2010 Labour held it. 2328: Turnout "
        "is said to be high. 2326: The results are projected onto a building near the count. "
        + "Counting goes on through the night. "
        * 5
    )
    feed = parse_lines(["Election night live", "", line], "bare.txt", "bbc")
    assert [p.stamp.text.rstrip(":") for p in feed.posts if p.stamp] == ["2330", "2329", "2328", "2326"]


def test_and_before_a_named_subject_and_its_verb_opens_another_item() -> None:
    from tui.core.parse.outlets.guardian.segment import is_continuation

    assert not is_continuation("And Sony has joined Disney and Warner by suspending the release of new films.")
    assert is_continuation("And the European Commission says it will respond.")
    assert is_continuation("And it was not the first time.")
    assert is_continuation("And there is more to come.")


def test_a_blog_run_from_two_places_keeps_the_pages_own_clock() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Talks – live updates",
        "",
        "3.08pm ET/8.08pm BST: Iran: Officials confirmed a new computer virus on Tuesday, the paper reports.",
        "",
        "6.05pm BST/1.05pm ET: Syria: The envoy has proposed a new deadline for a truce, officials said.",
        "",
        "5.40pm BST: Syria: Shelling continued through the afternoon, activists said.",
    ]
    feed = parse_lines(page, "zones.txt", "guardian")
    assert [(p.stamp.hour, p.stamp.minute, p.stamp.zone) for p in feed.posts] == [
        (20, 8, "BST"),
        (18, 5, "BST"),
        (17, 40, "BST"),
    ]


def test_a_numbered_summary_over_posts_with_no_numbers_is_the_summary() -> None:
    from tui.core.parse.dump import parse_lines
    from tui.core.parse.line_kinds import is_chrome

    assert is_chrome("---|---|") and is_chrome("| |")
    page = [
        "Summary",
        "",
        "  1. Dozens were killed in the attacks",
        "  2. All times in GMT",
        "",
        "Live Reporting",
        "",
        "By Ann Reporter, Bob Writer and Cat Editor",
        "",
        "Goodbye from us",
        "",
        "This brings to an end our live coverage of the day's events.",
        "",
        "Political implications",
        "",
        "Dan Correspondent",
        "",
        "BBC Radio 5live's Chief Political Correspondent, London",
        "",
        "Attention will soon turn to what the government does next.",
    ]
    feed = parse_lines(page, "summary.txt", "bbc")
    assert [p.title for p in feed.posts] == ["Goodbye from us", "Political implications"]
    assert [b.text for b in feed.summary][:2] == ["Dozens were killed in the attacks", "All times in GMT"]


def test_a_summarys_sign_off_tail_ends_it_and_the_posts_after_it_are_their_own() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Afternoon summary",
        "",
        "  • The minister set out three changes to her policy. (See 5.01pm.)",
        "  • Peers defeated the government on the trade bill. (See 5.11pm.)",
        "",
        "That’s all from me for tonight.",
        "",
        "Thanks for the comments.",
        "",
        "Here is the shadow minister on the decision to scrap the charge for settled status.",
        "",
        "Extraordinary that they now boast of scrapping it. It was their idea in the first place! #politics",
        "",
        "— someone (@someone) January 21, 2019",
        "",
        "Related: The charge for settled status is scrapped",
        "",
        "Earlier, the defence minister said the government should delay if it cannot get its deal through.",
    ]
    feed = parse_lines(page, "signoff.txt", "guardian")
    firsts = [p.body[0].text[:16] for p in feed.posts]
    assert firsts[:2] == ["The minister set", "Here is the shad"]
    assert all(not text.startswith(("That’s all", "Thanks for", "Extraordinary")) for text in firsts)


def test_a_copys_html_residue_and_read_more_furniture_are_chrome() -> None:
    from tui.core.parse.line_kinds import is_chrome

    assert is_chrome("p class=”block-time published-time”>")
    assert is_chrome("Read More Brexit: May at risk of fresh defeat as MPs debate withdrawal agreement for third time")
    assert is_chrome("Continue reading…") and is_chrome("Facebook Comments")
    assert not is_chrome("Read more on our main story here.")


def test_a_closing_notes_rundown_stays_in_the_closing_post() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Talks in the capital – as it happened",
        "",
        "We will be pausing our live coverage for the next few hours.",
        "",
        "Before we return, here is a comprehensive rundown of where things currently stand.",
        "",
        "  • The talks ended without a statement, officials said.",
        "  • A second round is due next week.",
    ]
    feed = parse_lines(page, "rundown.txt", "guardian")
    assert len(feed.posts) == 1 and len(feed.posts[0].body) == 4


def test_a_standfirst_set_apart_by_a_wide_gap_is_no_posts_title() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "A Writer, Another Writer and A Third",
        "",
        "Port under siege as lenders pledge $3bn – as it happened",
        "",
        "President gives his address as bombardment intensifies across the country",
        "  ",
        "  ",
        "",
        "Thank you for following all our live updates.",
        "",
        "We will be closing this blog and moving to the new page below.",
    ]
    feed = parse_lines(page, "gap.txt", "guardian")
    assert feed.posts[0].title is None
    assert feed.posts[0].body[0].text.startswith("Thank you for following")
    titled = [
        "Port under siege as lenders pledge $3bn – as it happened",
        "",
        "Leaders meet in the capital for talks",
        "",
        "The talks began this morning, officials said.",
    ]
    assert parse_lines(titled, "title.txt", "guardian").posts[0].title == "Leaders meet in the capital for talks"


def test_a_scrapers_date_before_the_first_line_is_the_copys_date_and_the_line_is_read_alone() -> None:
    from datetime import date

    from tui.core.parse.dump import parse_lines

    page = [
        " date 2019-10-19 Knife-edge vote expected as MPs decide on deal – live",
        "",
        "Rolling coverage of the day’s political developments as they happen",
        "",
        "9.30am BST",
        "",
        "Protesters are gathering in Westminster ahead of the vote.",
        "",
        "9.25am BST",
        "",
        "Politicians have been busy on social media this morning.",
    ]
    feed = parse_lines(page, "scraped.txt", "guardian")
    assert feed.copy_dates[:1] == [date(2019, 10, 19)]
    assert [(p.stamp.hour, p.stamp.minute) for p in feed.posts] == [(9, 30), (9, 25)]
    assert not any("date 2019" in (b.text or "") for p in feed.posts for b in p.body)


def test_bbc_entries_as_bullets_a_second_numbered_list_and_readers_names_over_their_messages() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Live: floods",
        "",
        "    1. 0646: A Correspondent Chief political correspondent, BBC Radio 4",
        "",
        "      The response has to be quicker tonight, ministers say.",
        "",
        "    2. Ann in Ealing",
        "",
        "      writes: The water is at our door and nobody has come.",
        "",
        "    3. 0628:",
        "",
        "      More on the roads: the A30 is closed in both directions.",
        "",
        "  1. 0614:",
        "",
        "    The prime minister arrives back at Number 10 in the early hours.",
    ]
    feed = parse_lines(page, "lists.txt", "bbc")
    got = [(p.stamp.text.rstrip(":") if p.stamp else None, p.title, p.body[0].text[:12]) for p in feed.posts]
    assert got == [
        ("0646", None, "The response"),  # the writer and role after the time are the entry's byline
        (None, None, "Ann in Ealin"),
        ("0628", None, "More on the "),
        ("0614", None, "The prime mi"),
    ]
    assert feed.posts[0].byline is not None and feed.posts[0].byline.name == "A Correspondent"
    bullets = [
        "Key points",
        "",
        "  • Streets are calm",
        "  • 2140:",
        "    The council leader says parents must act.",
        "  • 2138:",
        "    The MP says the police were prepared.",
    ]
    feed = parse_lines(bullets, "bullets.txt", "bbc")
    assert [p.stamp.text.rstrip(":").lstrip("• ") for p in feed.posts if p.stamp] == ["2140", "2138"]


def test_a_forums_own_lines_above_from_the_guardian_are_not_the_blogs() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Floods thread, August",
        "",
        "Stay safe, everyone! Thank you for the reports and links.",
        "",
        "From the Guardian:",
        "",
        "1.26pm: A reader has written a detailed account of the night on the flood defences.",
        "",
        "He writes of trying to comfort a neighbour whose house has flooded.",
    ]
    feed = parse_lines(page, "forum.txt", "guardian")
    assert len(feed.posts) == 1 and feed.posts[0].body[0].text.startswith("A reader has written")


def test_a_heading_under_a_bbc_entrys_time_is_its_title_but_a_source_line_is_not() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Cup latest scores",
        "",
        "As it happened",
        "",
        "  1. 1945: ",
        "    MANAGER REACTION- Rovers 0-2 United",
        "",
        '    The United manager: "We kept a clean sheet and that was the achievement tonight."',
        "",
        "  2. 1943: ",
        "    BBC Sport Chief Football Writer A Writer at the stadium",
        "",
        '    "The manager says the club will not sell its captain this summer, whatever is offered."',
        "",
        "  3. 1940: ",
        "",
        "    The final whistle goes and United are through to the final at Wembley.",
    ]
    feed = parse_lines(page, "cup.txt", "bbc")
    assert [(p.stamp.text.rstrip(": ") if p.stamp else None, p.title) for p in feed.posts] == [
        ("1945", "MANAGER REACTION- Rovers 0-2 United"),
        ("1943", None),
        ("1940", None),
    ]


def test_a_post_printed_a_minute_out_of_order_is_the_same_day_and_a_long_run_back_is_midnight() -> None:
    from tui.core.build.pipeline import build_timeline

    def days(clocks: list[str], tmp: str) -> list[str]:
        from pathlib import Path

        lines = ["Cup latest scores", "", "2 May 2013 Last updated at 14:35", "", "As it happened", ""]
        for n, clock in enumerate(clocks, 1):
            lines += [f"  {n}. {clock}: ", "", f"    Entry number {n} of the evening's text commentary, in full.", ""]
        path = Path(tmp) / "page.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        timeline = build_timeline([path], fmt="bbc", on_date=date(2013, 5, 2))
        return [post.published.date().isoformat() for post in sorted(timeline.entries, key=lambda p: p.page_index)]

    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        assert days(["1949", "1941", "1942", "1938"], tmp) == ["2013-05-02"] * 4
        assert days(["0010", "2350", "2340"], tmp) == ["2013-05-03", "2013-05-02", "2013-05-02"]


def test_two_whole_sentences_ending_in_a_question_are_prose_not_a_headline() -> None:
    assert not is_headline_shaped(
        "Sturridge stutters his run up and the keeper pushes the shot around the post! Why do they?"
    )
    assert is_headline_shaped("Ukraine’s independence day was always important. Now it is a matter of life and death")
    assert is_headline_shaped("Is this the end for the coalition?")


def test_an_untimed_copy_that_kept_the_pages_spacing_sets_posts_apart_by_a_wider_gap() -> None:
    page = [
        "Olympics rowing finals – live",
        "",
        "Bronze for Britain",
        "",
        "Germany seize back the lead with 400m to go and take gold, with Canada second.",
        "",
        "The crowd roar the British crew home, but it is not quite enough for silver today.",
        "",
        "",
        "",
        "With 800m to go Britain made a bold bid for the front and edged past Germany.",
        "",
        "",
        "Germany are still in front but just a quarter of a length clear of Great Britain.",
        "",
        "Men's eight final",
        "",
        "Germany are expected to be the crew to beat here, and Britain must keep in touch.",
        "",
        "Here is some video of the crews warming up on the lake this morning.",
        "",
        "",
        "They look sharp, and the full line-up is: Holland, Great Britain, USA, Germany, Canada and Australia.",
        "",
        "",
        "And the crews are now on the start line for the final of the day.",
        "",
        "Rowing report",
        "",
        "Our reporter has filed this report on Great Britain's historic triumph on the lake.",
    ]
    feed = parse_guardian(page, "rowing.txt")
    got = [(p.title, p.body[0].text.split()[0], len(p.body)) for p in feed.posts]
    assert got == [
        ("Bronze for Britain", "Germany", 2),
        (None, "With", 1),
        (None, "Germany", 1),
        ("Men's eight final", "Germany", 4),  # a dropped video under "Here is some video …"; "And …" leans back
        ("Rowing report", "Our", 1),
    ]


def test_a_lost_bbc_entry_between_skipping_numbers_and_a_pictures_name_at_an_entrys_end() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Saturday football",
        "",
        "As it happened",
        "",
        "  1. 19:49: ",
        "",
        "    Just the 24 goals this afternoon then. We will see you all tomorrow for more.",
        "",
        "",
        "    Get Involved- our page on Facebook",
        "",
        "    A Reader: Well done Swans!",
        "",
        "  3. 19:47: ",
        "",
        "    The manager says the confidence is the biggest thing for his players now.",
        "    The manager and his players",
        "  4. 19:45: ",
        "",
        "    Full-time at the stadium, and the home side win the derby with ease.",
    ]
    feed = parse_lines(page, "lost.txt", "bbc")
    got = [(p.stamp.text.strip().rstrip(":") if p.stamp else None, p.title, p.body[-1].kind) for p in feed.posts]
    assert got == [
        ("19:49", None, "paragraph"),
        (None, "Get Involved- our page on Facebook", "paragraph"),
        ("19:47", None, "image"),  # the picture's name the copy left over the next entry
        ("19:45", None, "paragraph"),
    ]


def test_an_uncredited_lead_photo_under_the_blogs_headline_is_head() -> None:
    page = [
        "London 2012 Olympics: day eight – as it happened",
        "",
        "Britain's Jessica Ennis celebrates",
        "Jessica Ennis wins Britain's first athletics gold in London since 1908. More followed...",
        "",
        "Football: GB out on penalties at the quarterfinal stage",
        "",
        "Pearce tries to gee his players up, but it's about two hours too late for that now.",
    ]
    feed = parse_guardian(page, "olympics.txt")
    assert [p.title for p in feed.posts] == ["Football: GB out on penalties at the quarterfinal stage"]


def test_a_sign_offs_quip_a_two_word_heading_and_a_quotation_after_a_colon() -> None:
    page = [
        "Olympics: day five – live",
        "",
        "Boxing night",
        "",
        "Victories for Ireland's boxer and Britain's boxer in the round of 16 tonight, both on points.",
        "",
        "On the BBC the cyclist has just stood up in the studio and shown his gold medal, a la John Lennon:",
        "",
        "As much as it would be an honor, I don't think I'll ever use it. I'll put it in a drawer. I'll always be Brad",
        "",
        "Phelps and his fan, the president",
        "",
        "Just got a pretty cool phone call on the way to the pool from the President today.",
        "",
        "That's it from me tonight. Thanks for all your emails, it's been a pleasure.",
        "",
        "Seriously, where's my car?",
        "",
        "",
        "Again the champion comes piling out and takes the final round, and the gold medal.",
    ]
    feed = parse_guardian(page, "day5.txt")
    got = [(p.title, p.body[0].text[:12], p.body[-1].text[:12]) for p in feed.posts]
    assert got == [
        ("Boxing night", "Victories fo", "As much as i"),  # the quotation after "a la John Lennon:" is no list
        ("Phelps and his fan, the president", "Just got a p", "Seriously, w"),  # the closing note's quip
        (None, "Again the ch", "Again the ch"),
    ]


def test_a_bbc_live_reporting_copy_with_short_titles_pictures_and_one_reporter() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Live Reporting",
        "",
        "By Ann Reporter",
        "",
        "All times stated are UK",
        "",
        "Good night!",
        "",
        "It's been a historic day with a record number of readers for the Business Live page.",
        "",
        "Flight to safety",
        "",
        "Gold bars",
        "Reuters",
        "",
        "Gold has jumped 5% to its highest level in more than three years as investors sought safety.",
        "",
        "Second referendum?",
        "",
        "A politician",
        "PA",
        "",
        "Is there a chance the country could face a second referendum on the same question?",
        "",
        "The politician was just one of the campaign's figures to raise that possibility.",
    ]
    feed = parse_lines(page, "business.txt", "bbc")
    got = [(p.title, [b.kind for b in p.body]) for p in feed.posts]
    assert got == [
        ("Good night!", ["paragraph"]),
        ("Flight to safety", ["image", "paragraph"]),
        ("Second referendum?", ["image", "paragraph", "paragraph"]),
    ]
    assert feed.posts[1].body[0].credit == "Reuters"
    assert any(part.text == "By Ann Reporter" for part in feed.page_parts)


def test_guardian_football_goal_headings_results_and_a_repeated_head() -> None:
    page = [
        "Premier League clockwatch – as it happened",
        "",
        "An action packed Sunday saw one striker destroy Fulham and Newcastle avoid relegation",
        "A striker",
        "Put on your red shoes. Photograph: A Photographer/Agency",
        "",
        "Premier League clockwatch – as it happened",
        "",
        "An action packed Sunday saw one striker destroy Fulham and Newcastle avoid relegation",
        "",
        "See ya!",
        "",
        "That's all from me folks. Thanks very much for all the tweets and emails.",
        "",
        "",
        "It's all over!",
        "",
        "QPR 1-2 Newcastle",
        "",
        "Norwich 4-0 WBA",
        "",
        "",
        "GOAL!!! West Bromwich Albion 1-3 Manchester City (Pantilimon og 85)",
        "",
        "What a day for the goalkeeper!",
        "",
        "So let's assume City, 3-0 up with time running out, are going to win today.",
    ]
    feed = parse_guardian(page, "clockwatch.txt")
    got = [(p.title, p.body[0].text[:12]) for p in feed.posts]
    assert got == [
        ("See ya!", "That's all f"),
        ("It's all over!", "QPR 1-2 Newc"),
        ("GOAL!!! West Bromwich Albion 1-3 Manchester City (Pantilimon og 85)", "What a day f"),
    ]


def test_a_goal_heading_run_into_its_text_and_a_blog_below_another_pieces_prose() -> None:
    from tui.core.parse.dump import parse_lines

    flat = [
        "Football clockwatch: Premier League - as it happened",
        "Version 0 of 1. 5.02pm GMT17:02 And that’s yer lot. Stick around for all the match reports. Cheers."
        " 4.48pm GMT16:48 Party time in Milton Keynes, as the Dons go 6-0 up against Oldham."
        " 4.45pm GMT16:45 GOAL! QPR 3-2 West Brom (Austin 86) And there’s the treble for Austin!"
        " A bullet header could well have given QPR a big win. Updated at 4.59pm GMT"
        " 4.38pm GMT16:38 All gone a bit quiet in the Premier League, goals-wise. A fine save.",
    ]
    feed = parse_lines(flat, "flat.txt", "guardian")
    assert [p.title for p in feed.posts] == [None, None, "GOAL! QPR 3-2 West Brom (Austin 86)", None]
    assert feed.posts[2].body[0].text.startswith("And there’s the treble")
    feedpage = [
        "A writer's blog, page 189",
        "",
        "The Newsletter | A seismic communiqué",
        "",
        "You'll have to forgive the newsletter for taking its eye off the ball over the last 24 hours, you see.",
        "",
        "Continue reading...",
        "",
        "Roma v Manchester City: Champions League – as it happened | A Writer",
        "",
        "City won in Rome to reach the knockout stages of the Champions League",
        "",
        "9.35pm GMT",
        "",
        "They've made an unnecessary drama of it, one could argue, but that'll make progress sweeter!",
    ]
    feed = parse_guardian(feedpage, "feed.txt")
    assert [p.body[0].text[:12] for p in feed.posts] == ["They've made"]


def test_a_diff_viewers_doubled_lines_a_later_standfirst_and_a_blog_hosts_comment_form() -> None:
    from tui.core.parse.dump import parse_lines
    from tui.core.parse.line_kinds import is_chrome

    standfirst = "All the latest as Britain gears up to leave the European Union at 11pm local time"
    page = [
        "Version 21 Version 22",
        "Brexit: countdown to the UK's departure from the EU – live news Brexit: countdown to the UK's departure "
        "from the EU – live news",
        "(32 minutes later)",
        standfirst + standfirst,
        "The UK’s flag has also been taken down at the EU Council building:",
        "The union flag flies alone in Brussels after the European flag was taken down before Brexit today."
        "The union flag flies alone in Brussels after the European flag was taken down before Brexit today.",
    ]
    feed = parse_lines(page, "diff.txt", "guardian")
    assert [p.title for p in feed.posts] == [None]
    assert feed.posts[0].body[0].text.startswith("The UK’s flag")
    assert feed.posts[0].body[-1].text.count("The union flag") == 1
    assert is_chrome("This site uses Akismet to reduce spam. Learn how your comment data is processed.")
    assert not is_chrome("This site uses cookies, the minister said, and that is the law now.")


def test_bbc_entries_under_a_capitalised_keyword_and_with_the_writer_after_the_time() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "As it happened: Budget day",
        "",
        "    0600: Ann Writer Business reporter, BBC News",
        "",
        "    Good morning. Today's Budget will be a Budget for the country, and we'll have full coverage.",
        "",
        "    BUDGET 06:03:",
        "",
        "    The chancellor will deliver a Budget for a resilient economy later, the BBC has learned.",
        "",
        "    OUTRAGE! 06:06: Radio 5 live",
        "",
        "    A banker says it is a bit hard to get excited by the Budget this year at all.",
    ]
    feed = parse_lines(page, "budget.txt", "bbc")
    got = [(p.title, p.byline.name if p.byline else None, [label.text for label in p.labels]) for p in feed.posts]
    assert got == [(None, "Ann Writer", []), ("BUDGET", None, []), ("OUTRAGE!", None, ["Radio 5 live"])]
    assert [p.body[0].text[:8] for p in feed.posts] == ["Good mor", "The chan", "A banker"]


def test_two_bbc_entries_whose_time_runs_into_the_text_are_entries() -> None:
    from tui.core.parse.outlets.bbc.times import clock_entries

    page = [
        "As it happened: the earthquake on Saturday",
        "",
        "2357That concludes our live coverage for day two. Join us shortly for day three.",
        "",
        "2352The navy's fleet is assisting with the rescue operation off the coast, a spokesman says.",
    ]
    assert clock_entries(page) == [2, 4]
    spaced = ["2015 General election results", "", "2016 Referendum results"]
    assert clock_entries(spaced) == []  # years with a space after them take three to be times


def test_bold_times_the_older_bbc_key_points_and_a_numbered_entry_on_a_long_line() -> None:
    from tui.core.parse import outlet
    from tui.core.parse.dump import parse_lines

    page = [
        "A blog's copy",
        "",
        "  • Violent clashes are continuing in the capital as the two sides throw stones at each other.",
        "  • Live page reporters: Ann Writer, Bob Writer and Cat Writer.",
        "  • All times in GMT.",
        "",
        "** 0055**",
        "",
        "tweets: “Just the fact that you are still tweeting from the square is very comforting to us all.”",
        "",
        "0052The newspaper spoke to a professor who took part in the protests in the square today.",
    ]
    assert outlet.detect(page).format == "bbc"
    feed = parse_lines(page, "bold.txt", None)
    assert [(p.stamp.hour, p.stamp.minute) for p in feed.posts if p.stamp] == [(0, 55), (0, 52)]
    long_entries = [
        "Arab regimes, a blog",
        "",
        '  1. 1831: A writer tweets: "Protesters have stormed the TV building and destroyed some equipment."',
        '  2. 1826: Some support for the regime from north of the border. "We believe the country is going to'
        ' overcome the current wave of demonstrations, but we have to look to the future," a magazine quotes'
        " a minister as saying.",
        "  3. 1817: From a correspondent in the capital: military helicopters are roaming the skies.",
    ]
    feed = parse_lines(long_entries, "numbered.txt", "bbc")
    assert [p.body[0].text[:10] for p in feed.posts] == ["A writer t", "Some suppo", "From a cor"]


def test_a_long_sentence_alone_under_a_guardian_time_is_the_posts_text() -> None:
    page = [
        "Referendum polling day – live",
        "",
        "11.39am BST",
        "",
        "My colleague is on the island, at the most northerly polling station in the country today.",
        "",
        "11.31am BST",
        "",
        "A reminder, as the votes are counted tonight, to keep up to date with the key question: Are we there yet?",
        "",
        "11.25am BST",
        "",
        "Our reporter is in Govan, Glasgow, hanging out with voters outside the polling station.",
    ]
    feed = parse_guardian(page, "polling.txt")
    assert [p.title for p in feed.posts] == [None, None, None]
    assert feed.posts[1].body[0].text.startswith("A reminder")


def test_a_syndicated_copys_own_stamp_dates_its_posts_across_midnight(tmp_path) -> None:
    from tui.core.build.pipeline import build_timeline

    page = [
        "Outbreak live news: cases reach every state",
        "",
        "Powered by Guardian.co.ukThis article titled “Outbreak like a nuclear explosion – as it happened” was"
        " written by A Writer (now), for theguardian.com on Thursday 19th March 2020 00.35 UTC",
        "",
        "12.34am GMT",
        "",
        "That’s it from this blog for today. We’ve started a new liveblog where you can keep up to date here:",
        "",
        "11.54pm GMT",
        "",
        "Reuters is reporting that 10,000 prisoners will be pardoned in honour of the new year on Friday.",
        "",
        "11.26pm GMT",
        "",
        "The fast food chain has closed all its restaurants until further notice, a spokesman said.",
    ]
    path = tmp_path / "syndicated.txt"
    path.write_text("\n".join(page), encoding="utf-8")
    for given in (None, date(2020, 3, 19)):
        timeline = build_timeline([path], fmt="guardian", on_date=given)
        days = [p.published.date().isoformat() for p in sorted(timeline.entries, key=lambda p: p.page_index)]
        assert days == ["2020-03-19", "2020-03-18", "2020-03-18"], given


def test_a_forums_furniture_and_a_forums_thread_title_are_not_the_blogs() -> None:
    from tui.core.parse import outlet
    from tui.core.parse.line_kinds import is_chrome

    assert is_chrome("Post by Kitkat Sat 21 Mar 2020, 18:35")
    assert is_chrome("Locked Re: CORONAVIRUS: Latest daily LIVE updates") and is_chrome("4 posters")
    assert is_chrome("Welcome to Krazy Kats - a friendly informal online community. Come and join us!")
    assert not is_chrome("Post by post, the minister went through the list of measures in 2020.")
    thread = ["    CORONAVIRUS: Latest daily LIVE updates", "", "Slovakia has registered 137 cases and no deaths."]
    assert outlet.detect(thread).format != "guardian" or not outlet.detect(thread).confident


def test_a_forum_members_own_line_over_a_quoted_bbc_page_is_not_a_post() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "A FORUM",
        "",
        "    Latest daily updates",
        "",
        "    Post by Member Sat 21 Mar 2020, 18:35",
        "",
        "    21st March updates continued ... (Part 2)",
        "",
        "    New prime minister appointed in a face mask",
        "",
        "    OK, they aren't quite two metres away from each other but you can't say they aren't being cautious.",
        "",
        "    US stimulus plan to top $2 trillion",
        "",
        "    The economic stabilisation bill will be worth over $2 trillion, an adviser says.",
    ]
    feed = parse_lines(page, "forum.txt", "bbc")
    assert [p.title for p in feed.posts] == [
        "New prime minister appointed in a face mask",
        "US stimulus plan to top $2 trillion",
    ]
    assert any(part.text.startswith("21st March updates") for part in feed.page_parts)


def test_a_feed_pages_next_item_after_continue_reading_is_not_the_blogs() -> None:
    from tui.core.parse.dump import parse_lines

    page = [
        "Coronavirus live news: the alert level rises",
        "",
        "8.14am BST",
        "",
        "The alert level has been raised for the capital, bringing in a two-week clampdown on gatherings.",
        "",
        "8.02am BST",
        "",
        "Good morning, I'm covering the global live blog today. If you have any tips, find me on twitter here.",
        "",
        "Thanks!",
        "",
        "Continue reading...",
        "",
        "News, sport and opinion from the...",
        "Universities fearful of extra student numbers if grades are high",
        "With teacher-assessed grades this summer expected to result in more top marks, universities worry.",
    ]
    feed = parse_lines(page, "feed.txt", "guardian")
    assert [p.body[0].text[:12] for p in feed.posts] == ["The alert le", "Good morning"]
    assert feed.posts[1].body[-1].text == "Thanks!"
    assert any(part.text.startswith("Universities fearful") for part in feed.page_parts)


def test_an_exclaimed_live_headline_is_the_blogs_and_an_exclamation_alone_under_a_time_is_text() -> None:
    from tui.core.parse.outlets.guardian.head import is_headline

    assert is_headline("World Cup 2018: Spain v Morocco – live!")
    assert not is_headline("Spain v Morocco: live and kicking on the terraces as fans arrive in Kaliningrad")
    page = [
        "World Cup 2018: Spain v Morocco – live!",
        "",
        "8.51pm BST",
        "",
        "The goal is given!",
        "",
        "8.50pm BST",
        "",
        "Morocco will be out whatever happens, but they are playing like a side with a point to prove.",
    ]
    feed = parse_guardian(page, "mbm.txt")
    assert [p.title for p in feed.posts] == [None, None]
    assert feed.posts[0].body[0].text == "The goal is given!"


def test_a_copy_retimed_to_another_zone_is_dated_on_the_outlets_day() -> None:
    """Times printed in a reader's zone ('12.41am AEST') on a page whose day is given: the day is the
    outlet's, so an Australian time after midnight is the London afternoon before, on that day."""
    from zoneinfo import ZoneInfo

    from tui.core.stages.dates import date_feeds

    page = [
        "Election 2015: Miliband pledges new homes – live",
        "",
        "12.41am AEST",
        "",
        "Andrew Neil's interviews have been among the highlights of the election.",
        "",
        "11.58pm AEST",
        "",
        "Ed Brown has got an interesting post about the stamp duty policy.",
    ]
    feed = parse_guardian(page, "copy.txt")
    dated = date_feeds([feed], override=date(2015, 4, 27)).feeds[0]
    london = [p.published.astimezone(ZoneInfo("Europe/London")) for p in dated.posts if p.published]
    assert [(t.date(), t.hour, t.minute) for t in london] == [(date(2015, 4, 27), 15, 41), (date(2015, 4, 27), 14, 58)]
    # Clocks in the outlet's own zone are walked as printed: across midnight, newest first, the day
    # most posts fall on being the page's.
    home = parse_guardian([line.replace("AEST", "BST") for line in page] + ["", "11.30pm BST", "", "Earlier."], "p.txt")
    dated = date_feeds([home], override=date(2015, 4, 27)).feeds[0]
    assert [p.published.date() for p in dated.posts if p.published] == [date(2015, 4, 28)] + [date(2015, 4, 27)] * 2


def test_a_writers_name_alone_under_a_posts_time_and_title_is_its_byline() -> None:
    page = [
        "3.29am BST",
        "Pound falls 6%",
        "Jill Treanor",
        "The pound has hit a new low for the night, down 6%.",
        "3.20am BST",
        "Henry McDonald",
        "Turnout in the Belfast constituencies is out and shows a split.",
        "3.10am BST",
        "This is from the academic Matthew Goodwin.",
        "Matthew Goodwin",
    ]
    feed = parse_guardian(page, "diff.txt")
    assert [(p.title, p.byline.name if p.byline else None) for p in feed.posts] == [
        ("Pound falls 6%", "Jill Treanor"),
        (None, "Henry McDonald"),
        (None, None),
    ]
    assert feed.posts[0].body[0].text.startswith("The pound has hit")
    assert feed.posts[2].body[-1].text == "Matthew Goodwin"


AS_IT_HAPPENED_2013 = [
    "Syria crisis: As it happened",
    "",
    "Key points",
    "",
    "  • Germany has ruled out participating in any military strike",
    "  • France's president says a UK vote does not change his resolve (All times BST)",
    "",
    "Live text",
    "",
    "",
    "  • Taylor Brown ",
    "  • Daniel Nasaw ",
    "",
    "Last updated 31 August 2013",
    "",
    "",
    "Hello, and welcome to our live coverage of the crisis in Syria.",
    "",
    "",
    "Hassan Hassan, Abu Dhabi",
    "",
    "tweets: The irony of the British parliament striking down the strikes is plain.",
    "",
    "",
    "Conservative MP Richard Bacon tells the BBC he does not think the PM was humiliated.",
    "",
    "TWEET 1021",
    "",
    "Some tweets from Prime Minister David Cameron about the UK's approach.",
    "",
    "BUDGET 2014",
    "",
    "The chancellor has been speaking about the year ahead.",
]


def test_an_as_it_happened_page_that_lost_its_time_column_parts_entries_by_their_wider_gaps() -> None:
    """Untimed entries apart by two blank lines (one inside them), a time kept only after a capitalised
    keyword ('TWEET 1021', never a year: 'BUDGET 2014'), a sender over what they sent, the page's
    'Live text' heading and date line as furniture."""
    from tui.core.parse import outlet
    from tui.core.parse.outlets.bbc.parser import parse_bbc

    assert outlet.detect(AS_IT_HAPPENED_2013).format == "bbc"
    feed = parse_bbc(AS_IT_HAPPENED_2013, "2013.txt")
    assert [(p.title, p.stamp.text if p.stamp else None, p.body[0].text[:20]) for p in feed.posts] == [
        (None, None, "Hello, and welcome t"),
        (None, None, "Hassan Hassan, Abu D"),
        (None, None, "Conservative MP Rich"),
        ("TWEET", "1021", "Some tweets from Pri"),
        ("BUDGET 2014", None, "The chancellor has b"),
    ]
    parts = [part.text for part in feed.page_parts]
    assert "Live text" in parts and "Last updated 31 August 2013" in parts


def test_an_older_guardian_blogs_head_first_time_note_and_untimed_closing_posts() -> None:
    """A 2012 headline ending in its weekday without a year is the page's; '(all times GMT)' after the
    first post's time is the page's note, not the post's words; and, untimed, the closing note is a post
    of its own and a post that ends by pointing to a dropped link ('Eight others here.') ends there."""
    page = [
        "Syria: attack on Homs continues as Assad talks of dialogue - Tuesday 7 February",
        "",
        "• Bombardment of Homs continues for fourth day",
        "",
        "Read a summary of today's events",
        "",
        "8.21am: (all times GMT) Welcome to Middle East Live. The Russians are due in Damascus today.",
    ]
    feed = parse_guardian(page, "2012.txt")
    assert [(p.stamp.text if p.stamp else None, p.body[0].text[:20]) for p in feed.posts] == [
        ("8.21am", "Welcome to Middle Ea")
    ]
    untimed = [
        "We're going to wrap up our live blog for the day. The latest summary of the day's developments is here.",
        "",
        "The Global Post has more interviews with Syrians talking about potential American military strikes:",
        "",
        "Abdul Aziz, a banker, said everyone he knows in Damascus is divided over the prospect.",
        "",
        "Eight others here.",
        "",
        "The Syrian foreign ministry calls US secretary of state John Kerry's case against Assad lies.",
    ]
    assert _guardian_openings(untimed, "2013.txt") == [
        "We're going to wrap ",
        "The Global Post has ",
        "The Syrian foreign m",
    ]


def test_a_2015_bbc_sport_page_with_post_update_headings_a_scorecard_and_lost_entries() -> None:
    """'Post update' is the layout's generic heading (no title of the post's own); a scorecard's lines are text, not a
    picture's name; numbers that skip three (1, then 5) keep the one lost entry a wider gap sets apart."""
    from tui.core.parse.outlets.bbc.parser import parse_bbc

    page = [
        "  1. Post update",
        "",
        "    And that is where we shall leave it.",
        "",
        "  2. Close-of-play scorecard",
        "",
        "    Mitchell Marsh",
        "",
        "    England 107-8 (40 overs) - trail by 374 runs",
        "",
        "    Batsmen: Moeen 8*, Wood 8*",
        "",
        "  3. Post update",
        "",
        "    Has an Ashes series ever been completed with every match failing to get to the final day?",
    ]
    feed = parse_bbc(page, "2015.txt")
    assert [(p.title, p.title_generic) for p in feed.posts] == [
        ("Post update", True),
        ("Close-of-play scorecard", False),
        ("Post update", True),
    ]
    scorecard = feed.posts[1]
    assert [(b.kind, b.text[:12]) for b in scorecard.body] == [
        ("image", "Mitchell Mar"),
        ("paragraph", "England 107-"),
        ("paragraph", "Batsmen: Moe"),
    ]
    lost = [
        "  1. 1946: ",
        "",
        "    The good news for England's batsmen is that the sun is set to shine all day tomorrow.",
        "",
        "",
        "    Jack Willows: It's hard to believe that this is about to become the second highest stand.",
        "",
        "  5. 1940: ",
        "",
        '    Australia batsman Steve Smith on TMS: "I was a bit nervous after getting out for 89."',
    ]
    feed = parse_bbc(lost, "2013.txt")
    assert [(p.stamp.text if p.stamp else None, p.body[0].text[:12]) for p in feed.posts] == [
        ("1946:", "The good new"),
        (None, "Jack Willows"),
        ("1940:", "Australia ba"),
    ]


def test_a_guardian_page_opening_on_its_lead_photo_and_a_round_up_ended_by_a_wider_gap() -> None:
    """A headline and standfirst over the lead photo's alt text and caption are the page's head even
    when the headline lost its '– live'; a closing round-up's bullets end where a wider gap than any
    inside it sets the next post apart."""
    page = [
        "Russia vetoes Crimea motion as Kiev claims it repelled Russian troops",
        "",
        "The defence ministry says soldiers repelled a Russian attempt to infiltrate its territory.",
        "",
        "People speak in front of a placard depicting the Russian president.",
        "People speak in front of a placard depicting the Russian president. Photograph: A Photographer/AFP",
        "",
        "",
        "We’re wrapping up the liveblog for the time being. Before we go, here’s a summary of the main events.",
        "",
        "  • Russia vetoed a UN security council motion declaring the Crimea referendum invalid.",
        "  • Ukraine said it repelled a detachment of Russian troops in southern Ukraine.",
        "",
        "",
        "Film maker Antony Butts has been following a Tatar television news team in Simferopol.",
    ]
    feed = parse_guardian(page, "2014.txt")
    assert [p.body[0].text[:12] for p in feed.posts] == ["We’re wrappi", "Film maker A"]
    assert any(part.text.startswith("Russia vetoes Crimea") for part in feed.page_parts)


def test_a_2010_guardian_post_opening_with_a_24_hour_time_under_the_share_bar() -> None:
    """'21:30 Join …' opens a timed post (a lone '21:30 BST' stays a time line), and the 2009-2011
    share bar under the standfirst ('• theguardian.com,', '• Jump to comments ()') is furniture."""
    page = [
        "UK election night LIVE: Instant comment on results from our columnists",
        "",
        "Join the debate on election night – read our columnists' opinions",
        "  • theguardian.com,",
        "  • Jump to comments ()",
        "Polling station",
        "UK election night live: join the debate. Photograph: Jon Super/PA",
        "",
        "21:30 Join Comment is free for live election comment tonight.",
        "",
        "Before 1am",
        "",
        "• Sunderland Central",
    ]
    feed = parse_guardian(page, "2010.txt")
    assert [(p.stamp.text if p.stamp else None, p.body[0].text[:12]) for p in feed.posts] == [("21:30", "Join Comment")]
    assert feed.posts[0].body[-1].text == "Sunderland Central"
    lone = parse_guardian(["21:30 BST", "", "The polls have closed and the count begins now."], "t.txt")
    assert [(p.stamp.text if p.stamp else None, p.body[0].text[:8]) for p in lone.posts] == [("21:30 BST", "The poll")]


def test_a_post_the_copy_printed_twice_in_a_row_is_one_post() -> None:
    from tui.core.parse.dump import parse_lines

    post = ["9am: Morning all. Here's some early news:", "", "Schalke have signed a Dutch striker from Milan.", ""]
    page = ["Transfer deadline day - as it happened", "", *post, *post, "8.50am: An earlier post about Celtic.", ""]
    feed = parse_lines(page, "twice.txt", "guardian")
    assert [p.body[0].text[:12] for p in feed.posts] == ["Morning all.", "An earlier p"]
    assert any("printed twice" in warning for warning in feed.warnings)


def test_a_key_events_index_without_its_heading_and_a_name_given_by_its_initials() -> None:
    """Lines of a time, its 24-hour twin and a title above the first post are the blog's key events
    (one a question is no post's text); a paragraph naming by its initials what the one before spelt
    out ('… Union …' / 'NTEU president …') carries that post on."""
    page = [
        "8.20pm EST20:20 Federal judge denies Trump motion to stop counting votes in Philadelphia",
        "8.01pm EST20:01 When will we know the US election result?",
        "9.59pm EST21:59",
        "On Fox News, the Republican senators have been spreading the president's false narrative.",
    ]
    feed = parse_guardian(page, "us.txt")
    assert [(p.stamp.text if p.stamp else None, p.body[0].text[:10]) for p in feed.posts] == [
        ("9.59pm EST21:59", "On Fox New")
    ]
    assert sum(1 for part in feed.page_parts if "EST20:" in part.text) == 2
    untimed = [
        "We'll be back first thing tomorrow. Thanks for reading.",
        "",
        "The National Tertiary Education Union has been appointed to a reference group reviewing universities.",
        "",
        "NTEU president Dr Alison Barnes will represent the union on the group, the minister said.",
    ]
    feed = parse_guardian(untimed, "au.txt")
    assert [p.body[0].text[:12] for p in feed.posts] == ["We'll be bac", "The National"]
    assert feed.posts[1].body[-1].text.startswith("NTEU president")


def test_an_over_by_over_reports_head_and_preamble() -> None:
    """'… - over-by-over report' is the page's headline; short lines under it (a standfirst, a photo's name
    and caption) are head when a post marker follows ('Preamble: …' opens the first post), but sentences
    ending in a full stop are a post's text."""
    page = [
        "Australia v World XI - over-by-over report",
        "",
        "Australia 328-4; World XI 273 all out - Australia win by 58 runs (and the series 2-0)",
        "Nice one, Shane!",
        "Nice one Shane! (thanks to Matt Goodison)",
        "",
        "Preamble: Good morning, everyone. Can the World XI make a match of this?",
        "",
        "1st over: World XI 5-0 (Gayle 1, Sehwag 4) Brett Lee opens the bowling.",
    ]
    feed = parse_guardian(page, "obo.txt")
    assert [p.body[0].text[:12] for p in feed.posts] == ["Preamble: Go", "1st over: Wo"]
    closing = [
        "Zelenskiy promises to work for new sanctions against Russia – as it happened",
        "",
        "We will now be closing this blog and moving our coverage to a new liveblog.",
        "",
        "Summary",
        "",
        "Here is where things stand.",
    ]
    assert parse_guardian(closing, "c.txt").posts[0].body[0].text.startswith("We will now be closing")


def test_a_readers_contribution_label_over_a_2011_bbc_entry_is_furniture() -> None:
    from tui.core.parse.outlets.bbc.lines import is_chrome

    assert is_chrome("e-mail sent in by reader") and is_chrome("Text sent in by reader")
    assert not is_chrome("An e-mail sent in by a reader in Sendai says the city is quiet.")


def test_a_picture_name_under_an_entrys_time_and_a_two_word_heading_over_a_lead_in() -> None:
    """Under a 2013 BBC entry's time, a line whose text below points at 'this picture' is the picture's
    name, not the title; an untimed Guardian two-word heading over a short lead-in ending in a colon is a
    headline."""
    from tui.core.parse.outlets.bbc.parser import parse_bbc

    page = [
        "  1. 2020: ",
        "",
        "    Kristina Mladenovic and Daniel Nestor win the mixed doubles title.",
        "",
        "  2. 2011: ",
        "    Fans on Henman Hill",
        "",
        "    Have a closer look at this picture. The security guard on the left is in vain.",
    ]
    feed = parse_bbc(page, "2013.txt")
    assert feed.posts[1].title is None
    assert feed.posts[1].body[-1].text.startswith("Have a closer look")
    untimed = [
        "So this weirdest and wackiest of Wimbledons ends in the most wonderful way. Bye.",
        "",
        "",
        "Some reading",
        "",
        "Here's Simon Cambers's match report for you:",
        "",
        "Seventy-seven years of pain were wiped away in just over three hours on Sunday.",
    ]
    feed = parse_guardian(untimed, "gdn.txt")
    assert [p.title for p in feed.posts] == [None, "Some reading"]


def test_an_embedded_tweets_text_is_no_headline() -> None:
    """The lines of a quoted tweet over its attribution line ('— Name (@handle) date') are the tweet's
    text inside the post, not a new post's headline."""
    page = [
        "11.00pm BST",
        "",
        "The first of Tuesday's front pages are coming in, with Theresa May dominating the coverage.",
        "",
        "That was quick",
        "Tomorrow's Guardian",
        "",
        "— Paul johnson (@paul__johnson) July 11, 2016",
        "",
        "10.50pm BST",
        "",
        "The Scottish Conservative leader has offered the new leader her support.",
    ]
    feed = parse_guardian(page, "tweets.txt")
    assert [p.title for p in feed.posts] == [None, None]
    assert [b.text for b in feed.posts[0].body][1:3] == ["That was quick", "Tomorrow's Guardian"]


def test_a_flattened_bbc_copy_runs_stamps_and_embed_furniture_into_the_next_line() -> None:
    """A post's stamp printed again under its title ('09:41 GMT 23 March 2017') and an embed's 'End of
    twitter post' run into the next title or text are taken off it; in a copy with no stamps at all,
    'Breaking' run into a title is its label and a quoted title over a lead-in to a dropped tweet
    ('MPs tweet...') is a title."""
    from tui.core.parse.outlets.bbc.parser import parse_bbc

    page = [
        "Minute's silence observed at Scotland Yardpublished at 09:41 Greenwich Mean Time 23 March 2017",
        "09:41 GMT 23 March 2017MPs in seats ahead of minute's silence"
        "published at 09:32 Greenwich Mean Time 23 March 2017",
        "End of twitter postBridge scene of close investigationpublished at 09:30 Greenwich Mean Time 23 March 2017",
        "09:30 GMT 23 March 2017Dr Tony Joy of London's Air Ambulance spoke to BBC Breakfast about the scene.",
    ]
    feed = parse_bbc(page, "flat.txt")
    assert [p.title for p in feed.posts] == [
        "Minute's silence observed at Scotland Yard",
        "MPs in seats ahead of minute's silence",
        "Bridge scene of close investigation",
    ]
    assert feed.posts[2].body[0].text.startswith("Dr Tony Joy")
    degraded = [
        "- A police officer has died after being stabbed outside the Houses of Parliament",
        "BreakingFour people dead, police confirm",
        "Four people died in the attack, police have confirmed.",
        "'Utterly devastating'",
        "MPs tweet...",
        "MP tells of shutting Westminster Tube",
        "Labour MP Mary Creagh arrived at the scene shortly after the incident.",
    ]
    feed = parse_bbc(degraded, "archive.txt")
    assert [(p.title, [label.text for label in p.labels]) for p in feed.posts] == [
        ("Four people dead, police confirm", ["Breaking"]),
        ("'Utterly devastating'", []),
        ("MP tells of shutting Westminster Tube", []),
    ]


def test_a_feed_items_copy_with_leaked_time_markup_and_a_read_more_link() -> None:
    """A cheap host's re-post of a Guardian Australia feed item: the standfirst ending 'All the day's
    events, live' is head; the post-time markup leaked as text ('p class=”block-time published-time”>')
    opens the next post; the host's 'Read More <headline> – politics live' under the item is no headline
    of the blog (the page must not be read as all head)."""
    page = [
        "The 2019 Australian election campaign is about to begin. All the day’s events, live",
        "",
        "The prime minister is heading back to parliament house. We’ll no doubt hear from him very soon.",
        "",
        "p class=”block-time published-time”>",
        "",
        "Scott Morrison has just left Government House. No tea, by how quick that visit was.",
        "",
        "Continue reading…",
        "",
        "Read More Australian election campaign 2019 about to get under way – politics live",
    ]
    feed = parse_guardian(page, "host.txt")
    assert [p.body[0].text[:12] for p in feed.posts] == ["The prime mi", "Scott Morris"]


def test_a_long_statement_ending_on_the_question_it_names_is_no_headline():
    assert not is_headline_shaped(
        "Class, the leftwing, union-backed thinktank, has published a series of essays on the subject, Does the "
        "EU work for working class people?"
    )
    assert is_headline_shaped("Will Trump meet Putin in Budapest before the end of the year?")


def test_the_untimed_items_of_a_list_of_clock_entries_are_entries() -> None:
    """A forum's copy of an older BBC page prints each entry as a list item ("  • 2331: …") and adds items
    of its own with no time between them: each item is an entry; items a line ending with a colon
    introduces stay in that entry.  (The bullet before the time is the line's start: the page was not
    flattened.)"""
    long = " ".join(["The rescue teams worked through the night in the cold."] * 4)
    page = [
        "Day Two of the storm and no sign of it easing",
        "",
        "Since Friday the coast has been battered by high winds and rain.",
        "",
        f"  • 2331: {long}",
        "",
        "  • A new warning has been issued for the north.",
        "",
        f"  • 0030: {long} Officials listed the closures:",
        "",
        "  • The coast road",
        "",
        "  • The ferry port",
        "",
        "  • 0058: More on those figures from the police.",
    ]
    feed = parse_lines(page, "forum.txt")
    assert not feed.warnings  # not read as a flattened page
    assert [(p.stamp.text if p.stamp else None, p.body[0].text[:12]) for p in feed.posts] == [
        ("2331:", "The rescue t"),
        (None, "A new warnin"),
        ("0030:", "The rescue t"),
        ("0058:", "More on thos"),
    ]
    assert [b.text for b in feed.posts[2].body[1:]] == ["The coast road", "The ferry port"]


def test_a_version_viewers_changed_time_line_prints_both_sides() -> None:
    """A diff viewer prints a changed time line's old and new sides on one line ("3.53am BST 4.29am BST",
    "03:53 04:29"): the post under it opens at the old side's time."""
    page = [
        "Version 10 Version 11",
        "Referendum results – live Referendum results: turnout high – live",
        "(35 minutes later)",
        "3.53am BST 4.29am BST",
        "03:53 04:29",
        "Remain source says it looks 'very tough from here'",
        "3.52am BST",
        "03:52",
        "Benn says the prime minister will have to resign",
        "Hilary Benn has said David Cameron will have to resign if the UK votes to leave.",
    ]
    feed = parse_lines(page, "diff.txt", "guardian")
    assert [(p.stamp.text if p.stamp else None, p.title) for p in feed.posts] == [
        ("3.53am BST", "Remain source says it looks 'very tough from here'"),
        ("3.52am BST", "Benn says the prime minister will have to resign"),
    ]


def test_a_feed_items_headline_ending_comma_as_it_happened_is_the_blogs_head() -> None:
    """A book site's feed prints an article, then "Continue reading..." run into the next item's date, then
    the blog: its headline ends ", as it happened", and it and its standfirst are head, not a post."""
    article = "It is a relatively new experience, this, watching the club celebrate the championship again."
    page = [
        "A writer's blog, page 183",
        "May 7, 2015",
        "A brief history of the champions",
        "The curious fan's guide to the best teams in England",
        f"{article} Before the manager arrived in 2004 they had won the title only once, back in 1955.",
        "Continue reading...May 5, 2015",
        "Juventus v Real Madrid: Champions League semi-final, as it happened",
        "A second-half penalty gave Juve the edge in the first leg against the European champions.",
        "9.37pm BST",
        "Kroos, from the right, sends a free kick straight down Buffon's throat.",
        "9.36pm BST",
        "90 min: There will be three added minutes.",
    ]
    feed = parse_lines(page, "feed.txt", "guardian")
    assert [(p.stamp.text if p.stamp else None, p.title) for p in feed.posts] == [
        ("9.37pm BST", None),
        ("9.36pm BST", None),
    ]


def test_a_posts_start_that_nothing_printed_marks_is_unsure() -> None:
    """#28: where the page prints nothing to mark a new post, the parser says its cut is a guess (the text is
    all kept).  The bundled Guardian dump prints no times and no blank lines: a post cut out of a run of
    paragraphs ("Turkish foreign minister Hakan Fidan …" under the EU's "stop the killing" post) is unsure;
    a post under its own headline, or after an "Updated" line, is not."""
    feed = parse_lines(read_lines(seed("003"))[0], "003.txt")
    by_start = {post.body[0].text[:30]: post for post in feed.posts if post.body}
    assert by_start["Turkish foreign minister Hakan"].start_unsure
    assert by_start["The EU has dropped its calls f"].start_unsure
    titled = [post for post in feed.posts if post.title]
    assert titled and not any(post.start_unsure for post in titled)
    assert 0 < sum(post.start_unsure for post in feed.posts) < len(feed.posts) // 2


def test_a_copy_with_no_numbers_or_times_and_a_flattened_page_mark_their_starts_unsure() -> None:
    degraded = [
        "Live Reporting",
        "",
        "Deaths rise in the UK",
        "",
        "A further six people with coronavirus in Scotland have died, taking the total there to 22.",
        "",
        "Antibody test 'available within days'",
        "",
        "The public will soon be able to conduct antibody tests at home, a health official says.",
    ]
    feed = parse_lines(degraded, "copy.txt", "bbc")
    assert len(feed.posts) == 2 and all(post.start_unsure for post in feed.posts)
    sentence = "The rescue teams worked through the night in the cold and the rain."
    flattened = [
        f"Storm live {sentence} {sentence} 5.09pm BST A new warning has been issued. {sentence} {sentence} "
        f"4.30pm BST The coast road is closed. {sentence} {sentence} {sentence} {sentence} {sentence}"
    ]
    feed = parse_lines(flattened, "flat.txt", "guardian")
    assert feed.warnings and "flattened" in feed.warnings[0]
    assert feed.posts and all(post.start_unsure == (post.stamp is None) for post in feed.posts)
    assert any(post.stamp is not None for post in feed.posts)


def test_a_degraded_business_live_copy_with_a_byline_first_pictures_and_broken_lines() -> None:
    """A BBC Business Live copy with no numbers or times: the writer and role under 'Live Reporting' open the
    first post (there is no summary); a heading over a picture's name of six words, then the text; a heading
    over a paragraph the copy broke after a sentence ('… in midday trading. The'); a short heading over the
    copy's last line, cut off."""
    page = [
        "Live Reporting",
        "",
        "By Ann Writer",
        "",
        "Ann Writer",
        "",
        "Business reporter, BBC News",
        "",
        "That is all from Business Live today. We are back tomorrow from six sharp.",
        "",
        "US on Greece",
        "",
        "The finance minister with his Irish counterpart",
        "",
        "The US Treasury Secretary has been on the phone to the Greek finance minister about the debt talks.",
        "",
        "Markets update",
        "",
        "Wall Street remains lower in midday trading. The",
        "",
        "Dow Jones is down 0.16% at 18,018.45 points.",
        "",
        "Markets update",
        "",
        "FTSE 100 ended",
    ]
    feed = parse_lines(page, "business.txt", "bbc")
    assert [(p.title, p.byline.name if p.byline else None) for p in feed.posts] == [
        (None, "Ann Writer"),
        ("US on Greece", None),
        ("Markets update", None),
        ("Markets update", None),
    ]
    assert feed.posts[1].body[0].kind == "image" and not feed.summary


def test_a_long_upper_case_labelled_heading_under_a_bbc_time_is_its_title_and_a_fused_video_label_is_not() -> None:
    """Batch AX (BBC Sport's 2012 Olympics live text): "BRONZE MEDAL- Great Britain (Men's team gymnastics)"
    under an entry's time is its title however long it is, as "MANAGER REACTION- …" is; "Live now, the North
    Greenwich ArenaKEY MOMENT" is the entry's video label: neither its title nor its first words."""
    page = [
        "London 2012 Olympics: Day Three afternoon as it happened",
        "",
        "As it happened",
        "",
        "  1. 1917: ",
        "    Live now, the North Greenwich ArenaKEY MOMENT",
        "",
        "    Watch as Great Britain's gymnasts are demoted to bronze after an appeal at the men's team final.",
        "",
        "  2. 1915: ",
        "    BRONZE MEDAL- Great Britain (Men's team gymnastics)",
        "",
        "    So one more time to clarify - Great Britain have won bronze in the men's team final.",
        "",
        "  3. 1846: ",
        "    MEDAL CEREMONY- Jason Kenny, GB (Men's sprint cycling)",
        "",
        "    Watch as Jason Kenny collects the third Olympic gold medal of his career.",
    ]
    feed = parse_lines(page, "olympics.txt", "bbc")
    assert [(p.title, [b.kind for b in p.body]) for p in feed.posts] == [
        (None, ["image", "paragraph"]),
        ("BRONZE MEDAL- Great Britain (Men's team gymnastics)", ["paragraph"]),
        ("MEDAL CEREMONY- Jason Kenny, GB (Men's sprint cycling)", ["paragraph"]),
    ]


def test_a_video_caption_is_a_caption_and_a_long_line_under_a_pictures_caption_is_a_paragraph() -> None:
    """Batch AZ (the BBC's 2021 G7 pages): "Video caption: …" under "Video content" is the video's caption, as
    "Image caption: …" is a picture's, so the post's text starts below it; a long line with no full stop under a
    picture's caption is the post's first paragraph, not the next picture's name."""
    page = [
        "Live Reporting",
        "",
        "All times stated are UK",
        "",
        "  1. No 10 defends 'Covid-compliant' BBQ on the beachpublished at 11:30 British Summer Time 13 June 2021",
        "",
        "    Barbecue on the beach at Carbis Bay, on Saturday 12 June 2021",
        "    Image caption,",
        "",
        "    Saturday's barbecue included steak, scallops and toasted marshmallows",
        "",
        "    Downing Street has responded to criticism that the G7 barbecue on the beach on Saturday night did not"
        " comply with the rules",
        "",
        "    Fewer than 30 guests were at the event in Carbis Bay, the prime minister's spokesman says.",
        "",
        "  2. France would never question British sovereignty",
        "",
        "    Video content",
        "",
        "    Video caption: G7: Macron responds to Northern Ireland 'offensive' comments",
        "",
        "    Earlier, Emmanuel Macron responded to the furore around his reported comments on Northern Ireland.",
    ]
    feed = parse_lines(page, "g7.txt", "bbc")
    assert [[b.kind for b in p.body] for p in feed.posts] == [
        ["image", "caption", "paragraph", "paragraph"],
        ["caption", "paragraph"],
    ]
    assert feed.posts[1].body[0].text.startswith("G7: Macron responds")


def test_untimed_as_it_happened_entries_parted_by_two_blank_lines_under_a_head_parted_by_one() -> None:
    """Batch BA (the BBC's 2013 'as it happened' page of Baroness Thatcher's funeral): every entry lost its
    time and is one paragraph, two blank lines apart; the page's head (its title, 'Key Points') is one blank line
    apart, which shows the wider gap parts entries.  Each entry is its own post, its start marked unsure."""
    page = [
        "Baroness Thatcher funeral as it happened",
        "",
        "Key Points",
        "",
        "  • The funeral of Baroness Thatcher has taken place at St Paul's Cathedral in central London",
        "  • Some 2,300 people attended the funeral",
        "",
        "    Good morning and welcome to our live coverage of the funeral of Baroness Thatcher.",
        "",
        "",
        "    Lady Thatcher has been accorded a ceremonial funeral with military honours.",
        "",
        "",
        "    Her coffin will leave Parliament for the last time at 10.00 BST.",
    ]
    feed = parse_lines(page, "thatcher.txt", "bbc")
    assert [p.body[0].text.split()[0] for p in feed.posts] == ["Good", "Lady", "Her"]
    assert all(p.start_unsure for p in feed.posts)


def test_a_long_lead_video_description_between_the_headline_and_a_summary_heading_is_head() -> None:
    """Batch BA (the Guardian's 2013 blog of Lady Thatcher's funeral, its top as text): the lead video's title
    (the blog's dated headline) and its two-sentence description, 328 characters with no full stop, stand over
    'Afternoon summary': head, not a post."""
    description = (
        "Excerpts from the ceremonial funeral of Lady Thatcher, Britain's first female prime minister, at St Paul's"
        " Cathedral in London on Wednesday. Margaret Thatcher's granddaughter Amanda, David Cameron and the Bishop"
        " of London are seen speaking at the service before a congregation of 2,300 from across the world and led by"
        " the Queen"
    )
    page = [
        "Margaret Thatcher's funeral -Tuesday 16 April",
        "",
        description,
        "",
        "Afternoon summary",
        "",
        "Lady Thatcher's coffin has arrived at a crematorium in Mortlake for a private cremation.",
    ]
    feed = parse_guardian(page, "thatcher.txt")
    assert [p.title for p in feed.posts] == ["Afternoon summary"]
    assert any(part.text == description for part in feed.page_parts)


def test_what_a_re_post_prints_above_its_feed_credit_is_head() -> None:
    """Batch BC (a news site's re-post of the Guardian's 2016 election night blog): the site's own line of comment
    and the feed's credit with its link text lost ("Powered by article titled … was written by …") stand above the
    blog's text: head, not a post."""
    page = [
        "US election night 2016 – as it happened",
        "",
        "Impending end of the world aside, most looked on with bewildered amusement, as amusing as the thought was.",
        "",
        "Powered by article titled “US election night 2016 – as it happened” was written by Amber Jamieson, for on"
        " Wednesday 9th November 2016 11.48 UTC",
        "",
        "Closing summary: here’s where things stand",
        "",
        "Here’s an overview of where we are this morning:",
        "",
        "This live blog is now closed.",
    ]
    feed = parse_guardian(page, "repost.txt")
    assert [p.title for p in feed.posts] == ["Closing summary: here’s where things stand"]


def test_a_key_events_index_without_its_dashes_ends_at_live_feed() -> None:
    """Batch BC (the Guardian's own 2016 page as text): the key events index lost the "-" lines between its
    entries, but "Live feed" still heads the posts: the lines between are key events, not a post."""
    page = [
        "US election night 2016 – as it happened",
        "",
        "Key events",
        "Our comprehensive interactive results page: follow the results as they come in.",
        "",
        "Live feed",
        "",
        "Key events",
        "",
        "Closing summary: here's where things stand",
        "",
        "Here’s an overview of where we are this morning:",
    ]
    feed = parse_guardian(page, "own.txt")
    assert [p.title for p in feed.posts] == ["Closing summary: here's where things stand"]
    assert [b.text for b in feed.key_events] == [
        "Our comprehensive interactive results page: follow the results as they come in."
    ]


def test_a_copy_that_prints_every_line_twice_reads_each_once_and_says_so() -> None:
    """Batch BU (a diff site's copy with each line printed again under itself): one post per time, not a
    post per copy; the notice the site wrapped over two lines ("… seen" / "on .") is its head."""
    once = [
        "This article is from the source 'guardian' and was first published or seen",
        "on .",
        "It last changed over 40 days ago and won't be checked again for changes.",
        "Paris attacks: day after atrocity - as it happened",
        "5.35pm GMT",
        "Afternoon summary - what we know",
        "The French president has declared three days of national mourning.",
        "5.12pm GMT",
        "U2 lead singer Bono has said the attack was a direct hit against music.",
        "Bono said the bombs and bullets showed the attackers don’t like music.",
    ]
    page = [line for text in once for line in (text, text)]
    feed = parse_lines(page, "doubled.txt")
    assert [(p.title, p.stamp.text if p.stamp else None) for p in feed.posts] == [
        ("Afternoon summary - what we know", "5.35pm GMT"),
        (None, "5.12pm GMT"),
    ]
    assert [label.text for label in feed.posts[0].labels] == ["Summary"]
    assert [b.text for b in feed.posts[1].body] == once[-2:]
    assert any("printed twice" in w for w in feed.warnings)
    # A page where one line happens to repeat is read as it is.
    plain = parse_lines(once[:-1] + [once[-2]], "plain.txt")
    assert not any("printed twice" in w for w in plain.warnings)
    assert [b.text for b in plain.posts[1].body] == [once[-2], once[-2]]


def test_a_summarys_writer_over_its_subheadings_is_its_byline() -> None:
    """Batch BU (a diff viewer left out a summary's unchanged paragraphs): the name under the title is the
    writer, and the subheadings under it are the summary's text, not posts of their own."""
    page = [
        "10.32pm GMT",
        "Closing summary",
        "Raya Jalabi",
        "One week on, Paris remembers",
        "Security in Europe",
        "Arrests in Brussels",
        "That’s it from us tonight in New York. Thanks for tuning in.",
        "9.58pm GMT",
        "The atrocities of 13 November triggered global condemnation and dramatic manhunts.",
    ]
    feed = parse_guardian(page, "cells.txt")
    assert [p.title for p in feed.posts] == ["Closing summary", None]
    summary = feed.posts[0]
    assert summary.byline is not None and summary.byline.name == "Raya Jalabi"
    assert [b.text for b in summary.body] == page[3:7]


def test_a_flat_copy_with_no_outlet_marks_names_the_guardian_by_its_house_style() -> None:
    """Batch BW (a reader app's copies of the Guardian's 2015 Nepal blog: dash bullets, no times, no double
    quotation marks): the paper naming its own staff and a lower-case title set off by commas after a
    capitalised "The" are Guardian style, not the BBC's."""
    page = [
        "Summary",
        "Here’s a summary of the latest developments:",
        "- Heavy rain has added to the difficulty of getting aid to remote areas, the Guardian’s Jason Burke reported.",
        "- The UN has launched a $415m appeal to help an estimated 8 million people affected by the earthquake.",
        "- The US secretary of state, John Kerry, has said the US will pledge $1m to the aid effort.",
    ]
    assert parse_lines(page, "inkl.txt").source == "guardian"


def test_a_post_that_opens_with_a_list_of_points_ends_with_it_in_a_copy_without_blank_lines() -> None:
    """Batch BW: a summary whose heading the copy lost (dash or dot bullets first) is a round-up, and the
    paragraph after its list opens the next post even where the copy kept no blank lines."""
    page = [
        "- The death toll from the earthquake that struck Nepal on Saturday has risen to more than 2,500.",
        "- At least 17 people are believed to have been killed on Everest by an avalanche.",
        "- The UK government has announced that it will donate £5m to help the rescue effort in Nepal.",
        "- Pope Francis led prayers in St Peter’s Square for the dead, displaced and injured in Nepal.",
        "The official number of dead from Saturday’s Himalayan earthquake has topped 2,500 and may continue to rise.",
        "A police spokesman said the latest figure included at least 634 people in the Kathmandu Valley.",
    ]
    feed = parse_lines(page, "inkl.txt", "guardian")
    assert [[b.kind for b in p.body] for p in feed.posts] == [["bullet"] * 4, ["paragraph", "paragraph"]]
    assert feed.posts[0].body[0].text.startswith("The death toll")  # the dash is the list's mark, not text


def test_a_colleagues_report_and_a_fresh_pledge_open_posts_in_an_untimed_copy() -> None:
    """Batch BW (a news-feed box with a rolling report's posts run on one blank line apart): "My colleague X
    has sent …", "More from X in Nepal:" and "<Minister>, <Name>, has just pledged …" are posts' leads."""
    page = [
        "My colleague Anna Codrea-Rado has been speaking this morning with tourists who were in Kathmandu.",
        "",
        "Matthew Wojciechowski, 47, was in Kathmandu for a tattoo convention when the earthquake struck.",
        "",
        "Australia’s foreign minister, Julie Bishop, has just pledged a substantial aid package to Nepal.",
        "",
        "The foreign minister said that there had been no reported deaths of Australians.",
        "",
        "More from Anna Codrea-Rado in Nepal:",
        "",
        "In an open space, people have taken refuge where a yoga retreat was supposed to be happening.",
    ]
    assert _guardian_openings(page, "feed.txt") == [
        "My colleague Anna Co",
        "Australia’s foreign ",
        "More from Anna Codre",
    ]


def test_the_latest_figure_after_a_number_goes_on_the_same_post() -> None:
    from tui.core.model.post import Block
    from tui.core.parse.outlets.guardian.segment import boundaries, is_continuation

    texts = [
        "The total death toll from the earthquake has risen again, to 1,130.",
        "A Nepali police spokesman said the latest figure included at least 634 people in the Kathmandu Valley.",
    ]
    blocks = [Block("paragraph", text, i * 2 + 1, i * 2 + 1) for i, text in enumerate(texts)]
    assert boundaries(blocks) == []
    # A name set off by commas leads only in the perfect tense with fresh news; a follow-up stays.
    follow_up = [
        "The Coalition of the Willing will meet virtually today to debrief after last night’s talks.",
        "A spokesperson for the Polish prime minister, Donald Tusk, said he would take part in the call (11am BST).",
    ]
    assert boundaries([Block("paragraph", text, i + 1, i + 1) for i, text in enumerate(follow_up)]) == []
    # "The official" is someone named before; "The official number" is not.
    assert is_continuation("The official said the talks would go on.")
    assert not is_continuation("The official number of dead has topped 2,500.")


def test_one_paragraph_entries_two_blank_lines_apart_under_a_single_spaced_head_are_entries() -> None:
    """Batch BY (the BBC's 2014 "In full: Prime Minister's Questions" as text): every entry is one paragraph,
    two blank lines apart; only the page's head shows the single spacing, and that is enough."""
    page = [
        "In full: Prime Minister's Questions",
        "",
        "Live text",
        "",
        "",
        "Last updated 16 July 2014",
        "",
        "",
        "We'll be updating this page with all the key clips and more fall-out from the session this afternoon.",
        "",
        "",
        "Daily Politics has ended now, and we're going to end our live text commentary.",
        "",
        "",
        "Labour's Liz Kendall says her colleague was merely restating Labour's belief in a progressive tax system.",
    ]
    feed = parse_lines(page, "pmqs.txt", "bbc")
    assert [p.body[0].text[:20] for p in feed.posts] == [
        "We'll be updating th",
        "Daily Politics has e",
        "Labour's Liz Kendall",
    ]


def test_a_tweets_sender_card_is_its_text_not_a_label_or_a_picture() -> None:
    """Batch BY (the BBC's 2015 politics live page as text): "@BBCNews" / "BBC News" / "UK" over "tweets: …" is
    who sent the tweet, kept as the entry's text; the handle is no section label and the name no picture."""
    page = [
        "  1. Good night",
        "",
        "    That's it for another day of live updates from the political world.",
        "",
        "  2. Tomorrow's papers",
        "",
        "    @BBCNews",
        "",
        "    BBC News",
        "",
        "    UK",
        "",
        '    tweets: Friday\'s i: "Tories fear migrant voting power" #BBCPapers',
        "",
        "    Tomorrow's i front page",
        "  3. Campaigning with Alex Salmond",
        "",
        "    Over at Buzzfeed, Jamie Ross goes on the campaign trail with Alex Salmond.",
    ]
    feed = parse_lines(page, "papers.txt", "bbc")
    papers = feed.posts[1]
    assert papers.title == "Tomorrow's papers" and not papers.labels
    assert [(b.kind, b.text[:8]) for b in papers.body] == [
        ("paragraph", "@BBCNews"),
        ("paragraph", "BBC News"),
        ("paragraph", "UK"),
        ("paragraph", "tweets: "),
        ("image", "Tomorrow"),
    ]


def test_a_sport_entrys_fixture_under_its_title_is_a_label() -> None:
    """Batch BZ (BBC Sport's 2016 Euro live page on the feeds host): "England v Iceland (20:00 BST)" under each
    title is the entry's fixture, not its first paragraph."""
    page = [
        "  1. Rooney's recordspublished at 19:11 British Summer Time 27 June 2016",
        "",
        "    England v Iceland (20:00 BST)",
        "",
        "    Wayne Rooney is already England's youngest ever goalscorer, and their record goalscorer.",
        "",
        "  2. A special day...published at 19:09 British Summer Time 27 June 2016",
        "",
        "    England v Iceland (20:00 BST)",
        "",
        "    Iceland striker Eidur Gudjohnsen says the match against England will be special for the country.",
    ]
    feed = parse_lines(page, "euro.txt", "bbc")
    assert [[label.text for label in p.labels] for p in feed.posts] == [["England v Iceland (20:00 BST)"]] * 2
    assert [p.body[0].text[:12] for p in feed.posts] == ["Wayne Rooney", "Iceland stri"]


def test_minute_by_minute_teaser_headings_and_posts_set_apart_by_blank_lines() -> None:
    """Batch BZ (the Guardian's own 2016 Euro minute-by-minute page as text, no blank lines inside posts): a
    heading trailing off ("Not long now ...") is a post's title, a heading over a minute's entry is that
    entry's, and a blank line sets a reader's email apart from the post above."""
    page = [
        "England v Iceland is go ...",
        "1 min: England get the ball rolling, with Wayne Rooney immediately hoiking the ball forward.",
        "",
        "Updated",
        "Not long now ...",
        "Both sets of players line up in the tunnel, with Wayne Rooney ready to lead out England.",
        "Roy Hodgson speaks ...",
        "Talking to ITV before the game, he has this to say about the inclusion of Raheem Sterling.",
        "He also stresses the need to move the ball quickly.",
        "",
        "An email from Adrian: “Barney’s tweet’s a bit harsh, no?” he writes. Maybe you are, Adrian.",
        "",
        "Updated",
    ]
    feed = parse_guardian(page, "mbm.txt")
    assert [(p.title, [label.text for label in p.labels if label.text != "Updated"]) for p in feed.posts] == [
        ("England v Iceland is go ...", ["1 min"]),
        ("Not long now ...", []),
        ("Roy Hodgson speaks ...", []),
        (None, []),
    ]


def test_a_line_over_a_videos_caption_is_text_and_a_quote_blocks_icon_is_furniture() -> None:
    """Batch CA (the BBC's 2017 Manchester Arena live page on the feeds host): a line of some length over
    "Media caption," introduces the video (a video has no alt text), a station's name there stays a source, and
    "Quote Message" over a statement is the quotation block's icon, not text."""
    page = [
        "  1. Prime minister's statement in fullpublished at 22:22 British Summer Time 23 May 2017",
        "",
        "    Theresa May's evening update on events in Manchester",
        "",
        "    Media caption,",
        "",
        "    Terror threat level raised after Manchester attack",
        "",
        "    Quote Message",
        "",
        "    In my statement earlier today I said that the police needed to investigate whether he was acting alone.",
        "",
        "  2. Listen: Terrorists 'don't belong to us'published at 08:47 British Summer Time 24 May 2017",
        "",
        "    BBC Radio 4",
        "",
        "    Media caption,",
        "",
        "    Mona Mohamed, head of Manchester Islamic High School for Girls, on recent attack",
        "",
        "    What someone shouted at a 14-year old Muslim girl in Manchester, her headteacher tells the programme.",
    ]
    feed = parse_lines(page, "manchester.txt", "bbc")
    statement, listen = feed.posts
    assert [(b.kind, b.text[:12]) for b in statement.body] == [
        ("paragraph", "Theresa May'"),
        ("caption", "Terror threa"),
        ("quote", "In my statem"),  # (the statement under the icon is the quotation: batch DR)
    ]
    assert "Quote Message" in [part.text for part in feed.page_parts]
    assert listen.body[0].text == "BBC Radio 4" and listen.body[0].kind != "paragraph"


def test_a_nights_highlights_are_one_post_until_its_thanks() -> None:
    """Batch CC (the Guardian's own 2011 Egypt blog as text, times lost): "Time to wrap up the live blog for the
    night" over "The highlights of the day:" and its items as plain lines (one ending on a quotation, no stop) is one
    round-up up to "Thanks for reading."; the next paragraph opens the next post."""
    page = [
        "Time to wrap up the live blog for the night – and it looks like Friday will be another big day of protest.",
        "",
        "The highlights of the day:",
        "",
        "Hosni Mubarak stunned Egypt by maintaining that he was continuing as president",
        "",
        'Suleiman told protesters "go back to your houses, go back to your work"',
        "",
        "Obama issued his strongest statement in response, with criticism of Mubarak's refusal to step down",
        "",
        "Demonstrators vow to make Friday's protests the biggest so far, as thousands camped out in Cairo",
        "",
        "To follow the action from earlier in the day, see our live blog here. Thanks for reading.",
        "",
        "Reactions to Obama's more aggressive statement are flooding in. Ewen MacAskill reports from Washington:",
        "",
        "Barack Obama last night ended two weeks of dithering over the Egyptian uprising.",
    ]
    feed = parse_guardian(page, "egypt.txt")
    assert [p.title for p in feed.posts] == [None, None]
    round_up, reactions = feed.posts
    assert [b.kind for b in round_up.body] == ["paragraph", "paragraph", *["bullet"] * 4, "paragraph"]
    assert reactions.body[0].text.startswith("Reactions to Obama")


def test_an_overs_heading_alone_keeps_its_text_and_a_short_exclamation_heads_a_post() -> None:
    """Batch CF (the Guardian's own 2013 over-by-over report as text, times lost): "71st over: Australia 174-6
    (…)" alone on its line has its text in the paragraph under it, and "What a day!" set apart over prose is a
    post's title."""
    page = [
        "Right, that's it from me",
        "",
        "Thanks for all your emails. Be sure to head back tomorrow for the finale, but from me, cheerio!",
        "",
        "What a day!",
        "",
        "Another corking day – the 2013 Ashes has a 100% corking-day record thus far, and England are on top.",
        "",
        "71st over: Australia 174-6 (Haddin 11, Agar 1. Target 311)",
        "",
        "Haddin shoulders arms and must have his heart in his mouth for a moment as Anderson gets it to reverse.",
        "",
        "70th over: Australia 174-6 (Haddin 11, Agar 1. Target 311)",
        "",
        "Swann gets a final chance to tease the batsmen. Agar now has one run from 24 balls this time around.",
    ]
    feed = parse_guardian(page, "obo.txt")
    assert [(p.title, len(p.body)) for p in feed.posts] == [
        ("Right, that's it from me", 1),
        ("What a day!", 1),
        (None, 2),
        (None, 2),
    ]


def test_a_speakers_words_after_a_colon_are_text_not_a_title_or_a_picture() -> None:
    """Batch CF (BBC Sport's 2013 "as it happened" page as text, two entries' numbers and times lost): pundits'
    tweets set as "Name: words" are the lost entry's text, not its title or pictures' names."""
    page = [
        "  1. 1525: ",
        "",
        "    And that, I think, is that. The end of an exhausting five days, full of drama, tension and emotion.",
        "",
        "",
        "    England bowler Chris Tremlett: Wow. What a game. Jimmy Anderson superb",
        "",
        "    Former England batsman Mark Butcher: Funny how a player's relative popularity will underpin how guilty",
        "",
        "  4. 1521: ",
        "",
        "    As I said, we do it all again on Thursday at Lord's.",
    ]
    feed = parse_lines(page, "ashes.txt", "bbc")
    lost = feed.posts[1]
    assert lost.title is None and lost.stamp is None
    assert [(b.kind, b.text[:14]) for b in lost.body] == [
        ("paragraph", "England bowler"),
        ("paragraph", "Former England"),
    ]


def test_a_quote_blocks_label_run_on_and_a_pictures_alt_over_a_quoted_title() -> None:
    """Batch CG (the BBC's 2015 Paris attacks live page as text, times lost): "Quote Message: …" is the quotation
    without its icon's label; in a copy with no numbers, a picture's alt left over the next entry's quoted title
    ends the entry above, and the quoted title opens the next."""
    numbered = [
        "  1. Political implications",
        "",
        "    John Pienaar",
        "",
        "    BBC Radio 5live's Chief Political Correspondent, London",
        "",
        "    Quote Message: Very soon attention will turn to whether his ministers' arms will be strengthened.\"",
        "",
        "  2. Second attacker 'may have passed through Greece'",
        "",
        "    A second suspect in the Paris attacks may have travelled to Europe through Greece, Greek officials say.",
    ]
    feed = parse_lines(numbered, "paris.txt", "bbc")
    assert [(b.kind, b.text[:10]) for b in feed.posts[0].body] == [("quote", "Very soon ")]
    flat = [
        "Live Reporting",
        "",
        "By Joel Gunter, Yaroslav Lukov, Thom Poole and Tom Spender",
        "",
        "Goodbye from us",
        "",
        "This brings to an end our live coverage of the dramatic and fast-changing events in Paris today.",
        "",
        'A man holds up a sign which reads: "Je Suis Paris" (I Am Paris) in Montreal, Canada',
        "",
        "'Large European contingent'",
        "",
        "Jean Charles Brisard told the BBC he believes there are 3,800 radicalised individuals in France.",
    ]
    posts = parse_lines(flat, "paris-flat.txt", "bbc").posts
    assert [p.title for p in posts][-1] == "'Large European contingent'" and len(posts) == 2
    assert "A man holds up a sign" in " ".join(b.text for b in posts[0].body)


def test_untimed_entries_two_blank_lines_apart_around_a_rare_timed_one() -> None:
    """Batch CI (the BBC's 2013 'as it happened' page for Mandela's death): one entry opens with its time and its
    correspondent, the others are one paragraph each, two blank lines apart; each is an entry, none is the summary."""
    page = [
        "As it happened: Reaction to Nelson Mandela's death",
        "",
        "Key Points",
        "",
        "  • President Jacob Zuma announced that Nelson Mandela had died at the age of 95",
        "  • All times in GMT",
        "",
        "    In the past few minutes, Jacob Zuma has announced the death of Nelson Mandela.",
        "",
        "",
        "    Mr Mandela, who was 95, had been suffering from a recurrence of a lung infection.",
        "",
        "",
        '    "Our thoughts and prayers are with the Mandela family," Mr Zuma said.',
        "",
        "    2210: Gabriel Gatehouse BBC News, Johannesburg",
        "",
        "    Nelson Mandela's body will be moved to a mortuary in Pretoria.",
        "",
        "",
        "    All flags in South Africa will be lowered to half-mast, President Zuma announced.",
    ]
    feed = parse_lines(page, "mandela.txt", "bbc")
    assert [(p.stamp and p.stamp.text, p.body[0].text[:12]) for p in feed.posts] == [
        (None, "In the past "),
        (None, "Mr Mandela, "),
        (None, '"Our thought'),
        ("2210:", "Nelson Mande"),
        (None, "All flags in"),
    ]
    assert [b.text[:9] for b in feed.summary] == ["President", "All times"]


def test_a_capital_badge_before_a_title_is_a_label() -> None:
    """Batch CI: the 2013 pages print an entry's badge in capitals before its title, "BREAKING Breaking News"."""
    page = [
        "Key points",
        "",
        "  • President Jacob Zuma announced that Nelson Mandela had died at the age of 95",
        "",
        "Live text",
        "",
        "Last updated 5 December 2013",
        "",
        "BREAKING Breaking News",
        "",
        "The Queen with Nelson Mandela in 1996",
        "",
        'The Queen describes the former South African president as someone who "worked tirelessly".',
        "",
        "",
        "In the past few minutes, Jacob Zuma has announced the death of Nelson Mandela.",
        "",
        "",
        "Mr Mandela, who was 95, had been suffering from a recurrence of a lung infection.",
    ]
    post = parse_lines(page, "mandela.txt", "bbc").posts[0]
    assert post.title == "Breaking News" and [label.text for label in post.labels] == ["Breaking"]


def test_a_salutation_ending_with_a_comma_is_no_headline() -> None:
    """Batch CI (a blog's syndicated copy of the Guardian's Mandela blog): a statement quoted in full opens with
    its salutation, which is the statement's first line, not a new post's title."""
    assert not is_headline_shaped("Compatriots and friends around the world,")
    assert is_headline_shaped("Compatriots and friends around the world")
    page = [
        "2.17pm GMT",
        "",
        "Funeral arrangements",
        "",
        "Here’s the full text of Zuma’s statement setting out the funeral arrangements.",
        "",
        "Compatriots and friends around the world,",
        "",
        "We meet on the second day of the passing of our beloved founding President.",
    ]
    posts = parse_lines(page, "copy.txt", "guardian").posts
    assert [p.title for p in posts] == ["Funeral arrangements"]


def test_a_list_a_paragraph_brings_in_stays_in_its_post_on_a_copy_with_no_blank_lines() -> None:
    """Batch CI (an archive's flattened copy of the Guardian's 2014 Scottish independence blog): in a summary
    post, a list brought in by "The rules specify:" is the post's, and the paragraph after it goes on the post."""
    page = [
        "Morning summary",
        "",
        "Good morning and welcome to the Scottish independence live blog, on the day the campaign period begins.",
        "The referendum period runs from today until the close of the poll on Thursday 18 September.",
        "The rules specify:",
        "  • No individual or organisation can spend more than £10,000 on campaigning unless registered.",
        "  • Campaigners must keep to spending limits set out in law.",
        "  • Campaigners must only accept donations and loans from permissible sources.",
        "Yes Scotland and Better Together can each spend a maximum of £1.5m during the campaign period.",
    ]
    posts = parse_lines(page, "archive.txt", "guardian").posts
    assert len(posts) == 1 and posts[0].body[-1].text.startswith("Yes Scotland")


def test_pundits_words_under_a_badge_or_naming_their_station_are_entries() -> None:
    """Batch CJ (BBC Sport's 2011 Wimbledon live text): a page with one timed entry is still the BBC's by its
    furniture; its pundits' words, each under a station's badge or the pundit's picture name, are untimed
    entries, and so is a pundit naming the station they spoke on."""
    page = [
        "BBC Sport tennis",
        "",
        "",
        "Related BBC sites",
        "",
        "Page last updated at 19:03 GMT, Friday, 1 July 2011 20:03 UK",
        "",
        "Wimbledon 2011: Wimbledon day 11 as it happened",
        "",
        "",
        "To get involved use Twitter (via hashtag #BBCTennis) or text us on 81111 (UK) with TENNIS before your "
        "message. (Not all contributions can be used. Messages charged at your standard operator rate.)",
        "",
        "By Tom Fordyce at Wimbledon",
        "",
        '1954: This from Nadal as he strides off: "For me, it\'s a dream to be back in the final."',
        "",
        "BBC Radio 5 Live",
        'Andy Murray\'s former coach Miles Maclagan: "Nadal is an amazing individual."',
        "",
        "Boris Becker",
        "Boris Becker on BBC TV: \"Well he's got one more set than last year so that's an improvement.\"",
        "",
        'Annabel Croft on 5 live: "It was an extraordinary performance."',
    ]
    feed = parse_lines(page, "wimbledon.txt")
    assert feed.source == "bbc"
    assert [(p.stamp is not None, p.title, [b.kind for b in p.body]) for p in feed.posts] == [
        (True, None, ["paragraph"]),
        (False, None, ["image", "paragraph"]),
        (False, None, ["image", "paragraph"]),
        (False, None, ["paragraph"]),
    ]


def test_pundits_heads_in_place_of_lost_numbers_are_entries_with_bylines() -> None:
    """Batch CJ (BBC Sport's 2012 Wimbledon final page as text): numbers 2 to 4 lost, no wider gaps, but three
    pundits' heads ("Miles Maclagan , Murray's former coach") between 1 and 5: each opens a lost entry, its head
    the byline; a pundit's head under the last number opens one too."""
    page = [
        "As it happened",
        "",
        "  1. 1852:  ",
        "",
        "    And there we shall leave it, on the day Roger Federer wins his seventh Wimbledon title.",
        "",
        "    Miles Maclagan , Murray's former coach",
        "",
        '    "He has almost resisted being liked."',
        "",
        "    John Lloyd , BBC Sport",
        "",
        '    "Murray wasn\'t passive today."',
        "",
        "    Miles Maclagan , Murray's former coach",
        "",
        '    "It was an incredible match, it had everything."',
        "",
        "  5. 1847:  ",
        "",
        "    Deep in the basement of the Wimbledon press centre, Murray is now doing his media conference.",
        "",
        "    Tim Henman , BBC Sport",
        "",
        '    "Andy did such a good job."',
    ]
    posts = parse_lines(page, "final.txt", "bbc").posts
    assert [(p.stamp and p.stamp.text, p.byline and p.byline.name, p.body[0].text[:8]) for p in posts] == [
        ("1852:", None, "And ther"),
        (None, "Miles Maclagan", '"He has '),
        (None, "John Lloyd", '"Murray '),
        (None, "Miles Maclagan", '"It was '),
        ("1847:", None, "Deep in "),
        (None, "Tim Henman", '"Andy di'),
    ]


def test_the_live_blogs_closing_note_for_the_day_is_a_closing_note() -> None:
    """Batch CJ: "That’s it for the live blog for today." closes the blog as "That’s it for today." does."""
    from tui.core.parse.outlets.guardian.segment import is_closing_note

    assert is_closing_note("That’s it for the live blog for today. I will be back on Friday morning.")
    assert is_closing_note("That's all for this blog tonight.")
    assert not is_closing_note("That’s it for the judge's reasoning on the murder charge.")


def test_a_round_ups_last_item_naming_the_agenda_introduces_no_diary() -> None:
    """Batch CK (a News Sniffer diff of the Guardian's 2012 eurozone blog): a round-up ending with the item
    "• Today's agenda" is followed by the next timed post, not by diary entries of the round-up."""
    page = [
        "7.30pm: Getting towards closing time for the blog but here's round-up of what we've learned.",
        "• Germany has tightened its grip on the eurozone",
        "• Today's agenda",
        "7.26pm: Ian Traynor also writes from Brussels that a separate gathering could be convened next week.",
    ]
    posts = parse_lines(page, "diff.txt", "guardian").posts
    assert [p.stamp and p.stamp.text for p in posts] == ["7.30pm", "7.26pm"]


def test_an_unstopped_paragraph_inside_a_post_of_a_page_whose_posts_open_with_their_time() -> None:
    """Batch CK: on a page whose posts open with their time ("10.21am: …"), a paragraph that lost its stop
    inside a post is that post's, not a headline opening another; an aside in square brackets is no headline
    anywhere."""
    page = [
        "10.21am: The results of Italy's bond auction are in -- and at first glance it has gone pretty well.",
        "Italy sold €5.57bn worth of five and ten-year bonds. The interest rates fell significantly.",
        "Yields on the 10-year bonds dropped to 6.08%, down from 6.98% at the last auction, and was over-subscribed",
        "The five-year bonds sold at an average yield of 5.39%, down from 6.47%.",
        "10.05am: A gimmer of hope this morning - eurozone business leaders are slightly more optimistic.",
    ]
    posts = parse_lines(page, "diff.txt", "guardian").posts
    assert [(p.title, len(p.body)) for p in posts] == [(None, 4), (None, 1)]
    assert not is_headline_shaped("[there's a good explainer on the ECB bond swap here, by Open Europe]")


def test_a_numbered_list_inside_an_entry_and_an_icons_name_under_its_time() -> None:
    """Batch CL (BBC Sport's 2012 Tour de France pages as text): a classification listed "1." to "5." inside an
    entry, indented as the entry's text, is no run of entries; a jersey's name printed under the time is the
    entry's icon, a label, not its title."""
    page = [
        "As it happened",
        "",
        "  1. 1628: ",
        "",
        "    We are back on the flat on Saturday for a 217km ride to Le Cap d'Agde.",
        "",
        "  2. 1627:  ",
        "    Green Jersey",
        "",
        "    Points classification after stage 12:",
        "",
        "    1. Peter Sagan (Svk) Liquigas 254 pts",
        "",
        "    2. Matt Goss (Aus) Orica GreenEdge 198",
        "",
        "    3. Andre Greipel (Ger) Lotto Belisol 181",
        "",
        "    4. Mark Cavendish (GB) Team Sky 129",
        "",
        "  3. 1626: ",
        "",
        "    Matt Goss has been disqualified after his sprinting shenanigans with Sagan.",
    ]
    posts = parse_lines(page, "tour.txt", "bbc").posts
    assert [(p.stamp and p.stamp.text, p.title, [label.text for label in p.labels]) for p in posts] == [
        ("1628:", None, []),
        ("1627:", None, ["Green Jersey"]),
        ("1626:", None, []),
    ]


def test_the_text_above_an_entry_numbered_two_is_the_lost_first_entry() -> None:
    """Batch CL (BBC Sport's 2012 Ryder Cup page as text): the list starts at "2. 0116:"; the speech under "As it
    happened", its number and time lost, is the first entry, not the page's summary."""
    page = [
        "Ryder Cup final day as it happened",
        "",
        "As it happened",
        "",
        "",
        '    Jose Maria Olazabal, Europe team captain: "Captain Davis and your outstanding team, thank you."',
        "",
        '    "All men die, but not all men live. You made me feel alive again this week."',
        "",
        "  2. 0116: ",
        "",
        "    The flags are lowered, which brings the 39th Ryder Cup to an end.",
        "",
        "  3. 0114: ",
        "",
        '    "All men die but not all men live," says Ollie, looking across to his team.',
    ]
    posts = parse_lines(page, "ryder.txt", "bbc").posts
    assert [(p.stamp and p.stamp.text, p.body[0].text[:10]) for p in posts] == [
        (None, "Jose Maria"),
        ("0116:", "The flags "),
        ("0114:", '"All men d'),
    ]


def test_bbc_entries_opening_with_the_match_minute_and_a_score_line() -> None:
    """Batch CM (BBC Sport's 2010 Six Nations text): entries open with the match minute ("80 mins: …"), labelled
    with it; the full-time score on a line of its own is an entry; a copy that ran the entries onto one line has
    them back."""
    page = [
        "1902: So then - Ireland look good for the Triple Crown, Scotland the wooden spoon.",
        "",
        "1853: It's all over, and the strangest of hushes falls over Murrayfield.",
        "",
        "FULL-TIME: Scotland 15-15 England",
        "",
        "80 mins: England drive and drive - it's got drop-goal written all over it.",
        "",
        "79 mins: England scrum on the Scotland 10m line. Time nearly up.",
    ]
    posts = parse_lines(page, "six.txt", "bbc").posts
    assert [([label.text for label in p.labels], p.body[0].text[:12]) for p in posts] == [
        ([], "So then - Ir"),
        ([], "It's all ove"),
        ([], "FULL-TIME: S"),
        (["80 mins"], "England driv"),
        (["79 mins"], "England scru"),
    ]
    flat = [
        "Page last updated at 13:30 GMT, Saturday, 12 February 2011",
        "45 mins: Lamont on permanently for Southwell now. Welsh scrum on halfway after a scrappy start to the "
        "second period. 43 mins: Scotland rumble into traffic again and again. Barclay then bursts through a weak "
        "tackle from Hook. 1 min: Dan Park gets us under way, and Shane Williams gathers. 1700: Mmmm. The cold "
        "Edinburgh air rent with red-hot passion. Shall we? 1658: A warm thank you to Prans, and we'll have some "
        "anthems. Stirring. 1655: Right, Tom is back and ready to take you through events as they unfold.",
    ]
    posts = parse_lines(flat, "flat.txt", "bbc").posts
    assert [p.body[0].text[:6] for p in posts] == ["Lamont", "Scotla", "Dan Pa", "Mmmm. ", "A warm", "Right,"]


def test_a_sport_pages_stamp_of_the_match_minute_splits_the_title() -> None:
    """Batch CM (BBC Sport's 2025 Six Nations live page): "… published at 8 mins" gives the match minute, not a
    clock: the title is split from it, the minute labels the post and no time is made up."""
    page = [
        "  1. try",
        "",
        "    No try: Wales 0-7 Englandpublished at 8 mins",
        "",
        "    Oh Wales are back in it - or are they? No they're not.",
        "",
        "  2. Postpublished at 7 mins",
        "",
        "    Wales 0-7 England",
        "",
        "    And the game's first scrum goes Wales' way.",
    ]
    posts = parse_lines(page, "six.txt", "bbc").posts
    assert [(p.title, p.stamp, [label.text for label in p.labels]) for p in posts] == [
        ("No try: Wales 0-7 England", None, ["try", "8 mins"]),
        ("Post", None, ["7 mins"]),
    ]


def test_a_lead_photos_alt_run_into_its_caption_on_one_line_ends_the_head() -> None:
    """Batch CO (a site's copy of the Guardian's 2011 Japan blog): the headline twice, then the lead photo's alt
    run into its caption and credit on one line, then a post's time: the three lines are the page's head."""
    page = [
        "Japan tsunami and nuclear alert - Monday 14 March part two",
        "Japan tsunami and nuclear alert - Monday 14 March part two",
        "Explosion at Japan's Fukushima nuclear power plant, March 2011 Explosions at Japan's Fukushima power plant "
        "have raised new questions about the safety of nuclear energy. Photograph: -/AFP/Getty Images",
        "",
        "2pm (11pm JST): Here's a summary of events so far today:",
        "",
        'A "core meltdown" might have occurred at reactor 2 Fukushima Daiichi, NHK World reports.',
    ]
    feed = parse_lines(page, "copy.txt", "guardian")
    assert len(feed.posts) == 1 and feed.posts[0].stamp is not None
    assert feed.posts[0].body[0].text.startswith("Here's a summary")


def test_a_copy_that_starts_at_the_lead_photo_over_the_live_controls() -> None:
    """Batch CP (the Guardian's 2013 Cyprus blogs as text): a copy that opens with the lead photo's alt and a
    caption that words it otherwise, over the live controls, has them as its head; a title over its own photo
    under the controls is the first post's, not the head's; the 2013 sharing popups are head."""
    page = [
        "Protesters chant slogans outside the Cypriot parliament in central Nicosia, Tuesday, March 19, 2013.",
        "Protesters chanting slogans outside the Cypriot parliament today. Photograph: Petros Giannakouris/AP",
        "",
        "Live",
        "",
        "Sort by:",
        "",
        "  • Latest first",
        "  • Oldest first",
        "",
        "Updates:",
        "",
        "A contingency plan to introduce capital controls in Cyprus is being discussed by authorities on the island.",
    ]
    feed = parse_lines(page, "print.txt", "guardian")
    assert [p.body[0].text[:10] for p in feed.posts] == ["A continge"]
    titled = [
        "The Guardian home",
        "Send to a friend",
        "Close this popup",
        "Your IP address will be logged",
        "A man with his child holds a banner infront of the Cypriot parliament in Nicosia, Cyprus, 18 March 2013.",
        "A man with his child holds a banner in Nicosia today. Photograph: FILIP SINGER/EPA",
        "Live",
        "Sort by:",
        "  • Latest first",
        "Auto update:",
        "  • On",
        "  • Off",
        "",
        "Cyprus bailout crisis hits markets",
        "A businessman passes before a share prices board in Tokyo on March 18, 2013.",
        "A businessman passes before a share prices board in Tokyo this morning. Photograph: YOSHIKAZU TSUNO/AFP",
        "Good morning.",
        "The eurozone faces a new crisis, as the botched bailout of Cyprus sparks panic and alarm.",
    ]
    archived = parse_lines(titled, "archive.txt", "guardian")
    assert len(archived.posts) == 1 and archived.posts[0].title == "Cyprus bailout crisis hits markets"


def test_a_question_put_and_its_answer_and_a_sign_off_for_tuning_in() -> None:
    """Batch CP: "A Russian journalist asks: …?" is someone's words, no headline; the answer under a question
    ("Dijsselbloem responds by saying …", its stop lost) is the same post's; "Thanks for tuning in." and "Join us
    again in the morning …" close the post they end."""
    assert not is_headline_shaped("A Russian journalist asks: do you expect Cyprus will come back to talks?")
    question = "Has the credibility of the European political project been undermined by what has happened?"
    answer = "Dijsselbloem responds by saying that the urgency for having a banking union has only increased"
    posts = parse_lines([question, "", answer, "", '"It\'s motivating," he adds.'], "q.txt", "guardian").posts
    assert len(posts) == 1 and posts[0].title is None
    closing = "\n\n".join(
        [
            "Marios Mavrides, a Cypriot government MP, was talking to BBC 2's Newsnight in the last twenty minutes.",
            "And on that note we're going to wrap up the blog for now. Thanks for tuning in.",
            "A contingency plan to introduce capital controls in Cyprus is being discussed, according to the WSJ:",
        ]
    ).split("\n")
    posts = parse_lines(closing, "c.txt", "guardian").posts
    assert [p.body[0].text[:8] for p in posts] == ["Marios M", "A contin"]


def test_entries_set_apart_by_dash_lines_and_headed_by_their_time_and_kind() -> None:
    """Batch CQ (BBC Sport's 2010 World Cup match page as text): "-" lines part the entries, each headed by its
    time and kind ("16:30 Commentary"), the kind a label; an untimed entry's kind may run into its writer."""
    page = "\n".join(
        [
            "-",
            "16:30 Commentary",
            "Mexico beat France; Serbia beat Germany; Slovenia leading USA.",
            "-",
            "16:36 Commentary",
            "I'm Caroline Cheese and I'll be taking you through the build-up to this crucial match.",
            "-",
            "16:42 Commentary",
            "Traditionally, at this stage before an England game, I'd have butterflies.",
            "-",
            "Contributor BBC Sport's chief football writer Phil McNulty",
            'Via Twitter: "So much for the dull World Cup."',
        ]
    ).split("\n")
    posts = parse_lines(page, "match.txt", "bbc").posts
    assert [
        (p.stamp and p.stamp.text, [label.text for label in p.labels], p.byline and p.byline.name) for p in posts
    ] == [
        ("16:30", ["Commentary"], None),
        ("16:36", ["Commentary"], None),
        ("16:42", ["Commentary"], None),
        (None, ["Contributor"], "Phil McNulty"),
    ]


def test_the_blogs_opening_post_greeting_its_readers_runs_on_over_its_preamble() -> None:
    """Batch CQ (the Guardian's own 2010 World Cup page as text): "Good evening everybody. Welcome to …'s
    minute-by-minute coverage …" opens the blog's preamble; its later paragraphs, on other subjects, are its own."""
    page = [
        "Good evening everybody. Welcome to our minute-by-minute coverage of tonight's Group C encounter in Cape Town.",
        "",
        "The quality of England's opening performance against the USA seems to have divided opinion among pundits.",
        "",
        "A dreadful goalkeeping rick cost Algeria the points in their opener against Slovenia, a dismal match.",
    ]
    posts = parse_lines(page, "mbm.txt", "guardian").posts
    assert len(posts) == 1 and len(posts[0].body) == 3


def test_a_copy_that_kept_only_the_key_points_is_the_bbcs_and_has_no_posts() -> None:
    """Batch CR (the feeds host's copy of the BBC's 2012 Autumn Statement page): the headline and "Key Points"
    over "- " bullets mark the BBC's page; with no entries it has no posts, and says so."""
    page = [
        "Autumn Statement 2012: As it happened",
        "Key Points",
        '- George Osborne said austerity measures would continue a year longer to 2018, but Britain was "heading" on',
        "- The 3p rise in fuel duty planned for January has been cancelled",
    ]
    feed = parse_lines(page, "feeds.txt")
    assert feed.source == "bbc" and feed.posts == []
    assert any("found no posts" in warning for warning in feed.warnings)


def test_a_writer_and_role_on_one_line_under_a_keywords_heading() -> None:
    """Batch CR (the BBC's 2012 Autumn Statement page as text, times lost): "TWEET 0937" heads an entry; the
    writer's name and role on the line under it, parted by a comma, are its byline, not a sender opening another."""
    page = [
        "The chancellor has briefed ministers on the Autumn Statement at a Cabinet meeting in Downing Street.",
        "",
        "TWEET 0937",
        "",
        "Norman Smith, Chief political correspondent, BBC News Channel",
        "",
        'tweets: Chancellor tells cabinet - "we are on the right track and making progress" #bbceconomy',
    ]
    posts = parse_lines(page, "autumn.txt", "bbc").posts
    tweet = posts[-1]
    assert len(posts) == 2 and tweet.title == "TWEET" and tweet.byline is not None
    assert tweet.byline.name == "Norman Smith" and tweet.body[0].text.startswith("tweets:")


def test_list_numbers_alone_on_their_lines_over_times_or_senders() -> None:
    """Batch CT (the BBC's 2013 Spending Review page as text): each entry's number stands alone on its line, over
    its time ("  1.  " / "    1530:") or a reader's name and place over "emails: …"; the numbers are the list's,
    never a paragraph of the entry above."""
    page = [
        "  1.  ",
        "    1530:",
        "",
        "    That concludes our live text coverage of the 2015-16 Spending Review.",
        "",
        "  2.  ",
        "    Jonathan Lodge, Slough",
        "",
        "    emails: At last we might actually see some cuts.",
        "",
        "  3.  ",
        "    1517:",
        "",
        "    Conservative co-chairman Grant Shapps says the world has not recovered in the same way.",
    ]
    posts = parse_lines(page, "review.txt", "bbc").posts
    assert [(p.stamp and p.stamp.text, [b.text[:8] for b in p.body]) for p in posts] == [
        ("1530:", ["That con"]),
        (None, ["Jonathan", "emails: "]),
        ("1517:", ["Conserva"]),
    ]


def test_a_closing_note_over_a_round_up_it_brings_in_and_a_subjects_summary() -> None:
    """Batch CU (the Guardian's 2012 Leveson blogs as text): "We're closing this live blog now …" over "In the
    meantime here's a round up of Thursday's main developments:" and its paragraphs is one post; a copy that starts
    at the lead photo over "Political reaction to Leveson - Summary" has the photo as its head and the summary,
    titled, as one post."""
    closing = "\n\n".join(
        [
            "We're closing this live blog now but coverage of the Leveson report will continue on Friday.",
            "In the meantime here's a round up of Thursday's main developments:",
            "David Cameron has rejected the central point of Lord Justice Leveson's report into the press.",
            "Nick Clegg, breaking with precedent, delivered his own statement to the Commons.",
        ]
    ).split("\n")
    assert len(parse_lines(closing, "closing.txt", "guardian").posts) == 1
    summary = [
        "Prime Minister David Cameron makes a statement to MPs",
        "David Cameron making his statement to MPs today. Photograph: PA",
        "",
        "Political reaction to Leveson - Summary",
        "",
        "David Cameron has come close to rejecting the key recommendation in the Leveson report.",
        "",
        "Nick Clegg has exposed a major coalition split over press regulation. (See 4.43pm.)",
    ]
    feed = parse_lines(summary, "summary.txt", "guardian")
    assert [p.title for p in feed.posts] == ["Political reaction to Leveson - Summary"]


def test_a_persons_name_over_an_entry_and_a_list_ending_an_entry_before_a_wide_gap() -> None:
    """Batch CU (the BBC's 2012 Leveson page as text, times lost): a person's name alone over an entry's paragraph
    is the picture's name, not a title; an entry ending on a list's unstopped item ends there when two blank lines
    part it from the next."""
    page = [
        "Last updated 29 November 2012",
        "",
        "",
        "In just a few hours time, the long-awaited Leveson report into the press will be published.",
        "",
        "",
        "Milly Dowler",
        "",
        "The public inquiry was launched eight months ago by Prime Minister David Cameron.",
        "",
        "",
        "A few key moments to watch out for today:",
        "",
        "  • 13:30 GMT: Lord Justice Leveson will publish his report",
        "  • 16:00 GMT: A press conference held by the campaign group Hacked Off",
        "",
        "",
        "Lord Leveson's 2000-page report is expected to criticise the press, politicians and police.",
    ]
    posts = parse_lines(page, "leveson.txt", "bbc").posts
    assert [(p.title, p.body[0].kind, p.body[0].text[:10]) for p in posts] == [
        (None, "paragraph", "In just a "),
        (None, "image", "Milly Dowl"),
        (None, "paragraph", "A few key "),
        (None, "paragraph", "Lord Leves"),
    ]


def test_a_badged_title_over_a_writers_line_and_a_pictures_name() -> None:
    """Batch CV (the BBC's 2014 election results page as text, times lost): "STANDARD" before a title is the entry
    kind's badge; the writer and role on one line under the title ("Alex Hunt, Politics editor, BBC News Online")
    are its byline, and a person's name under them is the picture's."""
    page = [
        "Key points",
        "",
        "  • Polls close at 22:00 in English local elections",
        "",
        "Live text",
        "",
        "STANDARD Vote 2014 at-a-glance: The big winners were UKIP",
        "",
        "Alex Hunt, Politics editor, BBC News Online",
        "Nigel Farage",
        "",
        "Leader Nigel Farage had broken with normal practice and predicted the party would top the elections.",
        "",
        "STANDARD Vote 2014 at-a-glance: The Lib Dems were the big losers",
        "",
        "Nick Clegg",
        "",
        "Liberal Democrat leader Nick Clegg faced pressure to step down after the first results came out.",
    ]
    posts = parse_lines(page, "vote.txt", "bbc").posts
    first = posts[0]
    assert [p.title for p in posts] == [
        "Vote 2014 at-a-glance: The big winners were UKIP",
        "Vote 2014 at-a-glance: The Lib Dems were the big losers",
    ]
    assert first.byline is not None and first.byline.name == "Alex Hunt" and first.labels[0].text == "Standard"
    assert [b.kind for b in first.body] == ["image", "paragraph"]


def test_a_figure_whose_name_was_a_lost_picture_stays_in_its_post() -> None:
    """Batch CV (the Guardian's 2014 European election results blog as text): "24 seats (up 11)", the party's name a
    picture the copy lost, under a wider gap, goes on the post it is a line of."""
    assert is_data_line("24 seats (up 11)") and is_data_line("1 seat (no change)")
    page = [
        "We're had all the results we're going to get tonight. The full Scottish results have not been announced.",
        "",
        "Here is the final state of play. The numbers include Scotland.",
        "",
        "",
        "",
        "24 seats (up 11)",
        "",
        "In a remarkable result for a party that does not have a seat at Westminster, Ukip has won.",
        "",
        "",
        "",
        "20 seats (up 7)",
        "",
        "A strong performance in London, but lacklustre overall for Labour.",
    ]
    assert len(parse_lines(page, "results.txt", "guardian").posts) == 1


def test_a_2008_blog_printing_its_head_twice_with_times_and_no_colon() -> None:
    """Batch CW (the Guardian's 2008 London mayoral blog as text): the headline and standfirst printed twice
    and a "Scroll down for latest updates" pointer are head, and an update opening "12.05pm The word …" (no
    colon) is timed."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-268-own-page-mayoral-election-2008.txt")[0][:19]
    posts = parse_lines(page, "mayor.txt", "guardian").posts
    assert [(p.title, p.body[0].text[:20]) for p in posts] == [
        (None, "It's been a bad nigh"),
        (None, "The word on the stre"),
    ]
    assert posts[1].stamp is not None and (posts[1].stamp.hour, posts[1].stamp.minute) == (12, 5)


def test_a_standfirst_of_points_and_links_over_the_lead_photo_is_head() -> None:
    """Batch CX (the Guardian's 2013 royal birth blog, its own page and its AMP copy): the standfirst is a list of
    points and links, bulleted or with its bullets lost, over the lead photo; all of it is head, and so is the
    AMP copy's stamp under the photo ("Mon 22 Jul 2013 19.17 EDT")."""
    for name, stamps in (
        ("gdn-270-own-page-royal-baby-born-closing-2013.txt", [None, None]),
        ("gdn-271-amp-royal-baby-born-edt-2013.txt", [(19, 15), (18, 53)]),
    ):
        lines = read_lines(ROOT / "tests/data/real_pages" / name)[0]
        posts = parse_lines(lines, name, "guardian").posts
        assert [p.body[0].text[:20] for p in posts] == ["That's it from me. T", "Kate Middleton, the "], name
        assert [p.title for p in posts] == [None, None], name
        assert [(p.stamp.hour, p.stamp.minute) if p.stamp else None for p in posts] == stamps, name


def test_a_closing_notes_tail_on_comments_stays_with_it() -> None:
    """Batch CX: "Comments here are now closed. Thanks for reading." under the closing note is its tail."""
    closing = "That's it from me. This blog is ending, but the live coverage of reaction will continue here."
    tail = "Comments here are now closed. Thanks for reading."
    summary = "Kate Middleton, the Duchess of Cambridge, has given birth to a baby boy. He is third in line."
    blocks = [Block("paragraph", text, no, no) for no, text in ((1, closing), (3, tail), (7, summary))]
    assert boundaries(blocks) == [2]


def test_an_as_it_happened_pages_pointer_to_the_live_page_is_chrome() -> None:
    """Batch CY (the BBC's 2012 Diamond Jubilee 'As it happened' page as text): "Watch the BBC's Live coverage of …
    in video, text and pictures." under the key points is the page's furniture, not its first entry."""
    assert bbc_chrome("Watch the BBC's Live coverage of the Diamond Jubilee in video, text and pictures.")
    assert not bbc_chrome("Watch the BBC's coverage of the ceremony as the Queen arrives.")
    name = "bbc-202-as-it-happened-jubilee-pageant-2012.txt"
    posts = parse_lines(read_lines(ROOT / "tests/data/real_pages" / name)[0], name, "bbc").posts
    assert len(posts) == 4 and all(p.title is None for p in posts)


def test_numbered_entry_heads_holding_time_kind_and_title() -> None:
    """Batch CZ (BBC Sport's 2011 Champions League final live text as text): "1. 1300 BST: Commentary",
    "4. 1315 Commentary Schedule of events:" and "5. SMS" head their entries: the time, the kind as a label, and
    the title when there is one."""
    name = "bbc-203-sport-cl-final-numbered-commentary-2011.txt"
    posts = parse_lines(read_lines(ROOT / "tests/data/real_pages" / name)[0], name, "bbc").posts
    heads = [(p.stamp and (p.stamp.hour, p.stamp.minute), [lb.text for lb in p.labels], p.title) for p in posts]
    assert heads == [
        ((13, 0), ["Commentary"], None),
        ((13, 5), ["Commentary"], None),
        ((13, 11), ["Commentary"], None),
        ((13, 15), ["Commentary"], "Schedule of events"),
        (None, ["SMS"], None),
    ]
    assert [p.body[0].text[:14] for p in posts] == [
        "At the magnifi",
        "A very, very w",
        "Yes, Saturday ",
        "Here's a rough",
        "From Ben, High",
    ]


def test_a_photo_whose_caption_opens_with_a_kicker_in_capitals_is_head() -> None:
    """Batch CZ (the Guardian's 2011 minute-by-minute report as text): the alt "Manchester United celebrate" over
    the caption "MANCHESTER UNITED'S LAST WEMBLEY EUROPEAN CUP FINAL: …", which has no credit, is the lead photo."""
    page = [
        "Wembley Stadium, London",
        "",
        "Barcelona v Manchester United – Champions League final as it happened",
        "",
        "Manchester United celebrate",
        "MANCHESTER UNITED'S LAST WEMBLEY EUROPEAN CUP FINAL: Paddy Crerand and George Best celebrate the cup.",
        "",
        "The old Empire Stadium was good to both of these grand clubs. In 1968, United won their first European Cup.",
        "",
        "Sadly, the old dump we knew and loved is no more, replaced by this soulless pile. Never mind.",
    ]
    posts = parse_lines(page, "mbm.txt", "guardian").posts
    assert [p.body[0].text[:20] for p in posts] == ["The old Empire Stadi"]


def test_times_printed_in_a_regional_zone_read_by_the_date() -> None:
    """Batch DA (a copy of the Guardian's 2011 Hurricane Irene blog): "1.37pm ET: …" is New York's clock, EDT in
    August and EST in January, never the outlet's own."""
    from zoneinfo import ZoneInfo

    from tui.core.stages.dates import date_feeds

    page = [
        "Hurricane Irene: live updates",
        "",
        "1.37pm ET: Progress Energy now says that 273,000 residents are without power in North Carolina.",
        "",
        "1.19pm ET: What of those who are experiencing Irene right now?",
        "",
        '"There\'s nothing you can do now but wait. You can hear the wind," said Leon Reasor.',
    ]
    for day, utc_hour in ((date(2011, 8, 27), 17), (date(2011, 1, 27), 18)):
        dated = date_feeds([parse_guardian(page, "irene.txt")], override=day).feeds[0]
        utc = [p.published.astimezone(ZoneInfo("UTC")) for p in dated.posts if p.published]
        assert [(t.date(), t.hour, t.minute) for t in utc] == [(day, utc_hour, 37), (day, utc_hour, 19)]


def test_numbered_entries_opening_with_their_times_and_a_source_label_run_into_one() -> None:
    """Batch DA (a re-post of the BBC's 2011 Hurricane Irene page): numbered items opening with their times
    ("1. 1452:The New York Times …") are the entries, not an index over them, so the untimed items among them are
    entries too; "Via TwitterWilmington-based journalist …" is a source label run into the entry's text; and "The
    Wilmington Star News …" after a time is no writer's name."""
    assert not is_person_name("The Wilmington") and is_person_name("Laura Trevelyan")
    name = "bbc-204-wordpress-repost-irene-numbered-2011.txt"
    posts = parse_lines(read_lines(ROOT / "tests/data/real_pages" / name)[0], name, "bbc").posts
    assert [p.body[0].text[:12] if p.body else None for p in posts] == [
        "The New York",
        "Former US Pr",
        "The New York",
        "ABC News has",
        "Wilmington-b",
        "More from Ma",
        "The Wilmingt",
    ]
    assert [lb.text for lb in posts[4].labels] == ["Via Twitter"] and posts[6].byline is None


def test_a_readers_untimed_entry_under_an_emptied_bullet() -> None:
    """Batch DA (a blogspot copy of the BBC's 2011 Irene page): among bulleted entries that open with their
    times, an emptied bullet over an indented reader's name and message is an entry of its own."""
    page = [
        "As it happened: Irene hits the US",
        "",
        "  • 0049:",
        "    Check out this fabulous gallery of readers' photos sent in to the New York Times.",
        "  •",
        "    Cieran Murphy in New Jersey",
        "    writes: This is my first hurricane since moving to the United states from East Ham, London.",
        "  • 0057:",
        "    New Yorkers in the crosshairs",
    ]
    posts = parse_lines(page, "irene.txt", "bbc").posts
    assert [(p.stamp.text.rstrip(":") if p.stamp else None, p.body[0].text[:14]) for p in posts] == [
        ("0049", "Check out this"),
        (None, "Cieran Murphy "),
        ("0057", "New Yorkers in"),
    ]
    assert all(block.text != "•" for p in posts for block in p.body)


def test_entries_opening_with_their_time_and_zone_are_the_bbcs() -> None:
    """Batch DD (a copy of the BBC's 2010 'In pictures' page of the coalition talks): entries opening "0845 BST: …"
    are the BBC's clock-opened entries, zone and all, and the page is the BBC's; a diary's "13:30 GMT: …" is not."""
    page = [
        "In pictures",
        "",
        "Conservative leader David Cameron",
        "",
        "0845 BST: Five days after the election resulted in a hung parliament, David Cameron says it is decision time.",
        "",
        "Liberal Democrat leader Nick Clegg surrounded by photographers.",
        "",
        "0915 BST: All eyes remain on Liberal Democrat leader Nick Clegg. He says talks have reached a final phase.",
    ]
    from tui.core.parse.outlets.bbc.times import clock_entry

    assert clock_entry("  • 13:30 GMT: Lord Justice Leveson will publish his report") is None  # a day's diary
    feed = parse_lines(page, "pictures.txt")
    assert feed.source == "bbc"
    assert [(p.stamp.hour, p.stamp.minute) if p.stamp else None for p in feed.posts] == [(8, 45), (9, 15)]
    assert [p.body[0].text[:9] for p in feed.posts] == ["Five days", "All eyes "]


def test_an_entrys_only_text_unstopped_is_no_pictures_name() -> None:
    """Batch DE (an archived copy of BBC Sport's 2012 Paralympics opening ceremony commentary): under a key moment's
    video label, "The Paralympic flame touches down in the Olympic Stadium in the hands of Joe Townsend" has no full
    stop but is the entry's text, not a picture's name."""
    name = "bbc-211-archive-paralympics-ceremony-key-moments-2012.txt"
    page = read_lines(ROOT / "tests/data/real_pages" / name)[0]
    posts = parse_lines(page, name, "bbc").posts
    flame = next(p for p in posts if p.stamp and (p.stamp.hour, p.stamp.minute) == (23, 58))
    assert flame.body[-1].kind == "paragraph" and flame.body[-1].text.startswith("The Paralympic flame touches down")


def test_a_pictures_name_straight_over_an_entrys_time_is_that_entrys_picture() -> None:
    """Batch DF (an aggregator's copy of the BBC's 2010 Haiti 'As it happened' page): the reporter's picture's name
    printed straight over an entry's time ("Matthew Price" / "2308 The BBC's Matthew Price …") belongs to that entry,
    not to the end of the one above; an icon's furniture there ("tweet") stays furniture."""
    page = [
        '2332 Yael Talleyrand in Jacmel tweets: "Just got back from downtown."',
        "",
        "2319 US mobile phone users send more than $5m to the Red Cross for disaster relief.",
        "",
        "Matthew Price",
        '2308 The BBC\'s Matthew Price in Port-au-Prince says: "There are more aid flights getting in."',
        "",
        "tweet",
        '2300 Yael Talleyrand tweets again: "Still no power."',
    ]
    posts = parse_lines(page, "haiti.txt", "bbc").posts
    assert [[(b.kind, b.text[:14]) for b in p.body] for p in posts] == [
        [("paragraph", "Yael Talleyran")],
        [("paragraph", "US mobile phon")],
        [("image", "Matthew Price"), ("paragraph", "The BBC's Matt")],
        [("paragraph", "Yael Talleyran")],
    ]


def test_a_video_players_length_and_title_are_no_post_time_or_title() -> None:
    """Batch DG (an archive's copy of the Guardian's 2019 Christchurch blog): the lead video's "Play Video" over its
    length ("2:19") and its title ("… – video report") are the player's furniture and the video's caption, not a
    post stamped 2:19 under that title; and with no blank lines or times, a person brought in by name and role
    doing something now ("Toby Manhire, a New Zealand journalist …, tweets …") opens a post."""
    page = [
        "Skip to main content",
        "",
        "Christchurch shooting: 49 dead in terrorist attack at two mosques – live updates",
        "",
        "Play Video",
        "2:19",
        "Mass shooting at two Christchurch mosques – video report",
        "An Australian senator has been strongly criticised after he blamed the shooting on Muslim immigration.",
        "The remarks were denounced by the UK home secretary, Sajid Javid, who accused the senator of extremism.",
        "Toby Manhire, a New Zealand journalist and a former Guardian staffer, tweets images of children demonstrating"
        " in the climate strike to show what New Zealand is really like.",
        "Toby Manhire (@toby_etc)",
        "This is New Zealand https://t.co/FaUbKnAcDy",
        "March 15, 2019",
    ]
    feed = parse_guardian(page, "archive.txt")
    assert [(part.kind, part.text) for part in feed.page_parts if part.text in ("2:19", page[6])] == [
        ("chrome", "2:19"),
        ("caption", page[6]),
    ]
    assert [(p.title, p.stamp, p.body[0].text[:12]) for p in feed.posts] == [
        (None, None, "An Australia"),
        (None, None, "Toby Manhire"),
    ]


def test_a_flattened_bbc_page_keeps_its_videos_title_only_posts_and_quoted_titles() -> None:
    """Batch DG (scraped copies of the BBC's 2019 Notre-Dame and Christchurch live pages, no blank lines, no times):
    the summary ends at "Live Reporting" / "All times stated are UK"; a short unstopped title straight over
    another title is a video's post with no text; a quotation with a word after it ("'Heartbreaking' scenes") or
    after its speaker ('Eyewitness: "I could hear …"') is a title."""
    page = [
        " date 2019-04-15 Live",
        "Notre-Dame cathedral engulfed by fire",
        "Summary",
        "- A major fire breaks out at Notre-Dame cathedral in central Paris on Monday",
        "- President Macron cancels major TV address to go to the scene",
        "Live Reporting",
        "All times stated are UK",
        "Facts about Notre Dame",
        "The moment the spire fell",
        "'Heartbreaking' scenes",
        "Support is coming in from the UK, with London Mayor Sadiq Khan describing the scenes as heartbreaking.",
        "'This is not something I would ever expect'",
        'Eyewitness: "I could hear crying and screaming"',
        "One witness described how the attack started just as everyone was getting settled for prayer.",
    ]
    feed = parse_lines(page, "scraped.txt", "bbc")
    assert [(p.title, len(p.body)) for p in feed.posts] == [
        ("Facts about Notre Dame", 0),
        ("The moment the spire fell", 0),
        ("'Heartbreaking' scenes", 1),
        ("'This is not something I would ever expect'", 0),
        ('Eyewitness: "I could hear crying and screaming"', 1),
    ]
    assert [b.text[:8] for b in feed.summary] == ["Notre-Da", "A major ", "Presiden"]


def test_an_agency_captions_alt_and_a_closing_posts_credits() -> None:
    """Batch DG (the BBC's 2020 Beirut live page as text): a picture's alt in an agency's style, ending with the
    place and the day ("…, in Beirut, Lebanon, 07 August 2020."), is a picture, not the post's first paragraph;
    the closing post's unstopped credits ("Today's live coverage was brought to you by …") are its text."""
    page = [
        "Live Reporting",
        "",
        "  1. That's all from us for now",
        "",
        "    Greek rescue workers search amid the rubble three days after explosions that hit Beirut port, in Beirut,"
        " Lebanon, 07 August 2020.",
        "",
        "    We're ending our live coverage of the fallout from the Lebanon explosion.",
        "",
        "    Today's live coverage was brought to you by Robert Greenall, Thomas Spender and Alice Cuddy",
        "",
        "  2. Tourists travel to blast site",
        "",
        "    Some tourists are travelling to witness the fallout for themselves.",
    ]
    posts = parse_lines(page, "beirut.txt", "bbc").posts
    assert [b.kind for b in posts[0].body] == ["image", "paragraph", "paragraph"]


def test_an_embeds_cannot_be_displayed_notice_is_the_embeds_not_a_picture() -> None:
    """Batch DH (the BBC's 2018 Carillion page on its feeds host): "This Twitter post cannot be displayed in your
    browser. Please enable Javascript or try a different browser.View original content on Twitter" is what the
    embedded post left behind, not a picture's alt."""
    from tui.core.parse.line_kinds import is_embed

    assert is_embed(
        "This Twitter post cannot be displayed in your browser. Please enable Javascript or try a different "
        "browser.View original content on Twitter"
    )
    assert is_embed("This X post cannot be displayed in your browser.")
    assert not is_embed("This picture cannot be displayed in full.")


def test_a_readers_untimed_contribution_under_its_icon_is_an_entry() -> None:
    """Batch DI (the BBC's 2009 G20 live page): among entries that open with their times, a reader's tweet or
    e-mail printed with no time straight under its icon's label ("tweet", "e-mail sent in by reader") is an entry
    of its own, and "Name, Place, says: …" is their words, never a picture's name."""
    page = [
        "2100 With G20 leaders enjoying supper, that's it for today's live text coverage.",
        "",
        "tweet",
        "Tristamsparks tweets: North of the climate camp on Bishopsgate. Read Tristamsparks' tweets.",
        "",
        "2039 The BBC's Ross Hawkins at Downing Street says: Something quite incredible is happening behind me.",
        "",
        "e-mail sent in by reader",
        "Opakunle Abayomi, Nigeria, says: During this economic crisis jobs have been lost. Have your say",
        "",
        "2025 The BBC's Robert Hall in Bishopsgate says: Riot police have penned in the Climate Camp protesters.",
    ]
    feed = parse_lines(page, "g20.txt", "bbc")
    assert [(p.stamp.text if p.stamp else None, p.body[0].kind, p.body[0].text[:12]) for p in feed.posts] == [
        ("2100", "paragraph", "With G20 lea"),
        (None, "paragraph", "Tristamspark"),
        ("2039", "paragraph", "The BBC's Ro"),
        (None, "paragraph", "Opakunle Aba"),
        ("2025", "paragraph", "The BBC's Ro"),
    ]
    assert {part.text for part in feed.page_parts} >= {"tweet", "e-mail sent in by reader"}


def test_a_guardian_2009_head_a_list_that_lost_its_bullets_and_a_surname_going_on() -> None:
    """Batch DI (the Guardian's own 2009 Iran blog): the lead photo's caption may repeat its alt with a word put in
    (the head ends under it); short lines straight under "… here:" are the post's list, not headings; a sentence
    naming by surname alone someone named in full just before ("Last night Karoubi called …") goes on the post."""
    page = [
        "Iran protests: live",
        "",
        "Police have clashed with protesters in Iran as the opposition movement continue its street protests against"
        " re-election of Mahmoud Ahmadinejad in defiance of threats from the supreme leader Ayatollah Ali Khamenei."
        " Follow live updates on what is being seen as a crucial day in Iran",
        "Supporters of defeated presidential candidate Mir Hossein Mousavi demonstrate in Tehran, Iran.",
        "Supporters of defeated reformist presidential candidate Mir Hossein Mousavi demonstrate in Tehran, Iran. "
        "Photograph: Getty Images/Getty Images",
        "",
        "Today's banned protest rally will go ahead, according to an aide to the defeated candidate Mehdi Karoubi.",
        "",
        "Last night Karoubi called for the election to be annulled.",
        "",
        "You can follow the events of previous days here:",
        "19 June: Khamenei's hardline speech",
        "18 June: mass mourning",
        "12 June: election day",
    ]
    feed = parse_guardian(page, "iran.txt")
    assert len(feed.posts) == 1
    assert [b.kind for b in feed.posts[0].body] == ["paragraph", "paragraph", "link-out", "bullet", "bullet", "bullet"]
    assert not any(part.kind == "heading" for part in feed.page_parts)
    assert feed.posts[0].body[0].text.startswith("Today's banned")  # the standfirst, alt and caption are the head


def test_a_get_involved_posts_hashtag_line_is_a_label() -> None:
    """Batch DJ (BBC Sport's 2015 Rugby World Cup page on its feeds host): the hashtag alone under a "Get involved"
    title ("#bbcrugby") labels the post; it is not a picture's name."""
    page = [
        "  1. Get involvedpublished at 19:14",
        "",
        "    #bbcrugby",
        "",
        "    A sea of humanity surrounding Twickenham stadium. Will it be the last time England fans cheer?",
        "",
        "  2. Discipline, discipline, disciplinepublished at 19:10",
        "",
        "    England v Australia (20:00 BST)",
        "",
        "    For dumb, foolish folk, Australia have been talking sense this week.",
    ]
    posts = parse_lines(page, "rugby.txt", "bbc").posts
    assert [[label.text for label in p.labels] for p in posts] == [["#bbcrugby"], ["England v Australia (20:00 BST)"]]
    assert [b.kind for b in posts[0].body] == ["paragraph"]


def test_a_question_over_a_quoted_answer_and_a_person_brought_in_by_a_possessive_role() -> None:
    """Batch DK (the Guardian's own 2008 Mumbai blog, its times lost): a question over the quotation that answers
    it, with who said it ("How does India respond …?" / "\\"Vigilance, …,\\" Dibyesh Anand argues on …") is a post's
    text, not its headline; "Sir Gulam Noon, Britain's best known Asian businessman, tells the Guardian …" leads a
    post."""
    page = [
        "That is it for today's live blog on Mumbai. Many thanks for all your comments.",
        "",
        "How does India respond to the extremists who unleashed violence in Mumbai?",
        "",
        '"Vigilance, intelligence, and militant adherence to secular and democratic norms is the only way," Dibyesh'
        " Anand argues on Comment is Free.",
        "",
        "Sir Gulam Noon, Britain's best known Asian businessman, tells the Guardian how he barricaded himself inside"
        " his room as terrorists rampaged through the corridor outside.",
    ]
    posts = parse_guardian(page, "mumbai.txt").posts
    assert [(p.title, p.body[0].text[:12]) for p in posts] == [
        (None, "That is it f"),
        (None, "How does Ind"),
        (None, "Sir Gulam No"),
    ]


def test_an_as_it_happened_pages_breaking_badges_repeated_alts_and_writers_over_tweets() -> None:
    """Batch DL (two copies of the BBC's 2013 'Reaction as it happened' page for Margaret Thatcher's death, times
    lost): "Breaking News" (with or without its "BREAKING" badge) heads the entry under it, not a picture's name;
    an unstopped alt that the caption under it repeats is a picture, not a title; a writer's name and role over
    "tweets: …" opens an entry even one blank line under the text above."""
    page = [
        "Key Points",
        "",
        "  • Former UK Prime Minister Margaret Thatcher has died at the age of 87 following a stroke",
        "",
        "BREAKING Breaking News",
        "",
        "Former Prime Minister Baroness Thatcher has died at 87 following a stroke, her spokesman says.",
        "",
        "",
        "Lord Bell said in a statement that she died peacefully following a stroke this morning.",
        "",
        "",
        "Baroness Thatcher was Conservative prime minister from 1979 to 1990",
        "",
        "Baroness Thatcher was Conservative prime minister from 1979 to 1990, and the first woman to hold the post.",
        "",
        "Nick Robinson, Political editor",
        "",
        "tweets: The dominant figure of post-war British politics is dead.",
        "",
        "Breaking News",
        "",
        "The Queen is sad to hear the news of the death of Baroness Thatcher, Buckingham Palace says.",
    ]
    posts = parse_lines(page, "thatcher.txt", "bbc").posts
    assert [(p.title, [b.kind for b in p.body]) for p in posts] == [
        ("Breaking News", ["paragraph"]),
        (None, ["paragraph"]),
        (None, ["image", "paragraph"]),
        (None, ["paragraph", "paragraph"]),
        ("Breaking News", ["paragraph"]),
    ]
    assert posts[3].body[0].text == "Nick Robinson, Political editor"


def test_a_blogs_greeting_to_the_liveblog_and_an_exclamation_over_the_next_timed_entry() -> None:
    """Batch DM (the Guardian's own 2011 and 2012 Eurovision liveblogs): an opening post greeting the readers "to
    the 2012 Eurovision liveblog" runs on over its paragraphs ("Tonight's showbiz extravaganza is coming …" is no
    new post); a short exclamation straight over an entry that opens with its time ("Yay, Eurovision! Enjoy!" /
    "7.16pm: …") ends the post above, never heads an empty one."""
    opening = [
        "Good evening, bonsoir and axşamınız xeyir to the 2012 Eurovision liveblog! Tonight promises to be a cheese-"
        "packed variety hamper of musical joy.",
        "",
        "Tonight's showbiz extravaganza is coming live from Baku, Azerbaijan – a nation so loaded they've build a "
        "sparkly new venue JUST for Eurovision.",
        "",
        "Do join in with your comments below – it's like a virtual Eurovision party. Feel the Euro love.",
    ]
    assert len(parse_guardian(opening, "baku.txt").posts) == 1
    timed = [
        "7.10pm: Heidi: Hello and welcome to the annual Guardian Eurovision Song Contest liveblog!",
        "",
        "Do feel free to join the fun by leaving your comments below. If Moldova float your boat, so be it.",
        "",
        "Yay, Eurovision! Enjoy!",
        "",
        "7.16pm: Heidi Stephens: Guten abend meine freunde! It's nearly time!",
    ]
    feed = parse_guardian(timed, "dusseldorf.txt")
    assert [(p.stamp.text if p.stamp else None, p.body[-1].text) for p in feed.posts] == [
        ("7.10pm", "Yay, Eurovision! Enjoy!"),
        ("7.16pm", "Heidi Stephens: Guten abend meine freunde! It's nearly time!"),
    ]


def test_a_breaking_entrys_badge_time_and_heading_on_one_line() -> None:
    """Batch DM (a copy of the BBC's 2012 Hillsborough 'As it happened' page): "BREAKING 1730 Breaking News" is the
    pinned breaking entry's label, time and heading."""
    page = [
        "Key points",
        "",
        '  • The prime minister makes a "proper apology" to the families of those that have died',
        "",
        "BREAKING 1730 Breaking News",
        "",
        "Crowds are now starting to gather outside St George's Hall in central Liverpool for a vigil.",
        "",
        "",
        "Welcome to the BBC News live page, bringing you the latest updates as the files are released.",
        "",
        "",
        "More than 400,000 pages of documents have been analysed by the panel over the past 18 months.",
    ]
    breaking, *untimed = parse_lines(page, "hillsborough.txt", "bbc").posts
    assert (breaking.title, [label.text for label in breaking.labels]) == ("Breaking News", ["Breaking"])
    assert breaking.stamp is not None and (breaking.stamp.hour, breaking.stamp.minute) == (17, 30)
    assert [p.stamp for p in untimed] == [None, None]


def test_a_posts_first_sentence_that_lost_its_stop_is_text_when_the_next_leans_on_it() -> None:
    """Batch DN (BBC Sport's 2016 Wimbledon final page on its feeds host): "Yui Kamiji of Japan and Britain's Jordanne
    Whiley are underway in the women's wheelchair doubles final" (no stop) over "They are defending their title …"
    is the post's first sentence, not a picture's alt; an alt over a paragraph that starts afresh stays one."""
    page = [
        "  1. Women's wheelchair doubles finalpublished at 13:12 British Summer Time 10 July 2016",
        "",
        "    Yui Kamiji of Japan and Britain's Jordanne Whiley are underway in the women's wheelchair doubles final",
        "",
        "    They are defending their title against Jiske Griffioen and Aniek van Koot of the Netherlands.",
        "",
        "  2. Free buses for NHS workerspublished at 13:10 British Summer Time 10 July 2016",
        "",
        "    Stagecoach and First South Yorkshire have both said they will put on free shuttle buses for NHS workers",
        "",
        "    NHS staff in parts of Yorkshire are being offered free buses to get home from work.",
    ]
    posts = parse_lines(page, "wimbledon.txt", "bbc").posts
    assert [[b.kind for b in p.body] for p in posts] == [["paragraph", "paragraph"], ["image", "paragraph"]]


def test_a_lap_by_lap_reports_lap_headings_and_a_lead_photo_alt_that_only_names() -> None:
    """Batch DO (the Guardian's own 2012 Brazilian Grand Prix report, its times lost): "Lap 70" heads the entry under
    it, as a minute's marker does; the lead photo's alt that only names who it shows ("Fernando Alonso and Sebastian
    Vettel") over a caption naming them in other words ends the page's head with the standfirst above it."""
    page = [
        "Formula One: Brazilian Grand Prix – as it happened!",
        "",
        "Sebastian Vettel took his third F1 title in a row in an action-packed Brazilian Grand Prix",
        "Fernando Alonso and Sebastian Vettel",
        "Ferrari's Fernando Alonso, pictured in front of his rival Sebastian Vettel here, is 13 points behind the Red"
        " Bull driver. Photograph: Mark Thompson/Getty Images",
        "",
        "Vettel is the F1 Champion!",
        "",
        "The safety car is out. There will be no more changes in the order. Vettel is now a triple world champion.",
        "",
        "",
        "Lap 70",
        "",
        "Kobayashi just needed a good finish but he has done the opposite and spun off. Paul di Resta is off.",
        "",
        "",
        "Lap 69",
        "",
        "Just a few more to go. The Red Bull radio keep telling Vettel to take it easy. Just bring it home.",
    ]
    feed = parse_guardian(page, "interlagos.txt")
    assert [p.title for p in feed.posts] == ["Vettel is the F1 Champion!", "Lap 70", "Lap 69"]
    assert [b.kind for b in feed.posts[1].body] == ["paragraph"]


def test_the_paragraph_under_a_quotation_blocks_icon_label_is_the_quotation() -> None:
    """Batch DR (the BBC's 2016 Chilcot report page on its feeds host): under "Quote Message" alone on its line (the
    quotation block's icon, furniture) the next paragraph is the quotation, not the post's own words."""
    page = [
        "  1. 'Ban Blair from public office for life'published at 12:34 British Summer Time 6 July 2016",
        "",
        '    Mr Hancock went on to say that Sir John Chilcot has said Tony Blair "undermined the United Nations".',
        "",
        "    Quote Message",
        "",
        "    Now, if somebody does that, you would think that the act was illegal. He's also misled Parliament.",
    ]
    post = parse_lines(page, "chilcot.txt", "bbc").posts[0]
    assert [b.kind for b in post.body] == ["paragraph", "quote"]


def test_a_copy_that_starts_at_the_lead_photo_keeps_the_photo_and_a_live_heading_out_of_the_head() -> None:
    """Batch DV (the Guardian's 2012 Olympics blogs as text, their headline lost): a copy whose first lines are the
    lead photo's alt and credited caption starts inside the blog, so the pair is the page's head (not the first
    post's picture), and a post's heading ending "- live!" further down is not the blog's own headline with a
    copier's article above it; "Thank you and goodnight" heads the closing note under it, which opens with "And"."""
    page = [
        "Mitt Romney's horse Rafalca",
        "Jan Ebeling riding Rafalca - the horse co-owned by the Romneys. Photograph: Alex Livesey/Getty Images",
        "",
        "Thank you and goodnight",
        "",
        "And that's it for our London 2012 Day 14 liveblog. Thanks for joining us, reading, emailing and tweeting.",
        "",
        "",
        "USA reach basketball final",
        "",
        "Result: USA 109-83 Argentina. See how it unfolded here. Hunter will be back with liveblogs of the finals.",
        "",
        "Basketball - live!",
        "",
        "USA - and Carmelo Anthony in particular - have got hot. They lead by 29 in the fourth quarter.",
    ]
    feed = parse_guardian(page, "olympics.txt")
    assert [part.kind for part in feed.page_parts] == ["chrome", "chrome"]
    assert [p.title for p in feed.posts] == [
        "Thank you and goodnight",
        "USA reach basketball final",
        "Basketball - live!",
    ]


def test_a_name_standing_as_a_heading_over_the_paragraph_that_names_it_heads_its_post() -> None:
    """Batch DV (the Guardian's 2012 Olympics eve blog, its times lost): on a page with no times, a name alone
    between blank lines ("Michael Phelps") over a paragraph that names it again heads that post, as a two-word
    heading does; a paragraph the copy cut off before its stop is still prose under a heading."""
    page = [
        "Archery picture gallery",
        "",
        "Fans of sports photography should be rubbing their hands with glee at the pictures of the ranking round.",
        "",
        "Michael Phelps",
        "",
        "And Andy Bull has written about Michael Phelps, whose final Olympics starts tomorrow, in the deep end.",
        "",
        "Cauldron-lighting latest",
        "",
        "Following news from earlier today that the Queen was being heavily backed to light the Olympic cauldron at the"
        " opening ceremony, it's now being suggested that as many as",
    ]
    feed = parse_guardian(page, "olympics.txt")
    assert [p.title for p in feed.posts] == ["Archery picture gallery", "Michael Phelps", "Cauldron-lighting latest"]


def test_a_line_that_speaks_to_its_reader_is_never_a_pictures_alt_text() -> None:
    """Batch DV (the BBC's 2019 business page, its times lost): an unpunctuated line after a post's paragraphs that
    addresses the reader ("you're", a hashtag to join) is the post's last paragraph, not a picture's name."""
    page = [
        "  1. How long are you going to live?",
        "",
        "    The vast majority of people are living longer than ever before, and that is creating a challenge.",
        "",
        "    Find out how long you're predicted to live and join the conversation using the hashtag #LivingLonger",
        "",
        "  2. Coca-Cola reveals how much plastic it uses",
        "",
        "    The soft drinks giant has revealed for the first time how much plastic packaging it uses.",
    ]
    post = parse_lines(page, "business.txt", "bbc").posts[0]
    assert [b.kind for b in post.body] == ["paragraph", "paragraph"]


def test_a_name_with_an_accent_is_one_word_of_a_pages_vocabulary() -> None:
    """Batch DW (the reader app inkl's copy of the Guardian's 2015 election-night blog): a name with an accent
    ("Sinn Féin") is a whole word where posts are told apart by the words they share, not its tail ("in")."""
    from tui.core.parse.outlets.guardian.segment import common_words

    paragraphs = [f"Sinn Féin lost seat number {n} to the unionists in Fermanagh." for n in range(8)]
    assert {"féin", "sinn"} <= common_words(paragraphs)


def test_a_blogspot_copy_in_mojibake_with_bare_hours_and_a_broken_line() -> None:
    """Batch DX (a blogspot re-post of the Guardian's 2010 World Cup blog, and the Guardian's own 2010 daily blogs):
    a copy's garbled UTF-8 is read again (its standfirst's bullets of links, "⢠Follow …", are the page's head,
    not a post); a post opens with a bare hour ("9am Morning.", "8am. Before …") as with "9.05am You …"; a line the
    copy broke inside a sentence ("… from 8am-6pm UK" / "time, however …") goes on the paragraph above."""
    from tui.core.infra.reading import lines_of_bytes

    data = "\n".join(
        [
            "\u28a0Follow Switzerland v Chile live with John Ashdown.",
            "\u28a0Read Rob Smyth\u00e2\u20ac\u2122s mbm report of Portugal 7-0 N Korea",
            "10.15am: Pavlos Joseph, the England fan who pitched up in the changing room, will face trial on Friday.",
            "9.40am: Diego Maradona has announced to the world that Luis Fabiano did a double handball.",
            "9.05am You may have noticed a couple of things: I'm not Sean Ingle and I'm not in South Africa.",
            "",
            "8am. Before you read on, you really should give Scott Murray's report a look.",
            "",
            "Usual disclaimer: we will update the blog from 8am-6pm UK",
            "time, however posts will be more frequent before the matches kick off.",
            "",
            "7.40am: Good morning from a chilly London, where the papers are full of the octopus oracle.",
        ]
    ).encode("utf-8")
    lines, warnings = lines_of_bytes(data)
    assert lines[1] == "• Read Rob Smyth’s mbm report of Portugal 7-0 N Korea"
    assert warnings == ["2 line(s) of garbled UTF-8 (read as Windows-1252 by a copier) read again"]
    feed = parse_guardian(lines, "worldcup.txt")
    assert [part.text[:8] for part in feed.page_parts] == ["• Follow", "• Read R"]
    assert [p.stamp and p.stamp.text for p in feed.posts] == ["10.15am", "9.40am", "9.05am", "8am", "7.40am"]
    assert [b.text[:16] for b in feed.posts[3].body] == ["Before you read ", "Usual disclaimer"]


def test_numbered_entries_that_lost_four_numbers_and_those_under_the_last_number() -> None:
    """Batch DY (BBC Sport's 2012 Six Nations final day): "1." then "6." lost four entries, each a reader's message
    two blank lines apart inside entry 1; since every lost entry was set apart that way, so are those under "6."."""
    page = ["  1. 1918: ", "", "    Right then folks, that's that for another year. Night."]
    for name in ("Ken London", "Lucien de la Peste", "Shane Hughes", "Gavin Hall"):
        page += ["", "", f'    {name} on Twitter: "England deserved that victory today, what a scrappy game."']
    page += ["", "  6. 1859: ", "", "    The rugby is finished on the telly but you can watch the forum online."]
    page += ["", "", '    Gavin Sadler on Twitter: "Watch out Wales, next year could be very different."']
    posts = parse_lines(page, "rugby.txt", "bbc").posts
    assert [p.stamp.text if p.stamp else p.body[0].text[:10] for p in posts] == [
        "1918:",
        "Ken London",
        "Lucien de ",
        "Shane Hugh",
        "Gavin Hall",
        "1859:",
        "Gavin Sadl",
    ]


def test_readers_entries_under_606_and_text_icons_with_and_without_timed_entries() -> None:
    """Batch DY (BBC Sport's 2010 Six Nations pages): "Get involved on 606" and "Text in your views on 81111 …" are
    the icons' labels over readers' untimed entries, between timed entries or on a page of them alone; a message's
    sender signed under it ("From Charlotte, Kent, via text on 81111") is text, not a picture's name."""
    head = ["Six Nations as it happened", "", "By Ben Dirs", ""]
    between = [
        "2152: Right, the time has come to say goodbye. It's been lovely as usual, see you next year.",
        "",
        "Get involved on 606",
        'happyjenny on 606: "I\'d like to say how nice it was to see Mike Tindall back, he played really well."',
        "",
        "Text in your views on 81111 (UK) or +44 7786200666 (worldwide)",
        '"Absolutely dreadful refereeing in the France v England match. He should be ashamed."',
        "From Charlotte, Kent, via text on 81111",
        "",
        "2143: Funny old Championship really, as most Championships seem to be.",
    ]
    posts = parse_lines(head + between, "rugby.txt", "bbc").posts
    assert [p.body[0].text[:10] for p in posts] == ["Right, the", "happyjenny", '"Absolutel', "Funny old "]
    assert [b.kind for b in posts[2].body] == ["quote", "paragraph"]
    alone = ["Get involved on 606", 'john on 606: "I have watched my last game of rugby union."', ""]
    alone += ["Get involved on 606", 'espee66 on 606: "We have some great talent in England, but no pace."']
    posts = parse_lines(head + alone, "rugby.txt", "bbc").posts
    assert [p.body[0].text[:7] for p in posts] == ["john on", "espee66"]


def test_one_timed_entry_and_one_minute_entry_make_a_match_page_and_pundits_under_its_writer_lead() -> None:
    """Batch DY (BBC Sport's 2010 and 2011 Six Nations pages): one entry opening with its time and one with the
    match's minute are as good as two of either ("1908: …", "FULL-TIME:England 30-17 Wales …", "79 mins: …"); a line
    opening with a year under them is no entry ("2011 Six Nations: final day …"), and a pundit's words on air under
    the writer's line ("By Ben Dirs") are the newest entry, above the first timed one."""
    page = [
        "2011 Six Nations: final day of action as it happened",
        "",
        "By Ben Dirs",
        "",
        'Wales coach Warren Gatland on BBC One: "Wales were blasted off the rucks and there was no fluidity."',
        "",
        "2140: Over in Dublin, England have just been presented with the Six Nations trophy. Night...",
        "",
        "FULL-TIME: Lionel Nallet is the man of the match, as he makes a mess of the line-out at the end.",
        "",
        "77 mins: No try, Clerc grounded it short, and it's a Wales line-out.",
    ]
    feed = parse_lines(page, "rugby.txt", "bbc")
    assert [p.body[0].text[:10] for p in feed.posts] == ["Wales coac", "Over in Du", "FULL-TIME:", "No try, Cl"]
    assert [p.stamp.text if p.stamp else None for p in feed.posts] == [None, "2140:", None, None]


def test_a_list_item_a_copy_broke_before_its_stop_is_no_heading() -> None:
    """Batch DX (the Guardian's own 2010 World Cup blog): "3) New Zealand … holding out for a draw against" over
    "World Champions Italy." is an item of the opening post's numbered list, not the next post's heading."""
    page = [
        "Kaká lies on the turf after a mixed performance against Ivory Coast",
        "Kaká lies on the turf after a mixed performance against Ivory Coast. Photograph: Roberto Schmidt/AFP",
        "",
        "Welcome to guardian.co.uk's daily live World Cup blog, wherever you are in the world ... enjoy the day.",
        "",
        "What a day yesterday, eh? There was:",
        "",
        "1) John Terry trying to take on Fabio Capello in Camp England.",
        "",
        "2) The France squad's extraordinary decision to refuse to train.",
        "",
        "3) New Zealand, the 2000-1 outsiders, holding out for a draw against",
        "World Champions Italy.",
        "",
        "4) And last night's tutti-fruity Brazil v Ivory Coast match ...",
        "",
        "8.20am: The big news of the past 24 hours, to English ears at least, is John Terry's straight talking.",
    ]
    posts = parse_guardian(page, "worldcup.txt").posts
    assert [p.title for p in posts] == [None, None]


def test_over_by_over_score_and_wicket_headings_though_they_end_with_a_bracket() -> None:
    """Batch DZ (the Guardian's own 2013-14 over-by-over Ashes reports, times lost): a side's score with the match's
    state in brackets ("Australia 75/4 (trail by 140 runs …)") and a wicket's heading with the score in brackets
    ("WICKET! c Lyon b Johnson 0 (England 6-1)") head the post under them, as a goal's heading does."""
    page = [
        "Australia 75/4 (trail by 140 runs with six wickets remaining)",
        "",
        "Well, that was quite a day: 14 wickets, some sensational bowling. That's it from here, see you tomorrow.",
        "",
        "",
        "21st over: Australia 75-4 (Smith 38, Hughes 7)",
        "",
        "Anderson wrestles the ball back from Finn and marches to the end of his run up for the last over.",
        "",
        "WICKET! c Lyon b Johnson 0 (England 6-1)",
        "",
        "This was coming with tectonic inevitability, and Carberry is gone for nought.",
    ]
    posts = parse_guardian(page, "ashes.txt").posts
    assert [p.title for p in posts] == [
        "Australia 75/4 (trail by 140 runs with six wickets remaining)",
        None,
        "WICKET! c Lyon b Johnson 0 (England 6-1)",
    ]


def test_a_bbc_writers_name_and_role_on_one_line_is_the_posts_byline() -> None:
    """Batch DZ (the BBC's 2014 Scottish referendum page): "Laura Maxwell, BBC Scotland News" under a post's title is
    its byline, as the name over the role on two lines is; alone at a copy's cut-off end it stays the post's text."""
    page = [
        "  1. Campaigners' reactionspublished at 06:40 British Summer Time 19 September 2014",
        "",
        "    Laura Maxwell, BBC Scotland News",
        "",
        '    There have been tears from "Yes" campaigners at Ingliston this evening.',
        "",
        "  2. Ingliston countpublished at 06:30 British Summer Time 19 September 2014",
        "",
        "    Kevin Peachey, BBC News Scotland",
    ]
    posts = parse_lines(page, "indyref.txt", "bbc").posts
    assert posts[0].byline is not None and (posts[0].byline.name, posts[0].byline.role) == (
        "Laura Maxwell",
        "BBC Scotland News",
    )
    assert posts[1].byline is None and posts[1].body[0].text == "Kevin Peachey, BBC News Scotland"


def test_a_page_saved_with_its_head_only_has_no_posts_and_one_line_saying_so() -> None:
    """Batch EA (the Guardian's own 2009 G20 blog saved before its first post): the headline, a standfirst, "LIVE
    Updated" and the lead photo whose caption tells its alt again in its own order are the page's head; the page
    has no posts, and the one line about it says that only its head was there."""
    page = [
        "G20 summit and protests: live blog",
        "",
        "As world leaders gather for the London G20 summit, thousands of protesters have taken to the streets to vent"
        " their anger about the economic crisis, climate change and the war on terror. We bring you the latest news and"
        " analysis from the summit and updates from the protests",
        "LIVE Updated",
        "G20 protesters with police standing guard in central London",
        "Police stand guard in central London as protesters demonstrate against the G20 summit. Photograph: Bruno"
        " Vincent/AFP/Getty Images",
    ]
    with pytest.raises(ValueError, match=r"read as guardian but found no posts: only the page's head \(5 lines\)"):
        parse_lines(page, "g20.txt", "guardian")


def test_a_head_printed_again_under_the_lead_photo_and_a_paragraph_finding_this_out() -> None:
    """Batch EA (the Guardian's own 2009 Comment is free liveblog of the G20 protests): the headline and standfirst
    printed again under the lead photo (its alt in lower case) are head, not posts; a paragraph that takes up what
    the one above said by a pronoun ("To find this out for myself …") goes on its post."""
    page = [
        "G20: The view from the street",
        "",
        "The Guardian's digital journalist of the year liveblogs the G20 protests from the Bank of England",
        "g20 beat",
        "British police in riot gear beat protesters in central London's financial district Photograph: AP",
        "",
        "G20: The view from the street",
        "",
        "The Guardian's digital journalist of the year liveblogs the G20 protests from the Bank of England",
        "",
        "Dave Hill was named digital journalist of the year at Tuesday's British Press Awards for his London blog.",
        "",
        "",
        "By now, though, the atmosphere was changing again. A small group of police in riot gear came through.",
        "",
        "And it then became clear that people were being let out, one by one, right at the corner of Princes Street.",
        "",
        "To find this out for myself was going to entail a very long wait. As night fell I made another attempt.",
    ]
    feed = parse_guardian(page, "g20.txt")
    assert len(feed.page_parts) == 6 and feed.posts[0].body[0].text.startswith("Dave Hill")
    assert [b.text[:10] for b in feed.posts[-1].body][-2:] == ["And it the", "To find th"]


def test_html_tags_left_in_a_copy_are_taken_out_and_readers_comments_are_entries() -> None:
    """Batch EB (News Sniffer's copy of the BBC's 2009 Budget page, and the 2009 G20 summit page): the HTML tags a
    version viewer left in the text are taken out at load, with a line saying so ("1503<i>The BBC's … says:</i>"
    keeps its time run into the text); readers' untimed comments under their name and place or forum handle, and a
    reader's tweet with its "Read … Tweets" link, are entries of their own among the timed ones."""
    from tui.core.infra.reading import lines_of_bytes

    data = "\n".join(
        [
            "By Justin Parkinson and Jon Kelly",
            "",
            '1505 That concludes our live text Budget coverage. <a class="bodl" href="/1/hi/x.stm">Budget in-depth</a>',
            "",
            "1503<i>The BBC's Steve Schifferes says:</i> The chancellor is squeezing public spending in the future.",
            "",
            '<i>Mandy, UK says:</i> Typical budget. Petrol goes up by 2p. <a href="http://x.bbc/f">Have Your Say</a>',
            "",
            "<i> ElrikMerlin says:</i> Pity the car scrapping measure doesn't require purchase of a greener car.",
            "",
            "Alex Evans tweets: As Obama turns his head there's a wave of camera flashes Read Alex Evan's Tweets",
            "",
            "1501 BBC political correspondent Ben Wright says the Budget has put the Tories in a difficult spot.",
        ]
    ).encode("utf-8")
    lines, warnings = lines_of_bytes(data)
    assert warnings == ["4 line(s) held HTML tags a copier left in the text: the tags were taken out"]
    assert lines[4] == "1503The BBC's Steve Schifferes says: The chancellor is squeezing public spending in the future."
    posts = parse_lines(lines, "budget.txt", "bbc").posts
    assert [p.body[0].text[:12] for p in posts] == [
        "That conclud",
        "The BBC's St",
        "Mandy, UK sa",
        "ElrikMerlin ",
        "Alex Evans t",
        "BBC politica",
    ]


def test_clockwatch_results_head_their_posts_and_updated_ends_a_lead_ins_list() -> None:
    """Batch ED (the aggregator Scorescan's copy of the Guardian's 2018 Boxing Day clockwatch, times lost): a match's
    result alone between blank lines heads the post under it, even with nothing but "Updated" under it (its embed
    lost); a post's "Updated" ends the list its lead-in's colon opened; results in a list stay its items."""
    page = [
        "Join Michael Butler for Brighton v Arsenal, with Aubameyang striking early to give Emery's side the lead:",
        "",
        "Crystal Palace 0-0 Cardiff",
        "",
        "Read Dominic Fifield's match report:",
        "",
        "Updated",
        "",
        "Tottenham 5-0 Bournemouth",
        "",
        "Updated",
        "",
        "It's all over!",
        "",
        "QPR 1-2 Newcastle",
        "",
        "Norwich 4-0 WBA",
        "",
        "",
        "Goal! Norwich 4-0 WBA (Howson)",
        "",
        "A Becchio backheel sets up the former Leeds man to curl a lovely finish past Foster.",
    ]
    posts = parse_guardian(page, "clockwatch.txt").posts
    assert [p.title for p in posts] == [
        None,
        "Crystal Palace 0-0 Cardiff",
        "Tottenham 5-0 Bournemouth",
        "It's all over!",
        "Goal! Norwich 4-0 WBA (Howson)",
    ]


def test_an_uncredited_caption_repeating_the_alt_and_a_short_pages_wider_gap() -> None:
    """Batch ED (the Guardian's own 2012 Saturday clockwatch, times lost): a caption with no credit that repeats the
    lead picture's alt and goes on is the head's, with the standfirst over it; on a short page, three gaps are enough
    to tell its usual spacing, so two blank lines set a post apart."""
    page = [
        "Saturday clockwatch - as it happened",
        "",
        "Comfortable wins for Arsenal and Chelsea, Sunderland fall into the relegation zone, QPR break Swindon Town's"
        " record for early-season haplessness, plus a seven-goal thriller as Norwich pip Swansea. Not bad...",
        "What Clockwatch might have looked like 187 years and five days ago.",
        "What Clockwatch might have looked like 187 years and five days ago (if football existed). It'd be on paper.",
        "",
        "The last word to Alan Harris: he thinks Mr Occleshaw might fall foul of Euro weights and measures now.",
        "",
        "",
        "The Scottish results are in, too: Inverness Caledonian Thistle beat Hibs 3-0 and Hearts beat Aberdeen 2-0.",
        "",
        "It's over at Sunderland, Chelsea notching their first domestic win under Rafa Benitez on Wearside.",
        "",
        "GOAL! Swansea City 3-4 Norwich City (Michu 90)",
        "",
        "It's not quite yet over at the Liberty! Michu heads home to set up a frantic period of injury time.",
    ]
    feed = parse_guardian(page, "clockwatch.txt")
    assert len(feed.page_parts) == 4
    assert [p.body[0].text[:12] for p in feed.posts] == ["The last wor", "The Scottish", "It's not qui"]


def test_an_as_it_happened_copy_keeps_its_title_heading_and_writers_out_of_the_summary() -> None:
    """Batch EE (the BBC's 2013 'As it happened' page of the Boston Marathon explosions, untimed): the page's own
    title, the "Key points" heading and the writers listed as bullets under "Live text" are the page's head, not
    summary points; a sender's tweet, unstopped, ends its entry at the wider gap under it."""
    page = [
        "As it happened: Boston Marathon explosions",
        "",
        "Key points",
        "",
        "  • Two explosions near the finish line of the Boston Marathon have left at least three people dead",
        "  • US President Barack Obama vowed any group found to be responsible would feel the full weight of justice",
        "",
        "Live text",
        "",
        "",
        "  • Sarah Bell ",
        "  • Taylor Brown ",
        "",
        "Last updated 16 April 2013",
        "",
        "",
        "The Eastern Massachusetts branch of the Red Cross has set up a disaster response centre in the area.",
        "",
        "",
        "RedCrossEasternMA, The American Red Cross of Eastern Massachusetts",
        "",
        "tweets: Please check in with friends & family who were at the #BostonMarathon. Spread the word",
        "",
        "",
        "Mike Mitchell of Vancouver, Canada, a runner who had finished the race, saw a massive explosion.",
        "",
        "Smoke rose 50 feet (15 metres) in the air, he said.",
    ]
    feed = parse_lines(page, "boston.txt", "bbc")
    assert [b.text[:10] for b in feed.summary] == ["Two explos", "US Preside"]
    assert [(b.kind, b.text) for b in feed.page_parts if b.kind in ("page-title", "heading", "editor")] == [
        ("page-title", "As it happened: Boston Marathon explosions"),
        ("heading", "Key points"),
        ("editor", "Sarah Bell"),
        ("editor", "Taylor Brown"),
    ]
    assert [p.body[0].text[:10] for p in feed.posts] == ["The Easter", "RedCrossEa", "Mike Mitch"]


def test_a_feed_page_with_an_article_before_the_live_blogs_item() -> None:
    """Batch EG (a JSON Feed Viewer page of the Guardian's feed, 2020): an article's "Related: … – live" link is not
    the blog's headline; the live item's "Covid live news: …" headline (the subject first), the feed's date line
    under it ("Permalink - Posted on …") and its standfirst are the page's head, and its posts follow."""
    page = [
        "JSON Feed Viewer",
        "",
        "Biden raises record funds as aides jab 'train wreck' Trump after sorry debate",
        "",
        "Permalink - Posted on 2020-10-01 02:12",
        "",
        "Joe Biden broke fundraising records coming out of Tuesday's acrimonious presidential debate between the"
        " Democratic nominee and Donald Trump.",
        "",
        "Related: Biden tells white supremacist groups to 'cease and desist' after Trump's debate – live",
        "",
        "Continue reading...",
        "",
        "Covid live news: study suggests UK infection controls 'may be working'; Madrid lockdown looms",
        "",
        "Permalink - Posted on 2020-10-01 07:58",
        "",
        "Africa approaching 1.5m cases across its 54 countries; Italy ‘considering extending state of emergency’",
        "",
        "More than 1.5 million people in Merseyside are expected to be banned from mixing in pubs and restaurants.",
    ]
    feed = parse_guardian(page, "feed.txt")
    assert [b.text[:18] for b in feed.page_parts if b.kind == "page-title"] == ["Covid live news: s"]
    assert [p.body[0].text[:18] for p in feed.posts] == ["More than 1.5 mill"]


def test_a_feed_readers_page_keeps_each_live_blogs_item_and_drops_the_articles() -> None:
    """Batch EH (a FreshRSS reading view of the Guardian's feed, 2024 WSL final day): the reader's own lines ("Reading
    view", "There are new articles available, …") are head; after the first item's "Continue reading...", another
    live blog's item (under its own "… – live" headline) keeps its posts, up to its own "Continue reading...", while
    an article's item stays furniture."""
    page = [
        "Reading view",
        "",
        "There are new articles available, click to refresh the page.",
        "",
        "Manchester United v Chelsea: Women’s Super League final day – live",
        "",
        "Another notable miss for United is Leah Galton. She came off injured in the FA Cup final last Sunday.",
        "",
        "Continue reading...",
        "",
        "Aston Villa v Manchester City: Women’s Super League final day – live",
        "",
        "Chelsea face Manchester United at Old Trafford in another huge match this afternoon, kicking off at 3pm.",
        "",
        "Continue reading...",
        "",
        "Navalny ally says he will ‘never give up’ in fight against Putin",
        "",
        "Leonid Volkov, a close ally of the late Russian opposition leader Alexei Navalny, has vowed to fight on.",
        "",
        "Continue reading...",
    ]
    feed = parse_lines(page, "reader.txt", "guardian")
    assert [p.body[0].text[:12] for p in feed.posts] == ["Another nota", "Chelsea face"]
    assert any(part.text.startswith("Leonid Volkov") for part in feed.page_parts)


def test_thats_your_lot_closes_and_entries_labelled_by_event_are_posts() -> None:
    """Batch EI (the Guardian's own 2014 Commonwealth Games day-three blog, times lost): "That's your lot for today"
    is the blog's closing note, a post of its own; untimed entries each led by their event's label ("Men's 100m
    breast stroke final: …", "Women's 100m backstroke final: …") are posts of their own, a photo closing each, while
    readers' words led by "X writes:" stay one post."""
    page = [
        "Usain Bolt",
        "Jamaican sprint superstar Usain Bolt pitches up in Glasgow. Photograph: Art Widak/Demotix/Corbis",
        "",
        "Sort by:",
        "",
        "  • Latest first",
        "  • Oldest first",
        "",
        "That's your lot for today: Scotland have booked their place in the last eight, which is my cue to go.",
        "",
        "Men's 100m breast stroke final: England's Adam Peaty wins gold! He's set a new British record of 58.94s.",
        "",
        "Adam Peaty",
        "England's Adam Peaty has won the Men's 100m Breaststroke final. Photograph: Andrej Isakovic/AFP/Getty Images",
        "",
        "Women's 100m backstroke final: Emily Seebohm has won the gold medal for Australia in a Games record time.",
        "",
        "",
        'Peter Kimball writes: "Instead of resurrecting these dinosaurs, let\'s create new variants of sports."',
        "",
        'Steve Gibson emails: "All the sprinters could form one gigantic relay team to run a marathon."',
    ]
    posts = parse_guardian(page, "glasgow.txt").posts
    assert [p.body[0].text[:12] for p in posts] == ["That's your ", "Men's 100m b", "Women's 100m", "Peter Kimbal"]


def test_a_sentence_broken_where_its_link_was_is_no_title() -> None:
    """Batch EJ (the BBC's 2015 London election live page, its times lost): a line ending on a preposition ("You can
    still follow the latest updates and reaction with") is a sentence a copy broke where its link was, never a
    headline, so the post under the reporter's name runs on to its last paragraph."""
    assert not is_headline_shaped("You can still follow the latest updates and reaction with")
    assert is_headline_shaped("Could we be seeing more of George?")
    page = [
        "Live Reporting",
        "",
        "Sitala Peek",
        "",
        "BBC News",
        "",
        "That's it for our extended London Live election coverage which has been running since 22:00 last night.",
        "",
        "You can still follow the latest updates and reaction with",
        "",
        "Eddie Nestor's election special Drivetime show on BBC London 94.9.",
        "",
        "London Live will be back on Monday at 08:00. Have a great weekend.",
        "",
        "Could we be seeing more of George?",
        "",
        "Sitala Peek",
        "",
        "BBC News",
        "",
        "We might see more of George Galloway, too, who lost his seat in Bradford West.",
    ]
    posts = parse_lines(page, "london.txt", "bbc").posts
    assert [p.title for p in posts] == [None, "Could we be seeing more of George?"]


def test_were_pretty_much_all_done_here_is_a_closing_note() -> None:
    """Batch EK (the Guardian's own 2012 Olympics day-two blog, times lost; found while trying the app as a new user):
    "Well, we're pretty much all done here for the evening." is the blog's closing note, a post of its own, so the
    untitled post under it ("A shock in the water polo! …") is no part of it."""
    page = [
        "London 2012 Olympics: day two – as it happened",
        "",
        "Well, we're pretty much all done here for the evening. So nighty night, everyone, and sweet dreams. There's a"
        " long day of Olympic yearning ahead of us all tomorrow!",
        "",
        "A shock in the water polo! Serbia have beaten the defending champions Hungary 14-10 in a group match.",
        "",
        "The feelgood story of the day",
        "",
        "Skeet shooter Kim Rhode has become the first USA Olympian to win individual medals at five consecutive Games.",
    ]
    assert _guardian_openings(page, "olympics.txt") == [
        "Well, we're pretty m",
        "A shock in the water",
        "Skeet shooter Kim Rh",
    ]


def test_a_closing_note_under_a_summary_heading_opens_the_summary() -> None:
    """Batch EL (a cloudfront mirror of inkl's copy of a 2018 politics blog): "Evening summary" / "This live blog is
    now closing down." / the day's points -- the note is the summary's first line, and the points are the summary's,
    not posts of their own."""
    page = [
        "Government suffers 10th Lords defeat on EU withdrawal bill – as it happened",
        "",
        "Evening summary",
        "",
        "This live blog is now closing down.",
        "",
        "In the Lords vote (see: 7.02pm), an analysis of the division list showed 19 Tory rebels backed the amendment,"
        " voting against the government.",
        "",
        "The division list for the Commons vote on the Windrush scandal (see: 7.20pm) showed 180 of Labour’s 258 MPs"
        " voting in favour.",
        "",
        "The remainder of those who voted in favour included 28 SNP MPs, five Liberal Democrats and four Plaid Cymru.",
        "",
        "Updated",
        "",
        "MPs reject Labour's Windrush disclosure motion",
        "",
        "The government has survived the motion – MPs have voted down Labour’s motion to force ministers to disclose.",
    ]
    posts = parse_guardian(page, "lords.txt").posts
    assert [p.title for p in posts] == ["Evening summary", "MPs reject Labour's Windrush disclosure motion"]
    assert len(posts[0].body) == 4


CLOCKWATCH_SCORES = [
    "Premier League clockwatch – as it happened",
    "",
    "Right – I've got to go. Thanks very much for your emails today. Have a good weekend. Bye.",
    "",
    "League Two scores",
    "",
    "AFC Wimbledon 2-2 Exeter",
    "",
    "Southend 0-0 Bristol Rovers",
    "",
    "Torquay v Barnet postponed waterlogged pitch",
    "",
    "Wycombe 2-1 Aldershot",
    "",
    "League One scores",
    "",
    "Brentford 3-2 Portsmouth",
    "",
    "Tranmere 0-1 Hartlepool",
    "",
    "",
    "Championship scores",
    "",
    "Barnsley 0-6 Charlton",
    "",
    "Wolves 1-3 Huddersfield",
    "",
    "",
    "Here's Hubert O'Hearn, prophetically:",
    "",
    "Reds Reds burning bright",
    "Like Shankly's statue in the night",
    "I wonder what you'll do that's lame",
    "To royally feck this Reading game?",
    "",
    "",
    "Bury are relegated to League Two",
    "",
    "Bury 0-1 Oldham",
    "",
    "Poetry, please",
    "",
    "Niall Mullen writes:",
    "",
    "Brendan it's JW on the phone,",
    "Maybe it's time you walked alone.",
]


def test_a_clockwatchs_lists_of_scores_and_readers_verse_are_read_as_posts() -> None:
    """Batch EL (the Guardian's own 2013 clockwatch, times lost): a heading over a list of results is a post, however
    short ("Championship scores"); a fixture among the results ("Torquay v Barnet postponed …") and the result after
    it are items of the list, not headings; a reader's verse brought in by "Here's <name>, …:" after a wider gap is
    a post, and its lines end at the next wider gap ("Bury are relegated …" is a heading, its result its text); a
    short heading over "<name> writes:" is a headline."""
    posts = parse_guardian(CLOCKWATCH_SCORES, "clockwatch.txt").posts
    assert [(p.title, p.body[0].text[:20]) for p in posts] == [
        (None, "Right – I've got to "),
        ("League Two scores", "AFC Wimbledon 2-2 Ex"),
        ("League One scores", "Brentford 3-2 Portsm"),
        ("Championship scores", "Barnsley 0-6 Charlto"),
        (None, "Here's Hubert O'Hear"),
        ("Bury are relegated to League Two", "Bury 0-1 Oldham"),
        ("Poetry, please", "Niall Mullen writes:"),
    ]
    assert posts[1].body[-1].text == "Wycombe 2-1 Aldershot"


def test_a_diff_viewers_two_sides_of_a_changed_entry_line_are_two_entries() -> None:
    """Batch EM (News Sniffer's diff of a 2012 eurozone blog): the older version's top line and the newer one's run
    together on one line ("11.21am: … late last year. 12.01pm: Belgium …") are two timed entries."""
    page = [
        "Eurozone crisis live: EU summit optimism tested by record unemployment",
        "11.21am: The latest Greek retail sales data shows that spending continued to dive late last year. 12.01pm:"
        " Belgium saw its borrowing costs climb this morning, at an auction of short-term debt.",
        "It sold €2.58bn of three and six-month debt.",
        "11.45am: Economist Shaun Richards warns today that there are signs of investors deserting the euro.",
    ]
    posts = parse_guardian(page, "sniffer.txt").posts
    assert [(p.stamp.hour, p.stamp.minute) for p in posts if p.stamp] == [(11, 21), (12, 1), (11, 45)]
    assert [p.body[0].text[:20] for p in posts] == [
        "The latest Greek ret",
        "Belgium saw its borr",
        "Economist Shaun Rich",
    ]
    assert posts[1].body[-1].text == "It sold €2.58bn of three and six-month debt."


SPORT_2007 = [
    "Last Updated: Saturday, 17 March 2007, 18:39 GMT",
    "How the Six Nations was decided",
    "",
    "By Charlie Henderson",
    "",
    "  • Join BBC Sport's Interactive broadcast via the red button. Email the team at or text them on 81111.",
    "",
    '    "France were just about the best team after one minute of madness for Irish rugby."',
    "    Jonathan Davies, BBC Sport TV pundit",
    "",
    "    RBS Six Nations final standings:",
    "    1. France 8 pts (+69)",
    "    2. Ireland 8 pts (+65)",
    "",
    "  • That means France win the RBS Six Nations trophy. Scotland end up with the Wooden Spoon.",
    "",
    "    1918: FULL-TIME Wales 27-18 England",
    "    A penalty for Wales and aptly James Hook has the last touch.",
    "",
    "    1917: Shane Geraghty is half through but is brought down.",
]


def test_the_2007_sport_pages_bulleted_items_are_untimed_entries() -> None:
    """Batch EM (BBC Sport's 2007 Six Nations live text): the live text is a bulleted list, each item's paragraphs
    indented under its bullet; below the writer each bullet and each indented paragraph after a blank line is an entry,
    the red button's note is furniture, and "Last Updated: Saturday, 17 March 2007, 18:39 GMT" dates the page."""
    feed = parse_lines(SPORT_2007, "six-nations.txt", "bbc")
    assert [(p.body[0].text[:20], p.stamp.hour if p.stamp else None) for p in feed.posts] == [
        ('"France were just ab', None),
        ("RBS Six Nations fina", None),
        ("That means France wi", None),
        ("FULL-TIME Wales 27-1", 19),
        ("Shane Geraghty is ha", 19),
    ]
    assert [(s.day, s.month, s.year, s.hour) for s in feed.page_stamps] == [(17, 3, 2007, 18)]
    assert bbc_chrome("Join BBC Sport's Interactive broadcast via the red button or via the link on the top right.")


def test_an_over_by_over_reports_headings_sign_offs_emails_and_preambles() -> None:
    """Batch EN (the Guardian's own 2005 and 2013 over-by-over Ashes reports, a feed archive's 2015 one): a heading
    trailing off whose sentence the paragraph under it carries on ("Right. that's it from me …" / "… for now.") is a
    headline; a paragraph of thanks ending "Cheerio!" signs off, so the paragraph under it is a post; a reader named
    before their quoted email ("Paul Ewart is in the mood …: “…”") is part of the over above; "Preramble" opens a
    post as "Preamble" does, with or without a colon."""
    page = [
        "Ashes 2013-14: Australia v England – as it happened",
        "",
        "Right. that's it from me …",
        "",
        "… for now. But I'll be back tomorrow for the final session. Thanks for your emails. Stick around on site"
        " for Mike Selvey's report. But from me, cheerio!",
        "",
        "The verbal fisticuffs continue as the players walk off. These two teams dislike each other intensely.",
        "",
        "68th over: England 287-4 (Root 128, Wood 11) Filth from Johnson: a short, wide nothing ball.",
        "",
        "Paul Ewart is in the mood for a fight, er, I think: “That numskull Copestake has got it all wrong! I demand"
        " a retraction!”",
        "",
        "Preamble Afternoon, and welcome to the tension-free evening session at The Oval.",
        "",
        'Preramble "Is anyone else looking forward to seeing the Aussies squirming?" asks Paul Baker. I suspect so.',
    ]
    posts = parse_guardian(page, "obo.txt").posts
    assert [(p.title, p.body[0].text[:20]) for p in posts] == [
        ("Right. that's it from me …", "… for now. But I'll "),
        (None, "The verbal fisticuff"),
        (None, "68th over: England 2"),
        (None, "Preamble Afternoon, "),
        (None, 'Preramble "Is anyone'),
    ]
    assert posts[2].body[-1].text.startswith("Paul Ewart")


def test_a_readers_email_opening_with_their_words_and_name_opens_a_post() -> None:
    """Batch EN (inkl's copy of the Guardian's 2023 Ashes blog): "“Hello Rob!” writes Phil West. “OK, …" after the
    writer's answer to the email before is the next email's post, never a quotation inside the one before; and a
    writers' line with a bracket left open ("James Wallace (earlier and Rob Smyth (later)") is the page's head."""
    page = [
        "The Guardian - AU",
        "James Wallace (earlier and Rob Smyth (later)",
        "",
        "Play abandoned as Australia chase England target of 384 on day four of fifth Test – as it happened",
        "",
        "“Surely the ultimate ‘lost Bazballer’ is Jos Buttler?” says Phil Harrison. “The selectors were right.”",
        "",
        "Though I agree with you, I suspect Buttler’s biggest problem at Test level has been his own subconscious.",
        "",
        "We might yet find out. I have a hunch he’ll play some Test cricket next year.",
        "",
        "“Hello Rob!” writes Phil West. “OK, it wasn’t retiring from making zillions of dollars, but",
    ]
    posts = parse_guardian(page, "inkl.txt").posts
    assert [(p.title, p.body[0].text[:20], p.body[0].kind) for p in posts] == [
        (None, "“Surely the ultimate", "paragraph"),
        (None, "“Hello Rob!” writes ", "paragraph"),
    ]


def test_a_question_opening_with_a_pronoun_and_a_modal_is_no_headline() -> None:
    """Batch EO (Goodreads' copy of the Guardian's 2014 World Cup day-19 blog, no blank lines): "They wouldn't? Would
    they?" under a post's time leans on what the reader knows -- the post's text, not its headline."""
    page = [
        "World Cup 2014: day 19 as it happened",
        "4.43pm BST",
        "They wouldn't? Would they?",
        'Rumours increasing both in #CIV & Israel that Avram Grant "in talks" with Ivorian FA for coaching gig.',
        "4.42pm BST",
        "Hungary said goodbye to a World Cup great earlier today.",
    ]
    assert _guardian_headed_openings(page, "day19.txt") == [
        (None, "They wouldn't? Would"),
        (None, "Hungary said goodbye"),
    ]


def test_a_feed_digests_item_line_with_its_posted_date_is_the_pages_head() -> None:
    """Batch EO (a blog's digest of the Guardian's 2014 football feed): the list of the day's titles and the first
    item's line, its title, "Posted: 23 Jun 2014 02:47 PM PDT" and its standfirst, are the head; the text under it is
    the post."""
    page = [
        "Football news, match reports and fixtures | theguardian.com |",
        "- Croatia v Mexico: World Cup 2014 live!",
        "- Frank Lampard not ready to bring down curtain on England career",
        "- Helena Costa will not after all take over as Clermont Foot coach",
        "Croatia v Mexico: World Cup 2014 live! Posted: 23 Jun 2014 02:47 PM PDT World Cup Group A updates live from"
        " Recife",
        "Perisic started the move and Perisic ended it. He picked the ball up midway inside the Mexico half.",
    ]
    posts = parse_guardian(page, "digest.txt").posts
    assert [p.body[0].text[:20] for p in posts] == ["Perisic started the "]


def test_untimed_one_paragraph_items_opened_the_live_blog_way_are_posts() -> None:
    """Batch EO (the Guardian's own 2014 World Cup day-seven blog, times lost): "Some news emerging from …" and
    "Another quick plug for this quiz: …" open items, even under a lead-in whose video the copy lost ("… here's how the
    World Cup is being watched in North Korea:"); "Dominic Fifield is our man on the Copacabana. He's been on
    campervan-watch:" opens one though it ends with a colon."""
    page = [
        "World Cup 2014 – as it happened",
        "",
        "And the last entry for today – here's how the World Cup is being watched in North Korea:",
        "",
        "Some news emerging from the Uruguay camp ahead of Thursday's game against England: Sky Sports are reporting"
        " that centre-half Diego Lugano is out of the match.",
        "",
        "Another quick plug for this quiz: name the World Cup beard. Ten out of 10 for me, by the way.",
        "",
        "Dominic Fifield is our man on the Copacabana. He's been on campervan-watch:",
        "",
        "Camper van heaven on Copacabana. Some classics have come over. This from Argentina...",
    ]
    assert _guardian_openings(page, "day7.txt") == [
        "And the last entry f",
        "Some news emerging f",
        "Another quick plug f",
        "Dominic Fifield is o",
    ]


WIMBLEDON_2009 = [
    "By Tom Fordyce at Wimbledon",
    "",
    "It's good news for a Briton at Wimbledon",
    "1724: Need a little lift before heading home? Bates and Jarryd have just seen off McNamara and McNamee.",
    "",
    'From LTBFAUH on 606 "No female in the history of Wimbledon is better than Venus."',
    "",
    "1717: Annihilation. Drubbing. Flogging. Rout. Slaughter. Whipping. Want me to carry on?",
    "",
    'Alex Bogdanovic speaking to BBC Sport: "As far as wildcards are concerned I think this is it for me."',
    "Bogdanovic in last chance saloon",
    "",
    "A bagel",
    "Venus 6-1 6-0 Safina",
    "I feel like one of those knitting ladies at the guillotine.",
    "",
    "Venus 6-1 *5-0 Safina",
    '"Avoid the bagel!" shouts a lone voice from the back of the crowd.',
    "",
    "1714: Thrashing. Thumping. Spanking.",
    '"I see federer dropping at least a set today."',
    "From myfaceisgreen on 606",
]


def test_the_2009_tennis_pages_icons_games_and_pundits() -> None:
    """Batch EP (BBC Sport's 2008-2009 Wimbledon live text): an icon's label straight over an entry's time ("It's good
    news for a Briton at Wimbledon") is that entry's label, not the end of the entry above; a game's score over its text
    ("Venus 6-1 *5-0 Safina"), perhaps under a picture's name ("A bagel"), is an untimed entry titled by the score; a
    player "speaking to BBC Sport: …" after a blank line is an untimed entry; "From myfaceisgreen on 606" under a
    message signs it."""
    posts = parse_lines(WIMBLEDON_2009, "wimbledon.txt", "bbc").posts
    assert [(p.title, p.stamp.hour if p.stamp else None) for p in posts] == [
        (None, 17),
        (None, 17),
        (None, None),
        ("Venus 6-1 6-0 Safina", None),
        ("Venus 6-1 *5-0 Safina", None),
        (None, 17),
    ]
    assert [label.text for label in posts[0].labels] == ["It's good news for a Briton at Wimbledon"]
    assert posts[0].body[-1].text.startswith("From LTBFAUH on 606")
    assert posts[2].body[0].text.startswith("Alex Bogdanovic speaking to BBC Sport")
    assert posts[-1].body[-1].text == "From myfaceisgreen on 606" and posts[-1].body[-1].kind == "paragraph"


def test_the_2007_pages_stamp_with_its_uk_time_after_it() -> None:
    """Batch EP (BBC Sport's 2007 Wimbledon day one): "Last Updated: Tuesday, 26 June 2007, 08:45 GMT 09:45 UK"."""
    page = [
        "Last Updated: Tuesday, 26 June 2007, 08:45 GMT 09:45 UK",
        "Day one as it happened",
        "",
        "By the BBC Sport team at Wimbledon",
        "",
        "2125: It's been quite a day - cold, damp and in the end exhilarating.",
        "",
        "2119: Henman manages to encapsulate his whole career in one epic game.",
    ]
    feed = parse_lines(page, "wimbledon-2007.txt", "bbc")
    assert [(s.day, s.month, s.year, s.hour, s.minute) for s in feed.page_stamps] == [(26, 6, 2007, 8, 45)]


def test_a_greeting_and_a_readers_question_are_a_posts_text_not_pictures() -> None:
    """Batch EQ (the BBC's 2020 coronavirus pages on its feeds host): "Good morning," opening a post is its text, not a
    picture's alt; "Question from John in Uganda" over the answering writer's name and role is the post's first text,
    and the name and role its byline."""
    page = [
        "  1. The latest key developmentspublished at 09:06 Greenwich Mean Time 19 March 2020",
        "",
        "    Good morning,",
        "",
        "    A lot has happened in the past 24 hours as the world tries to grapple with the coronavirus pandemic.",
        "",
        "  2. What information can we trust?published at 16:36 Greenwich Mean Time 19 March 2020",
        "",
        "    Question from John in Uganda",
        "",
        "    Helen Briggs",
        "    BBC News",
        "",
        "    I’m often asked which sources can be trusted, and the answer is the official ones.",
    ]
    posts = parse_lines(page, "covid.txt", "bbc").posts
    assert [(b.kind, b.text[:20]) for b in posts[0].body][:1] == [("paragraph", "Good morning,")]
    assert posts[1].byline is not None and (posts[1].byline.name, posts[1].byline.role) == ("Helen Briggs", "BBC News")
    assert [(b.kind, b.text[:20]) for b in posts[1].body] == [
        ("paragraph", "Question from John i"),
        ("paragraph", "I’m often asked whic"),
    ]


def test_a_summary_ends_at_a_pointer_to_the_full_story_and_a_wider_gap() -> None:
    """Batch ER (a news reader's copy of the Guardian's 2019 politics blog): "… my colleague Heather Stewart has the
    full story:" whose link the copy dropped, then two blank lines, ends the closing summary; the paragraph under the
    gap is the next post, never an item of a list the pointer opened."""
    page = [
        "Closing summary",
        "",
        "We’re going to close down this live blog now, so here’s a summary of the day’s events:",
        "",
        "  • Theresa May suffered another humiliating defeat as MPs overwhelmingly rejected her Brexit deal.",
        "  • Labour said it would again try to force the government to adopt its Brexit stance.",
        "",
        "If you’d like to read more, my colleague Heather Stewart has the full story:",
        "",
        "",
        "The UK is moving closer to crashing out of the European Union without a deal, the German minister said.",
    ]
    posts = parse_guardian(page, "summary.txt").posts
    assert [(p.title, p.body[0].text[:20]) for p in posts] == [
        ("Closing summary", "We’re going to close"),
        (None, "The UK is moving clo"),
    ]
    assert posts[1].body[0].kind == "paragraph"


def test_a_documents_fields_are_no_headlines_and_all_is_not_well_opens_a_post() -> None:
    """Batch ER (News Sniffer's diff of the 2016 EU referendum blog, the Guardian's own 2019 Brexit page): "Seconded
    by: Ann Coffey MP" under "Proposed by: …" is the motion's last line, not a heading over the next time; "All is not
    well at the People’s Vote campaign, Rowena Mason reports: …" after a graphic's name opens a post (the idiom leans on
    nothing)."""
    page = [
        "12.16pm BST",
        "Corbyn faces no confidence motion",
        "Jeremy Corbyn faces a no confidence motion in his leadership, from two of his MPs.",
        "Proposed by: Rt Hon Dame Margaret Hodge MP",
        "Seconded by: Ann Coffey MP",
        "12.08pm BST",
        "More on joint efforts by Scotland’s first minister, Nicola Sturgeon, and the London mayor, Sadiq Khan.",
    ]
    posts = parse_guardian(page, "sniffer.txt").posts
    assert [p.title for p in posts] == ["Corbyn faces no confidence motion", None]
    assert posts[0].body[-1].text == "Seconded by: Ann Coffey MP"
    page = read_lines(ROOT / "tests/data/real_pages/gdn-349-own-page-brexit-key-points-graphic-2019.txt")[0]
    assert [p.body[0].text[:20] for p in parse_lines(page, "brexit.txt", "guardian").posts] == [
        "Our crack visuals un",
        "All is not well at t",
    ]


def test_an_articles_feed_item_above_the_blogs_item_is_the_copiers_however_short() -> None:
    """Batch ES (Goodreads' feed of a writer's articles): the Fiver newsletter's item, its lines short exclamations
    ("Sign up now! …", "It’s England v Scotland tonight: … Buh-bye!"), ending "Continue reading..." run into the next
    item's date, stands above the blog's own headline: all of it is the copier's, none of it a post."""
    page = [
        "Rob Smyth's Blog, page 88",
        "June 18, 2021",
        "The Euro 2020 Fiver | Yep, it’s England v Scotland. Truly, yins don’t come much bigger",
        "Sign up now! Sign up now! Sign up now? Sign up now!",
        "It’s England v Scotland tonight: there’s your Friday Fiver! Buh-bye!",
        "Related: England v Scotland will reflect how both have changed, on and off field | Jonathan Liew",
        "Continue reading...June 17, 2021",
        "Netherlands 2-0 Austria: Euro 2020 – as it happened",
        "Memphis Depay and Denzel Dumfries scored as the Netherlands secured a place in the last 16",
        "10.01pm BST",
        "That’s it for tonight’s blog. Jamie Jackson has filed his match report. Night!",
        "9.52pm BST",
        "Peep peep! The Netherlands join Italy and Belgium in the last 16.",
    ]
    assert _guardian_headed_openings(page, "goodreads.txt") == [
        (None, "That’s it for tonigh"),
        (None, "Peep peep! The Nethe"),
    ]


def test_the_2011_share_popup_after_an_entrys_time_and_a_block_of_list_lines() -> None:
    """Batch ET (a blog's re-post of the Guardian's 2011 Egypt blog): "10.51am:CloseLink to this update: There were
    rumours …" opens a timed entry (the share popup's words run in after the time are no text); a block of short lines
    one under another, set apart by blank lines ("Wael Ghonim, Cairo" / "Mohamed Abdelfattah, Alexandria" / …), is a
    list of the entry above, never headings."""
    page = [
        "Egypt protests - live updates | News |",
        "",
        "10.51am:CloseLink to this update: There were rumours that Mubarak's son Gamal had fled to London.",
        "",
        "10.37am:CloseLink to this update: Activists have created a list of missing persons, writes Haroon Siddique.",
        "",
        "These are the details of the list as it stands.",
        "",
        "Wael Ghonim, Cairo",
        "Mohamed Abdelfattah, Alexandria",
        "Shahd Essam, Nasr City",
        "The blogger Sandmonkey",
        "",
        "10.29am:CloseLink to this update: My colleague Graeme Wearden has more on the Egyptian economy.",
    ]
    posts = parse_guardian(page, "egypt.txt").posts
    assert [(p.stamp.hour, p.stamp.minute, p.body[0].text[:20]) for p in posts if p.stamp] == [
        (10, 51, "There were rumours t"),
        (10, 37, "Activists have creat"),
        (10, 29, "My colleague Graeme "),
    ]
    assert [(b.kind, b.text) for b in posts[1].body[-2:]] == [
        ("bullet", "Shahd Essam, Nasr City"),
        ("bullet", "The blogger Sandmonkey"),
    ]


def test_a_numbered_classification_a_stage_heading_and_a_paragraph_naming_it_past_a_link() -> None:
    """Batch EV (the Guardian's own 2008 Tour de France stage 13 blog, times lost): the general classification's
    numbered lines under their heading are a list, never headings; "Stage 13" over prose is a headline; "Stage 13
    finishes in Nîmes, …" after a "… click here." link goes on with the post headed "Stage 13"."""
    page = [
        "Tour de France: stage 13 - as it happened",
        "",
        "General classification after 12 stages",
        "",
        "1. Cadel Evans (Silence-Lotto) 50hr 23min 05sec",
        "2. Frank Schleck (CSC Saxo Bank) +01sec",
        "6. Carlos Sastre (CSC Saxo Bank) +1min 28sec",
        "147. Mark Cavendish (Team Columbia) +1hr 52min 04sec",
        "",
        "Stage 13",
        "",
        "Today's stage starts in the south-western town of Narbonne, seven times a host town of the tour.",
        "",
        "To see the website I brazenly plagiarised all that information from, click here.",
        "",
        "Stage 13 finishes in Nîmes, another picturesque Roman town that's over 2,000 years old.",
    ]
    posts = parse_guardian(page, "tour.txt").posts
    assert [p.title for p in posts] == ["General classification after 12 stages", "Stage 13"]
    assert [b.kind for b in posts[0].body] == ["bullet"] * 4
    assert posts[1].body[-1].text.startswith("Stage 13 finishes in Nîmes")


def test_a_flattened_bbc_sport_page_s_generic_titles_and_jersey_icons() -> None:
    """Batch EV (a scraper's copy of BBC Sport's 2015 Tour de France live page, no blank lines, no times): "Post
    update" opens an untitled post (its title generic); a jersey's icon name over a title ("Yellow jersey" / "As you
    were") opens the post, the icon its label, the line under it its title however short."""
    page = [
        "So it's on to stage 14 tomorrow, which finishes up in Mende. Don't expect too much shuffling in the GC.",
        "Green jersey",
        "Sagan back in green",
        "It may have not been the stage win he wanted, but Peter Sagan's second place gives him the points lead back.",
        "Post update",
        "Greg van Avermaet receives the plaudits on the podium for his stage win. It's his first ever Tour stage win.",
        "Yellow jersey",
        "As you were",
        "There has been absolutely no change to the top nine in the general classification. The only time dropped is",
    ]
    posts = parse_lines(page, "tour-2015.txt", "bbc").posts
    assert [(p.title, p.title_generic, [label.text for label in p.labels]) for p in posts[1:]] == [
        ("Sagan back in green", False, ["Green jersey"]),
        ("Post update", True, []),
        ("As you were", False, ["Yellow jersey"]),
    ]


def test_an_as_it_happened_copy_with_no_times_keeps_its_head_and_pundits_inside_entries() -> None:
    """Batch EW (BBC Sport's 2012 Open 'as it happened' copied without numbers or times): the furniture of the
    2012-2014 pages makes it the BBC's; the lines above "As it happened" are the page's head (its standfirst a
    summary line, the "Get involved" box's items furniture); "Name, BBC Sport" over a quotation is a pundit's source
    line inside an entry (no reader, no title), and the wider gap parts the entries."""
    page = [
        "The Open 2012: Final round as it happened",
        "",
        "South Africa's Ernie Els wins the Open after Adam Scott loses a four-shot lead in a dramatic finale.",
        "",
        "22 July 2012 Last updated at 19:11",
        "",
        "Get involved",
        "",
        "To get involved contact us in any of the following ways",
        "",
        "  • Send us a text: 81111",
        "  • Twitter:#bbcgolf",
        "",
        "As it happened",
        "",
        "    Bernard Gallacher, BBC Radio 5 live",
        "",
        '    "I cannot think of anything like that in an Open Championship. You do feel the pressure got to him.',
        "",
        "    Nick Faldo, BBC Sport",
        "",
        '    "Adam Scott\'s Achilles heel is pulling his mid irons which is what he did at 17 on the last day."',
        "",
        "",
        '    Three-time Open champion Gary Player: "What a great day for South African golf. It is remarkable."',
        "",
        "    Nick Faldo, BBC Sport",
        "",
        '    "Els didn\'t do anything sensational, he just kept playing solid, solid golf all day long."',
    ]
    feed = parse_lines(page, "open-2012.txt")
    assert feed.source == "bbc"
    assert [b.text for b in feed.summary] == [page[2]]
    assert {"• Send us a text: 81111", "• Twitter:#bbcgolf"} <= {part.text for part in feed.page_parts}
    assert [(p.title, p.body[0].text) for p in feed.posts] == [
        (None, "Bernard Gallacher, BBC Radio 5 live"),
        (None, page[24].strip()),
    ]
    assert [b.text for b in feed.posts[0].body][-2:] == ["Nick Faldo, BBC Sport", page[21].strip()]


def test_untimed_words_under_a_2011_sport_pages_timed_entries_are_entries_of_their_own() -> None:
    """Batch EW (BBC Sport's 2011 Open, sport2 layout): after the timed entries, a picture's name over words whose
    attribution ends with it ("Iain Carter" / "BBC golf correspondent Iain Carter: …"), a player's words "on
    Twitter" and a named speaker's with who they are in brackets each open an untimed entry."""
    page = [
        "By Ben Dirs leaderboard (official site)",
        "",
        "1834: Clarkey wipes away a tear as he mentions his wife. Good speech that from an impressive Open champion.",
        "",
        "1827: Nice moment between Mickelson and Clarke there, an arm round the champion from the runner-up.",
        "",
        "1821: Time for the presentation ceremony as the rain sweeps into Sandwich again... Seve gets a big mention.",
        "",
        "Iain Carter",
        'BBC golf correspondent Iain Carter: "It shows the craftsmanship of his golf and that was what was required."',
        "",
        'Ian Poulter on Twitter: "The respect for DC is shown by everybody congratulating him as he finished."',
        "",
        "Godfrey Clarke (Darren's dad): \"He's been playing well the last few months but not getting scores.\"",
        "",
        "A reader's note on the leaderboard, which keeps changing every few minutes, and it is fine.",
    ]
    posts = parse_lines(page, "open-2011.txt", "bbc").posts
    firsts = [next(b.text for b in p.body if b.kind != "image")[:24] for p in posts]
    assert firsts == [
        "Clarkey wipes away a tea",
        "Nice moment between Mick",
        "Time for the presentatio",
        "BBC golf correspondent I",
        "Ian Poulter on Twitter: ",
        "Godfrey Clarke (Darren's",
    ]
    assert posts[-1].body[-1].text.startswith("A reader's note")


def test_a_numbered_list_set_apart_by_blank_lines_and_its_announced_caption_stay_in_the_post() -> None:
    """Batch EW (the Guardian's 2012 Open preamble): a paragraph announcing the tee times, the list's caption and
    its items numbered without a stop ("1 06:19 Barry Lane, James Driscoll") are the preamble's, never headlines
    or posts."""
    page = [
        "Morning. There's plenty of reasons to be excited about the weekend ahead, not least an Open in the dry.",
        "",
        "Anyway, here are the tee-off times, it's safe to say the groups going out between 9.20am and 9.42am matter.",
        "",
        "The Open tee times, day one",
        "",
        "1 06:19 Barry Lane, James Driscoll",
        "",
        "2 06:30 Richard Finch, Garth Mulroy",
        "",
        "3 06:41 Matthew Baldwin, Adilson Da Silva, Tadahiro Takayama",
    ]
    posts = parse_guardian(page, "open-2012.txt").posts
    assert len(posts) == 1 and posts[0].title is None
    assert [b.kind for b in posts[0].body][-3:] == ["bullet"] * 3
    assert "The Open tee times, day one" in [b.text for b in posts[0].body]


def test_old_guardian_times_without_a_colon_a_time_run_into_its_word_and_a_cut_last_entry() -> None:
    """Batch EW (Guardian golf, 2004 and a 2011 copy flattened onto one line): "7.23pm How unlucky! …" opens an
    entry, and so does the copy's last line cut two words after its time; "1pm leaderboard: +1 Garcia (6) …" after a
    sentence's end is an entry at 1pm whose text opens with the word."""
    page = [
        "7.23pm Hamilton putts from about fifty feet away to land eighteen inches from the hole.",
        "",
        "7.02pm Hamilton tees off and thwacks an absolute beauty onto the green.",
        "",
        "6.57pm Ernie put",
    ]
    posts = parse_guardian(page, "open-2004.txt").posts
    assert [(p.stamp.text if p.stamp else None, p.body[0].text) for p in posts] == [
        ("7.23pm", page[0][7:]),
        ("7.02pm", page[2][7:]),
        ("6.57pm", "Ernie put"),
    ]
    flat = (
        "1.15pm: Sergio’s roll continues! He birdies 7 after sending a beautiful second shot pin high to 20 feet. "
        "1.05pm: It’s been another distressing day for the young Korean player Jung-Gon Hwang, who shot 79 today. "
        "1pm leaderboard: +1 Garcia (6) Selected other scores: -5 Clarke (2.10pm) -4 Johnson (2.10pm) -2 Fowler (2pm)"
    )
    posts = parse_lines(["The Open 2011: the final day – live!", "", flat], "open-2011.txt", "guardian").posts
    assert [(p.stamp.text if p.stamp else None, p.body[0].text[:26]) for p in posts] == [
        ("1.15pm", "Sergio’s roll continues! H"),
        ("1.05pm", "It’s been another distress"),
        ("1pm", "leaderboard: +1 Garcia (6)"),
    ]


def test_a_sport_posts_byline_under_its_score_line_is_the_posts_byline() -> None:
    """Batch EX (BBC Sport's 2025 snooker final page): a post prints the match's score first ("Final: Williams 7-14
    Zhao"), then its writer's name and role: the byline is the post's, the score line its first text."""
    page = [
        "  1. Will amateur Zhao win prize money?published at 14:29 British Summer Time",
        "",
        "    Final: Williams 7-14 Zhao",
        "",
        "    Steve Sutcliffe",
        "    BBC Sport at the Crucible Theatre, Sheffield",
        "",
        "    Zhao Xintong is already guaranteed £200,000 just for reaching the final.",
        "",
        "  2. Head-to-headpublished at 14:27 British Summer Time",
        "",
        "    Final: Williams 7-14 Zhao",
        "",
        "    This is the seventh meeting between Mark Williams and Zhao Xintong.",
    ]
    posts = parse_lines(page, "snooker.txt", "bbc").posts
    assert [(p.byline.name if p.byline else None, p.body[0].text) for p in posts] == [
        ("Steve Sutcliffe", "Final: Williams 7-14 Zhao"),
        (None, "Final: Williams 7-14 Zhao"),
    ]


def test_a_headed_post_is_not_cut_where_a_paragraph_merely_reads_like_a_lead() -> None:
    """Batch EX (the Guardian's 2014 Oscars blog saved without times): under "The Oscars done and dusted", a
    paragraph that reads like a lead only by its subject and verb ("For most of the night Steve McQueen's drama was
    forced …") is the headed post's; the blog's sign-off stays its last paragraph."""
    page = [
        "The Oscars done and dusted",
        "",
        "It’s over, it’s over, it‘s finally over. What began on the sticky, bloody red carpet culminated later with a "
        "last gasp victory for 12 Years a Slave, a sudden turnabout to dent the otherwise impregnable Gravity.",
        "",
        "Was it dramatic? Well, it was and it wasn’t. The march of Gravity became so thunderous that it became hard to "
        "believe that it would not crown its Oscar haul with the biggest prize of them all.",
        "",
        "For most of the night Steve McQueen’s searing historical drama was forced to sit on the sidelines, oppressed "
        "and ignored. And then in one fell bound it was free.",
        "",
        "That’s it from us. Thanks for sticking with us; maybe see you again next year.",
    ]
    posts = parse_guardian(page, "oscars.txt").posts
    assert [(p.title, len(p.body)) for p in posts] == [("The Oscars done and dusted", 4)]


def test_a_pictures_alt_over_its_caption_cut_short_is_a_picture_not_a_headline() -> None:
    """Batch EX (the Guardian's 2014 Oscars blog; a 2014 copy of the Pistorius verdict blog had the same): the copy
    ends inside a caption that repeats the alt over it ("Steve McQueen jumping for joy …" / "Steve McQu"): the two
    lines are the post's picture, never a headline and a post."""
    page = [
        "Leaping to victory",
        "",
        "McQueen grabs the Oscar and then jumps up and down. He’s jumping like a jackrabbit.",
        "",
        "Steve McQueen jumping for joy after 12 Years a Slave won the best picture Oscar",
        "Steve McQu",
    ]
    posts = parse_guardian(page, "oscars.txt").posts
    assert [(p.title, [b.kind for b in p.body]) for p in posts] == [
        ("Leaping to victory", ["paragraph", "image", "caption"])
    ]


def test_an_as_it_happened_copy_parts_at_a_handle_and_reads_a_title_run_into_its_time() -> None:
    """Batch EX (BBC News' 2014 Oscars "As it happened" page, its numbers and most times lost): a line ending in a
    handle ("… on Twitter @BBCNewsEnts") ends its entry before the wider gap; "Barkhad Abdi 23:36:" is an entry's
    title and time run together, the picture's name straight over it ("Joseph Gordon-Levitt") that entry's."""
    page = [
        "Oscars 2014: As it happened",
        "",
        "    So relax, put your feet up and let us guide you through the frocks, the shocks and the sure things.",
        "",
        "",
        "    And they're off - best supporting actress Lupita Nyong'o is relying on some family heirloom to help her.",
        "",
        "    Follow the BBC News entertainment team's Oscar coverage on Twitter @BBCNewsEnts",
        "",
        "",
        "    On his way to the Oscars and looking typically dapper is Joseph Gordon Levitt, in a dark suit.",
        "",
        "    Joseph Gordon-Levitt tweets: On my way. #Oscars PHOTO: http://fb.me/2HM0hCSdP",
        "",
        "    Joseph Gordon-Levitt",
        "    Barkhad Abdi 23:36:",
        "",
        "    Excellent stuff, Captain Phillips star and best supporting actor nominee Barkhad Abdi greets the hosts.",
    ]
    posts = parse_lines(page, "oscars.txt", "bbc").posts
    assert [(p.title, p.stamp.text if p.stamp else None, p.body[0].text[:20]) for p in posts] == [
        (None, None, "So relax, put your f"),
        (None, None, "And they're off - be"),
        (None, None, "On his way to the Os"),
        ("Barkhad Abdi", "23:36", "Joseph Gordon-Levitt"),
    ]
    assert posts[-1].body[0].kind == "image"


def test_a_scrapers_date_over_a_first_posts_time_dates_the_page_and_times_the_post() -> None:
    """Batch EY (a news app's copy of the Guardian's 2022 Grand National blog): " date 2022-04-09 6.03pm BST" over the
    newest post's text, time lines like it further down, is the scraper's date and that post's time; over another
    time line, or over posts that print none, it stays the page's own stamp."""
    page = [
        " date 2022-04-09 6.03pm BST",
        "",
        "That’s it’s for this year. Well done to all you winners out there.",
        "",
        "5.57pm BST",
        "",
        "Further placings here.",
    ]
    feed = parse_lines(page, "national.txt", "guardian")
    assert [(p.stamp.text if p.stamp else None, p.body[0].text[:10]) for p in feed.posts] == [
        ("6.03pm BST", "That’s it’"),
        ("5.57pm BST", "Further pl"),
    ]
    assert [day.isoformat() for day in feed.copy_dates] == ["2022-04-09"]
    stamped = parse_lines([page[0], "", *page[4:]], "national.txt", "guardian")
    assert [p.stamp.text if p.stamp else None for p in stamped.posts] == ["5.57pm BST"]
    assert [s.text for s in stamped.page_stamps] == ["date 2022-04-09 6.03pm BST"]


def test_a_teaser_headline_a_long_unstopped_line_under_a_headline_and_a_caption_printed_as_its_alt() -> None:
    """Batch EZ (the Guardian's 2012 reaction blog saved without times): "Page 2 for a Romney win, page 3 for Obama
    ..." over a long line whose stop was lost is a headline over its text; a picture's alt and its caption printed
    as the same line twice are a picture; a long unstopped line straight under a later headline ("World reaction")
    is that post's text, never a second headline."""
    page = [
        "Who got it most wrong?",
        "",
        "The day after election day is, of course, the day for recriminations among the losing side.",
        "",
        "",
        "Page 2 for a Romney win, page 3 for Obama ...",
        "",
        "Here is the front page of Le Soir, one of the have-it-both ways Belgian newspapers mentioned earlier",
        "",
        "Le Soir, 7 November 2012",
        "Le Soir, 7 November 2012",
        "",
        "Thanks to reader Edward Mi for sending a link to this image.",
        "",
        "",
        "World reaction",
        "",
        'From Australia, to China, Egypt and Russia ... hear people say "Obama" in different accents ... and watch '
        "some of them offer their more in-depth assessment of his second presidential election win",
    ]
    posts = parse_guardian(page, "reaction.txt").posts
    assert [(p.title, [b.kind for b in p.body]) for p in posts] == [
        ("Who got it most wrong?", ["paragraph"]),
        ("Page 2 for a Romney win, page 3 for Obama ...", ["paragraph", "image", "caption", "paragraph"]),
        ("World reaction", ["paragraph"]),
    ]


def test_untimed_entries_set_apart_from_the_head_and_a_readers_name_in_a_place_over_writes() -> None:
    """A 2011 BBC "As it happened" page with one timed entry among untimed ones (Hurricane Irene): the first entry
    under the head's furniture counts among the entries a wider gap sets apart, so the two above the timed one are
    entries, not the summary's; "Cieran Murphy in New Jersey" over "writes: …" opens a reader's entry."""
    page = [
        "As it happened: Irene hits the US",
        "",
        "Key points",
        "",
        "  • Irene has roared up the east coast, dumping heavy rain from North Carolina to New York City.",
        "",
        "Terms and conditions",
        "",
        "",
        "    Welcome to our live page following Hurricane Irene as it marauds up the east coast of the United States.",
        "",
        "",
        "    AFP news agency has raised the death toll from the storm so far to seven, including a surfer in Florida.",
        "",
        "    0012: Laura Trevelyan BBC News, New York",
        "",
        "    The rain-drenched streets of midtown Manhattan are virtually deserted, apart from a few tourists.",
        "",
        "",
        "    The American news magazine Gawker has published an amusing top 10 videos of TV news reporters.",
        "",
        "    Cieran Murphy in New Jersey",
        "",
        "    writes: This is my first hurricane since moving to the United states from East Ham, London.",
    ]
    posts = parse_lines(page, "irene.txt", "bbc").posts
    firsts = [next(b.text for b in p.body)[:20] for p in posts]
    assert firsts == [
        "Welcome to our live ",
        "AFP news agency has ",
        "The rain-drenched st",
        "The American news ma",
        "Cieran Murphy in New",
    ]
    assert [p.stamp.text if p.stamp else None for p in posts] == [None, None, "0012:", None, None]


def test_a_picture_whose_caption_repeats_its_alt_under_an_entrys_last_sentence_is_an_entry() -> None:
    """The BBC's 2013 Thatcher "As it happened" page copied without numbers or times: a picture's alt under an entry's
    last sentence, its caption repeating it and going on, opens an entry of its own (the picture its image)."""
    page = [
        "Margaret Thatcher dies after stroke: Reaction as it happened",
        "",
        '    Lord Bell said in a statement: "It is with great sadness that Mark and Carol Thatcher announced it."',
        "",
        "    Baroness Thatcher was Conservative prime minister from 1979 to 1990",
        "",
        "    Baroness Thatcher was Conservative prime minister from 1979 to 1990, and the first woman to hold it.",
        "",
        "    Nick Robinson Political editor",
        "",
        "    tweets: The dominant figure of post-war British politics is dead. Love her or loathe her, she shaped it.",
    ]
    posts = parse_lines(page, "thatcher.txt", "bbc").posts
    assert [[b.kind for b in p.body] for p in posts][:2] == [["paragraph"], ["image", "paragraph"]]


def test_a_run_of_sentences_whose_last_lost_its_stop_ends_an_entry_before_the_wider_gap() -> None:
    """The BBC's 2013 Mandela "As it happened" page copied without numbers or times: an entry of two sentences whose
    last, a pointer to a gallery, has no stop ("… white minority rule. The BBC looks at his life in pictures") still
    ends before the wider gap, so the entry under it is its own."""
    page = [
        "Nelson Mandela dies: As it happened",
        "",
        "",
        "    All flags in South Africa will be lowered to half-mast and will remain like that until after the funeral.",
        "",
        "    The government has announced ten days of national mourning, with a memorial service in Johannesburg.",
        "",
        "",
        "    Nelson Mandela became South Africa's first black president after a long fight against white minority "
        "rule. The BBC looks at his life in pictures",
        "",
        "",
        "    World leaders past and present have been paying tribute to Nelson Mandela. They have done so all night.",
    ]
    posts = parse_lines(page, "mandela.txt", "bbc").posts
    assert [p.body[0].text[:20] for p in posts] == [
        "All flags in South A",
        "Nelson Mandela becam",
        "World leaders past a",
    ]


def test_a_readers_email_from_a_named_sender_among_clock_entries_is_an_entry_of_its_own() -> None:
    """BBC Sport's 2009 live text: a reader's e-mail ('From Ann, Leeds, via email: "…"') and a pundit's words on air,
    each after a blank line under a clock-opened entry, are untimed entries of their own (the page prints each in a
    cell of its own), as the 2009 sender lines under a message were."""
    page = [
        "LIVE TEXT COMMENTARY (all times BST)",
        "",
        "0930: The covers are coming off at Lord's and the sun is out.",
        "",
        'Graeme Swann on BBC Radio 5 Live: "It looks a belter of a pitch, plenty of runs in it."',
        "",
        'From Ann, Leeds, via email: "Taking the day off work for this. Come on England!"',
        "",
        "0915: Good morning and welcome to the second Test.",
    ]
    posts = parse_lines(page, "ashes.txt", "bbc").posts
    assert [p.body[0].text[:20] for p in posts] == [
        "The covers are comin",
        "Graeme Swann on BBC ",
        "From Ann, Leeds, via",
        "Good morning and wel",
    ]


def test_a_cricket_days_score_at_a_break_makes_a_lone_clock_entry_an_entry() -> None:
    """A 2009 cricket page cut after its first timed entry, readers' 606 comments under it: the close-of-play score
    on its own line ("STUMPS - England 336-7") says the page writes its entries by their times, so the one "1848: …"
    is an entry beside the readers' (not the page's head over a page of readers' entries), and the score line its
    own."""
    page = [
        "Ashes first Test day one as it happened",
        "",
        "By A Writer",
        "",
        "STUMPS - England 336-7",
        "",
        "1848: Right, thanks for all your contributions today, join us again tomorrow.",
        "",
        "Get involved on 606",
        '"340-5 would have been brilliant. 340-7 is decent."',
        "Matt on 606",
        "",
        "Get involved on 606",
        '"England have the runs in the bank."',
        "SGE on 606",
    ]
    posts = parse_lines(page, "stumps.txt", "bbc").posts
    assert [(p.stamp and p.stamp.text, p.body[0].text[:20]) for p in posts] == [
        (None, "STUMPS - England 336"),
        ("1848:", "Right, thanks for al"),
        (None, '"340-5 would have be'),
        (None, '"England have the ru'),
    ]


def test_a_stopped_sentence_about_a_video_is_text_not_a_figures_name() -> None:
    """'Video shows the aftermath of …' with its stop is the post's first sentence; 'Map showing …' and 'Video of …'
    still name a figure."""
    page = [
        "  1. Watch: Buildings flattened after the storm",
        "",
        "    Video shows the aftermath of the storm that hit the coast overnight.",
        "",
        "    Buildings have been flattened and people are told to stay away.",
        "",
        "  2. Map showing the areas affected",
        "",
        "    Map showing the areas affected by the storm",
        "",
        "    The worst damage was on the western coast.",
    ]
    posts = parse_lines(page, "storm.txt", "bbc").posts
    assert [[b.kind for b in p.body] for p in posts] == [["paragraph", "paragraph"], ["image", "paragraph"]]


def test_a_writers_name_on_an_entrys_number_over_their_role_is_its_byline_not_its_title() -> None:
    """A reader-view copy that lost a BBC entry's title and time leaves its writer on the number's line ("1. Rupert
    Wingfield-Hayes" / "Reporting from Taiwan"): the entry is untitled and bylined."""
    page = [
        "  1. Rupert Wingfield-Hayes",
        "",
        "    Reporting from Taiwan",
        "",
        "    These people are trapped in tunnels along the coast road.",
        "",
        "  2. It's 19:30 in Hualien City and 12:30 BST in London.",
        "",
        "    We're pausing our live coverage shortly.",
    ]
    posts = parse_lines(page, "quake.txt", "bbc").posts
    assert [(p.title, p.byline and p.byline.name, p.body[0].text[:20]) for p in posts] == [
        (None, "Rupert Wingfield-Hayes", "These people are tra"),
        (None, None, "It's 19:30 in Hualie"),
    ]


def test_a_headline_run_into_its_text_on_a_flattened_line_is_cut_after_the_headline() -> None:
    """A copy flattened onto one line runs each entry's time, headline and text together: a capitalised article after
    a lower-case word ("… top $4tn market cap The UK’s FTSE …") starts the text; a stop before it means no headline."""
    from tui.core.parse.unflatten import unflatten

    text = (
        "2.56pm GMT Closing summary Stock markets have hit fresh record highs today, led by technology shares. "
        + "The chancellor said a trade deal could be done quickly. " * 20
        + "Take care! – JK 2.11pm GMT FTSE 100, US stocks at all-time highs; Apple top $4tn market cap The UK’s "
        "FTSE 100 has hit a record. 1.40pm GMT Oil prices are falling. It is a quiet afternoon."
    )
    lines, warning = unflatten([text])
    pieces = [line for line in lines if line]
    assert warning is not None
    assert pieces[pieces.index("2.11pm GMT") + 1 : pieces.index("2.11pm GMT") + 3] == [
        "FTSE 100, US stocks at all-time highs; Apple top $4tn market cap",
        "The UK’s FTSE 100 has hit a record.",
    ]
    assert pieces[pieces.index("1.40pm GMT") + 1] == "Oil prices are falling."


def test_a_preamble_without_its_colon_runs_on_over_its_paragraphs() -> None:
    """The Guardian's 2009 minute-by-minute report opens "Preamble Hello. …" with no colon: the preamble is one entry
    over its paragraphs, however each reads, until the next entry's time or minute."""
    page = [
        "Champions League: Bayern Munich v Barcelona - as it happened",
        "",
        "Two excellent goals illuminated a predictably low-key contest",
        "",
        "Preamble Hello. Tonight's tie looks over before it starts, with Barcelona four goals up from the first leg.",
        "",
        "In the history of European football, no side has ever overturned a 4-0 first-leg deficit to go through.",
        "",
        "Failing all that, there's always Liverpool v Chelsea I suppose. And a film is on at 8pm.",
        "",
        "At least one team has come back to win 4-0 after being ham",
    ]
    assert _guardian_openings(page, "mbm.txt") == ["Preamble Hello. Toni"]


def test_a_title_cut_inside_its_fused_stamp_at_the_pages_end_loses_the_stamps_letters() -> None:
    """A BBC page cut inside the last entry's stamp ("3. May: 'Today we can show we stand by our word'publis") keeps
    the entry, titled without the stamp's first letters; a title that merely ends in "pub" is left alone."""
    page = [
        "  1. May: 'This is the moment'published at 14:27 Greenwich Mean Time 29 March 2019",
        "",
        '    The PM concludes: "If you want to deliver Brexit, this is the moment."',
        "",
        "  2. Landlord fined for closing the village pub",
        "",
        "    The council says the licence had lapsed.",
        "",
        "  3. May: 'Today we can show we stand by our word'publis",
    ]
    posts = parse_lines(page, "brexit.txt", "bbc").posts
    assert [p.title for p in posts] == [
        "May: 'This is the moment'",
        "Landlord fined for closing the village pub",
        "May: 'Today we can show we stand by our word'",
    ]


def test_a_blogs_section_badge_and_an_agencys_title_for_the_lead_photo_are_the_head() -> None:
    """The Guardian's 2011 News blog (gdn-374): the badge ("News blog") over the headline, a standfirst and a link,
    then the lead photo's alt in an agency's title case ("Eastern Libya Continues Fight Against Gaddafi Forces") over
    a caption naming what it names: all head, the first post opening with its time under it."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-374-news-blog-libya-2011-wrap-then-recap.txt")[0]
    feed = parse_guardian(page, "libya.txt")
    assert [(p.stamp and p.stamp.text, p.body[0].text[:20]) for p in feed.posts] == [("4pm", "I'm wrapping up for ")]


def test_a_post_announcing_the_days_key_developments_runs_on_over_them() -> None:
    """ "Here are today's key developments:" announces a round-up as "Here's a summary" does: the paragraphs under it
    are its points, one post (gdn-373)."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-373-news-blog-libya-2011-recap-see-times.txt")[0]
    assert _guardian_openings(page, "recap.txt") == ["Fighting continues a"]


def test_a_writers_short_reaction_to_a_readers_email_is_their_answer_in_the_same_post() -> None:
    """A reader's email quoted and signed ('“This is what tennis is all about,” says David Sweet.'), then the writer's
    answer opening with a short reaction ("You said it. Engrossing stuff."): one post."""
    blocks = [
        Block("paragraph", "“This is what tennis is all about,” says David Sweet. It is the test of character!", 1, 1),
        Block("paragraph", "You said it. Engrossing stuff. I do wonder if the break might play against Murray.", 3, 3),
    ]
    assert boundaries(blocks) == []


def test_entries_under_the_last_number_are_set_apart_as_the_lost_numbers_were() -> None:
    """BBC Sport's 2012 pages: where the list skips a number, the lost entry (a reader's tweet) stands two blank lines
    under the entry above; when every such wider gap marks a lost number, one for one, the wider gaps under the last
    number shown set its lost entries apart too."""
    page = [
        "As it happened",
        "",
        "  1. 1700: ",
        "",
        "    The Chain is ringing out on BBC One which means it's time to watch the race replay.",
        "",
        "",
        '    Fernando Alonso on Twitter: "Another good battle and some good points."',
        "",
        "  3. 1655: ",
        "",
        "    Time to bring this marathon five hour live text commentary to a close.",
        "",
        "    Thanks for your company and splendid contributions.",
        "",
        "",
        '    Neil Duncan on Twitter: "Looking forward to extended highlights before the roast chicken!"',
        "",
        "",
        '    McLaren driver Jenson Button, who retired: "My final stint was a long one."',
    ]
    posts = parse_lines(page, "bahrain.txt", "bbc").posts
    assert [p.body[0].text[:20] for p in posts] == [
        "The Chain is ringing",
        "Fernando Alonso on T",
        "Time to bring this m",
        "Neil Duncan on Twitt",
        "McLaren driver Jenso",
    ]


def test_a_2013_entrys_time_with_a_pictures_file_name_a_bbc_heading_and_a_dashed_name_and_role() -> None:
    """BBC Sport's 2013 mobile pages: a picture's file name run onto the entry's time ("1749 1429465-high_res-…") is
    the entry's picture; a short heading under the time that starts "BBC" ("BBC coverage") is its title, not a
    contributor's line; a writer's name and role parted by a dash ("Jennie Gow - BBC Radio 5 live pit-lane
    reporter") under the time is its byline."""
    page = [
        "  1. 1800",
        "    British Grand Prix",
        "",
        "    Well it is time for me to bring this live text commentary to a close.",
        "",
        "  2. 1749 1429465-high_res-formula-1-2012",
        "    Jennie Gow - BBC Radio 5 live pit-lane reporter at Silverstone",
        "",
        '    "Get your questions in for tonight\'s phone-in."',
        "",
        "  3. 1743",
        "    BBC coverage",
        "",
        "    Still itching for more Formula 1? Plenty of reports on the website.",
    ]
    posts = parse_lines(page, "f1.txt", "bbc").posts
    assert [(p.stamp and p.stamp.text, p.title, p.byline and p.byline.name) for p in posts] == [
        ("1800", "British Grand Prix", None),
        ("1749", None, "Jennie Gow"),
        ("1743", "BBC coverage", None),
    ]
    assert [b.kind for b in posts[1].body] == ["image", "quote"]


def test_a_summary_heading_among_the_heads_links_to_key_posts_is_head() -> None:
    """A 2013 Politics live blog saved without bullets (gdn-377): "Lunchtime summary" and "Afternoon summary" in the
    unbroken run of the head's lines, links to the key posts over the lead photo, are the head's; the summary post
    is the one under its heading lower down."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-377-politics-blog-2013-key-events-afternoon-summary.txt")[0]
    feed = parse_guardian(page, "thatcher.txt")
    assert [(p.title, p.body[0].text[:20]) for p in feed.posts] == [("Afternoon summary", "Tony Blair, the Labo")]


def test_a_doubled_copys_summary_heading_is_no_byline_and_its_cut_last_repeat_is_a_repeat() -> None:
    """A version viewer's copy printing every line twice (gdn-378): "Closing Summary" under a post's time is the
    post's heading, not a writer's name; the file's last line, the repeat cut short ("… members of the public a"), is
    read as the repeat, not as a picture's caption."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-378-newssniffer-paris-2015-doubled-closing-summary.txt")[0]
    posts = parse_lines(page, "paris.txt").posts
    assert [(p.title, p.byline and p.byline.name) for p in posts] == [
        (None, None),
        ("Closing Summary", None),
        (None, "Kim Willsher"),
    ]
    assert [b.kind for b in posts[-1].body] == ["paragraph", "link-out", "paragraph"]


def test_an_untimed_copys_gap_under_the_head_counts_and_a_comma_less_sender_over_tweets_opens_an_entry() -> None:
    """The BBC's 2014 MH370 page saved without times (bbc-308): the two blank lines between the comment form and the
    first entry count among the page's wider gaps, so the one wider gap below them parts the first two entries; and
    a tweet's sender with no comma in the name ("Australian Aviation" / "tweets: …") opens an entry as
    "Name, place" does."""
    assert _bbc_corpus_openings("bbc-308-as-it-happened-mh370-2014-comment-form-untimed.txt") == [
        "Welcome to our live ",
        "The Malaysian govern",
        "Australian Aviation",
        "Agence France-Presse",
        "Foreign editor @ABC ",
    ]


def test_a_paragraph_that_lost_its_stop_ends_its_entry_before_the_wider_gap() -> None:
    """An untimed entry of one sentence that lost its stop ("… on new French satellite images") two blank lines over
    the next entry ends there, as a stopped one would (bbc-309)."""
    page = read_lines(ROOT / "tests/data/real_pages/bbc-309-as-it-happened-mh370-2014-untimed-then-timed.txt")[0]
    posts = parse_lines(page, "mh370.txt", "bbc").posts
    assert [p.body[0].text[:20] for p in posts][1:3] == ["On Wednesday, Malays", "The first search pla"]


def test_tweets_quoted_with_their_times_under_a_lead_in_are_no_entries_and_no_bbc_marker() -> None:
    """A copy of the Guardian's 2011 Japan blog (gdn-380) quotes a singer's tweets, each on its line after its time,
    under "… gave a dramatic minute-by-minute account …:": the run of timed lines under a lead-in ending with a colon
    is a quotation, not the BBC's entries opening with their times (the page is read as the Guardian's), and the
    lines stay in the post that quotes them (none a heading, a key event or a post)."""
    from tui.core.parse.outlet import detect

    page = read_lines(ROOT / "tests/data/real_pages/gdn-380-blogspot-japan-2011-quoted-tweet-times.txt")[0]
    assert detect(page).format == "guardian"
    posts = parse_guardian(page, "japan.txt").posts
    assert [b.text[:5] for b in posts[-1].body] == ["The T", "1507:", "1647:", "1648:", "1649:", "1716:"]
    forum = ["Riots are now spreading like wildfire.", "Quote:", "0816: Robin Brant Political correspondent, Downing"]
    assert (
        detect([*forum, "Street", "What this boils down to is who is in charge?"]).format == "bbc"
    )  # one entry quoted


def test_a_heading_under_a_paragraph_announcing_what_follows_heads_part_of_that_post() -> None:
    """A Guardian post that ends "The rest of the MPs opposing the motion were as follows." goes on under the
    headline-shaped line below it ("Labour MPs who voted against airstrikes - 153", which reads like a result): a
    part of the post, not a post of its own."""
    page = [
        "Full list of MPs who voted against airstrikes",
        "The list of Conservative MPs who voted against airstrikes is here, at 11.26pm.",
        "The rest of the MPs opposing the motion were as follows.",
        "Labour MPs who voted against airstrikes - 153",
        "There were 153 Labour MPs who voted against airstrikes: Diane Abbott (Hackney North & Stoke Newington).",
        "SNP MPs who voted against airstrikes - 53",
        "There were 53 SNP MPs who voted against airstrikes.",
    ]
    posts = parse_guardian(page, "syria.txt").posts
    assert [p.title for p in posts] == ["Full list of MPs who voted against airstrikes"]


def test_a_paragraph_bringing_in_others_words_after_a_tweets_attribution_opens_a_post() -> None:
    """A Guardian post that ended with a quoted tweet ("— Paul Mason (@paulmasonnews) May 24, 2023"), then "These
    are from Jonathan Portes, …": the tweet closed its post and the paragraph opens the next; "And this is from …"
    goes on."""
    tweet_by = Block("embed", "— Paul Mason (@paulmasonnews) May 24, 2023", 5, 5)
    opening = Block("paragraph", "Paul Mason has welcomed Rachel Reeves’ speech. (See 5.30pm.)", 1, 1)
    tweet = Block("paragraph", "There is a lot for the left to build on in this speech.", 3, 3)
    new = Block(
        "paragraph", "These are from Jonathan Portes, an economics professor, on Labour’s plan for visas.", 7, 7
    )
    more = Block("paragraph", "And this is from Jonathan Portes, an economics professor, on the plan for visas.", 7, 7)
    assert boundaries([opening, tweet, tweet_by, new]) == [3]
    assert boundaries([opening, tweet, tweet_by, more]) == []


def test_a_page_cut_inside_an_entrys_time_leaves_no_post_and_keeps_the_line() -> None:
    """A BBC page cut just after the next entry's number and the first digit of its time ("  5. 1", bbc-124) has
    nothing of that entry: no post, the line kept among the page's parts (nothing dropped unsaid)."""
    lines = read_lines(ROOT / "tests/data/real_pages/bbc-124-olympics-day13-morning-2012.txt")[0]
    feed = parse_lines(lines, "swim.txt", "bbc")
    assert [p.stamp and p.stamp.text for p in feed.posts][-2:] == ["1306:", "1305:"]
    assert [part.text for part in feed.page_parts if part.first_line == len(lines)] == ["5. 1"]


def test_a_teaser_heading_straight_over_the_next_headline_is_a_post_whose_embed_was_lost() -> None:
    """ "One last thing …" straight over the next post's headline ("Right, that's it from me", gdn-233): a teaser whose
    own content (an embedded video or tweet) the copy lost, a titled post with no text — not a paragraph, and not an
    index entry to drop among the page's parts."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-233-own-obo-ashes-day-four-2013.txt")[0]
    posts = parse_guardian(page, "ashes.txt").posts
    assert [(p.title, len(p.body)) for p in posts][:2] == [("One last thing …", 0), ("Right, that's it from me", 1)]


def test_a_flattened_headline_run_into_a_more_from_paragraph_is_cut_after_the_headline() -> None:
    """ "… to solve Greek crisis More from the Channel 4 interview …" on a flattened line: "More" after a lower-case
    word opens the post's text, as "The" does (gdn-32)."""
    from tui.core.parse.unflatten import unflatten

    line = (
        "5.27pm GMT Varoufakis expects deal shortly to solve Greek crisis More from the Channel 4 interview with "
        "Varoufakis. " + "He says a deal is near and the banks will reopen soon enough for everyone. " * 25
    )
    pieces = [piece for piece in unflatten([line])[0] if piece]
    assert pieces[1:3] == [
        "Varoufakis expects deal shortly to solve Greek crisis",
        "More from the Channel 4 interview with Varoufakis.",
    ]


def test_a_call_to_send_in_views_under_a_title_is_text_not_a_pictures_name() -> None:
    """ "Text us on 81111" as an entry's first line asks the readers for their views (bbc-61): the entry's text, not a
    picture's name (which any unpunctuated first line may otherwise be)."""
    page = read_lines(ROOT / "tests/data/real_pages/bbc-61-sportsday-live-reporting-2015.txt")[0]
    posts = parse_lines(page, "sportsday.txt", "bbc").posts
    post = next(p for p in posts if p.title == "Mourinho: Stay or go?")
    assert (post.body[0].kind, post.body[0].text) == ("paragraph", "Text us on 81111")


def test_a_post_naming_itself_the_preamble_runs_on_over_its_paragraphs() -> None:
    """An over-by-over report's first post saying what it is ("My train was running late this morning, so here's a
    preamble I wrote earlier.") is the opening post: its paragraphs, however each reads, are one post (gdn-150)."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-150-rssing-obo-lords-chase-2012.txt")[0]
    assert len(parse_guardian(page, "obo.txt").posts) == 1


def test_a_post_opening_with_a_greeting_alone_runs_on_over_its_paragraphs() -> None:
    """A report's opening post whose first line is a greeting alone ("Hello world!", "Morning all.") is the
    preamble: one post over its paragraphs, however each reads (gdn-154)."""
    opening = [
        Block("paragraph", "Hello world!", 1, 1),
        Block("paragraph", "Test One, Day Four, and the surface will deteriorate, a couple of decks say.", 2, 2),
        Block(
            "paragraph", "England really should have taken a few yesterday only for their fielding to flibber.", 3, 3
        ),
        Block("paragraph", "So welcome! Let’s hunker down and see what happens, shall we?", 4, 4),
    ]
    assert boundaries(opening) == []


def test_an_opening_post_greets_its_readers_under_its_picture() -> None:
    """The opening post's picture and caption stand over its greeting ("Good morning."): the greeting still makes it
    the opening post, one post over its paragraphs (gdn-251)."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-251-archive-today-cyprus-markets-opening-2013.txt")[0]
    assert [p.title for p in parse_guardian(page, "cyprus.txt").posts] == ["Cyprus bailout crisis hits markets"]


def test_a_copy_that_parts_posts_by_a_wider_gap_keeps_them_apart() -> None:
    """A copy that sets paragraphs one blank line apart and posts two (gdn-388): an unstopped line over the wider gap
    ends its post, it heads no other ("… Here's one of a Glastonbury wedding"); a tweet's date line, and a post of
    pictures alone, stand the gap before the next post; "Contribute with" (the readers' pictures button) is page
    furniture; a line opening "So some …" is a sentence, never a heading."""
    page = read_lines(
        ROOT / "tests/data/real_pages/gdn-388-glastonbury-2014-thursday-picture-post-numbered-points.txt"
    )[0]
    feed = parse_guardian(page, "glastonbury.txt")
    assert "Contribute with" in [part.text for part in feed.page_parts]
    assert [(p.title, p.body[0].kind, p.body[0].text[:20]) for p in feed.posts] == [
        (None, "paragraph", "Well that's all from"),
        (None, "paragraph", "Students from Solent"),
        (None, "paragraph", "If you're at the fes"),
        (None, "image", "Ponchos are on! Phot"),
        (None, "paragraph", 'The "should I be at '),
    ]
    assert any(block.text == "So some musical updates!" for block in feed.posts[3].body)


def test_a_line_bringing_in_a_tweet_after_a_tweet_opens_a_post() -> None:
    """After an embedded tweet's attribution line, a line that brings in the next tweet and does not lean on the one
    above ("Good news. BBC Weather reckon …" over "#glastonbury weather looking ..." and its "— Name (@handle) …") opens
    a post (gdn-389); and the lead picture's alt is its caption's, whatever the commas ("Lizzie, 29, from London …" /
    "Lizzie, 29 from London …"), so the standfirst over it is the page's head."""
    page = read_lines(
        ROOT / "tests/data/real_pages/gdn-389-heroku-glastonbury-2014-saturday-breaking-tweets-untimed.txt"
    )[0]
    feed = parse_guardian(page, "glastonbury.txt")
    assert not any("All the action on day two" in (p.title or "") for p in feed.posts)
    openings = [p.body[0].text[:20] for p in feed.posts]
    assert "Good news. BBC Weath" in openings
    assert "Ok, it's time to wra" == openings[0]


def test_a_paragraph_its_writer_signed_with_initials_is_prose() -> None:
    """Two writers sharing a blog signed their paragraphs with their initials after the last sentence ("… made up).
    HJP", "Glastonbury Police are mocking you...HJP"): prose, not a headline for what follows, and the end of the
    writer's post (an "Update: …" note stays in it); a sign-off so signed ("… thanks for reading. MH") is still a
    sign-off (gdn-390)."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-390-glastonbury-2014-friday-night-initials-sign-posts.txt")[0]
    titles = [p.title for p in parse_guardian(page, "glastonbury.txt").posts]
    assert not any(title and title.endswith("HJP") for title in titles)
    closing = [
        Block("paragraph", "OK, that's it for the livebog. Goodnight, and thanks for reading. MH", 1, 1),
        Block("paragraph", "Here's a review of Skrillex. Don't get upset. It's five stars.", 3, 3),
    ]
    assert boundaries(closing) == [1]  # (the signature ends the post, though "Here's a …" may go on a sign-off)
    signed = [
        Block("paragraph", "Here's Stuart Maconie on the BBC v MIA beef (which she, er, made up). HJP", 1, 1),
        Block("paragraph", "Update: They're playing her again now, btw.", 3, 3),
    ]
    assert boundaries(signed) == []  # (a note updating the signed post is the post's)


def test_a_flattened_bbc_title_over_a_short_first_sentence_is_a_title() -> None:
    """In a copy with no blank lines, a headline over a short sentence and then a paragraph ("What's Netta most
    looking forward to when she gets back to Israel?" / "One word - houmous." / "We can't blame her, to be honest.")
    is that post's title (bbc-318)."""
    page = read_lines(ROOT / "tests/data/real_pages/bbc-318-eurovision-2018-flattened-summary-dashes.txt")[0]
    posts = parse_lines(page, "eurovision.txt", "bbc").posts
    post = next(p for p in posts if p.title == "What's Netta most looking forward to when she gets back to Israel?")
    assert post.body[0].text == "One word - houmous."


def test_one_share_footer_over_its_updated_line_marks_a_copy_that_kept_every_posts_end() -> None:
    """The 2014-2019 pages close each post with "Share" over "Updated at …"; a copy that kept that footer once, its
    time lost ("Updated at "), kept every post's: its posts are not cut further, so a post's paragraphs about the
    counts stay one post (gdn-392)."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-392-shortlink-referendum-2014-share-updated-at-empty.txt")[0]
    assert _guardian_openings(page, "indyref.txt") == ["We give you analysis", "More news from polli"]


def test_any_providers_consent_notice_is_an_embeds_furniture() -> None:
    """Pages ask before loading any provider's content, not only the social networks' (gdn-391)."""
    assert is_embed("Allow Audioboo content?")
    assert is_embed("Allow SoundCloud content?")
    assert is_embed(
        "This article includes content provided by Audioboo. We ask for your permission before anything is loaded."
    )
    assert not is_embed("Allow the people of Scotland to decide their future?")


def test_a_line_saying_who_a_tweet_named_goes_on_its_post_and_a_colleagues_report_opens_one() -> None:
    """After a tweet naming someone ("I've spoken to Alistair Darling …"), a sentence saying who they are ("Alistair
    Darling is the former Labour chancellor who ran Better Together.") explains it: the same post. "The Guardian city
    editor Jill Treanor reports on …:" brings in a colleague's report as its own post, though it ends in a colon
    (gdn-391)."""
    blocks = [
        Block("paragraph", "David Cameron congratulates Better Together on their victory.", 1, 1),
        Block("paragraph", "I've spoken to Alistair Darling - and congratulated him on an well-fought campaign.", 3, 3),
        Block("embed", "— David Cameron (@David_Cameron) September 19, 2014", 5, 5),
        Block("paragraph", "Alistair Darling is the former Labour chancellor who ran Better Together.", 7, 7),
        Block(
            "paragraph",
            "The Guardian city editor Jill Treanor reports on the impact of the referendum on the money markets today:",
            9,
            9,
        ),
        Block(
            "paragraph",
            "Sterling jumped, reaching a new two year high against the euro in Asian trading hours.",
            11,
            11,
        ),
    ]
    assert boundaries(blocks) == [4]


def test_a_forum_re_post_keeps_the_pages_dated_summary_and_its_listings_headers_are_furniture() -> None:
    """A member re-posting a BBC page may paste its summary first under their post's header ("Summary for Sunday,
    28th June" and its points): the page's summary, not a post (bbc-321). A forum's search listing prints each match
    as the member's name over the thread and post time ("Kitkat" / "Coronavirus - 6 February 2022 - Sun 06 Feb 2022,
    23:29"): furniture wherever it stands; the title straight under it opens the quoted page's first post (bbc-322)."""
    page = read_lines(ROOT / "tests/data/real_pages/bbc-321-forum-covid-june-2020-summary-then-welcome.txt")[0]
    feed = parse_lines(page, "forum.txt", "bbc")
    assert len(feed.summary) >= 8 and feed.summary[-1].text.startswith("Globally, the number of infections")
    assert feed.posts[0].body[0].text.startswith("Hello and welcome")
    listing = read_lines(ROOT / "tests/data/real_pages/bbc-322-forum-search-listing-covid-2022-titles-lost.txt")[0]
    feed = parse_lines(listing, "listing.txt", "bbc")
    assert feed.posts[0].title == "Chinese city locked down and reportedly sealed off after Omicron breakout"
    texts = [block.text for post in feed.posts for block in post.body]
    assert "Kitkat" not in texts
    assert "Coronavirus - 28th March 2021 - Sun 28 Mar 2021, 12:29" not in texts


def test_a_lead_photos_uncredited_caption_that_opens_as_its_alt_ends_the_head() -> None:
    """A lead photo's alt and, under it, a caption with no credit that opens with the same words and says the rest
    its own way ("Richie McCaw, right, leads the All Blacks' haka before …" / "Richie McCaw, right, leads the haka.
    This one lasted for 83 minutes."): the head ends there and the preamble is the first post (gdn-395)."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-395-own-mbm-rwc-final-2011-preamble-uncredited-caption.txt")[0]
    assert _guardian_openings(page, "rwc.txt") == ["So, then, this New Z"]


def test_the_2009_sport_pages_readers_writers_and_keywords_between_timed_entries() -> None:
    """On the 2009 "as it happened" text: a reader's message set apart above the first timed entry ('From Tim H,
    Harrogate, TMS inbox: "…"') is the newest entry, not the page's summary; the earlier writer's "By Pranav Soneji"
    between two entries is furniture (bbc-325); an untimed entry opening with a keyword in capitals ("BAD LIGHT STOPS
    PLAY Almost as much …") is an entry of its own (bbc-326); "Join the debate on 606" is furniture."""
    page = read_lines(ROOT / "tests/data/real_pages/bbc-325-sport-ashes-2009-day-two-emails-writer-change.txt")[0]
    feed = parse_lines(page, "ashes.txt", "bbc")
    assert feed.posts[0].stamp is None and feed.posts[0].body[0].text.startswith("From Tim H, Harrogate, TMS inbox:")
    assert "By Pranav Soneji" in [part.text for part in feed.page_parts]
    day_four = read_lines(
        ROOT / "tests/data/real_pages/bbc-326-sport-ashes-2009-day-four-capitals-keyword-badge-line.txt"
    )
    openings = [post.body[0].text[:20] for post in parse_lines(day_four[0], "ashes.txt", "bbc").posts]
    assert "BAD LIGHT STOPS PLAY" in openings
    assert bbc_chrome("Join the debate on 606")


def test_a_page_of_a_matchs_games_alone_and_a_greats_words_by_name() -> None:
    """A 2009 match page whose entries are its games alone, each under the score ending in a colon ("Lu 5-7 3-6
    2-6 Federer:" / the game's text), has those games as its entries, titled by the score (bbc-329); on a page of
    timed entries, someone's words after their full name alone ('Rod Laver: "They both …"') are an untimed entry of
    their own (bbc-328)."""
    page = read_lines(ROOT / "tests/data/real_pages/bbc-329-sport-wimbledon-2009-score-headings-with-colon-untimed.txt")
    titles = [post.title for post in parse_lines(page[0], "lu.txt", "bbc").posts]
    assert titles[:2] == ["Lu 5-7 3-6 2-6 Federer", "Lu 5-7 3-6 2-5* Federer"]
    assert len(titles) == 8
    final = read_lines(ROOT / "tests/data/real_pages/bbc-328-sport-wimbledon-final-2009-pundit-quote-between.txt")[0]
    openings = [post.body[0].text[:10] for post in parse_lines(final, "final.txt", "bbc").posts]
    assert "Rod Laver:" in openings


def test_a_report_opening_on_a_throat_clearing_under_a_caption_with_an_aside() -> None:
    """A 2009 report's picture caption under the headline ending on an aside with no stop ("… for this tired nonsense
    (until Murray gets past the first round of the US Open, that is)") is head, like a standfirst; its preamble
    opening "Now then." is one post over its paragraphs, however the next reads ("Play is scheduled to start at 2pm
    …") (gdn-396)."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-396-own-mbm-wimbledon-final-2009-preamble-capitals-caption.txt")
    assert _guardian_openings(page[0], "wimbledon.txt") == ["Now then. He's not h"]


def test_a_numbered_world_cup_entrys_kind_alone_or_run_into_its_speaker_or_writer_is_a_label() -> None:
    """The 2010 match pages number their entries with the time and kind on the number's line; an untimed entry's kind
    alone ("4. Twitter") or run into the speaker of the words under it ("1. Commentary Nelson Mandela:") or into its
    writer ("5. Contributor BBC Sport's Guy Mowbray") labels the entry, never titles it (bbc-330, bbc-331); a title
    naming a number to text ("3. Text 81111") stays a title (bbc-79)."""
    page = read_lines(ROOT / "tests/data/real_pages/bbc-331-sport-world-cup-2010-numbered-kind-run-into-speaker.txt")[0]
    posts = parse_lines(page, "wc.txt", "bbc").posts
    assert [post.title for post in posts] == [None] * 6
    assert posts[0].body[0].text == "Nelson Mandela:" and [label.text for label in posts[0].labels] == ["Commentary"]
    assert posts[4].byline is not None and posts[4].byline.name == "Guy Mowbray"
    usa = read_lines(ROOT / "tests/data/real_pages/bbc-330-sport-world-cup-2010-numbered-kinds-england-usa.txt")[0]
    assert [label.text for label in parse_lines(usa, "wc.txt", "bbc").posts[3].labels] == ["Twitter"]
    ashes = read_lines(ROOT / "tests/data/real_pages/bbc-79-sport-ashes-2015-post-updates.txt")[0]
    assert "Text 81111" in [post.title for post in parse_lines(ashes, "ashes.txt", "bbc").posts]


def test_someones_words_over_where_they_said_them_are_an_untimed_entry() -> None:
    """On the 2009 sport pages a player's words set apart between timed entries, the line straight under them naming
    who said them and where ("Clubhouse leader Mark Calcavecchia on BBC Two"), are an untimed entry (bbc-332)."""
    page = read_lines(ROOT / "tests/data/real_pages/bbc-332-archive-golf-open-2009-quote-over-source-line.txt")[0]
    posts = parse_lines(page, "open.txt", "bbc").posts
    quoted = next(post for post in posts if post.body[0].text.startswith('"Conditions out there'))
    assert quoted.stamp is None


def test_a_cricket_pages_overs_and_wickets_between_timed_entries_are_entries() -> None:
    """The 2009-2010 BBC cricket text writes the last overs as untimed entries opening with the over and the score
    ("20th over - 118-8 Parnell bowls …", "5.5 overs - 60-2 ...and that's that") or a wicket's line ("WICKET - Zaheer c
    De Villiers b Steyn 4, Ind 110-8"): each opens an entry, even on a page with one timed entry (bbc-335), and
    they count as such a page's mark of timed entries (its head is the page's, not a post)."""
    assert _bbc_corpus_openings("bbc-335-sport-world-twenty20-2009-over-and-wicket-entries.txt", 16) == [
        "Another ropey ol",
        "20th over - 118-",
        "WICKET - Zaheer ",
        "19th over - WICK",
    ]


def test_a_time_with_an_aside_and_a_readers_text_a_blank_line_under_its_label() -> None:
    """A writer's aside in brackets between an entry's four-digit time and its colon ("0048 (crikey, is it really that
    late?): Right, …") still opens a timed entry, the aside its text's start (bbc-337); a reader's text a blank line
    under its icon's label ("Text in your views on 81111" / "" / 'From Anonymous, via text on 81111: "…"') is an entry
    of its own (bbc-338)."""
    assert clock_entry("0048 (crikey, is it really that late?): Right, let's confirm the line-up.") is not None
    openings = _bbc_corpus_openings("bbc-338-sport-world-twenty20-2009-text-label-over-lines.txt")
    assert "From Anonymous, via " in openings


def test_a_cricket_pages_box_labels_over_an_overs_entry_are_furniture() -> None:
    """The 2009-2010 cricket text prints a box's label over an over's entry, as it prints "Wicket falls": "That's 50",
    "Out for a duck" are furniture, not the entry's text (bbc-339, bbc-340); a sentence that opens the same way is
    text."""
    assert bbc_chrome("That's 50") and bbc_chrome("Out for a duck") and bbc_chrome("Wicket falls")
    assert not bbc_chrome("That's 50 for Sharma, from 44 balls.")


def test_a_cricket_pages_result_banner_spaced_time_and_over_lines_under_a_label() -> None:
    """On the 2010 World Twenty20 text: the match's result in capitals on a line of its own between entries ("AUSTRALIA
    (168-5, 20 OVS) BEAT SRI LANKA …") is an entry of its own, and an over's line straight under "Wicket falls" is the
    entry's text, never a picture's name (bbc-341); a page whose one timed entry has its time spaced, no colon ("2145
    So the ninth-seeded Aussies …"), over a run of overs, is read as timed entries (bbc-342)."""
    banner = _bbc_corpus_openings("bbc-341-sport-world-twenty20-2010-result-banner-overs.txt", 16)
    assert banner == [
        "Double joy for t",
        "AUSTRALIA (168-5",
        "16.2 overs - Sri",
        "16 overs - Sri L",
        "15 overs - Sri L",
    ]
    spaced = _bbc_corpus_openings("bbc-342-sport-world-twenty20-2010-spaced-time-wicket-overs.txt", 16)
    assert spaced == [
        "So the ninth-see",
        "20 overs - Pakis",
        "19 overs - Pakis",
        "18 overs - Pakis",
        "17 overs - Pakis",
    ]


def test_a_tennis_score_starred_apart_and_one_timed_entry_over_the_games() -> None:
    """The 2011 Wimbledon text marks the server with a star set apart from the score, before or after it ("*
    Azarenka 6-3 3-1 Paszek", "Azarenka 6-3 4-1 Paszek *"): each such line heads a game's untimed entry; the one timed
    entry above the games ("2128: And with that, …") is an entry, not the page's head (bbc-344)."""
    openings = _bbc_corpus_openings("bbc-344-sport-wimbledon-2011-day-8-score-lines-stars.txt", 16)
    assert openings == [
        "And with that, a",
        "There it is - fi",
        "Pazza in trouble",
        "Aza holds to 15.",
        "Some huge hittin",
        "Easy hold for th",
        "Pas in deep trou",
        "Aza on the charg",
        "Aza, angry, tear",
    ]


def test_a_heading_with_its_writer_run_on_and_the_first_title_under_the_headline() -> None:
    """A flattened copy of the BBC's 2014 local elections page prints a title and its writer's name and role on one
    line ("Wait continues David Friend Senior journalist, BBC London"): the title and a byline, opening an entry; the
    first entry's title straight under the page's headline, over its paragraph, is that entry's, not a summary
    (bbc-346). A name and role alone are a byline, never a title."""
    assert title_and_byline("Wait continues David Friend Senior journalist, BBC London") == (
        "Wait continues",
        "David Friend",
        "Senior journalist, BBC London",
    )
    assert title_and_byline("Norman Smith Chief political correspondent, BBC News Channel") is None
    posts = _bbc_corpus_posts("bbc-346-england-local-elections-2014-indented-titles-bylines.txt")
    heads = [(p.title, p.byline and p.byline.name) for p in posts]
    assert heads[:2] == [("Improved turn-out", None), ("Wait continues", "David Friend")]
    assert ("Labour in lead", "Paul Scoins") in heads


def test_a_farewell_wish_or_a_promise_of_more_ends_the_post() -> None:
    """A paragraph that ends with a farewell wish ("Until then, have a lovely night.") or a promise of what comes next
    ("Stay tuned, in a moment I'll post the evening summary.") closes its post: the paragraph after it starts another,
    even under a summary's heading (gdn-397)."""
    page = [
        "Evening summary",
        "",
        "Today in federal politics:",
        "",
        "  • The day began with a brisk debate over the future regulation of live odds.",
        "  • Question Time turned largely on the subject of recent budget forecasts.",
        "",
        "Do join us again for our live coverage of politics. Until then, have a lovely night.",
        "",
        "Stay tuned, in a moment I'll post the evening summary.",
        "",
        "I've been keeping an eye on the relay that departed Melbourne yesterday to raise awareness.",
    ]
    assert _guardian_openings(page, "farewell") == [
        "Today in federal pol",
        "Stay tuned, in a mom",
        "I've been keeping an",
    ]


def test_a_local_live_team_as_the_role_and_a_stamp_cut_after_its_time() -> None:
    """A writer's role line may be a BBC local live team ("Katy Lewis" / "Beds, Herts and Bucks Live"): the entry's
    byline; a page cut after a fused stamp's time, in its zone ("St Albanspublished at 19:32 Bri"), keeps the time and
    the title (bbc-349)."""
    assert is_role("Beds, Herts and Bucks Live") and not is_role("Watch live")
    posts = _bbc_corpus_posts("bbc-349-feeds-election-2015-england-page-2-published-at.txt")
    heads = [(p.title, p.byline and p.byline.name, p.stamp and (p.stamp.hour, p.stamp.minute)) for p in posts[2:]]
    assert heads == [
        ("Chesham & Amersham", "Katy Lewis", (19, 35)),
        ("Bedford", "Tony Fisher", (19, 34)),
        ("St Albans", None, (19, 32)),
    ]


def test_a_heading_inside_a_timed_round_up_is_a_section_of_it() -> None:
    """A timed post that opens by announcing a round-up ("8.49am: Welcome to Middle East live. Here's a summary of
    developments across the region.") holds its sections' headings ("Libya", "United Arab Emirates"), though the page
    prints one time only (gdn-400)."""
    page = [
        "8.49am: Welcome to Middle East live. Here's a summary of developments across the region.",
        "",
        "Libya",
        "",
        "A ceasefire declared by the NTC to allow residents to flee the Gaddafi stronghold of Sirte has ended.",
        "",
        "United Arab Emirates",
        "",
        "Five activists on trial for insulting the Royal Family have refused to appear in court today.",
    ]
    assert _guardian_openings(page, "round-up") == ["Welcome to Middle Ea"]


def test_a_pictures_name_run_into_or_under_a_score_heading_is_the_picture() -> None:
    """The 2013 BBC Sport text prints a picture's name run into an entry's score heading ("Manchester City striker
    Sergio AgueroMan City 2-3 Norwich") or on the line under its heading ("REFEREE REACTION- Man City 2-3 Norwich" /
    "Mark Halsey"): the heading is the entry's title, the name its picture (bbc-352)."""
    posts = _bbc_corpus_posts("bbc-352-sport-premier-league-finale-2013-numbered-reaction-heads.txt")
    heads = [(p.title, p.body[0].kind, p.body[0].text[:20]) for p in posts[1:4]]
    assert heads == [
        ("Man City 2-3 Norwich", "image", "Manchester City stri"),
        (None, "paragraph", "Jon in Kenilworth vi"),
        ("REFEREE REACTION- Man City 2-3 Norwich", "image", "Mark Halsey"),
    ]


def test_a_news_blogs_standfirst_links_and_its_days_second_part_mark_a_guardian_page() -> None:
    """A 2011 news blog's standfirst links in their variants ("Read the latest summary of events", "Read the
    Guardian's latest news story", "Read the latest live updates here") are the Guardian's marks and its head, as is
    a headline dated with the day's part ("Japan nuclear crisis - Wednesday 16 March part two"), so a page with no
    times is read as the Guardian's (gdn-407)."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-407-japan-nuclear-crisis-2011-part-two-untimed-welcome.txt")[0]
    assert detect(page).format == "guardian"
    assert is_head_line("Japan nuclear crisis - Wednesday 16 March part two")
    assert is_head_line("Read the Guardian's latest news story") and is_head_line("Read the latest live updates here")
    assert [p.body[0].text[:20] for p in parse_guardian(page, "gdn-407").posts] == ["Good afternoon, welc"]


def test_a_time_then_a_dash_and_the_entrys_subject_opens_a_timed_entry() -> None:
    """An older blog's entry may print its time, a dash and its subject with a colon ("3.59pm - Libya: Here's a summary
    …"): a timed entry whose text opens with the subject (gdn-405)."""
    page = [
        "4.07pm: I'm going to wrap up the blog for the day now. Here's a summary of the main developments in Syria:",
        "",
        "The Syrian cabinet has agreed to lift the country's state of emergency laws, in effect since 1963.",
        "",
        "3.59pm - Libya: Here's a summary of developments in Libya today:",
        "",
        "The UK government is sending a military liaison advisory team to Libya to assist the opposition.",
    ]
    posts = parse_guardian(page, "dash").posts
    assert [(p.stamp and p.stamp.text, p.body[0].text[:20]) for p in posts] == [
        ("4.07pm", "I'm going to wrap up"),
        ("3.59pm", "Libya: Here's a summ"),
    ]


def test_a_headline_date_after_a_dash_run_onto_the_last_word_dates_the_page() -> None:
    """A 2011 Middle East Live headline prints its date after a dash with no space before it ("Libya, Syria and
    Middle East Unrest- Monday 3 October 2011"): the page's own date, not a guess (gdn-400)."""
    assert is_head_line("Libya, Syria and Middle East Unrest- Monday 3 October 2011")
    assert not is_head_line("Pro-Monday 3 October 2011")
    page = read_lines(ROOT / "tests/data/real_pages/gdn-400-middle-east-live-2011-badge-standfirst-bullets.txt")[0]
    assert parse_guardian(page, "gdn-400").page_dates == [date(2011, 10, 3)]


def test_a_sport_pages_event_line_under_a_labelled_title_is_a_label() -> None:
    """BBC Sport's 2016 Olympic pages print the event under an entry's title ("Taylor made for gold?" / "Men's triple
    jump final (13:50 BST)"), perhaps over a picture or the writer's name and role: a label of the entry, so its
    text starts with the paragraph and the byline is read (bbc-354, bbc-355, bbc-356)."""
    golf = _bbc_corpus_posts("bbc-355-feeds-rio-2016-golf-labels-writer-role.txt")[0]
    assert [label.text for label in golf.labels] == ["golf", "From 11:30 BST"]
    assert golf.byline is not None and golf.byline.name == "Tom Fordyce"
    assert golf.body[0].text.startswith("Not expecting much")
    taylor = _bbc_corpus_posts("bbc-354-feeds-rio-2016-day-11-sport-label-media-caption.txt")[1]
    assert "Men's triple jump final (13:50 BST)" in [label.text for label in taylor.labels]
    assert [b.text[:16] for b in taylor.body if b.kind == "paragraph"][0] == "The men's triple"


def test_a_copys_own_stamp_and_a_standfirst_over_the_first_title_are_head() -> None:
    """A copy site prints its own stamp under the headline ("Last modified: 05: 25 AM GMT+0"), then the standfirst
    with no stop ("… See how the night unfolded below") straight over the first post's title: all head, the title
    the first post's (gdn-408)."""
    page = read_lines(ROOT / "tests/data/real_pages/gdn-408-heroku-copy-oscars-2014-last-modified-gmt.txt")[0]
    assert is_head_line("Last modified: 05: 25 AM GMT+0")
    posts = parse_guardian(page, "gdn-408").posts
    assert [p.title for p in posts] == ["The Oscars done and dusted", "Leaping to victory"]


def test_a_one_word_exclamation_set_apart_over_prose_is_a_title() -> None:
    """On an untimed copy a one-word exclamation set apart by blank lines over a paragraph ("Zing!") is a post's
    title, as "What a day!" is (gdn-409)."""
    page = [
        "That's a wrap",
        "",
        "300-odd blogposts later and we are done. That's all – thanks for joining us.",
        "",
        "Zing!",
        "",
        "Benjamin Lee has done a roundup of all the best and worst things that happened on Twitter during the show.",
    ]
    assert _guardian_headed_openings(page, "zing") == [
        ("That's a wrap", "300-odd blogposts la"),
        ("Zing!", "Benjamin Lee has don"),
    ]


def test_a_label_on_the_numbers_line_over_a_title_cut_in_its_stamp() -> None:
    """The page cut inside the last entry's stamp, the entry's label on its number's line ("5. athletics" / "Coming up
    nextpublished at 02:0"): the label and the title, not a post titled "athletics" (bbc-361)."""
    last = _bbc_corpus_posts("bbc-361-feeds-rio-2016-page-5-results-list-after-midnight.txt")[-1]
    assert (last.title, [label.text for label in last.labels]) == ("Coming up next", ["athletics"])


def test_a_pointer_to_a_colleagues_report_ends_a_post_and_a_speakers_words_open_one() -> None:
    """On an untimed copy of a post-match blog, "Here is Andy Hunter’s report from Anfield." (its link lost) ends its
    post, and a finished paragraph is followed by a reaction of its own when the next opens with a speaker's name and
    a quotation ('Virgil van Dijk: “…'); the speaker's further quoted paragraphs stay with it (gdn-411)."""
    page = [
        "Here is Andy Hunter’s report from Anfield.",
        "",
        "Jurgen Klopp: “A lot of good things, the one thing I don’t like is the result. We should have scored.",
        "",
        "“I can’t remember such a dominant performance against United, even in the 7-0 they were more in the game.”",
        "",
        "Roy Keane fumes at Van Dijk’s “arrogance” after saying United didn’t come to try and win the game.",
        "",
        "Virgil van Dijk: “You see how we played the game, having most of the ball and most of the chances.",
        "",
        "“We could have made better decisions in the final third. I am frustrated because we were superior.”",
    ]
    assert _guardian_openings(page, "reaction") == [
        "Here is Andy Hunter’",
        "Jurgen Klopp: “A lot",
        "Virgil van Dijk: “Yo",
    ]


def test_a_list_of_the_nights_timings_stays_in_the_entry_that_introduces_it() -> None:
    """ "Here are some timings." (or "the key times", "the running order", "the itinerary") introduces a list of
    clock-led paragraphs inside its entry, as "the items in the diary" does: "10pm: Polls close." is no entry (gdn-414).
    Without the introduction the same lines are entries."""
    listed = [
        "9.00pm: Over the next 24 hours we’ll be getting the results. No one’s going to be comatose in this office.",
        "",
        "But London and Scotland aren’t counting tonight.",
        "",
        "Here are some timings.",
        "",
        "10pm: Polls close.",
        "",
        "10.35pm: Harriet Harman is among the panellists on Question Time. We’ll see if she’s sounding optimistic.",
        "",
        "11.35pm: The BBC’s election programme, Vote 2012, starts.",
    ]
    assert _guardian_openings(listed, "timings") == ["Over the next 24 hou"]
    for intro in ("Here are the key times:", "Here is tonight's running order.", "The itinerary for the day."):
        assert len(_guardian_openings([*listed[:4], intro, *listed[5:]], "intro")) == 1, intro
    unlisted = [*listed[:4], "We will have the first results soon.", *listed[5:]]
    assert _guardian_openings(unlisted, "entries") == [
        "Over the next 24 hou",
        "Polls close.",
        "Harriet Harman is am",
        "The BBC’s election p",
    ]


def test_a_bbc_copy_that_lost_every_blank_line_keeps_its_short_titles_between_paragraphs() -> None:
    # A class of copies: every blank line lost.  A title too short to look like a headline ("Happy holidays")
    # was a title only when blank lines set it apart; with none left, the paragraphs around it do: a finished
    # sentence above, prose below.
    page = [
        "Live Reporting",
        "By Rebecca Marston",
        "All times stated are UK",
        "Pound rises against the euro for a third day",
        "The pound rose again against the euro on Friday, to its highest level for seven years, traders said.",
        "Happy holidays",
        "Here's someone not thinking about holidays: a policymaker called the pound's recent rise uncomfortable.",
        "Pemex cuts",
        "Mexico's state-run oil company is the latest to announce cuts on the back of the plunging oil price.",
        "Ukraine economy",
        "Ukraine's industrial output took a huge hit in January, falling sharply on a year ago, officials say.",
    ]
    feed = parse_lines(page, "page.txt", "bbc")
    assert [p.title for p in feed.posts] == [
        "Pound rises against the euro for a third day",
        "Happy holidays",
        "Pemex cuts",
        "Ukraine economy",
    ]
    # with blank lines kept, a short line inside a paragraph run is no title
    spaced = [*page[:3], "", page[3], "", page[4], "Markets update", page[6], ""]
    assert "Markets update" not in [p.title for p in parse_lines(spaced, "page.txt", "bbc").posts]


def test_a_copy_full_of_no_break_spaces_reads_as_the_page_with_spaces() -> None:
    # A class of copies: a web page's no-break spaces kept ("12.39\u00a0GMT" in the Guardian's own times, "&nbsp;"
    # decoded), up to every space of a copy; rules written with spaces missed them.
    from tui.core.model.text import clean_line

    assert clean_line("12.39\u00a0GMT\u202fthe\u2009end\u3000") == "12.39 GMT the end"
    page = [
        "Ukraine war live: leaders meet in Paris",
        "Key events",
        "",
        "12.39\u00a0GMT",
        "Leaders\u00a0arrive\u00a0at\u00a0the\u00a0Elysée",
        "The first of the leaders have arrived at the palace for the talks, officials said this morning.",
        "Updated at 12.45\u00a0GMT",
        "",
        "12.10\u00a0GMT",
        "Macron to host talks today",
        "The French president will host the leaders this afternoon, his office has confirmed to reporters.",
    ]
    from tui.core.infra.reading import lines_of_bytes

    spaced = [line.replace("\u00a0", " ") for line in page]
    got = parse_lines(lines_of_bytes("\n".join(page).encode())[0], "page.txt")
    want = parse_lines(lines_of_bytes("\n".join(spaced).encode())[0], "page.txt")
    assert [(p.title, p.stamp.text if p.stamp else None) for p in got.posts] == [
        (p.title, p.stamp.text if p.stamp else None) for p in want.posts
    ]
    assert len(got.posts) == 2


def test_a_markdown_copys_headings_items_and_quotations_read_as_the_pages_own() -> None:
    # A class of copies: a page clipped to markdown (a reader's "save as markdown", html2text, an e-mail's
    # quoting): titles as "### …", bullets as "* …", quotations after "> ".  The marks were read as text: a
    # title "### Leaders arrive", a bullet run into the post above, a quotation opening a post.
    page = [
        "Key events",
        "",
        "12.39 GMT",
        "### Leaders arrive at the Elysée for the talks",
        "The first of the leaders have arrived at the palace for the talks, officials said this morning.",
        "> “We are ready to do more,” the host said as he greeted them.",
        "",
        "12.10 GMT",
        "## Summary of the day so far ##",
        "Here is where things stand:",
        "* The leaders will meet at the Elysée this afternoon to discuss security guarantees.",
        "* Ukraine's president is expected to join them by video link from Kyiv.",
    ]
    plain = [
        "Key events",
        "",
        "12.39 GMT",
        "Leaders arrive at the Elysée for the talks",
        page[4],
        "“We are ready to do more,” the host said as he greeted them.",
        "",
        "12.10 GMT",
        "Summary of the day so far",
        page[9],
        "• The leaders will meet at the Elysée this afternoon to discuss security guarantees.",
        "• Ukraine's president is expected to join them by video link from Kyiv.",
    ]
    got, want = parse_lines(page, "page.txt", "guardian"), parse_lines(plain, "page.txt", "guardian")
    assert [p.title for p in got.posts] == [p.title for p in want.posts]
    assert [[b.text for b in p.body] for p in got.posts] == [[b.text for b in p.body] for p in want.posts]
    assert len(got.posts) == 2 and got.posts[0].title == "Leaders arrive at the Elysée for the talks"
    # a hashtag opening a line is no heading, and a tennis page's star before a game's scores is no bullet
    from tui.core.parse.dump import _star_bullets, _unmarked

    assert _unmarked(["#G7Summit is trending"]) == ["#G7Summit is trending"]
    games = ["* Azarenka 6-3 3-1 Paszek", "Azarenka 6-3 4-1 Paszek *", "* Azarenka 6-3 5-1 Paszek"]
    assert _star_bullets(games) == games


def test_an_as_it_happened_page_whose_copy_squeezed_its_blank_lines_keeps_its_one_paragraph_entries() -> None:
    # A class of copies: runs of blank lines squeezed into one (`cat -s`, many text extractors).  An "As it
    # happened" page parts its untimed entries by two blank lines and an entry's paragraphs by one; squeezed,
    # every gap is one and the whole page read as one post.  Such pages' entries are mostly one paragraph each.
    entries = [
        "In the past few minutes, the president has announced the death of the former leader, officials say.",
        "Mr Mandela, who was 95, had been suffering from a recurrence of a lung infection, officials said.",
        "President Zuma said the nation had lost its father, and that nothing could diminish its sense of loss.",
        "Mr Zuma said the former president would be accorded a state funeral next week in Pretoria.",
    ]
    head = ["As it happened: Reaction to Nelson Mandela's death", "", "Key Points", "", "  • All times in GMT", ""]
    wide = [*head]
    for text in entries:
        wide += [f"    {text}", "", ""]
    squeezed = [*head]
    for text in entries:
        squeezed += [f"    {text}", ""]
    for page in (wide, squeezed):
        feed = parse_lines(page, "page.txt", "bbc")
        assert [p.body[0].text[:20] for p in feed.posts] == [text[:20] for text in entries]
    # a page that does not say it is one keeps its paragraphs together, as before
    plain = [line for line in squeezed if not line.startswith("As it happened")]
    assert len(parse_lines(plain, "page.txt", "bbc").posts) < len(entries)


def test_a_terminal_browsers_dump_without_its_link_numbers_and_references() -> None:
    # A class of copies: `lynx -dump` numbers every link where its text was ("[12]Leaders arrive …") and ends with
    # the list of references; the numbers broke titles and the list was read as posts.
    page = [
        "Key events",
        "",
        "12.39 GMT",
        "[3]Leaders arrive at the Elysée for the talks",
        "The first of the leaders have arrived at the palace for the talks, officials said this morning.",
        "",
        "12.10 GMT",
        "[4]Macron to host talks today",
        "The French president will host the leaders this afternoon, his office has told [5]reporters.",
        "",
        "References",
        "",
        "   Visible links:",
        "   3. https://www.theguardian.com/world/live/2025/aug/18/a",
        "   4. https://www.theguardian.com/world/live/2025/aug/18/b",
        "   5. https://www.theguardian.com/world/live/2025/aug/18/c",
    ]
    feed = parse_lines(page, "page.txt", "guardian")
    assert [p.title for p in feed.posts] == ["Leaders arrive at the Elysée for the talks", "Macron to host talks today"]
    assert feed.posts[1].body[-1].text.endswith("his office has told reporters.")
    assert any("3 link numbers and its 3 references" in w for w in feed.warnings)
    # numbers in brackets with no list of references are the page's own ("[1]" in a quoted document)
    own = ["12.39 GMT", "The report [1] says the talks will go on.", "", "12.10 GMT", "Talks begin [2] today."]
    assert "[1]" in parse_lines(own, "page.txt", "guardian").posts[0].body[0].text


def test_a_copy_sites_own_line_in_another_script_is_chrome_and_a_measured_heading_is_a_headline() -> None:
    """A copy site's line of date, editor and source in its own script ("时间:2019-11-16 责任编辑:…") is its furniture,
    never a title; a heading that ends on a measure in brackets ("Stage 12: Cugnaux to Luz Ardiden (211km)") is
    headline-shaped, a credit or a stop in brackets is not."""
    assert bbc_chrome("时间:2019-11-16 责任编辑:盖梯糟 来源:合乐888手机版 点击:128 次")
    assert not bbc_chrome("Fans in Beijing held up banners reading 加油 as the riders passed.")
    assert is_headline_shaped("Stage 12: Cugnaux to Luz Ardiden (211km)")
    assert not is_headline_shaped("Protesters gathered outside the embassy (Reuters)")
    assert not is_headline_shaped("The peloton caught them (at last.)")
    feed = parse_guardian(
        [
            "Tour de France 2011: stage 12 - as it happened",
            "",
            "时间:2019-11-16 责任编辑:盖梯糟 来源:合乐888手机版 点击:128 次",
            "",
            "Stage 12: Cugnaux to Luz Ardiden (211km)",
            "",
            "All aboard the pain train! Today the cyclists tackle three monstrous peaks in the Pyrenees.",
            "",
            "Luz Ardiden has featured as a stage finish for the Tour on several previous occasions.",
        ],
        "copy.txt",
    )
    assert [(post.title, len(post.body)) for post in feed.posts] == [("Stage 12: Cugnaux to Luz Ardiden (211km)", 2)]


def test_a_guardian_report_opening_with_standings_keeps_them_and_its_cut_last_time_is_no_text() -> None:
    """Standings under their lead-in above the first timed entry ("General classification after stage 11:" over
    numbered places) are the report's text, not its head; the page's last line cut inside an entry's time ("10.30a")
    is kept with the page's parts, not read as text."""
    feed = parse_guardian(
        [
            "Stage 11 - as it happened",
            "",
            "All the scheming of the 182.5km from Marseille to Montpelier as it happened",
            "",
            "General classification after stage 11:",
            "1. Rasmussen (RAB) 53h 11min 38sec",
            "2. Valverde (GCE) +02min 35sec",
            "3. Mayo (SDV) +02min 35sec",
            "",
            '4.12pm: "I quite understand you leaving the debate well alone," writes James Houston.',
            "",
            '4.10pm: "Cheers Sean and Barry," writes Marcus Littlejohns, who has been reading all day.',
            "",
            "10.30a",
        ],
        "copy.txt",
    )
    assert [post.body[0].text[:16] for post in feed.posts] == [
        "General classifi",
        '"I quite underst',
        '"Cheers Sean and',
    ]
    assert feed.posts[-1].body[-1].text.endswith("all day.")
    assert "10.30a" in [part.text for part in feed.page_parts]


def test_a_paragraph_naming_a_part_of_those_just_named_carries_on_the_post() -> None:
    """ "Among them was …", "One of them …", "Of those, …" lean on the paragraph above: in a copy that lost the times,
    they carry on its post; a paragraph merely naming a group ("Among the guests …") does not lean."""
    from tui.core.parse.outlets.guardian.segment import is_continuation

    assert is_continuation("Among them was Pete Mansell, raising a pint in the Black Bull pub.")
    assert is_continuation("One of them, a former miner, said he would not mourn.")
    assert is_continuation("Of those, 12 were later released without charge.")
    assert not is_continuation("Among the guests were two former prime ministers.")
    feed = parse_guardian(
        [
            "The Guardian's Helen Pidd and David Conn have been documenting the reaction in mining communities.",
            "",
            "Among them was Pete Mansell, raising a pint in the Black Bull pub in Aughton, Rotherham.",
        ],
        "copy.txt",
    )
    assert [len(post.body) for post in feed.posts] == [2]


def test_a_partys_or_a_pollsters_change_named_on_its_line_is_a_figure_not_a_heading():
    """An election blog lists each party's change and each broadcaster's miss as "Name: change" lines ("Conservatives:
    Down 16 on the 2015 seat result", "Labour: Up 34", "Plaid Cymru: No change", "ITN: Wrong by 12"): figures of the
    post they stand in, never headings of posts of their own; a headline with a colon stays one."""
    for text in ("Conservatives: Down 16 on the 2015 seat result", "Labour: Up 34", "Plaid Cymru: No change"):
        assert is_data_line(text)
    assert is_data_line("ITN: Wrong by 12") and is_data_line("BBC: Wrong by 132")
    assert not is_data_line("Ukraine: Zelensky says the front line is holding")
    assert not is_data_line("Brexit: MPs vote 308-297 in favour of amendment")
    from tests.conftest import lines_of

    feed = parse_guardian(
        lines_of(
            "How the parties are doing compared with 2015 if the exit poll is right\n\n"
            "Here are the exit polls results again.\n\nConservatives: 314\n\nLabour: 266\n\n"
            "And this is how these results would compare with 2015.\n\n"
            "Conservatives: Down 16 on the 2015 seat result\n\nLabour: Up 34\n\nGreens: No change\n\n"
            "Can you trust exit polls?\n\nThe short answer is, yes and no.\n\n1979\n\nITN: Wrong by 20\n\n"
            "BBC: Wrong by 29\n\nBut in the last decade and a half the exit polls have become much more accurate.\n"
        ),
        "page.txt",
    )
    assert [post.title for post in feed.posts] == [
        "How the parties are doing compared with 2015 if the exit poll is right",
        "Can you trust exit polls?",
    ]


def test_a_feed_readers_share_line_is_furniture_and_the_report_links_under_it_are_no_post() -> None:
    """A Google Reader share re-posted on a blog: the sharer's line ("Sent to you by … via Google Reader:") and the
    report's link bullets under it are not a post; the over-by-over entries are."""
    page = [
        "Sent to you by khalil via Google Reader:",
        "• Click refresh for the latest updates",
        "• Email your thoughts to rob.smyth@guardian.co.uk",
        "18th over: England 56-2 (Cook 16, Pietersen 7) Watson is wided for a lolloping bouncer to Cook.",
        "17th over: England 53-2 (Cook 15, Pietersen 6) Hilfenhaus replaces Johnson, a definite plan.",
    ]
    assert _guardian_openings(page, "reader.txt") == ["18th over: England 5", "17th over: England 5"]


def test_a_pre_match_blogs_one_line_entry_and_team_news_stay_whole() -> None:
    """A 2010 clockwatch before kick-off: a one-line entry opening with a run-in lead and asking a question ("A
    question: Is this …?") between headed entries is an entry, not a page heading; each match named over its team
    sheet is a subheading of the team news under way, and a sheet's short line ("Subs: Stech, Ilan, Mido") is no
    post of its own."""
    page = [
        "Preamble: Good afternoon, fellow junkies. Welcome to three hours of sparkling entertainment.",
        "",
        "Today's 3pm fixtures",
        "",
        "Arsenal v Sunderland",
        "West Ham United v Hull City",
        "Wolverhampton Wanderers v Chelsea",
        "",
        "A question: Is this the most-used song title in pop?",
        "",
        "Some teams ...",
        "",
        "Arsenal v Sunderland",
        "",
        "Arsenal: Almunia, Eboue, Silvestre, Vermaelen, Clichy, Song, Walcott, Fabregas, Ramsey, Nasri, Bendtner.",
        "Sunderland: Gordon, Hutton, Mensah, Turner, McCartney, Campbell, Cana, Ferdinand, Richardson, Bent, Jones.",
        "",
        "West Ham v Hull",
        "",
        "West Ham: Green, Faubert, Tomkins, Upson, Spector, Behrami, Parker, Kovac, Diamanti, Franco, Cole.",
        "Subs: Stech, Ilan, Mido",
    ]
    assert _guardian_headed_openings(page, "clockwatch.txt") == [
        (None, "Preamble: Good after"),
        ("Today's 3pm fixtures", "Arsenal v Sunderland"),
        (None, "A question: Is this "),
        ("Some teams ...", "Arsenal v Sunderland"),
    ]


def test_subheadings_under_an_introducing_sentence_stay_in_their_post() -> None:
    """A BBC closing summary copied without times: "Here are today's key developments:" over two subheadings (the
    first with nothing under it) and their items is one post, not a post per subheading."""
    page = [
        "Live Reporting",
        "",
        "By Joel Gunter, Ashley Gold and Claudia Allen",
        "",
        "All times stated are UK",
        "",
        "Closing summary",
        "",
        "We are going to pause our live coverage for now, but you can continue to follow developments here.",
        "",
        "Here are today's key developments:",
        "",
        "Francois Hollande speech",
        "",
        "The investigation",
        "",
        "  • French prosecutors identified Abdelhamid Abaaoud as the mastermind behind the Paris attacks.",
        "  • Prosecutors also identified one of the attackers as Ahmad Almohammad.",
    ]
    posts = parse_lines(page, "summary.txt", "bbc").posts
    assert [post.title for post in posts] == ["Closing summary"]
    assert [block.text for block in posts[0].body][2:4] == ["Francois Hollande speech", "The investigation"]


def test_a_second_sentence_leaning_on_the_first_is_prose_not_a_headline() -> None:
    """A post's first line that lost its link's stop ("… on Bloomberg TV. It will be streamed live here"): a second
    sentence opening with a pronoun after one that ends (on an acronym too) is prose, however short."""
    assert not is_headline_shaped(
        "Greece’s finance minister Yanis Varoufakis about to be interviewed on Bloomberg TV."
        " It will be streamed live here"
    )
    assert is_headline_shaped("Varoufakis: Greek bank closures are a political decision")


def test_a_signed_sign_off_under_a_lost_link_and_a_late_night_summary() -> None:
    """A copy of the Guardian's 2015 referendum night, times lost: the closing note's "… so don't miss it:" lost its
    link, and the writer's signed thanks under it ("… Goodnight. GW") is the note's last paragraph, not a list item;
    "Late night summary" is a summary's heading, its paragraphs one post."""
    page = [
        "That’s the end of our coverage of Greek Referendum Day.",
        "",
        "She already has the latest views from Mohamed El-Erian, chief economic adviser at Allianz, so don’t miss it:",
        "",
        "Thank you for reading and commenting, in huge numbers. It’s been great to have you with us. Goodnight. GW",
        "",
        "Late night summary",
        "",
        "What a sensational day. Time for another recap.",
        "",
        "Greece has delivered a resounding No to its creditors, in a move that has stunned the eurozone tonight.",
        "",
        "Prime minister Alexis Tsipras has declared that it’s a historic day for Greece.",
    ]
    posts = parse_guardian(page, "night.txt").posts
    assert [(post.title, len(post.body)) for post in posts] == [(None, 3), ("Late night summary", 3)]
    assert posts[0].body[-1].kind == "paragraph"


def test_a_flattened_bbc_page_keeps_titles_under_logos_and_alts_and_joins_broken_links() -> None:
    """The BBC's 2015 Germanwings page with its numbers and times lost: the closing post's paragraph broken where its
    link stood ("… on our" / "main story.") is one paragraph; a title over its source's logo ("Forecast for crash site"
    / "BBC Weather") opens a post, the logo its picture; a picture's long description over the next post's short
    title ("A rescuers points …" / "Last performance of opera singers") is no title."""
    page = [
        "  1. A Germanwings Airbus A320 has crashed in the French Alps near Digne, with 150 people on board",
        "  2. Flight 4U 9525 was travelling between Barcelona and Duesseldorf",
        "",
        "Live Reporting",
        "",
        "By Saira Asher, Claire Brennan and Thom Poole",
        "",
        "All times stated are UK",
        "",
        "That brings us to the end of our live coverage. You can continue to get the latest developments on our",
        "",
        "main story.",
        "",
        "Forecast for crash site",
        "",
        "BBC Weather",
        "",
        "Sunrise: 05:33",
        "",
        "Max Temp: -2C (28F)",
        "",
        "Recovery 'could take days'",
        "",
        "The flight came down in a remote area of the French Alps, and the recovery team face a daunting task.",
        "",
        "A rescuers points to the plane crash site onto a map, on March 24, 2015 at the Rescue Command Center set up"
        " in the southeastern French town of Seyne",
        "",
        "Last performance of opera singers",
        "",
        "Opera singers Oleg Bryjak and Maria Radner, who were on the flight, performed for the last time on Saturday.",
    ]
    posts = parse_lines(page, "flat.txt", "bbc").posts
    assert [post.title for post in posts] == [
        None,
        "Forecast for crash site",
        "Recovery 'could take days'",
        "Last performance of opera singers",
    ]
    assert posts[0].body[0].text.endswith("latest developments on our main story.")
    assert (posts[1].body[0].kind, posts[1].body[0].text) == ("image", "BBC Weather")


def test_a_feed_repost_with_doubled_breaks_parts_posts_by_the_far_wider_gap() -> None:
    """A blog's re-post of a Guardian blog that doubled every break: paragraphs two blank lines apart, posts six or
    more. The writer's hand-over one blank line under the summary's picture is the summary's last paragraph, and a
    post opening like a follow-on ("In an opinion poll …") seven blank lines under the one above is a post."""
    page = ["Afternoon summary", "", "", "", "Here is what we know so far, as night falls in Paris:", "", ""]
    page += ["A woman pays tribute during a gathering at the Place de la Republique in Paris."]
    page += ["A woman pays tribute during a gathering in Paris. Photograph: Gonzalo Fuentes/Reuters", ""]
    page += ["I’m now handing over this liveblog to my colleague Tom McCarthy. Thank you for reading."]
    page += [""] * 6 + ["The Queen has sent a message to French president François Hollande:", "", ""]
    page += ["We send our thoughts and prayers to all those who have been affected."]
    page += [""] * 6 + ["Radio France and Le Monde have put out a statement to help Charlie Hebdo “continue to live”."]
    page += ["", "", "They invite all French media to do the same, “to defend the principles of independence”."]
    page += [""] * 7 + [
        "In an opinion poll earlier this month, 80% of French people said the risk of terrorism was high."
    ]
    posts = parse_guardian(page, "repost.txt").posts
    assert [(post.title, post.body[0].text[:12]) for post in posts] == [
        ("Afternoon summary", "Here is what"),
        (None, "The Queen ha"),
        (None, "Radio France"),
        (None, "In an opinio"),
    ]
    assert posts[0].body[-1].text.startswith("I’m now handing over")


def test_a_writers_name_over_a_copys_cut_last_line_is_the_posts_byline() -> None:
    """A version viewer's copy cut mid-sentence in its last post: the writer's name under the post's stamps, over the
    cut line ("Julian Borger" / "The US director of national intelligence, Dan Coats, has j"), is the byline."""
    page = [
        "3.34pm BST",
        "15:34",
        "The former prime minister Gordon Brown and his wife Sarah have tweeted this.",
        "3.31pm BST",
        "15:31",
        "Julian Borger",
        "The US director of national intelligence, Dan Coats, has j",
    ]
    posts = parse_guardian(page, "cut.txt").posts
    assert [(post.byline.name if post.byline else None) for post in posts] == [None, "Julian Borger"]
    assert posts[1].body[0].text.startswith("The US director")


def test_the_live_blogs_controls_end_the_head_whatever_stands_above_them() -> None:
    """A 2014 news blog saved without times: a headline in no series and a standfirst as long as a paragraph stand
    over the live blog's controls ("Live" / "Sort by:" / … / "Updates:"); all of it is the page's head, and the first
    post is the titled one under the controls."""
    page = ["News blog", "", "UK storms: new severe flood warnings", ""]
    page += ["Elderly residents are rescued from their homes on Thursday as floodwater rises. " * 5 + "More rain", ""]
    page += ["Live", "", "Sort by:", "", "  • Latest first", "  • Oldest first", "", "Auto update:", ""]
    page += ["  • On", "  • Off", "", "Updates:", "", "More military personnel could be deployed", ""]
    page += ["Communities Secretary Eric Pickles has chaired a Cobra meeting this evening.", ""]
    posts = parse_guardian(page, "blog.txt").posts
    assert [(post.title, post.body[0].text[:14]) for post in posts] == [
        ("More military personnel could be deployed", "Communities Se")
    ]


def test_a_statement_quoted_paragraph_by_paragraph_stays_in_its_post() -> None:
    """A copy that lost a statement's indent and opening mark: the paragraphs after "Pickles said..." up to the one that
    closes the quotation ("… the help they need.”") are the post's, however much each reads like a lead."""
    blocks = [
        Block("paragraph", "Communities Secretary Eric Pickles has chaired a Cobra meeting this evening.", 1, 1),
        Block("paragraph", "Pickles said...", 3, 3),
        Block("paragraph", "I have been updated on the weather conditions, which will remain challenging.", 5, 5),
        Block("paragraph", "Power has been restored by energy companies today to over half a million homes.", 7, 7),
        Block("paragraph", "I want to reassure the public that everyone gets the help they need.”", 9, 9),
        Block("paragraph", "Southern Rail said at 7pm today that the Redhill line was blocked by a landslide.", 11, 11),
    ]
    assert boundaries(blocks) == [5]


def test_a_one_sentence_lead_keeps_the_paragraph_that_details_it() -> None:
    """A post opened by a one-sentence lead ("More travel problems this evening as reports come of a landslide on a
    busy commuter line.") goes on with the paragraph giving its details, which takes up the lead's words but adds many
    of its own."""
    blocks = [
        Block(
            "paragraph",
            "More travel problems this evening as reports come of a landslide on a busy commuter line.",
            1,
            1,
        ),
        Block(
            "paragraph",
            "Southern Rail said that the railway on the Redhill Line out of London was blocked at around 5:20pm near "
            "Merstham Tunnel. Thousands of commuters face severe delays this evening as a result.",
            3,
            3,
        ),
    ]
    assert boundaries(blocks) == []


def test_a_quoted_title_the_page_was_cut_inside_is_the_last_entrys_title() -> None:
    """A feeds copy cut inside its last entry's quoted title ("  4. 'Beyond t"): that entry is a post, its title cut."""
    page = [
        "  3. Official figures on flooded homespublished at 09:52",
        "",
        "    Defra says it is aware of 2,100 homes affected by the flooding so far.",
        "",
        "  4. 'Beyond t",
    ]
    posts = parse_lines(page, "feeds.txt", "bbc").posts
    assert [(post.title, len(post.body)) for post in posts] == [
        ("Official figures on flooded homes", 1),
        ("'Beyond t", 0),
    ]


def test_a_heading_in_capitals_titles_its_entry_in_a_flattened_copy() -> None:
    """A scraper's copy of a 2014 BBC Sport page with no blank lines, numbers or times: a heading in capitals over
    prose ("MATCH OF THE DAY") opens an entry and is its title, not a picture's name."""
    page = [
        "Live Reporting",
        "By Tom Rostance",
        "Right, time to guide this opening-day tanker into port for the evening.",
        "Trust we will see you there. Ta-da for now.",
        "MATCH OF THE DAY",
        "And when does Match of the Day kick off you may ask.",
        "They are go from 22:30 BST on BBC One with Alan Shearer and Ruud Gullit in the studio.",
    ]
    posts = parse_lines(page, "scraped.txt", "bbc").posts
    assert [(post.title, post.body[0].text[:14]) for post in posts] == [
        (None, "Right, time to"),
        ("MATCH OF THE DAY", "And when does "),
    ]


def test_a_writers_note_of_when_the_coverage_starts_opens_the_preamble() -> None:
    """A 2008 clockwatch's untimed preamble under the writer's note of when he starts ("Rob will be here with all the
    latest news from 1.15pm. Ish."): one post, however its paragraphs open."""
    texts = [
        "Rob will be here with all the latest news from 1.15pm. Ish.",
        "Preambles are so September 2007, what with Joe Kinnear having nailed the best intro of all time.",
        "Suffice to say that there are six games today, two of them mouth-watering crackers.",
        "It's an important day for Liverpool and Chelsea, because the title race is now well and truly on.",
    ]
    blocks = [Block("paragraph", text, 2 * n + 1, 2 * n + 1) for n, text in enumerate(texts)]
    assert boundaries(blocks) == []


def test_a_pointer_to_the_coverage_going_on_elsewhere_ends_the_closing_summary() -> None:
    """A closing summary whose points a copy lost ends on the writer's pointer to a colleague's blog ("And my colleague
    in Australia, Helen Sullivan, is continuing our global coronavirus coverage here:"); the next paragraph opens a
    post of its own, though the summary is read as one post to its sign-off."""
    texts = [
        "That’s all from us for this evening. Thanks for reading. Here’s a summary of the latest news:",
        "And my colleague in Australia, Helen Sullivan, is continuing our global coronavirus coverage here:",
        "One important update: The government’s guidance says the exemption includes moving children between homes.",
    ]
    blocks = [Block("paragraph", text, 2 * n + 1, 2 * n + 1) for n, text in enumerate(texts)]
    assert boundaries(blocks, title="Closing summary", round_up=True) == [2]


def test_a_bbc_services_name_under_a_title_is_the_posts_source_in_a_flattened_copy() -> None:
    """A scraped Local Live page with no numbers or times: a BBC service's name under a title ("BBC Look North,
    Yorkshire", "BBC News Travel", "BBC West Yorkshire Sport") is the post's source, never a post or a reader's name
    and place; a picture's credit alone ("BBC") stays in its post."""
    page = [
        "Live Reporting",
        "",
        "All times stated are UK",
        "",
        "West Yorkshire's weather: A foggy and rainy night ahead",
        "",
        "Fog will re-form in places this evening, then a spell of rain will spread into western parts.",
        "",
        "BBC",
        "",
        "Tomorrow will see a grey start with fog patches slowly lifting and some brighter skies developing.",
        "",
        "More news from West Yorkshire: Coming up on BBC Look North",
        "",
        "BBC Look North, Yorkshire",
        "",
        "Join us at 18:30 on BBC One for Look North as we ask what the future holds for public transport.",
        "",
        "Check your Yorkshire train journey",
        "",
        "BBC News Travel",
        "",
        "If you're making a journey on the rails in Yorkshire this Monday morning, most services appear to run.",
    ]
    posts = parse_lines(page, "local.txt", "bbc").posts
    assert [(post.title, [b.text[:10] for b in post.body if b.kind == "paragraph"][0]) for post in posts] == [
        ("West Yorkshire's weather: A foggy and rainy night ahead", "Fog will r"),
        ("More news from West Yorkshire: Coming up on BBC Look North", "Join us at"),
        ("Check your Yorkshire train journey", "If you're "),
    ]


def test_a_videos_title_over_its_presenters_name_and_role_opens_a_post_in_a_flattened_copy() -> None:
    """'Watch: …' over a presenter's name and role, no blank lines: the title of a post whose byline they are."""
    page = [
        "Yorkshire breaking news: Latest updates",
        "Listen live to your BBC local radio station: BBC Radio Leeds, BBC Radio York or BBC Radio Sheffield.",
        "Live Reporting",
        "By Andrew Barton",
        "All times stated are UK",
        "Get involved",
        "Watch: Monday's forecast for Yorkshire and Lincolnshire",
        "Lisa Gallagher",
        "Weather presenter, BBC Look North",
        "It's a cold and a wet start to the day with snow for many of us.",
        "Delays after car overturns between Wetherby and Leeds",
        "There are traffic delays this morning on the A58 near Wetherby after a car overturned.",
    ]
    posts = parse_lines(page, "flat.txt", "bbc").posts
    assert [(post.title, post.byline.name if post.byline else None) for post in posts] == [
        ("Watch: Monday's forecast for Yorkshire and Lincolnshire", "Lisa Gallagher"),
        ("Delays after car overturns between Wetherby and Leeds", None),
    ]


def test_a_debate_followed_speech_by_speech_parts_its_posts_where_no_time_is_left() -> None:
    """A diff of a 2019 Politics Live blog with no times: each speaker a post ("Tim Farron, the former Lib Dem leader,
    says …", "Sir Geoffrey Clifton-Brown tells MPs …"), a post bringing in a tweet ("This is from the BBC’s Laura
    Kuenssberg." over the tweet's text, which stays in it), the writer going back to the debate ("In the Commons debate,
    Crispin Blunt … is speaking now. … The civil servant said:") though the paragraph ends bringing in a quotation."""
    texts = [
        "Tim Farron, the former Lib Dem leader, says the only democratic and peaceful way through this mess is to hold "
        "another referendum.",
        "Sir Geoffrey Clifton-Brown tells MPs that, as a Brexiter, he will be voting for the deal. He wants the "
        "government to come back with a better deal.",
        "This is from the BBC’s Laura Kuenssberg.",
        "Incidentally, one very well plugged in source said this afternoon that the number of abstentions could make "
        "all the difference when it comes to the final tally",
        "In the Commons debate, Crispin Blunt, a Tory Brexiter, is speaking now. He quotes from a Telegraph article "
        "written by an anonymous civil servant. The civil servant said:",
        "An enormous effort by thousands of hardworking civil servants has been made to ensure that crashing out is "
        "simply not going to be an option.",
    ]
    blocks = [Block("paragraph", text, 2 * n + 1, 2 * n + 1) for n, text in enumerate(texts)]
    assert boundaries(blocks) == [1, 2, 4]


def test_a_reporter_named_with_the_station_they_report_for_is_the_posts_byline() -> None:
    """A feeds copy's post with its reporter's line under the title ("Jo Deahl for 5 live") over a picture's alt and
    the text: the line is the byline, not the post's first paragraph."""
    page = [
        "  2. Manchester survivors have a message for Londonpublished at 09:32 British Summer Time 6 June 2017",
        "",
        "    Jo Deahl for 5 live",
        "",
        "    Woman holds a message for Londoners from ManchesterImage source, Getty Images",
        "",
        "    It’s been two weeks since a bomb went off in my home city.",
    ]
    post = parse_lines(page, "feeds.txt", "bbc").posts[0]
    assert post.byline is not None and (post.byline.name, post.byline.role) == ("Jo Deahl", "for 5 live")
    assert [b.text for b in post.body if b.kind == "paragraph"] == [
        "It’s been two weeks since a bomb went off in my home city."
    ]


def test_a_post_cut_by_the_segmenter_keeps_its_writers_byline_on_its_first_piece() -> None:
    """A titled post whose writer's name is printed twice under the title (photo, then name), its times lost: where the
    segmenter cuts the run of paragraphs, the first piece keeps the byline with the title."""
    page = [
        "Man led away in Dagenham",
        "",
        "Lisa O'Carroll",
        "Lisa O'Carroll",
        "",
        "A man emerged under a blanket from a Dagenham house raided by police in connection with the attack.",
        "",
        "The semi-detached house stands beside a tyre shop alone in a busy industrial estate.",
        "",
        "My colleague Vikram Dodd reports that police have made another arrest in Barking on Monday evening.",
    ]
    posts = parse_guardian(page, "own.txt").posts
    assert len(posts) == 2
    assert posts[0].title == "Man led away in Dagenham"
    assert posts[0].byline is not None and posts[0].byline.name == "Lisa O'Carroll"


def test_a_time_alone_on_its_line_with_a_colon_is_the_posts_time() -> None:
    """A 2011 Guardian blog prints a post's time over its paragraphs keeping the colon it has when run in ("10.00am:"):
    the line is the post's time, not its text."""
    page = [
        "Liquidity crunch fears stalk markets – live coverage",
        "",
        "10.00am:",
        "",
        "A quick round-up of markets now. The FTSE 100 is up around 22 points.",
        "",
        "Yields on Italian 10-year bonds remain below the 7% level for now.",
        "",
        "9.32am: As the FTSE 100 moves into its final days, our reporters bring you their tips.",
    ]
    posts = parse_guardian(page, "copy.txt").posts
    assert [(p.stamp.hour, p.stamp.minute) for p in posts if p.stamp] == [(10, 0), (9, 32)]
    assert posts[0].body[0].text.startswith("A quick round-up")


def test_a_copy_of_a_sport_pages_reader_texts_is_one_entry_per_reader() -> None:
    """A blog's re-post of a BBC Sport page's reader texts, no time left: the page's title with the site's name after
    it says whose page it is, each 'Name, via text: "…"' paragraph is an entry, the blog's date and footer are not."""
    from tui.core.parse import outlet

    page = [
        "Monday, 13 May 2013",
        "",
        "League Cup final and Premier League as it happened - BBC Sport (blog)",
        "",
        'Alex, via text: "As good as the fans have been, I\'m sure they would have liked a bit of a go."',
        "",
        'Sarah, via text: "If this were a Premier League team losing 4-0 all their fans would have left."',
        "",
        'Mike, via text: "Despite their previous heroics, it would have been embarrassing."',
        "",
        "No comments:",
        "",
        "Post a Comment",
    ]
    assert outlet.detect(page).format == "bbc"
    posts = parse_lines(page, "blogspot.txt", None).posts
    assert [p.body[0].text.split(",")[0] for p in posts] == ["Alex", "Sarah", "Mike"]
    assert all(len(p.body) == 1 for p in posts)


def test_a_local_news_streams_heading_is_furniture_over_its_first_titled_post() -> None:
    """A BBC local news page saved as text: "Latest Stories" heads the stream, so the first story's title under it is
    a post's title, not a line of the page's summary."""
    page = [
        "England, United Kingdom",
        "",
        "Latest Stories",
        "",
        "Severe accident: Kent eastbound",
        "",
        "BBC News Travel",
        "",
        "Kent eastbound severe accident, between Old Folkestone Road and Elizabeth Street.",
        "",
        "Your views sought over county council budget cuts",
        "",
        "Kent residents are being asked for their input on the council's future spending priorities.",
    ]
    posts = parse_lines(page, "local.txt", "bbc").posts
    assert [p.title for p in posts] == [
        "Severe accident: Kent eastbound",
        "Your views sought over county council budget cuts",
    ]


def test_a_pictures_alt_text_and_caption_run_together_under_a_title_are_the_picture() -> None:
    """A copy with no numbers or times: under a story's title, a picture's alt text (a name and role) with its caption
    straight under it (no stop: captions have none, though one may close on a quotation), then the story's paragraph.
    The two lines are the post's picture, not the title and first paragraph of another post; a writer's line over a
    picture's name alone stays a byline."""
    page = [
        "Latest Stories",
        "",
        "Your views sought over county council budget cuts",
        "",
        "Kent residents are being asked for their input on the council's future spending priorities.",
        "",
        "Covid-19 rates in Kent 'beginning to rise'",
        "",
        "Andrew Scott-Clark, director of public health at Kent County Council",
        'Mr Scott-Clarke said rates in Kent were "nowhere near the England average"',
        "",
        "Rates of Covid-19 in Kent are “relatively low” but are “beginning to rise and that is a worry”, he said.",
    ]
    posts = parse_lines(page, "local.txt", "bbc").posts
    assert [p.title for p in posts] == [
        "Your views sought over county council budget cuts",
        "Covid-19 rates in Kent 'beginning to rise'",
    ]
    assert [b.kind for b in posts[1].body] == ["image", "caption", "paragraph"]
    assert posts[1].byline is None


def test_a_wicket_heading_with_the_dismissal_in_brackets_is_a_title() -> None:
    """An over-by-over report's winning wicket as a heading in capitals, the batsman's dismissal and runs in brackets
    after it: the heading titles its post, it is not the post's first paragraph."""
    page = [
        "Ashes 2013: England v Australia: day four – as it happened",
        "",
        "Stuart Broad took six wickets to help England take the fourth Test by 74 runs and win the Ashes",
        "Bruised skies overhead as England look for wickets. Photograph: Lee Smith/Action Images",
        "",
        "WICKET!!! ENGLAND WIN THE ASHES! (Siddle c Anderson b Broad, 23)",
        "",
        "A big cheer as Stuart Broad returns to the attack. Is this the moment? He bowls two dot balls. And then it "
        "happens. Siddle chips a loose drive to Anderson at mid-off! England have won the match by 74 runs and the "
        "Ashes! They lead the series 3-0 so that is that. Thanks for reading and emailing. Bye.",
        "",
        "",
        "68th over: Australia 224-9 (Siddle 23, Bird 1; target 299): Actually it's Jimmy Anderson.",
    ]
    posts = parse_guardian(page, "obo.txt").posts
    assert posts[0].title == "WICKET!!! ENGLAND WIN THE ASHES! (Siddle c Anderson b Broad, 23)"
    assert posts[0].body[0].text.startswith("A big cheer")


def test_a_line_bringing_in_another_quotation_on_another_subject_opens_a_post() -> None:
    """A copy with no blank lines and no times: a post brought in a sprinter's words, which ended on a stop; a line
    ending with a colon that shares no word with that post brings in something else, and opens a post. A short cue
    inside a post ("Cue the Twitter reaction:") does not."""
    page = [
        "A ringing round of boos greeted US sprinter Justin Gatlin as he stepped out on to the track ahead of the 100m "
        "final. And after the race he said he’d like the antipathy to stop:",
        "The whole issue was over a decade ago. I’ve been in track and field over 16 years.",
        "I would like to see everyone have respect in the audience as well.",
        "Ha ha, nice try, New Zealand:",
        "The NZ Herald has done some sums and claims that the county has 1.77 medals per 1 million people.",
    ]
    assert boundaries([Block("paragraph", text, n, n) for n, text in enumerate(page, 1)]) == [3]
    cued = [
        "A 45-word statement has been released by the Eurogroup's president, Jeroen Dijsselbloem:",
        "I take note of the decision of the Cypriot parliament on the government's proposal for a levy.",
        "Cue the Twitter reaction:",
        "Imagine if the Eurogroup didn't take note of the Cypriot vote. That would be a more interesting statement.",
    ]
    assert boundaries([Block("paragraph", text, n, n) for n, text in enumerate(cued, 1)]) == []
    shown = [
        "Vladimir Putin has agreed to face-to-face talks with Volodymyr Zelenskyy, according to Donald Trump.",
        "Here’s footage of the leaders setting out their reservations:",
        "The leaders of five European countries joined Volodymyr Zelenskyy for the summit at the White House.",
        "A selection of images from the talks have been been curated here and include these:",
    ]
    assert boundaries([Block("paragraph", text, n, n) for n, text in enumerate(shown, 1)]) == []


def test_a_summary_heading_with_a_colon_heads_the_timed_entry_under_it() -> None:
    """A forum's paste of a 2011 Guardian blog, no blank lines: "Mid-afternoon summary:" straight over an entry that
    opens with its time ("2:02pm GMT: Here is a summary …") is that entry's heading, not the text of the post above
    nor a heading of the page."""
    page = [
        "In other developments:",
        "• The US ordered all non-emergency staff to leave Libya – a sure sign that the crisis is worsening.",
        "Mid-afternoon summary:",
        "2:02pm GMT: Here is a summary of key events so far:",
        "• Muammar Gaddafi remains Libyan leader, despite intensifying calls for him to step down.",
    ]
    posts = parse_guardian(page, "forum.txt").posts
    timed = [p for p in posts if p.stamp is not None]
    assert len(timed) == 1 and (timed[0].stamp.hour, timed[0].stamp.minute) == (14, 2)
    assert timed[0].title is not None and timed[0].title.startswith("Mid-afternoon summary")
    assert timed[0].body[0].text.startswith("Here is a summary")


def test_a_short_exclaimed_post_between_the_head_and_the_first_entry_is_no_head() -> None:
    """A heading and a short paragraph of two sentences closed by an exclamation, between the lead photo's caption and
    the first over's entry: the post's text, not the standfirst's tail (a full stop was needed before)."""
    page = [
        "Ashes 2013: England v Australia: day four – as it happened",
        "",
        "Stuart Broad took six wickets to help England take the fourth Test by 74 runs and win the Ashes",
        "Bruised skies overhead as England look for wickets. Photograph: Lee Smith/Action Images",
        "",
        "WICKET!!! ENGLAND WIN THE ASHES! (Siddle c Anderson b Broad, 23)",
        "",
        "A big cheer as Stuart Broad returns to the attack. England have won the match by 74 runs and the Ashes!",
        "",
        "",
        "68th over: Australia 224-9 (Siddle 23, Bird 1; target 299): Actually it's Jimmy Anderson.",
    ]
    posts = parse_guardian(page, "obo.txt").posts
    assert [p.title for p in posts][:1] == ["WICKET!!! ENGLAND WIN THE ASHES! (Siddle c Anderson b Broad, 23)"]
    assert posts[0].body[0].text.startswith("A big cheer")
