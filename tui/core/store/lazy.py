"""Lists filled on first use: a stored post's body, revisions and topic evidence.

A timeline read back from the store decodes only what the timeline needs
(ids, times, outlets, titles, topics); each post's heavier parts stay in the
database until something reads them — the detail view, an export, a title
drawn from an untitled post's first paragraph.  :class:`Deferred` is a
``list`` whose contents are fetched the first time it is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, SupportsIndex

#: Fetches one post's parts: ``{"body": [...], "revisions": [...], "topic_evidence": [...]}``.
Fetch = Callable[[], dict[str, list[Any]]]


class _Parts:
    """Where one post's lists come from: ``fetch(key)`` returns them all; each list takes its own.

    The lists do not know each other: the first read of one fetches the
    post's parts and keeps its own (a post read whole fetches once per list,
    each a small indexed read), which keeps building a stored timeline cheap.
    """

    __slots__ = ("fetch", "key")

    def __init__(self, fetch: Callable[..., dict[str, list[Any]]], key: Any = None) -> None:
        self.fetch = fetch
        self.key = key

    def get(self, name: str) -> list[Any]:
        try:
            parts = self.fetch() if self.key is None else self.fetch(self.key)
        except Exception:  # a store that went away: the parts are missing, not the reader
            return []
        return list(parts.get(name, ()))


class Deferred(list[Any]):
    """A list filled from the store the first time it is read (see the module documentation)."""

    __slots__ = ("_parts", "_name")

    def __init__(self, parts: _Parts, name: str) -> None:  # noqa: D107 (an empty list needs no list.__init__)
        self._parts: _Parts | None = parts
        self._name = name

    def _fill(self) -> None:
        parts = self._parts
        if parts is not None:
            self._parts = None
            list.extend(self, parts.get(self._name))

    @property
    def loaded(self) -> bool:
        """Whether the contents have been fetched."""
        return self._parts is None

    def __iter__(self) -> Iterator[Any]:
        self._fill()
        return list.__iter__(self)

    def __reversed__(self) -> Iterator[Any]:
        self._fill()
        return list.__reversed__(self)

    def __len__(self) -> int:
        self._fill()
        return list.__len__(self)

    def __getitem__(self, index: Any) -> Any:
        self._fill()
        return list.__getitem__(self, index)

    def __contains__(self, item: object) -> bool:
        self._fill()
        return list.__contains__(self, item)

    def __eq__(self, other: object) -> bool:
        self._fill()
        if isinstance(other, Deferred):
            other._fill()
        return list.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None

    def __repr__(self) -> str:
        self._fill()
        return list.__repr__(self)

    def __add__(self, other: Sequence[Any]) -> list[Any]:
        self._fill()
        return list(list.__iter__(self)) + list(other)

    def __radd__(self, other: Sequence[Any]) -> list[Any]:
        self._fill()
        return list(other) + list(list.__iter__(self))

    def copy(self) -> list[Any]:
        self._fill()
        return list(list.__iter__(self))

    def index(self, value: Any, start: SupportsIndex = 0, stop: SupportsIndex = 2**62) -> int:
        self._fill()
        return list.index(self, value, start, stop)

    def count(self, value: Any) -> int:
        self._fill()
        return list.count(self, value)

    def __reduce__(self) -> tuple[Any, ...]:
        self._fill()
        return (list, (list(list.__iter__(self)),))

    # Changing a deferred list fetches it first, so nothing is lost.
    def _changing(self) -> None:
        self._fill()

    def append(self, item: Any) -> None:
        self._changing()
        list.append(self, item)

    def extend(self, items: Any) -> None:
        self._changing()
        list.extend(self, items)

    def insert(self, index: SupportsIndex, item: Any) -> None:
        self._changing()
        list.insert(self, index, item)

    def pop(self, index: SupportsIndex = -1) -> Any:
        self._changing()
        return list.pop(self, index)

    def remove(self, item: Any) -> None:
        self._changing()
        list.remove(self, item)

    def clear(self) -> None:
        self._changing()
        list.clear(self)

    def sort(self, *args: Any, **kwargs: Any) -> None:
        self._changing()
        list.sort(self, *args, **kwargs)

    def reverse(self) -> None:
        self._changing()
        list.reverse(self)

    def __setitem__(self, index: Any, value: Any) -> None:
        self._changing()
        list.__setitem__(self, index, value)

    def __delitem__(self, index: Any) -> None:
        self._changing()
        list.__delitem__(self, index)

    def __iadd__(self, other: Any) -> Deferred:  # type: ignore[misc]  # list is invariant; a deferred list takes any items
        self._changing()
        list.extend(self, other)
        return self


def deferred(fetch: Fetch, names: Sequence[str]) -> dict[str, Deferred]:
    """Lists named ``names`` that one call of ``fetch`` fills when any of them is first read."""
    parts = _Parts(fetch)
    return {name: Deferred(parts, name) for name in names}
