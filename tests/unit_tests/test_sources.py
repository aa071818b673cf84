"""Reading the outlets' pages directly: URLs from a local server, saved pages and JSON files.

Every response comes from ``pytest-httpserver`` on 127.0.0.1, built in the
shapes of the real recordings (``tests/sources_fixtures.py``); no test
touches the network.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import sources_fixtures as fx
from tui.cli import main
from tui.core.build.pipeline import LoadRequest, build
from tui.core.parse import outlet as registry


@pytest.fixture(autouse=True)
def own_store(tmp_path, monkeypatch):
    """Each test its own store (and so its own fetched pages): the local server's port repeats across tests."""
    monkeypatch.setenv("LIVEBLOG_STORE", str(tmp_path / "store.sqlite3"))
    return tmp_path / "store.sqlite3"


WHEN = ["2025-08-19T12:05:00Z", "2025-08-19T11:40:00Z", "2025-08-19T10:15:00Z", "2025-08-19T09:30:00Z"]


def _blocks() -> list[dict]:
    return [
        fx.guardian_block(
            "b4",
            WHEN[0],
            ["Zelensky arrives at the White House for the meeting with Trump and European leaders."],
            "Zelensky arrives at the White House",
            key_event=True,
        ),
        fx.guardian_block(
            "b3",
            WHEN[1],
            ["The Kremlin says any meeting must be prepared with the utmost care, Peskov tells reporters."],
            contributors=["Jakub Krupa"],
        ),
        fx.guardian_block(
            "b2",
            WHEN[2],
            ["European leaders gather in Washington.", "They will meet Trump in the East Room."],
            "Leaders gather in Washington",
            updated="2025-08-19T10:45:00Z",
        ),
        fx.guardian_block(
            "b1",
            WHEN[3],
            ["Good morning and welcome to our live coverage of the talks."],
            summary=True,
            title="Summary",
        ),
    ]


def _serve_guardian(httpserver, blocks: list[dict], live: bool = True) -> str:
    """Page 1 holds the two newest blocks and points at an older page with the rest."""
    base = httpserver.url_for("").rstrip("/")
    first = fx.guardian_page(blocks[:2], base, live, older=blocks[2]["id"], total=2)
    second = fx.guardian_page(blocks[2:], base, live, page=2, total=2)
    path = fx.GUARDIAN_PATH + ".json"
    httpserver.expect_request(
        path, query_string={"page": f"with:block-{blocks[2]['id']}", "dcr": "true"}
    ).respond_with_json(second)
    httpserver.expect_request(path, query_string={"dcr": "true"}).respond_with_json(first)
    return base + fx.GUARDIAN_PATH


def _list(capsys, *args: str) -> tuple[int, list[str], str]:
    try:
        status = main(["list", *args])
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


def test_a_guardian_url_lists_every_block_once_with_its_exact_time_and_title(httpserver, capsys):
    url = _serve_guardian(httpserver, _blocks())
    status, rows, err = _list(capsys, url)
    assert status == 0, err
    assert len(rows) == 4
    assert rows[0].startswith("2025-08-19  10:30 BST  Guardian  Summary")
    assert rows[3].startswith("2025-08-19  13:05 BST  Guardian  Zelensky arrives at the White House")
    assert "The Kremlin says any meeting" in rows[2]


def test_every_block_of_every_page_carries_what_the_data_knows(httpserver, tmp_path):
    url = _serve_guardian(httpserver, _blocks())
    from tui.request import open_inputs

    inputs = open_inputs([url], str(tmp_path / "store.sqlite3"))
    timeline = build(LoadRequest(tuple(inputs.paths), label=lambda p: inputs.labels.get(p, str(p))))
    posts = {p.source_id: p for p in timeline.entries}
    assert set(posts) == {"b1", "b2", "b3", "b4"}
    newest = posts["b4"]
    assert newest.time_basis == "published" and newest.published.isoformat() == "2025-08-19T12:05:00+00:00"
    assert newest.link == url + "?page=with:block-b4#block-b4"
    assert newest.has_label("Key event")
    assert posts["b3"].byline is not None and posts["b3"].byline.name == "Jakub Krupa"
    assert posts["b2"].updated is not None and posts["b2"].updated.isoformat() == "2025-08-19T10:45:00+00:00"
    assert [b.text for b in posts["b2"].body] == [
        "European leaders gather in Washington.",
        "They will meet Trump in the East Room.",
    ]
    feed = timeline.feeds[0]
    assert feed.path == url and feed.live is True and feed.title.startswith("Ukraine war live")


