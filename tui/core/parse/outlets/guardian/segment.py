"""Splitting Guardian posts that a dump glued together.

Copies of Guardian blogs often lose what separates two untimed posts (the
time line, the ``Updated`` line, sometimes the headline), so two stories
arrive as one run of paragraphs.  A new post shows itself in how its first
paragraph is written and in what it talks about:

* it is written as a news *lead*: a subject that names someone or something
  (``Ukraine’s air force said on Tuesday …``, ``An oil refinery in the
  Russian city of Ufa is on fire, … is reporting``), often anchored in time
  or attributed to a source, or the press-briefing form ``Asked …,
  Leavitt said …``;
* it does not lean on the paragraph before (a pronoun, ``But``, ``The
  pair``, ``According to …``, a quotation, a line after a colon);
* it shares few content words with the post so far (lexical cohesion, in the
  spirit of Hearst's TextTiling).

:func:`boundaries` returns the paragraph positions where a new post starts;
the parser cuts there.  Summaries, pinned copies and quotations are never cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.model.post import Block
from tui.core.model.text import ends_sentence, ends_with_stop, normalise
from tui.core.parse.line_kinds import ends_a_sentence_inside, is_data_line, is_team_sheet_line, quoted_speaker

_STOPWORDS = frozenset(
    """a an the and or but of to in on at for with by from as is are was were be been being has have had
    that this these those it its he she they his her their them we our you your i me my not no so if than then
    there here what which who whom whose when where why how all any both each few more most other some such
    only own same too very can will just should now said says say also would could may might one two after before
    about over into up down out off again further once during while because until against between through above below
    us uk eu mr ms told added according""".split()
)
#: A word of two letters or more, in any alphabet ("féin", "busæt": a name with an accent is one word, not its tail).
_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|[’'-])+")

#: The writer saying what they are about to do to the blog: "We're going to …", "I'll now …".
_WRITER_ABOUT_TO = r"(?:we\s+are|we[’']re|we\s+will|we[’']ll|i[’']m|i\s+am|i[’']ll)\s+(?:now\s+)?(?:going\s+to\s+)?"

_CONTINUATION_RE = re.compile(
    r"""^(?:
      (?!there\s+are\s+reports\b)
      (?:he|she|they|it|its|his|her|their|this|that|these|those|there|here|but|and|yet|so|however|
         meanwhile|elsewhere|also|still|even|instead|separately|earlier|later|speaking|saying|unsurprisingly|notably|we|we[’']re|we[’']ll|then|
         interestingly|crucially|asked\s+about\s+(?:it|this|that)|what(?!\s+an?\s)|when|while|after|before|such|
         i|i[’']m|i[’']ve|it[’']s|that[’']s|there[’']s|here[’']s)\b
    | [\w’'-]+(?:\s+[\w’'-]+){0,2}\s+then\b
    # (a part of those just named: "Among them was Pete Mansell …", "One of them, …", "Of those, …")
    | (?:among|of)\s+(?:them|those|these)\b
    | (?:one|two|three|some|many|most|none|each|all|several|both)\s+of\s+(?:them|those|these)\b
    | (?!all\s+is\s+(?:not\s+)?(?:well|quiet|calm|lost|forgiven)\b)  # (an idiom, "All is not well at …", opens)
      (?:many|some|most|others|several|both|all|few|none)\s+
      (?:have|has|had|are|is|were|was|will|would|may|might|can|could)\b
    | (?:the|this|that|these|those)\s+(?:(?:new|latest|same|first|second|proposed|planned|\w+-\w+)\s+)?
      (?:former|latest|(?:first|second|third)(?!\s+[a-z]{3,}\s+of\b)|other|latter|pair|two|three|four|leaders?|meeting|move|news|call|talks|
         statement|ministry|official(?!\s+(?:number|figures?|toll|tally|count|death|data|statistics|results?|estimate)\b)|officials|group|report|package|policy|deal|plan|man|woman|president|minister|
         spokesperson|source|sources|decision|comments?|remarks|proposal|idea|company|city|region|attack|strike|
         summit|delegation|bill|video|post|letter|interview|agency|department|government|kremlin|white\s+house)\b
    | according\s+to\b
    | as\s+(?:we|i|he|she|they|it)\b
    | over\s+(?:in|at)\s
    | in\s+(?:a|an|his|her|their|the|its)\s(?!(?:commons|chamber|lords)(?:\s+debate)?,)
    | (?:at|on|for)\s+(?:a|the|his|her|their)\s
    | [\w’'-]+(?:\s+[\w’'-]+){0,3},\s+(?:too|meanwhile|however|also),
    | [\w’'-]+(?:\s+[\w’'-]+){0,5}\s+(?:also|again|once\s+more)\b
    | (?:[\w’'-]+\s+){1,3}(?:this|that|these|those)(?:\s+(?:out|up|off|down|over|through)\b|,)
    | ["“‘'(\[…]
    | [A-Z][\w’'-]+\s+(?:said|says|added|adds)(?:\s+that)?\s*[“"]
    # a caveat on what was just reported: "The Guardian has not verified this independently.", "We have not been
    # able to independently verify these claims.", "The footage could not be verified."
    | .{0,50}?\b(?:not|unable\s+to|yet\s+to)\s+(?:been\s+able\s+to\s+|be\s+)?(?:independently\s+)?verif(?:y|ied)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_LOWER_START_RE = re.compile(r"^[a-z]")
_ASKED_RE = re.compile(
    r"^[Aa]sked\b(?!\s+about\s+(?:it|this|that)\b)[^.]{3,300}?\s*[,–—-]\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+"
    r"(?:(?:just|only|simply)\s+)?(?:said|says|replied|told|added|insisted)\b"
)
_CLOSING_RE = re.compile(
    # (after an opening "And", "So", "Well": "And that's it for our London 2012 Day 14 liveblog.")
    r"^(?:(?:and|so|well|ok|okay|right),?\s+)?(?:thank\s+you\s+(?:for|all\s+for)\s+(?:following|joining|reading)|(?:this|the|our)\s+(?:live\s*)?blog\s+(?:is|has)\s+(?:now\s+)?clos"
    # "Time to wrap up the live blog for the night"
    r"|time\s+to\s+(?:wrap\s+up|close|end)\s+(?:the|this|our)\s+(?:live\s*)?(?:blog|coverage)"
    # a pointer to the blog that carries on ("This blog will now continue here.")
    r"|this\s+(?:live\s*)?blog\s+will\s+(?:now\s+)?(?:continue|carry\s+on|move)\b"
    r"|we\s+(?:will|are)\s+(?:now\s+)?(?:be\s+)?(?:closing|pausing|ending)|we[’']re\s+(?:now\s+)?(?:closing|pausing|ending)"
    r"|we\s+have\s+(?:now\s+)?launched\s+a\s+new|that[’']s\s+your\s+lot\b"
    # "We're pretty much all done here for the evening."
    r"|we[’']re\s+(?:pretty\s+much\s+|just\s+about\s+)?(?:all\s+)?done\s+(?:here|for\s+(?:the|to))"
    # "Day 13 turns into day 14 and a brand-new live blog: see you over there."
    r"|(?=[^.!?]{0,100}\bsee\s+you\s+over\s+there\b)"
    # "That's about all I've got for you."
    r"|that[’']s\s+(?:about\s+|just\s+about\s+)?(?:it|all)\s+(?:i[’']ve\s+got\b|from\s+(?:me|us)|for\s+today"
    r"|for\s+(?:the|this|our)\s+(?:live\s*)?blog\s+(?:for\s+)?(?:today|tonight|now)"
    # (or naming the blog: "that's it for our London 2012 Day 14 liveblog")
    r"|for\s+(?:the|this|our|today[’']s|tonight[’']s)\s+(?:[\w’'-]+\s+){1,5}(?:live\s*blog|liveblog|blog|coverage)\b)"
    # "We're going to wrap up our live blog for the day.", "We'll wrap up our coverage here."
    rf"|{_WRITER_ABOUT_TO}(?:wrap(?:ping)?\s+up|clos(?:e|ing)|end(?:ing)?)"
    r"\s+(?:(?:our|the|this|my)\s+)?(?:live\s*)?(?:blog|coverage|live))",
    re.IGNORECASE,
)
#: A paragraph that ends the way a writer signs off ("… Thanks for reading.", "See you tomorrow."):
#: the post it closes ends there.
_SIGN_OFF_END_RE = re.compile(
    r"(?:\bthanks?(?:\s+you)?(?:\s+(?:all|again|a\s+lot|very\s+much))?\s+for\s+(?:reading|following|joining|tuning\s+in"
    r"|all\s+your|your|the\s+comments)\b"
    r"[^.!?]{0,40}|\bsee\s+you\s+(?:tomorrow|later|then|(?:(?:in|at)\s+[\w’']+(?:\s+[\w’']+)?\s+)?next\s+(?:year|week|month|time|season))(?:\s+(?:for|at|in|with)\s+[^.!?]{1,40})?|\bgood\s*night|\bnighty[\s-]night|\bwe[’']ll\s+be\s+back\b[^.!?]{0,60}"
    # (a farewell wish: "Until then, have a lovely night.", "Have a great weekend.")
    r"|\bhave\s+a\s+(?:lovely|good|great|nice|wonderful|pleasant|restful|peaceful)\s+(?:night|evening|weekend|day|afternoon)"
    # (or a promise of more: "Stay tuned, in a moment I'll post the evening summary.", "More soon, stay tuned.")
    r"|\bstay\s+tuned\b[^.!?]{0,80}"
    # (or a pointer to the coverage going on elsewhere, its link lost: "And my colleague in Australia, Helen Sullivan,
    # is continuing our global coronavirus coverage here:")
    r"|\b(?:is|are|will\s+be)\s+(?:continuing|carrying\s+on|picking\s+up)\b[^.!?]{0,60}\b(?:coverage|live\s*blog|blog)"
    r"(?:\s+(?:here|over\s+here|on\s+a\s+new\s+blog))?\s*:?"
    # "Join us again in the morning for continuing coverage of the "non-crisis"."
    r"|\bjoin\s+(?:us|me)\s+(?:again\s+)?(?:tomorrow|in\s+the\s+morning|on\s+\w+day)\b[^.!?]{0,80}"
    r"|\bthanks?\b[^.!?]{0,60}[.!]\s*(?:bye|cheerio|goodbye)\b"
    # (or a farewell ending a paragraph of thanks: "Thanks for your company, … Stick around on site … Cheerio!")
    r"|^(?=.*\b(?:thanks?|thank\s+you|from\s+me)\b).*(?:^|[.!?]\s)[^.!?]{0,25}\b(?:bye|cheerio|goodbye)\b)"
    # (perhaps signed with the writer's initials: "… Goodnight, and thanks for reading. MH")
    r"[\"”’']?[.!]?(?:\s*(?-i:[A-Z]{2,3}))?\s*$",
    re.IGNORECASE,
)
#: A post that announces a round-up of the day (``Here's a summary of the day's events``, ``Here's what
#: we've learned``, ``a quick re-cap of today's main talking points``): it moves between stories by
#: design, so it is never cut before its sign-off.
_ROUND_UP_RE = re.compile(
    r"\b(?:summary|round[- ]?up|re-?cap|rundown|highlights)\b.{0,40}"
    r"\b(?:events|points|developments|day|today|news|happened|stand)\b"
    r"|\bhere[’']?s\s+what\s+we[’']ve\s+learned\b|\bsummary\s+of\s+the\s+main\b"
    # (or announcing the day's points without naming a summary: "Here are today's key developments:")
    r"|\bhere\s+(?:are|is)\s+(?:today[’']s|the\s+day[’']s|the)\s+(?:(?:key|main|latest|top)\s+)+"
    r"(?:developments|points|events|headlines|lines)\b",
    re.IGNORECASE,
)
#: A paragraph that opens by thanking the readers: the writer's sign-off, the end of the post it follows.
_THANKS_START_RE = re.compile(
    r"^(?:thanks?|thank\s+you)\s+(?:all\s+|again\s+|very\s+much\s+)?for\s+(?:reading|following|joining)\b",
    re.IGNORECASE,
)
#: What may follow a closing note inside the same post.
_CLOSING_FOLLOW_RE = re.compile(
    r"^(?:you\s+can\s+(?:keep|find|follow|read)\b|in\s+the\s+meantime\b|thanks?\b|thank\s+you\b"
    # "Comments are due to stay open …", "Comments here are now closed."
    r"|comments\s+(?:here\s+|on\s+this\s+(?:blog|post)\s+)?(?:are|will|have)\b"
    r"|next\s+week\b|tomorrow\b|i[’']ll\s+be\s+back\b|we[’']ll\s+be\s+back\b|good\s*night\b|bye\b"
    r"|before\s+we\s+(?:go|return|close|pause|leave)\b|here[’']?s\s+(?:a|our)\b|here\s+is\s+(?:a|our)\b"
    # (the next blog pointed to: "Follow all the action here, live, …")
    r"|follow\s+(?:all\s+)?(?:the\s+)?(?:action|latest|coverage)\s+(?:here|there|over\s+there)\b)",
    re.IGNORECASE,
)
_SAID_INTRO_RE = re.compile(
    r"^(?:and\s+)?here[’']?s\s+(?:what|how)\b.*\b(?:said|says|put\s+it|wrote|reacted)\.?$|\bsaid:$", re.IGNORECASE
)
_UNNAMED_SOURCE_RE = re.compile(
    r"^(?:[\w’'-]+\s+){0,2}(?:sources|officials|diplomats|analysts|observers|critics|experts)\s+(?:said|say|told|believe)\b",
    re.IGNORECASE,
)
_BACKGROUND_RE = re.compile(
    r"^[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:has|have|had)\s+(?:previously|long|repeatedly|already|often|since|never|"
    r"largely|mostly|generally|typically|usually)\b"
    r"|^.{0,80}?\b[a-z]+(?:ed|s)\s+(?:it|them|him|her)\b"
    r"|\b(?:that|this|these|those)\s+(?:sequence|plan|idea|proposal|move|decision|offer|claim|statement|approach|"
    r"request|demand|format|suggestion|remark|comment)s?\b",
    re.IGNORECASE,
)
_SOURCE = (
    r"(?:reuters|afp|ap|the\s+associated\s+press|associated\s+press|interfax|tass|ria(?:\s+novosti)?|pa(?:\s+media)?|"
    r"bloomberg|politico|cnn|the\s+bbc|axios|the\s+kyiv\s+independent|ukrinform|the\s+new\s+york\s+times|"
    r"the\s+wall\s+street\s+journal|the\s+financial\s+times|the\s+washington\s+post|[\w-]+(?:\s+[\w-]+)?\s+news\s+agency)"
)
_ATTRIBUTION_RE = re.compile(
    rf"(?:\b{_SOURCE}[^.]{{0,40}}\b(?:reports?|reported|is\s+reporting|are\s+reporting|quoted|cites|citing)\b"
    rf"|\b(?:reports?|reported|is\s+reporting|quoted|citing|told)\s+(?:the\s+)?{_SOURCE}\b"
    r"|\baccording\s+to\s+(?:a|an|two|three|several|the)\s+(?:senior\s+|us\s+|western\s+|ukrainian\s+|russian\s+)?(?:officials?|sources?|diplomats?)\b"
    rf"|\baccording\s+to\s+{_SOURCE}\b"
    r"|\b(?:source|sources|official|officials|spokesperson|spokesman|spokeswoman|governor|mayor|ministry|kremlin)"
    r"(?:\s+(?:for|of|at)\s+[^.,]{1,40}?)?\s+(?:has\s+|have\s+)?(?:said|says|told)\b"
    r"|^there\s+are\s+reports\b)",
    re.IGNORECASE,
)
_WHEN_RE = re.compile(
    r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:has|have)\s+just\b"  # "… has just pledged a substantial aid package"
    r"|\b(?:today|tonight|tomorrow|overnight|yesterday|shortly|this\s+(?:morning|afternoon|evening)|last\s+night|"
    r"earlier\s+today|later\s+today|(?:is|are)\s+(?:due|expected|set)\s+to)\b"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b",  # a clock time: "released from the scene at 8.20pm"
    re.IGNORECASE,
)
_SUBJECT = r"^(?:(?:an?|the)\s+)?(?:[A-Z][\w’'.-]*|US|UK|EU)(?:[\s-]+[\w’'.-]+){0,10}?"
_VERB = (
    r"\s+(?:has|have|had|is|are|was|were|said|says|told|launched|discussed|suggested|announced|warned|"
    r"confirmed|called|urged|met|will|plans?|plans\s+to|wants?|rejected|agreed|accused|claimed|denied|"
    # the present tense a blog reports in: "The Syrian foreign ministry calls Kerry's case 'lies'"
    r"calls|dismisses|insists|warns|urges|accuses|denies|rejects|vows|tells|"
    r"[a-z]{3,}ed)\b"
)
_SUBJECT_VERB_RE = re.compile(_SUBJECT + _VERB)
#: A speaker named with who they are set off by commas, then what they say, as a debate is followed speech by speech:
#: "Tim Farron, the former Lib Dem leader, says the only democratic … way … is to hold another referendum."
_SPEAKER_SAYS_RE = re.compile(
    r"^(?:Sir\s+|Dame\s+|Lord\s+|Lady\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3},\s+(?:the|a|an)\s+[^,]{3,60},"
    r"\s+(?:says|tells|argues|asks|claims|insists|warns)\b"
)
#: A subject with a name set off after it ("Australia’s foreign minister, Julie Bishop, has …") or an aside
#: in brackets ("Pemba Lama (or Tamang) has been …"): a lead only in the perfect tense and when it says the
#: news is fresh ("has just", "earlier today"); "…, Donald Tusk, said he would …" follows up.
_SUBJECT_ASIDE_VERB_RE = re.compile(
    _SUBJECT + r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},|\s+\([^()]{1,30}\))\s+(?:has|have)\b"
)


#: A sports blog's exclaimed opening: "What a ball from Starc.", "WICKET!", "GOAL!".
#: A live blog's way of opening an item: "Some news emerging from the Uruguay camp …", "News just in: …", "Another
#: quick plug for this quiz: …", "A quick reminder that …".
_ITEM_OPENER_RE = re.compile(
    r"^(?:(?:some\s+)?news\s+(?:is\s+)?(?:emerging|coming\s+(?:in|through)|just\s+in|reaching\s+us)"
    r"|(?:another|a)\s+(?:quick\s+)?(?:plug|reminder|note)\s+(?:for|that|about|of|on)\b"
    # (or the writer going back to the debate: "In the Commons debate, Crispin Blunt, a Tory Brexiter, is speaking …")
    r"|(?:back\s+)?in\s+the\s+(?:commons|chamber|lords)(?:\s+debate)?,\s+[A-Z])",
    re.IGNORECASE,
)
_EXCLAIMED_RE = re.compile(r"^(?:(?i:what)\s+an?\s+\w+\b[^.!?]{0,60}[.!]|[A-Z]{3,}!)")
#: A reader named, then their email quoted after a colon: "Paul Ewart is in the mood for a fight, er, I think: “That …".
_SENDER_QUOTES_RE = re.compile(r"^[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+\b[^“\"]{0,80}:\s*[“\"]")
#: A reader's email or tweet, quoted and then signed in the present tense: "“Afternoon Rob,” says Simon McMahon."
_QUOTED_SENDER_RE = re.compile(
    r"^[“\"][^”\"]{3,400}[”\"],?\s+(?:says|writes|emails|tweets|asks|adds|wonders)\s+[A-Z][\w’'.-]+"
)

#: A person brought in by name and who they are, then what they do now, in the present or the perfect ("Toby
#: Manhire, a New Zealand journalist and a former Guardian staffer, tweets images …", "Sir Gulam Noon, Britain's
#: best known Asian businessman, tells the Guardian …"); "…, said" follows a report up.
_INTRODUCED_RE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3},\s+(?:an?|the|[A-Z][\w’'-]*['’]s)\s+[^,]{3,80},\s+"
    r"(?:has|have|tweets|writes|warns|urges|describes|tells)\b"
)

