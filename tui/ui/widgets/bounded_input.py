"""An input box that holds at most so many characters and cuts what goes past, silently.

Textual's ``Input`` with ``max_length`` refuses a whole paste that would not
fit, and rings the terminal bell for each key past the limit: a 100 KB paste
typed key by key (a terminal without bracketed paste, or tmux's paste-buffer)
rang 100,000 bells, and without a limit the box re-drew its whole growing
value after every key (the reader took minutes and most of a gigabyte to
catch up).  :class:`BoundedInput` keeps what fits, drops the rest without a
sound, and says that it did through :attr:`BoundedInput.cut`.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input


class BoundedInput(Input):
    """An ``Input`` of at most ``limit`` characters; text past it is dropped and ``cut`` becomes True."""

    def __init__(self, limit: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.limit = limit
        self._dropped = False

    @property
    def cut(self) -> bool:
        """Whether text was dropped and the box is still full."""
        return self._dropped and len(self.value) >= self.limit

    def replace(self, text: str, start: int, end: int) -> None:
        """Replace ``start``..``end`` with as much of ``text`` as fits."""
        value = self.value
        start, end = sorted((max(0, start), min(len(value), end)))
        room = self.limit - (len(value) - (end - start))
        if len(text) > room:
            self._dropped = True
            text = text[: max(0, room)]
            if not text and start == end:
                return  # nothing fits and nothing is replaced: the key is dropped
        super().replace(text, start, end)
