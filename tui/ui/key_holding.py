"""Keys typed faster than screens open: held while a screen opens, then delivered to it, in order.

A burst over SSH (or a paste) can carry a key that opens something and the
keys meant for what it opens; Textual would deliver the later keys to the
screen that was on top when they arrived.  :class:`KeyHoldingApp` holds
them until the new screen is ready.  It knows when the app is closing from
its own :attr:`closing` flag (set by :meth:`exit`), not Textual's internals.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from rich.console import RenderableType
from textual import events
from textual.app import App, ScreenStackError, UnknownModeError
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.widget import AwaitMount
from textual.widgets import Input

from tui.ui.dismiss_once import DismissOnce
from tui.ui.screens.loading_screen import LoadingScreen
from tui.ui.screens.main_screen import MainScreen
from tui.ui.widgets.reading_panes import ReadingPanes

#: Seconds after Esc or Enter in a text box before held keys go anyway (focus stayed, or a filter of a very
#: large timeline is still being drawn).
_FALLBACK_AFTER_INPUT = 3.0
#: Refreshes to wait for an Esc or Enter to reach a dialog and close it before held keys go to it anyway.
_REFRESHES_FOR_A_DIALOG_KEY = 5


class KeyHoldingApp(App[int]):
    """An app that holds the keys typed while a screen opens (see the module's docstring)."""

    def __init__(self, holding: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        #: Keys that arrived while a screen was opening (or the day loading), replayed once it is ready.
        self._held_keys: list[events.Key] = []
        self._holding = holding
        #: True once :meth:`exit` was called: nothing more opens, and held keys are dropped.
        self.closing = False

    def rebound_keys(self) -> dict[str, str]:
        """Binding id -> keys the user moved (``[keymap]``; the app's settings, when it has them)."""
        return dict(getattr(getattr(self, "settings", None), "keymap", ()) or ())

    def exit(self, result: int | None = None, return_code: int = 0, message: RenderableType | None = None) -> None:
        self.closing = True
        super().exit(result, return_code, message)

    # Textual's push_screen and switch_screen are overloaded on wait_for_dismiss; these overrides pass
    # every form through unchanged, so they are left untyped rather than restating the overloads.
    def push_screen(self, screen, callback=None, wait_for_dismiss=False, *, mode=None):  # type: ignore[no-untyped-def, override]
        """Open a screen, unless the app is closing: keys typed right after ``q`` open nothing.

        Keys that arrive before the new screen has mounted are held and
        then delivered to it, in order (``r`` then ``:`` at once works).
        """
        if self.closing:
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            done.set_result(None)
            return done
        self._holding = True
        opened = super().push_screen(screen, callback, wait_for_dismiss, mode=mode)
        self.call_later(self._release_when_ready, opened)
        return opened

    def switch_screen(self, screen):  # type: ignore[no-untyped-def, override]
        """Switch screens, unless the app is closing; keys meanwhile are held, as for :meth:`push_screen`."""
        if self.closing:
            return AwaitComplete()
        self._holding = True
        switched = super().switch_screen(screen)
        self.call_later(self._release_when_ready, switched)
        return switched

    async def on_event(self, event: events.Event) -> None:
        """Hold keys while a screen opens; everything else as usual.

        A key that opens something goes to the reader in its turn, after the
        keys typed before it; the keys typed after it are held until it has
        opened (then they reach what it opened): ``j j * /Geneva`` stars the
        third post down and searches for Geneva, in that order.
        """
        if isinstance(event, events.Key) and not event.is_forwarded:
            if (
                event.key.startswith("alt+")
                and event.character is not None
                and len(event.character) == 1
                and event.character.isprintable()
            ):
                # A terminal reads Esc followed at once by a key (one write over SSH) as Alt+key; the
                # reader binds no Alt key, so it is the two keys, in order.
                await self.on_event(events.Key("escape", "\x1b"))
                await self.on_event(events.Key(event.key[len("alt+") :], event.character))
                return
            if self._holding:
                self._held_keys.append(event)
                return
            if self._opens_something(event):
                await super().on_event(event)
                self._holding = True
                self.set_timer(1.0, self._release_keys)  # in case it opened nothing after all
                return
            if event.key in ("escape", "enter") and isinstance(self.focused, Input):
                # Esc or Enter leaves a text box (the search keeps what was typed, a note is saved): the
                # keys after it are commands again, once focus has left it (it moves a moment later):
                # ``/Geneva`` Enter ``j j *`` moves on Geneva's posts.
                await super().on_event(event)
                self._hold_until_settled(lambda _waits: isinstance(self.focused, Input))
                return
            if event.key in ("escape", "enter") and isinstance(self.screen, DismissOnce):
                # Esc or Enter closes a dialog (when it applies, cancels or confirms): the keys after it are
                # for the screen under it, once the dialog has gone (``t j j Space Enter /Gen`` searches the
                # topic's posts). The key reaches the dialog a few refreshes later; one that has not closed
                # it by then (Enter where Enter closes nothing) releases them there.
                dialog = self.screen
                await super().on_event(event)
                self._hold_until_settled(
                    lambda waits: self.screen is dialog and (dialog.dismissing or waits < _REFRESHES_FOR_A_DIALOG_KEY)
                )
                return
        await super().on_event(event)

    def _opens_something(self, event: events.Key) -> bool:
        """Whether ``event`` is, on the reader, a key bound to something that opens (the search box, a dialog,
        replay), wherever the user moved it."""
        if not isinstance(self.screen, MainScreen) or isinstance(self.focused, Input):
            return False
        rebound = self.rebound_keys()
        return any(
            isinstance(b, Binding)
            and b.action in MainScreen.OPENERS
            and event.key in (k.strip() for k in rebound.get(b.id or "", b.key).split(","))
            for b in [*MainScreen.BINDINGS, *ReadingPanes.BINDINGS]
        )

    def on_main_screen_search_opened(self, _: MainScreen.SearchOpened) -> None:
        """The search box a ``/`` opened is ready: the keys typed after it go to it."""
        self.call_after_refresh(self._release_keys)

    async def _release_when_ready(self, opening: object) -> None:
        if isinstance(opening, (AwaitMount, AwaitComplete)):
            await opening
        self.call_after_refresh(self._release_keys)

    def _hold_until_settled(self, busy: Callable[[int], bool]) -> None:
        """Hold the keys that follow until ``busy`` (given how many refreshes it has waited) is False and
        the filter a text box or dialog applied is drawn; at the latest after _FALLBACK_AFTER_INPUT."""
        self._holding = True
        self.call_after_refresh(self._release_when_settled, busy, 0)
        self.set_timer(_FALLBACK_AFTER_INPUT, self._release_keys)  # in case it stays busy

    def _release_when_settled(self, busy: Callable[[int], bool], waits: int) -> None:
        if not self._holding:
            return  # released already (the fallback timer)
        if not self._no_screen_left() and (
            busy(waits) or (isinstance(self.screen, MainScreen) and self.screen.filtering())
        ):
            self.call_after_refresh(self._release_when_settled, busy, waits + 1)
            return
        self._release_keys()

    def _release_keys(self) -> None:
        """Deliver held keys, in order, to the screen that is now ready (none once the app is closing)."""
        if self._no_screen_left():
            self._held_keys, self._holding = [], False
            return  # the fallback timer can fire after the last screen has gone
        if isinstance(self.screen, LoadingScreen):
            return  # still loading: keep holding
        held, self._held_keys, self._holding = self._held_keys, [], False
        for key in held:
            self.post_message(events.Key(key.key, key.character))

    def _no_screen_left(self) -> bool:
        """True once the app is exiting or has no screen left to deliver anything to."""
        if self.closing:
            return True
        try:
            _ = self.screen  # raises when no screen is left
        except (ScreenStackError, UnknownModeError):
            return True
        return False
