"""Every text ≥ 4.5:1 and every mark ≥ 3:1 against its background, in every theme the reader offers.

Contrast is computed (WCAG 2 relative luminance) from the colours the running
app resolves for each component style, so a theme variable that changes, or a
style that picks a hue too light for a light theme, fails here.
"""

from __future__ import annotations

import pytest
from rich.color import Color
from textual.color import Color as TextualColor

from tests.functional_tests.conftest import settle
from tui.ui import palette
from tui.ui.outlet_style import outlet_style
from tui.ui.widgets.detail_view import DetailView
from tui.ui.widgets.timeline_view import TimelineView

#: Component classes that are marks (a glyph or a badge) rather than text to read.
MARKS = {"timeline--flag", "timeline--star", "timeline--badge"}
#: Styles drawn only over another background (the cursor, a search match), checked with it.
OVER = {"timeline--cursor", "timeline--match", "detail--match"}
THEMES = ["textual-dark", "textual-light", "nord", "gruvbox", "tokyo-night", "solarized-light", "dracula"]


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast of two Rich colours (the palette's own formula)."""
    return palette.contrast(TextualColor.from_rich_color(a), TextualColor.from_rich_color(b))


@pytest.mark.parametrize("theme", THEMES)
async def test_text_and_marks_are_readable(make_app, theme):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert theme in app.available_themes, f"{theme} is not offered"  # a theme we test must exist, never skip
        app.theme = theme
        await settle(pilot)
        failures = []
        for widget in (app.screen.query_one(TimelineView), app.screen.query_one(DetailView)):
            background = widget.rich_style.bgcolor
            for name in sorted(type(widget).COMPONENT_CLASSES - OVER):
                style = widget.get_component_rich_style(name)
                if style.color is None or background is None:
                    continue
                ratio = contrast(style.color, style.bgcolor or background)
                need = 3.0 if name in MARKS else 4.5
                if ratio < need:
                    failures.append(f"{name} {ratio:.2f}:1 (needs {need})")
            thumb, track = widget.styles.scrollbar_color, widget.styles.scrollbar_background
            if contrast(thumb.rich_color, track.rich_color) < 3.0:
                failures.append(
                    f"{type(widget).__name__} scrollbar {contrast(thumb.rich_color, track.rich_color):.2f}:1"
                )
            for outlet in ("bbc", "guardian"):
                color = outlet_style(app, outlet).color
                if color is not None and background is not None and contrast(color, background) < 3.0:
                    failures.append(f"outlet {outlet} {contrast(color, background):.2f}:1")
        assert not failures, f"{theme}: {failures}"