#: The most words of a writer's one-sentence reaction opening their answer to a reader ("Good question.").
_REPLY_WORDS = 4

#: How many paragraphs before a candidate boundary its cohesion is measured against.
_WINDOW = 2
#: A paragraph sharing this much of its vocabulary with the post so far belongs to it.
_WHOLE_POST_LIMIT = 0.3


def _words(text: str) -> set[str]:
    return {w[:6] for w in _WORD_RE.findall(normalise(text).lower()) if w not in _STOPWORDS and len(w) > 2}


def _first_sentence(text: str) -> str:
    match = re.search(r"(?<=[.!?])\s+(?=[A-Z“\"‘])", text)
    return text[: match.start()] if match else text


def _cohesion(before: set[str], after: set[str]) -> float:
    """Share of the new paragraph's content words already used in the post so far."""
    return len(before & after) / max(1, len(after))


def is_closing_note(text: str) -> bool:
    """True for the blog's closing note ("That's it from me tonight.", "This blog is now closing")."""
    return _CLOSING_RE.match(text) is not None


def announces_round_up(text: str) -> bool:
    """True for a paragraph announcing a round-up ("Here's a summary of developments across the region."), not a
    note pointing to one elsewhere."""
    return _announces_round_up([Block("paragraph", text, 0, 0)])


