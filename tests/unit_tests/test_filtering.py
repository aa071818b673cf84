"""The filters: one pass per filter gives exactly what the per-post test says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.views.filtering import FilterState, SearchIndex, apply, matches


class _Marks:
    def __init__(self, read: set[str], starred: set[str]) -> None:
        self.read, self.starred = read, starred

    def is_read(self, post_id: str) -> bool:
        return post_id in self.read

    def is_starred(self, post_id: str) -> bool:
        return post_id in self.starred


_TOPICS = ["boots_on_ground", "air_support", "venue", "ceasefire", "sanctions"]


@settings(max_examples=80, deadline=None)
@given(
    topics=st.frozensets(st.sampled_from(_TOPICS), max_size=3),
    mode=st.sampled_from(["any", "all"]),
    outlets=st.none() | st.frozensets(st.sampled_from(["bbc", "guardian"])),
    query=st.sampled_from(["", "putin", "ceasefire zelensky", '"security guarantees"', "a", "zz-none"]),
    unread_only=st.booleans(),
    starred_only=st.booleans(),
    every=st.integers(min_value=2, max_value=7),
    backend=st.booleans(),
)
def test_apply_keeps_exactly_the_posts_that_match(
    seed_timeline, topics, mode, outlets, query, unread_only, starred_only, every, backend
):
    entries = seed_timeline.entries
    ids = [p.id for p in entries]
    marks = _Marks(set(ids[::every]), set(ids[1::every]))
    state = FilterState(
        topics=topics, topic_mode=mode, outlets=outlets, query=query, unread_only=unread_only, starred_only=starred_only
    )
    if backend:  # a store-like backend: the ids whose folded text holds every term
        plain = SearchIndex()
        index = SearchIndex(backend=lambda terms: {p.id for p in entries if all(t in plain.text(p) for t in terms)})
    else:
        index = SearchIndex()
    expected = [p for p in entries if matches(p, state, SearchIndex(), marks=marks)]
    assert apply(entries, state, index, marks) == expected
    assert apply(entries, state, index, marks) is not entries


def test_a_forgotten_post_is_searched_by_its_new_text_even_in_a_list_searched_before(seed_timeline):
    from dataclasses import replace

    entries = list(seed_timeline.entries)
    index = SearchIndex()
    search = FilterState().with_query("zqxj")
    assert apply(entries, search, index) == []  # the list's texts are now kept in order
    revised = replace(entries[0], title="Zqxj revised")
    entries[0] = revised  # the same list, a revised post in it
    index.forget([revised.id])
    assert apply(entries, search, index) == [revised]
