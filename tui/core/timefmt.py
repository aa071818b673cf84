"""Format post times for people: the outlet's local time, ``≈`` for estimates."""

from __future__ import annotations

from datetime import datetime, tzinfo

from .model import Post
from .outlet import home_zone
from .zones import get_zone


def display_zone(post: Post, override: tzinfo | None = None) -> tzinfo:
    """The zone to show a post's time in: ``--tz`` if given, else the outlet's."""
    return override or get_zone(home_zone(post.source))


def local_time(post: Post, override: tzinfo | None = None) -> datetime | None:
    """The post's time in its display zone."""
    if post.published is None:
        return None
    return post.published.astimezone(display_zone(post, override))


def clock(post: Post, override: tzinfo | None = None, with_zone: bool = False) -> str:
    """``18:35``, ``≈18:40`` for an estimate, ``--:--`` when unknown."""
    when = local_time(post, override)
    if when is None:
        return "--:--"
    text = when.strftime("%H:%M")
    if post.time_basis == "estimated":
        text = "≈" + text
    if with_zone:
        text += " " + (when.tzname() or "")
    return text


def window_text(post: Post, override: tzinfo | None = None) -> str:
    """``between 17:10 and 18:20 BST`` for an estimate, else ``""``."""
    if post.time_basis != "estimated" or post.time_window is None:
        return ""
    zone = display_zone(post, override)
    early, late = (t.astimezone(zone) for t in post.time_window)
    return f"between {early:%H:%M} and {late:%H:%M} {late.tzname() or ''}".rstrip()


def full_time(post: Post, override: tzinfo | None = None) -> str:
    """``Tue 19 Aug 2025 18:35 BST`` (with ``≈`` when estimated)."""
    when = local_time(post, override)
    if when is None:
        return "time unknown"
    prefix = "≈" if post.time_basis == "estimated" else ""
    return f"{prefix}{when:%a %d %b %Y %H:%M} {when.tzname() or ''}".rstrip()
