"""ASCII only under a non-UTF-8 locale: every character one ASCII character of the same width."""

from rich.cells import cell_len
from rich.segment import Segment
from textual.color import Color

from tui.ui.ascii_filter import AsciiFilter, to_ascii, wants_ascii


def test_marks_boxes_and_letters_become_ascii_of_the_same_width():
    row = "Σ  ~morn GDN ✎⇄● ★✍ Zelenskyy’s “talks” in Genève — 東京 … │▔▊█▆"
    plain = to_ascii(row)
    assert plain.isascii() and cell_len(plain) == cell_len(row)
    assert plain.startswith('S  ~morn GDN ~=+ *n Zelenskyy\'s "talks" in Geneve - ???? . |-|##')


def test_the_locale_decides_unless_told():
    assert wants_ascii({"LANG": "C"}) and wants_ascii({"LC_ALL": "POSIX"}) and wants_ascii({"LANG": "en_GB.ISO-8859-1"})
    assert wants_ascii({"LANG": "C", "LC_CTYPE": "C.UTF-8"})  # Python's own coercion, not the terminal's
    assert not wants_ascii({"LANG": "en_GB.UTF-8"}) and not wants_ascii({"LC_ALL": "C.utf8", "LANG": "C"})
    assert not wants_ascii({})  # no locale at all: a modern terminal
    assert wants_ascii({"LANG": "en_GB.UTF-8", "LIVEBLOG_ASCII": "1"})
    assert not wants_ascii({"LANG": "C", "LIVEBLOG_ASCII": "0"})


def test_the_filter_keeps_styles_and_control_segments():
    from rich.style import Style

    bold = Style(bold=True)
    out = AsciiFilter().apply([Segment("★ x", bold), Segment("\x1b[?25l", None, [(1,)])], Color(0, 0, 0))  # type: ignore[list-item]
    assert out[0] == Segment("* x", bold) and out[1].text == "\x1b[?25l"
