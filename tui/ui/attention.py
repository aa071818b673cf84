"""Attention without nagging: a terminal bell or a desktop notification when a wanted post arrives.

Off unless the settings ask (``[attention] bell``/``notify``).  The
notification is an escape sequence the terminal turns into a desktop
notification: OSC 777 for terminals of the VTE, rxvt and foot families,
OSC 9 for the rest that support one (iTerm2, WezTerm, kitty, Windows
Terminal); a terminal that knows neither ignores it.  Its text is untrusted
(a post's title, a story's name): control characters, escapes and the
sequences' own separators are taken out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tui.core.model.post import Post
from tui.core.model.text import clip, printable

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f;]")


def _safe(text: str, width: int) -> str:
    return clip(_UNSAFE.sub(" ", printable(text)).strip(), width)


def notification(title: str, body: str, env: Mapping[str, str]) -> str:
    """The escape sequence that asks this terminal (``env``: its environment) for a desktop notification."""
    title, body = _safe(title, 60), _safe(body, 200)
    term = env.get("TERM", "")
    if env.get("VTE_VERSION") or term.startswith(("rxvt", "foot")):
        return f"\x1b]777;notify;{title};{body}\x07"
    return f"\x1b]9;{title}: {body}\x07"


def message(story: str, posts: list[Post]) -> tuple[str, str]:
    """The notification's title and body: the story, the first post's title, and how many more."""
    more = f" (+{len(posts) - 1} more)" if len(posts) > 1 else ""
    return story, f"{posts[0].display_title}{more}"
