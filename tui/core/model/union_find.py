"""Disjoint sets over positions ``0…n-1``: the one union-find of the code base.

Used wherever "these belong together" is worked out from pairs: snapshots
of one page (dates), day groups, copies of one post and pages sharing posts
(merge).
"""

from __future__ import annotations


class UnionFind:
    """Positions joined into groups; a group's root is its smallest position."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))

    def find(self, i: int) -> int:
        """The root of ``i``'s group (paths are halved on the way)."""
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> int:
        """Join the groups of ``i`` and ``j``; the root of the joined group."""
        a, b = self.find(i), self.find(j)
        if a != b:
            a, b = min(a, b), max(a, b)
            self._parent[b] = a
        return a

    def roots(self) -> list[int]:
        """Each position's root, in position order."""
        return [self.find(i) for i in range(len(self._parent))]

    def groups(self) -> list[list[int]]:
        """The groups as lists of positions, each in order, the groups in the order of their first position."""
        found: dict[int, list[int]] = {}
        for i in range(len(self._parent)):
            found.setdefault(self.find(i), []).append(i)
        return list(found.values())
