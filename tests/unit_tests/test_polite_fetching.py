"""The HTTP client and the poller are polite and survive faults (a local server; no network)."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from werkzeug import Request, Response

from tests import sources_fixtures as fx
from tui.core.sources.http import FetchError, PoliteClient, retry_after
from tui.core.sources.poller import Sources

pytestmark = pytest.mark.slow  # real sockets and (short) waits


def _client(**kwargs) -> tuple[PoliteClient, list[float]]:
    waits: list[float] = []
    return PoliteClient(sleep=waits.append, **kwargs), waits


def test_requests_name_liveblog_and_carry_validators_and_a_304_is_not_a_change(httpserver):
    httpserver.expect_request("/page", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304, headers={"ETag": '"v1"'}
    )
    httpserver.expect_request("/page").respond_with_data(
        "hello", headers={"ETag": '"v1"', "Last-Modified": "Tue, 19 Aug 2025 10:00:00 GMT"}
    )
    client, _ = _client()
    first = client.get(httpserver.url_for("/page"))
    assert first.status == 200 and first.body == b"hello" and first.etag == '"v1"'
    again = client.get(httpserver.url_for("/page"), first.etag, first.last_modified)
    assert again.status == 304 and again.body == b""
    agent = httpserver.log[0][0].headers["User-Agent"]
    assert agent.startswith("liveblog/")
    assert httpserver.log[1][0].headers["If-Modified-Since"] == "Tue, 19 Aug 2025 10:00:00 GMT"


def test_server_errors_are_retried_with_growing_waits_then_given_up(httpserver):
    httpserver.expect_request("/flaky").respond_with_data("down", status=503)
    client, waits = _client(tries=3)
    with pytest.raises(FetchError) as failed:
        client.get(httpserver.url_for("/flaky"))
    assert failed.value.status == 503 and "HTTP 503" in str(failed.value)
    assert len(httpserver.log) == 3 and len(waits) == 2
    assert 0.5 <= waits[0] <= 1.5 and 1.0 <= waits[1] <= 3.0  # 1 s, then 2 s, each with ±50% jitter


def test_a_429_with_a_short_retry_after_is_waited_out_and_a_long_one_is_the_callers(httpserver):
    calls = iter([Response("slow down", 429, {"Retry-After": "2"}), Response("ok", 200)])
    httpserver.expect_request("/short").respond_with_handler(lambda _request: next(calls))
    client, waits = _client()
    assert client.get(httpserver.url_for("/short")).body == b"ok"
    assert waits == [2.0]
    httpserver.expect_request("/long").respond_with_data("slow down", status=429, headers={"Retry-After": "120"})
    with pytest.raises(FetchError) as failed:
        client.get(httpserver.url_for("/long"))
    assert failed.value.retry_after == 120 and waits == [2.0]


def test_retry_after_reads_seconds_and_http_dates():
    now = datetime(2025, 8, 19, 10, 0, tzinfo=UTC)
    assert retry_after("30") == 30
    assert retry_after("Tue, 19 Aug 2025 10:01:00 GMT", lambda: now) == 60
    assert retry_after("soon") is None and retry_after(None) is None


def test_one_request_at_a_time_per_host(httpserver):
    inside, most = [0], [0]
    guard = threading.Lock()

    def slow(_request: Request) -> Response:
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.2)
        with guard:
            inside[0] -= 1
        return Response("ok")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    threads = [threading.Thread(target=PoliteClient().get, args=(httpserver.url_for("/slow"),)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 1 and len(httpserver.log) == 4


def test_bodies_are_bounded_and_slow_servers_time_out(httpserver):
    import httpx

    httpserver.expect_request("/huge").respond_with_data(b"x" * 50_000)
    client, _ = _client(max_bytes=10_000)
    with pytest.raises(FetchError, match="too large"):
        client.get(httpserver.url_for("/huge"))

    def sleepy(_request: Request) -> Response:
        time.sleep(1.5)
        return Response("late")

    httpserver.expect_request("/sleepy").respond_with_handler(sleepy)
    client, _ = _client(tries=1, timeout=httpx.Timeout(0.3))
    with pytest.raises(FetchError, match="timed out"):
        client.get(httpserver.url_for("/sleepy"))


def test_a_refused_connection_is_an_error_line_not_a_traceback():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client, waits = _client(tries=2)
    with pytest.raises(FetchError, match="could not connect"):
        client.get(f"http://127.0.0.1:{port}/world/live/2025/aug/19/x.json")
    assert len(waits) == 1


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _page(httpserver, live: bool = True) -> str:
    base = httpserver.url_for("").rstrip("/")
    blocks = [fx.guardian_block("b1", "2025-08-19T09:30:00Z", ["First post of the day."], "Opening")]
    httpserver.expect_request(fx.GUARDIAN_PATH + ".json", query_string={"dcr": "true"}).respond_with_json(
        fx.guardian_page(blocks, base, live)
    )
    return base + fx.GUARDIAN_PATH


def test_the_poller_honours_retry_after_and_backs_off_on_errors(httpserver, tmp_path):
    url = _page(httpserver)
    clock = _Clock()
    sources = Sources([url], tmp_path, PoliteClient(sleep=lambda _s: None, tries=1), interval=5, clock=clock)
    assert sources.open() == ([], [], [])
    assert sources.sources[0].state == "live" and sources.wait_time() == 5
    httpserver.expect_request(
        fx.GUARDIAN_PATH + ".json", query_string={"lastUpdate": "block-b1", "isLivePage": "true", "dcr": "true"}
    ).respond_with_data("busy", status=429, headers={"Retry-After": "300"})
    clock.now += 5
    assert sources.poll_due() == []
    assert sources.sources[0].state == "failing" and sources.wait_time() == pytest.approx(300)
    status = sources.status()[0]
    assert "GDN failing" in status and "HTTP 429" in status


def test_polling_stops_when_the_page_says_the_blog_has_ended(httpserver, tmp_path):
    url = _page(httpserver, live=False)
    sources = Sources([url], tmp_path, PoliteClient(), interval=5)
    sources.open()
    assert sources.sources[0].state == "ended" and sources.wait_time() is None
    stop = threading.Event()
    sources.run(stop, lambda _urls: None)  # returns at once: nothing left to poll


def test_offline_never_touches_the_network_and_says_how_old_the_copy_is(httpserver, tmp_path):
    url = _page(httpserver)
    Sources([url], tmp_path, PoliteClient()).open()
    asked = len(httpserver.log)
    later = lambda: datetime.now(UTC) + timedelta(hours=3, minutes=5)  # noqa: E731
    offline = Sources([url], tmp_path, offline=True, now=later)
    problems, notes, _ = offline.open()
    assert problems == [] and len(httpserver.log) == asked
    assert len(notes) == 1 and "offline" in notes[0] and "3 h ago" in notes[0]
    assert offline.paths() == [offline.sources[0].path]
    never = Sources([url + "-other"], tmp_path, offline=True)
    assert never.open()[0] == [f"{url}-other: offline, and no copy of it is stored"]


def test_a_removed_page_keeps_its_stored_copy(httpserver, tmp_path):
    url = _page(httpserver)
    Sources([url], tmp_path, PoliteClient()).open()
    httpserver.clear_all_handlers()
    httpserver.expect_request(fx.GUARDIAN_PATH + ".json").respond_with_data("gone", status=410)
    again = Sources([url], tmp_path, PoliteClient())
    problems, notes, stale = again.open()
    assert problems == [] and notes == [] and len(stale) == 1
    assert stale[0].startswith(url + ": ") and "HTTP 410" in stale[0] and "showing the copy fetched" in stale[0]
    assert again.sources[0].state == "removed" and again.wait_time() is None and again.paths()
    snapshot = json.loads(__import__("gzip").decompress(again.sources[0].path.read_bytes()))
    assert snapshot["url"] == url


class _Scripted:
    """A live Guardian page on a stdlib server: a new block appears after the first fetch; the update
    poll first answers 500, then 429 (Retry-After: 1), then drops the connection, then tells the truth."""

    def __init__(self) -> None:
        self.blocks = [
            fx.guardian_block(
                "b3", "2025-08-19T11:00:00Z", ["Talks resume after lunch at the White House."], "Talks resume"
            ),
            fx.guardian_block(
                "b2", "2025-08-19T10:00:00Z", ["Leaders arrive in Washington for the meeting."], "Leaders arrive"
            ),
            fx.guardian_block("b1", "2025-08-19T09:00:00Z", ["Welcome to our live coverage of the talks."], "Welcome"),
        ]
        self.new = fx.guardian_block(
            "b4",
            "2025-08-19T12:00:00Z",
            ["Trump and Zelensky hold a joint press conference."],
            "Joint press conference",
        )
        self.script = ["500", "429", "drop"]
        self.polls = 0
        self.base = ""

    def serve(self):
        import socket
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qs, urlsplit

        page = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, body: dict | str, headers: dict | None = None) -> None:
                data = (json.dumps(body) if isinstance(body, dict) else body).encode()
                self.send_response(status)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                if "lastUpdate" in query:
                    page.polls += 1
                    step = page.script.pop(0) if page.script else ""
                    if step == "500":
                        return self._send(500, "oops")
                    if step == "429":
                        return self._send(429, "slow down", {"Retry-After": "1"})
                    if step == "drop":
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return None
                    newer = [b for b in page.blocks if f"block-{b['id']}" != query["lastUpdate"][0]][
                        : page.blocks.index(
                            next(b for b in page.blocks if f"block-{b['id']}" == query["lastUpdate"][0])
                        )
                    ]
                    return self._send(200, fx.guardian_poll(newer, page.base))
                body = fx.guardian_page(list(page.blocks), page.base)
                if page.new not in page.blocks:
                    page.blocks.insert(0, page.new)  # published just after the reader's first fetch
                return self._send(200, body)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{server.server_address[1]}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


def test_list_follow_shows_a_new_block_and_survives_500_429_and_a_dropped_connection(tmp_path, capsys):
    from tui.cli import main

    page = _Scripted()
    server = page.serve()
    try:
        status = main(
            [
                "list",
                "--store",
                str(tmp_path / "store.sqlite3"),
                "--follow",
                "--poll",
                "1",
                "--follow-for",
                "14",
                page.base + fx.GUARDIAN_PATH,
            ]
        )
    finally:
        server.shutdown()
    out, err = capsys.readouterr()
    rows = out.splitlines()
    assert status == 0, err
    assert [r.split("  ")[-1] for r in rows[:3]] == ["Welcome", "Leaders arrive", "Talks resume"]
    added = [r for r in rows if r.startswith("+ ")]
    assert len(added) == 1 and added[0].endswith("Joint press conference") and "13:00 BST" in added[0]
    assert not [r for r in rows if r.startswith(("- ", "~ "))]  # nothing lost, nothing revised
    assert page.script == [] and page.polls >= 4
    assert "trying again later" in err  # the failed poll was said, in one line


def test_a_429_without_retry_after_backs_off_like_an_error(httpserver):
    calls = iter([Response("slow down", 429), Response("ok", 200)])
    httpserver.expect_request("/bare429").respond_with_handler(lambda _request: next(calls))
    client, waits = _client()
    assert client.get(httpserver.url_for("/bare429")).body == b"ok"
    assert len(waits) == 1 and 0.5 <= waits[0] <= 1.5  # the first backoff step, with jitter


def test_an_older_part_that_fails_keeps_the_newer_part_and_is_asked_for_again(httpserver, tmp_path):
    """A page whose older part fails (here a 500) is shown from the part that came, with one line naming the URL;
    the next poll asks for the whole page again (the blog has ended, but its older part is still to be had), and
    when that part comes every post is there once."""
    base = httpserver.url_for("").rstrip("/")
    new = [fx.guardian_block("b2", "2025-08-19T11:40:00Z", ["The talks have ended."], "Talks end")]
    old = [fx.guardian_block("b1", "2025-08-19T09:30:00Z", ["Good morning."], "Opening")]
    path = fx.GUARDIAN_PATH + ".json"
    older = {"page": "with:block-b1", "dcr": "true"}
    httpserver.expect_ordered_request(path, query_string={"dcr": "true"}).respond_with_json(
        fx.guardian_page(new, base, False, older="b1", total=2)
    )
    httpserver.expect_ordered_request(path, query_string=older).respond_with_data("boom", status=500)
    clock = _Clock()
    sources = Sources([base + fx.GUARDIAN_PATH], tmp_path, PoliteClient(sleep=lambda _s: None, tries=1), 5, clock=clock)
    problems, notes, stale = sources.open()
    assert problems == [] and notes == []
    assert len(stale) == 1 and "HTTP 500" in stale[0] and "older part" in stale[0]
    snapshot = sources.sources[0].snapshot
    assert snapshot is not None and len(snapshot.responses) == 1
    assert sources.wait_time() == 5  # ended, yet polled again for what is missing
    httpserver.expect_ordered_request(path, query_string={"dcr": "true"}).respond_with_json(
        fx.guardian_page(new, base, False, older="b1", total=2)
    )
    httpserver.expect_ordered_request(path, query_string=older).respond_with_json(
        fx.guardian_page(old, base, False, page=2, total=2)
    )
    clock.now += 5
    assert sources.poll_due() == [base + fx.GUARDIAN_PATH]
    whole = sources.sources[0].snapshot
    assert whole is not None and len(whole.responses) == 2 and whole.incomplete == ""
    assert sources.wait_time() is None and sources.sources[0].error == ""