def test_the_pinned_copy_of_a_block_is_not_a_second_post(tmp_path):
    blocks = _blocks()
    page = fx.guardian_page(blocks, "https://www.theguardian.com", pinned=dict(blocks[2]))
    saved = tmp_path / "page.json"
    saved.write_text(json.dumps(page))
    html = tmp_path / "page.html"
    html.write_text(fx.guardian_saved_page(blocks, "https://www.theguardian.com", pinned=blocks[2]))
    for path in (saved, html):
        timeline = build(LoadRequest((path,)))
        assert sorted(p.source_id for p in timeline.entries) == ["b1", "b2", "b3", "b4"], path.name


def test_a_saved_guardian_page_reads_whole_and_nothing_of_its_scripts_reaches_the_text(tmp_path, capsys):
    saved = tmp_path / "guardian.html"
    saved.write_text(fx.guardian_saved_page(_blocks(), "https://www.theguardian.com"))
    status, rows, err = _list(capsys, str(saved))
    assert status == 0, err
    assert [r.split("  ")[-1] for r in rows][-1] == "Zelensky arrives at the White House"
    timeline = build(LoadRequest((saved,)))
    text = "\n".join(p.text() for p in timeline.entries)
    assert "window.guardian" not in text and "\x1b" not in text and "color:red" not in text and "©" not in text
    assert all(p.time_basis == "published" for p in timeline.entries)


def _bbc_results() -> list[dict]:
    return [
        fx.bbc_result(
            f"asset:{n:04d}",
            f"2025-08-19T{9 + n // 4:02d}:{(n % 4) * 15:02d}:00Z",
            [f"Paragraph of post {n}: talks continue."],
            f"Post number {n}" if n % 3 else None,
        )
        for n in range(25, 0, -1)
    ]


def _serve_bbc(httpserver, results: list[dict], live: bool = True) -> str:
    httpserver.expect_request(fx.BBC_PATH).respond_with_data(
        fx.bbc_page_html(results[:20], total=2, live=live), content_type="text/html"
    )
    query = dict(pair.split("=", 1) for pair in fx.BBC_QUERY.split("&"))
    query = {k: v.replace("%2F", "/") for k, v in query.items()}
    httpserver.expect_request("/wc-data/container/stream", query_string={**query, "pageNumber": "2"}).respond_with_json(
        fx.bbc_stream(results[20:], 2, 2)
    )
    return httpserver.url_for(fx.BBC_PATH)


def test_a_bbc_live_page_gives_every_post_of_every_stream_page(httpserver, capsys):
    url = _serve_bbc(httpserver, _bbc_results())
    status, rows, err = _list(capsys, url)
    assert status == 0, err
    assert len(rows) == 25
    assert rows[0].startswith("2025-08-19  10:15 BST  BBC       Post number 1")
    assert rows[2].endswith(
        "Paragraph of post 3: talks continue."
    )  # no headline: "Post update" on the page, its first words here
    assert rows[-1].startswith("2025-08-19  16:15 BST  BBC       Post number 25")


def test_a_saved_bbc_page_and_a_stream_json_file_read_like_the_url(tmp_path):
    results = _bbc_results()
    page = tmp_path / "bbc.html"
    page.write_text(fx.bbc_page_html(results[:20], total=2))
    stream = tmp_path / "stream.json"
    stream.write_text(json.dumps(fx.bbc_stream(results[20:], 2, 2)))
    timeline = build(LoadRequest((page, stream)))
    assert len(timeline.entries) == 25
    assert all(p.time_basis == "published" and p.source_id for p in timeline.entries)


