"""What the parsers must find in the bundled seeds."""

from datetime import date

from tests.conftest import seed
from tests.coverage import unaccounted_lines
from tui.core.infra.reading import read_lines
from tui.core.parse.dump import parse_lines


def feed_of(prefix):
    lines, _ = read_lines(seed(prefix))
    return parse_lines(lines, str(seed(prefix))), lines


def by_name(load, prefix):
    return next(f for f in load.feeds if f.name.startswith(prefix))


def test_every_seed_loads_without_errors(seed_load):
    assert seed_load.errors == []
    assert [f.format for f in seed_load.feeds] == ["bbc", "bbc", "bbc-degraded", "guardian", "guardian"]


def test_bbc_000_gives_20_posts_from_2102_to_1721(seed_load):
    feed = by_name(seed_load, "000")
    times = [p.published.strftime("%H:%M") for p in feed.posts]
    assert len(feed.posts) == 20
    assert times[0] == "21:02" and times[-1] == "17:21"
    assert times == sorted(times, reverse=True)
    assert all(p.published.utcoffset().total_seconds() == 3600 for p in feed.posts)


def test_bbc_001_gives_12_titled_posts_from_0638_to_0359(seed_load, seed_timeline):
    feed = by_name(seed_load, "001")
    assert len(feed.posts) == 12
    assert all(p.title for p in feed.posts)
    assert [(p.stamp.hour, p.stamp.minute) for p in (feed.posts[0], feed.posts[-1])] == [(6, 38), (3, 59)]
    # The page prints no date: it is dated from the pages reporting the same events.
    mine = [e for e in seed_timeline.entries if any(o.file.endswith(feed.path.rsplit("/", 1)[-1]) for o in e.origins)]
    assert all(e.published is not None and e.published.date().isoformat() == "2025-08-19" for e in mine)
    assert all(
        e.time_basis == "stated-time-inferred-date" and e.date_basis == "guessed" for e in mine if e.source == "bbc"
    )


def test_every_bbc_post_is_on_2025_08_19(seed_load):
    for feed in seed_load.feeds:
        if feed.source == "bbc":
            for post in feed.posts:
                if post.published:
                    assert post.published.date() == date(2025, 8, 19)


def test_bylines_labels_and_summary(seed_load):
    first = by_name(seed_load, "001").posts[0]
    assert (first.byline.name, first.byline.role) == ("Frank Gardner", "Security correspondent")
    assert first.label_texts == ["Analysis"]
    assert [b.kind for b in first.body].count("bullet") == 4
    assert len(by_name(seed_load, "000").summary) == 6


def test_degraded_copy_is_summary_plus_untitled_text(seed_load):
    feed = by_name(seed_load, "002")
    assert feed.format == "bbc-degraded"
    assert len(feed.summary) == 4
    assert feed.posts[0].title is None and feed.posts[0].published is None


def test_guardian_posts_in_page_order_with_headlines(seed_load):
    g3 = by_name(seed_load, "003")
    titled = [p.title for p in g3.posts if p.title]
    assert titled[:3] == [
        "The day so far",
        "White House eyeing Budapest for peace talks with Zelenskyy and Putin - report",
        "US air support for Ukraine 'an option and possibility', says White House",
    ]
    assert titled[-2:] == ["Starmer says 'real progress' made at Trump summit", "Opening summary"]
    assert [p.page_index for p in g3.posts] == list(range(len(g3.posts)))
    firsts = [p.first_line for p in g3.posts]
    assert firsts == sorted(firsts)


def test_guardian_004_key_events_and_pinned_copy(seed_load):
    g4 = by_name(seed_load, "004")
    assert len(g4.key_events) == 28
    assert g4.key_events[0].text.startswith("White House eyeing Budapest")
    pinned = g4.posts[0]
    assert pinned.pinned_copy and pinned.title.startswith("Trump has ‘definitively’")
    in_place = [p for p in g4.posts if p.title == pinned.title and not p.pinned_copy]
    assert len(in_place) == 1 and in_place[0].id == pinned.id


def test_nothing_lost_on_any_seed(seed_load):
    for feed in seed_load.feeds:
        lines, _ = read_lines(seed(feed.name[:3]))
        assert unaccounted_lines(feed, lines) == ([], []), feed.name
