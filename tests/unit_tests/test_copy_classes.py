"""Classes of copy that once parsed wrong (#28): each test is a made-up page of that class."""

from __future__ import annotations

from datetime import date

from tui.core.parse.line_kinds import is_headline_shaped
from tui.core.parse.outlets.guardian.parser import parse_guardian
from tui.core.parse.outlets.guardian.times import parse_page_stamp


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