def points_to_story(text: str) -> bool:
    """True for a lead-in pointing to a story by its link ("… my colleague Heather Stewart has the full story:"): what
    follows it in a copy that dropped the link is not what it introduces."""
    return _STORY_POINTER_RE.search(text.strip()) is not None


def _readers_words(text: str) -> bool:
    """True for a reader's email or tweet, quoted then signed ("“Afternoon Rob,” says Simon McMahon.") or signed
    then quoted ("Phil West: “…")."""
    stripped = text.strip()
    return _QUOTED_SENDER_RE.match(stripped) is not None or _SENDER_QUOTES_RE.match(stripped) is not None


def is_quoted_sender(text: str) -> bool:
    """True for a reader's email opening with their words and then their name ("“Hello Rob!” writes Phil West. …")."""
    return _QUOTED_SENDER_RE.match(text.strip()) is not None


def is_continuation(text: str) -> bool:
    """True when a paragraph leans on the one before (a pronoun, a connective, a quotation).

    "And" before a named subject and its verb (``And Sony has joined Disney …``) is a live
    blog's way of opening another item, not of carrying on: that is judged as a lead.
    """
    stripped = text.strip()
    if _AND_NAMED_LEAD_RE.match(stripped) or _QUOTED_SENDER_RE.match(stripped):
        return False  # (a reader's email, signed "… says Simon McMahon", opens its own item too)
    return bool(_LOWER_START_RE.match(stripped) or _CONTINUATION_RE.match(stripped))


#: "And" opening an item with a named subject and its verb: "And Sony has joined …".
_AND_NAMED_LEAD_RE = re.compile(
    r"^And\s+(?!I\b|It\b|He\b|She\b|They\b|We\b|This\b|That\b|The\b|So\b|Then\b)[A-Z][\w’'.-]+"
    r"(?:\s+[A-Z][\w’'.-]+){0,3}\s+(?:has|have|had|is|are|was|were|will|says|said)\b"
)


#: A writer bringing in a colleague's report, as posts open: "More from Anna Codrea-Rado in Nepal:", "My
#: colleague Ishwar Rauniyar has sent through another update".
_COLLEAGUE_RE = re.compile(
    r"^(?:more\s+(?:now\s+)?from|my\s+(?:guardian\s+)?colleagues?|our\s+(?:\w+\s+)?(?:correspondent|reporter|editor)"
    # (or named with the paper's role: "The Guardian city editor Jill Treanor reports on … today:")
    r"|the\s+guardian(?:[’']s)?(?:\s+[a-z]+){0,2}\s+(?:correspondent|reporter|editor|writer))"
    r"\s+(?:[a-z]+\s+){0,2}[A-Z]",
    re.IGNORECASE,
)


def lead_strength(text: str) -> int:
    """How clearly a paragraph is written as a news lead: 0 (not at all) to 3."""
    stripped = text.strip()
    if _ASKED_RE.match(stripped) or _COLLEAGUE_RE.match(stripped):
        return 3
    if (
        _EXCLAIMED_RE.match(stripped)
        or _QUOTED_SENDER_RE.match(stripped)
        or _INTRODUCED_RE.match(stripped)
        or _ITEM_OPENER_RE.match(stripped)
    ):
        return 2
    first = _first_sentence(stripped)
    if (
        not _SUBJECT_VERB_RE.match(first)
        and not _SPEAKER_SAYS_RE.match(first)
        and not _ATTRIBUTION_RE.search(first)
        and not (_SUBJECT_ASIDE_VERB_RE.match(first) and _WHEN_RE.search(first))
    ):
        return 0
    strength = 1
    attribution = _ATTRIBUTION_RE.search(first)
    if attribution is not None and (attribution.start() >= 25 or first.lower().startswith("there are reports")):
        strength += 1
    if _WHEN_RE.search(first):
        strength += 1
    return strength


def common_words(paragraphs: Sequence[str], share: float = 0.12) -> frozenset[str]:
    """Words in more than ``share`` of a page's paragraphs: the story's own vocabulary.

    On a blog about one story, its names (``Putin``, ``Ukraine``) are in every
    post and say nothing about where one post ends; cohesion ignores them.
    """
    counts: dict[str, int] = {}
    for text in paragraphs:
        for word in _words(text):
            counts[word] = counts.get(word, 0) + 1
    limit = max(3, int(len(paragraphs) * share))
    return frozenset(word for word, count in counts.items() if count > limit)


