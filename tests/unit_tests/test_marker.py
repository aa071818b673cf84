"""Detection markers search only the lines that hold one of their words, and find what the pattern finds."""

from __future__ import annotations

import re

from tui.core.parse.outlet import Marker

KEY_EVENTS = Marker(("key events",), re.compile(r"^\s*Key events\s*$", re.MULTILINE))


def test_a_marker_finds_its_line_anywhere_and_only_a_whole_matching_line() -> None:
    text = "A first line.\nThe key events of the day were many.\n  Key events  \nLast line."
    assert KEY_EVENTS.found(text, text.lower())
    text = "A first line.\nThe key events of the day were many.\nLast: Key events"
    assert not KEY_EVENTS.found(text, text.lower())
    text = "Key events"
    assert KEY_EVENTS.found(text, text.lower())


def test_a_marker_agrees_with_its_pattern_when_lower_case_changes_the_length() -> None:
    text = "İstanbul talks\nKey events\nMore."
    lower = text.lower()
    assert len(lower) != len(text)
    assert KEY_EVENTS.found(text, lower)


def test_the_needle_is_a_cheap_test_not_a_second_rule() -> None:
    marker = Marker(("published",), re.compile(r"published\s+at\s+\d{1,2}:\d{2}", re.IGNORECASE))
    text = "Title here\nPostPUBLISHED AT 10:30 BST"
    assert marker.found(text, text.lower())
    text = "Nothing was published today."
    assert not marker.found(text, text.lower())
