"""The one union-find: groups in order, roots the smallest member."""

from tui.core.model.union_find import UnionFind


def test_groups_are_in_first_member_order_and_roots_are_the_smallest():
    sets = UnionFind(7)
    assert sets.union(5, 2) == 2
    sets.union(6, 5)
    sets.union(3, 1)
    assert sets.roots() == [0, 1, 2, 1, 4, 2, 2]
    assert sets.groups() == [[0], [1, 3], [2, 5, 6], [4]]
    assert sets.union(6, 3) == 1 and sets.find(5) == 1