def paragraph_gap(posts: Sequence[tuple[int | None, Sequence[Block]]]) -> int | None:
    """The blank lines a page's copy puts between two paragraphs of a post (or a headline and its first
    paragraph), when one spacing is the rule: of at least :data:`_GAPS_SEEN` gaps, the narrowest seen
    twice or more and as often as any wider one; None when the copy has no such habit.  ``posts`` holds
    each post's headline line and body."""
    counts: dict[int, int] = {}
    for title_line, blocks in posts:
        if title_line is not None and blocks and blocks[0].kind == "paragraph":
            gap = blocks[0].first_line - title_line - 1
            counts[gap] = counts.get(gap, 0) + 1
        for before, after in zip(blocks, blocks[1:]):
            if before.kind == after.kind == "paragraph":
                gap = after.first_line - before.last_line - 1
                counts[gap] = counts.get(gap, 0) + 1
    if sum(counts.values()) < _GAPS_SEEN:
        return None
    for usual in sorted(counts):
        if counts[usual] >= 2 and all(counts[usual] >= count for gap, count in counts.items() if gap > usual):
            return usual
    return None


#: How many paragraph gaps a page must show before its usual spacing is trusted.
_GAPS_SEEN = 3


def boundaries(
    blocks: Sequence[Block],
    title: str | None = None,
    common: frozenset[str] = frozenset(),
    round_up: bool = False,
    gap: int | None = None,
) -> list[int]:
    """Positions in ``blocks`` where a new post starts (never 0).

    ``title`` is the post's headline (a paragraph on the headline's subject
    is not a new post); ``common`` the page's own vocabulary (see
    :func:`common_words`); ``round_up`` says the post is a summary; ``gap``
    the page's usual blank lines between paragraphs (see :func:`paragraph_gap`):
    a copy that kept the page's spacing sets posts apart by a wider gap.
    """
    cuts: list[int] = []
    # A round-up (a summary post, or one that announces itself as one) is one post until its sign-off.
    # (not a note pointing to one elsewhere: "We're going to wrap up … The latest summary … is here.")
    # (a summary under its own heading may open with the blog's closing note: "Evening summary" / "This live blog
    # is now closing down." / the day's points -- the note is the summary's first line, not a post of its own)
    headed_summary = round_up and bool(title)
    round_up = (
        round_up
        or _announces_round_up(blocks[:2])
        or _opens_with_list(blocks)
        or _opens_the_blog(blocks)
        or _closes_the_blog(blocks)
    )
    window: list[set[str]] = []  # the content words of the last paragraphs of the current post
    whole: set[str] = set()  # the content words of the whole current post (kept as it grows: a post can be long)
    heading = _words(title) - common if title else set()
    in_entry = bool(blocks) and _is_entry(blocks[0])
    post_start = 0  # where the current post began: a closing note that opens it ends it at once
    for position, block in enumerate(blocks):
        words = _words(block.text) - common
        seen = set().union(*window[-_WINDOW:]) if window else set()
        if (
            position
            # (a post of pictures alone, set apart as the copy sets its posts apart, is a post)
            and (block.kind == "paragraph" or (block.kind == "image" and _wider_gap(blocks, position, gap)))
            # (an over's or a minute's heading alone, "71st over: Australia 174-6 (Haddin 11, Agar 1. Target 311)",
            # has its text in the paragraph under it)
            and not (position - 1 == post_start and _is_entry_heading(blocks[post_start]))
            and not (
                round_up
                and not _SIGN_OFF_END_RE.search(blocks[position - 1].text)
                and not (
                    position - 1 == post_start
                    and _closes_alone(blocks[position - 1])
                    and not (headed_summary and post_start == 0)
                )
                # (a closing note the round-up's own post began after is no sign-off of this one)
                and not _after_sign_off(blocks, position, post_start)
                and not _list_over(blocks, position)
                # (nor one closed by a pointer to a story whose link the copy lost: "… has the full story:")
                and not _wider_gap(blocks, position, gap)
            )
            and (
                _wider_gap(blocks, position, gap)
                or (round_up and _list_over(blocks, position) and _leads_off(block.text))
                or _starts_post(
                    blocks, position, (seen, whole), words, heading, common, in_entry, post_start, bool(title)
                )
            )
        ):
            # (a closing note's cut leaves the post after it to announce its own round-up)
            round_up = (
                position - 1 == post_start
                and _closes_alone(blocks[position - 1])
                and _announces_round_up(blocks[position : position + 2])
            )
            post_start = position
            in_entry = _is_entry(block)
            cuts.append(position)
            window = []
            whole = set()
            heading = set()
        window.append(words)
        whole |= words
        del window[: -_WINDOW - 1]
    return cuts


_DEFINITE_RE = re.compile(r"(?<=\s)the\s+([a-z][a-z’'-]+)")


#: An embedded tweet's attribution line: "— stellacreasy (@stellacreasy) January 21, 2019".
#: A post bringing in others' words: "This is from …", "These are from …" (not "And this is from …", which goes on).
_QUOTES_FROM_RE = re.compile(r"^(?:This\s+is|These\s+are)\s+from\s+\S")
_TWEET_BY_RE = re.compile(r"^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)")
#: A paragraph of fewer words is a fragment (the copy's cut-off last line), never a post's start.
_FRAGMENT_WORDS = 3
#: A sign-off's tail: this many short paragraphs may follow "That’s all from me for today."
_SIGN_OFF_TAIL = 3
_SHORT_PARAGRAPH_WORDS = 25
#: A round-up announced as somewhere else ("The latest summary … is here."), not one that follows.
_POINTS_AWAY_RE = re.compile(r"\bsummary\b[^.]{0,80}\b(?:is|are)\s+here\b", re.IGNORECASE)


#: How far a match or a race has gone, before the colon that opens its entry: an over-by-over report's over ("33rd
#: over"), a ball's in the last overs of a chase or an innings' end ("19.4 overs", "50 overs"), a stage race's
#: distance to go ("14km to go", "14.5km remaining").
PROGRESS = (
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+over|\d{1,3}(?:\.[1-6])?\s+overs"
    r"|\d{1,3}(?:\.\d)?\s*km\s+(?:to\s+go|remaining))"
)
#: An entry's opening words: "33rd over: Australia 110-0 …", "14km to go: O’Connor attacks …".
_OVER_START_RE = re.compile(rf"^(?:mid-)?{PROGRESS}\s*:", re.IGNORECASE)
#: What opens a post under an over's entry: an exclamation of a few words ("Oh Jos.", "That seals it.", "Bowled
#: him!"), a greeting to the readers ("Morning / evening …", "Afternoon everyone"), or "Meanwhile, …".
_NEW_BALL_RE = re.compile(
    r"^(?:[A-Z][\w’']*(?:\s+[\w’']+){0,3}[.!]+\s+[A-Z“\"]|(?:Good\s+)?(?:Morning|Afternoon|Evening|Hello|Hi)\b"
    r"|Meanwhile,)"
)


#: Most words an over's or a minute's heading has when its text is on the lines under it.
_ENTRY_HEADING_WORDS = 14


def _is_entry_heading(block: Block) -> bool:
    """True for an over's or a minute's heading alone on its line (the over and the score, no text)."""
    text = block.text.rstrip()
    return (
        _is_entry(block)
        and len(text.split()) <= _ENTRY_HEADING_WORDS
        and (text.endswith(")") or not ends_sentence(text))  # (the score in brackets ends it)
    )


def _after_run_in_over(blocks: Sequence[Block], position: int, since: int) -> bool:
    """True when the post opened at ``since`` with an over told in its one paragraph (the over, the score, then
    the text), and ``position`` follows that paragraph or the readers' words under it, the paragraph before
    finished."""
    opening = blocks[since]
    previous = blocks[position - 1]
    return (
        _OVER_START_RE.match(opening.text.strip()) is not None
        and not _is_entry_heading(opening)
        and ends_with_stop(previous.text)
        and all(_readers_words(b.text) or b.text[:1] in '"“' for b in blocks[since + 1 : position])
    )


def _is_entry(block: Block) -> bool:
    """True for a paragraph that opens a sport entry: printed after a minute marker ("65 min:"), or opening
    with its over."""
    return bool(block.marker) or _OVER_START_RE.match(block.text.strip()) is not None


def _closes_alone(block: Block) -> bool:
    """True for the blog's closing note that announces no round-up of its own ("This blog will now continue
    here."): it ends its post even inside a round-up ("We're going to wrap up …; here's a summary:" does not)."""
    return is_closing_note(block.text.strip()) and not _announces_round_up([block])


def _announces_round_up(blocks: Sequence[Block]) -> bool:
    """True when these opening paragraphs announce a round-up ("Here is a summary of the key points …"), not a
    note pointing to one elsewhere."""
    return any(
        (_ROUND_UP_RE.search(block.text) or _WRAP_UP_NOTE_RE.match(block.text.strip()))
        and not _POINTS_AWAY_RE.search(block.text)
        for block in blocks
    )


