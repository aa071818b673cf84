"""The merged timeline of the bundled day."""

from collections import Counter

from tui.core.model.text import normalise


def test_each_post_appears_once(seed_timeline):
    texts = Counter()
    for entry in seed_timeline.entries:
        key = (entry.source, normalise(" ".join(b.text for b in [b for b in entry.body if b.kind != "separator"])))
        texts[key] += 1
    assert [k for k, n in texts.items() if n > 1] == []
    ids = [e.id for e in seed_timeline.entries]
    assert len(ids) == len(set(ids))


def test_no_paragraph_is_shown_twice_within_an_outlet(seed_timeline):
    seen = Counter()
    for entry in seed_timeline.entries:
        if entry.has_label("Summary"):
            continue  # summaries quote the posts they sum up, by design
        for block in [b for b in entry.body if b.kind != "separator"]:
            if len(block.text) > 40:
                seen[(entry.source, normalise(block.text))] += 1
    assert [k for k, n in seen.items() if n > 1] == []


def test_duplicates_collapsed_counts(seed_timeline):
    by_source = Counter(e.source for e in seed_timeline.entries)
    assert by_source["bbc"] == 32  # 20 + 12; the degraded copy adds nothing new
    assert by_source["guardian"] >= 44


def test_degraded_copy_and_snapshots_are_provenance(seed_timeline):
    gardner = next(e for e in seed_timeline.entries if e.title == "What form could a US security guarantee take?")
    assert sorted({o.file.rsplit("/", 1)[-1][:3] for o in gardner.origins}) == ["001", "002"]
    boots = next(e for e in seed_timeline.entries if e.title and e.title.startswith("Trump has 'definitively'"))
    assert sorted(o.file.rsplit("/", 1)[-1][:3] for o in boots.origins) == ["003", "004", "004"]
    assert "Pinned" in boots.label_texts
    assert boots.revisions and boots.revisions[0].added  # 003 has a paragraph 004 lacks


def test_summary_revisions_kept(seed_timeline):
    page = next(f for f in seed_timeline.feeds if f.name.startswith("001"))
    assert len(page.summary_revisions) == 1
    assert page.summary_revisions[0].origin.file.endswith("002_18622258dec15cd8.txt")


def test_every_post_has_a_time_or_an_estimate_with_a_window(seed_timeline):
    for entry in seed_timeline.entries:
        assert entry.published is not None, entry.display_title
        if entry.time_basis == "estimated":
            lo, hi = entry.time_window
            assert lo <= entry.published <= hi
        else:
            assert entry.time_basis in ("stated", "stated-time-inferred-date")


def test_guardian_order_is_preserved(seed_timeline):
    guardian = [e for e in seed_timeline.entries if e.source == "guardian"]
    g3 = next(f for f in seed_timeline.feeds if f.name.startswith("003"))
    position = {}
    for entry in guardian:
        lines = [o.first_line for o in entry.origins if o.file == g3.path]
        if lines:
            position[entry.id] = min(lines)
    ordered = [position[e.id] for e in guardian if e.id in position]
    assert ordered == sorted(ordered, reverse=True)  # oldest (bottom of page) first
    times = [e.published for e in guardian]
    assert times == sorted(times)


def test_known_cross_outlet_pairs_are_linked(seed_timeline):
    by_title = {e.title: e for e in seed_timeline.entries if e.title}
    pairs = [
        (
            "No US boots on the ground, but other Ukraine security support is an 'option'",
            "US air support for Ukraine 'an option and possibility', says White House",
        ),
        (
            "Nato military leaders to meet tomorrow to discuss Ukraine",
            "Nato military chiefs to hold video meeting Wednesday on Ukraine",
        ),
        (
            "Budapest a possible location for Putin-Zelensky meeting, CBS reports",
            "White House eyeing Budapest for peace talks with Zelenskyy and Putin - report",
        ),
        (
            "Security guarantees must deter Russia, says EU chief",
            "EU to unveil new Russia sanctions package next month",
        ),
    ]
    for bbc_title, guardian_title in pairs:
        bbc, gua = by_title[bbc_title], by_title[guardian_title]
        assert gua.id in bbc.related and bbc.id in gua.related, (bbc_title, guardian_title)


def test_links_are_specific(seed_timeline):
    for entry in seed_timeline.entries:
        assert len(entry.related) <= 3
        if entry.has_label("Summary"):
            assert entry.related == []
    linked = sum(1 for e in seed_timeline.entries if e.related)
    assert linked < len(seed_timeline.entries) / 3


def test_sorting(seed_timeline):
    by_title = seed_timeline.sorted("title")
    keys = [e.display_title.casefold().lstrip("'‘\"“") for e in by_title]
    assert keys == sorted(keys)
    by_outlet = seed_timeline.sorted("outlet", reverse=True)
    assert by_outlet[0].source == "guardian" and by_outlet[-1].source == "bbc"
    newest_first = seed_timeline.sorted("time", reverse=True)
    assert newest_first[0].published >= newest_first[-1].published


def test_progress_is_reported_for_a_loading_screen():
    from tests.conftest import SEEDS
    from tui.core.build.pipeline import build_timeline

    messages = []
    build_timeline(sorted(SEEDS.glob("*.txt")), progress=messages.append)
    assert messages[0] == "Reading dumps: 1 of 5"
    assert any(m.startswith("Merging") for m in messages)
    assert any(m.startswith("Classifying") for m in messages)
