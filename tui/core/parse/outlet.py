"""The outlet plug-in protocol and the one registry of outlets.

An outlet (the BBC, the Guardian, …) is a package under
:mod:`tui.core.parse.outlets` that knows how to recognise, and parse, that
outlet's dumps.  Everything else in liveblog asks this registry about
outlets and names none itself; the built-in outlets are discovered by
importing :mod:`tui.core.parse.outlets` the first time the registry is read, so
that this module (and every stage that uses it) never imports an outlet
package.  Tests and plug-ins add outlets with :func:`register`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from tui.core.model.post import Feed

#: Imported on first use to register the built-in outlets.
BUILTIN_PACKAGE = "tui.core.parse.outlets"


@dataclass(frozen=True, slots=True)
class Evidence:
    """How strongly a dump looks like one outlet's.

    ``strong`` counts structural markers (stamps, headings only that outlet
    prints); ``weak`` is a hint used only when no outlet has a structural
    marker (quotation style, say); ``reason`` says what was seen.
    """

    strong: float
    weak: float
    reason: str


@runtime_checkable
class Outlet(Protocol):
    """What the rest of liveblog needs to know about one outlet.

    ``code`` is the stable identifier stored on every post (``"bbc"``);
    ``name`` is for people (``"BBC"``); ``short`` is a three-letter column
    code; ``home_zone`` is the IANA zone its clock times are in when a dump
    names none; ``stable_clock`` is true when the outlet never edits a
    post's printed time, so the time may be part of the post's identity;
    ``colour`` is a Textual theme variable for the outlet's column.
    """

    code: str
    name: str
    short: str
    home_zone: str
    stable_clock: bool
    colour: str

    def detect(self, lines: list[str]) -> Evidence:
        """How much the cleaned lines of a dump look like this outlet's."""
        ...

    def parse(self, lines: list[str], path: str) -> Feed:
        """Parse a dump's cleaned lines; pure and deterministic."""
        ...


@dataclass(frozen=True, slots=True)
class Detection:
    """The outlet a dump was recognised as, how sure, and why."""

    format: str | None
    confident: bool
    reason: str


_OUTLETS: dict[str, Outlet] = {}
_builtins_loaded = False


def _ensure_builtins() -> None:
    global _builtins_loaded
    if not _builtins_loaded:
        _builtins_loaded = True
        importlib.import_module(BUILTIN_PACKAGE)


def register(outlet: Outlet) -> None:
    """Add (or replace) an outlet in the registry."""
    _OUTLETS[outlet.code] = outlet


def unregister(code: str) -> None:
    """Remove an outlet (for tests that add a toy one)."""
    _OUTLETS.pop(code, None)


def outlets() -> list[Outlet]:
    """Every registered outlet, in registration order."""
    _ensure_builtins()
    return list(_OUTLETS.values())


def codes() -> tuple[str, ...]:
    """The registered outlets' codes (the values ``--source-format`` accepts)."""
    return tuple(outlet.code for outlet in outlets())


def get(code: str) -> Outlet | None:
    """The outlet with this code, or None."""
    _ensure_builtins()
    return _OUTLETS.get(code)


def display_name(code: str) -> str:
    """An outlet's name for people; an unknown code is shown as given."""
    outlet = get(code)
    return outlet.name if outlet is not None else code


def short_code(code: str) -> str:
    """An outlet's three-letter column code."""
    outlet = get(code)
    return outlet.short if outlet is not None else code[:3].upper()


def home_zone(code: str) -> str:
    """The IANA zone an outlet's unzoned clock times are in (UTC when unknown)."""
    outlet = get(code)
    return outlet.home_zone if outlet is not None else "UTC"


def stable_clock(code: str) -> bool:
    """Whether an outlet's printed times never change between snapshots."""
    outlet = get(code)
    return bool(outlet and outlet.stable_clock)


def detect(lines: list[str]) -> Detection:
    """Which registered outlet a dump's cleaned lines come from.

    Structural markers decide; when no outlet shows any, a dump with enough
    prose is given to the outlet with the strongest weak hint and the
    detection is marked unsure.  Ties between markers are unsure too.
    """
    scored = [(outlet.detect(lines), outlet) for outlet in outlets()]
    if not scored:
        return Detection(None, False, "no outlet is registered")
    ranked = sorted(scored, key=lambda pair: (pair[0].strong, pair[0].weak), reverse=True)
    (best, chosen), runner = ranked[0], (ranked[1][0] if len(ranked) > 1 else Evidence(0.0, 0.0, ""))
    if best.strong > 0:
        if best.strong > runner.strong:
            return Detection(chosen.code, True, best.reason)
        if best.weak > runner.weak:
            return Detection(chosen.code, False, f"as many markers of another outlet; house style decided: {best.reason}")
        return Detection(chosen.code, False, f"as many markers of another outlet; {best.reason}")
    prose = [line for line in lines if len(line.split()) >= 8]
    filled = [line for line in lines if line.strip()]
    if len(prose) < 3 or len(prose) < len(filled) // 3:
        return Detection(None, False, "no live-blog markers (published-at stamps, Key events, Updated lines) and too little prose")
    return Detection(chosen.code, False, best.reason)