#: The writer saying, in one sentence and nothing else, that they are about to wrap the blog up ("We're going to wrap
#: up our live blog coverage of the aftermath of super-storm Sandy for the day."): the day's points follow as the
#: wrap-up itself (a note that says more, "… The latest summary … is here.", points elsewhere).
_WRAP_UP_NOTE_RE = re.compile(
    rf"^{_WRITER_ABOUT_TO}"
    r"wrap(?:ping)?\s+up\s+(?:our|the|this)\s+(?:live\s*)?(?:blog|coverage)\b[^.!?]{0,100}[.!]$",
    re.IGNORECASE,
)


#: The blog's opening post greeting its readers: "Good evening everybody. Welcome to …'s minute-by-minute
#: coverage of tonight's …".
_OPENER_RE = re.compile(
    r"^(?:good\s+(?:morning|afternoon|evening)|hello|hi)\b(?:[^.!?]{0,30}[.!,]?\s+(?:and\s+)?welcome\s+to\b"
    # (or greeting the readers to the blog itself: "Good evening, bonsoir and … to the 2012 Eurovision liveblog!")
    r"|[^.!?]{0,60}\bto\s+(?:the|our|this)\s+[^.!?]{0,60}\b(?:live\s*blog|liveblog|live\s+coverage)\b)",
    re.IGNORECASE,
)


_SUMMARY_HEADING_RE = re.compile(
    # (the part of the day perhaps early, late or in the middle of it: "Late night summary", "Early evening summary",
    # "Mid-afternoon summary:")
    r"^(?:(?:opening|closing|interim|(?:(?:early|late)\s+|mid-?)?(?:morning|afternoon|evening|night)|lunchtime|midday"
    r"|overnight|late|final|weekend)\s+)?"
    r"(?:summary(?:\s+of\s+(?:the\s+day|today|events))?(?:\s+so\s+far)?"
    r"|the\s+day\s+so\s+far|what\s+we\s+know(?:\s+so\s+far)?)"
    r"(?:\s*[:–-]\s*what\s+we\s+know(?:\s+so\s+far)?)?\s*(?:…|\.\.\.)?\s*:?$",
    re.IGNORECASE,
)


def is_summary_heading(text: str) -> bool:
    """``Summary``, ``Opening summary``, ``The day so far``, ``Summary of the day so far …``, and a subject's
    summary after a dash (``Political reaction to Leveson - Summary``)."""
    return bool(_SUMMARY_HEADING_RE.match(text.strip()) or _SUBJECT_SUMMARY_RE.match(text.strip()))


#: A subject's summary named after a dash: "Political reaction to Leveson - Summary".
_SUBJECT_SUMMARY_RE = re.compile(r"^[A-Z][^.!?:]{2,60}\s[–-]\s*summary$", re.IGNORECASE)


#: A sport report's opening entry by its label, "Preamble: Good morning, everyone.", with the label's jokes
#: ("Preramble", "Pre-preamble", "Postamble") and, in 2005-2009, no colon ("Preamble Hello. In The Usual Suspects …").
PREAMBLE = r"(?i:(?:pre-?)+r?amble|post-?amble)(?:\s*:\s+\S|\s+[\"“A-Z])"
_PREAMBLE_RE = re.compile(PREAMBLE)


def _opens_the_blog(blocks: Sequence[Block]) -> bool:
    """True for the blog's opening post, greeting and welcoming its readers or under its preamble's label: its
    preamble runs on over several paragraphs (the match, the team news, the stakes) and is never cut before its
    sign-off.  The post's picture over its first paragraph does not count."""
    text = [block for block in blocks if block.kind not in ("image", "caption")]
    if not text:
        return False
    first = text[0].text.strip()
    return (
        _OPENER_RE.match(first) is not None
        or _GREETING_RE.match(first) is not None
        or _PREAMBLE_RE.match(first) is not None
        # (or naming itself as the preamble: "My train was running late, so here's a preamble I wrote earlier.")
        or _NAMES_PREAMBLE_RE.search(_first_sentence(first)) is not None
        # (or a writer clearing their throat: "Now then. He's not here. …", "Right then.")
        or _THROAT_CLEARING_RE.match(_first_sentence(first)) is not None
        # (or saying when the coverage proper starts: "Rob will be here with all the latest news from 1.15pm. Ish.")
        or _STARTS_AT_RE.search(_first_sentence(first)) is not None
    )


def signs_off(text: str) -> bool:
    """True for a paragraph ending on the writer's sign-off ("Thanks for reading. Until next time, bye!")."""
    return _SIGN_OFF_END_RE.search(text.strip()) is not None


def _closes_the_blog(blocks: Sequence[Block]) -> bool:
    """True for the blog's closing round-up, its sign-off a paragraph of its own within its first few ("Well, well,
    well. Where do Sunderland go from here? …" / … / "Thanks for reading. Until next time, bye!"): never cut
    before that sign-off."""
    paragraphs = [block.text.strip() for block in blocks if block.kind == "paragraph"][:_CLOSING_ROUND_UP_PARAGRAPHS]
    return any(len(text.split()) <= _SHORT_PARAGRAPH_WORDS and signs_off(text) for text in paragraphs[2:])


#: How many paragraphs a closing round-up may run to before its sign-off.
_CLOSING_ROUND_UP_PARAGRAPHS = 8


#: A greeting alone on its line, the opening post's first: "Hello world!", "Morning all.", "Good evening, everyone."
_GREETING_RE = re.compile(
    r"^(?:hello|hi|hey|good\s+(?:morning|afternoon|evening)|morning|afternoon|evening)"
    r"(?:,?\s+(?:all|everyone|everybody|world|folks|there|again))?\s*[.!,]?$",
    re.IGNORECASE,
)
#: A writer's first words alone as a sentence, a report's opening: "Now then.", "Right then.", "OK then."
_THROAT_CLEARING_RE = re.compile(r"^(?:now|right|ok|okay|well)\s+then\s*[.!]$", re.IGNORECASE)
#: A writer saying when the live coverage starts, over the preamble written before it: "Rob will be here with all the
#: latest news from 1.15pm", "I'll be with you from 7pm", "Join Barry from 2.30pm".
_STARTS_AT_RE = re.compile(
    r"(?:\b(?:will|shall)|['’]ll)\s+be\s+(?:here|with\s+you|back)\b.{0,60}?\bfrom\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b"
    r"|^join\s+\w+(?:\s+\w+)?\s+(?:here\s+)?from\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b",
    re.IGNORECASE,
)
#: A sentence calling the post the report's preamble.
_NAMES_PREAMBLE_RE = re.compile(r"\b(?:a|the|this|my|our)\s+(?:pre-?)+amble\b", re.IGNORECASE)


def _leads_off(text: str) -> bool:
    """True for a paragraph that can open a post by itself: a sentence of some length that does not
    lean on the one before and is not a sign-off's tail."""
    stripped = text.strip()
    return (
        len(stripped.split()) > _QUIP_WORDS
        and not is_continuation(stripped)
        and not _CLOSING_FOLLOW_RE.match(stripped)
        and not _CLOSING_RE.match(stripped)
    )


def _list_over(blocks: Sequence[Block], position: int) -> bool:
    """True when a round-up's list of points ended just before ``blocks[position]``: a paragraph after
    its bullets, set apart by a wider gap than any inside the round-up ("Before we go, here's a
    summary …" / • … / • … / two blank lines / another post)."""
    if blocks[position].kind != "paragraph" or blocks[position - 1].kind != "bullet":
        return False
    inside = [after.first_line - before.last_line - 1 for before, after in zip(blocks[:position], blocks[1:position])]
    after_list = blocks[position].first_line - blocks[position - 1].last_line - 1
    if inside and not after_list and not max(inside):
        # a copy that kept no blank lines: a list of some length, then a paragraph (not a list a paragraph of
        # the post brings in with its colon, "The rules specify:", unless that paragraph announces a round-up)
        run = position
        while run > 0 and blocks[run - 1].kind == "bullet":
            run -= 1
        lead = blocks[run - 1] if run else None
        if lead is not None and lead.text.rstrip().endswith(":") and not _announces_round_up([lead]):
            return False
        return all(block.kind == "bullet" for block in blocks[max(0, position - _LIST_ITEMS) : position])
    return bool(inside) and after_list > max(inside)


#: How many bullets in a row make a round-up's list (a post that opens with them is a round-up).
_LIST_ITEMS = 3


def _opens_with_list(blocks: Sequence[Block]) -> bool:
    """True for a post whose first blocks are a list of points: a summary whose heading the copy lost."""
    return len(blocks) > _LIST_ITEMS and all(block.kind == "bullet" for block in blocks[:_LIST_ITEMS])


