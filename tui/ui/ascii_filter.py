"""ASCII only, for terminals whose locale is not UTF-8 (``LANG=C``): every cell drawn in plain ASCII.

A line filter (Textual's hook for changing what reaches the terminal, as its
own no-colour filter does) maps each character to one ASCII character of the
same width: the reader's marks to letters and punctuation (``★`` to ``*``,
``⇄`` to ``=``), box drawing and blocks to ``| - + #``, accented letters to
their base letter, anything else to ``?`` (``??`` for a wide character), so
columns stay where they are.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

_SAME_WIDTH = {
    "…": ".", "·": ".", "•": "*", "⇄": "=", "★": "*", "☆": "*", "✍": "n", "✎": "~", "●": "+", "✗": "x",
    "Σ": "S", "⚑": "P", "≈": "~", "▲": "^", "▼": "v", "↑": "^", "↓": "v", "←": "<", "→": ">", "▶": ">",
    "‖": "|", "■": "#", "⚠": "!", "“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "−": "-",
    "▔": "-", "▁": "_", "▂": "_", "▃": "=", "▄": "=", "▅": "=", "▆": "#", "▇": "#", "█": "#", "▀": "-",
    "▊": "|", "▌": "|", "▍": "|", "▎": "|", "▏": "|", "▐": "|", "▕": "|",
    "│": "|", "┃": "|", "║": "|", "─": "-", "━": "-", "═": "=", "╌": "-", "┄": "-",
    "╭": "+", "╮": "+", "╰": "+", "╯": "+", "┌": "+", "┐": "+", "└": "+", "┘": "+", "┏": "+", "┓": "+",
    "┗": "+", "┛": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+", "╇": "+", "╈": "+", "╋": "+",
    "┡": "+", "┩": "+", "╸": "-", "╺": "-", "╹": "|", "╻": "|", "✓": "v", "✔": "v", "×": "x", "°": "o",
    "«": '"', "»": '"', "€": "E", "£": "L", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}  # fmt: skip
_TABLE = str.maketrans(_SAME_WIDTH)


def _one(char: str) -> str:
    if char.isascii():
        return char
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if len(base) == 1 and base.isascii():
        return base
    return "??" if unicodedata.east_asian_width(char) in ("W", "F") else "?"


def to_ascii(text: str) -> str:
    """``text`` in ASCII, one character of the same cell width for each (see the module's docstring)."""
    text = text.translate(_TABLE)
    if text.isascii():
        return text
    return "".join(_one(char) for char in text)


def wants_ascii(env: Mapping[str, str] = os.environ) -> bool:
    """Whether to draw in ASCII: ``LIVEBLOG_ASCII`` says (1/0); else the locale the terminal was given
    (the first of ``LC_ALL``, ``LC_CTYPE``, ``LANG`` that is set) is not UTF-8.  No locale at all: UTF-8."""
    forced = env.get("LIVEBLOG_ASCII", "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    names = ["LC_ALL", "LC_CTYPE", "LANG"]
    if env.get("LC_CTYPE", "").lower() in ("c.utf-8", "c.utf8") and env.get("LANG", "") in ("C", "POSIX"):
        names.remove("LC_CTYPE")  # Python's own C-locale coercion (PEP 538) set it; the terminal was given LANG
    locale = next((env[name] for name in names if env.get(name)), "")
    return bool(locale) and "utf-8" not in locale.lower() and "utf8" not in locale.lower()


class AsciiFilter(LineFilter):
    """Every segment's text in ASCII (:func:`to_ascii`); styles untouched."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [
            segment if control or text.isascii() else Segment(to_ascii(text), style, control)
            for segment in segments
            for text, style, control in (segment,)
        ]
