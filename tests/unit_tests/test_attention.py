"""Attention: the notification escape is built from untrusted text, and only when asked for."""

from __future__ import annotations

from tui.core.infra.settings import DEFAULT_FEEDS, load_settings
from tui.ui.attention import notification


def test_osc_9_by_default_and_777_for_vte_rxvt_and_foot():
    assert notification("Ukraine", "Drone strike", {"TERM": "xterm-256color"}) == "\x1b]9;Ukraine: Drone strike\x07"
    assert notification("U", "B", {"VTE_VERSION": "7600"}) == "\x1b]777;notify;U;B\x07"
    assert notification("U", "B", {"TERM": "foot"}).startswith("\x1b]777;notify;")


def test_the_text_cannot_end_the_sequence_or_start_another():
    sent = notification("Story;\x07x", "Post \x1b]52;c;AAAA\x07 title; more\n\x9c", {"TERM": "rxvt-unicode"})
    inner = sent[len("\x1b]777;notify;") : -1]
    assert "\x07" not in inner and "\x1b" not in inner and "\x9c" not in inner and "\n" not in inner
    assert inner.count(";") == 1  # only the separator between title and body


def test_attention_and_discover_settings(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[attention]\nbell = true\n[discover]\nfeeds = ["http://127.0.0.1:1/rss"]\n')
    settings = load_settings(path)
    assert settings.bell and not settings.notify and settings.feeds == ("http://127.0.0.1:1/rss",)
    assert settings.problems == ()
    path.write_text('[attention]\nnotify = "yes"\n[discover]\nfeeds = 3\nlimit = 1\n')
    settings = load_settings(path)
    assert not settings.notify and settings.feeds == DEFAULT_FEEDS
    said = "\n".join(settings.problems)
    assert "attention.notify must be true or false" in said
    assert "discover.feeds must be a list" in said
    assert "unknown settings ignored: discover.limit" in said
    assert load_settings(tmp_path / "none.toml").bell is False


def test_only_new_posts_in_a_filtered_topic_call_for_attention(seed_timeline):
    from tui.core.session.follow import Update
    from tui.core.views.reader import new_in_topics
    from tui.ui.attention import message

    venue = [p for p in seed_timeline.entries if "venue" in p.topics]
    other = [p for p in seed_timeline.entries if "venue" not in p.topics]
    update = Update(seed_timeline, frozenset({venue[0].id, other[0].id}), frozenset({venue[1].id}), frozenset())
    assert new_in_topics(update.new, update.timeline, frozenset()) == []  # no topic filtered: nothing was asked for
    assert [p.id for p in new_in_topics(update.new, update.timeline, frozenset({"venue"}))] == [
        venue[0].id
    ]  # a revision is not new
    both = Update(seed_timeline, frozenset({venue[0].id, venue[1].id}), frozenset(), frozenset())
    title, body = message("Ukraine", new_in_topics(both.new, both.timeline, frozenset({"venue"})))
    assert title == "Ukraine" and body.endswith(" (+1 more)")