#: A post's last line pointing to the rest of a story by a link the copy dropped: "Eight others here.",
#: "Read more here.", "Full story here."
_POINTER_END_RE = re.compile(
    r"^(?:[\w’'-]+\s+){0,4}here\.$"
    # (or the rest of something, its link lost, said to be there: "The rest of the panel’s responses are here:")
    r"|^(?:[\w’'-]+\s+){1,6}(?:is|are)\s+here:$"
    # (or a colleague's piece pointed to, its link lost: "Here is Andy Hunter’s report from Anfield.")
    r"|^here(?:[’']s|\s+is)\s+[^.:]{2,50}?[’']s?\s+(?:match\s+)?(?:report|story|verdict|analysis|piece|column|interview)"
    r"(?:\s+(?:from|on|of)\s+[^.:]{2,60})?\.$",
    re.IGNORECASE,
)
#: A line this short after a closing note is its last words ("Seriously, where's my BMW?"), not a post.
_QUIP_WORDS = 6


def _wider_gap(blocks: Sequence[Block], position: int, gap: int | None) -> bool:
    """True when a wider gap than the page's usual one between paragraphs sets ``blocks[position]`` apart
    from the paragraph before, and neither leans on the other (a lead-in's colon, a fragment)."""
    before, block = blocks[position - 1], blocks[position]
    if gap is None and _STORY_POINTER_RE.search(before.text):
        gap = 1  # (the link a story pointer introduced left a wider gap than a page's usual one blank line)
    if gap is None:
        return False
    return (
        (before.kind == "paragraph" or _TWEET_DATED_RE.match(before.text) is not None)
        and block.first_line - before.last_line - 1 > gap
        and (not before.text.rstrip().endswith(":") or _STORY_POINTER_RE.search(before.text) is not None)
        and not _EMBED_INTRO_RE.search(before.text)
        and len(block.text.split()) >= _FRAGMENT_WORDS
        # (a figure whose name was a picture the copy lost, "24 seats (up 11)", goes on the post it is a line of)
        and not is_data_line(block.text)
        # ("Here is a summary of today's key developments:" opens a round-up, however it begins, and "Here's Hubert
        # O'Hearn, prophetically:" brings in someone's words)
        and (
            not is_continuation(block.text)
            or _announces_round_up([block])
            or _BRINGS_IN_NAMED_RE.match(block.text.strip()) is not None
            # (a gap far wider than the page's usual one parts posts even where the next opens like a follow-on,
            # "In an opinion poll earlier this month, …" seven blank lines under a post of paragraphs two apart)
            or (_far_wider(block.first_line - before.last_line - 1, gap) and not _LOWER_START_RE.match(block.text))
        )
    )


def _far_wider(blanks: int, gap: int) -> bool:
    """True for ``blanks`` blank lines far more than the page's usual ``gap`` between paragraphs: more than twice it
    and one, and at least :data:`_FAR_GAP` (the copy's mark of a new post, not a lost embed's room)."""
    return blanks > 2 * gap + 1 and blanks >= _FAR_GAP


#: The fewest blank lines that can count as a far wider gap.
_FAR_GAP = 4


#: The date line that closes an embedded tweet: "June 26, 2014", "— Jon Lawrence (@JonCantDance) June 28, 2014".
_TWEET_DATED_RE = re.compile(
    r"^(?:[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+\d{1,2},\s+\d{4}$"
)
#: A paragraph its writer signed with their initials after its last sentence ("… made up). HJP").
_SIGNED_RE = re.compile(r"(?:[.!?)…]|\.\.\.)\s*[A-Z]{2,3}$")


def is_signed(text: str) -> bool:
    """True for a paragraph its writer signed with their initials after its last sentence, as two writers sharing
    a blog did ("… thanks for reading. MH", "Glastonbury Police are mocking you...HJP")."""
    return _SIGNED_RE.search(text.rstrip()) is not None


#: A note added to a post after it was written: "Update: They're playing her again now, btw."
_UPDATE_NOTE_RE = re.compile(r"^(?:update|updated|edit|later)\s*:", re.IGNORECASE)
#: An embedded tweet's name line, over its text: "Stuart Maconie (@StuartMaconie)".
_TWEET_NAME_RE = re.compile(r"^[^()]{1,80}\(@\w{1,30}\)$")


def _ends_tweet(block: Block) -> bool:
    """True for the line that closes an embedded tweet (its attribution, or its date under the text)."""
    text = block.text.strip()
    return _TWEET_BY_RE.match(text) is not None or _TWEET_DATED_RE.match(text) is not None


def _brings_in_tweet(blocks: Sequence[Block], position: int) -> bool:
    """True when ``blocks[position]`` (not ending in a colon) stands straight over an embedded tweet: its name
    line, or its one paragraph of text and the line that closes it."""
    if blocks[position].text.rstrip().endswith(":") or position + 1 >= len(blocks):
        return False
    if _TWEET_NAME_RE.match(blocks[position + 1].text.strip()):
        return True
    return position + 2 < len(blocks) and _ends_tweet(blocks[position + 2]) and not _ends_tweet(blocks[position + 1])


#: A lead-in bringing in a named person's words: "Here's Hubert O'Hearn, prophetically:", "Here is Jo Smith:".
_BRINGS_IN_NAMED_RE = re.compile(r"^Here(?:[’']s|\s+is)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\b[^.!?]{0,40}:$")


#: A pointer to a story whose link a copy dropped: "If you’d like to read more, my colleague Heather Stewart has the
#: full story:", "Here is our news story:".
_STORY_POINTER_RE = re.compile(
    # (a kind of report between: "And here's your match report:", "Read our full match report:")
    r"\b(?:has|have|here[’']s|here\s+is|read)\b[^.!?]{0,40}\b(?:full|news|our|your|the\s+latest)\s+"
    r"(?:(?:match|full|news|day's|day’s)\s+)?(?:story|report|piece|analysis)\s*:$",
    re.IGNORECASE,
)
#: A paragraph that shows what comes next ("Here is some video of Hosni Mubarak's speech"): the wider gap
#: under it is the picture or video the copy dropped, inside the post.
_EMBED_INTRO_RE = re.compile(
    r"\b(?:here(?:[’']s|\s+is|\s+are)|watch|see|take\s+a\s+look)\b.{0,60}?\b(?:videos?|footage|pictures?|photos?|"
    r"clips?|tweets?|graphics?|maps?|charts?|images?)\b",
    re.IGNORECASE,
)


#: A reporter brought in, then what they send introduced: "Dominic Fifield is our man on the Copacabana. He's been on
#: campervan-watch:" -- a post's opening, though it ends with a colon.
_LEADS_THEN_INTRODUCES_RE = re.compile(
    r"^[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+(?:is|has\s+been)\s+(?:our|the\s+guardian[’']s)\s+(?:\w+\s+){0,2}"
    r"(?:man|woman|correspondent|reporter)\s+(?:in|on|at)\b[^.!?]{2,60}[.!]\s+\S[^.!?]{0,80}:$"
)
#: A lead-in to something shown under it: "here's how …", "here is what it looked like", "watch …".
_SHOWS_NEXT_RE = re.compile(r"\b(?:here(?:[’']s|\s+is|\s+are)\s+(?:how|what|the\s+moment)|watch)\b", re.IGNORECASE)


#: A batsman's dismissal told: "… and is trapped in front", "… he still dislodges the bails", "… the umpire gives it
#: out", "… he's done for the England captain!", "… doesn't get enough on it!".
_DISMISSAL_RE = re.compile(
    r"\b(?:bowled\s+(?:him|through)|clean\s+bowled|caught\s+(?:at|by|behind)|lbw|stumped|run\s+out|dislodges?\s+the\s+bails"
    r"|the\s+finger\s+goes\s+up|gives?\s+it\s+out|given\s+out|trapped\s+in\s+front|edg(?:es|ed|ing)\s+(?:it\s+)?"
    r"(?:through\s+)?to\s+(?:the\s+)?(?:keeper|slip|gully|[A-Z])|done\s+for|doesn[’']t\s+get\s+enough\s+on\s+it"
    r"|he[’']s\s+gone)",
)


def tells_dismissal(text: str) -> bool:
    """True for a paragraph telling of a batsman's dismissal (see :data:`_DISMISSAL_RE`)."""
    return _DISMISSAL_RE.search(text) is not None


def _last_said(blocks: Sequence[Block], position: int) -> int:
    """The index of the last block before ``position`` that is not an embed's (what a closing note leaves the reader
    with, "… – video", stands after it)."""
    at = position - 1
    while at > 0 and blocks[at].kind == "embed":
        at -= 1
    return at


