"""Objects the reader keeps for as long as it shows a timeline, kept out of the garbage collector's passes."""

from __future__ import annotations

import gc


def keep_out_of_collections(collect: bool = False) -> None:
    """Leave what is alive now -- a timeline just taken, 100k posts and their fields -- out of the cyclic
    collector's passes (``gc.freeze``): a full pass over a year's posts took 140-210 ms, a key's frame
    late by as much, three times in thirty keys. A timeline's posts hold no reference cycles (dropping a
    20k-post timeline leaves the collector nothing to find), so reference counting still frees a timeline
    replaced later.

    ``collect``: first hand everything back and collect it all once (one pass, as many as a few keys
    cost before), so that cyclic garbage made since the last time is not set aside for good -- for a
    timeline that replaces another (following), not for the first one shown, which must not wait.
    """
    if collect:
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def back_to_collections() -> None:
    """Hand what :func:`keep_out_of_collections` set aside back to the collector (the app is closing)."""
    gc.unfreeze()
