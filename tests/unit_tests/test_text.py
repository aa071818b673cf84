from hypothesis import given
from hypothesis import strategies as st

from tui.core.model.text import _PLAIN, clean_line, ends_sentence, grams, normalise, plain_quotes, printable


def test_clean_line_strips_escape_sequences_and_controls():
    hostile = "\x1b[31mred\x1b[0m \x1b]0;title\x07bell\x07 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ tab\there\x00\x9b2J"
    cleaned = clean_line(hostile)
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\x00" not in cleaned and "\x9b" not in cleaned
    assert cleaned.startswith("red bell link tab    here")


def test_clean_line_removes_bidi_overrides_but_keeps_text():
    assert clean_line("abc\u202edef\u2066x") == "abcdefx"


def test_clean_line_keeps_markup_like_brackets():
    assert clean_line("[Putin] said [...] [out] [bold red]x[/]") == "[Putin] said [...] [out] [bold red]x[/]"


def test_normalise_folds_quotes_dashes_and_case():
    assert normalise("Trump has ‘definitively’ ruled out – boots") == normalise(
        "trump has 'definitively' ruled out - Boots"
    )


def test_ends_sentence():
    assert ends_sentence("A sentence.")
    assert ends_sentence("He said:")
    assert ends_sentence("“Quoted.”")
    assert not ends_sentence("Headline without a stop")
    # a stop inside closing single quotes ends the sentence; single quotes alone, or after a colon, do not
    assert ends_sentence("calling it a 'military invasion and occupation.''") and ends_sentence("It’s fine.’")
    assert not ends_sentence("Tributes to the 'boy next door'") and not ends_sentence("He said:'")


def test_normalise_keeps_words_only_after_compatibility_folding():
    assert normalise("  Le ﬁnal… “Zelenskyy’s” 2-1 win!\u00a0Ｇｅｎｅｖａ ") == "le final zelenskyy s 2 1 win geneva"
    assert normalise("—") == "" and normalise("") == ""


@given(st.text())
def test_plain_quotes_is_the_translation_table_it_replaces(text):
    """str.replace per character gives what the old translate table gave (it is only faster)."""
    table = str.maketrans(dict(_PLAIN))
    assert plain_quotes(text) == text.translate(table)


def test_grams_are_word_trigrams_or_the_whole_short_text():
    assert grams([]) == set()
    assert grams(["a", "b"]) == {hash(("a", "b"))}
    assert grams(["a", "b", "c", "d"]) == {hash(("a", "b", "c")), hash(("b", "c", "d"))}


def test_clip_cuts_at_a_word_and_says_so():
    from tui.core.model.text import clip

    assert (
        clip("White House eyeing Budapest for peace talks with Zelenskyy", 40)
        == "White House eyeing Budapest for peace…"
    )
    assert clip("short", 40) == "short"
    assert clip("x" * 50, 10) == "x" * 9 + "…"


def test_text_a_copy_left_escaped_is_decoded_and_never_becomes_a_control_code() -> None:
    """Batch CS (a copy of the BBC's 2012 Budget page): "\\u00a39,000" is "£9,000"; HTML entities are decoded;
    an escape or entity that stands for a control code yields no control code; a lone surrogate stays as written."""
    assert clean_line(r"possibly to above \u00a39,000 a year") == "possibly to above £9,000 a year"
    assert clean_line("St Stephen&#39;s &amp; Westminster &quot;Hall&quot;") == 'St Stephen\'s & Westminster "Hall"'
    assert clean_line(r"evil \u001b[31mred") == "evil red"
    assert "\x1b" not in clean_line("&#27;[2J gone") and "\x1b" not in clean_line(r"\u009b2J")
    assert clean_line("AT&T and R&D") == "AT&T and R&D"
    assert clean_line(r"half \ud83d") == r"half \ud83d"


def test_printable_keeps_a_name_on_one_line_whatever_its_separators():
    """A file name with an escape sequence and the Unicode line and paragraph separators reads as itself, escaped,
    on one line (found giving the reader a file named "bad\\x1b[31mname\\u2028x.txt")."""
    shown = printable("bad\x1b[31mname\u2028x\u2029.txt")
    assert shown == "bad\\x1b[31mname\\u2028x\\u2029.txt"
    assert len(shown.splitlines()) == 1
