"""Line recognisers for Guardian pages: the Guardian's own page furniture."""

from __future__ import annotations

import re

from tui.core.parse.line_kinds import ChromeRules

CHROME = ChromeRules(
    # (the 2014 blogs' button for readers' pictures, GuardianWitness, under the main picture: "Contribute with")
    exact=frozenset({"show key events only", "key events", "live feed", "contribute with"}),
    pattern=re.compile(
        r"""^(
          (support|fund)\s+the\s+guardian\b.*
        | .*\bdownload\s+the\s+guardian\s+app\b.*
        | (get|open|try)\s+(it\s+in\s+)?the\s+guardian\s+app\b.*
        | .*\bthe\s+guardian\s+app\b.*\b(notification|download|install)s?\b.*
        # the 2010-2012 blogs' stock pictures, labelled on a line between entries: "Live blog: quote",
        # "Live blog - market down" (or cut short at the page's end: "Live blog - Gr")
        | live\s*blog\s*(:|\s[-–—])\s*\w[^.!?:]{0,40}
        # the 2008-2014 blogs' section badge over the headline: "News blog", "Badge politics blog", "Sportblog"
        | (badge\s+)?(news|politics|sport|football|business|environment|media|technology|music|film|books)\s?blog
        # the 2009-2011 pages' share bar under the standfirst: "• theguardian.com," / "• Jump to comments (12)"
        | (•\s*)?jump\s+to\s+comments\s*(\(\d*\))?
        | (•\s*)?theguardian\.com,?
        # the 2011-2014 blogs' link to their summary post, under the key events
        | read\s+(the\s+latest|a|our|the)\s+summary(\s+of\s+(today's|today’s|the\s+day's|the\s+day’s)\s+events)?
        | click\s+here\s+for\s+the\s+latest\s+summary(\s+of\s+key\s+events)?
        | key\s+events\s+\d+\s*[hmd]\s+ago\b.*
        | (show\s+key\s+events\s+only\s+)?please\s+turn\s+on\s+javascript\b.*
        # a feed's copyright footer under each item: "guardian.co.uk © 2012 Guardian News and Media Limited …"
        | .*©\s*\d{4}\s+guardian\s+news\s+(and|&)\s+media\b.*
        # the archive's notice on an old page, and an old blog's pointer to the one that carried on
        | this\s+article\s+is\s+more\s+than\s+\d+\s+(years?|months?)\s+old
        | this\s+(live\s*)?blog(\s+page)?\s+has\s+(now\s+)?(wrapped\s+up|ended|closed)\.\s.{0,80}\bcontinues?\s+here\.?
        )$""",
        re.IGNORECASE | re.VERBOSE,
    ),
    long_words=("guardian", "javascript", "key events"),
)


def is_chrome(line: str) -> bool:
    """True for furniture on a Guardian page (shared site furniture included)."""
    return CHROME.is_chrome(line)