def test_a_text_dump_and_the_json_of_the_same_page_merge_to_one_post_each(tmp_path):
    """The JSON is made from the bundled Guardian dump's own posts: loaded together, each post is once."""
    from tui.resources import seed_paths

    dump = next(p for p in seed_paths() if p.name.startswith("003_"))
    alone = build(LoadRequest((dump,)))
    blocks = []
    for n, post in enumerate(alone.entries):
        paragraphs = [b.text for b in post.body if b.kind in ("paragraph", "quote", "bullet")]
        when = f"2025-08-19T{8 + n // 6:02d}:{(n * 7) % 60:02d}:00Z"
        blocks.append(fx.guardian_block(f"a{n:03d}", when, paragraphs, post.title, summary=post.has_label("Summary")))
    page = tmp_path / "same-page.json"
    page.write_text(json.dumps(fx.guardian_page(blocks, "https://www.theguardian.com")))
    together = build(LoadRequest((dump, page)))
    assert len(together.entries) == len(alone.entries)
    files = [{o.file for o in entry.origins} for entry in together.entries]
    assert all(len(f) == 2 for f in files), [e.display_title for e, f in zip(together.entries, files) if len(f) != 2]
    # The same post has the same id whichever form it was read from.
    assert {e.id for e in together.entries} == {e.id for e in alone.entries}


@pytest.mark.parametrize(
    "body, content_type, expected",
    [
        ('{"blocks": [', "application/json", "JSON that does not parse"),
        ("<html><body><p>Our shop</p></body></html>", "text/html", "not a BBC or Guardian live page"),
        ('{"hello": "world"}', "application/json", "not a BBC or Guardian live page"),
    ],
)
def test_a_page_that_is_not_a_live_blog_gets_one_line_saying_so(httpserver, capsys, body, content_type, expected):
    httpserver.expect_request("/some/page").respond_with_data(body, content_type=content_type)
    status, rows, err = _list(capsys, httpserver.url_for("/some/page"))
    assert status == 1 and rows == []
    lines = err.strip().splitlines()
    assert len(lines) == 1 and httpserver.url_for("/some/page") in lines[0] and expected in lines[0], err


def test_a_guardian_page_whose_layout_changed_names_the_url_and_what_was_missing(httpserver, capsys):
    base = httpserver.url_for("").rstrip("/")
    page = fx.guardian_page([], base)
    httpserver.expect_request(fx.GUARDIAN_PATH + ".json").respond_with_json(page)
    status, rows, err = _list(capsys, base + fx.GUARDIAN_PATH)
    assert status == 1 and rows == []
    assert err.count("\n") == 1 and fx.GUARDIAN_PATH in err and "no blocks" in err


