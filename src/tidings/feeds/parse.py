"""Feeds in: the list of feeds a user gives, and each feed's items (RSS, Atom or JSON Feed,
read by :mod:`feedparser`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import courlan
import feedparser

from tidings.errors import ArticleRejected, InputError
from tidings.feeds.records import FeedItem


def is_web_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def normalise_url(url: str) -> str:
    """One spelling per page: scheme and host lower-cased, default port, tracking parameters
    (utm_*, ...) and the fragment dropped (:func:`courlan.normalize_url`)."""
    try:
        normal = courlan.normalize_url(url, strict=True)
    except ValueError:
        normal = url
    return urldefrag(normal)[0]


def feed_urls(specs: Iterable[str]) -> list[str]:
    """The feeds named by ``specs``: each a URL, or a file of URLs (one a line, ``#`` comments)."""
    found: list[str] = []
    for spec in specs:
        if is_web_url(spec):
            found.append(spec)
            continue
        path = Path(spec)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{spec} is neither a feed URL nor a readable file of them ({exc})") from None
        for number, line in enumerate(lines, start=1):
            entry = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
            if not entry:
                continue
            if not is_web_url(entry):
                raise InputError(f"{spec}:{number}: not an http(s) feed URL: {entry!r}")
            found.append(entry)
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError("no feed URLs given")
    return unique


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed"):
        stamp = entry.get(key)
        if stamp:
            try:
                return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            except ValueError:
                continue
    return None


def _json_feed_items(body: bytes, base: str) -> list[FeedItem] | None:
    """A JSON Feed's items (feedparser reads XML feeds only), or None for a body that is not one."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        return None
    items: list[FeedItem] = []
    for item in data.get("items") or []:
        link = item.get("url") or item.get("external_url") if isinstance(item, dict) else None
        if isinstance(link, str) and link:
            stamp = str(item.get("date_published") or "")[:10]
            try:
                published = dt.date.fromisoformat(stamp) if stamp else None
            except ValueError:
                published = None
            title = item.get("title")
            items.append(FeedItem(link=urljoin(base, link), title=title if isinstance(title, str) else None,
                                  published=published))
    return items


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> list[FeedItem]:
    """The items of the feed at ``url`` (links made absolute), in feed order; raises
    :class:`~tidings.errors.ArticleRejected` when the body is not a feed."""
    from_json = _json_feed_items(body, url)
    if from_json is not None:
        return from_json
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(body, response_headers=headers)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f": {str(problem).splitlines()[0]}" if problem else ""
        raise ArticleRejected(f"feed is not RSS/Atom XML{detail}")
    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        items.append(FeedItem(link=urljoin(url, link), title=entry.get("title") or None, published=_entry_date(entry)))
    return items
