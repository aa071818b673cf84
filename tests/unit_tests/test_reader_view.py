"""The reader's view state without a terminal: sort keys, the ``l`` trail, what a reopen restores."""

from __future__ import annotations

from dataclasses import replace

from tui.core.views.filtering import FilterState
from tui.core.views.reader import JumpKind, Orders, ReaderView, new_posts_notice
from tui.core.views.timeline import SORT_KEYS


def _linked(seed_timeline):
    by_id = seed_timeline.by_id()
    post = next(p for p in seed_timeline.entries if any(r in by_id for r in p.related))
    target = next(by_id[r] for r in post.related if r in by_id)
    return post, target, by_id


def test_sorting_cycles_through_every_key_and_a_header_click_reverses_its_own_key() -> None:
    view = ReaderView()
    seen = [view.cycle_sort() for _ in SORT_KEYS]
    assert sorted(seen) == sorted(SORT_KEYS) and view.sort_key == "time"
    view.sort_by("time")
    assert view.reverse and view.sort_label == "time ↓"
    view.sort_by("title")
    assert (view.sort_key, view.reverse) == ("title", False)


def test_unread_only_and_starred_only_exclude_each_other() -> None:
    view = ReaderView()
    view.toggle_unread_only()
    assert view.filters.unread_only
    view.toggle_starred_only()
    assert view.filters.starred_only and not view.filters.unread_only
    view.toggle_starred_only()
    assert not view.filters.active


def test_l_moves_to_a_shown_linked_post_and_backspace_returns_with_the_filters(seed_timeline) -> None:
    post, target, by_id = _linked(seed_timeline)
    view = ReaderView(filters=FilterState().with_query("x"), sort_key="outlet")
    jump = view.jump(post, by_id, {post.id, target.id})
    assert jump.kind is JumpKind.MOVE and jump.target is target and not jump.notice
    assert [h.binding for h in view.hints()] == ["go_back"]
    view.cycle_sort()
    stop = view.back()
    assert stop is not None and stop.post_id == post.id
    assert (view.filters.query, view.sort_key) == ("x", "outlet") and not view.hints()
    assert view.back() is None


def test_a_hidden_linked_post_is_named_then_revealed_by_clearing_the_filters(seed_timeline) -> None:
    post, target, by_id = _linked(seed_timeline)
    filters = replace(FilterState(), topics=frozenset({"venue"}))
    view = ReaderView(filters=filters)
    hidden = view.jump(post, by_id, {post.id})
    assert hidden.kind is JumpKind.HIDDEN and "l again shows it" in hidden.notice
    assert [h.binding for h in view.hints()] == ["jump_related"] and view.filters == filters
    revealed = view.jump(post, by_id, {post.id})
    assert revealed.kind is JumpKind.REVEAL and not view.filters.active and revealed.target is target
    view.back()
    assert view.filters == filters and view.hidden_target is None


def test_l_on_a_post_without_a_link_says_so(seed_timeline) -> None:
    by_id = seed_timeline.by_id()
    lonely = next(p for p in seed_timeline.entries if not p.related)
    assert ReaderView().jump(lonely, by_id, set(by_id)).kind is JumpKind.NONE
    assert ReaderView().jump(None, by_id, set(by_id)).notice


def test_the_view_written_and_restored_is_the_same_view() -> None:
    view = ReaderView(filters=FilterState().with_query("Geneva"), sort_key="title", reverse=True, replay_speed=600)
    view.searches.keep("Geneva")
    saved = view.session("some-post").saved("textual-light")
    back = ReaderView.restored(saved, ["venue"], ["bbc"])
    assert (back.filters, back.sort_key, back.reverse, back.replay_speed) == (view.filters, "title", True, 600)
    assert back.restore_id == "some-post" and back.searches.entries == ["Geneva"]


def test_only_a_time_ordered_list_at_its_last_row_follows_the_newest_post() -> None:
    assert ReaderView().follows_newest(at_last_row=True)
    assert not ReaderView().follows_newest(at_last_row=False)
    assert not ReaderView(reverse=True).follows_newest(at_last_row=True)
    assert not ReaderView(sort_key="title").follows_newest(at_last_row=True)


def test_orders_sort_once_per_timeline(seed_timeline) -> None:
    orders = Orders()
    first = orders.ordered(seed_timeline, "title", False)
    assert orders.ordered(seed_timeline, "title", False) is first
    assert orders.is_for(seed_timeline) and orders.ids(seed_timeline) == [p.id for p in seed_timeline.entries]
    assert sorted(p.id for p in first) == sorted(p.id for p in seed_timeline.entries)
    assert first != orders.ordered(seed_timeline, "time", False)
    rebuilt = replace(seed_timeline, entries=list(reversed(seed_timeline.entries)))
    assert orders.ordered(rebuilt, "title", False) is not first and not orders.is_for(seed_timeline)


