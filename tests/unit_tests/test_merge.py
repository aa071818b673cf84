"""Merging copies of posts: each rule on small hand-written dumps."""

from tests.conftest import lines_of
from tui.core.parse.outlets.bbc.parser import parse_bbc
from tui.core.parse.outlets.guardian.parser import parse_guardian
from tui.core.stages.ids import assign_ids
from tui.core.stages.merge import merge_feeds


def g(text, name):
    return parse_guardian(lines_of(text), name)


def merged(feeds):
    """The merge stage, then ids (as the pipeline runs them)."""
    return assign_ids(merge_feeds(feeds).entries)


LATER = """Leaders agree to meet in Geneva next week
The leaders said they would meet ‘definitively’ next week in Geneva, officials confirmed.
A second paragraph describes the preparations in some detail for readers.
A third paragraph was added in the later snapshot with new reporting.
Updated
An untitled post about sanctions that the foreign ministers discussed at length today.
Updated
Talks begin at the White House
The talks began at the White House with a handshake and some warm words.
"""
EARLIER = """Leaders agree to meet in Geneva next week
The leaders said they would meet 'definitively' next week in Geneva, officials confirmed.
A second paragraph describes the preparations in some detail for readers.
An untitled post about sanctions that the foreign ministers discussed at length today.
Talks begin at the White House
The talks began at the White House with a handshake and some warm words.
"""


def test_snapshots_collapse_and_keep_the_earlier_version_as_a_revision():
    entries = merged([g(LATER, "later.txt"), g(EARLIER, "earlier.txt")])
    assert len(entries) == 3
    geneva = next(e for e in entries if e.title and "Geneva" in e.title)
    assert len(geneva.body) == 3  # the later, longer version is shown
    assert "’" in geneva.body[0].text  # display text is never normalised
    assert len(geneva.revisions) == 1
    assert geneva.revisions[0].added == ["A third paragraph was added in the later snapshot with new reporting."]
    assert {o.file for o in geneva.origins} == {"later.txt", "earlier.txt"}


def test_lost_boundary_is_restored_from_the_other_snapshot():
    # In EARLIER the sanctions paragraph has no Updated line before it, so the
    # parser glues it to the Geneva post; LATER shows the boundary.
    entries = merged([g(LATER, "later.txt"), g(EARLIER, "earlier.txt")])
    sanctions = [e for e in entries if e.body and e.body[0].text.startswith("An untitled post about sanctions")]
    assert len(sanctions) == 1
    assert {o.file for o in sanctions[0].origins} == {"later.txt", "earlier.txt"}


def test_changed_last_sentence_still_matches():
    a = "Ceasefire talks stall in Istanbul\nNegotiators left the room after three hours of talks without any agreement on the ceasefire.\n"
    b = "Ceasefire talks stall in Istanbul\nNegotiators left the room after three hours of talks without any agreement on the ceasefire, a source said.\n"
    entries = merged([g(a, "a.txt"), g(b, "b.txt")])
    assert len(entries) == 1


def test_pinned_copy_collapses_into_its_place():
    page = """Pinned headline about the day
The pinned post's paragraph with enough words to match.
Key events
-
Pinned headline about the day
Another post headline here
Some text of another post.
Pinned headline about the day
The pinned post's paragraph with enough words to match.
"""
    entries = merged([g(page, "p.txt")])
    pinned = [e for e in entries if e.title == "Pinned headline about the day"]
    assert len(pinned) == 1 and "Pinned" in pinned[0].label_texts
    assert len(pinned[0].origins) == 2


def test_summaries_are_not_merged_into_the_posts_they_recap():
    page_a = """Summary
Leaders agreed to meet in Geneva next week, officials confirmed on Tuesday afternoon.
Leaders agree to meet in Geneva
Leaders agreed to meet in Geneva next week, officials confirmed on Tuesday afternoon.
"""
    entries = merged([g(page_a, "a.txt"), g(page_a, "b.txt")])
    assert len(entries) == 2


