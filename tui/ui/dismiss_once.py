"""Screens that close once, however many keys ask them to.

Keys typed faster than a screen closes (a paste, or fast typing over SSH,
delivered as one burst) can reach a dialog after its first Enter or Esc has
already dismissed it.  Textual's ``dismiss`` would then pop whatever screen
is on top — the reader itself — or fail when only one is left.
"""

from __future__ import annotations

from typing import Any

from textual.await_complete import AwaitComplete


class DismissOnce:
    """Mixin for a :class:`~textual.screen.Screen`: only the first :meth:`dismiss` acts, and only
    while the screen is the one on top; later calls do nothing."""

    _dismissed = False

    @property
    def dismissing(self) -> bool:
        """Whether :meth:`dismiss` has acted (the screen is closing, or has closed)."""
        return self._dismissed

    def dismiss(self, result: Any = None) -> AwaitComplete:
        # A mixin (not a Screen itself, so that each dialog keeps its own ModalScreen[...] type): the
        # screen it is mixed into has ``app`` and the ``dismiss`` called here.
        if self._dismissed or self.app.screen is not self:  # type: ignore[attr-defined]
            return AwaitComplete()
        self._dismissed = True
        return super().dismiss(result)  # type: ignore[misc]
