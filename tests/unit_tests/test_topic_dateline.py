"""A text that opens with a dateline ("KYIV, Ukraine (AP) —", "Rome:") gives rules the dateline's place as a word
they can ask for (``dateline_ @places``): the place a report is filed from, read with its first sentence."""

from __future__ import annotations

from datetime import date

import pytest

from tui.core.stages.topics import load_taxonomy
from tui.core.stages.topics.matcher import DATELINE_WORD, sentences_read


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy(None)


def _venue(taxonomy, text: str):
    return [h for h in taxonomy.classify_text([("body:0", text)], date(2025, 2, 20)) if h.topic == "venue"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KYIV, Ukraine (AP) — A news conference after talks between the two men was canceled Thursday.", "KYIV"),
        ("Rome: President Donald Trump on Thursday also met briefly with the Ukrainian president.", "Rome"),
        ("STOCKHOLM (Reuters) -Sweden's prime minister met his Ukrainian counterpart on Thursday.", "STOCKHOLM"),
    ],
)
def test_the_datelines_place_is_the_meetings_when_the_first_sentence_is_about_one(taxonomy, text, place):
    hits = _venue(taxonomy, text)
    assert [h.phrase for h in hits] == ["dateline_ @places|@settings"]
    assert text[hits[0].start : hits[0].end].startswith(place)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has declined to confirm the meeting.",  # a place opening a sentence is no dateline
        "UK-Ukraine talks on a defence pact continue.",
        "HIROSHIMA, Japan (AP) — President Joe Biden told allies he was approving plans to train pilots.",  # no meeting
        "Analysis: the talks are going nowhere.",  # a label, not a place
    ],
)
def test_no_venue_without_a_dateline_a_place_or_a_meeting(taxonomy, text):
    assert _venue(taxonomy, text) == []


def test_only_a_texts_opening_is_read_for_a_dateline():
    assert [DATELINE_WORD, "kyiv", "ukraine", "ap", "talks", "began"] in sentences_read(
        "KYIV, Ukraine (AP) — Talks began."
    )
    assert all(DATELINE_WORD not in s for s in sentences_read("Talks began. KYIV, Ukraine (AP) — Talks began."))