def _after_sign_off(blocks: Sequence[Block], position: int, since: int = 0) -> bool:
    """True when the paragraphs just before ``position`` (from ``since`` on: the current post's) are a closing
    note and its short tail."""
    for back in range(1, _SIGN_OFF_TAIL + 2):
        if position - back < since:
            return False
        before = blocks[position - back].text.strip()
        if back == 1 and before.endswith(":"):
            return False  # the tail brings in what follows ("In the meantime here's a round up of …:")
        if _CLOSING_RE.match(before):
            return back > 1
        # (a tail that points on may run longer: "Follow all the action here, live, during a day that …")
        follows = _CLOSING_FOLLOW_RE.match(before) is not None
        if len(before.split()) > _SHORT_PARAGRAPH_WORDS * (2 if follows else 1) or not (
            follows or len(before.split()) <= _QUIP_WORDS
        ):
            return False
    return False


def _refers_back(first: str, previous: str, common: frozenset[str]) -> bool:
    """True when the sentence names, with "the", a thing the paragraph before introduced.

    Only inside the sentence: a paragraph that opens "The EU has …" may well
    start a new story about the EU.
    """
    before = _words(previous) - common
    if any(word[:6] in before for word in _DEFINITE_RE.findall(first[1:].lower()) if word not in _STOPWORDS):
        return True
    if _FIGURE_RE.search(first[1:]) and re.search(r"\d", previous):
        return True  # "… said the latest figure included …": the number the paragraph before gave
    return _names_by_initials(first, previous)


#: A person's full name: two or three capitalised words ("Mehdi Karoubi", "Mir Hossein Mousavi").
_FULL_NAME_RE = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}\b")


#: A sentence saying who someone is: "Alistair Darling is the former Labour chancellor who ran Better Together."
_SAYS_WHO_RE = re.compile(r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:is|was)\s+(?:the|a|an|one\s+of)\s")


def _says_who(first: str, before: str) -> bool:
    """True when the sentence says who someone is whom the text just before named in full (a tweet's "I've spoken
    to Alistair Darling …" / "Alistair Darling is the former Labour chancellor …"): it explains, it opens nothing."""
    match = _SAYS_WHO_RE.match(first)
    return match is not None and match["name"] in before


def _names_by_surname(first: str, previous: str, common: frozenset[str]) -> bool:
    """True when the sentence names by surname alone someone the text before named in full, as a report
    goes on about them ("… an aide to … Mehdi Karoubi." / "Last night Karoubi called …"); a name the whole page
    keeps using (``common``) says nothing."""
    surnames = {
        name.split()[-1]: name for name in _FULL_NAME_RE.findall(previous) if name.split()[0] not in _NAME_OPENERS
    }
    for word in re.findall(r"\b[A-Z][a-z’'-]{2,}\b", first):
        full = surnames.get(word)
        if full is not None and full not in first and word.lower()[:6] not in common:
            return True
    return False


#: Capitalised words that open a run of capitals without being a first name ("The Guardian", "In Tehran").
_NAME_OPENERS = frozenset({"The", "In", "On", "At", "As", "And", "But", "This", "That", "Last", "Today", "When", "If"})


#: A number named again with "the": "the latest figure", "the toll", "the new tally".
_FIGURE_RE = re.compile(
    r"\bthe\s+(?:(?:latest|new|same|revised|official|updated|previous)\s+)?"
    r"(?:figures?|toll|tally|count|total|number|estimate)\b(?!\s+of\b)",
    re.IGNORECASE,
)


#: An acronym: three to six capitals ("NTEU"); and a run of capitalised words a name is spelt out in
#: ("National Tertiary Education Union"), small words inside it allowed ("Bank of England").
_ACRONYM_RE = re.compile(r"\b[A-Z]{3,6}\b")
_NAME_RUN_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the|de)\s+)?[A-Z][\w’'-]*)+")


def _names_by_initials(first: str, previous: str) -> bool:
    """True when the sentence names by its initials an organisation the paragraph before spelt out ("The
    National Tertiary Education Union has been appointed …" / "NTEU president Dr Alison Barnes …")."""
    acronyms = set(_ACRONYM_RE.findall(first))
    if not acronyms:
        return False
    for run in _NAME_RUN_RE.findall(previous):
        initials = "".join(word[0] for word in run.split() if word[0].isupper())
        if any(acronym in initials for acronym in acronyms):
            return True
    return False


#: Someone answering the question in the paragraph before: "Dijsselbloem responds by saying …", "Rehn says …".
_ANSWER_RE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\s+(?:says|said|responds|responded|replies|replied|answers|answered)\b"
)


#: A paragraph led by a short label and a colon, the text after it a sentence: "Men's 100m breast stroke final:
#: England's Adam Peaty wins gold …", "Cycling: Matthew Archibald …".
_LABEL_LEAD_RE = re.compile(r"^(?P<label>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,6}):\s+[A-Z“\"‘]")


def _labelled_like_the_post(text: str, opening: str) -> bool:
    """True when ``text`` opens with a label as the post's first paragraph (``opening``) did, but another label:
    an untimed page's entries by event ("Men's 100m breast stroke final: …" / "Women's 100m backstroke final: …")."""
    mine, first = _LABEL_LEAD_RE.match(text), _LABEL_LEAD_RE.match(opening)
    return (
        mine is not None
        and first is not None
        and mine["label"].lower() != first["label"].lower()
        # (a sender's words are no label: "Peter Kimball writes: …" / "Steve Gibson emails: …" are one post's)
        and not any(_SPEAKING_RE.search(match["label"]) for match in (mine, first))
    )


#: A label that is someone speaking: "… writes", "… emails", "… says".
_SPEAKING_RE = re.compile(
    r"\b(?:writes|wrote|e-?mails|says|said|tweets|tweeted|texts|adds|added|asks|asked|wonders|reports|notes|explains)$",
    re.IGNORECASE,
)


#: A paragraph of this many words with no stop at its end lost it (a page's typo: "… said in a statement"); a shorter
#: unpunctuated line leads into what follows.
_LOST_STOP_WORDS = 20


#: The most paragraphs a quotation whose opening mark was lost runs on for, up to its closing mark.
_QUOTE_SPAN = 6


#: The most words of a line bringing in someone's words: "This is from the BBC's Laura Kuenssberg."
_BRINGS_IN_WORDS = 12


def _brings_in(text: str) -> bool:
    """True for a paragraph that only brings in someone's words, as a blog brings in a tweet or a statement: "This is
    from the BBC's Laura Kuenssberg.", "These are from Jonathan Portes, …:"."""
    stripped = text.strip()
    return (
        _QUOTES_FROM_RE.match(stripped) is not None
        and len(stripped.split()) <= _BRINGS_IN_WORDS
        and stripped.endswith((".", ":"))
        and not ends_a_sentence_inside(stripped)
    )


def _inside_quotation(blocks: Sequence[Block], position: int) -> bool:
    """True when ``blocks[position]`` lies inside a quotation whose opening mark a copy lost: the first curly quotation
    mark from here on, within :data:`_QUOTE_SPAN` paragraphs, closes one ("… the support and help they need.”")."""
    for block in blocks[position : position + _QUOTE_SPAN]:
        mark = _CURLY_QUOTE_RE.search(block.text)
        if mark is not None:
            return mark[0] == "”"
    return False


#: A curly double quotation mark, opening or closing.
_CURLY_QUOTE_RE = re.compile("[“”]")


def _brings_in_another(blocks: Sequence[Block], position: int, since: int, words: set[str], whole: set[str]) -> bool:
    """Whether ``blocks[position]``, a line ending with a colon, brings in another quotation on another subject: the
    current post already brought in its own (a line of it ended with a colon and something followed), the line
    above is no introduction, and the new line shares no content word with the post so far."""
    text = blocks[position].text.strip()
    # (the quotation above over: it ended on a stop, not on a picture's or an embed's name: "Pauline Hanson facebook")
    if not text.endswith(":") or not ends_with_stop(blocks[position - 1].text):
        return False
    if len(words) < _NEW_INTRO_WORDS or words & whole or is_continuation(text) or _COLLEAGUE_RE.match(text):
        return False  # (nor a short cue inside the post: "Cue the Twitter reaction:")
    introduced = [i for i in range(since, position - 1) if blocks[i].text.rstrip().endswith(":")]
    # (what a line bringing in a picture or a video was followed by is the writer's text, not a quotation: "Here's
    # footage of the leaders setting out their reservations:" / "The leaders of five European countries …" / "A
    # selection of images from the talks have been curated here and include these:")
    return bool(introduced) and _EMBED_INTRO_RE.search(blocks[introduced[-1]].text) is None


#: The fewest content words of a line that brings in a quotation on a subject of its own.
_NEW_INTRO_WORDS = 4