@pytest.mark.parametrize(
    "url, expected",
    [
        ("ftp://example.org/world/live/2025/aug/19/x", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("https://user:secret@www.theguardian.com/world/live/2025/aug/19/x", "user name or password"),
    ],
)
def test_other_schemes_and_credentials_are_refused_without_a_request(capsys, url, expected):
    status, rows, err = _list(capsys, url)
    assert status == 1 and rows == []
    assert expected in err and "secret@" not in err.replace(url, "") and err.count("\n") == 1


def test_a_url_mixed_with_files_gives_one_merged_timeline(httpserver, capsys, tmp_path):
    url = _serve_guardian(httpserver, _blocks())
    saved = tmp_path / "bbc.html"
    saved.write_text(fx.bbc_page_html(_bbc_results()[:5]))
    status, rows, err = _list(capsys, url, str(saved))
    assert status == 0, err
    assert len(rows) == 9 and {r.split()[3] for r in rows} == {"BBC", "Guardian"}


def test_the_outlets_readers_are_chosen_by_content_and_address():
    assert registry.url_outlet("https://www.theguardian.com/world/live/2025/aug/19/slug").code == "guardian"
    assert registry.url_outlet("http://127.0.0.1:8000/us-news/live/2024/jan/08/slug.json?dcr=true").code == "guardian"
    assert registry.url_outlet("https://www.bbc.co.uk/news/live/c2kzn1nw1d4t").code == "bbc"
    assert registry.url_outlet("https://www.bbc.com/sport/football/live/c0mm3xz4v1et").code == "bbc"
    assert registry.url_outlet("https://www.example.org/about") is None
    assert registry.outlet_host("https://www.bbc.co.uk/x") and not registry.outlet_host("http://127.0.0.1:8000/x")


#: Real recorded responses of the outlets (their origins in ORIGINS.md there), kept with the tests.
RECORDINGS = Path(__file__).resolve().parents[1] / "data" / "recordings"


def test_the_real_recordings_read_whole():
    """Every recorded Guardian page and the BBC sample read whole, each post timed and with its own id."""
    expected = {
        "guardian_dcr_live_2021-02-19_full.json": 13,
        "guardian_dcr_liveblog_2023-12-13_full.json": 11,
        "guardian_capi_liveblog_blocks_template_2015.json": 6,
        "guardian_poll_response_2024-01-08.json": 1,
        "bbc_tipo_live_coverage_afrique_test.json": 1,
    }
    for name, count in expected.items():
        feed = registry.read_structured((RECORDINGS / name).read_bytes(), name)
        assert feed is not None and len(feed.posts) == count, name
        assert all(p.published is not None and p.source_id for p in feed.posts), name


def test_a_content_api_address_is_read_as_given(httpserver, capsys):
    capi = {
        "response": {
            "status": "ok",
            "content": {
                "webUrl": "https://www.theguardian.com" + fx.GUARDIAN_PATH,
                "webTitle": "Ukraine war live",
                "fields": {"liveBloggingNow": "false"},
                "blocks": {
                    "body": [
                        {
                            "id": "c2",
                            "title": "Second",
                            "bodyHtml": "<p>Later news.</p>",
                            "firstPublishedDate": "2025-08-19T11:00:00Z",
                            "attributes": {},
                        },
                        {
                            "id": "c1",
                            "title": "",
                            "bodyHtml": "<p>Early news from Kyiv.</p>",
                            "firstPublishedDate": "2025-08-19T10:00:00Z",
                            "attributes": {"keyEvent": True},
                        },
                    ]
                },
            },
        }
    }
    httpserver.expect_request(
        fx.GUARDIAN_PATH, query_string={"show-blocks": "all", "api-key": "test"}
    ).respond_with_json(capi)
    status, rows, err = _list(capsys, httpserver.url_for(fx.GUARDIAN_PATH) + "?show-blocks=all&api-key=test")
    assert status == 0, err
    assert [r.split("  ")[-1] for r in rows] == ["Early news from Kyiv.", "Second"]
    assert len(httpserver.log) == 1


def test_a_redirect_to_a_page_that_is_not_a_live_blog_says_so(httpserver, capsys):
    httpserver.expect_request(fx.GUARDIAN_PATH + ".json").respond_with_data(
        "", status=302, headers={"Location": "/world/2025/aug/19/an-article.json"}
    )
    httpserver.expect_request("/world/2025/aug/19/an-article.json").respond_with_json(
        {"headline": "An article", "webURL": "x"}
    )
    status, rows, err = _list(capsys, httpserver.url_for(fx.GUARDIAN_PATH))
    assert status == 1 and rows == []
    assert err.count("\n") == 1 and "holds no blocks" in err


def test_two_readers_following_one_url_with_one_store_keep_one_whole_copy(httpserver, tmp_path):
    from tui.core.sources.http import PoliteClient
    from tui.core.sources.pages import read_stored
    from tui.core.sources.poller import Sources

    url = _serve_guardian(httpserver, _blocks())
    first, second = (Sources([url], tmp_path / "pages", PoliteClient()) for _ in range(2))
    errors: list[BaseException] = []

    def open_and_poll(sources: Sources) -> None:
        try:
            for _ in range(5):
                sources.open()
        except BaseException as exc:  # pragma: no cover - the assertion below says it
            errors.append(exc)

    import threading

    threads = [threading.Thread(target=open_and_poll, args=(s,)) for s in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    stored = read_stored(first.sources[0].path)
    assert stored is not None and len(stored.responses) == 2
    assert not list((tmp_path / "pages").glob(".tmp-*"))


def test_a_failing_sources_error_comes_straight_after_its_state():
    """The reader's Sources line is cut at the terminal's width: at 80 columns the last error must still show, so it
    comes before the copy's age and the next poll."""
    from datetime import UTC, datetime
    from pathlib import Path

    from tui.core.sources.poller import Source

    source = Source("http://127.0.0.1/x", Path("x.json"), 30.0, state="failing", error="the server answered 500")
    source.next_poll = 18.0
    line = source.summary(datetime(2026, 12, 6, tzinfo=UTC), clock=10.0)
    assert line == "URL failing, last error: the server answered 500, next in 8 s"
