"""A local stand-in for the outlets: a Guardian live page, a BBC live page and a Guardian tag feed.

Used by the stories tests (through pytest-httpserver's ``httpserver``
fixture) and by hand: ``python -m tests.story_server`` serves the same
answers on a free port and prints the addresses, for trying the reader in
tmux without the network.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests import sources_fixtures as fx

FEED = Path(__file__).parent / "data" / "feeds" / "guardian_minutebyminute.rss"
FEED_PATH = "/tone/minutebyminute/rss"
SPORT_PATH = "/sport/live/2025/aug/19/england-v-india-second-test-day-three-live"


def guardian_blocks(prefix: str = "b", count: int = 4) -> list[dict[str, Any]]:
    """``count`` posts, newest first, a quarter of an hour apart from 09:30 UTC."""
    texts = [
        "European leaders gather in Washington for talks on Ukraine with President Trump.",
        "The Kremlin says any meeting must be prepared with the utmost care, Peskov tells reporters.",
        "Drone strikes overnight hit Kharkiv; regional officials say three people were injured.",
        "Zelensky arrives at the White House for the meeting with Trump and European leaders.",
        "Ceasefire talk dominates the press conference in the East Room.",
        "Air raid sirens sound across Kyiv as the talks begin.",
    ]
    blocks = []
    for n in range(count, 0, -1):
        minute = 30 + 15 * (n - 1)
        when = f"2025-08-19T{9 + minute // 60:02d}:{minute % 60:02d}:00Z"
        blocks.append(fx.guardian_block(f"{prefix}{n}", when, [texts[(n - 1) % len(texts)]], f"Update {n}"))
    return blocks


def bbc_results(count: int = 3) -> list[dict[str, Any]]:
    return [
        fx.bbc_result(
            f"asset:{n:04d}",
            f"2025-08-19T{9 + n // 4:02d}:{(n % 4) * 15:02d}:00Z",
            [f"Our correspondent in Washington: talks continue ({n})."],
            f"BBC update {n}",
        )
        for n in range(count, 0, -1)
    ]


def serve(server: Any, guardian_count: int = 4, bbc_count: int = 3) -> dict[str, str]:
    """Teach ``server`` (a pytest-httpserver HTTPServer) the pages and the feed; their addresses by name."""
    base = server.url_for("").rstrip("/")
    page = fx.guardian_page(guardian_blocks(count=guardian_count), base)
    server.expect_request(fx.GUARDIAN_PATH + ".json", query_string={"dcr": "true"}).respond_with_json(page)
    sport = fx.guardian_page(guardian_blocks("s", 2), base, headline="England v India: second Test, day three – live")
    sport["webURL"] = base + SPORT_PATH
    server.expect_request(SPORT_PATH + ".json", query_string={"dcr": "true"}).respond_with_json(sport)
    server.expect_request(fx.BBC_PATH).respond_with_data(
        fx.bbc_page_html(bbc_results(bbc_count), total=1), content_type="text/html"
    )
    feed = FEED.read_text(encoding="utf-8").replace("{base}", base)
    server.expect_request(FEED_PATH).respond_with_data(feed, content_type="application/rss+xml")
    return {
        "guardian": base + fx.GUARDIAN_PATH,
        "bbc": base + fx.BBC_PATH,
        "sport": base + SPORT_PATH,
        "feed": base + FEED_PATH,
    }


if __name__ == "__main__":  # pragma: no cover - a tool for trying the reader by hand
    import time

    from pytest_httpserver import HTTPServer

    httpd = HTTPServer(host="127.0.0.1", port=0)
    httpd.start()
    for name, url in serve(httpd).items():
        print(f"{name}: {url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        httpd.stop()
