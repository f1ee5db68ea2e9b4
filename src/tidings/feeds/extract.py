"""A fetched page to an :class:`~tidings.records.Article`: the story's text, title and date
from the HTML with :mod:`trafilatura` (dates by :mod:`htmldate`), navigation, ads and comments
left out; the page's ``<link rel=canonical>`` names the story, and its id is stable per
canonical URL."""

from __future__ import annotations

import hashlib
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from tidings.errors import ArticleRejected
from tidings.feeds.parse import is_web_url, normalise_url
from tidings.feeds.records import FeedItem, Fetched
from tidings.inputs.readers import make_article
from tidings.records import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")
MIN_STORY_WORDS = 40
"""Fewer words than this once navigation and comments are gone is a page without a story
(a live blog drawn by JavaScript, a paywall, an index page)."""


def url_article_id(canonical_url: str) -> str:
    """The article id of a web page: a hash of its canonical URL, the same on every poll."""
    return f"u_{hashlib.sha256(canonical_url.encode()).hexdigest()[:16]}"


def source_of(url: str) -> str:
    """The news source of a page: its host without ``www.`` (as GDELT names sources)."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def page_tree(page: Fetched) -> HtmlElement:
    """The page's parsed HTML; a page that is not HTML is rejected."""
    kind = page.headers.get("content-type", "text/html").split(";")[0].strip().lower()
    if kind and kind not in _HTML_TYPES:
        raise ArticleRejected(f"not an HTML page ({kind})")
    tree = load_html(page.body)
    if tree is None:
        raise ArticleRejected("unreadable HTML")
    return tree


def canonical_url(tree: HtmlElement, page_url: str) -> str:
    """The URL the page names as its canonical one (made absolute), else the URL it was fetched at;
    normalised either way."""
    for href in tree.xpath('//head/link[@rel="canonical"]/@href'):
        absolute = urljoin(page_url, str(href).strip())
        if is_web_url(absolute):
            return normalise_url(absolute)
    return normalise_url(page_url)


def _without_headline(text: str, title: str | None) -> str:
    """The story without its headline repeated as the first line (so a dateline opens it)."""
    first, _, rest = text.strip().partition("\n")
    return rest if title and first.strip() == title.strip() else text


def extract_article(tree: HtmlElement, *, canonical: str, item: FeedItem) -> Article:
    """The story on the page: text, title and publication date (the page's, else the feed's).

    Raises :class:`~tidings.errors.ArticleRejected` for a page with no extractable text, no
    date, or not in English (the checks every input gets, :func:`~tidings.inputs.readers.make_article`).
    """
    document = trafilatura.bare_extraction(
        tree, url=canonical, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, date_extraction_params={"extensive_search": True, "original_date": True},
    )
    text = getattr(document, "text", None) or ""
    title = getattr(document, "title", None) or item.title
    text = _without_headline(text, title)
    words = len(text.split())
    if words < MIN_STORY_WORDS:
        raise ArticleRejected(f"no extractable text ({words} words of story on the page)")
    date = getattr(document, "date", None) or item.published
    if date is None:
        raise ArticleRejected("no publication date on the page or in the feed")
    return make_article(
        text=text, date=date, title=title, given_id=url_article_id(canonical), url=canonical,
        source=source_of(canonical), origin=canonical,
    )