def test_new_posts_are_named_by_their_filtered_topics(seed_timeline) -> None:
    venue = [p for p in seed_timeline.entries if "venue" in p.topics][:2]
    said = new_posts_notice(venue, {"venue"}, {"venue": "Venue"})
    assert said == "2 new posts in Venue." and new_posts_notice([], {"venue"}, {}) == ""


def _later(timeline, new_posts):
    """``timeline`` with ``new_posts`` added (a rebuilt timeline, as following gives one)."""
    return replace(timeline, entries=[*timeline.entries, *new_posts])


def test_an_update_keeps_the_cursor_unless_the_reader_was_keeping_up(seed_timeline) -> None:
    from tui.core.views.reader import Reader

    newest = max((p for p in seed_timeline.entries if p.published), key=lambda p: p.published)
    arrived = replace(newest, id="arrived", published=newest.published.replace(year=newest.published.year + 1))
    reader = Reader(seed_timeline)
    reading = seed_timeline.entries[3]
    taken = reader.take_update(_later(seed_timeline, [arrived]), {"arrived"}, set(), reading, at_last_row=False)
    assert taken.keep is reading and reader.new_ids == {"arrived"} and "arrived" in reader.by_id
    kept_up = reader.take_update(_later(seed_timeline, [arrived]), set(), set(), reading, at_last_row=True)
    assert kept_up.keep is not None and kept_up.keep.id == "arrived"


def test_new_posts_in_a_filtered_topic_are_announced(seed_timeline) -> None:
    from tui.core.views.reader import Reader

    venue = next(p for p in seed_timeline.entries if "venue" in p.topics)
    arrived = replace(venue, id="arrived")
    reader = Reader(seed_timeline, ReaderView(filters=replace(FilterState(), topics=frozenset({"venue"}))))
    taken = reader.take_update(_later(seed_timeline, [arrived]), {"arrived"}, set(), None, at_last_row=False)
    assert taken.notice.startswith("1 new post in ")
    quiet = Reader(seed_timeline).take_update(_later(seed_timeline, [arrived]), {"arrived"}, set(), None, False)
    assert quiet.notice == ""


def test_a_saved_post_missing_from_the_preview_is_gone_to_when_the_whole_arrives(seed_timeline) -> None:
    from tui.core.views.reader import Reader

    saved = seed_timeline.entries[-1]
    preview = replace(seed_timeline, entries=seed_timeline.entries[:10])
    reader = Reader(preview, ReaderView(restore_id=saved.id), loading_message="reading the rest")
    first = preview.entries[0]
    reader.placed_id = first.id
    assert reader.restore_pending(first)
    assert reader.session(first).post_id == saved.id  # not lost by a save before the whole came
    taken = reader.take_whole(seed_timeline, first)
    assert taken.keep is not None and taken.keep.id == saved.id and reader.loading_message == ""
    moved = Reader(preview, ReaderView(restore_id=saved.id))
    moved.placed_id = first.id
    assert moved.take_whole(seed_timeline, preview.entries[1]).keep is preview.entries[1]  # the reader moved on


def test_the_filters_offer_each_topic_and_outlet_with_what_the_other_filters_leave(seed_timeline) -> None:
    from tui.core.views.reader import Reader

    reader = Reader(seed_timeline, ReaderView(filters=FilterState().with_outlets(frozenset({"bbc"}))))
    topics = {o.value: o for o in reader.topic_options()}
    bbc_venue = sum(1 for p in seed_timeline.entries if p.source == "bbc" and "venue" in p.topics)
    assert topics["venue"].count == bbc_venue and not topics["venue"].selected
    outlets = {o.value: o for o in reader.outlet_options()}
    assert outlets["bbc"].selected and not outlets["guardian"].selected
    assert outlets["guardian"].count == sum(1 for p in seed_timeline.entries if p.source == "guardian")


def test_the_status_facts_count_what_is_shown_and_put_unsaved_marks_first(seed_timeline) -> None:
    from tui.core.views.reader import Reader

    reader = Reader(seed_timeline, sources_state="Sources: GDN live")
    reader.shown = seed_timeline.entries[:5]
    facts = reader.status((80, 2), "3 marks NOT saved yet", "Ukraine", "")
    assert (facts.shown, facts.total, facts.marks, facts.story) == (5, len(seed_timeline.entries), (80, 2), "Ukraine")
    assert facts.problems[0] == "3 marks NOT saved yet" and facts.sources_state == "Sources: GDN live"
    assert sum(facts.sources.values()) == len(seed_timeline.feeds) and facts.sort == "time ↑"


def test_the_day_is_worked_out_once_per_timeline(seed_timeline, monkeypatch) -> None:
    from tui.core.views.reader import Reader
    from tui.core.views.timeline import Timeline

    reader = Reader(seed_timeline)
    assert reader.day() == (seed_timeline.day, seed_timeline.day_uncertain)
    asked = []
    monkeypatch.setattr(Timeline, "day", property(lambda self: asked.append(1)))
    reader.day()
    assert not asked  # the same timeline: not worked out again
    reader.take_timeline(replace(seed_timeline, entries=seed_timeline.entries[:3]))
    reader.day()
    assert asked  # a new timeline: worked out for it


