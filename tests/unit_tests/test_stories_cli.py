"""``liveblog add/remove/stories/discover`` and ``--story``, against a local server standing in for the outlets."""

from __future__ import annotations

import re

import pytest

from tests import story_server
from tui.cli import main
from tui.core.infra.locations import stories_file
from tui.core.session.stories import record_visit
from tui.core.sources.stories import load_stories
from tui.core.store.database import Store


@pytest.fixture(autouse=True)
def own_places(tmp_path, monkeypatch):
    """Each test its own store, fetched pages and stories file."""
    monkeypatch.setenv("LIVEBLOG_STORE", str(tmp_path / "store.sqlite3"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def _run(capsys, *args: str) -> tuple[int, str, str]:
    said = ""
    try:
        status = main(list(args))
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 2
        said = exc.code + "\n" if isinstance(exc.code, str) else ""
    out, err = capsys.readouterr()
    return status, out, err + said


def test_add_two_pages_to_a_story_then_read_it_by_name(httpserver, capsys):
    urls = story_server.serve(httpserver)
    status, out, err = _run(capsys, "add", urls["guardian"], urls["bbc"], "--story", "Ukraine talks")
    assert status == 0, err
    assert out.splitlines() == [
        f"added to new story 'Ukraine talks': {urls['guardian']}",
        f"added to new story 'Ukraine talks': {urls['bbc']}",
    ]
    assert load_stories().get("ukraine talks").sources == (urls["guardian"], urls["bbc"])  # type: ignore[union-attr]
    status, out, err = _run(capsys, "list", "--story", "ukraine talks")
    assert status == 0, err
    rows = out.splitlines()
    assert len(rows) == 7 and any(" BBC " in r for r in rows) and any(" Guardian " in r for r in rows)
    status, by_name, _ = _run(capsys, "list", "Ukraine talks")  # a lone input that is a story's name
    assert status == 0 and by_name == out
    status, out, err = _run(capsys, "add", urls["guardian"], "--story", "UKRAINE TALKS")
    assert status == 0 and out.strip() == f"{urls['guardian']}: already in story 'Ukraine talks'"


def test_a_new_story_is_named_by_its_page_title(httpserver, capsys):
    urls = story_server.serve(httpserver)
    status, out, _ = _run(capsys, "add", urls["sport"])
    assert status == 0
    assert out.strip() == f"added to new story 'England v India: second Test, day three – live': {urls['sport']}"


def test_add_refuses_what_no_outlet_reads_with_the_reason_and_adds_the_rest(httpserver, capsys, tmp_path):
    urls = story_server.serve(httpserver)
    httpserver.expect_request("/some/article").respond_with_data(
        "<html><p>An article</p></html>", content_type="text/html"
    )
    httpserver.expect_request("/world/live/2025/aug/19/gone.json").respond_with_data("gone", status=404)
    status, out, err = _run(
        capsys,
        "add",
        httpserver.url_for("/some/article"),
        httpserver.url_for("/world/live/2025/aug/19/gone"),
        str(tmp_path / "missing.txt"),
        "ftp://example.org/x",
        urls["bbc"],
        "--story",
        "Mixed",
    )
    assert status == 1
    assert out.strip() == f"added to new story 'Mixed': {urls['bbc']}"
    lines = err.splitlines()
    assert any(
        "/some/article: an HTML page, but not a BBC or Guardian live page" in line and "not added" in line
        for line in lines
    )
    assert any(
        "/world/live/2025/aug/19/gone: page removed or not found (HTTP 404)" in line and "not added" in line
        for line in lines
    )
    assert any("missing.txt: no such file or directory; not added" in line for line in lines)
    assert any("ftp://example.org/x: only http and https" in line for line in lines)
    assert load_stories().get("Mixed").sources == (urls["bbc"],)  # type: ignore[union-attr]


def test_stories_lists_each_story_and_opens_offline_from_the_stored_copy(httpserver, capsys, tmp_path):
    urls = story_server.serve(httpserver)
    _run(capsys, "add", urls["guardian"], urls["bbc"], "--story", "Ukraine")
    _run(capsys, "add", urls["sport"], "--story", "Cricket")
    status, out, err = _run(capsys, "stories")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Ukraine  [GDN BBC]  live  7 posts  7 unread  7 new  updated 2025-08-19 10:15 UTC")
    assert lines[1].startswith(f"    {urls['guardian']}  (GDN live, copy from")
    assert "next in" not in out  # a listing polls nothing
    assert lines[3].startswith("Cricket  [GDN]  live  2 posts")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", out)
    # Read one post, and visit the story: the counts follow.
    store = Store(str(tmp_path / "store.sqlite3"))
    status, listed, _ = _run(capsys, "export", "--story", "Ukraine")
    import json

    ids = [p["id"] for p in json.loads(listed)["posts"]]
    record_visit(store, "ukraine", ids[1:])
    from tui.core.store.marks import Marks

    marks = Marks(store)
    marks.set_read(ids[:2])
    marks.close()
    store.close()
    httpserver.clear()  # the outlets are gone: the stored copies still open
    status, out, err = _run(capsys, "stories", "--offline")
    assert status == 0, err
    assert out.splitlines()[0].startswith("Ukraine  [GDN BBC]  live  7 posts  5 unread  1 new")


def test_remove_a_source_then_the_whole_story(httpserver, capsys):
    urls = story_server.serve(httpserver)
    _run(capsys, "add", urls["guardian"], urls["bbc"], "--story", "Ukraine")
    status, out, _ = _run(capsys, "remove", urls["bbc"])
    assert status == 0 and out.strip() == f"removed from story 'Ukraine': {urls['bbc']}"
    status, _, err = _run(capsys, "remove", urls["bbc"])
    assert status == 1 and "not in any story; nothing removed" in err
    status, _, err = _run(capsys, "remove", "--story", "Nope")
    assert status == 1 and "no story named 'Nope'; stories: Ukraine" in err
    status, out, _ = _run(capsys, "remove", "--story", "ukraine")
    assert status == 0 and out.startswith("removed story 'Ukraine'")
    assert load_stories().stories == ()
    status, _, err = _run(capsys, "remove")
    assert status == 2 and "name the sources to remove" in err


def test_a_story_that_does_not_exist_is_one_line_naming_the_ones_that_do(httpserver, capsys):
    urls = story_server.serve(httpserver)
    _run(capsys, "add", urls["bbc"], "--story", "Ukraine")
    status, _, err = _run(capsys, "list", "--story", "\x1b[31mGaza")
    assert status != 0
    assert "no story named" in err and "stories: Ukraine" in err and "\x1b" not in err


def test_a_broken_stories_file_says_where_and_the_rest_still_opens(httpserver, capsys):
    urls = story_server.serve(httpserver)
    path = stories_file()
    path.parent.mkdir(parents=True)
    path.write_text(f'[[story]]\nname = "Good"\nsources = ["{urls["bbc"]}"]\n\n[[story]]\nname = "Bad"\nsources = [\n')
    status, out, err = _run(capsys, "stories", "--offline")
    assert f"{path}:7: " in err
    assert out.startswith("Good  [BBC]") or out.startswith("Good  [-]")


def test_discover_lists_the_live_blogs_a_feed_names(httpserver, capsys):
    urls = story_server.serve(httpserver)
    status, out, err = _run(capsys, "discover", "--feed", urls["feed"])
    assert status == 0, err
    lines = out.splitlines()
    assert lines == [
        "GDN  2025-08-19 10:04 UTC  Ukraine war live: leaders meet at the White House",
        f"    {urls['guardian']}",
        "GDN  2025-08-19 09:58 UTC  England v India: second Test, day three – live",
        f"    {urls['sport']}",  # the feed's ?CMP=rss is dropped
        "BBC  2025-08-19 07:30 UTC  Kyiv talks [bold]live[/bold] [/oops]",
        f"    {urls['bbc']}",
    ]  # the gallery is not a live blog


def test_discover_says_which_feed_failed(httpserver, capsys):
    httpserver.expect_request("/notafeed").respond_with_data("{]", content_type="text/plain")
    status, out, err = _run(
        capsys, "discover", "--feed", httpserver.url_for("/missing"), "--feed", httpserver.url_for("/notafeed")
    )
    assert status == 1
    assert "/missing: " in err and "/notafeed: not an RSS or Atom feed" in err
    assert out.strip() == "No feed could be read."


def test_a_known_page_that_cannot_be_fetched_now_is_added_and_said(httpserver, capsys):
    httpserver.expect_request("/world/live/2025/aug/19/busy.json").respond_with_data("busy", status=503)
    url = httpserver.url_for("/world/live/2025/aug/19/busy")
    status, out, err = _run(capsys, "add", url, "--story", "Later")
    assert status == 0
    assert out.strip() == f"added to new story 'Later': {url}"
    assert "not fetched now" in err and "fetched when opened" in err


def test_add_offline_takes_an_address_an_outlet_knows_by_shape_without_fetching(capsys):
    status, out, _ = _run(capsys, "add", "--offline", "https://www.bbc.co.uk/news/live/c2kzn1nw1d4t", "--story", "S")
    assert status == 0 and out.startswith("added to new story 'S'")
    status, _, err = _run(capsys, "add", "--offline", "https://example.org/page", "--story", "S")
    assert status == 1 and "no outlet knows this address" in err


def test_the_flags_win_over_the_settings_on_the_stories_home(monkeypatch, capsys):
    from tui import cli

    _run(capsys, "add", "--offline", "https://www.bbc.co.uk/news/live/c2kzn1nw1d4t", "--story", "S")
    opened = []
    monkeypatch.setattr(cli, "_plain_reader_reason", lambda: None)
    monkeypatch.setattr(cli, "_run_app", lambda app: opened.append(app) or 0)
    assert main(["--offline", "--poll", "12"]) == 0
    assert opened[0].home and opened[0].settings.offline and opened[0].settings.poll == 12
