"""A polite HTTP client that knows no outlet.

Every request: a timeout, a bounded body, a User-Agent naming liveblog and
its version, conditional headers when a validator is known, and one
request at a time per host (across every client in the process).  Errors
and timeouts are retried with exponential backoff and jitter; ``429`` and
``503`` honour ``Retry-After``.  Only ``http`` and ``https`` addresses
without credentials are fetched.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from tui.core.model.text import printable

if TYPE_CHECKING:
    import httpx

#: A response body larger than this is refused (a live page with every post is a few MB).
MAX_BYTES = 32 * 1024 * 1024
#: Seconds to connect, and to wait for each read.
CONNECT_TIMEOUT, READ_TIMEOUT = 10.0, 30.0
#: Tries for one request (the first and the retries) on errors, timeouts and 5xx.
TRIES = 3
#: The first retry's wait (seconds); each further retry doubles it, with ±50% jitter.
BACKOFF = 1.0
#: A ``Retry-After`` up to this long is waited out within a request; a longer one is the caller's to honour.
WAIT_WITHIN = 30.0

_HOST_LOCKS: dict[str, threading.Lock] = {}
_HOST_LOCKS_GUARD = threading.Lock()


def user_agent() -> str:
    """``liveblog/VERSION (…)``: who is asking, for the outlets' logs."""
    try:
        version = metadata.version("liveblog")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a checkout without installing
        version = "dev"
    return f"liveblog/{version} (terminal live-blog reader; one request at a time, polls at most every 10 s)"


def shown_url(url: str) -> str:
    """``url`` as messages print it: printable, and without a user name or password."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = host + (f":{parts.port}" if parts.port else "")
        url = parts._replace(netloc=netloc).geturl()
    return printable(url)


class FetchError(Exception):
    """A request that did not give a page: the address, a one-line reason, and what the server asked."""

    def __init__(self, url: str, message: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(f"{shown_url(url)}: {message}")
        self.url = url
        self.reason = message
        self.status = status
        #: Seconds the server asked us to wait (``Retry-After``), when it did.
        self.retry_after = retry_after

    @property
    def gone(self) -> bool:
        """The page was removed (404, 410): asking again will not bring it back soon."""
        return self.status in (404, 410)


@dataclass(frozen=True)
class Fetched:
    """A response: the address asked, the final one after redirects, status (200 or 304), body and validators."""

    url: str
    final_url: str
    status: int
    body: bytes
    etag: str | None
    last_modified: str | None


def check_url(url: str) -> str | None:
    """Why ``url`` is not fetched (another scheme, credentials, no host); None when it may be."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"only http and https addresses are read, not {parts.scheme or 'a bare path'}:"
    if parts.username or parts.password:
        return "an address with a user name or password in it is refused (they would be sent in the clear and logged)"
    if not parts.hostname:
        return "the address names no host"
    return None


def retry_after(value: str | None, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number, or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), 86_400))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, min((when - now()).total_seconds(), 86_400.0))


def _host_lock(url: str) -> threading.Lock:
    host = (urlsplit(url).hostname or "").lower()
    with _HOST_LOCKS_GUARD:
        return _HOST_LOCKS.setdefault(host, threading.Lock())


class PoliteClient:
    """GETs pages politely (see the module docstring); safe to share between threads."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        tries: int = TRIES,
        max_bytes: int = MAX_BYTES,
        timeout: httpx.Timeout | None = None,
    ) -> None:
        """``transport`` and ``sleep`` are for tests; ``timeout`` defaults to connect 10 s, read 30 s.

        (httpx is imported here, not with the module: it takes ~65 ms, and a run with no address never
        needs it.)"""
        import httpx

        self._client = httpx.Client(
            headers={"User-Agent": user_agent(), "Accept": "text/html,application/json;q=0.9,*/*;q=0.5"},
            timeout=timeout or httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT),
            follow_redirects=True,
            max_redirects=5,
            transport=transport,
        )
        self._sleep = sleep
        self._tries = max(1, tries)
        self._max_bytes = max_bytes

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """``url``'s body (status 304 and an empty body when the validators still hold); raises FetchError."""
        refused = check_url(url)
        if refused:
            raise FetchError(url, refused)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        delay = BACKOFF
        for attempt in range(1, self._tries + 1):
            try:
                with _host_lock(url):
                    return self._once(url, headers)
            except FetchError as error:
                if not self._worth_retrying(error) or attempt == self._tries:
                    raise
                wait = error.retry_after if error.retry_after is not None else delay * random.uniform(0.5, 1.5)
                if wait > WAIT_WITHIN:
                    raise
                self._sleep(wait)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def _worth_retrying(error: FetchError) -> bool:
        return error.status is None or error.status == 429 or error.status >= 500

    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        import httpx  # (already loaded by the constructor)

        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Fetched(
                        url,
                        str(response.url),
                        304,
                        b"",
                        response.headers.get("ETag"),
                        response.headers.get("Last-Modified"),
                    )
                if response.status_code >= 400:
                    raise FetchError(
                        url,
                        _status_reason(response.status_code),
                        response.status_code,
                        retry_after(response.headers.get("Retry-After")),
                    )
                refused = check_url(str(response.url))
                if refused:
                    raise FetchError(url, f"redirected to an address that is refused: {refused}")
                body = self._bounded(url, response)
                return Fetched(
                    url,
                    str(response.url),
                    response.status_code,
                    body,
                    response.headers.get("ETag"),
                    response.headers.get("Last-Modified"),
                )
        except httpx.TimeoutException:
            raise FetchError(url, "timed out") from None
        except httpx.TooManyRedirects:
            raise FetchError(url, "too many redirects") from None
        except (httpx.RemoteProtocolError, httpx.ReadError):
            raise FetchError(url, "the server dropped the connection") from None
        except httpx.ConnectError:
            raise FetchError(url, "could not connect (refused or unreachable)") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"could not connect ({printable(type(exc).__name__)})") from None

    def _bounded(self, url: str, response: httpx.Response) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self._max_bytes:
            raise FetchError(
                url, f"response too large ({int(declared) // 1024} KiB; the limit is {self._max_bytes // 1024} KiB)"
            )
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self._max_bytes:
                raise FetchError(url, f"response too large (over {self._max_bytes // 1024} KiB)")
            chunks.append(chunk)
        return b"".join(chunks)


def _status_reason(status: int) -> str:
    if status in (404, 410):
        return f"page removed or not found (HTTP {status})"
    if status == 429:
        return "the server asks us to slow down (HTTP 429)"
    if status >= 500:
        return f"the server failed (HTTP {status})"
    return f"refused (HTTP {status})"
