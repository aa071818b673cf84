"""A phrase that uses ``@on-the-day`` matches only where its words name the post's own day: "today" or
"tonight", its weekday, or its month with its day of the month; on another day, or with no date, it does not."""

from __future__ import annotations

from datetime import date

import pytest

from tui.core.stages.topics import load_taxonomy
from tui.core.stages.topics.matcher import _Today

pytestmark = pytest.mark.fast

THURSDAY = date(2023, 5, 4)


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy(None)


def _venue(taxonomy, text: str, day: date | None):
    return [h for h in taxonomy.classify_text([("body:0", text)], day) if h.topic == "venue"]


@pytest.mark.parametrize(
    ("words", "after", "named"),
    [
        (["on", "thursday", "visited"], [], True),
        (["on", "wednesday", "visited"], [], False),
        (["in", "paris", "today"], [], True),
        (["in", "paris", "tonight"], [], True),
        (["in", "paris", "on", "may"], ["4"], True),
        (["in", "paris", "on", "may"], ["5"], False),
        (["in", "paris", "on", "4", "may"], [], True),
        (["in", "paris", "on", "june"], ["4"], False),
    ],
)
def test_the_words_name_the_posts_own_day_only_by_its_weekday_date_or_today(words, after, named):
    assert _Today.of(THURSDAY).names_this_day(words, after) is named


def test_a_visit_told_with_the_posts_own_weekday_is_the_days_meeting_and_with_another_a_recollection(taxonomy):
    text = "Zelenskiy on Thursday visited the International Criminal Court (ICC) in The Hague."
    hits = _venue(taxonomy, text, THURSDAY)
    assert any("@on-the-day" in hit.phrase for hit in hits)
    assert not _venue(taxonomy, text, date(2023, 5, 5))


VISIT = "Zelenskiy on Thursday visited the International Criminal Court (ICC) in The Hague."


def test_a_post_with_no_date_never_matches_an_on_the_day_phrase(taxonomy):
    assert not _venue(taxonomy, VISIT, None)


def test_the_month_and_its_day_must_both_be_the_posts_own(taxonomy):
    text = "Zelensky presented the Victory Plan of Ukraine to French President Emmanuel Macron in Paris on May 4."
    assert _venue(taxonomy, text, THURSDAY)
    assert not _venue(taxonomy, text.replace("May 4", "May 14"), THURSDAY)
