"""Recognisers for kinds of line that every outlet's dumps share.

Each function looks at one (already cleaned) line and answers a yes/no
question: is it page chrome, a social-embed consent line, a link-out, a
quotation, a headline-shaped line, a byline?  Parsers combine the answers
with what they know of their page's structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.model.text import ends_sentence

#: Page furniture any news site prints.  Outlet packages add their own
#: (see :class:`ChromeRules`).
_CHROME_EXACT = {
    "advertisement",
    "copy link",
    "share",
    "share on facebook",
    "share on x",
    "share on twitter",
    "share via email",
    "share page",
    "about sharing",
    "please turn on javascript to use this feature",
    # a video player's message in a page saved as text
    "sorry, your browser is unable to play this video",
    "please upgrade to a modern browser and try again",
    "reuse this content",
    "explore more on these topics",
    "most viewed",
    "skip past newsletter promotion",
    "after newsletter promotion",
    "print",
    "comments",
    "view all comments",
    "live feed",
    "show more",
    "show less",
    "load more",
    "previous",
    "next",
    "latest",
    "oldest",
    "newest",
    "close",
    "sign in",
    "jump to",
    "most popular",
    "related stories",
    "related topics",
    "top stories",
    "live",
    "watch live",
    "listen live",
    "follow live",
    "view more",
    "back to top",
    "more on this story",
    "more stories",
    "continue reading",
    "continue reading…",
    "continue reading...",
    "facebook comments",
    "article share tools",
    "share this post",
    "copy this link",
    "read more about these links",
    "view more share options",
    # a wiki page's furniture, when a live page's text was pasted onto one
    "page contents not supported in other languages",
    "from wikipedia, the free encyclopedia",
    # a blog's furniture under a post it re-posted
    "no comments:",
    "post a comment",
    "newer post",
    "older post",
    # a forum's or a version viewer's table bar on a line of its own
    "|",
    "| |",
}
#: A forum post's header ("Post by Kitkat Sat 21 Mar 2020, 18:35"), or a forum search listing's match, its thread and
#: when it was posted ("Coronavirus - 6 February 2022 - Sun 06 Feb 2022, 23:29"): one pattern for the chrome rules and
#: :func:`is_forum_header`.
_FORUM_HEADER = (
    r"post\s+by\s+\S.{0,40}\b\d{4},?\s+\d{1,2}:\d{2}"
    r"|[^.!?]{1,80}\s[-–]\s+(?:mon|tue|wed|thu|fri|sat|sun)\s+\d{1,2}\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+\d{4},\s+\d{1,2}:\d{2}"
)


_CHROME_RE = re.compile(
    r"""^(
      .*\bmake\s+a\s+(single\s+|monthly\s+)?contribution\b.*
    | .*\bdownload\s+(the|our)\s+[\w\s]{1,30}\s+app\b.*
    | (get|open|try)\s+(it\s+in\s+)?(the|our)\s+[\w\s]{1,30}\s+app\b.*
    | before\s+you\s+move\s+on,?\s+(i|we)\s+(was|were)\s+hoping.*
    | .*\bregardless\s+of\s+what\s+they\s+can\s+afford\s+to\s+pay\b.*
    | privacy\s+notice:.*
    | sign\s+up\s+to\s+[\w\s']{1,40}$
    | (previous|next|first|last)\s+page$
    | page\s+\d+\s+of\s+\d+$
    | \d+\s+(new\s+)?updates?$
    | \d{1,3}\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago
    | (live\s+feed\s+)?from\s+\d{1,3}\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago  # a live feed's filter
    | just\s+now
    | (o\s*)?(share\s*)?view\s+more\s+share\s+options   # a share menu's residue ("o ShareView more share options")
    | o                                              # an empty list item's bullet, left as a letter
    | [-|:\s]*\|[-|:\s]*                              # a table's rule or empty cells: "---|---|", "| |"
    | <?/?[a-z]{1,10}\s+(?:class|id|style)\s*=.*>       # a fragment of the page's HTML: 'p class="block-time">'
    | (?-i:Read\s+More\s+[A-Z])[^.]{0,150}              # a re-poster's "Read More <the post's headline>"
    | (?:(?:\d[\d,.]*\s*)?(?:comments?|views?|shares?|likes?|reads?)(?:\s*\d[\d,.]*)?[\s·|•,-]*)+  # counters
    | .*\b(exception|error)\b.*\bline\s+\d+,\s*(position|column|col\.?)\s+\d+\.?  # a copy's widget failed
    | this\s+site\s+uses\s+akismet\s+to\s+reduce\s+spam\b.*   # a blog host's comment form
    | leave\s+a\s+(reply|comment)(\s+cancel\s+reply)?
    | welcome\s+to\s+[^.!?]{1,40}\s[-–]\s+an?\s+[^.!?]{0,60}\b(community|forum)\b.*   # a forum's banner
    | """
    + _FORUM_HEADER
    + r"""  # a forum post's header, a search listing's match (see is_forum_header)
    # and the listing's count ("Search found 4 matches for COVID")
    | search\s+found\s+\d+\s+match(es)?\s+for\s+.{1,60}
    | \d+\s+posters?
    | (locked\s+)?re:\s+\S.*                                  # a forum reply's subject
    | [^.!?]{1,60}?\s+via\s+google\s+reader:?            # a feed reader's share: "Sent to you by X via Google Reader:"
    | .{1,200}\[edit\]                                      # a wiki section's heading with its edit link
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


#: Past this length, only furniture that holds one of the words below can match (appeals, app
#: banners); the short forms (ages, page numbers, "Sign up to …") cannot.
_LONG_CHROME = 100
_LONG_CHROME_WORDS = (
    "community",
    "contribution",
    "app",
    "hoping",
    "afford",
    "privacy",
    "exception",
    "error",
    "read more",
    "akismet",
    "[edit]",
)


#: A label in a script the outlets never write (Chinese, Japanese, Korean) before a colon: a copy site's "时间:".
_FOREIGN_LABEL_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}\s*[:：]")
_FOREIGN_CHAR_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")


def _foreign_script(text: str) -> bool:
    """True when ``text`` holds more letters of those scripts than Latin ones."""
    return len(_FOREIGN_CHAR_RE.findall(text)) > len(_LATIN_LETTER_RE.findall(text))


@dataclass(frozen=True)
class ChromeRules:
    """An outlet's own page furniture, on top of what every site prints.

    ``long_words``: words of which a line longer than 100 characters must hold
    one for ``pattern`` to match it (the cheap test most paragraphs fail).
    """

    exact: frozenset[str] = frozenset()
    pattern: re.Pattern[str] | None = None
    long_words: tuple[str, ...] = ()

    def is_chrome(self, line: str) -> bool:
        """True for page furniture: share buttons, ads, app banners, donation appeals."""
        text = line.strip()
        key = text.lower().rstrip(".")
        if key in _CHROME_EXACT or key in self.exact:
            return True
        if not text.isascii() and _FOREIGN_LABEL_RE.search(text) and _foreign_script(text):
            return True  # a copy site's own line in its script: "时间:2019-11-16 责任编辑:… 来源:… 点击:128 次"
        if len(text) > _LONG_CHROME and not any(word in key for word in (*_LONG_CHROME_WORDS, *self.long_words)):
            return False
        if _CHROME_RE.match(text):
            return True
        return bool(self.pattern and self.pattern.match(text))


#: Only the furniture every site prints.
GENERIC_CHROME = ChromeRules()


_AGE_RE = re.compile(
    r"^\s*(\d{1,3}\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago|just\s+now)\s*$", re.IGNORECASE
)


def is_relative_age(line: str) -> bool:
    """True for a post's age as a live page prints it (``3h ago``, ``45 minutes ago``)."""
    return bool(_AGE_RE.match(line))


_FORUM_HEADER_RE = re.compile(rf"^(?:{_FORUM_HEADER})$", re.IGNORECASE)


def is_forum_header(line: str) -> bool:
    """True for a forum post's header ("Post by Kitkat Sat 21 Mar 2020, 18:35"), or a search listing's match
    ("Coronavirus - 6 February 2022 - Sun 06 Feb 2022, 23:29")."""
    return _FORUM_HEADER_RE.match(line.strip()) is not None


def is_chrome(line: str) -> bool:
    """True for page furniture every site prints (outlets add their own via :class:`ChromeRules`)."""
    return GENERIC_CHROME.is_chrome(line)


_EMBED_RE = re.compile(
    r"""^(
      (skip|end\s+of)\s+(twitter|x|instagram|tiktok|youtube|facebook|bluesky|threads|telegram|linkedin)\s+(post|content|video)\b.*
    # (any provider's consent question: "Allow Twitter content?", "Allow Audioboo content?")
    | allow\s+[\w.-]+(\s+[\w.-]+)?\s+content\?
    | this\s+(twitter|x|instagram|tiktok|youtube|facebook|bluesky|threads|telegram)\s+(post|content|video)\s+cannot\s+be
      \s+displayed\s+in\s+your\s+browser\b.*
    | this\s+article\s+(contains|includes)\s+content\s+provided\s+by\b.*
    | accept\s+and\s+continue\.?
    | (view|see|read)\s+(more\s+)?on\s+(twitter|x|instagram|tiktok|youtube|facebook|bluesky|threads)\.?
    | the\s+[\w.]+\s+is\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external\s+sites\.?
    | warning:\s+([\w.]+\s+)?(is\s+not\s+responsible|third\s+party\s+content)\b.*
    | media\s+caption,.*
    | [—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+\w+\s+\d{1,2},?\s+\d{4}
    | pic\.twitter\.com/\w+
    | [^.…]{1,60}\s(?:tweets|tweeted|posts|posted|writes|wrote)\s*(?:\.\.\.|…)  # a label: "Labour MP tweets..."
    | [^()]{1,60}\(@\w{1,30}\)                                       # a tweet's author line: "Sid Lowe (@sidlowe)"
    | (?:january|february|march|april|may|june|july|august|september|october|november|december)
      \s+\d{1,2},\s+\d{4}                                             # a tweet's date on a line of its own
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_embed(line: str) -> bool:
    """True for text left behind by an embedded social post or video."""
    return bool(_EMBED_RE.match(line.strip()))


#: A post's link to a related article: "Related: Greenwood hits double …".
_RELATED_RE = re.compile(r"^related\s*:\s*\S", re.IGNORECASE)


def is_related_link(line: str) -> bool:
    """True for a post's link to a related article ("Related: Steve Smith’s double ton has Australia …")."""
    return _RELATED_RE.match(line.strip()) is not None


_LINK_OUT_RES = [
    re.compile(
        r"\b(read|listen|watch|follow|see|find|catch\s+up|look)\b.*\b(here|below)\s*(,\s*external)?\s*[:.]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(you\s+can\s+)?(also\s+)?(read|listen|watch)\s+(to\s+)?(more|the\s+(full|rest|latest)|our|all)\b.{0,120}$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bin\s+(this|our|the|a)\s+([\w-]+\s+)?(explainer|analysis|report|piece|briefing|story|live\s+blog|blog)\s*:$",
        re.IGNORECASE,
    ),
    re.compile(r"\bread\s+(this|the)\s+(story|report|article)\.?$", re.IGNORECASE),
    re.compile(r"^(further|more)\s+reading\s*:", re.IGNORECASE),
    _RELATED_RE,
]


def is_link_out(line: str) -> bool:
    """True for a line pointing the reader elsewhere (``Read the full report here:``)."""
    text = line.strip()
    if len(text) > 240:
        return False
    lower = text.lower()
    # Each pattern needs one of these (a cheap test first: most lines are prose).
    if not (
        "here" in lower
        or "below" in lower
        or "read" in lower
        or text.endswith(":")
        or lower.startswith(("you", "also", "listen", "watch", "further", "more", "related"))
    ):
        return False
    return any(rx.search(text) for rx in _LINK_OUT_RES)


_OPEN_QUOTES = '"“„«'
_CLOSE_QUOTE_END_RE = re.compile(r"[\"”»][.,]?$")


def is_quote(line: str) -> bool:
    """True for a paragraph that is wholly a quotation (no attribution outside it)."""
    text = line.strip()
    if len(text) < 3 or text[0] not in _OPEN_QUOTES:
        return False
    marks = sum(text.count(c) for c in '"“”„«»')
    return marks <= 2 and bool(_CLOSE_QUOTE_END_RE.search(text))


def opens_quote(line: str) -> bool:
    """True when a line opens a double quotation it does not close."""
    text = line.strip()
    if not text or text[0] not in _OPEN_QUOTES:
        return False
    opens = text.count("“") + text.count("„")
    closes = text.count("”")
    straight = text.count('"')
    return opens > closes or straight % 2 == 1


def closes_quote(line: str) -> bool:
    """True when a line ends a quotation that an earlier line opened."""
    return bool(_CLOSE_QUOTE_END_RE.search(line.strip()))


#: A lead-in to a news agency's report quoted whole: "PA have this report:", "Reuters reports:".
_REPORT_INTRO = r"reports|reported|(?:has|have)\s+this(?:\s+report)?"
_REPORT_INTRO_RE = re.compile(rf"\b(?:{_REPORT_INTRO})\s*:$", re.IGNORECASE)
_QUOTE_INTRO_RE = re.compile(
    r"\b(said|says|say|added|adds|told\b.*|tells\b.*|wrote|writes|continued|continues|"
    r"posted|posts|stated|states|replied|replies|explained|explains|warned|warns|"
    rf"reads|read|according\s+to\s+\w+|as\s+follows|statement|saying|asked|{_REPORT_INTRO})\s*:$",
    re.IGNORECASE,
)


def is_report_intro(line: str) -> bool:
    """True for a lead-in to a report quoted whole (``PA have this report:``, ``Reuters reports:``)."""
    return _REPORT_INTRO_RE.search(line.strip()) is not None


#: A lead-in that presents a passage of a piece quoted under it: "Here's a snatch from Andrew's piece, which you
#: can read in full here:", "Here is an extract from the statement:".
_EXCERPT_INTRO_RE = re.compile(
    r"^here(?:[’']s|\s+is|\s+are)\s+(?:(?:a|an|some|part\s+of|the\s+(?:start|opening|gist|key|main))\s+)?"
    r"(?:[\w-]+\s+)?(?:snatch|snippet|extract|excerpt|taste|flavour|flavor|passage|section|bit|highlights?|"
    r"paragraphs?|lines?|parts?|points?)\b.*:$",
    re.IGNORECASE,
)


def is_excerpt_intro(line: str) -> bool:
    """True for a lead-in presenting a passage of a piece quoted under it (``Here's an extract from his
    article, which you can read in full here:``): even when it points to the whole piece, what follows is
    the passage."""
    return _EXCERPT_INTRO_RE.match(line.strip()) is not None


def is_quote_intro(line: str) -> bool:
    """True for a line introducing a quotation (``He said:``, ``Trump told Fox News:``)."""
    text = line.strip()
    return text.endswith(":") and bool(_QUOTE_INTRO_RE.search(text))


def is_list_intro(line: str) -> bool:
    """True for a line ending with a colon that is neither a quote intro nor a link-out."""
    text = line.strip()
    return text.endswith(":") and not is_quote_intro(text) and not is_link_out(text)


_DATA_LINE_RE = re.compile(
    r"^[^:]{1,40}:\s*[-+−–]?\s*\d[\d.,]*\s*(%|points?|pts|seats?|votes?)?(\s*\(.{0,60}\))?$"
    # a count and its change with no name before it, the name a lost picture: "24 seats (up 11)", "1 seat (no change)"
    r"|^\d[\d.,]*%?\s+(?:seats?|votes?|councillors?|MEPs?|MPs?)\s*\((?:up|down|no\s+change|[-+−–]\s*\d)[^)]{0,20}\)$",
    re.IGNORECASE,
)


#: A team's name: up to four capitalised words ("Queens Park Rangers", "Brighton and Hove Albion").
_TEAM = r"[A-Z][\w.’'&-]*(?:\s+(?:[A-Z&][\w.’'&-]*|de|of|and)){0,3}"
_SCORE = r"\d{1,2}\s*-\s*\d{1,2}"
#: A result on a line of its own: "QPR 1-2 Newcastle", "Sunderland 1-1 Southampton".
_SCORE_LINE_RE = re.compile(rf"^{_TEAM}\s+{_SCORE}\s+{_TEAM}$")
#: A match on a line of its own, played or to come: "Bulgaria 0-6 England", "Man Utd v Liverpool",
#: "Real Madrid 2-1 Atletico Madrid (aet)".
_MATCH_LINE_RE = re.compile(rf"^{_TEAM}\s+(?:{_SCORE}|v)\s+{_TEAM}(?:\s+\((?:aet|agg|pens)[^)]*\))?$")
#: A scorer and the minutes they scored in: "Thomas Muller 11", "Kroos 24 (pen)".
_SCORER = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+\d{1,3}(?:\+\d{1,2})?'?(?:\s*\((?:pen|og)\))?"
#: A side's goals and scorers on a line of their own: "Germany 7: Thomas Muller 11, Miroslav Klose 23".
_SCORERS_LINE_RE = re.compile(rf"^{_TEAM}\s+\d{{1,2}}\s*:\s+{_SCORER}(?:,\s*{_SCORER})*$")


def blank_lines_above(lines: list[str], idx: int) -> int:
    """How many blank lines stand straight above ``lines[idx]`` (0-based)."""
    count = 0
    while idx - count - 1 >= 0 and not lines[idx - count - 1].strip():
        count += 1
    return count


def blank_lines_below(lines: list[str], idx: int) -> int:
    """How many blank lines stand straight below ``lines[idx]`` (0-based)."""
    count = 0
    while idx + count + 1 < len(lines) and not lines[idx + count + 1].strip():
        count += 1
    return count


#: A list item's number at the start of a line, with its mark ("." or ")") or bare: "1. …", "2) …", "3 06:41 …".
_LIST_NUMBER_RE = re.compile(r"^(?P<number>\d{1,3})(?P<mark>[.)]?)\s+(?=\S)")


def list_number(line: str) -> tuple[int, str] | None:
    """(number, mark) of a line that opens with a list item's number: the mark is ``"."``, ``")"`` or ``""`` (a
    bare number, which only a run of such lines shows to be a list's: "1 06:19 Barry Lane, …" / "2 06:30 …")."""
    match = _LIST_NUMBER_RE.match(line.strip())
    return (int(match["number"]), match["mark"]) if match else None


#: A party's or a pollster's change or miss, named, with no stop: "Conservatives: Down 16 on the 2015 seat result",
#: "Labour: Up 34", "Plaid Cymru: No change", "ITN: Wrong by 12".
_CHANGE_LINE_RE = re.compile(
    r"^[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,2}:\s+"
    r"(?i:up|down|wrong|unchanged|no\s+change|gains?|loses?|holds?)\b(?:\s+by)?(?:\s+[-+]?\d[\d.,]*%?)?[^.!?:]{0,40}$"
)


def is_data_line(line: str) -> bool:
    """True for a figure, a result, a side's scorers or a leaderboard's place on a line of their own (``Labour lead:
    5 points``, ``Turnout: 67%``, ``QPR 1-2 Newcastle``, ``Brazil 1: Oscar 90``, ``-5: McIlroy, Cabrera-Bello``)."""
    text = line.strip()
    return bool(
        _DATA_LINE_RE.match(text)
        or _CHANGE_LINE_RE.match(text)
        or _SCORE_LINE_RE.match(text)
        or _SCORERS_LINE_RE.match(text)
        or _LEADERBOARD_LINE_RE.match(text)
    )


#: A golf leaderboard's place: the score to par, then the players on it, perhaps with the holes they have played
#: ("-12: Spieth", "-5: McIlroy, Cabrera-Bello", "E: An (8), Jordan (8), Brown (6)").
_LEADERBOARD_PLAYER = r"[A-Z][\w’'. -]{0,25}(?:\s\(\d{1,2}\))?"
_LEADERBOARD_LINE_RE = re.compile(
    rf"^(?:[-+]\d{{1,2}}|E|Par)\s*:\s+{_LEADERBOARD_PLAYER}(?:,\s+{_LEADERBOARD_PLAYER})*$"
)


#: A line of a team sheet: a side's name (or "Subs") over three or more names after a colon ("Norwich: Krul, Aarons,
#: Kabak, …", "Subs: Stech, Ilan, Mido"), or the match's referee, venue or attendance.
_TEAM_SHEET_RE = re.compile(
    r"^(?:[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}:\s+[^,:.!?]{2,40}(?:,\s+[^,:.!?]{2,40}){2,}\.?$"
    r"|(?:Referee|Ref|Venue|Attendance)\s*:\s+\S[^.!?]{0,60}$)"
)


def is_team_sheet_line(line: str) -> bool:
    """True for a line of a team sheet (``Subs: Stech, Ilan, Mido``, ``Referee: Kevin Friend (Leicestershire)``)."""
    return _TEAM_SHEET_RE.match(line.strip()) is not None


def is_match_line(line: str) -> bool:
    """True for a match named on a line of its own, played or to come (``Bulgaria 0-6 England``,
    ``Man Utd v Liverpool``)."""
    return _MATCH_LINE_RE.match(line.strip()) is not None


_LINK_RE = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/|\bt\.co/)\S")
#: The words a quotation's lead-in ends with when a copy lost its colon (``Citi analysts wrote``,
#: ``…, saying Draghi's suggestions would``): a headline never ends on one.
_DANGLING_END_RE = re.compile(
    # (a preposition no headline ends on: a sentence a copy broke where its link was, "… updates and reaction with")
    r"\b(?:wrote|writes|tweeted|tweets|saying|would|could|the|a|an|and|of|that|which|who|with|from|by|into|than|via)$",
    re.IGNORECASE,
)
#: A speaking verb before a colon: what follows is someone's words, reported ("… asks: do you expect …?").
_SPEECH_COLON_RE = re.compile(
    r"\b(?:asks|asked|says|said|adds|added|tells|told|replies|replied|responds|responded|tweets|tweeted|writes|wrote)"
    r":\s+\S",
    re.IGNORECASE,
)
#: A social post's own marks: a hashtag or an @handle (``… ahead of #EURO2024``, ``a mural of @EbereEze10``).
_SOCIAL_MARK_RE = re.compile(r"(?:^|\s)[#@][A-Za-z_]\w{1,}")
#: A line of more words than this with a sentence ending inside it is prose cut off, not a headline.
_INNER_SENTENCE_WORDS = 20
#: Two sentences, the last ending in "?" or "!", of more words than this are prose, not a headline.
_PUNCTUATED_PAIR_WORDS = 10
#: A writer's sign-off with their initials (``… Thanks for the comments. AS``).
_INITIALS_END_RE = re.compile(r"[a-z][.!?]\s+[A-Z]{2,3}$")
#: One sentence ending and another starting inside the line (``… their wrongdoing. We also want …``).
_INNER_SENTENCE_RE = re.compile(r"[a-z]{3,}[.!?][\"”’']?\s+[A-Z]")
#: A sentence ending inside the line (after a word or an acronym) and the next opening with a pronoun that leans on it:
#: prose, whatever its length ("… on Bloomberg TV. It will be streamed live here").
_LEANING_SENTENCE_RE = re.compile(
    r"(?:[a-z]{3,}|[A-Z]{2,})[.!?][\"”’']?\s+(?:It|He|She|They|We|This|These|There)\s+[a-z]"
)


def ends_a_sentence_inside(line: str) -> bool:
    """True when a sentence ends inside ``line`` and another follows it ("… for the night. In summary")."""
    return _INNER_SENTENCE_RE.search(line) is not None


def is_run_of_sentences(line: str) -> bool:
    """True for a line of prose that holds a sentence end inside it and more than
    :data:`_INNER_SENTENCE_WORDS` words (a quotation or an excerpt, even when its last stop was lost)."""
    text = line.strip()
    return len(text.split()) > _INNER_SENTENCE_WORDS and _INNER_SENTENCE_RE.search(text) is not None


#: A line ending in a question mark with this many words is a sentence, not a headline (those are short).
_LONG_QUESTION_WORDS = 18


#: A heading that ends on a measure in brackets, a distance or a length: "Stage 12: Cugnaux to Luz Ardiden (211km)".
_MEASURED_HEADING_RE = re.compile(
    r"^[^.!?()]{6,160}[^\s.!?:]\s+\(\d[\d.,]*\s*(?:km|kms|miles?|m|laps?|holes?|overs?)\)$"
)


def is_headline_shaped(line: str) -> bool:
    """True for a line that looks like a headline: short, unpunctuated at the end.

    Headlines do not end in a full stop, colon or closing parenthesis (but for a measure in brackets: "… (211km)"),
    are not quotations, and have at least three words.
    """
    text = line.strip()
    if not 12 <= len(text) <= 200:
        return False
    if text[0] in _OPEN_QUOTES or text.endswith(("”", '"')):
        return False
    if text.startswith("[") and text.endswith("]"):
        return False  # an aside in square brackets ("[there's a good explainer on the ECB bond swap here]")
    if ends_sentence(text) and not text.endswith(("?", "!")) and not _MEASURED_HEADING_RE.match(text):
        return False
    if text.endswith(("?", "!")) and len(text) > 140:
        return False
    if text.endswith("?") and len(text.split()) >= _LONG_QUESTION_WORDS:
        return False  # a statement ending on the question it names ("… essays on the subject, Does the EU work …?")
    if len(text.split()) < 3 or is_data_line(text):
        return False
    if _LINK_RE.search(text):
        return False  # an embedded post's text holds its link ("… pic.twitter.com/Bdtck91TLj")
    if _SPEECH_COLON_RE.search(text):
        return False  # someone's words reported after a colon ("A Russian journalist asks: do you expect …?")
    if _DANGLING_END_RE.search(text) or text.endswith((",", ";")):
        # a quotation's lead-in that lost its colon, a line cut mid-sentence, or a letter's or a speech's
        # salutation ("Compatriots and friends around the world,")
        return False
    if len(text.split()) > _INNER_SENTENCE_WORDS and _INNER_SENTENCE_RE.search(text):
        return False  # a paragraph of several sentences cut off at its end (a quotation, an excerpt)
    if len(_INNER_SENTENCE_RE.findall(text)) >= 2:
        return False  # three sentences or more: prose, however short
    if _LEANING_SENTENCE_RE.search(text):
        return False  # a second sentence leaning on the first ("… interviewed on Bloomberg TV. It will be streamed …")
    if text.endswith(("?", "!")) and len(text.split()) > _PUNCTUATED_PAIR_WORDS and _INNER_SENTENCE_RE.search(text):
        return False  # two whole sentences, the last a question or exclamation ("… the post! Why do they do it?")
    if _INITIALS_END_RE.search(text):
        return False  # a writer signing off with their initials
    if _SOCIAL_MARK_RE.search(text):
        return False  # an embedded post's text, with its hashtags or handles, is never a headline
    if text.count("“") > text.count("”"):
        return False  # an open quotation runs on: the line is cut off mid-sentence
    return not text.isupper()


_NAME_WORD_RE = re.compile(r"^(?:[A-Z][\w'’.-]*|de|van|der|von|bin|al|la|le|da|di|du|dos|del|Jr\.?)$")
_ROLE_RE = re.compile(
    r"\b(reporter|correspondent|editor|reporting\s+from|presenter|producer|analyst|"
    r"journalist|monitoring|columnist|commentator|writer|chief|head\s+of|expert|"
    r"team|desk|bureau|in\s+[A-Z]\w+|live\s+page|news|verify|political|"
    r"economics|business|security|diplomatic|defence|international|europe|"
    r"world|us|health|science|technology|sport|investigations?|BBC)\b",
    re.IGNORECASE,
)


def is_person_name(line: str) -> bool:
    """True for a short line shaped like a person's name (``Bernd Debusmann Jr``)."""
    text = line.strip()
    if not 3 <= len(text) <= 40 or any(ch.isdigit() for ch in text):
        return False
    if ends_sentence(text) or "," in text:
        return False
    parts = text.split()
    if parts[0].lower() in _DETERMINERS:
        return False  # "The Wilmington Star News …" names a thing
    return 2 <= len(parts) <= 5 and all(_NAME_WORD_RE.match(p) for p in parts)


#: Words a person's name never opens with ("A" may be an initial).
_DETERMINERS = frozenset({"the", "an", "this", "that", "these", "those", "our", "my", "their", "its"})


def is_role(line: str) -> bool:
    """True for a byline role line (``Live reporter``, ``Reporting from Kyiv``)."""
    text = line.strip()
    if not 3 <= len(text) <= 90 or text.endswith((".", ":", "?", "!")):
        return False
    return bool(_ROLE_RE.search(text) or _LOCAL_LIVE_RE.search(text))


#: A BBC local live team, the writer's role line in its stead ("Beds, Herts and Bucks Live", "Sussex Live").
_LOCAL_LIVE_RE = re.compile(r"^[A-Z][\w,&' ]{2,60}\sLive$")


def name_and_role(text: str) -> tuple[str, str] | None:
    """A writer's name and role run together (after an entry's time: "Ian Pollock Business reporter, BBC
    News", "Robin Brant Political correspondent, Downing Street"): (name, role), or None."""
    words = text.split()
    for size in (2, 3):
        # (a comma may part them: "Norman Smith, Chief political correspondent, BBC News Channel")
        name, role = " ".join(words[:size]).removesuffix(","), " ".join(words[size:])
        if role and is_person_name(name) and is_role(role) and not ends_sentence(role):
            return name, role
    return None


#: A writer's role that names its employer or base after a comma ("Senior journalist, BBC London", "Political reporter,
#: BBC Three Counties"): what a heading's own words never end with.
_EMPLOYED_ROLE_RE = re.compile(
    r"\b(?:reporter|correspondent|journalist|editor|presenter|producer)\b,\s+[A-Z]", re.IGNORECASE
)


#: Someone's words after their name and a colon, opening a paragraph: 'Rod Laver: "They both …"', 'Virgil van Dijk: “You
#: see how we played …'.
_QUOTED_SPEAKER_RE = re.compile(r"^(?P<name>[^:]{3,40}):\s*[“\"]\S")


def quoted_speaker(text: str) -> str | None:
    """The name of the person whose words a paragraph opens with after their full name alone and a colon ('Rod
    Laver: "…"'), or None (also for a role's: "Wales coach Warren Gatland: …" names no person alone)."""
    match = _QUOTED_SPEAKER_RE.match(text)
    return match["name"] if match is not None and is_person_name(match["name"]) else None


def title_and_byline(text: str) -> tuple[str, str, str] | None:
    """(heading, name, role) of a heading with its writer's name and role run on after it, on one line, as a
    flattened copy prints them ("Wait continues David Friend Senior journalist, BBC London"), or None."""
    if not _EMPLOYED_ROLE_RE.search(text) or name_and_role(text) is not None:
        return None  # (a name and role alone are a byline: "Norman Smith Chief political correspondent, BBC News")
    words = text.split()
    for size in range(1, min(len(words) - 3, 12) + 1):
        heading = " ".join(words[:size])
        if heading.endswith((",", ":")):
            continue
        named = name_and_role(" ".join(words[size:]))
        if (
            named is not None
            and named[1][:1].isupper()  # the role opens with a capital ("Senior journalist", "Political reporter")
            and _EMPLOYED_ROLE_RE.search(named[1])
            and not _EMPLOYED_ROLE_RE.search(heading)
        ):
            return heading, named[0], named[1]
    return None


def repeats_opening(text: str, longer: str, least: int) -> bool:
    """True when ``text`` (``least`` characters or more) is ``longer`` or its opening: a line printed again, whole or
    cut short (a caption repeating its alt, a doubled copy's repeat cut by the page's end)."""
    return len(text) >= least and len(text) <= len(longer) and longer.startswith(text)
