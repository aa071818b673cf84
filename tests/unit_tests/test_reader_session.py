"""The reader's saved view state: restored with every value checked, written back as it was."""

from __future__ import annotations

from datetime import datetime

from tui.core.views.filtering import FilterState
from tui.core.views.session import ReaderSession, Trail, TrailStop

TOPICS = ("boots-on-the-ground", "venue")
OUTLETS = ("bbc", "guardian")


def test_a_saved_session_comes_back_as_it_was_written() -> None:
    session = ReaderSession(
        filters=FilterState(topics=frozenset({"venue"}), topic_mode="all").with_query("Geneva"),
        sort_key="title",
        reverse=True,
        post_id="bbc-0001",
        replay_at=datetime(2025, 8, 19, 6, 30),
        replay_speed=1000,
        searches=("Geneva", "drone"),
    )
    saved = session.saved("textual-light")
    assert saved["theme"] == "textual-light"
    assert ReaderSession.restored(saved, TOPICS, OUTLETS) == session


def test_values_that_do_not_fit_are_left_out_never_an_error() -> None:
    saved = {
        "topics": ["venue", "no-such-topic", 7],
        "topic_mode": "sometimes",
        "outlets": ["bbc", "nyt"],
        "query": "x" * 500,
        "unread_only": "yes",
        "sort": "random",
        "reverse": 1,
        "post": 42,
        "replay_at": "not a time",
        "replay_speed": True,
        "search_history": ["ok", "", 3],
    }
    session = ReaderSession.restored(saved, TOPICS, OUTLETS)
    assert session.filters.topics == frozenset({"venue"})
    assert session.filters.topic_mode == FilterState().topic_mode
    assert session.filters.outlets == frozenset({"bbc"})
    assert len(session.filters.query) == 200
    assert not session.filters.unread_only and session.sort_key == "time" and session.reverse is False
    assert session.post_id is None and session.replay_at is None and session.replay_speed == 60
    assert session.searches == ("ok",)
    assert ReaderSession.restored({}, TOPICS, OUTLETS) == ReaderSession()


def test_the_trail_walks_back_newest_first() -> None:
    trail = Trail()
    assert not trail and trail.pop() is None
    first = TrailStop("a", FilterState(), "time", False)
    second = TrailStop("b", FilterState().with_query("x"), "title", True)
    trail.push(first)
    trail.push(second)
    assert trail.pop() == second and trail.pop() == first and not trail


def test_a_day_divider_marks_only_the_first_post_of_each_day() -> None:
    from dataclasses import replace
    from datetime import UTC

    from tui.core.model.post import Post
    from tui.core.views.timefmt import day_divider, spans_days

    def post(day: int, hour: int) -> Post:
        return replace(
            Post(source="bbc", file="x.txt", page_index=0),
            published=datetime(2025, 8, day, hour, tzinfo=UTC),
            date_basis="printed",
        )

    entries = [post(19, 9), post(19, 23), post(20, 1), post(20, 2)]
    assert spans_days(entries, UTC) and not spans_days(entries[:2], UTC)
    assert [day_divider(entries, i, UTC) for i in range(4)] == ["Tue 19 Aug · ", "", "Wed 20 Aug · ", ""]
    assert day_divider(entries, 9, UTC) == ""
