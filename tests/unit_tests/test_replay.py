"""The replay clock and `liveblog replay`, driven without sleeping."""

import io
from datetime import UTC, timedelta

import pytest

from tui.cli import main
from tui.core.model.zones import get_zone
from tui.core.views.filtering import FilterState, SearchIndex, apply
from tui.core.views.replay import SPEEDS, ReplayClock, parse_clock, replay_start, run_cli_replay

LONDON = get_zone("Europe/London")


def test_replaying_the_day_at_300x_shows_every_post_once_in_order(seed_timeline):
    clock = ReplayClock(seed_timeline.entries, speed=300)
    seen = clock.visible()
    while not clock.finished:
        seen += clock.advance(1.0)
    assert len(seen) == len(seed_timeline.entries)
    assert len({id(p) for p in seen}) == len(seen)
    times = [p.published for p in seen]
    assert times == sorted(times)
    sources = [p.source for p in seen]
    switches = sum(1 for a, b in zip(sources, sources[1:]) if a != b)
    assert switches > 10  # both outlets interleaved, not one after the other


def test_advance_uses_speed_and_pause():
    from tui.core.model.post import Post

    def post(minutes):
        p = Post(source="bbc", file="f", page_index=0, title=f"t{minutes}")
        from datetime import datetime

        p.published = datetime(2025, 8, 19, 12, 0, tzinfo=UTC) + timedelta(minutes=minutes)
        return p

    clock = ReplayClock([post(0), post(10), post(20)], speed=60)
    assert clock.arrived == 1
    assert [p.title for p in clock.advance(10 * 60 / 60)] == ["t10"]  # 10 real s at 60x = 10 min
    clock.toggle_pause()
    assert clock.advance(1000) == [] and clock.arrived == 2
    clock.toggle_pause()
    assert clock.faster() == 300 and clock.faster() == 1000 and clock.faster() == 1000
    assert clock.slower() == 300
    while clock.speed != 1:
        clock.slower()
    assert clock.speed == SPEEDS[0]


def test_step_jump_restart(seed_timeline):
    clock = ReplayClock(seed_timeline.entries)
    first = clock.newest
    second = clock.step_next()
    assert second is not first and clock.newest is second
    clock.step_previous()
    assert clock.newest is first
    clock.jump_to_clock(18, 30, LONDON)
    assert clock.now.astimezone(LONDON).strftime("%H:%M") == "18:30"
    assert all(p.published <= clock.now for p in clock.visible())
    assert clock.newest.published.astimezone(LONDON).strftime("%H:%M") <= "18:30"
    clock.restart()
    assert clock.newest is first


def test_replay_respects_filters_and_keeps_time(seed_timeline):
    venue = apply(seed_timeline.entries, FilterState(topics=frozenset({"venue"})), SearchIndex())
    clock = ReplayClock(venue)
    while not clock.finished:
        clock.advance(10)
    assert clock.visible() and all("venue" in p.topics for p in clock.visible())
    clock.jump_to_clock(18, 0, LONDON)
    before = clock.now
    clock.set_entries(seed_timeline.entries)
    assert clock.now == before


def test_density_counts_every_post_per_outlet(seed_timeline):
    density = ReplayClock(seed_timeline.entries).density()
    assert sum(sum(v) for v in density.counts.values()) == len(seed_timeline.entries)
    assert density.buckets > 60  # a day in 15-minute buckets


@pytest.mark.parametrize("text, expected", [("18:30", (18, 30)), ("9.05", (9, 5)), ("0715", (7, 15))])
def test_parse_clock(text, expected):
    assert parse_clock(text) == expected


def test_parse_clock_rejects_nonsense():
    with pytest.raises(ValueError):
        parse_clock("25:00")


def test_cli_replay_waits_in_proportion_and_prints_in_order(seed_timeline):
    waits = []
    out = io.StringIO()
    printed = run_cli_replay(seed_timeline.entries, out, speed=60, sleep=waits.append)
    assert printed == len(seed_timeline.entries)
    span = (seed_timeline.entries[-1].published - seed_timeline.entries[0].published).total_seconds()
    assert sum(waits) == pytest.approx(span / 60)
    headers = [line for line in out.getvalue().splitlines() if line and not line.startswith("    ")]
    assert len(headers) == len(seed_timeline.entries)
    assert headers[0].strip().startswith("03:59 BST  BBC")
    # a long title wraps under itself instead of running past the edge
    assert all(len(line) <= 78 for line in out.getvalue().splitlines())
    assert "\n" + " " * 22 + "Zelensky-Putin meeting" in out.getvalue()


def test_cli_replay_from_and_topic(capsys):
    assert main(["replay", "--speed", "0", "--from", "18:30", "--topic", "venue"]) == 0
    out = capsys.readouterr().out
    headers = [line for line in out.splitlines() if line and not line.startswith("    ")]
    assert headers and all(h.strip()[:5] >= "18:30" or h.strip().startswith("≈") for h in headers)
    assert "Budapest" in out
    assert "\x1b" not in out


def test_cli_replay_stops_cleanly_on_ctrl_c(monkeypatch, capsys):
    import tui.core.views.replay as replay

    def interrupt(seconds):
        raise KeyboardInterrupt

    monkeypatch.setattr(replay.time if hasattr(replay, "time") else __import__("time"), "sleep", interrupt)
    assert main(["replay", "--speed", "1000"]) == 130
    out = capsys.readouterr().out
    assert out.count("BST") == 1  # the first post, then the interrupted wait


def test_replay_start_names_a_clock_time(seed_timeline):
    start = replay_start(seed_timeline.entries, "18:30", None)
    assert start.strftime("%H:%M") == "18:30"


def test_the_cli_and_the_reader_read_a_clock_time_the_same_way(seed_timeline):
    """--from HH:MM and the reader's ':' name one moment for every time of day, rolling a time more than 12 hours
    before the first post to the next day (the first post of the bundled day is at 03:59)."""
    for text in ("00:10", "02:00", "03:59", "06:30", "12:00", "18:30", "23:59"):
        hour, minute = parse_clock(text)
        clock = ReplayClock(seed_timeline.entries)
        cli = replay_start(seed_timeline.entries, text, None)
        assert cli == clock.moment(hour, minute)
        reader = clock.jump_to_clock(hour, minute)
        assert reader == max(clock.start, min(clock.end, cli)), text  # the reader clamps to the span
    evening = [p for p in seed_timeline.entries if p.published is not None and p.published.hour >= 19]
    clock = ReplayClock(evening)
    late_start = replay_start(evening, "06:30", None)
    assert late_start is not None and late_start > clock.start  # 06:30 is the next morning, for both
    assert late_start == clock.moment(6, 30)
