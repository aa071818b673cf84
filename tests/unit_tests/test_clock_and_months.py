"""One home for the 12-hour clock and the month names (the parsers, the estimator and the first look share them)."""

from tui.core.infra import first_look
from tui.core.model.zones import MONTHS, clock_24h


def test_twelve_hour_clock():
    assert [clock_24h(h, "am") for h in (12, 1, 11)] == [0, 1, 11]
    assert [clock_24h(h, "pm") for h in (12, 1, 11)] == [12, 13, 23]
    assert clock_24h(7, "P.M.") == 19 and clock_24h(7, "a.m.") == 7


def test_the_first_look_reads_months_from_the_one_table():
    assert MONTHS["sept"] == MONTHS["september"] == 9
    assert not hasattr(first_look, "_MONTHS")
