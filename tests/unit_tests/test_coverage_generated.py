"""Nothing is lost, on generated inputs too: every non-blank line has one place."""

import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.coverage import line_owners, unaccounted_lines
from tui.core.model.text import clean_line
from tui.core.parse.outlets.bbc.parser import parse_bbc
from tui.core.parse.outlets.guardian.parser import parse_guardian

pytestmark = pytest.mark.slow  # subprocesses, worker pools or hypothesis over whole programs

# The only characters a parser may drop: a post number or bullet glyph (flattened BBC copies print
# summary bullets as "- " lines).
_PREFIX = re.compile(r"^\s*(\d{1,4}\.|[-•●▪◦·*])\s+")


def chars(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace())


BBC_PIECES = [
    "Summary",
    "  • A summary point",
    "  1. Analysis",
    "Breaking",
    "    Something happenspublished at 14:05 British Summer Time 3 June",
    "    Postpublished at 09:12 GMT 5 July 2024",
    "  2. Other titlepublished at 13:00 BST",
    "    Jane Smith",
    "    Live reporter",
    "    A paragraph ends here.",
    "    • bullet point",
    "    A crowdImage source, PA Media",
    "    Image caption,",
    "    Image caption: inline caption",
    "    Media caption,",
    "Edited by Sam Jones",
    "    Read more here:",
    "    Skip twitter post by X",
    "    An alt text without a stop",
    '    "A quote."',
    "",
    "",
    "-",
    "Copy link",
]
GUARDIAN_PIECES = [
    "Key events",
    "-",
    "Summary",
    "Opening summary",
    "The day so far",
    "Updated",
    "Updated at 14.20 BST",
    "5.09pm BST",
    "19 Aug 2025 20.35 BST",
    "Thu 19 May 2022 19.28 EDT",
    "It’s Jakub Krupa here, taking over from Jane Clinton.",
    "I’m handing the blog over to Lucy Campbell.",
    "Headline shaped line about talks",
    "A paragraph that ends with a stop.",
    "He said:",
    "“An open quote",
    "still quoting.”",
    "Read the full report here:",
    "Advertisement",
    "Show key events only",
    "Four points to know:",
    "A list item without stop",
    "Caption. Photograph: A Person/Agency",
    "",
    "[bold]x[/] [/oops]",
]

free_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


def check(parser, raw_lines):
    lines = [clean_line(line) for line in raw_lines]
    feed = parser(lines, "generated.txt")
    lost, doubled = unaccounted_lines(feed, lines)
    assert lost == [] and doubled == []
    owners = line_owners(feed)
    for number, claims in owners.items():
        kept = " ".join(text for _, text in claims)
        original = _PREFIX.sub("", lines[number - 1])
        assert not chars(original) - chars(kept), (lines[number - 1], kept)


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(BBC_PIECES), free_text), max_size=40))
def test_bbc_parser_keeps_every_line(raw_lines):
    check(parse_bbc, raw_lines)


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(GUARDIAN_PIECES), free_text), max_size=40))
def test_guardian_parser_keeps_every_line(raw_lines):
    check(parse_guardian, raw_lines)
