"""The named topics on thousands of plain sentences built from parts: every subject, verb, place and
time of a meeting to come, a meeting over, a force offered or refused, air power offered.

The canonical examples (``tests/data/topic_examples.toml``) hold one sentence per phrasing; these hold
every combination, so an exclusion written for one page cannot quietly cancel a phrasing in a form the
examples do not spell out ("whether we should have boots on the ground" was cancelled by the exclusion for
a reporter's "we … on the ground"; "We are meeting in Geneva on Friday" by the one for a meeting dated by an
earlier weekday).  All are read on Tuesday 19 August 2025.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from tui.core.stages.topics import Taxonomy, load_taxonomy

DAY = date(2025, 8, 19)  # a Tuesday


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(use_default_user_file=False)


def _check(taxonomy: Taxonomy, parts: list[list[str]], template: str, topic: str, expected: bool) -> None:
    """Every sentence ``template`` makes of one of each of ``parts`` is in ``topic`` (or, not ``expected``,
    is not); a failure names how many are wrong and the first ten."""
    sentences = [template.format(*choice) for choice in itertools.product(*parts)]
    wrong = [
        s for s in sentences if any(h.topic == topic for h in taxonomy.classify_text([("text", s)], DAY)) != expected
    ]
    assert not wrong, f"{len(wrong)} of {len(sentences)} wrong, for example:\n" + "\n".join(wrong[:10])


def test_a_force_offered_or_refused_is_boots_on_the_ground_whoever_says_it(taxonomy: Taxonomy) -> None:
    subjects = ["We", "I", "They", "Our country", "Britain", "The UK", "Europe", "Our allies", "You", "Nobody", "He"]
    modals = ["should", "will", "could", "would not", "won't", "must", "are ready to", "refuses to"]
    verbs = ["have", "put", "send", "deploy", "station"]
    objects = [
        "boots on the ground in Ukraine",
        "troops on the ground in Ukraine",
        "troops in Ukraine",
        "soldiers to Ukraine",
        "peacekeepers in Ukraine",
        "boots on the ground",
        "ground troops in Ukraine",
        "a reassurance force in Ukraine",
    ]
    _check(taxonomy, [subjects, modals, verbs, objects], "{} {} {} {}.", "boots-on-the-ground", True)


def test_air_power_offered_or_refused_is_air_support(taxonomy: Taxonomy) -> None:
    subjects = ["The US", "Britain", "Europe", "Allies", "We", "France"]
    verbs = ["will provide", "could offer", "is ready to give", "rules out", "will send", "refused to provide"]
    objects = [
        "air support to Ukraine",
        "air cover for Ukraine",
        "fighter jets to Ukraine",
        "air defence systems to Ukraine",
        "Patriot systems to Ukraine",
        "jets to patrol Ukrainian skies",
        "air policing over Ukraine",
        "F-16s to Ukraine",
        "a no-fly zone over Ukraine",
    ]
    _check(taxonomy, [subjects, verbs, objects], "{} {} {}.", "air-support", True)


def test_a_meeting_to_come_is_the_venue_whenever_it_is_dated(taxonomy: Taxonomy) -> None:
    subjects = ["We", "Our leaders", "Trump and Putin", "Zelensky", "The delegations", "Our correspondent says they"]
    verbs = [
        "will meet in",
        "are meeting in",
        "plan to hold talks in",
        "will hold a summit in",
        "are due to gather in",
        "will travel to",
        "agreed to meet in",
        "are expected to meet in",
    ]
    places = ["Geneva", "Budapest", "Istanbul", "Saudi Arabia", "Alaska", "the Vatican", "a neutral country", "Kyiv"]
    tails = [" for talks.", " next week.", " on Friday.", ".", " to discuss a ceasefire.", " in September."]
    _check(taxonomy, [subjects, verbs, places, tails], "{} {} {}{}", "venue", True)


def test_arriving_at_or_entering_a_meetings_setting_is_the_venue(taxonomy: Taxonomy) -> None:
    subjects = ["European leaders", "Zelensky", "Starmer and Macron", "We"]
    verbs = [
        "are arriving at",
        "have arrived at",
        "enter",
        "are walking into",
        "are standing outside",
        "just arrived at",
        "are meeting at",
        "will hold talks at",
    ]
    places = ["the White House", "the Elysee Palace", "Lancaster House", "Downing Street", "the Kremlin"]
    tails = [" for talks.", " for the meeting.", " ahead of the summit.", "."]
    _check(taxonomy, [subjects, verbs, places, tails], "{} {} {}{}", "venue", True)


def test_a_meeting_told_as_over_is_not_the_days_venue(taxonomy: Taxonomy) -> None:
    subjects = ["Zelensky", "The leaders", "Trump and Putin"]
    verbs = [
        "met in",
        "held talks in",
        "gathered in",
        "travelled to",
        "flew to",
        "arrived in",
        "visited",
        "met Trump in",
        "attended a summit in",
    ]
    places = ["Geneva", "Budapest", "Istanbul", "Alaska", "Rome", "Paris", "London", "Washington"]
    tails = [
        " on Monday.",
        " last week.",
        " last month.",
        " in 2023.",
        " on Sunday.",
        " last Friday.",
        " in July.",
        " two weeks ago.",
        " on 12 August.",
    ]
    _check(taxonomy, [subjects, verbs, places, tails], "{} {} {}{}", "venue", False)
