"""robots.txt, read once per site per poll with :mod:`urllib.robotparser`.

Following RFC 9309: a robots.txt that is missing (any 4xx) allows everything; one that cannot
be read (5xx, timeout) disallows the site for this poll."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

RobotsFetch = Callable[[str], tuple[int, bytes] | None]
"""Fetch a robots.txt URL: its status and body, or None when it could not be read at all."""

_MAX_CRAWL_DELAY = 60.0


def site_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class RobotsRules:
    """The robots.txt rules of every site asked about, fetched on first use."""

    def __init__(self, fetch: RobotsFetch, user_agent: str) -> None:
        self._fetch = fetch
        self._agent = user_agent
        self._sites: dict[str, RobotFileParser] = {}

    def _rules(self, url: str) -> RobotFileParser:
        site = site_of(url)
        rules = self._sites.get(site)
        if rules is None:
            rules = self._read(site)
            self._sites[site] = rules
        return rules

    def _read(self, site: str) -> RobotFileParser:
        rules = RobotFileParser(f"{site}/robots.txt")
        answer = self._fetch(f"{site}/robots.txt")
        if answer is None or answer[0] >= 500:
            rules.parse(["User-agent: *", "Disallow: /"])
        elif answer[0] >= 400:
            rules.parse([])
        else:
            rules.parse(answer[1].decode("utf-8", errors="replace").splitlines())
        return rules

    def allowed(self, url: str) -> bool:
        return self._rules(url).can_fetch(self._agent, url)

    def crawl_delay(self, url: str) -> float | None:
        """The site's Crawl-delay for us (at most a minute), if it sets one."""
        rules = self._rules(url)
        delay = rules.crawl_delay(self._agent)
        return min(float(delay), _MAX_CRAWL_DELAY) if delay is not None else None