def _starts_post(
    blocks: Sequence[Block],
    position: int,
    context: tuple[set[str], set[str]],
    words: set[str],
    heading: set[str],
    common: frozenset[str] = frozenset(),
    in_entry: bool = False,
    since: int = 0,
    headed: bool = False,
) -> bool:
    """Whether ``blocks[position]`` opens a new post (``since``: where the current post began; ``headed``: the post
    the blocks began has a headline).

    ``context`` holds the content words of the paragraphs just before and of
    the whole post so far; ``heading`` the headline's; ``in_entry`` says the post opened with a match's
    minute or an over ("33rd over: …"), whose readers' emails are part of it.
    """
    seen, whole = context
    text = blocks[position].text.strip()
    previous = blocks[position - 1]
    if len(text.split()) < _FRAGMENT_WORDS:
        return False  # a line too short to open a post (a copy cut off after "Here's")
    if _THANKS_START_RE.match(text):
        return False  # a sign-off ("Thanks for reading …, I hand you over to …") closes the post it follows
    if _brings_in(previous.text):
        return False  # what "This is from the BBC's Laura Kuenssberg." brings in: the tweet's or statement's text
    if _brings_in(text) and ends_with_stop(previous.text):
        return True  # the writer bringing in someone's words opens a post of its own
    if text[:1] in "\"“‘'" and text[1:2].islower():
        return False  # a quotation taken up mid-sentence ('"it doesn't matter …," says Obama') goes on a speech
    if in_entry and _readers_words(text):
        return False  # a reader's email inside an over's or a minute's entry
    if is_team_sheet_line(text):
        return False  # a team sheet's line ("Subs: Cork, Gudmundsson, …", "Referee: Kevin Friend (Leicestershire)")
    if (
        (in_entry or tells_dismissal(blocks[since].text))
        and tells_dismissal(text)
        and not is_continuation(text)
        and not previous.text.rstrip().endswith(":")
        and not _readers_words(text)
    ):
        return True  # a wicket's post whose heading the copy lost, under an over's entry or another such post ("Root
        # advances to Santner, … he still dislodges the bails …")
    if _after_run_in_over(blocks, position, since) and _NEW_BALL_RE.match(text):
        return True  # an over told in one paragraph ("38th over: England 212-4 (Bairstow 47) For India, …") is
        # its entry; a paragraph under it that opens with an exclamation of a few words ("Oh Jos. Pandya’s worst
        # ball …", "Bowled him!"), a greeting or "Meanwhile" is a post of its own (a wicket, a welcome, a pointer)
    if position + 1 < len(blocks) and _TWEET_BY_RE.match(blocks[position + 1].text.strip()):
        return False  # an embedded tweet's text, its attribution line under it
    if _TWEET_BY_RE.match(previous.text.strip()) and _QUOTES_FROM_RE.match(text):
        return True  # a tweet ended the post above; "These are from Jonathan Portes, …" brings in others
    if is_signed(previous.text) and not _UPDATE_NOTE_RE.match(text):
        return True  # the writer signed the paragraph above with their initials ("… thanks for reading. MH"): their
        # post ends there, though what follows reads like a sign-off's tail ("Here's a review of Skrillex.")
    if _ends_tweet(previous) and _brings_in_tweet(blocks, position) and not is_continuation(text):
        return True  # a tweet ended the post above; a line bringing in the next tweet opens one ("Good news. BBC
        # Weather reckon that's the end of the rain." / "#glastonbury weather looking ..." / "— CasparLS …")
    said = blocks[_last_said(blocks, position)]  # (past what a closing note leaves the reader with: "… – video")
    if (
        _SIGN_OFF_END_RE.search(said.text.strip())
        and not _CLOSING_FOLLOW_RE.match(text)
        and not (len(text.split()) <= _QUIP_WORDS and _CLOSING_RE.match(said.text.strip()))
    ):
        return True  # "… Thanks for reading." closed the post before (a quip under the closing note is its own)
    if _after_sign_off(blocks, position, since) and not _CLOSING_FOLLOW_RE.match(text):
        return True  # the sign-off's tail ("Thanks for the comments.", "Comments are due to stay open …") is over
    if _CLOSING_RE.match(previous.text.strip()) and _CLOSING_FOLLOW_RE.match(text):
        return False  # the closing note's tail: "Comments here are now closed. Thanks for reading."
    if _CLOSING_RE.match(previous.text.strip()) and not (_CLOSING_RE.match(text) or len(text.split()) <= _QUIP_WORDS):
        return True  # the blog's closing note is a post of its own (whatever the next one opens with)
    if _POINTER_END_RE.match(previous.text.strip()) and not is_continuation(text) and lead_strength(text) > 0:
        return True  # "Eight others here." (its link dropped) ended the post before; a new lead follows
    if previous.text.rstrip().endswith(":") and _SHOWS_NEXT_RE.search(previous.text) and _ITEM_OPENER_RE.match(text):
        return True  # "… here's how the World Cup is being watched in North Korea:" showed a video the copy lost
    if _brings_in_another(blocks, position, since, words, whole):
        return True  # a new line bringing in new words once the post's own quotation is over ("Ha ha, nice try, New
        # Zealand:" under a sprinter's quoted answer)
    if (
        text.endswith(":")
        and not _COLLEAGUE_RE.match(text)
        and not _LEADS_THEN_INTRODUCES_RE.match(text)
        # (a paragraph opening as a blog opens an item and ending by bringing in a quotation opens a post: "In the
        # Commons debate, Crispin Blunt … is speaking now. … The civil servant said:")
        and not (ends_a_sentence_inside(text) and _ITEM_OPENER_RE.match(text))
    ):
        return False  # an introduction to what follows, inside a post
    if previous.text.rstrip().endswith("?") and _ANSWER_RE.match(text):
        return False  # the answer to the question just put ("… with Russia?" / "Djisselbloem says he is …")
    if _SAID_INTRO_RE.search(previous.text.strip()):
        return False  # a quotation follows "Here's what Cameron said."
    if _inside_quotation(blocks, position):
        return False  # a statement quoted paragraph by paragraph, its opening mark lost: it closes further down
    if _readers_words(previous.text) and len(_first_sentence(text).split()) <= _REPLY_WORDS:
        return False  # the writer's answer to the reader's email above: "You said it. Engrossing stuff. …"
    if _ASKED_RE.match(text):
        return True
    if quoted_speaker(text) is not None and previous.kind in ("paragraph", "quote") and ends_with_stop(previous.text):
        return True  # a reaction of its own, after a finished paragraph: 'Virgil van Dijk: “You see how we played …'

    if _labelled_like_the_post(text, blocks[since].text.strip()) and previous.kind in ("paragraph", "caption"):
        return True  # "Women's 100m backstroke final: …" under a post that opened "Men's 100m breast stroke final: …"
    if words & heading:
        return False  # on the headline's subject
    if previous.kind in ("quote",) and not previous.text.rstrip().endswith(("”", '"', ".")):
        return False
    if previous.text.rstrip().endswith(":") and previous.kind != "link-out":
        return False
    if (
        previous.kind == "paragraph"
        and not ends_sentence(previous.text)
        and len(previous.text.split()) < _LOST_STOP_WORDS
    ):
        return False  # an unpunctuated line leads into what follows (a list item, "… Graeme Wood: <title>")
    first = _first_sentence(text)
    if is_continuation(text) or _BACKGROUND_RE.search(first):
        return False
    if _refers_back(first, previous.text, common):
        return False  # "… says the sirens are going off": the sirens of the paragraph before
    if _names_by_surname(first, " ".join(b.text for b in blocks[max(since, position - _WINDOW) : position]), common):
        return False  # "Last night Karoubi called …": the Mehdi Karoubi of the paragraphs just before
    if _says_who(first, " ".join(b.text for b in blocks[max(since, position - _WINDOW) : position])):
        return False  # "Alistair Darling is the former Labour chancellor …": who the tweet above named
    if _UNNAMED_SOURCE_RE.match(first) and not _WHEN_RE.search(first):
        return False  # "European sources said …": a follow-up, unless anchored in time
    strength = lead_strength(text)
    if strength and _TWEET_BY_RE.match(previous.text.strip()):
        return _cohesion(seen, words) < 0.5  # an embedded tweet closed the post before; a lead follows
    if strength == 0 or _cohesion(whole, words) >= _WHOLE_POST_LIMIT:
        return False
    if strength == 1 and headed and since == 0:
        return False  # under a headline, a paragraph that merely reads like a lead is the headed post's ("For
        # most of the night McQueen's drama was forced to sit on the sidelines"): it takes a clearer lead
    cohesion = _cohesion(seen, words)
    if position - 1 == since and _first_sentence(previous.text.strip()) == previous.text.strip():
        # (a post opened by a one-sentence lead, "More travel problems this evening as reports come of a landslide on
        # a busy commuter line.", goes on with its details: what share of the lead's words they take up)
        cohesion = max(cohesion, _cohesion(words, seen))
    if strength >= 3:
        return cohesion < 0.5
    if strength == 2:
        return cohesion < 0.25
    return cohesion < 0.1
