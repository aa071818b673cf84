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
    objects = (
        "boots on the ground in Ukraine|troops on the ground in Ukraine|troops in Ukraine|soldiers to "
        "Ukraine|peacekeepers in Ukraine|boots on the ground|ground troops in Ukraine|a reassurance force in "
        "Ukraine"
    ).split("|")
    _check(taxonomy, [subjects, modals, verbs, objects], "{} {} {} {}.", "boots-on-the-ground", True)


def test_air_power_offered_or_refused_is_air_support(taxonomy: Taxonomy) -> None:
    subjects = ["The US", "Britain", "Europe", "Allies", "We", "France"]
    verbs = ["will provide", "could offer", "is ready to give", "rules out", "will send", "refused to provide"]
    objects = (
        "air support to Ukraine|air cover for Ukraine|fighter jets to Ukraine|air defence systems to "
        "Ukraine|Patriot systems to Ukraine|jets to patrol Ukrainian skies|air policing over Ukraine|F-16s to"
        " Ukraine|a no-fly zone over Ukraine"
    ).split("|")
    _check(taxonomy, [subjects, verbs, objects], "{} {} {}.", "air-support", True)


def test_a_meeting_to_come_is_the_venue_whenever_it_is_dated(taxonomy: Taxonomy) -> None:
    subjects = ["We", "Our leaders", "Trump and Putin", "Zelensky", "The delegations", "Our correspondent says they"]
    verbs = (
        "will meet in|are meeting in|plan to hold talks in|will hold a summit in|are due to gather in|will "
        "travel to|agreed to meet in|are expected to meet in"
    ).split("|")
    places = ["Geneva", "Budapest", "Istanbul", "Saudi Arabia", "Alaska", "the Vatican", "a neutral country", "Kyiv"]
    tails = [" for talks.", " next week.", " on Friday.", ".", " to discuss a ceasefire.", " in September."]
    _check(taxonomy, [subjects, verbs, places, tails], "{} {} {}{}", "venue", True)


def test_arriving_at_or_entering_a_meetings_setting_is_the_venue(taxonomy: Taxonomy) -> None:
    subjects = ["European leaders", "Zelensky", "Starmer and Macron", "We"]
    verbs = (
        "are arriving at|have arrived at|enter|are walking into|are standing outside|just arrived at|are "
        "meeting at|will hold talks at"
    ).split("|")
    places = ["the White House", "the Elysee Palace", "Lancaster House", "Downing Street", "the Kremlin"]
    tails = [" for talks.", " for the meeting.", " ahead of the summit.", "."]
    _check(taxonomy, [subjects, verbs, places, tails], "{} {} {}{}", "venue", True)


def test_a_meeting_told_as_over_is_not_the_days_venue(taxonomy: Taxonomy) -> None:
    subjects = ["Zelensky", "The leaders", "Trump and Putin"]
    verbs = (
        "met in|held talks in|gathered in|travelled to|flew to|arrived in|visited|met Trump in|attended a summit in"
    ).split("|")
    places = ["Geneva", "Budapest", "Istanbul", "Alaska", "Rome", "Paris", "London", "Washington"]
    tails = (
        " on Monday.| last week.| last month.| in 2023.| on Sunday.| last Friday.| in July.| two weeks ago.| "
        "on 12 August."
    ).split("|")
    _check(taxonomy, [subjects, verbs, places, tails], "{} {} {}{}", "venue", False)


def test_russian_or_ukrainian_forces_and_reporters_on_the_ground_are_no_boots(taxonomy: Taxonomy) -> None:
    forces = [["Russian", "North Korean", "Ukrainian", "Russia's", "Ukraine's"], ["troops", "soldiers", "forces"]]
    doings = ["advanced near Pokrovsk", "are fighting in Kursk", "were deployed to the front", "crossed into Ukraine"]
    _check(taxonomy, [*forces, doings], "{} {} {}.", "boots-on-the-ground", False)
    reporters = ["Our correspondent", "Our team", "We", "I", "Our reporter", "The BBC's Sarah Rainsford"]
    places = ["is on the ground in Kyiv", "are on the ground in Kyiv", "has been on the ground in Kharkiv"]
    _check(taxonomy, [reporters, places, ["", ", where sirens sounded"]], "{} {}{}.", "boots-on-the-ground", False)


def test_attacks_from_the_air_and_a_truce_in_the_air_are_no_air_support(taxonomy: Taxonomy) -> None:
    attackers = ["Russia launched", "Moscow carried out", "There was"]
    attacks = ["an air attack on Kyiv", "air strikes on Kharkiv", "a massive air raid", "drone and missile attacks"]
    _check(taxonomy, [attackers, attacks, [" overnight", ""]], "{} {}{}.", "air-support", False)
    speakers = ["Ukraine's air force", "The Ukrainian air force", "Air force spokesman Yuriy Ihnat"]
    _check(
        taxonomy, [speakers, ["said it shot down 40 drones", "reported 12 missiles"]], "{} {}.", "air-support", False
    )
    truces = (
        "a ceasefire in the air and at sea|a truce in the air, at sea and on energy|a halt to strikes by air"
    ).split("|")
    _check(taxonomy, [["Russia proposed", "They discussed"], truces], "{} {}.", "air-support", False)


