"""Line recognisers for BBC pages: the BBC's own page furniture."""

from __future__ import annotations

import re

from tui.core.parse.line_kinds import ChromeRules

#: The 2009-2012 pages' icon label over a reader's contribution: "e-mail sent in by reader", and the 2010 sport
#: pages' "Get involved on 606" over a forum post and "Text in your views on 81111 (UK) or …" over a text.
_SENT_BY_READER = (
    r"(?:e-?mail|text|sms|comment)\s+sent\s+in\s+by\s+(?:a\s+)?reader"
    r"|get\s+involved\s+on\s+606|text\s+in\s+your\s+views\s+on\s+\d{5}\b.{0,80}"
)
#: An icon's label over a contribution: a reader's ("e-mail sent in by reader") or a tweet ("tweet").
_CONTRIBUTION_ICON_RE = re.compile(rf"^(?:tweet|{_SENT_BY_READER})$", re.IGNORECASE)


def is_contribution_icon(line: str) -> bool:
    """True for an icon's label left over a contribution: ``tweet``, ``e-mail sent in by reader``."""
    return bool(_CONTRIBUTION_ICON_RE.match(line.strip()))


CHROME = ChromeRules(
    exact=frozenset(
        {
            "live reporting",
            "get involved",
            "get involved on 606",  # the 2009-2012 BBC Sport pages' link to their readers' forum
            "join the debate on 606",  # and the 2009 pages' link under a reader's forum post
            "wicket falls",  # the 2008 cricket pages' box label over a wicket's entry
            "bbc homepage",
            "this video can not be played",
            "all times stated are uk",
            "got a tv licence?",
            "i don’t have a tv licence",
            "i don't have a tv licence",
            "find out more",
            "to get involved contact us in any of the following ways",
            "as it happened",
            "live stream page 1",
            "tweet",  # an embedded tweet's icon, left as its label
            "quote message",  # a quotation block's icon, left as its label (2016-2018 pages)
            "live text",  # the 2013-2014 "As it happened" pages' heading over the writers' names
            # the 2013-2014 live pages' comment form
            "join the discussion",
            "comment here",
            "terms and conditions",
            "related bbc sites",  # the 2008-2012 pages' furniture under the section's name
        }
    ),
    pattern=re.compile(
        r"^(.*\bdownload\s+the\s+bbc(\s+news)?\s+app\b.*|(get|open|try)\s+(it\s+in\s+)?the\s+bbc\s+app\b.*"
        r"|you\s+need\s+one\s+to\s+watch\s+live\s+tv\b.*|live\s+stream\s+page\s+\d+"
        # the 2009-2010 cricket pages' box labels over an over's entry ("That's 50", "Out for a duck")
        r"|that[’']s\s+(?:50|100|150|200|a\s+fifty|a\s+century)|out\s+for\s+a\s+(?:golden\s+)?duck"
        # (and over a break's entry: "Bad light stops play", "Rain stops play", "End of innings")
        r"|(?:bad\s+light|rain)\s+stops\s+play|end\s+of\s+(?:the\s+)?innings"
        # the 2009-2012 pages' label over a reader's contribution: "e-mail sent in by reader"
        rf"|{_SENT_BY_READER}"
        # an "As it happened" page's own date line, with no time: "Last updated 29 August 2013"
        r"|last\s+updated\s+\d{1,2}\s+[a-z]+\s+\d{4}"
        # a live page saved after its updates were switched off: "Updates for this Live Event are currently disabled"
        r"|updates\s+for\s+this\s+live\s+event\s+are\s+(?:currently\s+)?(?:disabled|paused|switched\s+off)\.?"
        # the comment form's notes and its text-message number: "Send us an SMS to +44 7624 800"
        r"|(?:•\s*)?send\s+us\s+an\s+sms\s+to\s+\+?[\d\s]{5,20}"
        # the 2012-2014 "Get involved" box's items: "Send us a text: 81111", "Twitter:#bbcgolf"
        r"|(?:•\s*)?send\s+us\s+a\s+text:?\s*\d{5}|(?:•\s*)?twitter:\s*#\w+"
        # the 2008-2012 sport pages' note on how to send a message: "To get involved use Twitter (via hashtag …"
        r"|to\s+get\s+involved\b.{0,300}"
        # the 2008-2010 sport pages' head over the live text: "LIVE TEXT COMMENTARY (all times BST)", "LATEST ACTION
        # (all times BST)", "No need to reload page, content below updates automatically. More info", the 606 box's
        # "606: DEBATE" over "Your thoughts on the action"
        r"|(?:live\s+text\s+commentary|latest\s+action)\s*\(all\s+times\s+[a-z]{3}\)"
        # the 2017-2019 pages' share tools under each post ("Article share tools" / "• Share this post" / "Read more
        # about sharing BBC content externally", perhaps cut short at the page's end)
        r"|(?:•\s*)?share\s+this\s+post|read\s+more\s+about\s+sharing\b.{0,40}"
        r"|no\s+need\s+to\s+reload\s+(?:the\s+)?page\b.{0,100}|606:\s*debate|your\s+thoughts\s+on\s+the\s+action"
        # ... and the 2008-2010 cricket pages', under the writer: "e-mail (with 'For Ben Dirs' in the subject), text
        # 81111 (with "CRICKET" as the first word) or use 606. (Not all contributions can be used)"
        r"|(?:get\s+involved\.?\s+)?e-?mail\b.{0,150}\btext\s+81111\b.{0,250}"
        # the 2007 sport pages' note on following the red button's coverage: "Join BBC Sport's Interactive broadcast …"
        r"|(?:•\s*)?join\s+bbc\s+sport[’']s\s+interactive\s+broadcast\b.{0,300}"
        # the 2012 "As it happened" pages' pointer to the live page: "Watch the BBC's Live coverage of … in video,
        # text and pictures."
        r"|(?:watch|follow)\s+(?:the\s+)?bbc[’']s\s+live\s+coverage\s+of\b[^.]{0,100}\bin\s+video\b[^.]{0,40}\.?"
        r"|the\s+bbc\s+may\s+edit\s+your\s+comments\b.*|your\s+comments\s+may\s+be\s+published\s+on\s+any\s+bbc\s+media\b.*)$",
        re.IGNORECASE,
    ),
    long_words=("bbc", "live tv", "live stream", "81111"),
)


def is_chrome(line: str) -> bool:
    """True for furniture on a BBC page (shared site furniture included)."""
    return CHROME.is_chrome(line)
