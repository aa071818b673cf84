"""Readable colours for any theme: each accent hue, darkened or lightened until it reads on the background.

Themes pick their warning, success and accent hues for backgrounds and
buttons; as text on a light background an orange reads at 1.5:1.  Here each
hue the reader uses as text gets a ``readable-*`` variable: the theme's own
``text-*`` colour, moved away from the background in small steps until it
reaches 4.6:1 (WCAG AA for text, with a little to spare) against every
background the reader draws text on (background, surface, panel).
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.color import Color

#: The hues used as text, and the theme variable each starts from (its fallback after it).
HUES = {
    "warning": ("text-warning", "warning"),
    "success": ("text-success", "success"),
    "primary": ("text-primary", "primary"),
    "accent": ("text-accent", "accent"),
    "error": ("text-error", "error"),
}
BACKGROUNDS = ("background", "surface", "panel")
TARGET = 4.6


def luminance(color: Color) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _parse(value: str | None) -> Color | None:
    if not value:
        return None
    try:
        return Color.parse(value)
    except Exception:  # "auto 60%", ansi names: not a plain colour
        return None


def readable(color: Color, backgrounds: list[Color], target: float = TARGET) -> Color:
    """``color`` moved toward black (on light backgrounds) or white (on dark) until it reads on all of them."""
    dark_ground = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.4
    step = 0.0
    candidate = color
    while step <= 1.0 and min(contrast(candidate, b) for b in backgrounds) < target:
        step += 0.05
        candidate = color.lighten(step) if dark_ground else color.darken(step)
    return candidate


def readable_variables(variables: Mapping[str, str]) -> dict[str, str]:
    """``readable-<hue>`` for each hue in :data:`HUES` (and ``readable-muted`` for dimmed text)."""
    grounds = [c for c in (_parse(variables.get(name)) for name in BACKGROUNDS) if c is not None]
    if not grounds:
        return {}
    out: dict[str, str] = {}
    for hue, names in HUES.items():
        start = next((c for c in (_parse(variables.get(n)) for n in names) if c is not None), None)
        if start is not None:
            out[f"readable-{hue}"] = readable(start, grounds).hex
    foreground = _parse(variables.get("foreground"))
    if foreground is not None:
        out["readable-text"] = readable(foreground, grounds, 5.5).hex  # body text, with room for a tint behind
        # Muted text: the foreground blended 40% toward the background, as far as it still reads.
        blended = foreground.blend(grounds[0], 0.4)
        out["readable-muted"] = readable(blended, grounds).hex
    return out
