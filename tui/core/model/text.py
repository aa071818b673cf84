"""Text hygiene: strip terminal control codes, and normalise text for matching.

Every line of every dump passes through :func:`clean_line` before a parser
sees it, so nothing downstream (widgets, stdout) ever receives escape
sequences.  :func:`normalise` is for *matching* only; display always uses the
text as written.
"""

from __future__ import annotations

import html
import re
import unicodedata

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL/ST),
# DCS/SOS/PM/APC strings, and two-character escapes.
_ESCAPE_RE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]            # CSI
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)? # OSC ... BEL or ST
    | \x1b[PX^_][^\x1b]*(?:\x1b\\)?      # DCS, SOS, PM, APC
    | \x1b[@-Z\\-_]                      # 2-char escapes
    | \x9b[0-?]*[ -/]*[@-~]              # 8-bit CSI
    """,
    re.VERBOSE,
)
# C0 and C1 controls (tab handled separately), DEL, and bidi overrides that can
# make text display differently from how it reads ("trojan source").
_CONTROL_RE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


#: Text a copy left escaped: a JSON escape ("\\u00a39,000" for "£9,000") or an HTML entity ("&amp;", "&#39;").
_ESCAPED_RE = re.compile(r"\\u([0-9a-fA-F]{4})|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")


def _unescaped(match: re.Match[str]) -> str:
    """The character an escape or an entity stands for (a lone surrogate's escape stays as it is)."""
    if match[1] is not None:
        code = int(match[1], 16)
        return match[0] if 0xD800 <= code <= 0xDFFF else chr(code)
    return html.unescape(match[0])


def clean_line(line: str) -> str:
    """Decode what a copy left escaped; remove escape sequences and control characters (those decoded too);
    expand tabs; read Unicode's other spaces (no-break, thin, em, ideographic) as spaces; strip the end."""
    if "\\u" in line or "&" in line:
        line = _ESCAPED_RE.sub(_unescaped, line)
    if "\x1b" in line or "\x9b" in line:
        line = _ESCAPE_RE.sub("", line)
    line = line.replace("\t", "    ")
    line = _CONTROL_RE.sub("", line)
    if not line.isascii():
        line = _OTHER_SPACE_RE.sub(" ", line)
    return line.rstrip()


#: Unicode's space separators other than the space itself: a copy of a web page keeps the page's no-break
#: spaces ("12.39\u00a0GMT" in the Guardian's times, "&nbsp;" decoded) and some copies put them everywhere.
_OTHER_SPACE_RE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


_CELL_BARS_RE = re.compile(r"^\s*\|\s?|(?:\s*\|)+\s*$")


def mend_copied_line(line: str) -> str:
    """A line as the page printed it, less what a version or diff viewer added around it.

    Such viewers print each line in table cells (``… | |``: the bars go; ``old | new |``: the old side stays)
    and, side by side, an unchanged line twice (``10.25am BST10.25am BST``: one copy stays).  Anything else is
    returned as it is.
    """
    text = line
    if text.endswith("|"):
        text = _CELL_BARS_RE.sub("", text)
        cells = text.split(" | ")
        if len(cells) == 2:
            # a changed line's two sides, old and new ("Closing summary | Closing summary |"): the old one, which
            # the lines under it belong to (the new side alone when the old is empty)
            old, new = cells[0].strip(), cells[1].strip()
            text = old or new
    size = len(text)
    if size >= 10 and size % 2 == 0:
        half = text[: size // 2]
        if text[size // 2 :] == half and any(ch.isdigit() or ch == " " for ch in half.strip()):
            text = half
    return text


#: A single capitalised word printed twice in a row ("SummarySummary", "UpdatedUpdated").
_WORD_TWICE_RE = re.compile(r"^([A-Z][a-z]{3,})\1$")
#: Lines a side-by-side viewer printed twice that make a page such a viewer's copy.
_SIDE_BY_SIDE_LINES = 3


#: The characters Windows-1252 reads the bytes of a UTF-8 character as: a run of them that reads back as UTF-8
#: is that character garbled by a copier ("â€™" for "’", "Ã©" for "é").
_CP1252_HIGH = "\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122"
_MOJIBAKE_RE = re.compile(f"[\u00c2-\u00f4][{_CP1252_HIGH}]{{1,3}}")
#: What a copy that also dropped the control bytes leaves of a bullet and the space after it: "⢠Follow …"
#: ("•" and a no-break space, E2 80 A2 C2 A0, less 80 and C2, read as UTF-8 again).
_LOST_BULLET = "\u28a0"


def _read_again(match: re.Match[str]) -> str:
    """A run of garbled characters as the one character it was, or unchanged when it reads back as nothing."""
    run = match.group()
    try:
        return run.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return run


def mend_mojibake(text: str) -> tuple[str, int]:
    """``text`` with its double-encoded UTF-8 read again (each garbled run only when it reads back as one
    character), and how many lines were mended."""
    mended = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        fixed = _MOJIBAKE_RE.sub(_read_again, line).replace(_LOST_BULLET, "• ")
        if fixed != line:
            lines[n] = fixed
            mended += 1
    return "\n".join(lines), mended


#: An HTML tag a copier left in a page's text (a version viewer shows the page's source): "<i>", "</i>",
#: '<a class="bodl" href="/1/hi/…">', "<br/>" -- known tag names only, so "x < y" or "<3" stay as they are.
_TAG_RE = re.compile(
    r"</?(?:a|i|b|em|strong|u|span|p|br|div|small|sup|sub|font|li|ul|ol|h[1-6]|blockquote|cite|q|abbr)"
    r"(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))?)*\s*/?>",
    re.IGNORECASE,
)


def strip_markup(text: str) -> tuple[str, int]:
    """``text`` with the HTML tags a copier left in it taken out (their text kept; a tag that stood between two
    words leaves a space), and how many lines held any."""
    lines = text.split("\n")
    marked = 0
    for n, line in enumerate(lines):
        if "<" in line and _TAG_RE.search(line):
            lines[n] = _TAG_RE.sub(_tag_gap, line)
            marked += 1
    return "\n".join(lines), marked


def _tag_gap(match: re.Match[str]) -> str:
    """What a tag leaves: a space where it stood between a word and the next ("1503<i>The" keeps its run-in), else
    nothing."""
    before = match.string[match.start() - 1 : match.start()]
    after = match.string[match.end() : match.end() + 1]
    return " " if before.isalpha() and after.isalpha() else ""


def mend_copied_lines(lines: list[str]) -> list[str]:
    """Each line mended (see :func:`mend_copied_line`); on a page where several lines were printed twice side by
    side, a single word printed twice ("SummarySummary") is mended too (on any other page it may be a word)."""
    mended = [mend_copied_line(line) for line in lines]
    doubled = sum(1 for before, after in zip(lines, mended, strict=True) if len(after) * 2 == len(before))
    if doubled < _SIDE_BY_SIDE_LINES:
        return mended
    return [match[1] if (match := _WORD_TWICE_RE.match(line)) else line for line in mended]


# What must not reach a terminal from a name or a message: controls (newline
# and tab included: a name stays on one line), bidi controls, lone surrogates
# (undecodable bytes in a file name).
#: (and the line and paragraph separators, U+2028 and U+2029, which split a line for str.splitlines and some viewers)
_UNSAFE_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """Untrusted text that is not post text, made inert and kept on one line.

    For file names, paths, topic names and phrases from a user's file, and
    messages that quote input: every control character, escape sequence
    introducer, bidi control and lone surrogate becomes a visible escape
    (``\\x1b``, ``\\n``, ``\\u202e``), so the name still reads as itself
    but can neither drive a terminal nor split a one-line message.
    """
    return _UNSAFE_RE.sub(_visible, text)


#: Curly quotes, dashes, the ellipsis and no-break spaces, and their plain forms (for matching only).
_PLAIN = (
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("\u201a", "'"),
    ("\u201b", "'"),
    ("\u2032", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u201f", '"'),
    ("\u2033", '"'),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u2012", "-"),
    ("\u2212", "-"),
    ("\u2010", "-"),
    ("\u2026", "..."),
    ("\u00a0", " "),
)
#: The one word pattern: merge, relate and topics all split text into words with it.
WORD_RE = re.compile(r"\w+")


def plain_quotes(text: str) -> str:
    """Curly quotes and dashes straightened, ``…`` as ``...`` (for matching, never for display).

    One ``str.replace`` per character actually present: ``str.translate`` with
    a table takes Python's slow per-character path on non-ASCII text (about
    eight times slower here).
    """
    for curly, plain in _PLAIN:
        if curly in text:
            text = text.replace(curly, plain)
    return text


def normalise(text: str) -> str:
    """Lower-case words only: quotes, dashes and punctuation removed.

    ``‘definitively’`` and ``'definitively'`` normalise the same.  (Quotes and
    dashes are not words, so only the compatibility normalisation matters:
    ``ﬁ`` is ``fi``.)
    """
    return " ".join(WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold()))


def words(text: str) -> list[str]:
    """The normalised words of ``text``."""
    return normalise(text).split()


#: A word of the topic rules: ``\w+``, and a dotted abbreviation (``U.S.``, ``a.m.``) as one word.
RULE_WORD_RE = re.compile(r"[^\W\d_]\b(?:\.[^\W\d_]\b)+\.?|\w+")
#: Where :data:`RULE_WORD_RE` finds a dotted abbreviation (texts without one are split by the plain ``\w+``).
_ABBREVIATION_RE = re.compile(r"(?<!\w)[^\W\d_]\.[^\W\d_]\b")


def has_abbreviation(text: str) -> bool:
    """Whether ``text`` holds a dotted abbreviation (without one, its rule words are its ``\\w+`` words)."""
    return _ABBREVIATION_RE.search(text) is not None


def rule_words(text: str, begin: int = 0, end: int | None = None, dotted: bool | None = None) -> list[str]:
    """The rule words of ``text[begin:end]`` as written (``U.S.`` is ``US``, dots dropped); each is one
    :data:`RULE_WORD_RE` match, so the match offsets are the words' offsets.  ``dotted``: whether the
    text holds an abbreviation, when the caller knows (one look for a whole text, not one per slice)."""
    stop = len(text) if end is None else end
    if not (has_abbreviation(text[begin:stop]) if dotted is None else dotted):
        return WORD_RE.findall(text, begin, stop)
    return [word.replace(".", "") if "." in word else word for word in RULE_WORD_RE.findall(text, begin, stop)]


def lower_words(text: str) -> tuple[str, ...]:
    """The rule words of ``text``, lower-cased but otherwise as written (offsets into the text stay
    valid, which :func:`normalise`'s compatibility folding would not keep)."""
    return tuple(rule_words(text.lower()))


def grams(toks: list[str], size: int = 3) -> set[int]:
    """Hashes of the word n-grams of already normalised words (one hash for fewer words).

    Hashes, not tuples: a third of the memory for a year of paragraphs, and
    cheaper to look up; two different n-grams sharing a 64-bit hash in one
    archive is vanishingly unlikely (and would only add one shared n-gram).
    """
    if len(toks) < size:
        return {hash(tuple(toks))} if toks else set()
    return {hash(tuple(toks[i : i + size])) for i in range(len(toks) - size + 1)}


_TERMINAL = set('.!?:;"”…)')


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (or a quotation or colon), a closing single quote after its
    stop included (``… calling it an 'occupation.'``)."""
    stripped = text.rstrip().rstrip("'’")
    return bool(stripped) and stripped[-1] in _TERMINAL and (stripped[-1] in ".!?…" or stripped == text.rstrip())


#: A stop ending a line, perhaps inside a closing quotation ("… a great result.”"); a bracket or a colon is none.
_STOP_END_RE = re.compile(r"[.!?…][\"”’']?$")


def ends_with_stop(text: str) -> bool:
    """True when ``text`` ends on a full stop, question or exclamation mark or an ellipsis, perhaps inside a closing
    quotation: stricter than :func:`ends_sentence`, which takes a closing bracket or a colon too."""
    return _STOP_END_RE.search(text.rstrip()) is not None


def clip(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` characters at a word, with ``…`` when it was cut."""
    if len(text) <= width:
        return text
    cut = text[: max(1, width - 1)]
    at = cut.rfind(" ")
    return (cut[:at] if at > width // 2 else cut).rstrip(" ,;:-–—") + "…"


#: Words too common to say what a text is about (relate, day groups and topic anchors ignore them).
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say told tells according added
    adds one two three new also however still even like well may might must s t ve ll re
    d m don doesn didn isn wasn aren weren won wouldn shouldn couldn mr ms dr us said
    today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
    earlier later last next week weeks day days time year years first many much
    """.split()
)