def test_a_capital_speaking_sanctioned_or_reported_from_is_no_venue(taxonomy: Taxonomy) -> None:
    capitals = ["Moscow", "The Kremlin", "Beijing", "Washington", "Kyiv"]
    sayings = ["has declined to confirm the report", "said the talks were premature", "rejected the proposal"]
    _check(taxonomy, [capitals, sayings], "{} {}.", "venue", False)
    measures = ["The EU agreed new sanctions against", "Trump threatened tariffs on", "The UK froze assets linked to"]
    _check(taxonomy, [measures, ["Moscow", "Russia", "Minsk", "Beijing"]], "{} {}.", "venue", False)
    reporters = ["Reporting from", "Our correspondent in", "The BBC's correspondent in"]
    _check(
        taxonomy, [reporters, ["Kyiv", "Moscow", "Geneva"], [" says the mood is tense", ""]], "{} {}{}.", "venue", False
    )


def test_a_leaders_visit_told_on_its_day_is_the_venue(taxonomy: Taxonomy) -> None:
    # (not Zelensky: "Zelensky arrived in Kyiv" is him coming home)
    leaders = "Erdogan|The French president|Italy's prime minister|Chancellor Merz|Orban|Starmer".split("|")
    places = "Kyiv|Washington|Moscow|Ankara|Paris|Warsaw|Beijing|Rome".split("|")
    arrivals = "arrived in|has arrived in|landed in|is visiting|is on a visit to|made a surprise visit to".split("|")
    tails = ".| on Tuesday.| this morning.| today.| to meet the president.|, his office said.".split("|")
    _check(taxonomy, [leaders, arrivals, places, tails], "{} {} {}{}", "venue", True)
    # whereabouts and journeys count with the day, or with their purpose ("Zelensky is in Kyiv." alone may be home)
    moves = "is in|travelled to|flew into|reached".split("|")
    dated = " on Tuesday.| this morning.| today.| to meet the president.| for a two-day visit.".split("|")
    _check(taxonomy, [leaders, moves, places, dated], "{} {} {}{}", "venue", True)


def test_a_meeting_scheduled_in_the_present_tense_or_named_by_its_capital_is_the_venue(taxonomy: Taxonomy) -> None:
    meetings = "The talks|The summit|Negotiations".split("|")
    verbs = "will be held|are taking place|begin|resume".split("|")
    capitals = "in the Saudi capital|in the Turkish capital|in the Swiss city of Geneva|in the Qatari capital, Doha"
    _check(
        taxonomy, [meetings, verbs, capitals.split("|"), [".", " on Friday.", " today."]], "{} {} {}{}", "venue", True
    )
    named = "Talks in Istanbul|A meeting in Budapest|Negotiations in Riyadh|Talks at the Elysee".split("|")
    schedules = "is expected on Friday|will start at noon|could happen next week|is due to begin|has begun".split("|")
    _check(taxonomy, [named, schedules], "{} {}.", "venue", True)


def test_air_defence_and_jets_given_received_or_arrived_are_air_support(taxonomy: Taxonomy) -> None:
    kinds = "Patriot systems|IRIS-T systems|NASAMS|air defence systems|air-defence systems|SAMP/T batteries|F-16 jets"
    systems = (kinds + "|fighter jets|Mirage jets|Gripen fighters|interceptor missiles|anti-aircraft guns").split("|")
    takers = "Ukraine will receive|Kyiv received|Ukraine is getting|Ukraine asked for|Kyiv urgently needs".split("|")
    _check(
        taxonomy, [takers + ["Ukraine has requested"], systems, [" from Germany.", "."]], "{} {}{}", "air-support", True
    )
    givers = "Germany delivered|The US will send|Norway pledged|Sweden is donating|Italy will supply".split("|")
    _check(taxonomy, [givers, systems, [" to Ukraine.", " for Kyiv."]], "{} {}{}", "air-support", True)
    arrivals = "arrived in Ukraine.|have been delivered to Ukraine.|are now in Ukraine.|reached Ukraine this week."
    _check(taxonomy, [["The first", "More"], systems, arrivals.split("|")], "{} {} {}", "air-support", True)


def test_a_force_named_as_a_noun_is_boots_on_the_ground_in_any_frame(taxonomy: Taxonomy) -> None:
    forces = (
        "a European force in Ukraine|a foreign troop contingent on Ukrainian soil|a European-led defence force|troops "
        "stationed in Ukraine|a peacekeeping mission in Ukraine|a multinational force for Ukraine|Western troops in "
        "Ukraine|a reassurance force|NATO troops in Ukraine|foreign soldiers on Ukrainian territory|a military "
        "contingent in Ukraine|a stabilisation force for Ukraine|boots on the ground"
    ).split("|")
    frames = "The leaders discussed|Russia rejected|Moscow warned against|Kyiv wants|Trump would not support".split("|")
    _check(taxonomy, [frames, forces], "{} {}.", "boots-on-the-ground", True)
