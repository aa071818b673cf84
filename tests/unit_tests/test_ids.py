"""Stable ids: same post, same id, across runs and revised dumps."""

from tests.conftest import lines_of
from tui.core.guardian_parser import parse_guardian
from tui.core.ids import assign_ids, post_id


def posts(text):
    feed = parse_guardian(lines_of(text), "g.txt")
    assign_ids(feed.posts)
    return feed.posts


def test_ids_survive_revision_and_quote_style():
    before = posts("Trump has ‘definitively’ ruled out boots on the ground\nFirst paragraph.\n")
    after = posts("Trump has 'definitively' ruled out boots on the ground\nFirst paragraph, revised.\nA new paragraph.\n")
    assert before[0].id == after[0].id


def test_untitled_posts_use_their_opening_words():
    one = posts("A paragraph about talks in Geneva starting today and more words here.\nUpdated\n")
    two = posts("A paragraph about talks in Geneva starting today and more words here, with an edit.\nUpdated\n")
    assert one[0].id == two[0].id
    assert one[0].id.startswith("guardian-")


def test_repeated_generic_titles_get_distinct_ids():
    got = posts("Summary\nFirst summary.\nUpdated\nSummary\nSecond summary.\nUpdated\n")
    assert got[0].id != got[1].id


def test_same_input_same_id_every_run():
    text = "Leaders meet in Washington today\nThey met.\n"
    assert post_id(posts(text)[0]) == post_id(posts(text)[0])
