"""Polite HTTP: per-host pacing, robots.txt, timeouts, a size cap, retries with back-off, and
redirects followed one hop at a time (each hop paced and checked against robots.txt).

:meth:`PoliteClient.get` returns a :class:`~tidings.feeds.records.Fetched` (2xx or 304) or
raises :class:`~tidings.errors.FetchFailed` with a reason fit for a reject.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from urllib.parse import urljoin, urlsplit

import httpx

from tidings.errors import FetchFailed
from tidings.feeds.pace import HostPacer
from tidings.feeds.records import FeedSettings, Fetched
from tidings.feeds.robots import RobotsRules

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_MAX_RETRY_AFTER = 60.0


class PoliteClient:
    """One HTTP client for a poll (or a whole watch): connections, pacing and robots.txt shared."""

    def __init__(self, settings: FeedSettings | None = None, *, sleep: Callable[[float], None] = time.sleep,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings or FeedSettings()
        self.pacer = HostPacer(self.settings.host_interval, sleep=sleep)
        self._sleep = sleep
        self._client = httpx.Client(
            headers={"User-Agent": self.settings.user_agent}, timeout=self.settings.timeout,
            follow_redirects=False, transport=transport,
        )
        self.robots = RobotsRules(self._fetch_robots, self.settings.user_agent)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def forget_robots(self) -> None:
        """Read robots.txt afresh on next use (once per poll in watch mode)."""
        self.robots = RobotsRules(self._fetch_robots, self.settings.user_agent)

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Fetched:
        """GET ``url`` politely, following redirects; 2xx and 304 come back, the rest raise."""
        hops: list[str] = []
        current = url
        while True:
            self._check_robots(current)
            response, body = self._with_retries(current, headers or {})
            if response.is_redirect and "location" in response.headers:
                if len(hops) >= self.settings.max_redirects:
                    raise FetchFailed(f"more than {self.settings.max_redirects} redirects")
                hops.append(current)
                current = urljoin(current, response.headers["location"])
                continue
            return Fetched(url=current, status=response.status_code, headers=dict(response.headers),
                           body=body, redirected_from=tuple(hops))

    def _check_robots(self, url: str) -> None:
        if urlsplit(url).scheme not in {"http", "https"}:
            raise FetchFailed(f"not an http(s) URL: {url}")
        if not self.robots.allowed(url):
            raise FetchFailed("disallowed by robots.txt")
        delay = self.robots.crawl_delay(url)
        if delay is not None:
            self.pacer.slow_down(urlsplit(url).netloc, delay)

    def _with_retries(self, url: str, headers: Mapping[str, str]) -> tuple[httpx.Response, bytes]:
        tries = self.settings.retries + 1
        for attempt in range(tries):
            last = attempt == tries - 1
            try:
                response, body = self._once(url, headers)
            except httpx.TimeoutException:
                if last:
                    raise FetchFailed(f"timeout after {self.settings.timeout:g}s ({tries} tries)",
                                      transient=True) from None
                self._sleep(self._backoff(attempt, None))
                continue
            except httpx.TransportError as exc:
                if last:
                    raise FetchFailed(f"cannot connect: {exc} ({tries} tries)", transient=True) from None
                self._sleep(self._backoff(attempt, None))
                continue
            status = response.status_code
            if status in _RETRY_STATUSES:
                if last:
                    raise FetchFailed(f"HTTP {status} ({tries} tries)", transient=True, status=status)
                self._sleep(self._backoff(attempt, response.headers.get("retry-after")))
                continue
            if status >= 400:
                raise FetchFailed(f"HTTP {status}", status=status)
            return response, body
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        wait = self.settings.backoff * 2.0 ** attempt
        if retry_after is not None and retry_after.strip().isdigit():
            wait = max(wait, min(float(retry_after), _MAX_RETRY_AFTER))
        return wait

    def _once(self, url: str, headers: Mapping[str, str]) -> tuple[httpx.Response, bytes]:
        """One paced request; the body is read up to the size cap (and only for a 2xx)."""
        self.pacer.wait(urlsplit(url).netloc)
        cap = self.settings.max_bytes
        with self._client.stream("GET", url, headers=dict(headers)) as response:
            if not 200 <= response.status_code < 300:
                return response, b""
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise FetchFailed(f"page over the size cap ({int(declared)} bytes > {cap})")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise FetchFailed(f"page over the size cap (more than {cap} bytes)")
                chunks.append(chunk)
            return response, b"".join(chunks)

    def _fetch_robots(self, robots_url: str) -> tuple[int, bytes] | None:
        try:
            response, body = self._with_retries(robots_url, {})
        except FetchFailed as exc:
            return (exc.status, b"") if exc.status is not None and not exc.transient else None
        if response.is_redirect:  # a redirected robots.txt: read it where it went (one hop)
            target = urljoin(robots_url, response.headers.get("location", ""))
            try:
                response, body = self._with_retries(target, {})
            except FetchFailed:
                return None
        return response.status_code, body
