"""The search box's history, walked like a shell's."""

from tui.core.views.history import KEEP, SearchHistory


def test_up_walks_back_down_comes_forward_then_to_what_was_typed():
    history = SearchHistory()
    for query in ("Geneva", "drone", "Geneva", "  ", "sanctions"):
        history.keep(query)
    assert history.entries == ["drone", "Geneva", "sanctions"]  # a repeat moves to the newest place
    assert history.older("half-typ") == "sanctions"
    assert history.older("ignored") == "Geneva"
    assert history.older("") == "drone"
    assert history.older("") is None  # nothing older: the box keeps "drone"
    assert history.newer() == "Geneva"
    assert history.newer() == "sanctions"
    assert history.newer() == "half-typ"  # past the newest: the draft comes back
    assert history.newer() is None  # not walking: ↓ goes to the results


def test_saved_histories_are_bounded_and_checked():
    history = SearchHistory.from_saved([f"q{n}" for n in range(50)] + [3, None, ""])
    assert history.entries == [f"q{n}" for n in range(50 - KEEP, 50)]
    assert SearchHistory.from_saved("not a list").entries == []
    history.keep("new")
    assert len(history.entries) == KEEP and history.entries[-1] == "new"