def test_a_search_typed_on_narrows_the_last_result_and_finds_exactly_what_a_fresh_filter_does(seed_timeline) -> None:
    from tui.core.views import filtering
    from tui.core.views.reader import Reader

    reader = Reader(seed_timeline)
    looked_at: list[int] = []
    apply = filtering.apply

    def counting(entries, state, index, marks=None):  # type: ignore[no-untyped-def]
        looked_at.append(len(entries))
        return apply(entries, state, index, marks)

    filtering.apply = counting  # type: ignore[assignment]
    try:
        for query in ("z", "ze", "zel", "zelensky", "zelensky white", 'zelensky "white house"'):
            state = FilterState(query=query)
            fresh = apply(reader.orders.ordered(seed_timeline, "time", False), state, reader.search_index)
            assert reader.filtered(state, "time", False, None) == fresh, query
        assert looked_at[0] == len(seed_timeline.entries) and max(looked_at[1:]) < len(seed_timeline.entries)
        # Another order, a shorter search, or the unread filter start again from the whole timeline.
        looked_at.clear()
        reader.filtered(FilterState(query="zelensky"), "title", False, None)
        reader.filtered(FilterState(query="zel"), "title", False, None)
        reader.filtered(FilterState(query="zelensky", unread_only=True), "title", False, None)
        assert looked_at == [len(seed_timeline.entries)] * 3
    finally:
        filtering.apply = apply  # type: ignore[assignment]


def test_each_key_of_a_search_reads_texts_lined_up_for_its_list_once_the_order_shown_is_prepared(
    seed_timeline,
) -> None:
    """No look-up per post on a key: the order shown is lined up ahead (``prepare_search``), and each
    result keeps its texts for the next key typed on; what is found is what a fresh filter finds."""
    from tui.core.views import filtering
    from tui.core.views.reader import Reader

    reader = Reader(seed_timeline)
    index = reader.search_index
    reader.prepare_search()  # nothing folded yet: nothing lined up (that would fold every text here)
    assert index._aligned == []
    filtering.warm(seed_timeline.entries, index, pause=0)
    reader.prepare_search()
    folded = dict(index.texts)
    looked_up: list[str] = []
    index.texts = _Counting(folded, looked_up)
    for query in ("w", "wh", "whi", "white", "white house"):
        state = FilterState(query=query)
        shown = reader.filtered(state, "time", False, None)
        fresh = filtering.apply(reader.orders.ordered(seed_timeline, "time", False), state, filtering.SearchIndex())
        assert shown == fresh and shown, query
    assert looked_up == []
    # a revised post is folded again: the lined-up texts are dropped with it
    index.forget([seed_timeline.entries[0].id])
    assert index._aligned == []


class _Counting(dict):  # type: ignore[type-arg]
    """A dict of folded texts that notes every id looked up."""

    def __init__(self, texts: dict[str, str], noted: list[str]) -> None:
        super().__init__(texts)
        self.noted = noted

    def get(self, key, default=None):  # type: ignore[no-untyped-def]
        self.noted.append(key)
        return super().get(key, default)

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        self.noted.append(key)
        return super().__getitem__(key)


def test_a_search_narrows_only_when_each_earlier_term_is_inside_a_new_one() -> None:
    from tui.core.views.filtering import narrows

    assert narrows(FilterState(query="zel"), FilterState(query="zelensky"))
    assert narrows(FilterState(query="trump"), FilterState(query="trump putin"))
    assert narrows(FilterState(query="white hou"), FilterState(query='"white house"'))
    assert not narrows(FilterState(query="zelensky"), FilterState(query="zel"))
    assert not narrows(FilterState(query=""), FilterState(query="z"))
    assert not narrows(FilterState(query="z"), FilterState(query="zel", topics=frozenset({"venue"})))
    assert not narrows(FilterState(query="z", starred_only=True), FilterState(query="zel", starred_only=True))


def test_a_timeline_holds_no_reference_cycles_so_one_replaced_is_freed_though_set_aside_from_the_collector() -> None:
    """The app keeps the timeline it shows out of the cyclic collector's passes (``gc.freeze``); a timeline
    replaced later is then freed by reference counting alone -- built or read back from the store."""
    import gc
    from pathlib import Path

    from tui.core.build.pipeline import LoadRequest
    from tui.core.session.loader import open_timeline
    from tui.core.stages.topics import load_taxonomy
    from tui.core.store.base import MEMORY
    from tui.core.store.database import Store

    seeds = tuple(sorted((Path(__file__).parents[2] / "seeds").glob("*.txt")))
    taxonomy, store = load_taxonomy(use_default_user_file=False), Store(MEMORY)
    for _ in ("built", "reopened"):
        opened = open_timeline(LoadRequest(seeds), taxonomy, store)
        timeline = opened.timeline
        del opened
        gc.collect()
        assert timeline.entries
        del timeline
        assert gc.collect() == 0
