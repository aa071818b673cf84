"""Each outlet's colour, from the theme variable its plug-in names."""

from __future__ import annotations

from rich.color import Color as RichColor
from rich.style import Style
from textual.app import App

from tui.core.parse.outlet import get

_cache: dict[tuple[str, str, bool], Style] = {}


def outlet_style(app: App[object], code: str, bold: bool = True) -> Style:
    """The style of an outlet's code or density row under the current theme.

    The plug-in's ``colour`` is a theme variable (``$primary``); unknown
    outlets and unknown variables get the text colour.
    """
    if app.no_color:
        return Style(bold=True)  # monochrome: the code reads at full contrast, bold
    key = (app.theme, code, bold)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    outlet = get(code)
    value = app.get_css_variables().get(outlet.colour.lstrip("$"), "") if outlet is not None else ""
    try:
        color = RichColor.parse(value) if value else None
    except Exception:  # a variable that is not a plain colour
        color = None
    style = Style(color=color, bold=bold)
    _cache[key] = style
    return style