def test_degraded_copy_is_split_onto_the_full_pages_posts():
    full = parse_bbc(
        lines_of("""  1. Second posttitlepublished at 10:05 BST 1 May 2025

    The second post's first paragraph has plenty of words in it.

    Its second paragraph also has plenty of words in it.

  2. First post titlepublished at 10:00 BST 1 May 2025

    The first post's only paragraph has plenty of words too.
"""),
        "full.txt",
    )
    degraded = parse_bbc(
        lines_of("""Summary line without stop
The second post's first paragraph has plenty of words in it.
Its second paragraph also has plenty of words in it.
The first post's only paragraph has plenty of words too.
"""),
        "degraded.txt",
    )
    entries = merged([full, degraded])
    assert len(entries) == 2
    for entry in entries:
        assert {o.file for o in entry.origins} == {"full.txt", "degraded.txt"}
        assert entry.revisions == []  # a poorer copy is not an earlier version


def test_posts_of_different_outlets_never_merge():
    bbc = parse_bbc(
        lines_of(
            "  1. Same wordspublished at 10:00 BST 1 May 2025\n\n    Identical paragraph text appears in both outlets "
            "today.\n"
        ),
        "b.txt",
    )
    gua = g("Same words in a headline\nIdentical paragraph text appears in both outlets today.\n", "g.txt")
    assert len(merged([bbc, gua])) == 2


def test_the_merge_stage_leaves_its_input_alone():
    later, earlier = g(LATER, "later.txt"), g(EARLIER, "earlier.txt")
    before = [(p.title, len(p.body), list(p.revisions), list(p.origins)) for p in later.posts + earlier.posts]
    result = merge_feeds([later, earlier])
    assert result.entries and all(e.id == "" for e in result.entries)
    assert [(p.title, len(p.body), list(p.revisions), list(p.origins)) for p in later.posts + earlier.posts] == before


def test_daily_pages_reusing_titles_times_and_wording_keep_every_days_posts(tmp_path):
    """Rolling coverage: 30 pages print the same titles, clock times and text on different dates."""
    from tui.core.build.pipeline import LoadRequest, build

    for day in range(1, 31):
        lines = []
        for n in range(20, 0, -1):
            lines += [
                f"  {21 - n}. Morning briefing {n}published at {6 + n // 2:02d}:{(n * 7) % 60:02d} British Summer "
                f"Time {day} June 2025",
                "",
            ]
            lines += [f"    The daily update number {n} with the same wording every day, as rolling coverage does.", ""]
        (tmp_path / f"day{day:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
    timeline = build(LoadRequest((tmp_path,)))
    assert len(timeline.entries) == 600
    per_day: dict = {}
    for post in timeline.entries:
        per_day[post.published.date()] = per_day.get(post.published.date(), 0) + 1
        assert post.published.day == post.stamp.day  # no post moved to another day
    assert sorted(set(per_day.values())) == [20] and len(per_day) == 30
    assert len({post.id for post in timeline.entries}) == 600


def test_a_headline_two_untimed_pages_print_over_different_words_is_two_posts():
    """A daily sign-off's headline ("Our live coverage across the day") on two days' pages: no text in
    common, so two posts; the same headline over the same words is one."""
    suffolk = "  1. Our live coverage across the day\n\n    That's all from the Suffolk Live team today, we'll be back tomorrow.\n\n    Have a good evening.\n"
    beds = "  1. Our live coverage across the day\n\n    That's all from the Local Live team today.\n\n    Friday's headlines have included a school site sold for eleven million pounds.\n"
    apart = merged([parse_bbc(lines_of(suffolk), "suffolk.txt"), parse_bbc(lines_of(beds), "beds.txt")])
    assert len(apart) == 2
    together = merged([parse_bbc(lines_of(suffolk), "a.txt"), parse_bbc(lines_of(suffolk), "b.txt")])
    assert len(together) == 1


def test_a_start_one_copy_marks_is_sure_in_the_merged_entry():
    """A post whose start the copy shown could only guess and another copy marks is one entry whose start
    is sure; a guess in every copy stays a guess."""
    later, earlier = g(LATER, "later.txt"), g(EARLIER, "earlier.txt")
    for feed in (later, earlier):
        for post in feed.posts:
            post.start_unsure = feed is later and post.title is None  # the later copy is the one shown
    sanctions = next(e for e in merged([later, earlier]) if e.body[0].text.startswith("An untitled post"))
    assert not sanctions.start_unsure and len(sanctions.origins) == 2
    for post in [*later.posts, *earlier.posts]:
        post.start_unsure = post.title is None
    sanctions = next(e for e in merged([later, earlier]) if e.body[0].text.startswith("An untitled post"))
    assert sanctions.start_unsure
